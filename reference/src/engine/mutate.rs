//! Mutation execution: creates, updates, upserts, deletes, batches and every nested operation,
//! with the relation rules of prisma1-behaviours.md §4.0 expressed once, as two checks that
//! hold for every relation kind:
//!
//! - **stealing**: when a child whose back-field is to-one gets a new parent, it leaves its old
//!   parent; if the old parent's field is a *required* to-one, that is 3042;
//! - **replacing**: when a parent whose field is to-one gets a new child, its old child is
//!   detached; if the old child's back-field is *required*, that is 3042.
//!
//! Applied to the nine kinds these give every cell of the §4.0 table (e.g. P1!-C1! connect is
//! "3042 always" because a C1! child always has a parent that would lose its required child).
//! Nested operations of an update run in the policy's fixed order (Prisma's, §4.9: creates,
//! updates, upserts, deletes, connects, sets, disconnects, updateManys, deleteManys); within
//! one kind in field declaration order, then list order; each op's own nested ops run straight
//! after it.

use super::error::{EngineError, NodeRef};
use super::filter;
use super::input::*;
use super::read::{find_unique, find_unique_any};
use super::{Engine, NestedOp};
use crate::datamodel::{
    DataModel, FieldKind, ModelId, Relation, RelationEnd, RelationView, ScalarType, Side,
    SystemField, scalars,
};
use crate::store::{Id, Node, UniqueConflict};
use serde_json::Value;
use std::collections::HashSet;

/// The relation a nested operation works on, seen from the node that holds the field.
#[derive(Clone, Copy)]
struct Rel<'v> {
    view: RelationView<'v>,
}

impl Rel<'_> {
    fn child_model(&self) -> ModelId {
        self.view.child.model
    }
    fn parent_to_one(&self) -> bool {
        !self.view.parent.list
    }
    fn child_to_one(&self) -> bool {
        !self.view.child.list
    }
    /// The required-relation error for a change that would leave `emptied`'s field empty.
    fn required_error(&self, dm: &DataModel, emptied: End) -> EngineError {
        let end = match emptied {
            End::Parent => self.view.parent,
            End::Child => self.view.child,
        };
        required_violation(dm, self.view.relation, end)
    }
}

/// Which end of a [`Rel`] a required-relation error names.
#[derive(Clone, Copy)]
enum End {
    /// The field the nested operation is on (the parent's).
    Parent,
    /// The back field (the child's).
    Child,
}

/// The required-relation error for a change that would leave `emptied` (a required to-one
/// end of `relation`) empty; Prisma names the relation and its models (sorted), Graphcool the
/// emptied field.
pub(super) fn required_violation(
    dm: &DataModel,
    relation: &Relation,
    emptied: &RelationEnd,
) -> EngineError {
    let (a, b) = (
        &dm.models[relation.a.model].name,
        &dm.models[relation.b.model].name,
    );
    let (model_a, model_b) = if a <= b { (a, b) } else { (b, a) };
    EngineError::RequiredRelationViolation {
        relation: relation.name.clone(),
        model_a: model_a.clone(),
        model_b: model_b.clone(),
        emptied: Box::new((
            dm.models[emptied.model].name.clone(),
            emptied.field.clone().unwrap_or_default(),
        )),
    }
}

impl<'a> Engine<'a> {
    fn model_name(&self, model: ModelId) -> String {
        self.dm.models[model].name.clone()
    }

