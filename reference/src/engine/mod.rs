//! The dialect-neutral engine: executes one top-level mutation ([`input`]) against the
//! [`Store`](crate::store::Store) atomically, with the relation rules of prisma1-behaviours.md
//! §4 (required-relation checks, stealing, fixed execution order) and [`Policy`] switches for
//! what dialects do differently. Reads (lists, filters, ordering) are in [`read`].

mod edges;
pub mod error;
mod filter;
pub mod input;
mod mutate;
mod read;

pub use error::{EngineError, NodeRef};
pub use filter::supports;
pub use input::*;
pub use read::Reader;

use crate::datamodel::{DataModel, ModelId};
use crate::limits;
use crate::store::{Id, Node, Store};

/// The kinds of nested operation inside an update, in the order a [`Policy`] runs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NestedOp {
    Create,
    Update,
    Upsert,
    Delete,
    Connect,
    /// `set` and `reconnect`.
    Set,
    Disconnect,
    UpdateMany,
    DeleteMany,
}

/// Prisma's execution order of nested operations (`FurtherNestedMutaction.allNestedMutactions`,
/// prisma1-behaviours.md §4.9); it does not follow the order of the input.
pub const PRISMA_NESTED_ORDER: &[NestedOp] = &[
    NestedOp::Create,
    NestedOp::Update,
    NestedOp::Upsert,
    NestedOp::Delete,
    NestedOp::Connect,
    NestedOp::Set,
    NestedOp::Disconnect,
    NestedOp::UpdateMany,
    NestedOp::DeleteMany,
];

/// What dialects do differently with the same operation. The default is Prisma 1.34.
#[derive(Debug, Clone)]
pub struct Policy {
    /// `set` runs the required-relation check of disconnect. Prisma 1.34 does not (quirk SE03:
    /// `set` on PM-C1! orphans children without error).
    pub set_checks_required: bool,
    /// Values of `ID`-typed non-id fields longer than this raise 3007 (Prisma: 25).
    pub max_id_length: usize,
    /// Prisma's connect on required to-ones: a relation whose two ends are required to-ones
    /// fails before anything is looked at (the target always has a partner that would lose
    /// it), and connecting the current partner runs the stealing and replacing checks again.
    /// Otherwise (Graphcool) the stealing check decides and the current partner is a no-op.
    pub connect_required_quirks: bool,
    /// A to-one disconnect of nothing connected is a no-op, and only the partner's back field
    /// is checked (Graphcool's `fId: null`: the node's own required to-one is not). Prisma
    /// checks both first, then fails with 3041 when nothing is connected.
    pub lenient_disconnect: bool,
    /// A nested create on a to-many field in an update detaches the current children first
    /// (Graphcool replaces the list; Prisma appends).
    pub create_replaces_on_update: bool,
    /// The order the nested operations of an update run in.
    pub nested_order: &'static [NestedOp],
    /// A delete that would leave another node's required to-one empty fails with
    /// [`EngineError::ForceRequired`] unless forced, and a forced one removes those nodes too
    /// ([`Removal::force`]); soft-deleted nodes count. Otherwise (Prisma, Graphcool) it fails
    /// with [`EngineError::RequiredRelationViolation`].
    pub force_deletes: bool,
    /// The records a to-many `disconnect` list names are resolved first and each is unlinked
    /// once, so a record named twice (by the same or another key) counts once, as in `connect`
    /// and `set` (8base). Otherwise (Prisma) the list runs item by item and the second naming
    /// finds the record already unlinked.
    pub distinct_disconnects: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            set_checks_required: false,
            max_id_length: 25,
            connect_required_quirks: true,
            lenient_disconnect: false,
            create_replaces_on_update: false,
            nested_order: PRISMA_NESTED_ORDER,
            force_deletes: false,
            distinct_disconnects: false,
        }
    }
}

/// Executes mutations. Every public method is one transaction: on error nothing it did remains.
pub struct Engine<'a> {
    pub(crate) dm: &'a DataModel,
    pub(crate) store: &'a mut Store,
    pub(crate) policy: &'a Policy,
}

impl<'a> Engine<'a> {
    pub fn new(dm: &'a DataModel, store: &'a mut Store, policy: &'a Policy) -> Self {
        Engine { dm, store, policy }
    }

