//! The closed step vocabulary, registered with cucumber's step macros on [`CrudWorld`]; the same
//! vocabulary as data ([`StepKind`], [`classify`], for lint and the scenario plan) lives in
//! [`crate::step_kind`], which the World uses without depending on this module.
//!
//! ```text
//! Given the data model "<fixture>"          Given the data model:        Given an empty database
//! And having executed:                      And saving "<path>" as "<name>"
//! And the variables are:                    When executing:              When executing control query:
//! Then the result should be:                Then the result should be, in order:
//! Then an error "<class>" should be raised  And the error message should contain "<text>"
//! And the data should be:                   (`data` beside the errors)
//! And the side effects should be:           And no side effects
//! ```
//!
//! `saving` and `the variables are:` may follow any keyword (they are registered as Given, When
//! and Then); the others keep the keyword of the table above (`And`/`But` inherit it). A step
//! that matches nothing fails its scenario (the driver's equivalent of cucumber's
//! `fail_on_skipped`).

use crate::matching::ListOrder;
pub use crate::step_kind::{StepKind, classify};
use crate::world::CrudWorld;
use cucumber::gherkin::Step;
use cucumber::{given, then, when};

fn doc(step: &Step) -> Option<&str> {
    step.docstring.as_deref()
}

#[given(regex = r#"^the data model "([^"]+)"$"#)]
async fn data_model_fixture(w: &mut CrudWorld, fixture: String) {
    let r = w.data_model_fixture(&fixture).await;
    w.conclude(r);
}

#[given(regex = r"^the data model:$")]
async fn data_model_inline(w: &mut CrudWorld, step: &Step) {
    let r = w.data_model_inline(doc(step)).await;
    w.conclude(r);
}

#[given(regex = r"^an empty database$")]
async fn empty_database(w: &mut CrudWorld) {
    let r = w.empty_database().await;
    w.conclude(r);
}

#[given(regex = r"^having executed:$")]
async fn having_executed(w: &mut CrudWorld, step: &Step) {
    let r = w.having_executed(doc(step)).await;
    w.conclude(r);
}

#[given(regex = r#"^saving "([^"]+)" as "([^"]+)"$"#)]
#[when(regex = r#"^saving "([^"]+)" as "([^"]+)"$"#)]
#[then(regex = r#"^saving "([^"]+)" as "([^"]+)"$"#)]
async fn saving(w: &mut CrudWorld, path: String, name: String) {
    let r = w.saving(&path, &name);
    w.conclude(r);
}

#[given(regex = r"^the variables are:$")]
#[when(regex = r"^the variables are:$")]
#[then(regex = r"^the variables are:$")]
async fn variables(w: &mut CrudWorld, step: &Step) {
    let r = w.variables(doc(step));
    w.conclude(r);
}

#[when(regex = r"^executing:$")]
async fn executing(w: &mut CrudWorld, step: &Step) {
    let r = w.executing(doc(step)).await;
    w.conclude(r);
}

#[when(regex = r"^executing control query:$")]
async fn control_query(w: &mut CrudWorld, step: &Step) {
    let r = w.control_query(doc(step)).await;
    w.conclude(r);
}

#[then(regex = r"^the result should be:$")]
async fn result_any_order(w: &mut CrudWorld, step: &Step) {
    let r = w.result_should_be(doc(step), ListOrder::Any);
    w.conclude(r);
}

#[then(regex = r"^the result should be, in order:$")]
async fn result_in_order(w: &mut CrudWorld, step: &Step) {
    let r = w.result_should_be(doc(step), ListOrder::InOrder);
    w.conclude(r);
}

#[then(regex = r"^the data should be:$")]
async fn data_beside_errors(w: &mut CrudWorld, step: &Step) {
    let r = w.data_should_be(doc(step));
    w.conclude(r);
}

#[then(regex = r#"^an error "([^"]+)" should be raised$"#)]
async fn error_raised(w: &mut CrudWorld, class: String) {
    let r = w.error_raised(&class);
    w.conclude(r);
}

