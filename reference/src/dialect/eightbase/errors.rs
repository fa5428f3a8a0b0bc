//! 8base's error codes (the names of `@8base/error-codes`, dialects.md §2.4) for every engine
//! error. The error object is `{message, locations, path, code}` with the code a string at the
//! top level ([`crate::api::response`], no `requestId`). The message texts are placeholders:
//! no 8base server text is public, so the suite asserts only the codes.

use crate::api::ApiError;
use crate::engine::EngineError;

pub const ENTITY_NOT_FOUND: &str = "EntityNotFoundError";
pub const VALIDATION: &str = "ValidationError";
pub const INVALID_ARGUMENT: &str = "InvalidArgumentError";
pub const FORCIBLE: &str = "ForcibleError";

/// An `InvalidArgumentError` raised by the dialect's own argument checks.
pub fn invalid_argument(message: impl Into<String>) -> ApiError {
    ApiError::named(INVALID_ARGUMENT, message)
}

/// 8base's code and a placeholder text for an engine error.
pub fn render(e: &EngineError) -> ApiError {
    match e {
        EngineError::NodeNotFound { model, field, .. }
        | EngineError::RelatedNodeNotFound { model, field, .. } => ApiError::named(
            ENTITY_NOT_FOUND,
            format!("The requested {model} record was not found (by {field})."),
        ),
        EngineError::NodesNotConnected { relation, .. } => ApiError::named(
            ENTITY_NOT_FOUND,
            format!("The record is not connected through the relation {relation}."),
        ),
        EngineError::UniqueConstraintViolation { model, field } => ApiError::named(
            VALIDATION,
            format!("The request is invalid: {model}.{field} must be unique."),
        ),
        EngineError::RequiredFieldMissing { model, field } => ApiError::named(
            VALIDATION,
            format!("The request is invalid: {model}.{field} is a mandatory relation."),
        ),
        EngineError::RequiredRelationViolation { emptied, .. } => ApiError::named(
            VALIDATION,
            format!(
                "The request is invalid: {}.{} is a mandatory relation and would be left empty.",
                emptied.0, emptied.1
            ),
        ),
        EngineError::NullInRequiredField { model, field } => ApiError::named(
            VALIDATION,
            format!("The request is invalid: {model}.{field} cannot be null."),
        ),
        EngineError::ValueTooLong { field } => ApiError::named(
            VALIDATION,
            format!("The request is invalid: the value of {field} is too long."),
        ),
        EngineError::InvalidSelector { model } => ApiError::named(
            INVALID_ARGUMENT,
            format!("Give the {model} record by data.id or by a filter on id or one unique field."),
        ),
        EngineError::AmbiguousSelector { model } => ApiError::named(
            INVALID_ARGUMENT,
            format!("The {model} key filter must name exactly one field."),
        ),
        EngineError::ConflictingSelectors { model } => ApiError::named(
            INVALID_ARGUMENT,
            format!("data.id and filter name different {model} records."),
        ),
        EngineError::InvalidValue {
            model,
            field,
            value,
        } => ApiError::named(
            INVALID_ARGUMENT,
            format!("The value {value} is not valid for {model}.{field}."),
        ),
        EngineError::InvalidComputation {
            model,
            field,
            reason,
        } => ApiError::named(
            INVALID_ARGUMENT,
            format!("Cannot update {model}.{field}: {reason}."),
        ),
        EngineError::ForceRequired {
            model,
            child,
            field,
        } => ApiError::named(
            FORCIBLE,
            format!(
                "The {model} record has {child} records whose mandatory relation {field} points at it: use force: true to delete them too."
            ),
        ),
        EngineError::InvalidInput(text) => ApiError::validation(text.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ErrorCode;
    use serde_json::json;

    #[test]
    fn codes() {
        let code = |e: EngineError| render(&e).code;
        assert_eq!(
            code(EngineError::NodeNotFound {
                model: "Author".into(),
                field: "name".into(),
                value: json!("Nobody")
            }),
            Some(ErrorCode::Name(ENTITY_NOT_FOUND))
        );
        assert_eq!(
            code(EngineError::ForceRequired {
                model: "Author".into(),
                child: "Post".into(),
                field: "author".into()
            }),
            Some(ErrorCode::Name(FORCIBLE))
        );
        assert_eq!(
            code(EngineError::ConflictingSelectors {
                model: "Author".into()
            }),
            Some(ErrorCode::Name(INVALID_ARGUMENT))
        );
        assert_eq!(code(EngineError::InvalidInput("x".into())), None);
    }
}