    fn atomic<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, EngineError>,
    ) -> Result<T, EngineError> {
        let mark = self.store.begin();
        match f(self) {
            Ok(v) => {
                self.store.commit(mark);
                Ok(v)
            }
            Err(e) => {
                self.store.rollback(mark);
                Err(e)
            }
        }
    }

    /// A fresh id of the store's id shape (for server-made values such as a file's secret).
    pub fn fresh_id(&mut self) -> Id {
        self.store.new_id()
    }

    /// `createX(data)`: returns the new node's id.
    pub fn create(&mut self, model: ModelId, data: &CreateInput) -> Result<Id, EngineError> {
        nesting_ok(data.nesting())?;
        self.atomic(|e| e.create_node(model, data))
    }

    /// `updateX(where, data)`: returns the updated node's id.
    pub fn update(
        &mut self,
        model: ModelId,
        selector: &WhereUnique,
        data: &UpdateInput,
    ) -> Result<Id, EngineError> {
        nesting_ok(data.nesting())?;
        self.atomic(|e| {
            let id = e.resolve_unique(model, selector)?;
            e.update_node(model, &id, data, true)?;
            Ok(id)
        })
    }

    /// `upsertX(where, create, update)`: update when `where` hits, else create.
    pub fn upsert(
        &mut self,
        model: ModelId,
        selector: &WhereUnique,
        create: &CreateInput,
        update: &UpdateInput,
    ) -> Result<Id, EngineError> {
        nesting_ok(create.nesting().max(update.nesting()))?;
        self.atomic(|e| e.upsert_node(model, selector, create, update))
    }

    /// `deleteX(where)`: returns the node as it was before deletion.
    pub fn delete(&mut self, model: ModelId, selector: &WhereUnique) -> Result<Node, EngineError> {
        self.atomic(|e| {
            let id = e.resolve_unique(model, selector)?;
            let mut deleted = e.delete_nodes(model, std::slice::from_ref(&id))?;
            Ok(deleted.pop().unwrap_or(Node {
                id,
                values: Vec::new(),
            }))
        })
    }

    /// `updateManyXs(where, data)`: returns the number of matched nodes.
    pub fn update_many(
        &mut self,
        model: ModelId,
        filter: &Filter,
        data: &UpdateInput,
    ) -> Result<usize, EngineError> {
        nesting_ok(data.nesting())?;
        self.atomic(|e| e.update_many_nodes(model, filter, data))
    }

    /// `deleteManyXs(where)`: returns the number of deleted nodes.
    pub fn delete_many(&mut self, model: ModelId, filter: &Filter) -> Result<usize, EngineError> {
        self.atomic(|e| e.delete_many_nodes(model, filter))
    }

    /// An update of the node every selector names (8base's `data.id` and `filter`): none →
    /// [`EngineError::InvalidSelector`], a miss → [`EngineError::NodeNotFound`], two different
    /// nodes → [`EngineError::ConflictingSelectors`]. Returns the node's id.
    pub fn update_located(
        &mut self,
        model: ModelId,
        selectors: &[WhereUnique],
        data: &UpdateInput,
    ) -> Result<Id, EngineError> {
        self.atomic(|e| {
            let id = e.locate(model, selectors, false)?;
            e.update_node(model, &id, data, true)?;
            Ok(id)
        })
    }

    /// Deletes the node the selectors name (as [`Engine::update_located`]; with
    /// `include_deleted` a soft-deleted node can be named too), soft or hard, forced or not.
    pub fn remove(
        &mut self,
        model: ModelId,
        selectors: &[WhereUnique],
        include_deleted: bool,
        how: Removal,
    ) -> Result<(), EngineError> {
        self.atomic(|e| {
            let id = e.locate(model, selectors, include_deleted)?;
            e.remove_nodes(model, &[id], how).map(|_| ())
        })
    }

    /// Deletes every node the filter matches (soft-deleted ones too with `include_deleted`);
    /// returns how many matched.
    pub fn remove_many(
        &mut self,
        model: ModelId,
        filter: &Filter,
        include_deleted: bool,
        how: Removal,
    ) -> Result<usize, EngineError> {
        self.atomic(|e| {
            let ids = e.matching_with(model, filter, include_deleted)?;
            e.remove_nodes(model, &ids, how)?;
            Ok(ids.len())
        })
    }

    /// Brings a soft-deleted node back with the links it kept; a link whose other node has
    /// meanwhile taken another partner on a to-one end is dropped (the newer link wins).
    /// [`EngineError::NodeNotFound`] when the node is not soft-deleted.
    pub fn restore(&mut self, model: ModelId, id: &str) -> Result<Id, EngineError> {
        self.atomic(|e| e.restore_node(model, id))
    }

    /// `updateManyXs` that returns the ids of the matched nodes (8base's `xUpdateByFilter`
    /// answers them).
    pub fn update_many_ids(
        &mut self,
        model: ModelId,
        filter: &Filter,
        data: &UpdateInput,
    ) -> Result<Vec<Id>, EngineError> {
        self.atomic(|e| {
            let ids = e.matching_with(model, filter, false)?;
            for id in &ids {
                e.write_scalars(model, id, data)?;
            }
            Ok(ids)
        })
    }
}

/// Nested mutations deeper than [`limits::MAX_NESTED_MUTATION_DEPTH`] are refused before
/// anything runs (the engine recurses once per level).
fn nesting_ok(found: usize) -> Result<(), EngineError> {
    limits::check_nesting(found).map_err(|e| EngineError::InvalidInput(e.to_string()))
}
