//! Prisma 1.34 error texts: the code and text for every [`EngineError`] (spec §10, texts from
//! `Errors.scala`). The error object's shape is [`crate::api::response`]'s.

use crate::api::{ApiError, errors};
use crate::datamodel::scalars::display_value;
use crate::engine::{EngineError, NodeRef};

/// Prisma's code and text for an engine error.
pub fn render(e: &EngineError) -> ApiError {
    if let Some(shared) = errors::shared(e, "that") {
        return shared;
    }
    match e {
        EngineError::NodeNotFound {
            model,
            field,
            value,
        }
        | EngineError::RelatedNodeNotFound {
            model,
            field,
            value,
        } => ApiError::coded(
            3039,
            format!(
                "No Node for the model {model} with value {} for {field} found.",
                display_value(value)
            ),
        ),
        EngineError::InvalidSelector { model } => ApiError::coded(
            3040,
            format!(
                "You provided an invalid argument for the where selector on {model}. Please provide exactly one unique field and value."
            ),
        ),
        EngineError::NodesNotConnected {
            relation,
            parent,
            child,
            on_path,
        } => ApiError::coded(3041, not_connected_text(relation, parent, child, *on_path)),
        EngineError::RequiredRelationViolation {
            relation,
            model_a,
            model_b,
            ..
        } => ApiError::coded(
            3042,
            format!(
                "The change you are trying to make would violate the required relation '{relation}' between {model_a} and {model_b}"
            ),
        ),
        EngineError::AmbiguousSelector { model } => ApiError::coded(
            3045,
            format!(
                "You provided more than one field for the unique selector on {model}. If you want that behavior you can use the many query and combine fields with AND / OR."
            ),
        ),
        other => ApiError::validation(other.to_string()),
    }
}

