//! What every dialect's GraphQL API shares, whatever its names and input shapes: the store
//! behind its lock, one engine call per root field with panic catching and rollback
//! ([`Shared::run`]), the rendered error type ([`ApiError`]), model object types and list
//! arguments ([`objects`]), the input-type registry and filter inputs ([`inputs`]), conversion
//! of scalar values, selectors and filters ([`convert`]), the response post-processing that puts
//! `code` and `requestId` next to each error's `message` ([`response`]), the error texts
//! Prisma 1 kept from Graphcool ([`errors`]) and GraphQL validation texts in Sangria's wording
//! ([`validation`]).
//!
//! A dialect (`crate::dialect::*`) supplies its [`Flavor`] (names and shapes of the shared
//! parts), its engine [`Policy`], its error rendering and its root fields.

pub mod convert;
pub mod errors;
pub mod inputs;
pub mod objects;
pub mod response;
pub mod revalidation;
pub mod validation;
pub mod variables;

use crate::datamodel::{DataModel, ModelId};
use crate::engine::{Engine, EngineError, Policy};
use crate::store::{Node, Store};
use async_graphql::dynamic::{ResolverContext, Schema};
use async_graphql::{ErrorExtensions, Value as GValue};
use objects::NodeOut;
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// A dialect's error code: a number (Prisma 1, Graphcool) or a name (8base).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    Number(u32),
    Name(&'static str),
}

/// A rendered error: the dialect's code (None for GraphQL validation-class errors) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: Option<ErrorCode>,
    pub message: String,
}

impl ApiError {
    pub fn coded(code: u32, message: impl Into<String>) -> Self {
        ApiError {
            code: Some(ErrorCode::Number(code)),
            message: message.into(),
        }
    }

    /// An error with a string code (8base's `EntityNotFoundError`, ...).
    pub fn named(code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            code: Some(ErrorCode::Name(code)),
            message: message.into(),
        }
    }

    /// The numeric code, if the code is a number.
    pub fn number(&self) -> Option<u32> {
        match self.code {
            Some(ErrorCode::Number(n)) => Some(n),
            _ => None,
        }
    }

    pub fn validation(message: impl Into<String>) -> Self {
        ApiError {
            code: None,
            message: message.into(),
        }
    }

    /// As an async-graphql error (the code travels in `extensions.code` until
    /// [`response::api_response`] moves it to the top level).
    pub fn into_graphql(self) -> async_graphql::Error {
        let code = self.code;
        let err = async_graphql::Error::new(self.message);
        match code {
            Some(ErrorCode::Number(c)) => err.extend_with(|_, ext| ext.set("code", c)),
            Some(ErrorCode::Name(c)) => err.extend_with(|_, ext| ext.set("code", c)),
            None => err,
        }
    }
}

/// How an engine call can fail: with an engine error (rendered by the dialect), or by
/// panicking (caught; the store is rolled back).
#[derive(Debug)]
pub enum RunError {
    Engine(EngineError),
    Panic(String),
}

/// The names and shapes of the parts every dialect shares.
#[derive(Debug, Clone, Copy)]
pub struct Flavor {
    /// The list argument holding the filter: `where` (Prisma) or `filter` (Graphcool).
    pub filter_arg: &'static str,
    /// Filter input type name suffix: `PostWhereInput` or `PostFilter`.
    pub filter_suffix: &'static str,
    /// Whether filters have `NOT` besides `AND` and `OR`.
    pub filter_not: bool,
    /// Order enum name suffix: `PostOrderByInput` or `PostOrderBy`.
    pub order_by_suffix: &'static str,
    /// List fields are `[T!]!` or `[T!]` as declared; otherwise scalar lists are `[T!]!` and
    /// to-many relation fields `[X!]` (Prisma 1).
    pub lists_as_declared: bool,
    /// To-one relation fields take a `filter` argument (the related node or null).
    pub to_one_filter: bool,
    /// Every to-many relation field has a sibling `_<field>Meta { count }`.
    pub meta_fields: bool,
}

impl Flavor {
    pub fn filter_type(&self, model: &str) -> String {
        format!("{model}{}", self.filter_suffix)
    }

    pub fn order_by_type(&self, model: &str) -> String {
        format!("{model}{}", self.order_by_suffix)
    }
}

/// What every resolver shares: the data model, the store (behind a mutex that is never held
/// across an `.await`), the engine policy, the filter-key index, the dialect's flavor and its
/// error rendering.
pub struct Shared {
    pub dm: DataModel,
    store: Mutex<Store>,
    pub policy: Policy,
    pub flavor: Flavor,
    pub render: fn(&EngineError) -> ApiError,
    pub(crate) filters: Vec<HashMap<String, convert::FilterKey>>,
}

impl Shared {
    pub fn new(
        dm: DataModel,
        id_seed: Option<u64>,
        policy: Policy,
        flavor: Flavor,
        render: fn(&EngineError) -> ApiError,
    ) -> Shared {
        let store = Store::new(&dm, id_seed);
        let filters = convert::filter_index(&dm);
        Shared {
            dm,
            store: Mutex::new(store),
            policy,
            flavor,
            render,
            filters,
        }
    }

