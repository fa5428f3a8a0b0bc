//! JSON helpers of the step vocabulary: capture paths (`data.createUser.posts.0.id`),
//! the display form of a position in a document (`data.updateUser.posts[1].title`) and the
//! `{{name}}` substitution of saved values into GraphQL, variables and expected JSON.

use regex::Regex;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

/// One step into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// A position in a JSON document, displayed as `data.updateUser.posts[1].title`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<Segment>);

impl JsonPath {
    pub fn root(key: &str) -> Self {
        JsonPath(vec![Segment::Key(key.to_string())])
    }

    pub fn key(&self, key: &str) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Key(key.to_string()));
        p
    }

    pub fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Index(i));
        p
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(root)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Why a capture path does not lead to a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no value at `{path}`: {reason}")]
pub struct LookupError {
    pub path: String,
    pub reason: String,
}

/// Follows a capture path: dot-separated keys; a numeric segment indexes an array (or is a key
/// of an object). The empty path is the whole document. The lookup is serde_json's JSON Pointer
/// (`Value::pointer`); when it finds nothing, the error names the first step that leads nowhere.
pub fn lookup<'a>(doc: &'a Value, path: &str) -> Result<&'a Value, LookupError> {
    if path.is_empty() {
        return Ok(doc);
    }
    let segs: Vec<&str> = path.split('.').collect();
    if let Some(v) = doc.pointer(&json_pointer(&segs)) {
        return Ok(v);
    }
    // The longest prefix that still leads to a value (the empty prefix always does).
    let (depth, at) = (0..segs.len())
        .rev()
        .find_map(|n| doc.pointer(&json_pointer(&segs[..n])).map(|v| (n, v)))
        .unwrap_or((0, doc));
    let walked = JsonPath(
        segs[..depth]
            .iter()
            .enumerate()
            .map(
                |(i, seg)| match (doc.pointer(&json_pointer(&segs[..i])), seg.parse()) {
                    (Some(Value::Array(_)), Ok(n)) => Segment::Index(n),
                    _ => Segment::Key((*seg).to_string()),
                },
            )
            .collect(),
    );
    let seg = segs.get(depth).copied().unwrap_or_default();
    let reason = match at {
        Value::Object(map) => {
            let keys: Vec<&str> = map.keys().map(String::as_str).collect();
            format!("`{walked}` has no key `{seg}` (keys: {})", keys.join(", "))
        }
        Value::Array(items) => match seg.parse::<usize>() {
            Ok(i) => format!("`{walked}` has {} elements, no index {i}", items.len()),
            Err(_) => format!("`{walked}` is a list; `{seg}` is not an index"),
        },
        other => format!("`{walked}` is {}, not an object or list", short(other)),
    };
    Err(LookupError {
        path: path.to_string(),
        reason,
    })
}

/// The JSON Pointer (RFC 6901) of a list of keys: `/`-joined, `~` and `/` escaped.
fn json_pointer(segs: &[&str]) -> String {
    segs.iter()
        .map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1")))
        .collect()
}

/// A compact one-line rendering of a value for messages (long values are cut).
pub fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 120 {
        let cut: String = s.chars().take(117).collect();
        format!("{cut}...")
    } else {
        s
    }
}

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    // A literal pattern; cannot fail.
    Regex::new(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.\-]*)\s*\}\}").unwrap_or_else(|_| unreachable!())
});

/// A `{{name}}` without a saved value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{{{{{name}}}}}` has no saved value (saved: {known})")]
pub struct UnknownName {
    pub name: String,
    pub known: String,
}

/// Replaces every `{{name}}` by its saved value: a string is inserted raw but escaped for a
/// JSON/GraphQL string literal (the template supplies the quotes, as in `"{{id}}"`); any other
/// value is inserted as JSON text.
pub fn substitute(text: &str, saved: &BTreeMap<String, Value>) -> Result<String, UnknownName> {
    let mut missing = None;
    let out = PLACEHOLDER.replace_all(text, |caps: &regex::Captures<'_>| {
        let name = &caps[1];
        match saved.get(name) {
            Some(Value::String(s)) => escape_string_content(s),
            Some(other) => other.to_string(),
            None => {
                missing.get_or_insert_with(|| name.to_string());
                String::new()
            }
        }
    });
    match missing {
        Some(name) => Err(UnknownName {
            name,
            known: if saved.is_empty() {
                "nothing".to_string()
            } else {
                saved.keys().cloned().collect::<Vec<_>>().join(", ")
            },
        }),
        None => Ok(out.into_owned()),
    }
}

/// The names used as `{{name}}` in `text`, in order of appearance.
pub fn placeholder_names(text: &str) -> Vec<String> {
    PLACEHOLDER
        .captures_iter(text)
        .map(|c| c[1].to_string())
        .collect()
}

/// Replaces every `{{name}}` by `replacement` (used by lint with a dummy id).
pub fn substitute_all(text: &str, replacement: &str) -> String {
    PLACEHOLDER.replace_all(text, replacement).into_owned()
}

fn escape_string_content(s: &str) -> String {
    let quoted = Value::String(s.to_string()).to_string();
    quoted[1..quoted.len() - 1].to_string()
}

/// Strips the leading newline gherkin keeps in docstrings (rust-stack.md §2).
pub fn docstring_text(raw: &str) -> &str {
    raw.trim_start_matches(['\n', '\r'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lookup_follows_keys_and_indexes() {
        let doc =
            json!({"data": {"createUser": {"id": "u1", "posts": [{"id": "p1"}, {"id": "p2"}]}}});
        assert_eq!(lookup(&doc, "data.createUser.id").unwrap(), &json!("u1"));
        assert_eq!(
            lookup(&doc, "data.createUser.posts.1.id").unwrap(),
            &json!("p2")
        );
        let e = lookup(&doc, "data.createUser.posts.2.id").unwrap_err();
        assert!(e.reason.contains("has 2 elements"), "{e}");
        let e = lookup(&doc, "data.createUser.nope").unwrap_err();
        assert!(e.reason.contains("no key `nope`"), "{e}");
        assert!(e.reason.contains("id, posts"), "{e}");
    }

    #[test]
    fn path_display() {
        let p = JsonPath::root("data")
            .key("updateUser")
            .key("posts")
            .index(1)
            .key("title");
        assert_eq!(p.to_string(), "data.updateUser.posts[1].title");
    }

    #[test]
    fn substitution_escapes_strings_and_reports_unknown_names() {
        let mut saved = BTreeMap::new();
        saved.insert("id".to_string(), json!("c\"x"));
        saved.insert("n".to_string(), json!(3));
        assert_eq!(
            substitute(r#"{"id": "{{id}}", "n": {{ n }}}"#, &saved).unwrap(),
            r#"{"id": "c\"x", "n": 3}"#
        );
        let e = substitute("{{zeus}}", &saved).unwrap_err();
        assert_eq!(e.name, "zeus");
        assert!(e.to_string().contains("{{zeus}}"), "{e}");
        assert_eq!(placeholder_names("a {{x}} b {{y}}"), vec!["x", "y"]);
        assert_eq!(substitute_all("\"{{x}}\"", "dummy"), "\"dummy\"");
    }
}
