//! Operations on one edge of a relation, for APIs that expose relations as mutations of their
//! own (Graphcool's `setR`, `addToR`, `removeFromR`/`unsetR`, dialects.md §1.2). Nodes are
//! given by id on the relation's own sides ([`Side::A`] holds `a`). Each operation is one
//! transaction; existence is the caller's to check first ([`Engine::require_node`]), in the
//! order its API reports it.

use super::{Engine, EngineError};
use crate::datamodel::{ModelId, RelationId, Side};
use crate::store::Id;
use serde_json::Value;

impl Engine<'_> {
    /// `NodeNotFound` (by id) unless a node of `model` has this id.
    pub fn require_node(&self, model: ModelId, id: &str) -> Result<(), EngineError> {
        if self.store.get(model, id).is_some() {
            return Ok(());
        }
        Err(EngineError::NodeNotFound {
            model: self.dm.models[model].name.clone(),
            field: "id".into(),
            value: Value::String(id.to_string()),
        })
    }

    fn partners(&self, relation: RelationId, side: Side, id: &str) -> Vec<Id> {
        self.store.linked(relation, side, id).cloned().collect()
    }

    fn unlink_all(&mut self, relation: RelationId, side: Side, id: &str) {
        for p in self.partners(relation, side, id) {
            match side {
                Side::A => self.store.unlink(relation, id, &p),
                Side::B => self.store.unlink(relation, &p, id),
            }
        }
    }

    /// Connects `a` and `b` alone: every other edge of both nodes in the relation is removed
    /// first. Refused when a displaced partner's end is a required to-one (it would be left
    /// empty).
    pub fn set_edge(&mut self, relation: RelationId, a: &str, b: &str) -> Result<(), EngineError> {
        self.atomic(|e| {
            let r = &e.dm.relations[relation];
            let displaced_b = e.partners(relation, Side::A, a).into_iter().any(|p| p != b);
            if displaced_b && !r.b.list && r.b.required {
                return Err(super::mutate::required_violation(e.dm, r, &r.b));
            }
            let displaced_a = e.partners(relation, Side::B, b).into_iter().any(|p| p != a);
            if displaced_a && !r.a.list && r.a.required {
                return Err(super::mutate::required_violation(e.dm, r, &r.a));
            }
            e.unlink_all(relation, Side::A, a);
            e.unlink_all(relation, Side::B, b);
            e.store.link(relation, a, b);
            Ok(())
        })
    }

    /// Adds the edge `a`–`b` (a no-op when it exists). A node whose end is to-one leaves its
    /// current partner first, so a one-to-many child moves. No requiredness check applies:
    /// the node that moves keeps a partner.
    pub fn add_edge(&mut self, relation: RelationId, a: &str, b: &str) -> Result<(), EngineError> {
        self.atomic(|e| {
            let r = &e.dm.relations[relation];
            let (a_to_one, b_to_one) = (!r.a.list, !r.b.list);
            if !e.store.is_linked(relation, a, b) {
                if a_to_one {
                    e.unlink_all(relation, Side::A, a);
                }
                if b_to_one {
                    e.unlink_all(relation, Side::B, b);
                }
            }
            e.store.link(relation, a, b);
            Ok(())
        })
    }

    /// Removes the edge `a`–`b`; removing an edge that does not exist is a silent success.
    pub fn remove_edge(
        &mut self,
        relation: RelationId,
        a: &str,
        b: &str,
    ) -> Result<(), EngineError> {
        self.atomic(|e| {
            e.store.unlink(relation, a, b);
            Ok(())
        })
    }
}
