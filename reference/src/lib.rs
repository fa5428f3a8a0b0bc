//! crudspec reference executor: answers the GraphQL CRUD API that Prisma 1 (and its family)
//! generates for a data model, in process or over HTTP.
//!
//! Layers, bottom up:
//! - [`datamodel`]: SDL → models, fields, relations (with their P1!/P1/PM × C1!/C1/CM kinds);
//! - [`store`]: the indexed in-memory store with an undo log (atomic top-level mutations);
//! - [`engine`]: dialect-neutral create/update/upsert/delete/batch and every nested operation;
//! - [`api`]: the GraphQL machinery every dialect shares (store lock and engine calls, object
//!   types, list arguments, filters, error shape, validation texts);
//! - [`dialect`]: names, input shapes, argument conversion and error texts per dialect;
//! - [`executor`]: one deployed data model + store + schema; the public entry point;
//! - [`limits`]: what a request may cost (depth, aliases, estimated cost, response size);
//! - [`server`]: GraphQL over HTTP (axum).

// Errors are the failure path of a mutation, built once per failed request: their size does
// not matter, and boxing them would only obscure the engine's signatures.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod datamodel;
pub mod dialect;
pub mod engine;
pub mod executor;
pub mod limits;
pub mod server;
pub mod store;

pub use datamodel::{DataModel, DataModelError};
pub use dialect::Dialect;
pub use executor::{DeployError, Executor, ExecutorOptions, GraphqlRequest, UploadError};