    fn rel(&self, model: ModelId, field: &str) -> Result<Rel<'a>, EngineError> {
        let dm: &'a crate::datamodel::DataModel = self.dm;
        dm.relation_view(model, field)
            .map(|view| Rel { view })
            .ok_or_else(|| {
                EngineError::InvalidInput(format!(
                    "`{field}` is not a relation field of {}",
                    self.dm.models[model].name
                ))
            })
    }

    // ---- selectors ---------------------------------------------------------------------

    /// The node a unique selector names: 3040/3045 for a bad selector, 3039 for a miss.
    pub(crate) fn resolve_unique(
        &mut self,
        model: ModelId,
        selector: &WhereUnique,
    ) -> Result<Id, EngineError> {
        match find_unique(self.dm, self.store, model, selector)? {
            Some(id) => Ok(id),
            None => Err(self.not_found(model, selector)),
        }
    }

    /// The target of a connect or set: like [`Engine::resolve_unique`], but a miss is
    /// [`EngineError::RelatedNodeNotFound`].
    fn resolve_target(
        &mut self,
        model: ModelId,
        selector: &WhereUnique,
    ) -> Result<Id, EngineError> {
        self.resolve_unique(model, selector).map_err(|e| match e {
            EngineError::NodeNotFound {
                model,
                field,
                value,
            } => EngineError::RelatedNodeNotFound {
                model,
                field,
                value,
            },
            other => other,
        })
    }

    /// The node every selector names: none given → [`EngineError::InvalidSelector`], a miss →
    /// [`EngineError::NodeNotFound`], different nodes → [`EngineError::ConflictingSelectors`].
    pub(crate) fn locate(
        &mut self,
        model: ModelId,
        selectors: &[WhereUnique],
        include_deleted: bool,
    ) -> Result<Id, EngineError> {
        let mut found: Option<Id> = None;
        for selector in selectors {
            let hit = if include_deleted {
                find_unique_any(self.dm, self.store, model, selector)?
            } else {
                find_unique(self.dm, self.store, model, selector)?
            };
            let id = hit.ok_or_else(|| self.not_found(model, selector))?;
            match &found {
                Some(other) if *other != id => {
                    return Err(EngineError::ConflictingSelectors {
                        model: self.model_name(model),
                    });
                }
                _ => found = Some(id),
            }
        }
        found.ok_or_else(|| EngineError::InvalidSelector {
            model: self.model_name(model),
        })
    }

    fn not_found(&self, model: ModelId, selector: &WhereUnique) -> EngineError {
        let (field, value) = selector
            .fields
            .iter()
            .find(|(_, v)| !v.is_null())
            .cloned()
            .unwrap_or_else(|| ("id".into(), Value::Null));
        EngineError::NodeNotFound {
            model: self.model_name(model),
            field,
            value,
        }
    }

    // ---- links -------------------------------------------------------------------------

    fn link(&mut self, rel: Rel<'_>, parent: &str, child: &str) {
        let r = rel.view.relation_id;
        match rel.view.parent_side {
            Side::A => self.store.link(r, parent, child),
            Side::B => self.store.link(r, child, parent),
        }
    }

    fn unlink(&mut self, rel: Rel<'_>, parent: &str, child: &str) {
        let r = rel.view.relation_id;
        match rel.view.parent_side {
            Side::A => self.store.unlink(r, parent, child),
            Side::B => self.store.unlink(r, child, parent),
        }
    }

    /// The live (not soft-deleted) children of `parent`: links to soft-deleted nodes are kept
    /// for a restore and left alone by every nested operation.
    fn children(&self, rel: Rel<'_>, parent: &str) -> Vec<Id> {
        let model = rel.view.child.model;
        self.store
            .linked(rel.view.relation_id, rel.view.parent_side, parent)
            .filter(|c| self.store.is_live(model, c))
            .cloned()
            .collect()
    }

    /// The live parents of `child`.
    fn parents(&self, rel: Rel<'_>, child: &str) -> Vec<Id> {
        let model = rel.view.parent.model;
        self.store
            .linked(rel.view.relation_id, rel.view.child_side(), child)
            .filter(|p| self.store.is_live(model, p))
            .cloned()
            .collect()
    }

    fn is_linked(&self, rel: Rel<'_>, parent: &str, child: &str) -> bool {
        let r = rel.view.relation_id;
        match rel.view.parent_side {
            Side::A => self.store.is_linked(r, parent, child),
            Side::B => self.store.is_linked(r, child, parent),
        }
    }

    /// Gives `child` the new parent `parent` with the stealing and replacing rules.
    fn attach(&mut self, rel: Rel<'_>, parent: &str, child: &str) -> Result<(), EngineError> {
        let old_parents = if rel.child_to_one() {
            self.parents(rel, child)
        } else {
            Vec::new()
        };
        let old_children = if rel.parent_to_one() {
            self.children(rel, parent)
        } else {
            Vec::new()
        };
        // Stealing: the child's old parent loses it.
        if !old_parents.is_empty() && rel.view.parent.required {
            return Err(rel.required_error(self.dm, End::Parent));
        }
        // Replacing: the parent's old child loses its parent.
        if !old_children.is_empty() && rel.view.child.required {
            return Err(rel.required_error(self.dm, End::Child));
        }
        for p in old_parents {
            self.unlink(rel, &p, child);
        }
        for c in old_children {
            self.unlink(rel, parent, &c);
        }
        self.link(rel, parent, child);
        Ok(())
    }

    // ---- values ------------------------------------------------------------------------

    /// Normalises a written value to the field's type (DateTime to its full form, Json text to
    /// a JSON value); rejects what the schema should have rejected.
    fn coerce(&self, model: ModelId, field: usize, value: &Value) -> Result<Value, EngineError> {
        let f = &self.dm.models[model].fields[field];
        let one = |v: &Value| -> Result<Value, EngineError> {
            match (&f.kind, v) {
                (_, Value::Null) => Ok(Value::Null),
                (FieldKind::Scalar(ScalarType::DateTime), Value::String(s)) => {
                    scalars::normalize_datetime(s)
                        .map(Value::String)
                        .ok_or_else(|| {
                            EngineError::InvalidInput(format!(
                                "`{s}` is not a valid DateTime for field {}",
                                f.name
                            ))
                        })
                }
                (FieldKind::Scalar(ScalarType::Json), Value::String(s)) => {
                    Ok(serde_json::from_str(s).unwrap_or_else(|_| v.clone()))
                }
                _ => Ok(v.clone()),
            }
        };
        if f.list {
            match value {
                Value::Array(items) => items
                    .iter()
                    .map(one)
                    .collect::<Result<Vec<_>, _>>()
                    .map(Value::Array),
                Value::Null => Ok(Value::Array(Vec::new())),
                single => Ok(Value::Array(vec![one(single)?])),
            }
        } else {
            one(value)
        }
    }

    fn field_index(&self, model: ModelId, name: &str) -> Result<usize, EngineError> {
        self.dm.models[model].field_index(name).ok_or_else(|| {
            EngineError::InvalidInput(format!(
                "unknown field `{name}` on {}",
                self.dm.models[model].name
            ))
        })
    }

    fn unique_error(&self, model: ModelId, c: UniqueConflict) -> EngineError {
        EngineError::UniqueConstraintViolation {
            model: self.model_name(model),
            field: self.dm.models[model].fields[c.0].name.clone(),
        }
    }

    /// 3007: `ID`-typed non-id values longer than the policy allows.
    fn check_lengths(
        &self,
        model: ModelId,
        scalars: &[(String, Value)],
    ) -> Result<(), EngineError> {
        let m = &self.dm.models[model];
        for (name, v) in scalars {
            if let (Some(f), Value::String(s)) = (m.field(name), v)
                && f.scalar_type() == Some(ScalarType::Id)
                && f.system != Some(SystemField::Id)
                && s.chars().count() > self.policy.max_id_length
            {
                return Err(EngineError::ValueTooLong {
                    field: name.clone(),
                });
            }
        }
        Ok(())
    }

    fn now(&mut self) -> Value {
        Value::String(scalars::format_epoch_ms(self.store.now_ms()))
    }

    // ---- create ------------------------------------------------------------------------

    pub(crate) fn create_node(
        &mut self,
        model: ModelId,
        data: &CreateInput,
    ) -> Result<Id, EngineError> {
        self.check_lengths(model, &data.scalars)?;
        self.create_with(model, data, None)
    }

    /// Creates a node; `filled_by` is the back-relation field a parent fills (nested create).
    fn create_with(
        &mut self,
        model: ModelId,
        data: &CreateInput,
        filled_by: Option<&str>,
    ) -> Result<Id, EngineError> {
        let m = &self.dm.models[model];
        let mut values = vec![Value::Null; m.fields.len()];
        let mut id = None;
        for (name, v) in &data.scalars {
            let fi = self.field_index(model, name)?;
            let f = &self.dm.models[model].fields[fi];
            if f.is_relation() || f.list {
                return Err(EngineError::InvalidInput(format!(
                    "`{name}` is not a scalar field of {}",
                    self.model_name(model)
                )));
            }
            if v.is_null() && f.required {
                return Err(if f.default.is_some() {
                    EngineError::InvalidValue {
                        model: self.model_name(model),
                        field: name.clone(),
                        value: "null".into(),
                    }
                } else {
                    EngineError::InvalidInput(format!(
                        "the required field `{name}` of {} must not be null",
                        self.model_name(model)
                    ))
                });
            }
            let v = self.coerce(model, fi, v)?;
            if f.system == Some(SystemField::Id) {
                match &v {
                    Value::String(s) if !s.is_empty() => id = Some(s.clone()),
                    _ => {
                        return Err(EngineError::InvalidInput(format!(
                            "the id given for {} must be a non-empty string",
                            self.model_name(model)
                        )));
                    }
                }
            }
            values[fi] = v;
        }
        for (name, items) in &data.lists {
            let fi = self.field_index(model, name)?;
            if !self.dm.models[model].fields[fi].list
                || self.dm.models[model].fields[fi].is_relation()
            {
                return Err(EngineError::InvalidInput(format!(
                    "`{name}` is not a scalar list of {}",
                    self.model_name(model)
                )));
            }
            values[fi] = self.coerce(model, fi, &Value::Array(items.clone()))?;
        }
        let id = match id {
            Some(id) => id,
            None => self.store.new_id(),
        };
        let now = self.now();
        let given = |name: &str| data.scalars.iter().any(|(n, _)| n == name);
        for (fi, f) in self.dm.models[model].fields.iter().enumerate() {
            if f.is_relation() {
                continue;
            }
            match f.system {
                Some(SystemField::Id) => values[fi] = Value::String(id.clone()),
                Some(SystemField::CreatedAt | SystemField::UpdatedAt) => values[fi] = now.clone(),
                None if f.list && values[fi].is_null() => values[fi] = Value::Array(Vec::new()),
                None if f.list => {}
                None if !given(&f.name) && f.default.is_some() => {
                    values[fi] = f.default.clone().unwrap_or(Value::Null);
                }
                None if !given(&f.name) && f.required => {
                    return Err(EngineError::InvalidInput(format!(
                        "the required field `{}` of {} is missing",
                        f.name, self.dm.models[model].name
                    )));
                }
                None => {}
            }
        }
        // 3032: a required to-one given without create or connect, or missing altogether
        // (unless the parent of a nested create fills it).
        for f in self.dm.models[model].relation_fields() {
            if f.list || !f.required || filled_by == Some(f.name.as_str()) {
                continue;
            }
            let ok = data
                .relations
                .iter()
                .any(|(n, r)| n == &f.name && (!r.create.is_empty() || !r.connect.is_empty()));
            if !ok {
                return Err(EngineError::RequiredFieldMissing {
                    model: self.model_name(model),
                    field: f.name.clone(),
                });
            }
        }
        self.store
            .insert(
                model,
                Node {
                    id: id.clone(),
                    values,
                },
            )
            .map_err(|c| self.unique_error(model, c))?;
        self.create_relations(model, &id, data)?;
        Ok(id)
    }

    /// Nested ops inside a create: creates first, then connects (§4.9).
    fn create_relations(
        &mut self,
        model: ModelId,
        id: &str,
        data: &CreateInput,
    ) -> Result<(), EngineError> {
        let ordered = self.in_declaration_order(model, &data.relations);
        for (field, r) in &ordered {
            for c in &r.create {
                self.nested_create(model, id, field, c)?;
            }
        }
        for (field, r) in &ordered {
            for w in &r.connect {
                self.nested_connect(model, id, field, w)?;
            }
        }
        Ok(())
    }

    fn in_declaration_order<'d, T>(
        &self,
        model: ModelId,
        given: &'d [(String, T)],
    ) -> Vec<(String, &'d T)> {
        let mut out: Vec<(usize, String, &T)> = given
            .iter()
            .map(|(n, r)| {
                (
                    self.dm.models[model].field_index(n).unwrap_or(usize::MAX),
                    n.clone(),
                    r,
                )
            })
            .collect();
        out.sort_by_key(|(i, _, _)| *i);
        out.into_iter().map(|(_, n, r)| (n, r)).collect()
    }

    fn nested_create(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        data: &CreateInput,
    ) -> Result<Id, EngineError> {
        let rel = self.rel(model, field)?;
        // Replacing check before the child exists (3042 for P1!-C1!, P1-C1! with a child).
        if rel.parent_to_one() && rel.view.child.required && !self.children(rel, parent).is_empty()
        {
            return Err(rel.required_error(self.dm, End::Child));
        }
        let back = rel.view.child.field.clone();
        let child = self.create_with(rel.child_model(), data, back.as_deref())?;
        self.attach(rel, parent, &child)?;
        Ok(child)
    }

    fn nested_connect(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        selector: &WhereUnique,
    ) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        if self.policy.connect_required_quirks
            && rel.view.parent.required
            && rel.view.child.required
            && rel.parent_to_one()
            && rel.child_to_one()
        {
            // P1!-C1!: the target always has a parent that would lose its required child.
            return Err(rel.required_error(self.dm, End::Parent));
        }
        let child = self.resolve_target(rel.child_model(), selector)?;
        if rel.child_to_one() || rel.parent_to_one() {
            let quirk = self.policy.connect_required_quirks
                && ((rel.view.parent.required && rel.child_to_one())
                    || (rel.view.child.required && rel.parent_to_one()));
            if self.is_linked(rel, parent, &child) && !quirk {
                return Ok(());
            }
            self.attach(rel, parent, &child)
        } else {
            self.link(rel, parent, &child);
            Ok(())
        }
    }

    // ---- update ------------------------------------------------------------------------

    /// Updates scalars and lists of a node, then runs its nested operations.
    pub(crate) fn update_node(
        &mut self,
        model: ModelId,
        id: &str,
        data: &UpdateInput,
        top: bool,
    ) -> Result<(), EngineError> {
        if top {
            self.check_lengths(model, &data.scalars)?;
        }
        self.write_scalars(model, id, data)?;
        self.update_relations(model, id, data)
    }

    pub(crate) fn write_scalars(
        &mut self,
        model: ModelId,
        id: &str,
        data: &UpdateInput,
    ) -> Result<(), EngineError> {
        for (name, v) in &data.scalars {
            let fi = self.field_index(model, name)?;
            let f = &self.dm.models[model].fields[fi];
            if f.is_relation() || f.list || !f.writable_on_update() {
                return Err(EngineError::InvalidInput(format!(
                    "`{name}` cannot be written in an update of {}",
                    self.model_name(model)
                )));
            }
            if v.is_null() && f.required {
                return Err(EngineError::NullInRequiredField {
                    model: self.model_name(model),
                    field: name.clone(),
                });
            }
            let v = self.coerce(model, fi, v)?;
            self.store
                .set_value(model, id, fi, v)
                .map_err(|c| self.unique_error(model, c))?;
        }
        for (name, items) in &data.lists {
            let fi = self.field_index(model, name)?;
            if !self.dm.models[model].fields[fi].list {
                return Err(EngineError::InvalidInput(format!(
                    "`{name}` is not a scalar list of {}",
                    self.model_name(model)
                )));
            }
            let v = self.coerce(model, fi, &Value::Array(items.clone()))?;
            self.store
                .set_value(model, id, fi, v)
                .map_err(|c| self.unique_error(model, c))?;
        }
        for (name, op) in &data.computed {
            let fi = self.field_index(model, name)?;
            let current = self
                .store
                .get(model, id)
                .map(|n| n.values[fi].clone())
                .unwrap_or(Value::Null);
            let v = self.compute(model, fi, &current, op)?;
            self.store
                .set_value(model, id, fi, v)
                .map_err(|c| self.unique_error(model, c))?;
        }
        if let Some(fi) = self.dm.models[model]
            .fields
            .iter()
            .position(|f| f.system == Some(SystemField::UpdatedAt))
        {
            let now = self.now();
            self.store
                .set_value(model, id, fi, now)
                .map_err(|c| self.unique_error(model, c))?;
        }
        Ok(())
    }

    /// Nested ops inside an update, in Prisma's fixed order (§4.9): one phase after the other,
    /// each over the relation fields in declaration order.
    fn update_relations(
        &mut self,
        model: ModelId,
        id: &str,
        data: &UpdateInput,
    ) -> Result<(), EngineError> {
        let ordered = self.in_declaration_order(model, &data.relations);
        for &phase in self.policy.nested_order {
            for (field, r) in &ordered {
                self.run_phase(phase, model, id, field, r)?;
            }
        }
        Ok(())
    }

    fn run_phase(
        &mut self,
        phase: NestedOp,
        model: ModelId,
        id: &str,
        field: &str,
        r: &UpdateRelation,
    ) -> Result<(), EngineError> {
        match phase {
            NestedOp::Create => {
                if self.policy.create_replaces_on_update && !r.create.is_empty() {
                    self.detach_all(model, id, field)?;
                }
                for c in &r.create {
                    self.nested_create(model, id, field, c)?;
                }
            }
            NestedOp::Update => {
                for u in &r.update {
                    self.nested_update(model, id, field, u)?;
                }
            }
            NestedOp::Upsert => {
                for u in &r.upsert {
                    self.nested_upsert(model, id, field, u)?;
                }
            }
            NestedOp::Delete => {
                for t in &r.delete {
                    self.nested_delete(model, id, field, t)?;
                }
            }
            NestedOp::Connect => {
                for w in &r.connect {
                    self.nested_connect(model, id, field, w)?;
                }
            }
            NestedOp::Set => {
                if let Some(targets) = &r.set {
                    let checked = self.policy.set_checks_required;
                    self.nested_set(model, id, field, targets, checked)?;
                }
                if let Some(targets) = &r.reconnect {
                    self.nested_set(model, id, field, targets, true)?;
                }
            }
            NestedOp::Disconnect if self.policy.distinct_disconnects => {
                self.nested_disconnect_distinct(model, id, field, &r.disconnect)?;
            }
            NestedOp::Disconnect => {
                for t in &r.disconnect {
                    self.nested_disconnect(model, id, field, t)?;
                }
            }
            NestedOp::UpdateMany => {
                for um in &r.update_many {
                    self.nested_update_many(model, id, field, um)?;
                }
            }
            NestedOp::DeleteMany => {
                for f in &r.delete_many {
                    self.nested_delete_many(model, id, field, f)?;
                }
            }
        }
        Ok(())
    }

    fn parent_ref(&self, model: ModelId, id: &str) -> NodeRef {
        NodeRef {
            model: self.model_name(model),
            selector: Some(("id".into(), Value::String(id.to_string()))),
        }
    }

    /// The connected child a to-one `Target::Connected` addresses, or 3041 (parent by id).
    fn connected_child(
        &self,
        model: ModelId,
        parent: &str,
        rel: Rel<'_>,
    ) -> Result<Id, EngineError> {
        self.children(rel, parent)
            .into_iter()
            .next()
            .ok_or_else(|| EngineError::NodesNotConnected {
                relation: rel.view.relation.name.clone(),
                parent: Box::new(self.parent_ref(model, parent)),
                child: Box::new(NodeRef {
                    model: self.model_name(rel.child_model()),
                    selector: None,
                }),
                on_path: true,
            })
    }

    /// The child a selector names, which must be linked to `parent`: 3039 if it does not
    /// exist, 3041 (both ids) if it is not linked.
    fn linked_child_by_selector(
        &mut self,
        model: ModelId,
        parent: &str,
        rel: Rel<'_>,
        selector: &WhereUnique,
    ) -> Result<Id, EngineError> {
        let child = self.resolve_unique(rel.child_model(), selector)?;
        if !self.is_linked(rel, parent, &child) {
            return Err(EngineError::NodesNotConnected {
                relation: rel.view.relation.name.clone(),
                parent: Box::new(self.parent_ref(model, parent)),
                child: Box::new(NodeRef {
                    model: self.model_name(rel.child_model()),
                    selector: Some(("id".into(), Value::String(child.clone()))),
                }),
                on_path: false,
            });
        }
        Ok(child)
    }

    fn nested_update(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        u: &NestedUpdate,
    ) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        let child = match &u.target {
            Target::Connected => {
                self.children(rel, parent)
                    .into_iter()
                    .next()
                    .ok_or_else(|| EngineError::NodesNotConnected {
                        relation: rel.view.relation.name.clone(),
                        parent: Box::new(NodeRef {
                            model: self.model_name(model),
                            selector: None,
                        }),
                        child: Box::new(NodeRef {
                            model: self.model_name(rel.child_model()),
                            selector: None,
                        }),
                        on_path: true,
                    })?
            }
            Target::Where(selector) => {
                let child = self.resolve_unique(rel.child_model(), selector)?;
                if !self.is_linked(rel, parent, &child) {
                    let sel = selector.fields.iter().find(|(_, v)| !v.is_null()).cloned();
                    return Err(EngineError::NodesNotConnected {
                        relation: rel.view.relation.name.clone(),
                        parent: Box::new(NodeRef {
                            model: self.model_name(model),
                            selector: None,
                        }),
                        child: Box::new(NodeRef {
                            model: self.model_name(rel.child_model()),
                            selector: sel,
                        }),
                        on_path: true,
                    });
                }
                child
            }
        };
        self.update_node(rel.child_model(), &child, &u.data, false)
    }

    fn nested_upsert(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        u: &NestedUpsert,
    ) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        self.check_lengths(rel.child_model(), &u.update.scalars)?;
        self.check_lengths(rel.child_model(), &u.create.scalars)?;
        let existing = match &u.target {
            Target::Connected => self.children(rel, parent).into_iter().next(),
            Target::Where(selector) => {
                // Looked up among this parent's children only (US02).
                find_unique(self.dm, self.store, rel.child_model(), selector)?
                    .filter(|c| self.is_linked(rel, parent, c))
            }
        };
        match existing {
            Some(child) => self.update_node(rel.child_model(), &child, &u.update, false),
            None => self
                .nested_create(model, parent, field, &u.create)
                .map(|_| ()),
        }
    }

    fn nested_delete(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        t: &Target,
    ) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        if rel.parent_to_one() && rel.view.parent.required {
            // Not in the schema since 1.17; an old-shape request fails as 1.4–1.16 did.
            return Err(rel.required_error(self.dm, End::Parent));
        }
        let child = match t {
            Target::Connected => self.connected_child(model, parent, rel)?,
            Target::Where(selector) => {
                self.linked_child_by_selector(model, parent, rel, selector)?
            }
        };
        self.delete_nodes(rel.child_model(), std::slice::from_ref(&child))?;
        Ok(())
    }

    fn nested_disconnect(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        t: &Target,
    ) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        if self.policy.lenient_disconnect && *t == Target::Connected {
            // Graphcool's `fId: null`: nothing connected is nothing to do; only the partner's
            // back field is checked.
            let Some(child) = self.children(rel, parent).into_iter().next() else {
                return Ok(());
            };
            if rel.view.child.required {
                return Err(rel.required_error(self.dm, End::Child));
            }
            self.unlink(rel, parent, &child);
            return Ok(());
        }
        // The required check runs before the existence check (§4.3).
        self.check_disconnect(rel)?;
        let child = self.linked_target(model, parent, rel, t)?;
        self.unlink(rel, parent, &child);
        Ok(())
    }

    /// The linked child a disconnect target names: the connected one, or the one its selector
    /// finds among the parent's children.
    fn linked_target(
        &mut self,
        model: ModelId,
        parent: &str,
        rel: Rel<'_>,
        t: &Target,
    ) -> Result<Id, EngineError> {
        match t {
            Target::Connected => self.connected_child(model, parent, rel),
            Target::Where(selector) => self.linked_child_by_selector(model, parent, rel, selector),
        }
    }

    /// A disconnect list resolved to distinct linked records before any is unlinked
    /// ([`Policy::distinct_disconnects`]); the checks are those of [`Self::nested_disconnect`].
    fn nested_disconnect_distinct(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        targets: &[Target],
    ) -> Result<(), EngineError> {
        if targets.is_empty() {
            return Ok(());
        }
        let rel = self.rel(model, field)?;
        self.check_disconnect(rel)?;
        let mut children: Vec<Id> = Vec::with_capacity(targets.len());
        for t in targets {
            let child = self.linked_target(model, parent, rel, t)?;
            if !children.contains(&child) {
                children.push(child);
            }
        }
        for child in &children {
            self.unlink(rel, parent, child);
        }
        Ok(())
    }

    /// Graphcool's nested create in an update replaces a to-many list: the current children
    /// are detached first (refused when their back field is required).
    fn detach_all(&mut self, model: ModelId, parent: &str, field: &str) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        if rel.parent_to_one() {
            // A to-one nested create replaces through `attach` (with its own check).
            return Ok(());
        }
        let current = self.children(rel, parent);
        if rel.view.child.required && !current.is_empty() {
            return Err(rel.required_error(self.dm, End::Child));
        }
        for c in &current {
            self.unlink(rel, parent, c);
        }
        Ok(())
    }

    /// Disconnecting is refused when the child's back field is required, or the parent's own
    /// to-one field is.
    fn check_disconnect(&self, rel: Rel<'_>) -> Result<(), EngineError> {
        if rel.view.child.required {
            return Err(rel.required_error(self.dm, End::Child));
        }
        if rel.parent_to_one() && rel.view.parent.required {
            return Err(rel.required_error(self.dm, End::Parent));
        }
        Ok(())
    }

    /// `set` (and `reconnect` with `checked`): the parent's links become exactly `targets`.
    fn nested_set(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        targets: &[WhereUnique],
        checked: bool,
    ) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        let mut wanted = Vec::new();
        for w in targets {
            let c = self.resolve_target(rel.child_model(), w)?;
            if !wanted.contains(&c) {
                wanted.push(c);
            }
        }
        let current = self.children(rel, parent);
        if checked && rel.view.child.required && current.iter().any(|c| !wanted.contains(c)) {
            return Err(rel.required_error(self.dm, End::Child));
        }
        for c in &current {
            if !wanted.contains(c) {
                self.unlink(rel, parent, c);
            }
        }
        for c in &wanted {
            if self.is_linked(rel, parent, c) {
                continue;
            }
            if rel.child_to_one() {
                for p in self.parents(rel, c) {
                    self.unlink(rel, &p, c);
                }
            }
            self.link(rel, parent, c);
        }
        Ok(())
    }

    fn matching_children(
        &self,
        rel: Rel<'_>,
        parent: &str,
        f: &Filter,
    ) -> Result<Vec<Id>, EngineError> {
        filter::check(self.dm, rel.child_model(), f)?;
        Ok(self
            .children(rel, parent)
            .into_iter()
            .filter(|c| filter::matches(self.dm, self.store, rel.child_model(), c, f))
            .collect())
    }

    fn nested_update_many(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        um: &NestedUpdateMany,
    ) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        for c in self.matching_children(rel, parent, &um.filter)? {
            self.write_scalars(rel.child_model(), &c, &um.data)?;
        }
        Ok(())
    }

    fn nested_delete_many(
        &mut self,
        model: ModelId,
        parent: &str,
        field: &str,
        f: &Filter,
    ) -> Result<(), EngineError> {
        let rel = self.rel(model, field)?;
        let ids = self.matching_children(rel, parent, f)?;
        self.delete_nodes(rel.child_model(), &ids)?;
        Ok(())
    }

    // ---- upsert ------------------------------------------------------------------------

    pub(crate) fn upsert_node(
        &mut self,
        model: ModelId,
        selector: &WhereUnique,
        create: &CreateInput,
        update: &UpdateInput,
    ) -> Result<Id, EngineError> {
        // The length pre-check validates both branches (§6).
        self.check_lengths(model, &create.scalars)?;
        self.check_lengths(model, &update.scalars)?;
        match find_unique(self.dm, self.store, model, selector)? {
            Some(id) => {
                self.update_node(model, &id, update, false)?;
                Ok(id)
            }
            None => self.create_with(model, create, None),
        }
    }

    // ---- delete ------------------------------------------------------------------------

    /// Deletes nodes after the required-relation check (3042 when another node's required
    /// to-one points at one of them). Returns the nodes as they were.
    pub(crate) fn delete_nodes(
        &mut self,
        model: ModelId,
        ids: &[Id],
    ) -> Result<Vec<Node>, EngineError> {
        for id in ids {
            self.check_delete(model, id, ids)?;
        }
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(n) = self.store.remove(model, id) {
                out.push(n);
            }
        }
        Ok(out)
    }

    fn check_delete(&self, model: ModelId, id: &str, deleting: &[Id]) -> Result<(), EngineError> {
        for &(r, side) in self.store.relations_of(model) {
            let relation = &self.dm.relations[r];
            let other = relation.end(side.other());
            if other.list || !other.required {
                continue;
            }
            let same_model = other.model == model;
            let violated = self
                .store
                .linked(r, side, id)
                .any(|o| !(same_model && deleting.contains(o)));
            if violated {
                return Err(required_violation(self.dm, relation, other));
            }
        }
        Ok(())
    }

    // ---- removal with force and soft delete ---------------------------------------------

    /// Removes `ids` of `model` (soft or hard). Under [`super::Policy::force_deletes`] nodes
    /// whose required to-one points at a removed node (soft-deleted ones included) make it
    /// fail with [`EngineError::ForceRequired`], unless forced: then they are removed too,
    /// recursively. Otherwise the Prisma check of [`Engine::delete_nodes`] applies.
    pub(crate) fn remove_nodes(
        &mut self,
        model: ModelId,
        ids: &[Id],
        how: Removal,
    ) -> Result<usize, EngineError> {
        if !self.policy.force_deletes {
            for id in ids {
                self.check_delete(model, id, ids)?;
            }
        }
        let mut doomed: Vec<(ModelId, Id)> = ids.iter().map(|i| (model, i.clone())).collect();
        let mut seen: HashSet<(ModelId, Id)> = doomed.iter().cloned().collect();
        let mut next = 0;
        while self.policy.force_deletes && next < doomed.len() {
            let (m, id) = doomed[next].clone();
            next += 1;
            for (r, side) in self.dm.relations_of(m) {
                let relation = &self.dm.relations[r];
                let other = relation.end(side.other());
                if other.list || !other.required {
                    continue;
                }
                let dependants: Vec<Id> = self.store.linked(r, side, &id).cloned().collect();
                for d in dependants {
                    let key = (other.model, d);
                    if seen.contains(&key) {
                        continue;
                    }
                    if !how.force {
                        return Err(EngineError::ForceRequired {
                            model: self.model_name(m),
                            child: self.model_name(other.model),
                            field: other.field.clone().unwrap_or_default(),
                        });
                    }
                    seen.insert(key.clone());
                    doomed.push(key);
                }
            }
        }
        let now = self.store.now_ms();
        for (m, id) in &doomed {
            if how.soft {
                self.store.mark_deleted(*m, id, now);
            } else {
                self.store.remove(*m, id);
            }
        }
        Ok(doomed.len())
    }

    pub(crate) fn restore_node(&mut self, model: ModelId, id: &str) -> Result<Id, EngineError> {
        if !self.store.unmark_deleted(model, id) {
            return Err(EngineError::NodeNotFound {
                model: self.model_name(model),
                field: "id".into(),
                value: Value::String(id.to_string()),
            });
        }
        for (r, side) in self.dm.relations_of(model) {
            // The partner's end is its field towards us: a to-one there holds one live partner.
            if self.dm.relations[r].end(side.other()).list {
                continue;
            }
            let partners: Vec<Id> = self.store.linked(r, side, id).cloned().collect();
            for p in partners {
                let taken = self
                    .store
                    .linked(r, side.other(), &p)
                    .any(|q| q != id && self.store.is_live(model, q));
                if taken {
                    match side {
                        Side::A => self.store.unlink(r, id, &p),
                        Side::B => self.store.unlink(r, &p, id),
                    }
                }
            }
        }
        // A record does not come back without its mandatory partner (a partner still
        // soft-deleted, gone, or taken by another record meanwhile): the caller rolls back.
        for (r, side) in self.dm.relations_of(model) {
            let relation = &self.dm.relations[r];
            let mine = relation.end(side);
            if mine.list || !mine.required || mine.field.is_none() {
                continue;
            }
            let partner_model = relation.end(side.other()).model;
            let partnered = self
                .store
                .linked(r, side, id)
                .any(|p| self.store.is_live(partner_model, p));
            if !partnered {
                return Err(required_violation(self.dm, relation, mine));
            }
        }
        Ok(id.to_string())
    }

    /// A value computed from the current one ([`ScalarUpdate`]); null stays null.
    fn compute(
        &self,
        model: ModelId,
        fi: usize,
        current: &Value,
        op: &ScalarUpdate,
    ) -> Result<Value, EngineError> {
        let f = &self.dm.models[model].fields[fi];
        let bad = |reason: &str| EngineError::InvalidComputation {
            model: self.model_name(model),
            field: f.name.clone(),
            reason: reason.to_string(),
        };
        if current.is_null() {
            return Ok(Value::Null);
        }
        let ty = f.scalar_type();
        match op {
            ScalarUpdate::Prefix(p) | ScalarUpdate::Postfix(p) => {
                let Value::String(s) = current else {
                    return Err(bad("not a text field"));
                };
                Ok(Value::String(match op {
                    ScalarUpdate::Prefix(_) => format!("{p}{s}"),
                    _ => format!("{s}{p}"),
                }))
            }
            ScalarUpdate::Invert => match current {
                Value::Bool(b) => Ok(Value::Bool(!b)),
                _ => Err(bad("not a boolean field")),
            },
            ScalarUpdate::AddParts(parts) | ScalarUpdate::SubParts(parts) => {
                let sign = if matches!(op, ScalarUpdate::AddParts(_)) {
                    1
                } else {
                    -1
                };
                current
                    .as_str()
                    .and_then(|s| scalars::shift_datetime(s, parts, sign))
                    .map(Value::String)
                    .ok_or_else(|| bad("the date is out of range"))
            }
            ScalarUpdate::Add(n)
            | ScalarUpdate::Sub(n)
            | ScalarUpdate::Mult(n)
            | ScalarUpdate::Div(n)
            | ScalarUpdate::Mod(n)
            | ScalarUpdate::Pow(n) => {
                let a = current.as_f64().ok_or_else(|| bad("not a number field"))?;
                let r = match op {
                    ScalarUpdate::Add(_) => a + n,
                    ScalarUpdate::Sub(_) => a - n,
                    ScalarUpdate::Mult(_) => a * n,
                    ScalarUpdate::Div(_) if *n == 0.0 => return Err(bad("division by zero")),
                    ScalarUpdate::Div(_) => a / n,
                    ScalarUpdate::Mod(_) if *n == 0.0 => return Err(bad("division by zero")),
                    ScalarUpdate::Mod(_) => a % n,
                    _ => a.powf(*n),
                };
                number(r, ty).ok_or_else(|| bad("the result is out of range"))
            }
            ScalarUpdate::Sqrt => {
                let a = current.as_f64().ok_or_else(|| bad("not a number field"))?;
                if a < 0.0 {
                    return Err(bad("square root of a negative number"));
                }
                number(a.sqrt(), ty).ok_or_else(|| bad("the result is out of range"))
            }
        }
    }

    // ---- batch -------------------------------------------------------------------------

    fn matching(&self, model: ModelId, f: &Filter) -> Result<Vec<Id>, EngineError> {
        self.matching_with(model, f, false)
    }

    /// The nodes a filter matches, in id order (soft-deleted ones only with
    /// `include_deleted`).
    pub(crate) fn matching_with(
        &self,
        model: ModelId,
        f: &Filter,
        include_deleted: bool,
    ) -> Result<Vec<Id>, EngineError> {
        filter::check(self.dm, model, f)?;
        Ok(self
            .store
            .ids(model)
            .filter(|id| include_deleted || self.store.is_live(model, id))
            .filter(|id| filter::matches(self.dm, self.store, model, id, f))
            .cloned()
            .collect())
    }

    pub(crate) fn update_many_nodes(
        &mut self,
        model: ModelId,
        f: &Filter,
        data: &UpdateInput,
    ) -> Result<usize, EngineError> {
        if !data.relations.is_empty() {
            return Err(EngineError::InvalidInput(
                "updateMany data takes scalar fields and scalar lists only".into(),
            ));
        }
        let ids = self.matching(model, f)?;
        for id in &ids {
            self.write_scalars(model, id, data)?;
        }
        Ok(ids.len())
    }

    pub(crate) fn delete_many_nodes(
        &mut self,
        model: ModelId,
        f: &Filter,
    ) -> Result<usize, EngineError> {
        let ids = self.matching(model, f)?;
        self.delete_nodes(model, &ids).map(|v| v.len())
    }
}

/// A computed number as the field stores it: Int fields rounded (half away from zero, as a
/// database storing a decimal result in an integer column), within i64 range.
fn number(r: f64, ty: Option<ScalarType>) -> Option<Value> {
    if !r.is_finite() {
        return None;
    }
    match ty {
        Some(ScalarType::Int | ScalarType::Long) => {
            let rounded = r.round();
            (rounded.abs() < 9.0e18).then(|| Value::from(rounded as i64))
        }
        _ => serde_json::Number::from_f64(r).map(Value::Number),
    }
}
