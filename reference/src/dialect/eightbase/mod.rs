//! The 8base dialect (dialects.md §2, seed 000): `xCreate`, `xUpdate(data, filter)`,
//! `xsList { count items }`, relation inputs with `connect`/`reconnect`/`disconnect`/
//! `create`/`update`, soft delete (`xDelete`, `withDeleted`, `xRestore`), hard delete
//! (`xDestroy`), `force` for mandatory children, `xUpdateByFilter` operators and string error
//! codes, on the shared API machinery of [`crate::api`] and the engine [`Policy`]:
//!
//! - [`names`]: table, root field and input type names (and where they come from);
//! - [`inputs`]: predicates, filters, key filters, sorts and every data input type;
//! - [`convert`]: 8base arguments → engine IR (filters, selectors, data, operators);
//! - [`output`]: the object types, `XListResponse`, `SuccessResponse` and the root fields;
//! - [`errors`]: engine errors → 8base's string codes. The message texts are placeholders
//!   (no 8base server text is public): only the codes are meant to be asserted.
//!
//! Every model gets the system fields `createdAt` and `updatedAt` (nullable DateTime, never in
//! inputs) unless it declares them. A non-null to-one relation field is a *mandatory*
//! relation; its output field is nullable all the same (its partner may be soft-deleted).

pub mod convert;
pub mod errors;
pub mod inputs;
pub mod names;
pub mod output;

use crate::api::{Flavor, Shared};
use crate::datamodel::{DataModel, Field, SystemField};
use crate::engine::{NestedOp, Policy};
use async_graphql::dynamic::Schema;
use std::sync::Arc;

/// Options of the generated API.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Maximum selection depth of an operation.
    pub max_depth: usize,
    /// Seed of the store's id generator.
    pub id_seed: Option<u64>,
}

/// 8base's names of the shared parts (its filters are its own: [`inputs`], [`convert`]).
pub const FLAVOR: Flavor = Flavor {
    filter_arg: "filter",
    filter_suffix: "Filter",
    filter_not: false,
    order_by_suffix: "OrderBy",
    lists_as_declared: true,
    to_one_filter: false,
    meta_fields: false,
};

/// The order of nested operations inside one relation input (the contract's decision; the
/// docs do not say): disconnect, reconnect, connect, create, update.
const NESTED_ORDER: &[NestedOp] = &[
    NestedOp::Disconnect,
    NestedOp::Set,
    NestedOp::Connect,
    NestedOp::Create,
    NestedOp::Update,
    NestedOp::Upsert,
    NestedOp::Delete,
    NestedOp::UpdateMany,
    NestedOp::DeleteMany,
];

/// 8base's engine policy: `reconnect` checks mandatory partners, a connect decides by the
/// stealing check (no Prisma quirks), a disconnect of an unlinked record is an error, nested
/// creates append, and deletes need `force` for mandatory children.
pub fn policy() -> Policy {
    Policy {
        set_checks_required: true,
        max_id_length: 25,
        connect_required_quirks: false,
        lenient_disconnect: false,
        create_replaces_on_update: false,
        nested_order: NESTED_ORDER,
        force_deletes: true,
        distinct_disconnects: true,
    }
}

/// Appends `createdAt` and `updatedAt` (nullable DateTime system fields) to every model that
/// does not declare them.
pub fn add_system_fields(dm: &mut DataModel) {
    for model in &mut dm.models {
        for (name, system) in [
            ("createdAt", SystemField::CreatedAt),
            ("updatedAt", SystemField::UpdatedAt),
        ] {
            if model.field(name).is_none() {
                model
                    .fields
                    .push(Field::system_datetime(name, system, false));
            }
        }
    }
}

/// Builds the 8base schema for a data model (system fields added).
pub fn build(mut dm: DataModel, options: &BuildOptions) -> Result<(Schema, Arc<Shared>), String> {
    add_system_fields(&mut dm);
    let parts = (policy(), FLAVOR, errors::render as fn(&_) -> _);
    Shared::deploy(dm, options.id_seed, parts, |sh| {
        output::build_schema(sh, options)
    })
}
