//! Reads: nodes, unique lookups, filtered and ordered lists, related lists (id order by
//! default, as Prisma 1 returns them) and counts.

use super::EngineError;
use super::filter;
use super::input::{Direction, Filter, ListArgs, WhereUnique};
use crate::datamodel::{DataModel, ModelId, scalars};
use crate::store::{Id, Node, Store};
use serde_json::Value;
use std::cmp::Ordering;

/// Read access to a store. Soft-deleted nodes are invisible: to related lists and to-one fields
/// always, to unique lookups, root lists and counts unless [`Reader::with_deleted`].
pub struct Reader<'a> {
    dm: &'a DataModel,
    store: &'a Store,
    with_deleted: bool,
}

impl<'a> Reader<'a> {
    pub fn new(dm: &'a DataModel, store: &'a Store) -> Self {
        Reader {
            dm,
            store,
            with_deleted: false,
        }
    }

    /// Unique lookups, root lists and counts include soft-deleted nodes (8base's
    /// `withDeleted: true`).
    pub fn with_deleted(mut self, yes: bool) -> Self {
        self.with_deleted = yes;
        self
    }

    fn visible(&self, model: ModelId, id: &str) -> bool {
        self.with_deleted || self.store.is_live(model, id)
    }

    pub fn node(&self, model: ModelId, id: &str) -> Option<&'a Node> {
        self.store.get(model, id)
    }

    /// The stored value of a scalar/enum/list field.
    pub fn value(&self, model: ModelId, id: &str, field: &str) -> Option<&'a Value> {
        let fi = self.dm.models[model].field_index(field)?;
        self.store.get(model, id).map(|n| &n.values[fi])
    }

    /// The node a unique selector names: 3040 for no non-null field, 3045 for several. A
    /// soft-deleted node is found only [`Reader::with_deleted`].
    pub fn find_unique(
        &self,
        model: ModelId,
        selector: &WhereUnique,
    ) -> Result<Option<Id>, EngineError> {
        if self.with_deleted {
            find_unique_any(self.dm, self.store, model, selector)
        } else {
            find_unique(self.dm, self.store, model, selector)
        }
    }

    /// `xs(where, orderBy, skip, first, last)`.
    pub fn list(&self, model: ModelId, args: &ListArgs) -> Result<Vec<Id>, EngineError> {
        filter::check(self.dm, model, &args.filter)?;
        let ids: Vec<&Id> = self
            .store
            .ids(model)
            .filter(|id| self.visible(model, id))
            .filter(|id| filter::matches(self.dm, self.store, model, id, &args.filter))
            .collect();
        self.window(model, ids, args)
    }

    /// The nodes related to `id` through `field`, with list arguments.
    pub fn related(
        &self,
        model: ModelId,
        id: &str,
        field: &str,
        args: &ListArgs,
    ) -> Result<Vec<Id>, EngineError> {
        let v = self.dm.relation_view(model, field).ok_or_else(|| {
            EngineError::InvalidInput(format!(
                "`{field}` is not a relation field of {}",
                self.dm.models[model].name
            ))
        })?;
        filter::check(self.dm, v.child.model, &args.filter)?;
        let child = v.child.model;
        let ids: Vec<&Id> = self
            .store
            .linked(v.relation_id, v.parent_side, id)
            .filter(|c| self.store.is_live(child, c))
            .filter(|c| filter::matches(self.dm, self.store, child, c, &args.filter))
            .collect();
        self.window(child, ids, args)
    }

    /// The node connected through a to-one field, if any.
    pub fn related_one(&self, model: ModelId, id: &str, field: &str) -> Option<Id> {
        let v = self.dm.relation_view(model, field)?;
        self.store
            .linked(v.relation_id, v.parent_side, id)
            .find(|c| self.store.is_live(v.child.model, c))
            .cloned()
    }

    pub fn count(&self, model: ModelId, f: &Filter) -> Result<usize, EngineError> {
        filter::check(self.dm, model, f)?;
        Ok(self
            .store
            .ids(model)
            .filter(|id| self.visible(model, id))
            .filter(|id| filter::matches(self.dm, self.store, model, id, f))
            .count())
    }

    pub fn matches(&self, model: ModelId, id: &str, f: &Filter) -> bool {
        filter::matches(self.dm, self.store, model, id, f)
    }

    fn window(
        &self,
        model: ModelId,
        mut ids: Vec<&Id>,
        args: &ListArgs,
    ) -> Result<Vec<Id>, EngineError> {
        if let Some(first) = &args.order_by {
            let m = &self.dm.models[model];
            let mut keys = Vec::with_capacity(1 + args.then_by.len());
            for (field, dir) in std::iter::once(first).chain(&args.then_by) {
                let fi = m.field_index(field).ok_or_else(|| {
                    EngineError::InvalidInput(format!("cannot order {} by `{field}`", m.name))
                })?;
                keys.push((fi, *dir));
            }
            let value = |id: &Id, fi: usize| self.store.get(model, id).map(|n| &n.values[fi]);
            // Stable sort on top of id order; nulls first ascending (as SQL NULLS FIRST).
            ids.sort_by(|a, b| {
                for &(fi, dir) in &keys {
                    let o = match (value(a, fi), value(b, fi)) {
                        (Some(x), Some(y)) => match (x.is_null(), y.is_null()) {
                            (true, true) => Ordering::Equal,
                            (true, false) => Ordering::Less,
                            (false, true) => Ordering::Greater,
                            _ => scalars::compare_values(x, y).unwrap_or(Ordering::Equal),
                        },
                        _ => Ordering::Equal,
                    };
                    let o = if dir == Direction::Desc {
                        o.reverse()
                    } else {
                        o
                    };
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                Ordering::Equal
            });
        }
        let skip = args.skip.unwrap_or(0).min(ids.len());
        let mut ids: Vec<&Id> = ids.split_off(skip);
        if let Some(first) = args.first {
            ids.truncate(first);
        }
        if let Some(last) = args.last
            && ids.len() > last
        {
            ids = ids.split_off(ids.len() - last);
        }
        Ok(ids.into_iter().cloned().collect())
    }
}

