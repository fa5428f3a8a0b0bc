//! The step vocabulary as data: which step a step text is ([`classify`]) and what its docstring
//! holds ([`StepKind`]). The cucumber registrations of the same steps are in
//! [`crate::vocabulary`]; the World, the driver and lint read step texts through this module.

use regex::Regex;
use std::sync::LazyLock;

/// The steps of the vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    DataModelFixture,
    DataModelInline,
    EmptyDatabase,
    HavingExecuted,
    Saving,
    Variables,
    Executing,
    ControlQuery,
    Result,
    ResultInOrder,
    /// `data` beside errors (`the result should be:` requires a response without errors).
    Data,
    ErrorRaised,
    ErrorMessage,
    SideEffects,
    NoSideEffects,
}

impl StepKind {
    /// Steps whose docstring is a GraphQL operation.
    pub fn has_graphql_docstring(self) -> bool {
        matches!(
            self,
            StepKind::HavingExecuted | StepKind::Executing | StepKind::ControlQuery
        )
    }

    /// Steps whose docstring is JSON.
    pub fn has_json_docstring(self) -> bool {
        matches!(
            self,
            StepKind::Variables | StepKind::Result | StepKind::ResultInOrder | StepKind::Data
        )
    }
}

// The patterns below are repeated as literals in the step attributes of `crate::vocabulary`
// (cucumber's macros need literals); its test `classify_agrees_with_the_registered_steps` keeps
// both in step.
pub(crate) const PATTERNS: &[(StepKind, &str)] = &[
    (StepKind::DataModelFixture, r#"^the data model "([^"]+)"$"#),
    (StepKind::DataModelInline, r"^the data model:$"),
    (StepKind::EmptyDatabase, r"^an empty database$"),
    (StepKind::HavingExecuted, r"^having executed:$"),
    (StepKind::Saving, r#"^saving "([^"]+)" as "([^"]+)"$"#),
    (StepKind::Variables, r"^the variables are:$"),
    (StepKind::Executing, r"^executing:$"),
    (StepKind::ControlQuery, r"^executing control query:$"),
    (StepKind::Result, r"^the result should be:$"),
    (
        StepKind::ResultInOrder,
        r"^the result should be, in order:$",
    ),
    (StepKind::Data, r"^the data should be:$"),
    (
        StepKind::ErrorRaised,
        r#"^an error "([^"]+)" should be raised$"#,
    ),
    (
        StepKind::ErrorMessage,
        r#"^the error message should contain "(.*)"$"#,
    ),
    (StepKind::SideEffects, r"^the side effects should be:$"),
    (StepKind::NoSideEffects, r"^no side effects$"),
];

static COMPILED: LazyLock<Vec<(StepKind, Regex)>> = LazyLock::new(|| {
    PATTERNS
        .iter()
        .filter_map(|(k, p)| Regex::new(p).ok().map(|r| (*k, r)))
        .collect()
});

/// Which vocabulary step a step text (without keyword) is, with its captured arguments.
pub fn classify(text: &str) -> Option<(StepKind, Vec<String>)> {
    COMPILED.iter().find_map(|(kind, re)| {
        re.captures(text).map(|c| {
            let args = c
                .iter()
                .skip(1)
                .map(|m| m.map(|m| m.as_str().to_string()).unwrap_or_default())
                .collect();
            (*kind, args)
        })
    })
}
