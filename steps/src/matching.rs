//! Comparing an expected JSON document with an actual one.
//!
//! - Placeholders in the expected document: `"<id>"` (any non-empty string id), `"<datetime>"`
//!   (any ISO-8601 date-time string), `"<any>"` (any value, the key must be present).
//! - Objects must have exactly the expected keys (key order is ignored).
//! - Lists are compared as multisets by default (each expected element is paired with a distinct
//!   actual element by maximum bipartite matching, so placeholders inside elements cannot cause
//!   false mismatches); [`ListOrder::InOrder`] compares positions.
//! - Numbers compare by value (`1` equals `1.0`).
//!
//! On a mismatch, [`compare`] names the JSON path of the first difference
//! (`data.updateUser.posts[1].title: expected "a", got "b"`) and renders a line diff of the
//! expected document against the actual one, where the actual one is first aligned with the
//! expectation (placeholders that matched are shown as placeholders, unordered lists are put in
//! the expected order), so the diff shows only real differences.

use crate::json::{JsonPath, short};
use regex::Regex;
use serde_json::{Map, Value};
use std::sync::LazyLock;

/// How lists are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOrder {
    Any,
    InOrder,
}

/// The first difference found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub path: JsonPath,
    pub detail: String,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.detail)
    }
}

/// A failed comparison: the first difference and a line diff (expected vs actual).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub first: Mismatch,
    pub diff: String,
}

static DATETIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$")
        .unwrap_or_else(|_| unreachable!())
});

const ID: &str = "<id>";
const DATETIME_PH: &str = "<datetime>";
const ANY: &str = "<any>";

fn placeholder(expected: &Value) -> Option<&str> {
    match expected {
        Value::String(s) if s == ID || s == DATETIME_PH || s == ANY => Some(s.as_str()),
        _ => None,
    }
}

/// Compares `expected` with `actual`, both rooted at `root` (e.g. `data`).
pub fn compare(
    expected: &Value,
    actual: &Value,
    order: ListOrder,
    root: &JsonPath,
) -> Result<(), Difference> {
    match first_mismatch(expected, actual, order, root) {
        None => Ok(()),
        Some(first) => {
            let aligned = align(expected, actual, order);
            Err(Difference {
                first,
                diff: line_diff(&pretty(expected), &pretty(&aligned)),
            })
        }
    }
}

/// Whether `actual` matches `expected` (no diagnostics).
pub fn matches(expected: &Value, actual: &Value, order: ListOrder) -> bool {
    if let Some(p) = placeholder(expected) {
        return placeholder_matches(p, actual);
    }
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            e.len() == a.len()
                && e.iter()
                    .all(|(k, ev)| a.get(k).is_some_and(|av| matches(ev, av, order)))
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return false;
            }
            match order {
                ListOrder::InOrder => e.iter().zip(a).all(|(x, y)| matches(x, y, order)),
                ListOrder::Any => {
                    let pairing = max_matching(e, a, order);
                    pairing.iter().all(Option::is_some)
                }
            }
        }
        (Value::Number(e), Value::Number(a)) => numbers_equal(e, a),
        _ => expected == actual,
    }
}

fn placeholder_matches(p: &str, actual: &Value) -> bool {
    match p {
        ID => matches!(actual, Value::String(s) if !s.is_empty()),
        DATETIME_PH => matches!(actual, Value::String(s) if DATETIME.is_match(s)),
        _ => true,
    }
}

