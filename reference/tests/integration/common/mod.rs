//! Shared helpers of the reference integration tests: deploy a fixture, run operations.
#![allow(dead_code)]

use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use serde_json::Value;

/// The SDL of `fixtures/datamodels/<name>.graphql`.
pub fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../fixtures/datamodels/{name}.graphql",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

pub fn deploy(dialect: Dialect, fixture_name: &str) -> Executor {
    deploy_with(dialect, fixture_name, ExecutorOptions::default())
}

pub fn deploy_with(dialect: Dialect, fixture_name: &str, options: ExecutorOptions) -> Executor {
    Executor::deploy(dialect, &fixture(fixture_name), options)
        .unwrap_or_else(|e| panic!("deploy {fixture_name}: {e}"))
}

pub async fn run(ex: &Executor, query: &str) -> Value {
    ex.execute(GraphqlRequest::new(query)).await
}

pub async fn run_vars(ex: &Executor, query: &str, variables: Value) -> Value {
    ex.execute(GraphqlRequest::new(query).with_variables(variables))
        .await
}

/// Runs an operation that must succeed; returns its `data`.
pub async fn ok(ex: &Executor, query: &str) -> Value {
    let r = run(ex, query).await;
    assert!(
        r.get("errors").is_none(),
        "unexpected errors for\n{query}\n{r:#}"
    );
    r["data"].clone()
}

/// The errors of a response (panics when there are none).
pub fn errors(r: &Value) -> &Vec<Value> {
    r["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("expected errors in {r:#}"))
}

/// The Prisma code of the only error.
pub fn only_code(r: &Value) -> Option<i64> {
    let errs = errors(r);
    assert_eq!(errs.len(), 1, "expected one error in {r:#}");
    errs[0].get("code").and_then(Value::as_i64)
}

/// Sorts a JSON array of objects by a key (for order-insensitive comparisons).
pub fn sorted_by(v: &Value, key: &str) -> Vec<Value> {
    let mut items = v.as_array().cloned().unwrap_or_default();
    items.sort_by(|a, b| a[key].to_string().cmp(&b[key].to_string()));
    items
}
