//! The error shape the family shares: every error object is `{"message", "locations", "path",
//! "code", "requestId"}` with `code` at the top level (a number in Prisma 1 and Graphcool's
//! `ErrorHandlerFactory`, a name in 8base; absent for GraphQL validation errors) and
//! `requestId` where the dialect has one (not 8base), and a failing non-null field nulls its
//! parent as GraphQL null propagation requires. async-graphql can only put custom fields under
//! `extensions`, so the serialized response is rewritten here.

use serde_json::{Map, Value};

/// Message prefix of the stand-in error a failing non-null field returns (its real error was
/// already reported with its path); followed by the JSON path of the field. The response
/// post-processing removes these and nulls the field's parent, as GraphQL null propagation
/// requires (an approximation: the parent is taken to be nullable).
pub const NULL_MARKER: &str = "\u{1}crudspec:propagate-null:";

/// Rewrites a serialized async-graphql response into the servers' shape: each error becomes
/// `{"message", "locations", "path", "code", "requestId"}` (absent parts left out, `code` only
/// for the server's own errors), and `data` is nulled when a non-null root field failed (its key is
/// then missing, as GraphQL null propagation requires `data: null`).
pub fn api_response(mut response: Value, request_id: Option<&str>) -> Value {
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
            *e = error_object(std::mem::take(e), request_id);
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
        // GraphQL request errors (parse/validation) carry `data: null` in the servers' answers.
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

fn error_object(e: Value, request_id: Option<&str>) -> Value {
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
    if let Some(id) = request_id {
        out.insert("requestId".into(), Value::String(id.to_string()));
    }
    if !ext.is_empty() {
        out.insert("extensions".into(), Value::Object(ext));
    }
    Value::Object(out)
}

/// A whole response carrying one error of the request itself (no data was computed).
pub fn request_error_response(message: &str, request_id: Option<&str>) -> Value {
    let mut err = Map::new();
    err.insert("message".into(), Value::String(message.to_string()));
    if let Some(id) = request_id {
        err.insert("requestId".into(), Value::String(id.to_string()));
    }
    let mut out = Map::new();
    out.insert("data".into(), Value::Null);
    out.insert("errors".into(), Value::Array(vec![Value::Object(err)]));
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
        let out = api_response(raw, Some("local:1"));
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
        let out = api_response(raw, Some("r"));
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
        let out = api_response(raw, Some("r"));
        assert_eq!(out["data"], Value::Null);
        assert_eq!(out["errors"][0]["code"], 3010);
    }

    #[test]
    fn string_codes_without_request_id() {
        let raw = json!({"data": {"authorDelete": null}, "errors": [{"message": "m", "locations": [{"line": 1, "column": 2}], "path": ["authorDelete"], "extensions": {"code": "ForcibleError"}}]});
        let out = api_response(raw, None);
        assert_eq!(
            out["errors"][0],
            json!({"message": "m", "locations": [{"line": 1, "column": 2}], "path": ["authorDelete"], "code": "ForcibleError"})
        );
        let out = request_error_response("bad", None);
        assert!(out["errors"][0].get("requestId").is_none());
    }

    #[test]
    fn response_keeps_nullable_root_null_and_validation_errors_codeless() {
        let raw = json!({"data": {"updateUser": null}, "errors": [{"message": "m", "path": ["updateUser"], "extensions": {"code": 3039}}]});
        let out = api_response(raw, Some("r"));
        assert_eq!(out["data"], json!({"updateUser": null}));
        let raw = json!({"errors": [{"message": "Unknown field", "locations": [{"line": 1, "column": 1}]}]});
        let out = api_response(raw, Some("r"));
        assert_eq!(out["data"], Value::Null);
        assert!(out["errors"][0].get("code").is_none());
        assert_eq!(out["errors"][0]["requestId"], "r");
    }
}
