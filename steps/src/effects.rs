//! Side effects: node counts per model and link counts per relation, measured before and after
//! the operation under test through the dialect's own queries (so they work on any endpoint).
//!
//! All counts of one measurement go into a single query with aliases (`n0: postsConnection
//! {...} l0: users { posts { id } }`). Links of a relation are counted from one side that has a
//! field, preferring a to-many field, then an optional to-one (a required to-one field cannot be
//! read on a node that lost its partner): the nodes of that model are listed with the relation
//! field selected, and each node contributes the length of the list, 1 for an object, 0 for null.
//!
//! Expected side effects are table rows `| +nodes Post | 1 |`, `| -links PostToUser | 2 |`;
//! rows for the same count add up (a "move" is `+links X 1` and `-links X 1`, i.e. no change);
//! every count not listed must be unchanged.

use crate::failure::StepFailure;
use crate::json::{lookup, short};
use crate::profile::{CountProfile, PluralRule, TemplateVars};
use crudspec_reference::datamodel::DataModel;
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CountKind {
    Nodes,
    Links,
}

impl fmt::Display for CountKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CountKind::Nodes => "nodes",
            CountKind::Links => "links",
        })
    }
}

/// A count: nodes of a model or links of a relation.
pub type CountKey = (CountKind, String);
/// One measurement.
pub type Counts = BTreeMap<CountKey, i64>;

#[derive(Debug, Clone)]
struct CountItem {
    key: CountKey,
    alias: String,
    path: String,
    field: Option<String>,
    /// The key of a to-many field's object that holds its number of links.
    count_key: Option<String>,
}

/// The query that measures every count of a data model, and how to read its answer.
#[derive(Debug, Clone)]
pub struct CountPlan {
    pub query: String,
    items: Vec<CountItem>,
}

impl CountPlan {
    /// The plan for `model` with the count queries `counts` (the dialect profile's, or those a
    /// target's adaptation gives).
    pub fn new(model: &DataModel, counts: &CountProfile, rule: PluralRule) -> CountPlan {
        let mut items = Vec::new();
        let mut selections = Vec::new();
        for (i, m) in model.models.iter().enumerate() {
            let vars = TemplateVars::model(&m.name, rule);
            let alias = format!("n{i}");
            selections.push(format!("{alias}: {}", vars.render(&counts.nodes.selection)));
            items.push(CountItem {
                key: (CountKind::Nodes, m.name.clone()),
                alias,
                path: vars.render(&counts.nodes.path),
                field: None,
                count_key: None,
            });
        }
        for (i, r) in model.relations.iter().enumerate() {
            // Count from a side whose field cannot fail to resolve: a list first, then an
            // optional to-one; a required to-one errors on a node left without its partner
            // (Prisma's `set` quirk orphans such nodes).
            let rank = |e: &&crudspec_reference::datamodel::RelationEnd| {
                (e.field.is_none(), !e.list, e.required)
            };
            let Some(end) = [&r.a, &r.b].into_iter().min_by_key(rank) else {
                continue;
            };
            let (Some(field), Some(owner)) = (end.field.as_deref(), model.models.get(end.model))
            else {
                continue;
            };
            let vars = TemplateVars::with_field(&owner.name, field, rule);
            let alias = format!("l{i}");
            let (selection, count_key) = match (&counts.links.list_selection, end.list) {
                (Some(list), true) => (list, counts.links.list_count.clone()),
                _ => (&counts.links.selection, None),
            };
            selections.push(format!("{alias}: {}", vars.render(selection)));
            items.push(CountItem {
                key: (CountKind::Links, r.name.clone()),
                alias,
                path: vars.render(&counts.links.path),
                field: Some(vars.render(&counts.links.field)),
                count_key,
            });
        }
        CountPlan {
            query: format!("query crudspecCounts {{\n  {}\n}}", selections.join("\n  ")),
            items,
        }
    }