#[then(regex = r#"^the error message should contain "(.*)"$"#)]
async fn error_message(w: &mut CrudWorld, text: String) {
    let r = w.error_message_contains(&text);
    w.conclude(r);
}

#[then(regex = r"^the side effects should be:$")]
async fn side_effects(w: &mut CrudWorld, step: &Step) {
    let r = w.side_effects(step.table.as_ref().map(|t| t.rows.as_slice()));
    w.conclude(r);
}

#[then(regex = r"^no side effects$")]
async fn no_side_effects(w: &mut CrudWorld) {
    let r = w.no_side_effects();
    w.conclude(r);
}

#[cfg(test)]
mod tests {
    use super::*;
    use cucumber::World as _;
    use cucumber::gherkin::{LineCol, Span, StepType};

    fn step(ty: StepType, value: &str) -> Step {
        Step {
            keyword: String::new(),
            ty,
            value: value.to_string(),
            docstring: None,
            table: None,
            span: Span { start: 0, end: 0 },
            position: LineCol { line: 1, col: 1 },
        }
    }

    #[test]
    fn classify_agrees_with_the_registered_steps() {
        let samples: &[(StepType, &str, StepKind)] = &[
            (
                StepType::Given,
                r#"the data model "post_single""#,
                StepKind::DataModelFixture,
            ),
            (
                StepType::Given,
                "the data model:",
                StepKind::DataModelInline,
            ),
            (
                StepType::Given,
                "an empty database",
                StepKind::EmptyDatabase,
            ),
            (
                StepType::Given,
                "having executed:",
                StepKind::HavingExecuted,
            ),
            (
                StepType::Given,
                r#"saving "data.createUser.id" as "u""#,
                StepKind::Saving,
            ),
            (
                StepType::When,
                r#"saving "data.createUser.id" as "u""#,
                StepKind::Saving,
            ),
            (
                StepType::Then,
                r#"saving "data.createUser.id" as "u""#,
                StepKind::Saving,
            ),
            (StepType::Given, "the variables are:", StepKind::Variables),
            (StepType::Then, "the variables are:", StepKind::Variables),
            (StepType::When, "executing:", StepKind::Executing),
            (
                StepType::When,
                "executing control query:",
                StepKind::ControlQuery,
            ),
            (StepType::Then, "the result should be:", StepKind::Result),
            (
                StepType::Then,
                "the result should be, in order:",
                StepKind::ResultInOrder,
            ),
            (StepType::Then, "the data should be:", StepKind::Data),
            (
                StepType::Then,
                r#"an error "NodeNotFound" should be raised"#,
                StepKind::ErrorRaised,
            ),
            (
                StepType::Then,
                r#"the error message should contain "No Node""#,
                StepKind::ErrorMessage,
            ),
            (
                StepType::Then,
                "the side effects should be:",
                StepKind::SideEffects,
            ),
            (StepType::Then, "no side effects", StepKind::NoSideEffects),
        ];
        let collection = CrudWorld::collection();
        for (ty, text, kind) in samples {
            let found = collection.find(&step(*ty, text));
            assert!(matches!(found, Ok(Some(_))), "{ty:?} {text}");
            assert_eq!(classify(text).map(|c| c.0), Some(*kind), "{text}");
        }
        // every pattern has a sample
        for (kind, _) in crate::step_kind::PATTERNS {
            assert!(samples.iter().any(|s| s.2 == *kind), "{kind:?}");
        }
        assert!(matches!(
            collection.find(&step(StepType::When, "the data model \"x\"")),
            Ok(None)
        ));
        assert!(matches!(
            collection.find(&step(StepType::Given, "executing something")),
            Ok(None)
        ));
        assert_eq!(classify("executing something"), None);
        assert_eq!(
            classify(r#"saving "a.b" as "c""#).map(|c| c.1),
            Some(vec!["a.b".to_string(), "c".to_string()])
        );
    }
}
