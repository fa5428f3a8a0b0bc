//! Variable values checked against their declared types before anything runs, as Sangria
//! (Prisma 1's and Graphcool's GraphQL library) coerces them, in its words:
//!
//! - `Variable '$d' expected value of type 'UserCreateInput!' but got: {"name":1}. Reason:
//!   [in field 'name'] String value expected`;
//! - `Variable '$e' expected value of type 'String!' but got: null.`;
//! - `Variable '$e' expected value of type 'String!' but value is undefined.`
//!
//! async-graphql checks a variable only where it fills an argument, and leaves the whole
//! argument unchecked when any variable in it is not provided: `createUser(data: {email: $e,
//! tags: {set: $t}})` with `$t` left out stored the object `{"email": …}` in a String field.
//! Here every provided variable is checked on its own, so that cannot happen.
//!
//! One order differs from Sangria's: Sangria validates the document first and coerces the
//! variables after; here a request with bad variables gets the variable errors even when its
//! document has validation errors as well.

use super::validation::{enum_value_undefined, expectation};
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument, OperationDefinition};
use async_graphql::registry::{MetaType, MetaTypeName, Registry};
use async_graphql::{Name, Pos, Value as ConstValue, Variables};

/// One variable that does not fit its declared type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariableError {
    pub message: String,
    /// Where the variable is defined.
    pub pos: Pos,
}

/// The operation async-graphql will run (None: it will answer an error of its own instead).
fn operation<'d>(
    doc: &'d ExecutableDocument,
    name: Option<&str>,
) -> Option<&'d OperationDefinition> {
    match (&doc.operations, name) {
        (DocumentOperations::Single(op), None) => Some(&op.node),
        (DocumentOperations::Multiple(ops), Some(name)) => ops.get(name).map(|op| &op.node),
        (DocumentOperations::Multiple(ops), None) if ops.len() == 1 => {
            ops.values().next().map(|op| &op.node)
        }
        _ => None,
    }
}

/// What [`check`] found.
#[derive(Debug, Default)]
pub struct Checked {
    /// The variables that do not fit their declared types.
    pub errors: Vec<VariableError>,
    /// The operation was found, every variable's type is an input type of the schema, and
    /// every provided value fits it and is not null: async-graphql's own check of the values
    /// cannot fail.
    pub all_fit: bool,
}

/// The variables of the operation that do not fit their declared types. Variables of a type
/// the schema does not have as an input type are left to validation.
pub fn check(
    registry: &Registry,
    doc: &ExecutableDocument,
    operation_name: Option<&str>,
    variables: &Variables,
) -> Checked {
    let Some(op) = operation(doc, operation_name) else {
        return Checked::default();
    };
    let mut errors = Vec::new();
    let mut all_fit = true;
    for def in &op.variable_definitions {
        let ty = def.node.var_type.node.to_string();
        if !is_input_type(registry, &ty) {
            all_fit = false;
            continue;
        }
        let name = &def.node.name.node;
        let message = match variables.get(name) {
            None if !def.node.var_type.node.nullable && def.node.default_value.is_none() => {
                format!("Variable '${name}' expected value of type '{ty}' but value is undefined.")
            }
            None => continue,
            Some(value) => match value_error(registry, &ty, value) {
                Ok(()) => {
                    // A null may sit where a non-null argument with a default is expected,
                    // which async-graphql's argument check refuses: not sure to fit.
                    all_fit &= !matches!(value, ConstValue::Null);
                    continue;
                }
                Err(Mismatch::Null) => format!(
                    "Variable '${name}' expected value of type '{ty}' but got: {}.",
                    json(value)
                ),
                Err(reason) => format!(
                    "Variable '${name}' expected value of type '{ty}' but got: {}. Reason: {}",
                    json(value),
                    reason.text(registry)
                ),
            },
        };
        errors.push(VariableError {
            message,
            pos: def.pos,
        });
    }
    all_fit &= errors.is_empty();
    Checked { errors, all_fit }
}