    /// A dialect's deployment: the shared state of a data model, and the schema the dialect
    /// builds on it.
    pub fn deploy(
        dm: DataModel,
        id_seed: Option<u64>,
        (policy, flavor, render): (Policy, Flavor, fn(&EngineError) -> ApiError),
        schema: impl FnOnce(&Arc<Shared>) -> Result<Schema, String>,
    ) -> Result<(Schema, Arc<Shared>), String> {
        let shared = Arc::new(Shared::new(dm, id_seed, policy, flavor, render));
        let schema = schema(&shared)?;
        Ok((schema, shared))
    }

    /// Locks the store. A panic in an earlier holder leaves the store consistent (every engine
    /// call runs inside a transaction that is rolled back on panic), so poisoning is ignored.
    pub fn lock(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The converter of shared argument shapes (scalars, selectors, filters, order).
    pub fn conv(&self) -> convert::Conv<'_> {
        convert::Conv {
            dm: &self.dm,
            filters: &self.filters,
            flavor: self.flavor,
        }
    }

    /// Runs one engine call (one or several engine methods) as one transaction and reads what
    /// the caller needs from the store before the lock is released. A panicking engine is caught: its changes are rolled
    /// back and the caller gets [`RunError::Panic`] instead of a crashed server.
    pub fn run_raw<T, R>(
        &self,
        call: impl FnOnce(&mut Engine<'_>) -> Result<T, EngineError>,
        then: impl FnOnce(&Store, T) -> R,
    ) -> Result<R, RunError> {
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
                // Each engine method undoes its own changes; a call made of several undoes
                // the ones before the failing one here.
                store.rollback(mark);
                Err(RunError::Engine(e))
            }
            Err(panic) => {
                // The engine's own (nested) transactions were not closed: undo to our mark
                // and close every open level.
                store.abort(mark);
                Err(RunError::Panic(panic_text(&panic)))
            }
        }
    }

    /// [`Shared::run_raw`] with the error rendered by the dialect.
    pub fn run<T, R>(
        &self,
        call: impl FnOnce(&mut Engine<'_>) -> Result<T, EngineError>,
        then: impl FnOnce(&Store, T) -> R,
    ) -> Result<R, ApiError> {
        self.run_raw(call, then)
            .map_err(|e| self.render_run_error(e, |e| (self.render)(e)))
    }

    /// A [`RunError`] as an [`ApiError`], engine errors through `render`.
    pub fn render_run_error(
        &self,
        e: RunError,
        render: impl FnOnce(&EngineError) -> ApiError,
    ) -> ApiError {
        match e {
            RunError::Engine(e) => render(&e),
            RunError::Panic(text) => ApiError::validation(format!(
                "internal error: the engine failed ({text}); nothing was changed"
            )),
        }
    }

    /// [`Shared::run`] for a call that returns a node's id: the node as it is after the call.
    pub fn run_node(
        &self,
        model: ModelId,
        call: impl FnOnce(&mut Engine<'_>) -> Result<crate::store::Id, EngineError>,
    ) -> Result<Option<NodeOut>, ApiError> {
        self.run(call, |store, id| Shared::snapshot(store, model, &id))
    }

    /// The node a unique selector names, as it is now (None for a miss; a bad selector is the
    /// dialect's error).
    pub fn read_unique(
        &self,
        model: ModelId,
        selector: &crate::engine::WhereUnique,
    ) -> Result<Option<NodeOut>, ApiError> {
        let store = self.lock();
        let id = crate::engine::Reader::new(&self.dm, &store)
            .find_unique(model, selector)
            .map_err(|e| (self.render)(&e))?;
        Ok(id.and_then(|id| Shared::snapshot(&store, model, &id)))
    }

    /// A copy of a stored node (scalar values as they are now).
    pub fn snapshot(store: &Store, model: ModelId, id: &str) -> Option<NodeOut> {
        store.get(model, id).map(|n| NodeOut {
            model,
            node: n.clone(),
        })
    }

    pub fn snapshot_of(model: ModelId, node: Node) -> NodeOut {
        NodeOut { model, node }
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

/// An argument of a resolver (`null` when absent).
pub fn arg<'a>(ctx: &'a ResolverContext<'_>, name: &str) -> &'a GValue {
    static NULL: GValue = GValue::Null;
    ctx.args.get(name).map(|v| v.as_value()).unwrap_or(&NULL)
}

/// A `String` argument, when one is given.
pub fn string_arg(ctx: &ResolverContext<'_>, name: &str) -> Option<String> {
    match arg(ctx, name) {
        GValue::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// An `ID` (or `String`) argument as text (an `ID` may be given as a number).
pub fn id_arg(ctx: &ResolverContext<'_>, name: &str) -> String {
    match arg(ctx, name) {
        GValue::String(s) => s.clone(),
        other => other.to_string(),
    }
}
