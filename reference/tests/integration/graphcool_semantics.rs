//! The Graphcool Simple API's behaviour (dialects.md §1.2–§1.4): every cell of the §1.3 matrix
//! (create/update with `fId`/`fIds` and nested creates, relation mutations, delete) per
//! relation kind, the error codes and texts, atomicity of every top-level mutation (a failure
//! at any depth leaves the store as it was), malformed input, `updateOrCreate`, the File API
//! and the nesting limit option.

use crate::common::*;
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest, UploadError};
use serde_json::{Value, json};

fn gc_with(sdl: &str, options: ExecutorOptions) -> Executor {
    Executor::deploy(Dialect::Graphcool, sdl, options).unwrap_or_else(|e| panic!("deploy: {e}"))
}

fn gc(sdl: &str) -> Executor {
    gc_with(
        sdl,
        ExecutorOptions {
            id_seed: Some(7),
            ..ExecutorOptions::default()
        },
    )
}

/// Parent/Child one-to-one, `!` where asked.
fn one_to_one(parent_req: bool, child_req: bool) -> String {
    let bang = |b: bool| if b { "!" } else { "" };
    format!(
        r#"type Parent @model {{ id: ID! @isUnique name: String! @isUnique child: Child{} @relation(name: "ParentChild") }}
           type Child @model {{ id: ID! @isUnique name: String! @isUnique parent: Parent{} @relation(name: "ParentChild") }}"#,
        bang(parent_req),
        bang(child_req)
    )
}

/// Parent with many children, the child's parent `!` where asked.
fn one_to_many(child_req: bool) -> String {
    format!(
        r#"type Parent @model {{ id: ID! @isUnique name: String! @isUnique children: [Child!]! @relation(name: "ParentChild") }}
           type Child @model {{ id: ID! @isUnique name: String! @isUnique parent: Parent{} @relation(name: "ParentChild") }}"#,
        if child_req { "!" } else { "" }
    )
}

const MANY_TO_MANY: &str = r#"
type Parent @model { id: ID! @isUnique name: String! @isUnique children: [Child!]! @relation(name: "ParentChild") }
type Child @model { id: ID! @isUnique name: String! @isUnique parents: [Parent!]! @relation(name: "ParentChild") }"#;

/// The only error of a response whose root field is null: (code, message).
fn failure(r: &Value, field: &str) -> (Option<i64>, String) {
    let errs = errors(r);
    assert_eq!(errs.len(), 1, "one error expected: {r:#}");
    assert_eq!(r["data"][field], Value::Null, "{field} must be null: {r:#}");
    (
        errs[0].get("code").and_then(Value::as_i64),
        errs[0]["message"].as_str().unwrap_or("").to_string(),
    )
}

/// Runs a mutation that must fail without changing anything; returns (code, message).
async fn fails(ex: &Executor, dump: &str, query: &str, field: &str) -> (Option<i64>, String) {
    let before = ok(ex, dump).await;
    let r = run(ex, query).await;
    let out = failure(&r, field);
    assert_eq!(
        ok(ex, dump).await,
        before,
        "the store changed after {query}"
    );
    out
}

fn required(field: &str, ty: &str) -> (Option<i64>, String) {
    (
        Some(3032),
        format!(
            "The field '{field}' on type '{ty}' is required. Performing this mutation would violate the constraint"
        ),
    )
}

/// Names of a list of `{name}` objects, in order.
fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x["name"].as_str().unwrap_or("?").to_string())
                .collect()
        })
        .unwrap_or_default()
}

const DUMP_11: &str = "{ allParents { name child { name } } allChildren { name parent { name } } }";
const DUMP_1N: &str =
    "{ allParents { name children { name } } allChildren { name parent { name } } }";
const DUMP_NN: &str =
    "{ allParents { name children { name } } allChildren { name parents { name } } }";

/// The id of a node by name (`Parent` or `Child`).
async fn id_of(ex: &Executor, model: &str, name: &str) -> String {
    let q = format!(
        r#"{{ all{model}s: all{}(filter: {{name: "{name}"}}) {{ id }} }}"#,
        plural(model)
    );
    let data = ok(ex, &q).await;
    data[format!("all{model}s")][0]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no {model} {name}"))
        .to_string()
}

fn plural(model: &str) -> &'static str {
    match model {
        "Parent" => "Parents",
        "Child" => "Children",
        _ => "Posts",
    }
}

// ---- one-to-one --------------------------------------------------------------------------