fn numbers_equal(e: &serde_json::Number, a: &serde_json::Number) -> bool {
    if let (Some(x), Some(y)) = (e.as_i64(), a.as_i64()) {
        return x == y;
    }
    if let (Some(x), Some(y)) = (e.as_u64(), a.as_u64()) {
        return x == y;
    }
    match (e.as_f64(), a.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Maximum bipartite matching (Kuhn): for each expected element, the index of the actual
/// element paired with it, if any.
fn max_matching(expected: &[Value], actual: &[Value], order: ListOrder) -> Vec<Option<usize>> {
    let compatible: Vec<Vec<usize>> = expected
        .iter()
        .map(|e| {
            actual
                .iter()
                .enumerate()
                .filter(|(_, a)| matches(e, a, order))
                .map(|(j, _)| j)
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; actual.len()];
    for i in 0..expected.len() {
        let mut seen = vec![false; actual.len()];
        augment(i, &compatible, &mut owner, &mut seen);
    }
    let mut pairing = vec![None; expected.len()];
    for (j, o) in owner.iter().enumerate() {
        if let Some(i) = o {
            pairing[*i] = Some(j);
        }
    }
    pairing
}

fn augment(
    i: usize,
    compatible: &[Vec<usize>],
    owner: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for &j in &compatible[i] {
        if seen[j] {
            continue;
        }
        seen[j] = true;
        let free = match owner[j] {
            None => true,
            Some(other) => augment(other, compatible, owner, seen),
        };
        if free {
            owner[j] = Some(i);
            return true;
        }
    }
    false
}

/// How different two values are: the number of mismatching leaves (for picking the closest
/// element of an unordered list to report against).
fn distance(expected: &Value, actual: &Value, order: ListOrder) -> usize {
    if matches(expected, actual, order) {
        return 0;
    }
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            let mut d = 0;
            for (k, ev) in e {
                d += match a.get(k) {
                    Some(av) => distance(ev, av, order),
                    None => 1,
                };
            }
            d + a.keys().filter(|k| !e.contains_key(*k)).count()
        }
        (Value::Array(e), Value::Array(a)) => {
            let common: usize = e.iter().zip(a).map(|(x, y)| distance(x, y, order)).sum();
            common + e.len().abs_diff(a.len())
        }
        _ => 1,
    }
}

fn describe(v: &Value) -> String {
    short(v)
}

fn first_mismatch(
    expected: &Value,
    actual: &Value,
    order: ListOrder,
    path: &JsonPath,
) -> Option<Mismatch> {
    let here = |detail: String| {
        Some(Mismatch {
            path: path.clone(),
            detail,
        })
    };
    if let Some(p) = placeholder(expected) {
        return if placeholder_matches(p, actual) {
            None
        } else {
            here(format!("expected {p}, got {}", describe(actual)))
        };
    }
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    None => {
                        return Some(Mismatch {
                            path: path.key(k),
                            detail: format!("expected {}, got no such key", describe(ev)),
                        });
                    }
                    Some(av) => {
                        if let Some(m) = first_mismatch(ev, av, order, &path.key(k)) {
                            return Some(m);
                        }
                    }
                }
            }
            if let Some((k, av)) = a.iter().find(|(k, _)| !e.contains_key(*k)) {
                return Some(Mismatch {
                    path: path.key(k),
                    detail: format!("unexpected key, got {}", describe(av)),
                });
            }
            None
        }
        (Value::Array(e), Value::Array(a)) => match order {
            ListOrder::InOrder => {
                for (i, (x, y)) in e.iter().zip(a).enumerate() {
                    if let Some(m) = first_mismatch(x, y, order, &path.index(i)) {
                        return Some(m);
                    }
                }
                if e.len() != a.len() {
                    return here(list_length_detail(e, a));
                }
                None
            }
            ListOrder::Any => unordered_mismatch(e, a, order, path),
        },
        (Value::Number(e), Value::Number(a)) if numbers_equal(e, a) => None,
        _ if expected == actual => None,
        _ => here(format!(
            "expected {}, got {}",
            describe(expected),
            describe(actual)
        )),
    }
}

fn list_length_detail(e: &[Value], a: &[Value]) -> String {
    let extra = if a.len() > e.len() {
        format!("; first extra element: {}", describe(&a[e.len()]))
    } else {
        format!("; first missing element: {}", describe(&e[a.len()]))
    };
    format!(
        "expected {} element{}, got {}{extra}",
        e.len(),
        if e.len() == 1 { "" } else { "s" },
        a.len()
    )
}

fn unordered_mismatch(
    e: &[Value],
    a: &[Value],
    order: ListOrder,
    path: &JsonPath,
) -> Option<Mismatch> {
    let pairing = max_matching(e, a, order);
    let used: Vec<usize> = pairing.iter().flatten().copied().collect();
    let free_actual: Vec<usize> = (0..a.len()).filter(|j| !used.contains(j)).collect();
    let unmatched_expected: Vec<usize> = (0..e.len()).filter(|&i| pairing[i].is_none()).collect();
    match (unmatched_expected.first(), free_actual.is_empty()) {
        (None, true) => None,
        (Some(&i), false) => {
            // Report against the closest element nobody else matched.
            let j = free_actual
                .iter()
                .copied()
                .min_by_key(|&j| distance(&e[i], &a[j], order))
                .unwrap_or(0);
            let inner = first_mismatch(&e[i], &a[j], order, &path.index(j));
            let note = format!(
                " (list compared in any order: expected element [{i}] matches no element; the closest is [{j}])"
            );
            match inner {
                Some(mut m) => {
                    m.detail.push_str(&note);
                    Some(m)
                }
                None => Some(Mismatch {
                    path: path.index(j),
                    detail: format!("does not match expected element [{i}]{note}"),
                }),
            }
        }
        (Some(&i), true) => Some(Mismatch {
            path: path.clone(),
            detail: format!(
                "expected {} elements, got {}; no element matches expected element [{i}] {}",
                e.len(),
                a.len(),
                describe(&e[i])
            ),
        }),
        (None, false) => Some(Mismatch {
            path: path.index(free_actual[0]),
            detail: format!(
                "unexpected element {} (expected {} elements, got {})",
                describe(&a[free_actual[0]]),
                e.len(),
                a.len()
            ),
        }),
    }
}