/// Shared by reads and the engine: resolve a unique selector without failing on a miss. A
/// soft-deleted node is a miss.
pub(crate) fn find_unique(
    dm: &DataModel,
    store: &Store,
    model: ModelId,
    selector: &WhereUnique,
) -> Result<Option<Id>, EngineError> {
    Ok(find_unique_any(dm, store, model, selector)?.filter(|id| store.is_live(model, id)))
}

/// [`find_unique`] that also finds soft-deleted nodes.
pub(crate) fn find_unique_any(
    dm: &DataModel,
    store: &Store,
    model: ModelId,
    selector: &WhereUnique,
) -> Result<Option<Id>, EngineError> {
    let m = &dm.models[model];
    let given: Vec<&(String, Value)> = selector
        .fields
        .iter()
        .filter(|(_, v)| !v.is_null())
        .collect();
    let (field, value) = match given.as_slice() {
        [] => {
            return Err(EngineError::InvalidSelector {
                model: m.name.clone(),
            });
        }
        [one] => (&one.0, &one.1),
        _ => {
            return Err(EngineError::AmbiguousSelector {
                model: m.name.clone(),
            });
        }
    };
    let fi = m
        .field_index(field)
        .filter(|&i| m.fields[i].unique && !m.fields[i].list && !m.fields[i].is_relation())
        .ok_or_else(|| {
            EngineError::InvalidInput(format!("`{field}` is not a unique field of {}", m.name))
        })?;
    let value = filter::normalize(m.fields[fi].scalar_type(), value);
    Ok(store.find_unique(model, fi, &value).cloned())
}
