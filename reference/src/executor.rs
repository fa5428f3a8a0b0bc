//! The public entry point: one deployed data model with its store and generated schema.
//! `Executor::deploy` parses the SDL and builds the dialect's schema; `execute` answers one
//! GraphQL request with the dialect's response JSON (`{"data": ..., "errors": [...]}`).

use crate::datamodel::{DataModel, DataModelError};
use crate::dialect::Dialect;
use serde::Deserialize;
use serde_json::Value;

/// A GraphQL request as sent over HTTP.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GraphqlRequest {
    pub query: String,
    #[serde(default)]
    pub variables: Option<Value>,
    #[serde(default)]
    pub operation_name: Option<String>,
}

impl GraphqlRequest {
    pub fn new(query: impl Into<String>) -> Self {
        GraphqlRequest {
            query: query.into(),
            ..Default::default()
        }
    }
}

#[derive(Debug, Clone)]
pub struct ExecutorOptions {
    /// Makes generated ids reproducible.
    pub id_seed: Option<u64>,
    /// GraphCMS only: accept the 1.0–1.3 to-one shapes (`update: {where, data}`,
    /// `upsert: {where, update, create}`, `disconnect`/`delete: {<unique>}`).
    pub legacy_shapes: bool,
    /// Maximum selection depth of a query (clear error beyond it).
    pub max_depth: usize,
}

impl Default for ExecutorOptions {
    fn default() -> Self {
        ExecutorOptions {
            id_seed: None,
            legacy_shapes: false,
            max_depth: 64,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error(transparent)]
    DataModel(#[from] DataModelError),
    #[error("the generated schema is invalid: {0}")]
    Schema(String),
}

/// A deployed data model: cheap to clone (shared state behind an `Arc`).
#[derive(Clone)]
pub struct Executor {
    // filled in by the dialect layer
}

impl Executor {
    pub fn deploy(
        _dialect: Dialect,
        _datamodel_sdl: &str,
        _options: ExecutorOptions,
    ) -> Result<Executor, DeployError> {
        todo!("dialect layer")
    }

    /// Answers one request; never panics on bad input (errors are in the response).
    pub async fn execute(&self, _request: GraphqlRequest) -> Value {
        todo!("dialect layer")
    }

    pub fn dialect(&self) -> Dialect {
        todo!()
    }

    /// The data model as deployed (for GraphCMS: with the system fields added).
    pub fn datamodel(&self) -> &DataModel {
        todo!()
    }

    /// The generated schema in SDL.
    pub fn schema_sdl(&self) -> String {
        todo!()
    }

    /// Empties the store.
    pub fn reset(&self) {
        todo!()
    }
}