/// The actual document rearranged to line up with the expectation (see module docs).
pub fn align(expected: &Value, actual: &Value, order: ListOrder) -> Value {
    if let Some(p) = placeholder(expected) {
        return if placeholder_matches(p, actual) {
            expected.clone()
        } else {
            actual.clone()
        };
    }
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            let mut out = Map::new();
            for (k, ev) in e {
                if let Some(av) = a.get(k) {
                    out.insert(k.clone(), align(ev, av, order));
                }
            }
            for (k, av) in a {
                if !e.contains_key(k) {
                    out.insert(k.clone(), av.clone());
                }
            }
            Value::Object(out)
        }
        (Value::Array(e), Value::Array(a)) => {
            let mut out = Vec::with_capacity(a.len());
            match order {
                ListOrder::InOrder => {
                    for (i, av) in a.iter().enumerate() {
                        out.push(match e.get(i) {
                            Some(ev) => align(ev, av, order),
                            None => av.clone(),
                        });
                    }
                }
                ListOrder::Any => {
                    let mut pairing = max_matching(e, a, order);
                    let mut free: Vec<usize> = (0..a.len())
                        .filter(|j| !pairing.contains(&Some(*j)))
                        .collect();
                    // Pair the leftovers by closeness so the diff shows them side by side.
                    for i in 0..e.len() {
                        if pairing[i].is_none() && !free.is_empty() {
                            let (pos, _) = free
                                .iter()
                                .enumerate()
                                .min_by_key(|(_, j)| distance(&e[i], &a[**j], order))
                                .unwrap_or((0, &0));
                            pairing[i] = Some(free.remove(pos));
                        }
                    }
                    for (i, p) in pairing.iter().enumerate() {
                        if let Some(j) = p {
                            out.push(align(&e[i], &a[*j], order));
                        }
                    }
                    out.extend(free.into_iter().map(|j| a[j].clone()));
                }
            }
            Value::Array(out)
        }
        _ => actual.clone(),
    }
}

/// Pretty JSON (two-space indent) for diffs and reports.
pub fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

