//! The 8base dialect against 8base's own client SDK, `@8base/utils` 2.6.6 (npm), for seed 000's
//! tables (`scripts/8base-sdk/generate.sh` writes the files; nothing here runs Node.js):
//!
//! - `data/8base_sdk/formatted.json` holds record forms (the data a form shows, and for an update
//!   the data it started from) together with what `formatDataForMutation` makes of them: the
//!   relation inputs an 8base app really sends (`connect` by id, `create`, `disconnect {id}`,
//!   `update [{filter, data}]`, a to-one `update` without its id). Each case runs on a fresh store
//!   holding the same records; the SDK's input must be accepted as it is, and afterwards the
//!   records must be what the form says.
//! - `data/8base_sdk/documents.json` holds the documents the SDK's query generators write for
//!   each table (its list query with `filter`, `orderBy`, `sort`, `after`, `before`, `first`,
//!   `last`, `skip`; the single-record query; create, createMany, update and delete, each
//!   selecting `_description`). Each must run as written and answer what it asked.

use crate::common::*;
use crudspec_reference::{Dialect, Executor, ExecutorOptions};
use serde_json::{Value, json};

const FORMATTED: &str = include_str!("../data/8base_sdk/formatted.json");
const DOCUMENTS: &str = include_str!("../data/8base_sdk/documents.json");

/// Huxley (posts P1, P2; publications Mag, Book), Stevens (post P3), post P4 without an author,
/// publication Zine without authors.
const SETUP: &[&str] = &[
    r#"mutation { authorCreate(data: {name: "Huxley", posts: {create: [{title: "P1"}, {title: "P2"}]}, publications: {create: [{title: "Mag"}, {title: "Book"}]}}) { id } }"#,
    r#"mutation { authorCreate(data: {name: "Stevens", posts: {create: [{title: "P3"}]}}) { id } }"#,
    r#"mutation { postCreate(data: {title: "P4"}) { id } }"#,
    r#"mutation { publicationCreate(data: {title: "Zine"}) { id } }"#,
];

