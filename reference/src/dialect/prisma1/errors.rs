//! Prisma 1.34 error format: the code/text table for every [`EngineError`] (spec §10, texts from
//! `Errors.scala`) and the response post-processing that puts `code` and `requestId` at the top
//! level of each error object (async-graphql can only put custom fields under `extensions`).

use crate::datamodel::scalars::display_value;
use crate::engine::{EngineError, NodeRef};
use serde_json::{Map, Value};

/// A rendered error: Prisma's numeric code (None for GraphQL validation-class errors) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrismaError {
    pub code: Option<u32>,
    pub message: String,
}

impl PrismaError {
    pub fn coded(code: u32, message: impl Into<String>) -> Self {
        PrismaError {
            code: Some(code),
            message: message.into(),
        }
    }

    pub fn validation(message: impl Into<String>) -> Self {
        PrismaError {
            code: None,
            message: message.into(),
        }
    }

    /// As an async-graphql error (the code travels in `extensions.code` until
    /// [`prisma_response`] moves it to the top level).
    pub fn into_graphql(self) -> async_graphql::Error {
        let code = self.code;
        use async_graphql::ErrorExtensions;
        let err = async_graphql::Error::new(self.message);
        match code {
            Some(c) => err.extend_with(|_, ext| ext.set("code", c)),
            None => err,
        }
    }
}

