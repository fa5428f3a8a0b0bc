//! The error texts Prisma 1 kept from Graphcool's `UserAPIErrors` (same code, same words in
//! both servers); each dialect's renderer uses them for the engine errors they cover.

use super::ApiError;
use crate::engine::EngineError;

/// The rendering of the engine errors both servers word alike; `determiner` is 3032's
/// ("the" in Graphcool, "that" in Prisma). None for the errors each dialect words itself.
pub fn shared(e: &EngineError, determiner: &str) -> Option<ApiError> {
    Some(match e {
        EngineError::ValueTooLong { field } => value_too_long(field),
        EngineError::UniqueConstraintViolation { model, field } => unique_violation(model, field),
        EngineError::NullInRequiredField { .. } => field_cannot_be_null(),
        EngineError::RequiredFieldMissing { model, field } => {
            relation_is_required(model, field, determiner)
        }
        EngineError::InvalidValue {
            model,
            field,
            value,
        } => input_invalid(value, field, model),
        EngineError::InvalidInput(text) => ApiError::validation(text.clone()),
        _ => return None,
    })
}

/// 3007 `ValueTooLong`.
pub fn value_too_long(field: &str) -> ApiError {
    ApiError::coded(3007, format!("Value for field {field} is too long."))
}

/// 3010 `UniqueConstraintViolation`, with the details of the database error mapper.
pub fn unique_violation(model: &str, field: &str) -> ApiError {
    ApiError::coded(
        3010,
        format!("A unique constraint would be violated on {model}. Details: Field name = {field}"),
    )
}

/// 3020 `FieldCannotBeNull` as raised from the database error (MySQL 1048), which does not
/// know the field: the text ends in an empty "Fieldname if known: ".
pub fn field_cannot_be_null() -> ApiError {
    ApiError::coded(
        3020,
        "You are trying to set a required field to null. If you are using GraphQL arguments, \
         make sure that you specify a value for all arguments. Fieldname if known: ",
    )
}

/// 3032 `RelationIsRequired`; Graphcool ends "would violate the constraint", Prisma (later)
/// "would violate that constraint".
pub fn relation_is_required(model: &str, field: &str, determiner: &str) -> ApiError {
    ApiError::coded(
        3032,
        format!(
            "The field '{field}' on type '{model}' is required. Performing this mutation would violate {determiner} constraint"
        ),
    )
}

/// 3036 `InputInvalid`.
pub fn input_invalid(value: &str, field: &str, model: &str) -> ApiError {
    ApiError::coded(
        3036,
        format!("The input value {value} was not valid for field {field} of type {model}."),
    )
}