    /// The model and relation names this plan counts.
    pub fn keys(&self) -> impl Iterator<Item = &CountKey> {
        self.items.iter().map(|i| &i.key)
    }

    /// Reads the counts out of the answer to [`CountPlan::query`].
    pub fn read(&self, response: &Value) -> Result<Counts, StepFailure> {
        if let Some(errors) = response.get("errors").and_then(Value::as_array)
            && !errors.is_empty()
        {
            return Err(StepFailure::error(format!(
                "the count query answered errors: {}",
                short(&Value::Array(errors.clone()))
            )));
        }
        let data = response.get("data").ok_or_else(|| {
            StepFailure::error(format!(
                "the count query answered no data: {}",
                short(response)
            ))
        })?;
        let mut counts = Counts::new();
        for item in &self.items {
            let at = data.get(&item.alias).ok_or_else(|| {
                StepFailure::error(format!(
                    "no `{}` ({}) in the count answer: the target may answer only one root \
                     field per document (declare \"lacks\": [\"multiple-root-fields\"] in its \
                     target config)",
                    item.alias,
                    show_key(&item.key)
                ))
            })?;
            let target = lookup(at, &item.path).map_err(|e| {
                StepFailure::error(format!("counting {}: {e}", show_key(&item.key)))
            })?;
            let n = match &item.field {
                None if target.is_array() => target.as_array().map_or(0, |a| a.len() as i64),
                None => target.as_i64().ok_or_else(|| {
                    StepFailure::error(format!(
                        "counting {}: expected a number, got {}",
                        show_key(&item.key),
                        short(target)
                    ))
                })?,
                Some(field) => {
                    let nodes = target.as_array().ok_or_else(|| {
                        StepFailure::error(format!(
                            "counting {}: expected a list of nodes, got {}",
                            show_key(&item.key),
                            short(target)
                        ))
                    })?;
                    let mut n = 0i64;
                    for node in nodes {
                        let counted = item
                            .count_key
                            .as_deref()
                            .and_then(|k| node.get(field)?.get(k)?.as_i64());
                        n += match (counted, node.get(field)) {
                            (Some(c), _) => c,
                            (None, Some(Value::Array(l))) => l.len() as i64,
                            (None, Some(Value::Object(_))) => 1,
                            (None, Some(Value::Null) | None) => 0,
                            (None, Some(other)) => {
                                return Err(StepFailure::error(format!(
                                    "counting {}: unexpected `{field}` value {}",
                                    show_key(&item.key),
                                    short(other)
                                )));
                            }
                        };
                    }
                    n
                }
            };
            counts.insert(item.key.clone(), n);
        }
        Ok(counts)
    }
}

fn show_key(key: &CountKey) -> String {
    format!("{} {}", key.0, key.1)
}

static ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([+-])(nodes|links)\s+(\S+)$").unwrap_or_else(|_| unreachable!())
});

/// Parses the side-effects table into expected changes (signed, summed per count).
pub fn parse_table(rows: &[Vec<String>], plan: &CountPlan) -> Result<Counts, StepFailure> {
    let mut expected = Counts::new();
    for row in rows {
        let cells: Vec<&str> = row.iter().map(|c| c.trim()).collect();
        let [what, amount] = cells[..] else {
            return Err(StepFailure::fail(format!(
                "side-effects row `| {} |` must have two cells: | +nodes Post | 1 |",
                cells.join(" | ")
            )));
        };
        let caps = ROW.captures(what).ok_or_else(|| {
            StepFailure::fail(format!(
                "side-effects row `{what}` must look like `+nodes <Model>` or `-links <Relation>`"
            ))
        })?;
        let n: i64 = amount.parse().ok().filter(|n| *n >= 0).ok_or_else(|| {
            StepFailure::fail(format!(
                "side-effects row `{what}`: `{amount}` is not a count (a whole number >= 0)"
            ))
        })?;
        let kind = if &caps[2] == "nodes" {
            CountKind::Nodes
        } else {
            CountKind::Links
        };
        let key = (kind, caps[3].to_string());
        if !plan.keys().any(|k| *k == key) {
            let known: Vec<String> = plan
                .keys()
                .filter(|k| k.0 == kind)
                .map(|k| k.1.clone())
                .collect();
            return Err(StepFailure::fail(format!(
                "side-effects row `{what}`: the data model has no {} `{}` (known: {})",
                if kind == CountKind::Nodes {
                    "model"
                } else {
                    "relation"
                },
                key.1,
                known.join(", ")
            )));
        }
        let signed = if &caps[1] == "+" { n } else { -n };
        *expected.entry(key).or_insert(0) += signed;
    }
    Ok(expected)
}