/// A request's JSON variables as async-graphql's values, converted directly (its own
/// `Variables::from_json` goes through serde's data model, about twice the work). The depth
/// of the JSON is bounded before it gets here (`limits::check_variables`).
pub fn from_json(object: serde_json::Map<String, serde_json::Value>) -> Variables {
    Variables::from_value(ConstValue::Object(
        object
            .into_iter()
            .map(|(k, v)| (Name::new(k), const_value(v)))
            .collect(),
    ))
}

fn const_value(v: serde_json::Value) -> ConstValue {
    use serde_json::Value as J;
    match v {
        J::Null => ConstValue::Null,
        J::Bool(b) => ConstValue::Boolean(b),
        J::Number(n) => ConstValue::Number(n),
        J::String(s) => ConstValue::String(s),
        J::Array(items) => ConstValue::List(items.into_iter().map(const_value).collect()),
        J::Object(fields) => ConstValue::Object(
            fields
                .into_iter()
                .map(|(k, v)| (Name::new(k), const_value(v)))
                .collect(),
        ),
    }
}

/// A response carrying the errors of [`check`] (to be finished by `response::api_response`).
pub fn errors_response(errors: &[VariableError]) -> serde_json::Value {
    let errors: Vec<serde_json::Value> = errors
        .iter()
        .map(|e| {
            serde_json::json!({
                "message": e.message,
                "locations": [{"line": e.pos.line, "column": e.pos.column}],
            })
        })
        .collect();
    serde_json::json!({"data": null, "errors": errors})
}

fn json(value: &ConstValue) -> String {
    value
        .clone()
        .into_json()
        .map(|v| v.to_string())
        .unwrap_or_else(|_| value.to_string())
}

fn is_input_type(registry: &Registry, type_name: &str) -> bool {
    matches!(
        registry
            .types
            .get(MetaTypeName::concrete_typename(type_name)),
        Some(MetaType::Scalar { .. } | MetaType::Enum { .. } | MetaType::InputObject { .. })
    )
}

/// Why a value does not fit, innermost last.
#[derive(Debug)]
enum Mismatch {
    /// A null (or a missing required field) where a non-null type is declared.
    Null,
    /// A value the named scalar, enum or input object does not take.
    Expected(String),
    /// An enum value the enum does not have: (enum, value).
    EnumValue(String, String),
    /// An input field the type does not define: (field, type).
    UnknownField(String, String),
    InField(String, Box<Mismatch>),
    InElement(usize, Box<Mismatch>),
}

impl Mismatch {
    fn text(&self, registry: &Registry) -> String {
        match self {
            Mismatch::Null => "Expected non-null value, found null".to_string(),
            Mismatch::Expected(ty) => expectation(registry, ty),
            Mismatch::EnumValue(e, v) => enum_value_undefined(registry, e, v),
            Mismatch::UnknownField(f, t) => {
                format!("Unknown field '{f}' is not defined in the input type '{t}'.")
            }
            Mismatch::InField(f, inner) => format!("[in field '{f}'] {}", inner.text(registry)),
            Mismatch::InElement(i, inner) => {
                format!("[in element #{i}] {}", inner.text(registry))
            }
        }
    }
}

