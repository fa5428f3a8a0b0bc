//! Per-target adaptation: how the suite reads and frames a target that differs from its dialect's
//! profile in form rather than in behaviour. It is part of a target config (`errors`, `lacks`,
//! `counts`, `reset_mutation`) and is recorded in the results stream's header.
//!
//! - where an error object carries its message and code (several JSON paths, first present wins),
//!   and which canonical classes each native code may stand for (`"P2009": ["InvalidSelector",
//!   "AmbiguousSelector"]`); codes not listed fall back to the dialect profile's class → code map;
//! - whether error-message wording checks count (`strict`, the default) or are `advisory`
//!   (reported beside the outcome, never failing the scenario); class, code and no-side-effect
//!   checks always count;
//! - what the target cannot do ([`KNOWN_LACKS`], plus any `@requires:` capability): a scenario
//!   that needs it is `n/a` with that reason, and requests the suite makes on its own behalf
//!   (counts, setup, control queries) are framed around it, e.g. one root field per request.
//!
//! [`ErrorRules`] combines a dialect profile with a target's adaptation; the World asks it every
//! question about error objects.

use crate::json::lookup;
use crate::profile::{CountProfile, DialectProfile};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// A target that answers only one root field per document.
pub const LACK_MULTIPLE_ROOT_FIELDS: &str = "multiple-root-fields";
/// A target that does not take GraphQL variables.
pub const LACK_VARIABLES: &str = "variables";
/// A target that does not take fragments (named or inline).
pub const LACK_FRAGMENTS: &str = "fragments";
/// A target that refuses `__schema` / `__type`.
pub const LACK_INTROSPECTION: &str = "introspection";
/// A target without `xConnection { aggregate { count } }`.
pub const LACK_CONNECTION_AGGREGATE: &str = "connection-aggregate";

/// The limits a target config may declare besides `@requires:` capabilities.
pub const KNOWN_LACKS: [&str; 5] = [
    LACK_MULTIPLE_ROOT_FIELDS,
    LACK_VARIABLES,
    LACK_FRAGMENTS,
    LACK_INTROSPECTION,
    LACK_CONNECTION_AGGREGATE,
];

/// One value or a list of them (`"NodeNotFound"` or `["InvalidSelector", "AmbiguousSelector"]`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn contains(&self, s: &str) -> bool {
        match self {
            OneOrMany::One(x) => x == s,
            OneOrMany::Many(xs) => xs.iter().any(|x| x == s),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        let v: Vec<&str> = match self {
            OneOrMany::One(x) => vec![x.as_str()],
            OneOrMany::Many(xs) => xs.iter().map(String::as_str).collect(),
        };
        v.into_iter()
    }
}

/// Whether `the error message should contain` counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MessageChecks {
    /// A wording mismatch fails the scenario.
    #[default]
    Strict,
    /// A wording mismatch is reported as an advisory; the scenario's outcome ignores it.
    Advisory,
}

/// Where a target's error objects keep their text and code, and what its codes mean.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorAdaptation {
    /// Paths to the message inside an error object (default `message`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub message_paths: Vec<String>,
    /// Paths to the native code (default: the dialect profile's `code_paths`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub code_paths: Vec<String>,
    /// Native code → the canonical class(es) it may stand for.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub codes: BTreeMap<String, OneOrMany>,
    #[serde(default)]
    pub message_checks: MessageChecks,
}

/// Everything a target config says about how to adapt to the target.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Adaptation {
    pub errors: ErrorAdaptation,
    /// Capabilities the target lacks ([`KNOWN_LACKS`] or `@requires:` names).
    pub lacks: BTreeSet<String>,
    /// Count queries replacing the dialect profile's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<CountProfile>,
    /// Delete-all mutation selection replacing the profile's (`{{plural}}` etc.).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reset_mutation: Option<String>,
}

impl Adaptation {
    pub fn lacks(&self, capability: &str) -> bool {
        self.lacks.contains(capability)
    }

    /// Whether this adaptation changes nothing (a target config that declares nothing).
    pub fn is_empty(&self) -> bool {
        self == &Adaptation::default()
    }

    /// The lacks that are neither in [`KNOWN_LACKS`] nor in `capabilities` (typos).
    pub fn unknown_lacks<'a>(&'a self, capabilities: &'a [String]) -> Vec<&'a str> {
        self.lacks
            .iter()
            .map(String::as_str)
            .filter(|l| !KNOWN_LACKS.contains(l) && !capabilities.iter().any(|c| c == l))
            .collect()
    }
}

/// The rules for reading error objects on one target: its dialect profile plus its adaptation.
#[derive(Debug, Clone)]
pub struct ErrorRules {
    code_paths: Vec<String>,
    message_paths: Vec<String>,
    /// Canonical class → expected native code (`null`: no code; list: any of these).
    classes: BTreeMap<String, Value>,
    /// Native code → classes (the target's own map).
    codes: BTreeMap<String, OneOrMany>,
    pub message_checks: MessageChecks,
}

impl ErrorRules {
    pub fn new(profile: &DialectProfile, adaptation: Option<&Adaptation>) -> ErrorRules {
        let a = adaptation.map(|a| &a.errors);
        let pick = |own: Option<&Vec<String>>, default: Vec<String>| match own {
            Some(v) if !v.is_empty() => v.clone(),
            _ => default,
        };
        ErrorRules {
            code_paths: pick(a.map(|a| &a.code_paths), profile.errors.code_paths.clone()),
            message_paths: pick(a.map(|a| &a.message_paths), vec!["message".to_string()]),
            classes: profile.errors.classes.clone(),
            codes: a.map(|a| a.codes.clone()).unwrap_or_default(),
            message_checks: a.map(|a| a.message_checks).unwrap_or_default(),
        }
    }