/// `@Post:P1` → the id of the post titled P1 (authors by name, posts and publications by title).
async fn id_of(ex: &Executor, placeholder: &str) -> Value {
    let (model, key) = placeholder
        .trim_start_matches('@')
        .split_once(':')
        .unwrap_or_else(|| panic!("placeholder {placeholder}"));
    let (query, field) = match model {
        "Author" => ("author", "name"),
        "Post" => ("post", "title"),
        "Publication" => ("publication", "title"),
        other => panic!("no model {other}"),
    };
    let data = ok(ex, &format!(r#"{{ {query}({field}: "{key}") {{ id }} }}"#)).await;
    data[query]["id"].clone()
}

/// The SDK's output with every `@Model:key` placeholder replaced by the record's id.
async fn with_ids(ex: &Executor, v: &Value) -> Value {
    let mut out = v.clone();
    let mut stack = vec![&mut out];
    let mut holes = Vec::new();
    while let Some(node) = stack.pop() {
        match node {
            Value::String(s) if s.starts_with('@') => holes.push(node),
            Value::Array(items) => stack.extend(items.iter_mut()),
            Value::Object(map) => stack.extend(map.values_mut()),
            _ => {}
        }
    }
    for hole in holes {
        let placeholder = hole.as_str().unwrap_or_default().to_string();
        *hole = id_of(ex, &placeholder).await;
    }
    out
}

#[tokio::test]
async fn the_sdks_relation_inputs_do_what_the_form_says() {
    let cases: Vec<Value> = serde_json::from_str(FORMATTED).expect("formatted.json is JSON");
    assert!(cases.len() >= 10, "{} cases", cases.len());
    let sdl = fixture("blog_author_post_publication");
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        let ex = Executor::deploy(Dialect::EightBase, &sdl, ExecutorOptions::default())
            .unwrap_or_else(|e| panic!("deploy: {e}"));
        for m in SETUP {
            ok(&ex, m).await;
        }
        let model = match case["table"].as_str() {
            Some("Authors") => "Author",
            Some("Posts") => "Post",
            other => panic!("{name}: table {other:?}"),
        };
        let op = match case["type"].as_str() {
            Some("CREATE") => "Create",
            Some("UPDATE") => "Update",
            other => panic!("{name}: mutation type {other:?}"),
        };
        let field = format!("{}{op}", model.to_lowercase());
        let input = format!("{model}{op}Input");
        let data = with_ids(&ex, &case["formatted"]).await;
        let r = run_vars(
            &ex,
            &format!("mutation($data: {input}!) {{ {field}(data: $data) {{ id }} }}"),
            json!({ "data": data }),
        )
        .await;
        assert!(
            r.get("errors").is_none(),
            "{name}: the SDK's input was refused\n{data:#}\n{r:#}"
        );
        let check = case["check"].as_str().unwrap_or_default();
        assert_eq!(ok(&ex, check).await, case["expect"], "{name}: {check}");
    }
}

/// The variables a document gets, and what its answer must hold (JSON pointer → value).
fn use_of(table: &str, generator: &str) -> (Value, Vec<(String, Value)>) {
    let (model, record, key, count) = match table {
        "Authors" => ("author", "@Author:Huxley", "name", 2),
        "Posts" => ("post", "@Post:P1", "title", 4),
        "Publications" => ("publication", "@Publication:Mag", "title", 3),
        other => panic!("table {other}"),
    };
    let list = format!("{model}sList");
    match generator {
        "createTableFilterGraphqlTag" => (
            json!({"first": 1, "orderBy": [format!("{key}_DESC")]}),
            vec![(format!("/{list}/count"), json!(count))],
        ),
        "createTableRowQueryTag" => (
            json!({"id": record}),
            vec![(format!("/{model}/id"), json!(record))],
        ),
        "createTableRowCreateTag" => (
            json!({"data": {key: "From the SDK"}}),
            vec![(format!("/{model}Create/{key}"), json!("From the SDK"))],
        ),
        "createTableRowCreateManyTag" => (
            json!({"data": [{key: "Many 1"}, {key: "Many 2"}]}),
            vec![(format!("/{model}CreateMany/count"), json!(2))],
        ),
        "createTableRowUpdateTag" => (
            json!({"data": {key: "Renamed"}, "filter": {"id": record}}),
            vec![(format!("/{model}Update/{key}"), json!("Renamed"))],
        ),
        "createTableRowDeleteTag" => (
            json!({"filter": {"id": record}, "force": true}),
            vec![(format!("/{model}Delete/success"), json!(true))],
        ),
        other => panic!("generator {other}"),
    }
}

#[tokio::test]
async fn the_documents_the_sdk_generates_run_as_written() {
    let documents: Vec<Value> = serde_json::from_str(DOCUMENTS).expect("documents.json is JSON");
    assert_eq!(
        documents.len(),
        18,
        "six documents for each of three tables"
    );
    let sdl = fixture("blog_author_post_publication");
    for d in &documents {
        let (table, generator) = (
            d["table"].as_str().unwrap_or("?"),
            d["generator"].as_str().unwrap_or("?"),
        );
        let document = d["document"].as_str().unwrap_or_default();
        let ex = Executor::deploy(Dialect::EightBase, &sdl, ExecutorOptions::default())
            .unwrap_or_else(|e| panic!("deploy: {e}"));
        for m in SETUP {
            ok(&ex, m).await;
        }
        let (variables, checks) = use_of(table, generator);
        let variables = with_ids(&ex, &variables).await;
        let r = run_vars(&ex, document, variables.clone()).await;
        assert!(
            r.get("errors").is_none(),
            "{table} {generator}: the SDK's document failed\n{document}\n{variables}\n{r:#}"
        );
        for (pointer, want) in checks {
            let want = with_ids(&ex, &want).await;
            assert_eq!(
                r["data"].pointer(&pointer),
                Some(&want),
                "{table} {generator}: {pointer} in {r:#}"
            );
        }
    }
}