/// The value against the type, as GraphQL input coercion: nulls only where the type is
/// nullable, a single value where a list is expected stands for a list of one, scalars by the
/// schema's own validator, enums by name, input objects without unknown fields and with every
/// required field. As strict as async-graphql's `is_valid_input_value` or stricter (it lets a
/// non-object through where an input object is expected), so that a value that passes here
/// passes there (`api::revalidation` relies on it). Values are bounded in depth before they
/// get here (`limits`).
fn value_error(registry: &Registry, type_name: &str, value: &ConstValue) -> Result<(), Mismatch> {
    match MetaTypeName::create(type_name) {
        MetaTypeName::NonNull(inner) => match value {
            ConstValue::Null => Err(Mismatch::Null),
            _ => value_error(registry, inner, value),
        },
        MetaTypeName::List(inner) => match value {
            ConstValue::Null => Ok(()),
            ConstValue::List(items) => items.iter().enumerate().try_for_each(|(i, item)| {
                value_error(registry, inner, item).map_err(|m| Mismatch::InElement(i, Box::new(m)))
            }),
            single => value_error(registry, inner, single),
        },
        MetaTypeName::Named(name) => {
            if matches!(value, ConstValue::Null) {
                return Ok(());
            }
            let expected = || Err(Mismatch::Expected(name.to_string()));
            match registry.types.get(name) {
                Some(MetaType::Scalar {
                    is_valid: Some(is_valid),
                    ..
                }) => {
                    if is_valid(value) {
                        Ok(())
                    } else {
                        expected()
                    }
                }
                Some(MetaType::Scalar { is_valid: None, .. }) => Ok(()),
                Some(MetaType::Enum { enum_values, .. }) => match value {
                    ConstValue::Enum(v) if enum_values.contains_key(v.as_str()) => Ok(()),
                    ConstValue::String(v) if enum_values.contains_key(v.as_str()) => Ok(()),
                    ConstValue::Enum(v) => {
                        Err(Mismatch::EnumValue(name.to_string(), v.to_string()))
                    }
                    ConstValue::String(v) => Err(Mismatch::EnumValue(name.to_string(), v.clone())),
                    _ => expected(),
                },
                Some(MetaType::InputObject {
                    input_fields,
                    oneof,
                    ..
                }) => {
                    let ConstValue::Object(fields) = value else {
                        return expected();
                    };
                    if *oneof
                        && (fields.len() != 1
                            || fields.values().any(|v| matches!(v, ConstValue::Null)))
                    {
                        // (No dialect generates `@oneOf` inputs; checked as async-graphql does.)
                        return expected();
                    }
                    if let Some(unknown) = fields
                        .keys()
                        .find(|k| !input_fields.contains_key(k.as_str()))
                    {
                        return Err(Mismatch::UnknownField(
                            unknown.to_string(),
                            name.to_string(),
                        ));
                    }
                    input_fields.values().try_for_each(|f| {
                        match fields.get(f.name.as_str()) {
                            Some(v) => value_error(registry, &f.ty, v),
                            None if MetaTypeName::create(&f.ty).is_non_null()
                                && f.default_value.is_none() =>
                            {
                                Err(Mismatch::Null)
                            }
                            None => Ok(()),
                        }
                        .map_err(|m| Mismatch::InField(f.name.clone(), Box::new(m)))
                    })
                }
                // Not an input type: validation says so.
                Some(_) => Ok(()),
                None => expected(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Dialect, Executor, ExecutorOptions};
    use serde_json::json;

    const SDL: &str = "type User { id: ID! @unique name: String! age: Int role: Role tags: [String!]! }\n\
                       enum Role { ADMIN USER }";

    fn errors(query: &str, v: serde_json::Value) -> Vec<String> {
        let ex = Executor::deploy(Dialect::Prisma1, SDL, ExecutorOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let doc = async_graphql::parser::parse_query(query).unwrap_or_else(|e| panic!("{e}"));
        check(ex.registry(), &doc, None, &Variables::from_json(v))
            .errors
            .into_iter()
            .map(|e| e.message)
            .collect()
    }

    const CREATE: &str = "mutation ($d: UserCreateInput!) { createUser(data: $d) { id } }";

    #[test]
    fn json_variables_convert_as_async_graphql_converts_them() {
        let v = json!({"a": [1, 2.5, -3, null, true, "x", {"b": {"c": []}}], "d": {}, "e": 1e300});
        let serde_json::Value::Object(object) = v.clone() else {
            unreachable!()
        };
        assert_eq!(from_json(object), Variables::from_json(v));
    }

    #[test]
    fn fitting_values_pass() {
        assert!(errors(CREATE, json!({"d": {"name": "a"}})).is_empty());
        assert!(
            errors(
                CREATE,
                json!({"d": {"name": "a", "age": 3, "role": "ADMIN", "tags": {"set": ["x"]}}})
            )
            .is_empty()
        );
        // A single value stands for a list of one.
        assert!(errors(CREATE, json!({"d": {"name": "a", "tags": {"set": "x"}}})).is_empty());
    }

    #[test]
    fn values_that_do_not_fit_are_named_as_sangria_names_them() {
        let cases = [
            (
                json!({"d": {"name": 1}}),
                r#"Variable '$d' expected value of type 'UserCreateInput!' but got: {"name":1}. Reason: [in field 'name'] String value expected"#,
            ),
            (
                json!({"d": {}}),
                "Variable '$d' expected value of type 'UserCreateInput!' but got: {}. Reason: [in field 'name'] Expected non-null value, found null",
            ),
            (
                json!({"d": {"name": "a", "z": 1}}),
                r#"Variable '$d' expected value of type 'UserCreateInput!' but got: {"name":"a","z":1}. Reason: Unknown field 'z' is not defined in the input type 'UserCreateInput'."#,
            ),
            (
                json!({"d": {"name": "a", "tags": {"set": ["x", null]}}}),
                r#"Variable '$d' expected value of type 'UserCreateInput!' but got: {"name":"a","tags":{"set":["x",null]}}. Reason: [in field 'tags'] [in field 'set'] [in element #1] Expected non-null value, found null"#,
            ),
            (
                json!({"d": {"name": "a", "role": "NOPE"}}),
                r#"Variable '$d' expected value of type 'UserCreateInput!' but got: {"name":"a","role":"NOPE"}. Reason: [in field 'role'] Enum value 'NOPE' is undefined in enum type 'Role'. Known values are: ADMIN, USER."#,
            ),
            (
                json!({"d": "x"}),
                r#"Variable '$d' expected value of type 'UserCreateInput!' but got: "x". Reason: Expected 'UserCreateInput', found not an object."#,
            ),
            (
                json!({"d": null}),
                "Variable '$d' expected value of type 'UserCreateInput!' but got: null.",
            ),
            (
                json!({}),
                "Variable '$d' expected value of type 'UserCreateInput!' but value is undefined.",
            ),
        ];
        for (v, message) in cases {
            assert_eq!(errors(CREATE, v.clone()), vec![message.to_string()], "{v}");
        }
    }

    fn all_fit(query: &str, op: Option<&str>, v: serde_json::Value) -> bool {
        let ex = Executor::deploy(Dialect::Prisma1, SDL, ExecutorOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let doc = async_graphql::parser::parse_query(query).unwrap_or_else(|e| panic!("{e}"));
        check(ex.registry(), &doc, op, &Variables::from_json(v)).all_fit
    }

    #[test]
    fn all_fit_only_when_nothing_is_in_doubt() {
        assert!(all_fit(CREATE, None, json!({"d": {"name": "a"}})));
        assert!(all_fit(
            CREATE,
            None,
            json!({"d": {"name": "a"}, "extra": 1})
        ));
        assert!(!all_fit(CREATE, None, json!({"d": {}})));
        assert!(!all_fit(CREATE, Some("Other"), json!({"d": {"name": "a"}})));
        let q = "query ($w: UserWhereInput, $x: Nope) { users(where: $w) { id } }";
        assert!(!all_fit(q, None, json!({"w": {}})));
        let q = "query ($w: UserWhereInput) { users(where: $w) { id } }";
        assert!(all_fit(q, None, json!({"w": {}})));
        assert!(!all_fit(q, None, json!({"w": null})));
    }

    #[test]
    fn optional_and_defaulted_variables_may_be_left_out_and_unknown_types_are_left_to_validation() {
        let q = "query ($w: UserWhereInput, $n: Int! = 2, $x: Nope!) { users(where: $w, first: $n) { id } }";
        assert!(errors(q, json!({})).is_empty());
        assert!(errors(q, json!({"w": null, "x": 1})).is_empty());
        assert_eq!(
            errors(q, json!({"n": "two"})),
            vec![
                r#"Variable '$n' expected value of type 'Int!' but got: "two". Reason: Int value expected"#
                    .to_string()
            ]
        );
    }
}