    /// The canonical class names (those of the profile and those the target's codes name).
    pub fn class_names(&self) -> Vec<&str> {
        let mut names: BTreeSet<&str> = self.classes.keys().map(String::as_str).collect();
        for c in self.codes.values() {
            names.extend(c.iter());
        }
        names.into_iter().collect()
    }

    pub fn knows_class(&self, class: &str) -> bool {
        self.classes.contains_key(class) || self.codes.values().any(|c| c.contains(class))
    }

    /// Where messages are looked for.
    pub fn message_paths(&self) -> &[String] {
        &self.message_paths
    }

    /// The native code of an error object (first present, non-null code path).
    pub fn code<'a>(&self, error: &'a Value) -> Option<&'a Value> {
        self.code_paths
            .iter()
            .find_map(|p| lookup(error, p).ok())
            .filter(|v| !v.is_null())
    }

    /// The message of an error object (first present string at a message path).
    pub fn message<'a>(&self, error: &'a Value) -> Option<&'a str> {
        self.message_paths
            .iter()
            .find_map(|p| lookup(error, p).ok().and_then(Value::as_str))
    }

    /// Whether `error` is of the canonical class `class`.
    pub fn is(&self, class: &str, error: &Value) -> bool {
        let code = self.code(error);
        if let Some(c) = code
            && let Some(classes) = self.codes.get(&code_text(c))
        {
            return classes.contains(class);
        }
        match self.classes.get(class) {
            None => false,
            Some(Value::Null) => code.is_none(),
            Some(Value::Array(codes)) => {
                code.is_some_and(|c| codes.iter().any(|x| code_text(x) == code_text(c)))
            }
            Some(single) => code.is_some_and(|c| code_text(single) == code_text(c)),
        }
    }

    /// What the class is expected to look like, for messages (`code 3039`, `no code`, `code
    /// P2025 or 3039`).
    pub fn describe(&self, class: &str) -> String {
        let mut codes: Vec<String> = self
            .codes
            .iter()
            .filter(|(_, classes)| classes.contains(class))
            .map(|(code, _)| code.clone())
            .collect();
        let mut no_code = false;
        match self.classes.get(class) {
            Some(Value::Null) => no_code = true,
            Some(Value::Array(cs)) => codes.extend(cs.iter().map(code_text)),
            Some(c) => codes.push(code_text(c)),
            None => {}
        }
        let mut parts = Vec::new();
        if !codes.is_empty() {
            parts.push(format!("code {}", codes.join(" or ")));
        }
        if no_code {
            parts.push("no code".to_string());
        }
        if parts.is_empty() {
            "unknown class".to_string()
        } else {
            parts.join(" or ")
        }
    }
}

/// Codes compare as text (`3039` equals `"3039"`).
fn code_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::Path;

    fn prisma1() -> DialectProfile {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/profiles");
        DialectProfile::load(&dir, "prisma1").unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn without_adaptation_the_profile_decides() {
        let rules = ErrorRules::new(&prisma1(), None);
        let e = json!({"message": "No Node", "code": 3039});
        assert!(rules.is("NodeNotFound", &e));
        assert!(!rules.is("ValidationError", &e));
        assert!(rules.is("ValidationError", &json!({"message": "Unknown field"})));
        assert_eq!(rules.message(&e), Some("No Node"));
        assert_eq!(rules.describe("NodeNotFound"), "code 3039");
        assert_eq!(rules.describe("ValidationError"), "no code");
    }

    #[test]
    fn a_target_moves_messages_and_codes_and_maps_codes_to_several_classes() {
        let adaptation: ErrorAdaptation = serde_json::from_value(json!({
            "message_paths": ["message", "user_facing_error.message"],
            "code_paths": ["code", "user_facing_error.error_code", "extensions.code"],
            "codes": {
                "P2025": "NodeNotFound",
                "P2009": ["InvalidSelector", "AmbiguousSelector"],
                "GRAPHQL_VALIDATION_FAILED": "ValidationError"
            },
            "message_checks": "advisory"
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        let a = Adaptation {
            errors: adaptation,
            ..Adaptation::default()
        };
        let rules = ErrorRules::new(&prisma1(), Some(&a));
        let nf = json!({"error": "x", "user_facing_error": {"message": "Record not found", "error_code": "P2025"}});
        assert_eq!(rules.message(&nf), Some("Record not found"));
        assert!(rules.is("NodeNotFound", &nf));
        assert!(!rules.is("NodesNotConnected", &nf));
        let sel = json!({"user_facing_error": {"message": "m", "error_code": "P2009"}});
        assert!(rules.is("InvalidSelector", &sel));
        assert!(rules.is("AmbiguousSelector", &sel));
        assert!(!rules.is("NodeNotFound", &sel));
        let apollo =
            json!({"message": "Cannot query", "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}});
        assert!(rules.is("ValidationError", &apollo));
        // A code the target does not list falls back to the profile's map.
        assert!(rules.is("NodeNotFound", &json!({"message": "m", "code": 3039})));
        assert_eq!(rules.describe("InvalidSelector"), "code P2009 or 3040");
        assert_eq!(rules.message_checks, MessageChecks::Advisory);
        assert!(rules.knows_class("AmbiguousSelector"));
    }

    #[test]
    fn unknown_lacks_are_named() {
        let a = Adaptation {
            lacks: ["fragments", "batch", "fragmets"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            ..Adaptation::default()
        };
        assert_eq!(a.unknown_lacks(&["batch".to_string()]), vec!["fragmets"]);
    }
}
