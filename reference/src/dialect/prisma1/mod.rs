//! The Prisma 1.34 dialect: builds the async-graphql dynamic schema of a data model (names and
//! shapes of prisma1-behaviours.md §3, §5, §6, §11), converts arguments to engine input, runs
//! each root mutation field as one engine call (one transaction) and renders errors as Prisma
//! does. The GraphCMS dialect reuses all of it on a transformed data model.
//!
//! - [`inputs`]: generation of every input type, with Prisma's removal of empty input types;
//! - [`convert`]: GraphQL argument values → engine IR (`CreateInput`, `Filter`, ...);
//! - [`output`]: object types, query and mutation fields and their resolvers;
//! - [`errors`]: the code/text table and the response post-processing;
//! - [`validation`]: GraphQL validation messages in Sangria's wording.

// `EngineError` (the engine's type) is large; these results carry it only across one call.

pub mod convert;
pub mod errors;
pub mod inputs;
pub mod output;
pub mod validation;

use crate::datamodel::{DataModel, ModelId};
use crate::engine::{Engine, EngineError, Policy};
use crate::store::{Node, Store};
use async_graphql::dynamic::Schema;
use errors::PrismaError;
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

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

/// What every resolver shares: the data model, the store (behind a mutex that is never held
/// across an `.await`), the engine policy and the filter-key index.
pub struct Shared {
    pub dm: DataModel,
    store: Mutex<Store>,
    pub policy: Policy,
    pub legacy_shapes: bool,
    pub(crate) filters: Vec<HashMap<String, convert::FilterKey>>,
}

impl Shared {
    pub fn new(dm: DataModel, options: &BuildOptions) -> Shared {
        let store = Store::new(&dm, options.id_seed);
        let filters = convert::filter_index(&dm);
        Shared {
            dm,
            store: Mutex::new(store),
            policy: Policy::default(),
            legacy_shapes: options.legacy_shapes,
            filters,
        }
    }

    /// Locks the store. A panic in an earlier holder leaves the store consistent (every engine
    /// call runs inside a transaction that is rolled back on panic), so poisoning is ignored.
    pub fn lock(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn conv(&self) -> convert::Conv<'_> {
        convert::Conv {
            dm: &self.dm,
            filters: &self.filters,
            legacy: self.legacy_shapes,
        }
    }

    /// Runs one engine call as its own transaction and reads what the caller needs from the
    /// store before the lock is released. A panicking engine is caught: its changes are rolled
    /// back and the caller gets an internal error instead of a crashed server.
    pub fn run<T, R>(
        &self,
        call: impl FnOnce(&mut Engine<'_>) -> Result<T, EngineError>,
        then: impl FnOnce(&Store, T) -> R,
    ) -> Result<R, PrismaError> {
        let mut store = self.lock();
        let mark = store.begin();
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
            let mut engine = Engine::new(&self.dm, &mut store, &self.policy);
            call(&mut engine)
        }));
        match result {
            Ok(Ok(v)) => {
                store.commit(mark);
                Ok(then(&store, v))
            }
            Ok(Err(e)) => {
                store.commit(mark);
                Err(errors::render(&e))
            }
            Err(panic) => {
                // The engine's own (nested) transactions were not closed: undo to our mark
                // and close every open level.
                store.abort(mark);
                Err(PrismaError::validation(format!(
                    "internal error: the engine failed ({}); nothing was changed",
                    panic_text(&panic)
                )))
            }
        }
    }

    /// A copy of a stored node (scalar values as they are now).
    pub fn snapshot(store: &Store, model: ModelId, id: &str) -> Option<output::NodeOut> {
        store.get(model, id).map(|n| output::NodeOut {
            model,
            node: n.clone(),
        })
    }

    pub fn snapshot_of(model: ModelId, node: Node) -> output::NodeOut {
        output::NodeOut { model, node }
    }
}

fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

/// Builds the Prisma 1 schema for a data model. Errors are schema-construction problems
/// (for example a model named like a generated type).
pub fn build(dm: DataModel, options: &BuildOptions) -> Result<(Schema, Arc<Shared>), String> {
    let shared = Arc::new(Shared::new(dm, options));
    let schema = output::build_schema(&shared, options)?;
    Ok((schema, shared))
}
