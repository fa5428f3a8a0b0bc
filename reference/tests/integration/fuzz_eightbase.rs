//! Property test of the 8base dialect (issue 9: every failing 8base mutation leaves the store
//! unchanged, soft-deleted records included): random sequences of 8base mutations over a
//! mandatory one-to-many relation and a many-to-many one, mostly on the same few names so that
//! they clash, reach soft-deleted records and trip the mandatory checks. Every answer with an
//! error must leave `Executor::dump_store` (values, links and soft-delete marks) exactly as it was
//! before; every answer must be a GraphQL response. Longer run:
//! `PROPTEST_CASES=5000 cargo test --release -p crudspec-reference --test integration --
//! fuzz_eightbase::`.

use crate::fuzz_executor::{cases, on_small_stack};
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use std::cell::Cell;

/// Where every sequence starts: parents a and b, each with a child of its name, tag a on both
/// parents and tag b on b (so most operations reach an existing record); parent c and its child
/// c soft-deleted (their names stay taken; the child cannot come back before its parent).
const SEED: &[&str] = &[
    r#"mutation { parentCreate(data: {name: "a", children: {create: [{name: "a"}]}, tags: {create: [{name: "a"}]}}) { id } }"#,
    r#"mutation { parentCreate(data: {name: "b", children: {create: [{name: "b"}]}, tags: {create: [{name: "b"}], connect: [{name: "a"}]}}) { id } }"#,
    r#"mutation { parentCreate(data: {name: "c", children: {create: [{name: "c"}]}}) { id } }"#,
    r#"mutation { parentDelete(filter: {name: "c"}, force: true) { success } }"#,
];

/// A parent's children are mandatory-to-one on the child's side; tags are many-to-many.
const MODEL: &str = r#"
type Parent { id: ID! @unique name: String! @unique score: Int children: [Child!]! tags: [Tag!]! }
type Child { id: ID! @unique name: String! @unique parent: Parent! }
type Tag { id: ID! @unique name: String! @unique parents: [Parent!]! }
"#;

fn name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["a", "b", "c"])
}

