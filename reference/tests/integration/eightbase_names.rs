//! The 8base dialect's names against 8base's own name generator: `data/8base_names/expected.tsv`
//! holds what `@8base/schema-name-generator` 0.1.23 (npm, with its `pluralize` 7.0.0) names for
//! each of 758 model names (`scripts/8base-names/generate.sh` writes it; nothing here runs
//! Node.js). The reference must pluralise every word as the generator does, and its schema must
//! carry the generator's query, mutation, input and relation-input names for every model a real
//! 8base table can have.

use crate::common::*;
use crudspec_reference::datamodel::plural_8base;
use crudspec_reference::{Dialect, Executor, ExecutorOptions};
use std::collections::{BTreeSet, HashMap};

const EXPECTED: &str = include_str!("../data/8base_names/expected.tsv");

/// Type names the schema defines whatever the data model (a model of that name cannot deploy).
const BUILT_IN: &[&str] = &[
    "Query",
    "Mutation",
    "Subscription",
    "String",
    "Int",
    "Float",
    "Boolean",
    "ID",
    "DateTime",
    "Json",
    "SortOrder",
    "SuccessResponse",
];

/// The generator's rows: column name → value.
fn rows() -> Vec<HashMap<&'static str, &'static str>> {
    let mut lines = EXPECTED.lines();
    let header: Vec<&str> = lines
        .next()
        .expect("expected.tsv has a header")
        .split('\t')
        .collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| header.iter().copied().zip(l.split('\t')).collect())
        .collect()
}

#[test]
fn every_table_name_is_the_generators_plural() {
    let rows = rows();
    assert!(rows.len() > 700, "{} rows", rows.len());
    let wrong: Vec<String> = rows
        .iter()
        .filter(|r| plural_8base(r["word"]) != r["table"])
        .map(|r| {
            format!(
                "{}: {} (generator: {})",
                r["word"],
                plural_8base(r["word"]),
                r["table"]
            )
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} plurals differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// A word a data model can name a model by, and a real 8base table can have as its type: the
/// generator singularises the table back to the word.
fn usable(row: &HashMap<&str, &str>) -> bool {
    let w = row["word"];
    row["type"] == w
        && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && w.chars().all(|c| c.is_ascii_alphanumeric())
        && !BUILT_IN.contains(&w)
}

#[tokio::test]
async fn the_schema_names_every_table_as_the_generator_does() {
    // One model per usable word (the first of the words sharing a table), each with a scalar
    // field (a real table always has some: `updateByFilter` needs one) and a to-many relation
    // to itself named `hub` (the generator's relation input names are asked for `hub`; a
    // to-many field gives the model its `RelationFilter`).
    let mut tables = BTreeSet::new();
    let rows: Vec<_> = rows()
        .into_iter()
        .filter(|r| usable(r) && tables.insert(r["table"]))
        .collect();
    assert!(rows.len() > 600, "only {} usable words", rows.len());
    let mut sdl = String::new();
    for r in &rows {
        let w = r["word"];
        sdl.push_str(&format!(
            "type {w} {{ id: ID! @unique name: String hub: [{w}!]! }}\n"
        ));
    }
    let ex = Executor::deploy(Dialect::EightBase, &sdl, ExecutorOptions::default())
        .unwrap_or_else(|e| panic!("deploy: {e}"));
    let schema = ok(
        &ex,
        "{ __schema { types { name } queryType { fields { name type { name ofType { name } } } } mutationType { fields { name } } } }",
    )
    .await;
    let names = |path: &str| -> BTreeSet<String> {
        schema["__schema"][path]["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["name"].as_str().map(str::to_string))
            .collect()
    };
    let queries: HashMap<String, String> = schema["__schema"]["queryType"]["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| {
            Some((
                f["name"].as_str()?.to_string(),
                f["type"]["name"]
                    .as_str()
                    .or_else(|| f["type"]["ofType"]["name"].as_str())
                    .unwrap_or("")
                    .to_string(),
            ))
        })
        .collect();
    let mutations = names("mutationType");
    let types: BTreeSet<String> = schema["__schema"]["types"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str().map(str::to_string))
        .collect();

    let mut wrong = Vec::new();
    let mut checked = 0;
    for r in &rows {
        let mut expect = |kind: &str, column: &str, present: bool| {
            checked += 1;
            if !present {
                wrong.push(format!("{}: no {kind} {} ({column})", r["word"], r[column]));
            }
        };
        expect("query", "item", queries.contains_key(r["item"]));
        expect(
            "list query returning",
            "listResponse",
            queries.get(r["list"]).map(String::as_str) == Some(r["listResponse"]),
        );
        for column in [
            "create",
            "createMany",
            "update",
            "updateByFilter",
            "delete",
            "deleteByFilter",
            "destroy",
            "destroyByFilter",
            "restore",
        ] {
            expect("mutation", column, mutations.contains(r[column]));
        }
        for column in [
            "listResponse",
            "manyResponse",
            "createInput",
            "createManyInput",
            "updateInput",
            "updateByFilterInput",
            "deleteInput",
            "keyFilter",
            "filter",
            "sort",
            "relationFilter",
            "relationCreate",
            "relationUpdate",
            "relationMany",
        ] {
            expect("type", column, types.contains(r[column]));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked} names differ from the generator's:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    // Nothing else: one query pair and nine mutations per model.
    assert_eq!(queries.len(), 2 * rows.len());
    assert_eq!(mutations.len(), 9 * rows.len());
}