/// The change between two measurements.
pub fn delta(before: &Counts, after: &Counts) -> Counts {
    after
        .iter()
        .map(|(k, a)| (k.clone(), a - before.get(k).copied().unwrap_or(0)))
        .collect()
}

/// Compares the measured change with the expected one (unlisted counts must not change).
pub fn check(expected: &Counts, measured: &Counts) -> Result<(), StepFailure> {
    let mut problems = Vec::new();
    for (key, got) in measured {
        let want = expected.get(key).copied().unwrap_or(0);
        if want != *got {
            problems.push(format!(
                "{}: expected {}{}, got {}",
                show_key(key),
                signed(want),
                if expected.contains_key(key) {
                    ""
                } else {
                    " (not listed)"
                },
                signed(*got)
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(
        StepFailure::fail(format!("side effects differ: {}", problems.join("; "))).with_diff(
            format!("measured side effects:\n{}", render_table(measured)),
        ),
    )
}

fn signed(n: i64) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// Renders changes as feature-file table rows (only non-zero changes; "(none)" otherwise).
pub fn render_table(changes: &Counts) -> String {
    let rows: Vec<String> = changes
        .iter()
        .filter(|(_, n)| **n != 0)
        .map(|((kind, name), n)| {
            format!(
                "  | {}{kind} {name} | {} |",
                if *n > 0 { '+' } else { '-' },
                n.abs()
            )
        })
        .collect();
    if rows.is_empty() {
        "  (none)".to_string()
    } else {
        rows.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::DialectProfile;
    use serde_json::json;
    use std::path::Path;

    fn setup() -> (DataModel, DialectProfile) {
        let sdl = "type User { id: ID! @unique posts: [Post!]! }\ntype Post { id: ID! @unique author: User }";
        let dm = DataModel::parse(sdl).unwrap_or_else(|e| panic!("{e}"));
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/profiles");
        let p = DialectProfile::load(&dir, "prisma1").unwrap_or_else(|e| panic!("{e}"));
        (dm, p)
    }

    #[test]
    fn one_query_for_all_counts() {
        let (dm, p) = setup();
        let plan = CountPlan::new(&dm, &p.counts, p.plural);
        assert!(
            plan.query
                .contains("n0: usersConnection { aggregate { count } }"),
            "{}",
            plan.query
        );
        assert!(plan.query.contains("n1: postsConnection"), "{}", plan.query);
        assert!(
            plan.query.contains("l0: users { posts { id } }"),
            "{}",
            plan.query
        );
        let keys: Vec<String> = plan.keys().map(show_key).collect();
        assert_eq!(keys, vec!["nodes User", "nodes Post", "links PostToUser"]);
    }

    #[test]
    fn list_responses_count_through_their_count_key() {
        let sdl = "type User { id: ID! @unique posts: [Post!]! }\ntype Post { id: ID! @unique author: User }\ntype Car { id: ID! @unique engine: Engine }\ntype Engine { id: ID! @unique car: Car }";
        let dm = DataModel::parse(sdl).unwrap_or_else(|e| panic!("{e}"));
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/profiles");
        let p = DialectProfile::load(&dir, "8base").unwrap_or_else(|e| panic!("{e}"));
        let plan = CountPlan::new(&dm, &p.counts, p.plural);
        assert!(
            plan.query
                .contains("l0: usersList { items { posts { count } } }"),
            "{}",
            plan.query
        );
        assert!(
            plan.query.contains("{ engine { id } }") || plan.query.contains("{ car { id } }"),
            "{}",
            plan.query
        );
        assert!(
            plan.query.contains("n0: usersList { count }"),
            "{}",
            plan.query
        );
        let answer = json!({"data": {
            "n0": {"count": 2}, "n1": {"count": 3}, "n2": {"count": 1}, "n3": {"count": 1},
            "l0": {"items": [{"posts": {"count": 2}}, {"posts": {"count": 1}}]},
            "l1": {"items": [{"engine": {"id": "e"}, "car": {"id": "c"}}]}
        }});
        let counts = plan.read(&answer).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(counts[&(CountKind::Links, "PostToUser".to_string())], 3);
        assert_eq!(counts[&(CountKind::Links, "CarToEngine".to_string())], 1);
    }

    #[test]
    fn reads_counts_and_checks_tables() {
        let (dm, p) = setup();
        let plan = CountPlan::new(&dm, &p.counts, p.plural);
        let field_list = plan.query.contains("l0: users");
        let links = if field_list {
            json!([{"posts": [{"id": "a"}, {"id": "b"}]}, {"posts": []}])
        } else {
            json!([{"author": {"id": "u"}}, {"author": {"id": "u"}}, {"author": null}])
        };
        let before = plan
            .read(&json!({"data": {"n0": {"aggregate": {"count": 2}}, "n1": {"aggregate": {"count": 3}}, "l0": links}}))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(before[&(CountKind::Links, "PostToUser".to_string())], 2);
        let mut after = before.clone();
        after.insert((CountKind::Nodes, "Post".to_string()), 4);
        after.insert((CountKind::Links, "PostToUser".to_string()), 3);
        let measured = delta(&before, &after);
        let rows = |r: &[(&str, &str)]| -> Vec<Vec<String>> {
            r.iter()
                .map(|(a, b)| vec![a.to_string(), b.to_string()])
                .collect()
        };
        let ok = parse_table(
            &rows(&[("+nodes Post", "1"), ("+links PostToUser", "1")]),
            &plan,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(check(&ok, &measured), Ok(()));
        let missing =
            parse_table(&rows(&[("+nodes Post", "1")]), &plan).unwrap_or_else(|e| panic!("{e}"));
        let e = check(&missing, &measured).unwrap_err();
        assert!(
            e.message
                .contains("links PostToUser: expected 0 (not listed), got +1"),
            "{e}"
        );
        let e = parse_table(&rows(&[("+nodes Comment", "1")]), &plan).unwrap_err();
        assert!(e.message.contains("no model `Comment`"), "{e}");
        let e = parse_table(&rows(&[("nodes Post", "1")]), &plan).unwrap_err();
        assert!(e.message.contains("must look like"), "{e}");
        // Without connection aggregates, nodes are counted as the length of a list of ids.
        let listed = CountProfile {
            nodes: p
                .counts
                .nodes_without_aggregate
                .clone()
                .unwrap_or_else(|| p.counts.nodes.clone()),
            ..p.counts.clone()
        };
        let plan2 = CountPlan::new(&dm, &listed, p.plural);
        assert!(plan2.query.contains("n0: users { id }"), "{}", plan2.query);
        let counted = plan2
            .read(&json!({"data": {"n0": [{"id": "1"}], "n1": [], "l0": [{"posts": []}]}}))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(counted[&(CountKind::Nodes, "User".to_string())], 1);
        // a move: +1 and -1 on the same relation cancel out
        let moved = parse_table(
            &rows(&[("+links PostToUser", "1"), ("-links PostToUser", "1")]),
            &plan,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(moved[&(CountKind::Links, "PostToUser".to_string())], 0);
        assert!(render_table(&measured).contains("| +nodes Post | 1 |"));
    }
}