#[tokio::test]
async fn one_to_one_optional_create_update_and_relation_mutations() {
    let ex = gc(&one_to_one(false, false));
    ok(
        &ex,
        r#"mutation { createParent(name: "p1", child: {name: "c1"}) { id } }"#,
    )
    .await;
    let c1 = id_of(&ex, "Child", "c1").await;
    // Create with fId steals the target from its old partner.
    let d = ok(
        &ex,
        &format!(
            r#"mutation {{ createParent(name: "p2", childId: "{c1}") {{ child {{ name }} }} }}"#
        ),
    )
    .await;
    assert_eq!(d["createParent"]["child"]["name"], "c1");
    let d = ok(&ex, DUMP_11).await;
    assert_eq!(
        d["allParents"],
        json!([{"name": "p1", "child": null}, {"name": "p2", "child": {"name": "c1"}}])
    );
    // `fId: null` on create does nothing.
    ok(
        &ex,
        r#"mutation { createParent(name: "p3", childId: null) { id } }"#,
    )
    .await;
    // Update with fId replaces the partner; the old one is only unlinked.
    ok(&ex, r#"mutation { createChild(name: "c2") { id } }"#).await;
    let (p2, c2) = (
        id_of(&ex, "Parent", "p2").await,
        id_of(&ex, "Child", "c2").await,
    );
    ok(
        &ex,
        &format!(r#"mutation {{ updateParent(id: "{p2}", childId: "{c2}") {{ id }} }}"#),
    )
    .await;
    let d = ok(&ex, DUMP_11).await;
    assert_eq!(
        d["allChildren"],
        json!([{"name": "c1", "parent": null}, {"name": "c2", "parent": {"name": "p2"}}])
    );
    // Update with a nested create: the old partner survives, unlinked.
    ok(
        &ex,
        &format!(r#"mutation {{ updateParent(id: "{p2}", child: {{name: "c3"}}) {{ id }} }}"#),
    )
    .await;
    let d = ok(&ex, DUMP_11).await;
    assert_eq!(
        d["allParents"][1],
        json!({"name": "p2", "child": {"name": "c3"}})
    );
    assert_eq!(d["allChildren"][1], json!({"name": "c2", "parent": null}));
    // `fId: null` disconnects; again with nothing connected is a no-op.
    for _ in 0..2 {
        let d = ok(
            &ex,
            &format!(
                r#"mutation {{ updateParent(id: "{p2}", childId: null) {{ child {{ name }} }} }}"#
            ),
        )
        .await;
        assert_eq!(d["updateParent"]["child"], Value::Null);
    }
    // setR removes both nodes' other edges; unsetR removes the edge, both return the nodes.
    let p1 = id_of(&ex, "Parent", "p1").await;
    ok(&ex, &format!(r#"mutation {{ setParentChild(childChildId: "{c1}", parentParentId: "{p2}") {{ parentParent {{ name }} }} }}"#)).await;
    let d = ok(
        &ex,
        &format!(r#"mutation {{ setParentChild(childChildId: "{c2}", parentParentId: "{p2}") {{ parentParent {{ name }} childChild {{ name }} }} }}"#),
    )
    .await;
    assert_eq!(
        d["setParentChild"],
        json!({"parentParent": {"name": "p2"}, "childChild": {"name": "c2"}})
    );
    ok(&ex, &format!(r#"mutation {{ setParentChild(childChildId: "{c1}", parentParentId: "{p1}") {{ parentParent {{ name }} }} }}"#)).await;
    let d = ok(&ex, DUMP_11).await;
    assert_eq!(
        d["allParents"][0],
        json!({"name": "p1", "child": {"name": "c1"}})
    );
    assert_eq!(
        d["allParents"][1],
        json!({"name": "p2", "child": {"name": "c2"}})
    );
    let d = ok(
        &ex,
        &format!(r#"mutation {{ unsetParentChild(childChildId: "{c1}", parentParentId: "{p1}") {{ parentParent {{ name child {{ name }} }} childChild {{ name }} }} }}"#),
    )
    .await;
    assert_eq!(
        d["unsetParentChild"],
        json!({"parentParent": {"name": "p1", "child": null}, "childChild": {"name": "c1"}})
    );
    // Unsetting an unconnected pair is a silent success.
    ok(&ex, &format!(r#"mutation {{ unsetParentChild(childChildId: "{c1}", parentParentId: "{p1}") {{ parentParent {{ name }} }} }}"#)).await;
}

#[tokio::test]
async fn one_to_one_parent_side_required() {
    let ex = gc(&one_to_one(true, false));
    let r = run(&ex, r#"mutation { createParent(name: "p0") { id } }"#).await;
    assert_eq!(failure(&r, "createParent"), required("child", "Parent"));
    let r = run(
        &ex,
        r#"mutation { createParent(name: "p0", childId: null) { id } }"#,
    )
    .await;
    assert_eq!(failure(&r, "createParent"), required("child", "Parent"));
    ok(
        &ex,
        r#"mutation { createParent(name: "p1", child: {name: "c1"}) { id } }"#,
    )
    .await;
    ok(
        &ex,
        r#"mutation { createParent(name: "p2", child: {name: "c2"}) { id } }"#,
    )
    .await;
    let (p1, p2, c1, c2) = (
        id_of(&ex, "Parent", "p1").await,
        id_of(&ex, "Parent", "p2").await,
        id_of(&ex, "Child", "c1").await,
        id_of(&ex, "Child", "c2").await,
    );
    // Stealing a child another parent requires: 3032 naming that parent's field.
    let q = format!(r#"mutation {{ createParent(name: "p3", childId: "{c1}") {{ id }} }}"#);
    assert_eq!(
        fails(&ex, DUMP_11, &q, "createParent").await,
        required("child", "Parent")
    );
    let q = format!(r#"mutation {{ updateParent(id: "{p2}", childId: "{c1}") {{ id }} }}"#);
    assert_eq!(
        fails(&ex, DUMP_11, &q, "updateParent").await,
        required("child", "Parent")
    );
    let q = format!(
        r#"mutation {{ setParentChild(childChildId: "{c2}", parentParentId: "{p1}") {{ parentParent {{ id }} }} }}"#
    );
    assert_eq!(
        fails(&ex, DUMP_11, &q, "setParentChild").await,
        required("child", "Parent")
    );
    // Naming the current partner changes nothing.
    ok(
        &ex,
        &format!(r#"mutation {{ updateParent(id: "{p1}", childId: "{c1}") {{ id }} }}"#),
    )
    .await;
    // Replacing with a free child: the old one is just unlinked.
    ok(&ex, r#"mutation { createChild(name: "c3") { id } }"#).await;
    let c3 = id_of(&ex, "Child", "c3").await;
    ok(
        &ex,
        &format!(r#"mutation {{ updateParent(id: "{p1}", childId: "{c3}") {{ id }} }}"#),
    )
    .await;
    let d = ok(&ex, DUMP_11).await;
    assert_eq!(d["allChildren"][0], json!({"name": "c1", "parent": null}));
    // No unsetR where a side is required.
    let r = run(&ex, &format!(r#"mutation {{ unsetParentChild(childChildId: "{c1}", parentParentId: "{p1}") {{ parentParent {{ id }} }} }}"#)).await;
    assert_eq!(errors(&r)[0].get("code"), None);
    // `fId: null` does not re-check the node's own required field (dialects.md §1.2).
    ok(
        &ex,
        &format!(r#"mutation {{ updateParent(id: "{p2}", childId: null) {{ id }} }}"#),
    )
    .await;
    let d = ok(
        &ex,
        "{ allChildren(filter: {name: \"c2\"}) { parent { name } } }",
    )
    .await;
    assert_eq!(d["allChildren"][0]["parent"], Value::Null);
}

#[tokio::test]
async fn one_to_one_child_side_required() {
    let ex = gc(&one_to_one(false, true));
    let r = run(&ex, r#"mutation { createChild(name: "c0") { id } }"#).await;
    assert_eq!(failure(&r, "createChild"), required("parent", "Child"));
    ok(
        &ex,
        r#"mutation { createParent(name: "p1", child: {name: "c1"}) { id } }"#,
    )
    .await;
    ok(
        &ex,
        r#"mutation { createParent(name: "p2", child: {name: "c2"}) { id } }"#,
    )
    .await;
    let (p1, c1, c2) = (
        id_of(&ex, "Parent", "p1").await,
        id_of(&ex, "Child", "c1").await,
        id_of(&ex, "Child", "c2").await,
    );
    // Replacing p1's child would orphan c1: 3032 naming the child's field.
    for q in [
        format!(r#"mutation {{ updateParent(id: "{p1}", childId: "{c2}") {{ id }} }}"#),
        format!(r#"mutation {{ updateParent(id: "{p1}", child: {{name: "c3"}}) {{ id }} }}"#),
        format!(r#"mutation {{ updateParent(id: "{p1}", childId: null) {{ id }} }}"#),
        format!(
            r#"mutation {{ setParentChild(childChildId: "{c2}", parentParentId: "{p1}") {{ parentParent {{ id }} }} }}"#
        ),
    ] {
        let field = q
            .split(['(', ' '])
            .find(|w| w.starts_with("update") || w.starts_with("set"))
            .unwrap_or("")
            .to_string();
        assert_eq!(
            fails(&ex, DUMP_11, &q, &field).await,
            required("parent", "Child"),
            "{q}"
        );
    }
    // Stealing c1 on create is fine: c1 keeps a parent, p1 is left without a child.
    ok(
        &ex,
        &format!(r#"mutation {{ createParent(name: "p3", childId: "{c1}") {{ id }} }}"#),
    )
    .await;
    let d = ok(&ex, DUMP_11).await;
    assert_eq!(d["allParents"][0], json!({"name": "p1", "child": null}));
    assert_eq!(
        d["allChildren"][0],
        json!({"name": "c1", "parent": {"name": "p3"}})
    );
}

// ---- one-to-many -------------------------------------------------------------------------

#[tokio::test]
async fn one_to_many_moves_replaces_and_relation_mutations() {
    let ex = gc(&one_to_many(false));
    let d = ok(
        &ex,
        r#"mutation { createParent(name: "p1", children: [{name: "c1"}, {name: "c2"}]) { children { name } _childrenMeta { count } } }"#,
    )
    .await;
    assert_eq!(names(&d["createParent"]["children"]), ["c1", "c2"]);
    assert_eq!(d["createParent"]["_childrenMeta"]["count"], 2);
    let (p1, c1) = (
        id_of(&ex, "Parent", "p1").await,
        id_of(&ex, "Child", "c1").await,
    );
    // fIds on create moves the children.
    ok(
        &ex,
        &format!(r#"mutation {{ createParent(name: "p2", childrenIds: ["{c1}"]) {{ id }} }}"#),
    )
    .await;
    let d = ok(&ex, DUMP_1N).await;
    assert_eq!(names(&d["allParents"][0]["children"]), ["c2"]);
    assert_eq!(names(&d["allParents"][1]["children"]), ["c1"]);
    // fIds on update replaces the whole list; [] and null empty it.
    ok(&ex, r#"mutation { createChild(name: "c3") { id } }"#).await;
    let c3 = id_of(&ex, "Child", "c3").await;
    ok(
        &ex,
        &format!(
            r#"mutation {{ updateParent(id: "{p1}", childrenIds: ["{c3}", "{c1}"]) {{ id }} }}"#
        ),
    )
    .await;
    let d = ok(&ex, DUMP_1N).await;
    assert_eq!(names(&d["allParents"][0]["children"]), ["c1", "c3"]);
    assert_eq!(names(&d["allParents"][1]["children"]), Vec::<String>::new());
    assert_eq!(d["allChildren"][1], json!({"name": "c2", "parent": null}));
    for empty in ["[]", "null"] {
        ok(
            &ex,
            &format!(r#"mutation {{ updateParent(id: "{p1}", childrenIds: ["{c3}"]) {{ id }} }}"#),
        )
        .await;
        let d = ok(&ex, &format!(r#"mutation {{ updateParent(id: "{p1}", childrenIds: {empty}) {{ children {{ name }} }} }}"#)).await;
        assert_eq!(d["updateParent"]["children"], json!([]), "{empty}");
    }
    // A nested create on update replaces the list; the old children survive, unlinked.
    ok(
        &ex,
        &format!(r#"mutation {{ updateParent(id: "{p1}", childrenIds: ["{c1}"]) {{ id }} }}"#),
    )
    .await;
    let d = ok(&ex, &format!(r#"mutation {{ updateParent(id: "{p1}", children: [{{name: "c4"}}]) {{ children {{ name }} }} }}"#)).await;
    assert_eq!(names(&d["updateParent"]["children"]), ["c4"]);
    let d = ok(&ex, r#"{ Child(id: "placeholder") { id } allChildren(filter: {name: "c1"}) { parent { name } } }"#).await;
    assert_eq!(d["allChildren"][0]["parent"], Value::Null);
    // addTo moves the child from its previous parent.
    let p2 = id_of(&ex, "Parent", "p2").await;
    ok(
        &ex,
        &format!(r#"mutation {{ updateParent(id: "{p2}", childrenIds: ["{c1}"]) {{ id }} }}"#),
    )
    .await;
    let d = ok(
        &ex,
        &format!(r#"mutation {{ addToParentChild(childrenChildId: "{c1}", parentParentId: "{p1}") {{ parentParent {{ name children {{ name }} }} childrenChild {{ name parent {{ name }} }} }} }}"#),
    )
    .await;
    assert_eq!(
        names(&d["addToParentChild"]["parentParent"]["children"]),
        ["c1", "c4"]
    );
    assert_eq!(
        d["addToParentChild"]["childrenChild"]["parent"]["name"],
        "p1"
    );
    let d = ok(
        &ex,
        &format!(r#"{{ Parent(id: "{p2}") {{ children {{ name }} }} }}"#),
    )
    .await;
    assert_eq!(d["Parent"]["children"], json!([]));
    // removeFrom unlinks; an unconnected pair is a silent success.
    for _ in 0..2 {
        let d = ok(
            &ex,
            &format!(r#"mutation {{ removeFromParentChild(childrenChildId: "{c1}", parentParentId: "{p1}") {{ childrenChild {{ name parent {{ name }} }} }} }}"#),
        )
        .await;
        assert_eq!(
            d["removeFromParentChild"]["childrenChild"],
            json!({"name": "c1", "parent": null})
        );
    }
}

#[tokio::test]
async fn one_to_many_with_a_required_child_side() {
    let ex = gc(&one_to_many(true));
    ok(
        &ex,
        r#"mutation { createParent(name: "p1", children: [{name: "c1"}, {name: "c2"}]) { id } }"#,
    )
    .await;
    ok(
        &ex,
        r#"mutation { createParent(name: "p2", children: [{name: "c3"}]) { id } }"#,
    )
    .await;
    let (p1, c1, c3) = (
        id_of(&ex, "Parent", "p1").await,
        id_of(&ex, "Child", "c1").await,
        id_of(&ex, "Child", "c3").await,
    );
    // Dropping a child whose parent is required: 3032, nothing changed.
    for q in [
        format!(r#"mutation {{ updateParent(id: "{p1}", childrenIds: ["{c1}"]) {{ id }} }}"#),
        format!(r#"mutation {{ updateParent(id: "{p1}", childrenIds: []) {{ id }} }}"#),
        format!(r#"mutation {{ updateParent(id: "{p1}", children: [{{name: "c9"}}]) {{ id }} }}"#),
    ] {
        let got = fails(&ex, DUMP_1N, &q, "updateParent").await;
        assert_eq!(got, required("parent", "Child"), "{q}");
    }
    // Keeping every current child is fine, moving one in too.
    let c2 = id_of(&ex, "Child", "c2").await;
    ok(&ex, &format!(r#"mutation {{ updateParent(id: "{p1}", childrenIds: ["{c1}", "{c2}", "{c3}"]) {{ id }} }}"#)).await;
    let d = ok(&ex, DUMP_1N).await;
    assert_eq!(names(&d["allParents"][0]["children"]), ["c1", "c2", "c3"]);
    // addTo has no requiredness check: the child keeps a parent.
    let p2 = id_of(&ex, "Parent", "p2").await;
    ok(&ex, &format!(r#"mutation {{ addToParentChild(childrenChildId: "{c3}", parentParentId: "{p2}") {{ parentParent {{ id }} }} }}"#)).await;
    // Deleting a parent whose children require it: 3032 naming the child's field.
    let q = format!(r#"mutation {{ deleteParent(id: "{p2}") {{ id }} }}"#);
    assert_eq!(
        fails(&ex, DUMP_1N, &q, "deleteParent").await,
        required("parent", "Child")
    );
}

#[tokio::test]
async fn updating_the_child_side_to_null_does_not_recheck_its_own_required_field() {
    let ex = gc(&one_to_many(true));
    ok(
        &ex,
        r#"mutation { createParent(name: "p1", children: [{name: "c1"}]) { id } }"#,
    )
    .await;
    let c1 = id_of(&ex, "Child", "c1").await;
    ok(
        &ex,
        &format!(r#"mutation {{ updateChild(id: "{c1}", parentId: null) {{ name }} }}"#),
    )
    .await;
    let d = ok(&ex, "{ allParents { children { name } } }").await;
    assert_eq!(d["allParents"][0]["children"], json!([]));
}

// ---- many-to-many ------------------------------------------------------------------------

#[tokio::test]
async fn many_to_many_links_replaces_and_is_idempotent() {
    let ex = gc(MANY_TO_MANY);
    ok(
        &ex,
        r#"mutation { createParent(name: "p1", children: [{name: "c1"}, {name: "c2"}]) { id } }"#,
    )
    .await;
    let (p1, c1, c2) = (
        id_of(&ex, "Parent", "p1").await,
        id_of(&ex, "Child", "c1").await,
        id_of(&ex, "Child", "c2").await,
    );
    // fIds on create links without moving.
    ok(
        &ex,
        &format!(r#"mutation {{ createParent(name: "p2", childrenIds: ["{c1}"]) {{ id }} }}"#),
    )
    .await;
    let d = ok(&ex, DUMP_NN).await;
    assert_eq!(names(&d["allChildren"][0]["parents"]), ["p1", "p2"]);
    // fIds on update replaces.
    ok(
        &ex,
        &format!(r#"mutation {{ updateParent(id: "{p1}", childrenIds: ["{c2}"]) {{ id }} }}"#),
    )
    .await;
    let d = ok(&ex, DUMP_NN).await;
    assert_eq!(names(&d["allParents"][0]["children"]), ["c2"]);
    assert_eq!(names(&d["allChildren"][0]["parents"]), ["p2"]);
    // addTo twice leaves one edge; removeFrom of an unconnected pair succeeds silently.
    for _ in 0..2 {
        ok(&ex, &format!(r#"mutation {{ addToParentChild(childrenChildId: "{c1}", parentsParentId: "{p1}") {{ parentsParent {{ id }} }} }}"#)).await;
    }
    let d = ok(
        &ex,
        &format!(r#"{{ Parent(id: "{p1}") {{ children {{ name }} _childrenMeta {{ count }} }} }}"#),
    )
    .await;
    assert_eq!(d["Parent"]["_childrenMeta"]["count"], 2);
    for _ in 0..2 {
        let d = ok(
            &ex,
            &format!(r#"mutation {{ removeFromParentChild(childrenChildId: "{c1}", parentsParentId: "{p1}") {{ parentsParent {{ name }} childrenChild {{ name }} }} }}"#),
        )
        .await;
        assert_eq!(
            d["removeFromParentChild"],
            json!({"parentsParent": {"name": "p1"}, "childrenChild": {"name": "c1"}})
        );
    }
    // A nested create on update replaces the list here too.
    let d = ok(&ex, &format!(r#"mutation {{ updateParent(id: "{p1}", children: [{{name: "c3"}}]) {{ children {{ name }} }} }}"#)).await;
    assert_eq!(names(&d["updateParent"]["children"]), ["c3"]);
}

// ---- delete ------------------------------------------------------------------------------

#[tokio::test]
async fn delete_returns_the_node_and_does_not_cascade() {
    let ex = gc(&one_to_many(false));
    ok(
        &ex,
        r#"mutation { createParent(name: "p1", children: [{name: "c1"}]) { id } }"#,
    )
    .await;
    let p1 = id_of(&ex, "Parent", "p1").await;
    let d = ok(
        &ex,
        &format!(r#"mutation {{ deleteParent(id: "{p1}") {{ id name }} }}"#),
    )
    .await;
    assert_eq!(d["deleteParent"], json!({"id": p1, "name": "p1"}));
    let d = ok(&ex, DUMP_1N).await;
    assert_eq!(
        d,
        json!({"allParents": [], "allChildren": [{"name": "c1", "parent": null}]})
    );
    let d = ok(&ex, &format!(r#"{{ Parent(id: "{p1}") {{ id }} }}"#)).await;
    assert_eq!(d["Parent"], Value::Null);
    let q = format!(r#"mutation {{ deleteParent(id: "{p1}") {{ id }} }}"#);
    assert_eq!(
        fails(&ex, DUMP_1N, &q, "deleteParent").await,
        (Some(3002), format!("'Parent' has no item with id '{p1}'"))
    );
    let q = r#"mutation { deleteParent(id: "cixneo7zp3cda0134h7t4klepX") { id } }"#;
    assert_eq!(
        fails(&ex, DUMP_1N, q, "deleteParent").await,
        (
            Some(3001),
            "The given id 'cixneo7zp3cda0134h7t4klepX' is invalid.".into()
        )
    );
    let q = r#"mutation { deleteParent(id: "not valid!") { id } }"#;
    assert_eq!(fails(&ex, DUMP_1N, q, "deleteParent").await.0, Some(3001));
}

// ---- errors ------------------------------------------------------------------------------

const BLOG: &str = r#"
type Post @model {
  id: ID! @isUnique
  title: String!
  slug: String @isUnique
  views: Int! @defaultValue(value: 0)
  author: Author @relation(name: "AuthorPosts")
}
type Author @model {
  id: ID! @isUnique
  name: String!
  posts: [Post!]! @relation(name: "AuthorPosts")
}"#;
const DUMP_BLOG: &str =
    "{ allPosts { title slug views author { name } } allAuthors { name posts { title } } }";

#[tokio::test]
async fn error_codes_and_texts() {
    let ex = gc(BLOG);
    let d = ok(
        &ex,
        r#"mutation { createPost(title: "a", slug: "s") { id } }"#,
    )
    .await;
    let post = d["createPost"]["id"].as_str().unwrap_or("").to_string();
    // 3010 on create and update.
    let q = r#"mutation { createPost(title: "b", slug: "s") { id } }"#;
    assert_eq!(
        fails(&ex, DUMP_BLOG, q, "createPost").await,
        (
            Some(3010),
            "A unique constraint would be violated on Post. Details: Field name = slug".into()
        )
    );
    ok(
        &ex,
        r#"mutation { createPost(title: "c", slug: "t") { id } }"#,
    )
    .await;
    let q = format!(r#"mutation {{ updatePost(id: "{post}", slug: "t") {{ id }} }}"#);
    assert_eq!(fails(&ex, DUMP_BLOG, &q, "updatePost").await.0, Some(3010));
    // 3002 for an unknown id.
    let q = r#"mutation { updatePost(id: "wrong-id", title: "x") { id } }"#;
    assert_eq!(
        fails(&ex, DUMP_BLOG, q, "updatePost").await,
        (Some(3002), "'Post' has no item with id 'wrong-id'".into())
    );
    // 3011 for an fId / fIds naming no node.
    let unknown = "You are referencing a node that does not exist. Please check your mutation to make sure you are only creating edges between existing nodes. Id if available: unknownid";
    for (q, field) in [
        (
            r#"mutation { createPost(title: "x", authorId: "unknownid") { id } }"#.to_string(),
            "createPost",
        ),
        (
            format!(r#"mutation {{ updatePost(id: "{post}", authorId: "unknownid") {{ id }} }}"#),
            "updatePost",
        ),
        (
            r#"mutation { createAuthor(name: "n", postsIds: ["unknownid"]) { id } }"#.to_string(),
            "createAuthor",
        ),
    ] {
        assert_eq!(
            fails(&ex, DUMP_BLOG, &q, field).await,
            (Some(3011), unknown.to_string()),
            "{q}"
        );
    }
    // 3020 for a required scalar set to null on update.
    let q = format!(r#"mutation {{ updatePost(id: "{post}", title: null) {{ id }} }}"#);
    let (code, message) = fails(&ex, DUMP_BLOG, &q, "updatePost").await;
    assert_eq!(code, Some(3020));
    assert!(message.starts_with("You are trying to set a required field to null."));
    // 3036 for null on a required field with a default.
    let q = r#"mutation { createPost(title: "x", views: null) { id } }"#;
    assert_eq!(
        fails(&ex, DUMP_BLOG, q, "createPost").await,
        (
            Some(3036),
            "The input value null was not valid for field views of type Post.".into()
        )
    );
    // The default applies when the argument is left out.
    let d = ok(&ex, r#"mutation { createPost(title: "d") { views } }"#).await;
    assert_eq!(d["createPost"]["views"], 0);
    // Validation errors have no code and no data.
    for q in [
        r#"mutation { createPost(slug: "x") { id } }"#,
        r#"mutation { createPost(title: "x", nope: 1) { id } }"#,
        r#"mutation { createPost(title: 5) { id } }"#,
        r#"mutation { createPost(title: "x") { nope } }"#,
        r#"mutation { createPost(data: {title: "x"}) { id } }"#,
    ] {
        let r = run(&ex, q).await;
        assert!(
            errors(&r).iter().all(|e| e.get("code").is_none()),
            "{q}: {r}"
        );
        assert_eq!(r["data"], Value::Null, "{q}");
    }
    // A single-node query needs one of its arguments (3000).
    let r = run(&ex, "{ Post { id } }").await;
    assert_eq!(
        failure(&r, "Post"),
        (
            Some(3000),
            "None of the following arguments provided: List(id, slug)".into()
        )
    );
    let d = ok(&ex, r#"{ Post(slug: "t") { title } }"#).await;
    assert_eq!(d["Post"]["title"], "c");
}

#[tokio::test]
async fn relation_mutation_errors() {
    let ex = gc(BLOG);
    let d = ok(
        &ex,
        r#"mutation { createAuthor(name: "a", posts: [{title: "p"}]) { id posts { id } } }"#,
    )
    .await;
    let author = d["createAuthor"]["id"].as_str().unwrap_or("").to_string();
    let post = d["createAuthor"]["posts"][0]["id"]
        .as_str()
        .unwrap_or("")
        .to_string();
    // Post is declared first: A = Post, addToAuthorPosts(authorAuthorId: <Author>, postsPostId: <Post>).
    let unknown = |id: &str| {
        format!(
            "You are referencing a node that does not exist. Please check your mutation to make sure you are only creating edges between existing nodes. Id if available: {id}"
        )
    };
    let q = format!(
        r#"mutation {{ addToAuthorPosts(authorAuthorId: "nope", postsPostId: "{post}") {{ postsPost {{ id }} }} }}"#
    );
    assert_eq!(
        fails(&ex, DUMP_BLOG, &q, "addToAuthorPosts").await,
        (Some(3011), unknown("nope"))
    );
    // An unknown A node fails at the write, without the id.
    let q = format!(
        r#"mutation {{ addToAuthorPosts(authorAuthorId: "{author}", postsPostId: "nope") {{ postsPost {{ id }} }} }}"#
    );
    assert_eq!(
        fails(&ex, DUMP_BLOG, &q, "addToAuthorPosts").await,
        (Some(3011), unknown(""))
    );
    let q = format!(
        r#"mutation {{ removeFromAuthorPosts(authorAuthorId: "{author}", postsPostId: "nope") {{ postsPost {{ id }} }} }}"#
    );
    assert_eq!(
        fails(&ex, DUMP_BLOG, &q, "removeFromAuthorPosts").await,
        (Some(3013), "Node with id nope not found".into())
    );
}

// ---- atomicity ---------------------------------------------------------------------------

#[tokio::test]
async fn a_failing_mutation_at_any_depth_leaves_the_store_as_before() {
    let sdl = r#"
        type Author @model { id: ID! @isUnique name: String! posts: [Post!]! @relation(name: "AuthorPosts") }
        type Post @model { id: ID! @isUnique text: String! author: Author @relation(name: "AuthorPosts") comments: [Comment!]! @relation(name: "PostComments") }
        type Comment @model { id: ID! @isUnique text: String! @isUnique post: Post! @relation(name: "PostComments") }"#;
    let ex = gc(sdl);
    let dump = "{ allAuthors { name posts { text comments { text } } } allPosts { text author { name } } allComments { text } }";
    let d = ok(&ex, r#"mutation { createAuthor(name: "a1", posts: [{text: "p1", comments: [{text: "taken"}]}]) { id posts { id } } }"#).await;
    let a1 = d["createAuthor"]["id"].as_str().unwrap_or("").to_string();
    let p1 = d["createAuthor"]["posts"][0]["id"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let cases = [
        // The third level fails on a unique value: nothing of the first two stays.
        (r#"mutation { createAuthor(name: "a2", posts: [{text: "p2", comments: [{text: "new"}, {text: "taken"}]}]) { id } }"#.to_string(), "createAuthor", Some(3010)),
        // A scalar change, a list replacement, then an unknown id.
        (format!(r#"mutation {{ updateAuthor(id: "{a1}", name: "changed", postsIds: ["{p1}", "unknown"]) {{ id }} }}"#), "updateAuthor", Some(3011)),
        // A nested create replacing the list would orphan a required comment.
        (format!(r#"mutation {{ updatePost(id: "{p1}", text: "changed", comments: [{{text: "other"}}]) {{ id }} }}"#), "updatePost", Some(3032)),
        // updateOrCreate creating, failing deep down.
        (r#"mutation { updateOrCreateAuthor(update: {id: "none"}, create: {name: "a3", posts: [{text: "p3", comments: [{text: "taken"}]}]}) { id } }"#.to_string(), "updateOrCreateAuthor", Some(3010)),
        // Deleting a post a required comment points at.
        (format!(r#"mutation {{ deletePost(id: "{p1}") {{ id }} }}"#), "deletePost", Some(3032)),
        // A validation error inside a nested list element.
        (r#"mutation { createAuthor(name: "a4", posts: [{text: "x"}, {text: 5}]) { id } }"#.to_string(), "createAuthor", None),
    ];
    for (q, field, code) in cases {
        let before = ok(&ex, dump).await;
        let r = run(&ex, &q).await;
        let errs = errors(&r);
        assert_eq!(
            errs[0].get("code").and_then(Value::as_i64),
            code.map(i64::from),
            "{q}: {r}"
        );
        assert!(
            r["data"].is_null() || r["data"][field].is_null(),
            "{q}: {r}"
        );
        assert_eq!(ok(&ex, dump).await, before, "the store changed after {q}");
    }
}

// ---- updateOrCreate ----------------------------------------------------------------------

#[tokio::test]
async fn update_or_create() {
    let ex = gc(BLOG);
    let d = ok(&ex, r#"mutation { updateOrCreatePost(update: {id: "cixnen24p33lo0143bexvr52n", title: "u"}, create: {title: "created"}) { id title } }"#).await;
    assert_eq!(d["updateOrCreatePost"]["title"], "created");
    let id = d["updateOrCreatePost"]["id"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert_ne!(
        id, "cixnen24p33lo0143bexvr52n",
        "update.id is not used to create"
    );
    let d = ok(&ex, &format!(r#"mutation {{ updateOrCreatePost(update: {{id: "{id}", title: "updated"}}, create: {{title: "other"}}) {{ id title }} }}"#)).await;
    assert_eq!(
        d["updateOrCreatePost"],
        json!({"id": id, "title": "updated"})
    );
    assert_eq!(
        ok(&ex, "{ _allPostsMeta { count } }").await["_allPostsMeta"]["count"],
        1
    );
}

// ---- lists, filters, meta ----------------------------------------------------------------

#[tokio::test]
async fn lists_filters_and_meta_counts() {
    let ex = gc(BLOG);
    ok(&ex, r#"mutation { createAuthor(name: "a", posts: [{title: "b1", views: 3}, {title: "a2", views: 1}, {title: "c3", views: 2}]) { id } }"#).await;
    let d = ok(
        &ex,
        r#"{ allPosts(orderBy: title_ASC, skip: 1) { title } _allPostsMeta(filter: {views_gte: 2}, first: 1) { count }
             allAuthors { _postsMeta(filter: {title_starts_with: "b"}) { count } posts(filter: {OR: [{views: 1}, {views: 2}]}, last: 1) { title } } }"#,
    )
    .await;
    assert_eq!(names2(&d["allPosts"]), ["b1", "c3"]);
    assert_eq!(
        d["_allPostsMeta"]["count"], 2,
        "meta counts ignore first/skip"
    );
    assert_eq!(d["allAuthors"][0]["_postsMeta"]["count"], 1);
    assert_eq!(names2(&d["allAuthors"][0]["posts"]), ["c3"]);
    let d = ok(&ex, r#"{ allPosts(filter: {author: {name: "a"}, title_in: ["a2"]}) { title author(filter: {name: "zz"}) { name } } }"#).await;
    assert_eq!(d["allPosts"], json!([{"title": "a2", "author": null}]));
    let r = run(&ex, "{ allPosts(first: -1) { id } }").await;
    assert_eq!(failure(&r, "allPosts").0, Some(3026));
}

fn names2(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x["title"].as_str().unwrap_or("?").to_string())
                .collect()
        })
        .unwrap_or_default()
}

// ---- malformed input ---------------------------------------------------------------------

#[tokio::test]
async fn malformed_input_gets_clear_errors_not_panics() {
    let ex = gc(BLOG);
    for q in [
        "",
        "{",
        "mutation { createPost(title: ) { id } }",
        "mutation { createPost(title: \"x\", authorId: [1, 2]) { id } }",
        "mutation { createAuthor(name: \"n\", posts: 5) { id } }",
        "mutation { createAuthor(name: \"n\", posts: [5]) { id } }",
        "mutation { createAuthor(name: \"n\", posts: [{}]) { id } }",
        "mutation { updatePost(title: \"x\") { id } }",
        "mutation { updatePost(id: null) { id } }",
        "mutation { deletePost(id: \"\") { id } }",
        "{ allPosts(filter: {nope: 1}) { id } }",
        "{ allPosts(filter: {NOT: {title: \"x\"}}) { id } }",
        "{ allPosts(orderBy: nope_ASC) { id } }",
        "mutation { addToAuthorPosts(authorAuthorId: null, postsPostId: \"x\") { postsPost { id } } }",
    ] {
        let r = run(&ex, q).await;
        let errs = errors(&r);
        assert!(
            errs.iter()
                .all(|e| e["message"].as_str().is_some_and(|m| !m.is_empty())),
            "{q}: {r}"
        );
    }
    // Long ids, ids as numbers, list coercion of a single id.
    let long = "x".repeat(10_000);
    let r = run(
        &ex,
        &format!(r#"mutation {{ deletePost(id: "{long}") {{ id }} }}"#),
    )
    .await;
    assert_eq!(errors(&r)[0]["code"], 3001);
    let r = run(
        &ex,
        "mutation { createPost(title: \"x\", authorId: 5) { id } }",
    )
    .await;
    assert_eq!(errors(&r)[0]["code"], 3011);
    let d = ok(
        &ex,
        r#"mutation { createAuthor(name: "n", posts: {title: "one"}) { posts { title } } }"#,
    )
    .await;
    assert_eq!(d["createAuthor"]["posts"], json!([{"title": "one"}]));
    // Variables: wrong shapes are request errors.
    for vars in [json!("not json"), json!([1]), json!({"t": 5})] {
        let r = ex
            .execute(
                GraphqlRequest::new("mutation($t: String!) { createPost(title: $t) { id } }")
                    .with_variables(vars.clone()),
            )
            .await;
        assert!(!errors(&r).is_empty(), "{vars}: {r}");
    }
    // Only the list-coerced create went through.
    assert_eq!(
        ok(&ex, "{ _allPostsMeta { count } }").await["_allPostsMeta"]["count"],
        1
    );
}

// ---- nesting -----------------------------------------------------------------------------

const NESTING: &str = r#"
type Author @model { id: ID! @isUnique name: String! posts: [Post!]! @relation(name: "AuthorPosts") }
type Post @model { id: ID! @isUnique text: String! author: Author @relation(name: "AuthorPosts") comments: [Comment!]! @relation(name: "PostComments") }
type Comment @model { id: ID! @isUnique text: String! post: Post @relation(name: "PostComments") reactions: [Reaction!]! @relation(name: "CommentReactions") }
type Reaction @model { id: ID! @isUnique emoji: String! comment: Comment @relation(name: "CommentReactions") }"#;

#[tokio::test]
async fn nesting_depth_is_unlimited_by_default_and_limited_on_request() {
    let four = r#"mutation { createAuthor(name: "a", posts: [{text: "p", comments: [{text: "c", reactions: [{emoji: "+1"}]}]}]) { posts { comments { reactions { emoji } } } } }"#;
    let ex = gc(NESTING);
    let d = ok(&ex, four).await;
    assert_eq!(
        d["createAuthor"]["posts"][0]["comments"][0]["reactions"][0]["emoji"],
        "+1"
    );
    let limited = gc_with(
        NESTING,
        ExecutorOptions {
            max_nesting: Some(3),
            ..ExecutorOptions::default()
        },
    );
    let r = run(&limited, four).await;
    let (code, message) = failure(&r, "createAuthor");
    assert_eq!(code, None, "a validation-class error");
    assert!(
        message.contains("posts[0].comments[0].reactions[0]") && message.contains("level 4"),
        "{message}"
    );
    assert_eq!(
        ok(&limited, "{ _allAuthorsMeta { count } }").await["_allAuthorsMeta"]["count"],
        0
    );
    let three = r#"mutation { createAuthor(name: "a", posts: [{text: "p", comments: [{text: "c"}]}]) { id } }"#;
    ok(&limited, three).await;
}

// ---- files -------------------------------------------------------------------------------

#[tokio::test]
async fn the_file_api_creates_files_the_simple_api_reads_renames_and_deletes() {
    let ex = gc(BLOG);
    let f = ex
        .upload_file("cixne4sn40c7m0122h8fabni1", "example.png", None, 1234)
        .unwrap_or_else(|e| panic!("{e}"));
    let (id, secret, url) = (
        f["id"].as_str().unwrap_or("").to_string(),
        f["secret"].as_str().unwrap_or("").to_string(),
        f["url"].as_str().unwrap_or("").to_string(),
    );
    assert_eq!(f["name"], "example.png");
    assert_eq!(f["size"], 1234);
    assert_eq!(f["contentType"], "image/png");
    assert_eq!(
        url,
        format!("https://files.graph.cool/cixne4sn40c7m0122h8fabni1/{secret}")
    );
    for arg in [
        format!(r#"id: "{id}""#),
        format!(r#"secret: "{secret}""#),
        format!(r#"url: "{url}""#),
    ] {
        let d = ok(&ex, &format!("{{ File({arg}) {{ id name }} }}")).await;
        assert_eq!(d["File"], json!({"id": id, "name": "example.png"}), "{arg}");
    }
    let d = ok(&ex, &format!(r#"mutation {{ updateFile(id: "{id}", name: "new-comment-name.png") {{ id name secret }} }}"#)).await;
    assert_eq!(
        d["updateFile"],
        json!({"id": id, "name": "new-comment-name.png", "secret": secret})
    );
    let r = run(
        &ex,
        &format!(r#"mutation {{ updateFile(id: "{id}", secret: "x") {{ id }} }}"#),
    )
    .await;
    assert_eq!(errors(&r)[0].get("code"), None, "secret is not an argument");
    let r = run(&ex, r#"mutation { createFile(name: "x") { id } }"#).await;
    assert_eq!(errors(&r)[0].get("code"), None, "no createFile");
    let d = ok(
        &ex,
        &format!(r#"mutation {{ deleteFile(id: "{id}") {{ id name }} }}"#),
    )
    .await;
    assert_eq!(d["deleteFile"]["name"], "new-comment-name.png");
    assert_eq!(ok(&ex, "{ allFiles { id } }").await["allFiles"], json!([]));
    let prisma = deploy(Dialect::Prisma1, "user_posts");
    assert!(matches!(
        prisma.upload_file("p", "a.png", None, 1),
        Err(UploadError::NoFileApi(Dialect::Prisma1))
    ));
}