/// The four texts of `pathErrorMessage` (3041). The both-selectors variant has no trailing
/// text unless `on_path` asks for it; the other three always end in "on your mutation path.",
/// and the two without a parent selector write "Node" with a capital N.
fn not_connected_text(relation: &str, parent: &NodeRef, child: &NodeRef, on_path: bool) -> String {
    let sel = |n: &NodeRef| {
        n.selector
            .as_ref()
            .map(|(f, v)| format!(" with the value '{}' for the field '{f}'", display_value(v)))
    };
    let (p, c) = (&parent.model, &child.model);
    match (sel(parent), sel(child)) {
        (Some(ps), Some(cs)) => {
            let tail = if on_path {
                " on your mutation path."
            } else {
                ""
            };
            format!(
                "The relation {relation} has no node for the model {p}{ps} connected to a node for the model {c}{cs}{tail}"
            )
        }
        (Some(ps), None) => format!(
            "The relation {relation} has no node for the model {p}{ps} connected to a node for the model {c} on your mutation path."
        ),
        (None, Some(cs)) => format!(
            "The relation {relation} has no node for the model {p} connected to a Node for the model {c}{cs} on your mutation path."
        ),
        (None, None) => format!(
            "The relation {relation} has no node for the model {p} connected to a Node for the model {c} on your mutation path."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn node(model: &str, sel: Option<(&str, Value)>) -> NodeRef {
        NodeRef {
            model: model.into(),
            selector: sel.map(|(f, v)| (f.to_string(), v)),
        }
    }

    #[test]
    fn value_too_long_3007() {
        let e = render(&EngineError::ValueTooLong {
            field: "anotherIDField".into(),
        });
        assert_eq!(e.number(), Some(3007));
        assert_eq!(e.message, "Value for field anotherIDField is too long.");
    }

    #[test]
    fn unique_constraint_3010() {
        let e = render(&EngineError::UniqueConstraintViolation {
            model: "Post".into(),
            field: "uniquePost".into(),
        });
        assert_eq!(e.number(), Some(3010));
        assert_eq!(
            e.message,
            "A unique constraint would be violated on Post. Details: Field name = uniquePost"
        );
    }

    #[test]
    fn null_in_required_field_3020_has_empty_field_name() {
        let e = render(&EngineError::NullInRequiredField {
            model: "A".into(),
            field: "b".into(),
        });
        assert_eq!(e.number(), Some(3020));
        assert_eq!(
            e.message,
            "You are trying to set a required field to null. If you are using GraphQL arguments, make sure that you specify a value for all arguments. Fieldname if known: "
        );
    }

    #[test]
    fn required_field_missing_3032() {
        let e = render(&EngineError::RequiredFieldMissing {
            model: "Comment".into(),
            field: "todo".into(),
        });
        assert_eq!(e.number(), Some(3032));
        assert_eq!(
            e.message,
            "The field 'todo' on type 'Comment' is required. Performing this mutation would violate that constraint"
        );
    }

    #[test]
    fn invalid_value_3036() {
        let e = render(&EngineError::InvalidValue {
            model: "WithDefaultValue".into(),
            field: "reqString".into(),
            value: "null".into(),
        });
        assert_eq!(e.number(), Some(3036));
        assert_eq!(
            e.message,
            "The input value null was not valid for field reqString of type WithDefaultValue."
        );
    }

    #[test]
    fn node_not_found_3039_prints_values_unquoted() {
        let cases = [
            (json!("DOES NOT EXIST"), "DOES NOT EXIST"),
            (json!(3), "3"),
            (json!(3.5), "3.5"),
            (json!(false), "false"),
            (
                json!("2020-01-01T00:00:00.000Z"),
                "2020-01-01T00:00:00.000Z",
            ),
        ];
        for (v, shown) in cases {
            let e = render(&EngineError::NodeNotFound {
                model: "Child".into(),
                field: "c".into(),
                value: v,
            });
            assert_eq!(e.number(), Some(3039));
            assert_eq!(
                e.message,
                format!("No Node for the model Child with value {shown} for c found.")
            );
        }
    }

    #[test]
    fn invalid_selector_3040() {
        let e = render(&EngineError::InvalidSelector {
            model: "User".into(),
        });
        assert_eq!(e.number(), Some(3040));
        assert_eq!(
            e.message,
            "You provided an invalid argument for the where selector on User. Please provide exactly one unique field and value."
        );
    }

    #[test]
    fn nodes_not_connected_3041_four_variants() {
        let both = render(&EngineError::NodesNotConnected {
            relation: "ChildToParent".into(),
            parent: Box::new(node("Parent", Some(("id", json!("p1"))))),
            child: Box::new(node("Child", Some(("id", json!("c1"))))),
            on_path: false,
        });
        assert_eq!(both.number(), Some(3041));
        assert_eq!(
            both.message,
            "The relation ChildToParent has no node for the model Parent with the value 'p1' for the field 'id' connected to a node for the model Child with the value 'c1' for the field 'id'"
        );
        let parent_only = render(&EngineError::NodesNotConnected {
            relation: "NoteToTodo".into(),
            parent: Box::new(node("Note", Some(("id", json!("n1"))))),
            child: Box::new(node("Todo", None)),
            on_path: true,
        });
        assert_eq!(
            parent_only.message,
            "The relation NoteToTodo has no node for the model Note with the value 'n1' for the field 'id' connected to a node for the model Todo on your mutation path."
        );
        let child_only = render(&EngineError::NodesNotConnected {
            relation: "NoteToTodo".into(),
            parent: Box::new(node("Note", None)),
            child: Box::new(node("Todo", Some(("innerUnique", json!("Some Inner ID2"))))),
            on_path: true,
        });
        assert_eq!(
            child_only.message,
            "The relation NoteToTodo has no node for the model Note connected to a Node for the model Todo with the value 'Some Inner ID2' for the field 'innerUnique' on your mutation path."
        );
        let neither = render(&EngineError::NodesNotConnected {
            relation: "BottomToMiddle".into(),
            parent: Box::new(node("Middle", None)),
            child: Box::new(node("Bottom", None)),
            on_path: true,
        });
        assert_eq!(
            neither.message,
            "The relation BottomToMiddle has no node for the model Middle connected to a Node for the model Bottom on your mutation path."
        );
    }

    #[test]
    fn required_relation_3042() {
        let e = render(&EngineError::RequiredRelationViolation {
            relation: "ChildToParent".into(),
            model_a: "Child".into(),
            model_b: "Parent".into(),
            emptied: Box::new(("Child".into(), "parent".into())),
        });
        assert_eq!(e.number(), Some(3042));
        assert_eq!(
            e.message,
            "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"
        );
    }

    #[test]
    fn ambiguous_selector_3045() {
        let e = render(&EngineError::AmbiguousSelector {
            model: "User".into(),
        });
        assert_eq!(e.number(), Some(3045));
        assert_eq!(
            e.message,
            "You provided more than one field for the unique selector on User. If you want that behavior you can use the many query and combine fields with AND / OR."
        );
    }

    #[test]
    fn invalid_input_has_no_code() {
        let e = render(&EngineError::InvalidInput("bad".into()));
        assert_eq!(e, ApiError::validation("bad"));
    }
}
