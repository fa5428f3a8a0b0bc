//! Graphcool's error codes and texts (`UserAPIErrors` in the server, dialects.md §1.4) for
//! every engine error, and for the API's own checks (3000, 3001, 3011 from a relation
//! mutation, 3013). The error object's shape is [`crate::api::response`]'s.

use crate::api::{ApiError, errors};
use crate::datamodel::scalars::display_value;
use crate::engine::EngineError;
use serde_json::Value;

/// 3001 `IdIsInvalid`.
pub fn id_is_invalid(id: &str) -> ApiError {
    ApiError::coded(3001, format!("The given id '{id}' is invalid."))
}

/// 3011 `NodeDoesNotExist` (the id is empty when the server did not know it).
pub fn node_does_not_exist(id: &str) -> ApiError {
    ApiError::coded(
        3011,
        format!(
            "You are referencing a node that does not exist. Please check your mutation to make sure you are only creating edges between existing nodes. Id if available: {id}"
        ),
    )
}

/// 3013 `NodeNotFoundError`.
pub fn node_not_found(id: &str) -> ApiError {
    ApiError::coded(3013, format!("Node with id {id} not found"))
}

/// 3000 `GraphQLArgumentsException` of a single-node query without any unique argument.
pub fn no_unique_argument(names: &[String]) -> ApiError {
    ApiError::coded(
        3000,
        format!(
            "None of the following arguments provided: List({})",
            names.join(", ")
        ),
    )
}

/// Is this a valid Graphcool node id (`NameConstraints.isValidDataItemId`)?
pub fn valid_id(id: &str) -> bool {
    id.len() <= 25
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn id_text(v: &Value) -> String {
    display_value(v)
}

/// Graphcool's code and text for an engine error.
pub fn render(e: &EngineError) -> ApiError {
    if let Some(shared) = errors::shared(e, "the") {
        return shared;
    }
    match e {
        EngineError::RequiredRelationViolation { emptied, .. } => {
            errors::relation_is_required(&emptied.0, &emptied.1, "the")
        }
        EngineError::NodeNotFound { model, value, .. } => ApiError::coded(
            3002,
            format!("'{model}' has no item with id '{}'", id_text(value)),
        ),
        EngineError::RelatedNodeNotFound { value, .. } => node_does_not_exist(&id_text(value)),
        // The Simple API selects nodes by id and never raises the others; a request that
        // reaches them (a front-end bug) gets a codeless error that names the cause.
        other => ApiError::validation(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn codes_and_texts() {
        let e = render(&EngineError::NodeNotFound {
            model: "Post".into(),
            field: "id".into(),
            value: json!("wrong-id"),
        });
        assert_eq!(
            e,
            ApiError::coded(3002, "'Post' has no item with id 'wrong-id'")
        );
        let e = render(&EngineError::RelatedNodeNotFound {
            model: "ContactDetails".into(),
            field: "id".into(),
            value: json!("unknownid"),
        });
        assert_eq!(e.number(), Some(3011));
        assert!(e.message.ends_with("Id if available: unknownid"));
        let e = render(&EngineError::RequiredRelationViolation {
            relation: "AuthorPosts".into(),
            model_a: "Author".into(),
            model_b: "Post".into(),
            emptied: Box::new(("Post".into(), "author".into())),
        });
        assert_eq!(
            e,
            ApiError::coded(
                3032,
                "The field 'author' on type 'Post' is required. Performing this mutation would violate the constraint"
            )
        );
        let e = render(&EngineError::RequiredFieldMissing {
            model: "Post".into(),
            field: "author".into(),
        });
        assert_eq!(e.number(), Some(3032));
        let e = render(&EngineError::UniqueConstraintViolation {
            model: "Post".into(),
            field: "slug".into(),
        });
        assert_eq!(
            e.message,
            "A unique constraint would be violated on Post. Details: Field name = slug"
        );
        assert_eq!(
            render(&EngineError::InvalidValue {
                model: "Todo".into(),
                field: "done".into(),
                value: "null".into()
            }),
            ApiError::coded(
                3036,
                "The input value null was not valid for field done of type Todo."
            )
        );
        assert_eq!(node_not_found("x").message, "Node with id x not found");
        assert_eq!(id_is_invalid("x").number(), Some(3001));
        assert_eq!(
            no_unique_argument(&["id".into(), "slug".into()]).message,
            "None of the following arguments provided: List(id, slug)"
        );
        assert!(valid_id("cixneo7zp3cda0134h7t4klep") && valid_id("my-file-id"));
        assert!(!valid_id("cixneo7zp3cda0134h7t4klepx") && !valid_id("a b"));
    }
}
