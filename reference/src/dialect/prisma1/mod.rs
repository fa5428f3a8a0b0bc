//! The Prisma 1.34 dialect: its names and input shapes (prisma1-behaviours.md §3, §5, §6, §11),
//! argument conversion and error texts, on the shared API machinery of [`crate::api`]. The
//! GraphCMS dialect reuses all of it on a transformed data model.
//!
//! - [`inputs`]: every input type, with Prisma's removal of empty input types;
//! - [`convert`]: `data`/nested-wrapper arguments → engine IR (`CreateInput`, `UpdateInput`);
//! - [`output`]: connection types and the query and mutation root fields;
//! - [`errors`]: the code and text of every engine error.

pub mod convert;
pub mod errors;
pub mod inputs;
pub mod output;

use crate::api::{Flavor, Shared};
use crate::datamodel::DataModel;
use crate::engine::Policy;
use async_graphql::dynamic::Schema;
use std::sync::Arc;

/// Options of the generated API.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Accept the Prisma 1.0–1.3 to-one shapes (GraphCMS seed 004): `update: {where, data}` and
    /// `upsert: {where, update, create}` on a to-one relation.
    pub legacy_shapes: bool,
    /// Maximum selection depth of an operation.
    pub max_depth: usize,
    /// Seed of the store's id generator.
    pub id_seed: Option<u64>,
}

/// Prisma's names and shapes of the shared parts.
pub const FLAVOR: Flavor = Flavor {
    filter_arg: "where",
    filter_suffix: "WhereInput",
    filter_not: true,
    order_by_suffix: "OrderByInput",
    lists_as_declared: false,
    to_one_filter: false,
    meta_fields: false,
};

/// Prisma 1.34's engine policy: the engine defaults.
pub fn policy() -> Policy {
    Policy::default()
}

/// Builds the Prisma 1 schema for a data model. Errors are schema-construction problems
/// (for example a model named like a generated type).
pub fn build(dm: DataModel, options: &BuildOptions) -> Result<(Schema, Arc<Shared>), String> {
    let parts = (policy(), FLAVOR, errors::render as fn(&_) -> _);
    Shared::deploy(dm, options.id_seed, parts, |sh| {
        output::build_schema(sh, options)
    })
}