/// A line diff in the similar-asserts style: `-` expected, `+` actual, context lines indented.
/// Long documents are cut to the changed hunks with 3 lines of context.
pub fn line_diff(expected: &str, actual: &str) -> String {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_lines(expected, actual);
    let total_lines = expected.lines().count().max(actual.lines().count());
    let mut out = String::from("--- expected\n+++ actual\n");
    let radius = if total_lines <= 60 { total_lines } else { 3 };
    for (n, group) in diff.grouped_ops(radius).iter().enumerate() {
        if n > 0 {
            out.push_str("  ...\n");
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let sign = match change.tag() {
                    ChangeTag::Delete => '-',
                    ChangeTag::Insert => '+',
                    ChangeTag::Equal => ' ',
                };
                out.push(sign);
                out.push(' ');
                out.push_str(change.value().trim_end_matches('\n'));
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn data() -> JsonPath {
        JsonPath::root("data")
    }

    fn diff_of(e: Value, a: Value, order: ListOrder) -> Difference {
        match compare(&e, &a, order, &data()) {
            Err(d) => d,
            Ok(()) => panic!("expected a difference between {e} and {a}"),
        }
    }

    #[test]
    fn names_the_path_of_the_first_difference() {
        let e = json!({"updateUser": {"posts": [{"title": "x"}, {"title": "a"}]}});
        let a = json!({"updateUser": {"posts": [{"title": "x"}, {"title": "b"}]}});
        let d = diff_of(e, a, ListOrder::InOrder);
        assert_eq!(
            d.first.to_string(),
            r#"data.updateUser.posts[1].title: expected "a", got "b""#
        );
        assert!(d.diff.contains("-         \"title\": \"a\""), "{}", d.diff);
        assert!(d.diff.contains("+         \"title\": \"b\""), "{}", d.diff);
    }

    #[test]
    fn unordered_lists_report_the_closest_element() {
        let e = json!({"posts": [{"id": "1", "title": "a"}, {"id": "2", "title": "c"}]});
        let a = json!({"posts": [{"id": "2", "title": "b"}, {"id": "1", "title": "a"}]});
        let d = diff_of(e, a, ListOrder::Any);
        assert!(
            d.first
                .to_string()
                .starts_with(r#"data.posts[0].title: expected "c", got "b""#),
            "{}",
            d.first
        );
        // aligned: the matching element first, then the differing one: one changed line only
        assert_eq!(d.diff.lines().filter(|l| l.starts_with('-')).count(), 2);
    }

    #[test]
    fn lists_in_any_order_are_multisets() {
        let e = json!([1, 1, 2]);
        assert!(matches(&e, &json!([2, 1, 1]), ListOrder::Any));
        assert!(!matches(&e, &json!([2, 2, 1]), ListOrder::Any));
        assert!(!matches(&e, &json!([1, 2, 1]), ListOrder::InOrder));
        assert!(matches(&e, &json!([1, 1, 2]), ListOrder::InOrder));
    }

    #[test]
    fn placeholders_inside_unordered_lists_need_a_real_matching() {
        // Greedy pairing would give <any> the {"a":1} element and then fail.
        let e = json!(["<any>", {"a": 1}]);
        let a = json!([{"a": 1}, {"b": 2}]);
        assert!(matches(&e, &a, ListOrder::Any));
        assert_eq!(compare(&e, &a, ListOrder::Any, &data()), Ok(()));
    }

    #[test]
    fn placeholders() {
        assert!(matches(&json!("<id>"), &json!("cjx1"), ListOrder::Any));
        assert!(!matches(&json!("<id>"), &json!(""), ListOrder::Any));
        assert!(!matches(&json!("<id>"), &json!(null), ListOrder::Any));
        for ok in [
            "2020-01-01T00:00:00.000Z",
            "2020-01-01T00:00:00Z",
            "2020-01-01T00:00+02:00",
        ] {
            assert!(
                matches(&json!("<datetime>"), &json!(ok), ListOrder::Any),
                "{ok}"
            );
        }
        assert!(!matches(
            &json!("<datetime>"),
            &json!("2020"),
            ListOrder::Any
        ));
        assert!(matches(
            &json!({"x": "<any>"}),
            &json!({"x": null}),
            ListOrder::Any
        ));
        assert!(!matches(&json!({"x": "<any>"}), &json!({}), ListOrder::Any));
        let d = diff_of(json!({"id": "<id>"}), json!({"id": null}), ListOrder::Any);
        assert_eq!(d.first.to_string(), "data.id: expected <id>, got null");
    }

    #[test]
    fn objects_need_exactly_the_expected_keys() {
        let d = diff_of(json!({"a": 1}), json!({"a": 1, "b": 2}), ListOrder::Any);
        assert_eq!(d.first.to_string(), "data.b: unexpected key, got 2");
        let d = diff_of(json!({"a": 1, "b": 2}), json!({"a": 1}), ListOrder::Any);
        assert_eq!(d.first.to_string(), "data.b: expected 2, got no such key");
    }

    #[test]
    fn numbers_compare_by_value() {
        assert!(matches(&json!(1), &json!(1.0), ListOrder::Any));
        assert!(!matches(&json!(1), &json!(1.5), ListOrder::Any));
        assert!(!matches(&json!(1), &json!("1"), ListOrder::Any));
    }

    #[test]
    fn list_length_differences() {
        let d = diff_of(
            json!({"l": [1, 2]}),
            json!({"l": [1, 2, 3]}),
            ListOrder::InOrder,
        );
        assert_eq!(
            d.first.to_string(),
            "data.l: expected 2 elements, got 3; first extra element: 3"
        );
        let d = diff_of(json!({"l": [1, 2]}), json!({"l": [2]}), ListOrder::Any);
        assert!(
            d.first
                .to_string()
                .starts_with("data.l: expected 2 elements, got 1")
        );
        let d = diff_of(json!({"l": [1]}), json!({"l": [1, 5]}), ListOrder::Any);
        assert!(
            d.first
                .to_string()
                .starts_with("data.l[1]: unexpected element 5"),
            "{}",
            d.first
        );
    }

    #[test]
    fn null_versus_object() {
        let d = diff_of(
            json!({"user": {"id": "<id>"}}),
            json!({"user": null}),
            ListOrder::Any,
        );
        assert_eq!(
            d.first.to_string(),
            r#"data.user: expected {"id":"<id>"}, got null"#
        );
    }
}