fn keys(names: Vec<&str>) -> String {
    names
        .iter()
        .map(|n| format!("{{name: \"{n}\"}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn names() -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(name(), 0..3)
}

fn force() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", ", force: true", ", force: false"])
}

/// One to-many relation operation of `parentUpdate` on `children` or `tags`.
fn relation_op() -> impl Strategy<Value = String> {
    prop_oneof![
        names().prop_map(|n| format!("connect: [{}]", keys(n))),
        names().prop_map(|n| format!("reconnect: [{}]", keys(n))),
        names().prop_map(|n| format!("disconnect: [{}]", keys(n))),
        names().prop_map(|n| format!("create: [{}]", keys(n))),
        (name(), name()).prop_map(|(n, m)| format!(
            "update: [{{filter: {{name: \"{n}\"}}, data: {{name: \"{m}\"}}}}]"
        )),
    ]
}

/// One root mutation of the 8base API. `{{id:Model:name}}` stands for the id of the record of
/// that name, soft-deleted or not (an unknown id when there is none), filled in before it runs.
fn mutation() -> impl Strategy<Value = String> {
    prop_oneof![
        (name(), names(), names(), names()).prop_map(|(p, create, connect, tags)| format!(
            "mutation {{ parentCreate(data: {{name: \"{p}\", children: {{create: [{}], connect: [{}]}}, tags: {{connect: [{}]}}}}) {{ id }} }}",
            keys(create),
            keys(connect),
            keys(tags)
        )),
        (name(), prop::option::of(name())).prop_map(|(c, p)| match p {
            Some(p) => format!(
                "mutation {{ childCreate(data: {{name: \"{c}\", parent: {{connect: {{name: \"{p}\"}}}}}}) {{ id }} }}"
            ),
            None => format!("mutation {{ childCreate(data: {{name: \"{c}\"}}) {{ id }} }}"),
        }),
        (name(), names()).prop_map(|(t, p)| format!(
            "mutation {{ tagCreate(data: {{name: \"{t}\", parents: {{connect: [{}]}}}}) {{ id }} }}",
            keys(p)
        )),
        (name(), prop::option::of(name()), relation_op(), prop::bool::ANY).prop_map(
            |(p, rename, op, on_tags)| {
                let rename = rename.map(|r| format!("name: \"{r}\", ")).unwrap_or_default();
                let field = if on_tags { "tags" } else { "children" };
                format!(
                    "mutation {{ parentUpdate(filter: {{name: \"{p}\"}}, data: {{{rename}{field}: {{{op}}}}}) {{ id }} }}"
                )
            }
        ),
        (name(), name(), prop::bool::ANY).prop_map(|(c, p, by_id)| {
            let locator = if by_id {
                format!("data: {{id: \"{{{{id:Child:{c}}}}}\", parent: {{reconnect: {{name: \"{p}\"}}}}}}")
            } else {
                format!("filter: {{name: \"{c}\"}}, data: {{parent: {{connect: {{name: \"{p}\"}}}}}}")
            };
            format!("mutation {{ childUpdate({locator}) {{ id }} }}")
        }),
        (name(), name()).prop_map(|(c, p)| format!(
            "mutation {{ childUpdate(filter: {{name: \"{c}\"}}, data: {{parent: {{disconnect: {{name: \"{p}\"}}}}}}) {{ id }} }}"
        )),
        (name(), force()).prop_map(|(p, f)| format!(
            "mutation {{ parentDelete(filter: {{name: \"{p}\"}}{f}) {{ success }} }}"
        )),
        (name(), force()).prop_map(|(p, f)| format!(
            "mutation {{ parentDestroy(filter: {{name: \"{p}\"}}{f}) {{ success }} }}"
        )),
        name().prop_map(|c| format!(
            "mutation {{ childDelete(filter: {{name: \"{c}\"}}) {{ success }} }}"
        )),
        (name(), prop::sample::select(vec!["Parent", "Child", "Tag"])).prop_map(|(n, model)| {
            let lower = model.to_lowercase();
            format!("mutation {{ {lower}Restore(id: \"{{{{id:{model}:{n}}}}}\") {{ id }} }}")
        }),
        (names(), force(), prop::bool::ANY).prop_map(|(ps, f, destroy)| {
            let op = if destroy { "Destroy" } else { "Delete" };
            let ps: Vec<String> = ps.iter().map(|p| format!("\"{p}\"")).collect();
            format!(
                "mutation {{ parent{op}ByFilter(filter: {{name: {{in: [{}]}}}}{f}) {{ success }} }}",
                ps.join(", ")
            )
        }),
        (force(), prop::sample::select(vec!["parent", "child", "tag"])).prop_map(|(f, model)| {
            let f = if model == "parent" { f } else { "" };
            format!("mutation {{ {model}DeleteByFilter(filter: {{}}{f}) {{ success }} }}")
        }),
        (prop::sample::select(vec!["add: 1", "sub: 2", "mult: 3", "dev: 0", "set: 7"]), name())
            .prop_map(|(op, p)| format!(
                "mutation {{ parentUpdateByFilter(data: {{score: {{{op}}}}}, filter: {{name: {{equals: \"{p}\"}}}}) {{ count }} }}"
            )),
    ]
}

/// The id a `{{id:Model:name}}` mark stands for.
async fn id_of(ex: &Executor, model: &str, name: &str) -> String {
    let list = match model {
        "Child" => "childrenList".to_string(),
        other => format!("{}sList", other.to_lowercase()),
    };
    let query = format!(
        "{{ {list}(withDeleted: true, filter: {{name: {{equals: \"{name}\"}}}}) {{ items {{ id }} }} }}"
    );
    let r = ex.execute(GraphqlRequest::new(query)).await;
    r["data"][&list]["items"][0]["id"]
        .as_str()
        .unwrap_or("cnone0000000000000000000")
        .to_string()
}

/// The mutation with its `{{id:…}}` marks filled in.
async fn resolve(ex: &Executor, mutation: &str) -> String {
    let mut out = mutation.to_string();
    while let Some(start) = out.find("{{id:") {
        let Some(len) = out[start..].find("}}") else {
            break;
        };
        let mark = out[start + 5..start + len].to_string();
        let (model, name) = mark.split_once(':').unwrap_or((&mark, ""));
        let id = id_of(ex, model, name).await;
        out.replace_range(start..start + len + 2, &id);
    }
    out
}

#[test]
fn eightbase_mutations_are_all_or_nothing() {
    on_small_stack(|rt| {
        let ex = Executor::deploy(Dialect::EightBase, MODEL, ExecutorOptions::default())
            .expect("deploys");
        let mut runner = TestRunner::new(Config {
            cases: cases(64),
            ..Config::default()
        });
        let strategy = prop::collection::vec(mutation(), 1..12);
        let failures_seen = Cell::new(0usize);
        let successes_seen = Cell::new(0usize);
        let result = runner.run(&strategy, |mutations| {
            ex.reset();
            for m in SEED {
                let r = rt.block_on(ex.execute(GraphqlRequest::new(*m)));
                prop_assert!(r.get("errors").is_none(), "seed: {r}");
            }
            for m in mutations {
                let m = rt.block_on(resolve(&ex, &m));
                let before = ex.dump_store();
                let r: Value = rt.block_on(ex.execute(GraphqlRequest::new(m.clone())));
                prop_assert!(
                    r.get("data").is_some() || r.get("errors").is_some(),
                    "{m}: {r}"
                );
                if r.get("errors").is_some() {
                    failures_seen.set(failures_seen.get() + 1);
                    prop_assert_eq!(&before, &ex.dump_store(), "{} half applied: {}", m, r);
                } else {
                    successes_seen.set(successes_seen.get() + 1);
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
        // The generator must reach both outcomes, or the property says nothing.
        let (failures, successes) = (failures_seen.get(), successes_seen.get());
        eprintln!("STATS {failures} failures, {successes} successes");
        assert!(
            failures > 0 && successes > 0,
            "{failures} failures, {successes} successes"
        );
    });
}