/// Prisma's code and text for an engine error.
pub fn render(e: &EngineError) -> PrismaError {
    match e {
        EngineError::ValueTooLong { field } => {
            PrismaError::coded(3007, format!("Value for field {field} is too long."))
        }
        EngineError::UniqueConstraintViolation { model, field } => PrismaError::coded(
            3010,
            format!(
                "A unique constraint would be violated on {model}. Details: Field name = {field}"
            ),
        ),
        // Prisma 1.34 raises this from the database error mapper, which does not know the
        // field: the text ends in an empty "Fieldname if known: " (spec §6, update).
        EngineError::NullInRequiredField { .. } => PrismaError::coded(
            3020,
            "You are trying to set a required field to null. If you are using GraphQL arguments, \
             make sure that you specify a value for all arguments. Fieldname if known: ",
        ),
        EngineError::RequiredFieldMissing { model, field } => PrismaError::coded(
            3032,
            format!(
                "The field '{field}' on type '{model}' is required. Performing this mutation would violate that constraint"
            ),
        ),
        EngineError::InvalidValue {
            model,
            field,
            value,
        } => PrismaError::coded(
            3036,
            format!("The input value {value} was not valid for field {field} of type {model}."),
        ),
        EngineError::NodeNotFound {
            model,
            field,
            value,
        } => PrismaError::coded(
            3039,
            format!(
                "No Node for the model {model} with value {} for {field} found.",
                display_value(value)
            ),
        ),
        EngineError::InvalidSelector { model } => PrismaError::coded(
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
        } => PrismaError::coded(3041, not_connected_text(relation, parent, child, *on_path)),
        EngineError::RequiredRelationViolation {
            relation,
            model_a,
            model_b,
        } => PrismaError::coded(
            3042,
            format!(
                "The change you are trying to make would violate the required relation '{relation}' between {model_a} and {model_b}"
            ),
        ),
        EngineError::AmbiguousSelector { model } => PrismaError::coded(
            3045,
            format!(
                "You provided more than one field for the unique selector on {model}. If you want that behavior you can use the many query and combine fields with AND / OR."
            ),
        ),
        EngineError::InvalidInput(text) => PrismaError::validation(text.clone()),
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

/// Message prefix of the stand-in error a failing non-null field returns (its real error was
/// already reported with its path); followed by the JSON path of the field. The response
/// post-processing removes these and nulls the field's parent, as GraphQL null propagation
/// requires (an approximation: the parent is taken to be nullable).
pub const NULL_MARKER: &str = "\u{1}crudspec:propagate-null:";

/// Rewrites a serialized async-graphql response into Prisma's shape: each error becomes
/// `{"message", "locations", "path", "code", "requestId"}` (absent parts left out, `code` only
/// for Prisma's own errors), and `data` is nulled when a non-null root field failed (its key is
/// then missing, as GraphQL null propagation requires `data: null`).
pub fn prisma_response(mut response: Value, request_id: &str) -> Value {
    let Some(obj) = response.as_object_mut() else {
        return response;
    };
    let mut root_failed = Vec::new();
    let mut null_paths: Vec<Vec<Value>> = Vec::new();
    if let Some(Value::Array(errors)) = obj.get_mut("errors") {
        errors.retain(|e| {
            match e
                .get("message")
                .and_then(Value::as_str)
                .and_then(|m| m.strip_prefix(NULL_MARKER))
            {
                Some(path) => {
                    null_paths.push(serde_json::from_str(path).unwrap_or_default());
                    false
                }
                None => true,
            }
        });
        for e in errors.iter_mut() {
            if let Some(Value::Array(path)) = e.get("path")
                && let [Value::String(root)] = path.as_slice()
            {
                root_failed.push(root.clone());
            }
            *e = prisma_error_object(std::mem::take(e), request_id);
        }
    }
    for path in null_paths {
        null_parent(obj, &path);
    }
    if let Some(Value::Object(data)) = obj.get("data")
        && root_failed.iter().any(|k| !data.contains_key(k))
    {
        obj.insert("data".into(), Value::Null);
    }
    if !obj.contains_key("data") && obj.contains_key("errors") {
        // GraphQL request errors (parse/validation) carry `data: null` in Prisma's answers.
        let errors = obj.remove("errors").unwrap_or(Value::Null);
        obj.insert("data".into(), Value::Null);
        obj.insert("errors".into(), errors);
    }
    response
}

/// Sets the parent of the field at `path` to null (`data` itself for a root field).
fn null_parent(response: &mut Map<String, Value>, path: &[Value]) {
    if path.len() <= 1 {
        response.insert("data".into(), Value::Null);
        return;
    }
    let Some(mut cur) = response.get_mut("data") else {
        return;
    };
    let parent = &path[..path.len() - 1];
    for seg in &parent[..parent.len() - 1] {
        let next = match (seg, cur) {
            (Value::String(k), Value::Object(o)) => o.get_mut(k),
            (Value::Number(i), Value::Array(a)) => i.as_u64().and_then(|i| a.get_mut(i as usize)),
            _ => None,
        };
        match next {
            Some(n) => cur = n,
            None => return,
        }
    }
    match (&parent[parent.len() - 1], cur) {
        (Value::String(k), Value::Object(o)) => {
            o.insert(k.clone(), Value::Null);
        }
        (Value::Number(i), Value::Array(a)) => {
            if let Some(slot) = i.as_u64().and_then(|i| a.get_mut(i as usize)) {
                *slot = Value::Null;
            }
        }
        _ => {}
    }
}

fn prisma_error_object(e: Value, request_id: &str) -> Value {
    let Value::Object(mut src) = e else {
        return e;
    };
    let mut out = Map::new();
    out.insert(
        "message".into(),
        src.remove("message")
            .unwrap_or_else(|| Value::String(String::new())),
    );
    for key in ["locations", "path"] {
        if let Some(v) = src.remove(key) {
            out.insert(key.into(), v);
        }
    }
    let mut ext = match src.remove("extensions") {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    if let Some(code) = ext.remove("code") {
        out.insert("code".into(), code);
    }
    out.insert("requestId".into(), Value::String(request_id.to_string()));
    if !ext.is_empty() {
        out.insert("extensions".into(), Value::Object(ext));
    }
    Value::Object(out)
}

/// A whole response carrying one error of the request itself (no data was computed).
pub fn request_error_response(message: &str, request_id: &str) -> Value {
    let mut err = Map::new();
    err.insert("message".into(), Value::String(message.to_string()));
    err.insert("requestId".into(), Value::String(request_id.to_string()));
    let mut out = Map::new();
    out.insert("data".into(), Value::Null);
    out.insert("errors".into(), Value::Array(vec![Value::Object(err)]));
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
        assert_eq!(e.code, Some(3007));
        assert_eq!(e.message, "Value for field anotherIDField is too long.");
    }

    #[test]
    fn unique_constraint_3010() {
        let e = render(&EngineError::UniqueConstraintViolation {
            model: "Post".into(),
            field: "uniquePost".into(),
        });
        assert_eq!(e.code, Some(3010));
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
        assert_eq!(e.code, Some(3020));
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
        assert_eq!(e.code, Some(3032));
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
        assert_eq!(e.code, Some(3036));
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
            assert_eq!(e.code, Some(3039));
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
        assert_eq!(e.code, Some(3040));
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
        assert_eq!(both.code, Some(3041));
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
        });
        assert_eq!(e.code, Some(3042));
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
        assert_eq!(e.code, Some(3045));
        assert_eq!(
            e.message,
            "You provided more than one field for the unique selector on User. If you want that behavior you can use the many query and combine fields with AND / OR."
        );
    }

    #[test]
    fn invalid_input_has_no_code() {
        let e = render(&EngineError::InvalidInput("bad".into()));
        assert_eq!(e, PrismaError::validation("bad"));
    }

    #[test]
    fn response_moves_code_to_top_level_and_nulls_failed_non_null_root() {
        let raw = json!({
            "data": {"a": {"id": "x"}},
            "errors": [{
                "message": "m",
                "locations": [{"line": 1, "column": 2}],
                "path": ["b"],
                "extensions": {"code": 3010}
            }]
        });
        let out = prisma_response(raw, "local:1");
        assert_eq!(
            out,
            json!({
                "data": null,
                "errors": [{
                    "message": "m",
                    "locations": [{"line": 1, "column": 2}],
                    "path": ["b"],
                    "code": 3010,
                    "requestId": "local:1"
                }]
            })
        );
        let keys: Vec<&String> = out["errors"][0].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["message", "locations", "path", "code", "requestId"]);
    }

    #[test]
    fn null_markers_are_removed_and_null_the_parent() {
        let raw = json!({
            "data": {"a": {"id": "x"}, "b": {"posts": [{"id": "p"}]}},
            "errors": [
                {"message": "real", "path": ["b", "posts", 0, "author"], "extensions": {"code": 3}},
                {"message": format!("{NULL_MARKER}[\"b\",\"posts\",0,\"author\"]")}
            ]
        });
        let out = prisma_response(raw, "r");
        assert_eq!(
            out["data"],
            json!({"a": {"id": "x"}, "b": {"posts": [null]}})
        );
        assert_eq!(out["errors"].as_array().unwrap().len(), 1);
        let raw = json!({
            "data": {"a": {"id": "x"}},
            "errors": [
                {"message": "real", "path": ["b"], "extensions": {"code": 3010}},
                {"message": format!("{NULL_MARKER}[\"b\"]"), "locations": [{"line": 1, "column": 1}]}
            ]
        });
        let out = prisma_response(raw, "r");
        assert_eq!(out["data"], Value::Null);
        assert_eq!(out["errors"][0]["code"], 3010);
    }

    #[test]
    fn response_keeps_nullable_root_null_and_validation_errors_codeless() {
        let raw = json!({"data": {"updateUser": null}, "errors": [{"message": "m", "path": ["updateUser"], "extensions": {"code": 3039}}]});
        let out = prisma_response(raw, "r");
        assert_eq!(out["data"], json!({"updateUser": null}));
        let raw = json!({"errors": [{"message": "Unknown field", "locations": [{"line": 1, "column": 1}]}]});
        let out = prisma_response(raw, "r");
        assert_eq!(out["data"], Value::Null);
        assert!(out["errors"][0].get("code").is_none());
        assert_eq!(out["errors"][0]["requestId"], "r");
    }
}
