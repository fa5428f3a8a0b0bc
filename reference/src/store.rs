//! The in-memory store: one table per model (nodes by id, an index per unique field) and one
//! link table per relation (indexed from both ends), plus an undo log that makes every
//! top-level mutation atomic without copying the store. Lookups by id or unique and link /
//! unlink cost O(log n) or O(1) whatever the store size.
//!
//! A node can carry a *deleted mark* (a soft delete, 8base's `deletedAt`): it stays in its
//! table, its unique values stay taken and its links stay, but readers and the engine's
//! relation operations skip it ([`Store::is_live`]). Marks are covered by the undo log.

use crate::datamodel::{DataModel, FieldKind, ModelId, RelationId, Side};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub type Id = String;

/// A stored node: its id and one value per field of its model (relation fields hold `Null`;
/// scalar lists hold an array).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: Id,
    pub values: Vec<Value>,
}

#[derive(Debug, Default, Clone)]
struct Table {
    nodes: BTreeMap<Id, Node>,
    /// Soft-deleted nodes: id → deletion time (epoch ms).
    deleted: HashMap<Id, i64>,
    /// field index → (value key → id), for unique fields only.
    unique: HashMap<usize, HashMap<String, Id>>,
}

#[derive(Debug, Default, Clone)]
struct Links {
    by_a: HashMap<Id, BTreeSet<Id>>,
    by_b: HashMap<Id, BTreeSet<Id>>,
    count: usize,
}

#[derive(Debug)]
enum Undo {
    Inserted(ModelId, Id),
    /// A removed node with its deleted mark, if it had one.
    Removed(ModelId, Node, Option<i64>),
    /// A deleted mark set (undo: clear it).
    Marked(ModelId, Id),
    /// A deleted mark cleared (undo: set it again at this time).
    Unmarked(ModelId, Id, i64),
    Changed(ModelId, Id, usize, Value),
    Linked(RelationId, Id, Id),
    Unlinked(RelationId, Id, Id),
}

/// A unique value already taken: (field index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UniqueConflict(pub usize);

/// Generates 25-character cuid-shaped ids (`c` + 24 lowercase base-36 characters) that sort in
/// creation order: a fixed per-store prefix, a counter, and pseudo-random padding.
#[derive(Debug, Clone)]
struct IdGenerator {
    prefix: String,
    counter: u64,
    rng: u64,
}

impl IdGenerator {
    fn new(seed: Option<u64>) -> Self {
        let base = match seed {
            Some(s) => 1_500_000_000_000 + (s % 1_000_000_000),
            None => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis() as u64)
                .unwrap_or(1_600_000_000_000),
        };
        IdGenerator {
            prefix: {
                let mut p = String::new();
                push_base36(&mut p, base, 8);
                p
            },
            counter: 0,
            rng: seed.unwrap_or(base) ^ 0x9E37_79B9_7F4A_7C15,
        }
    }

    fn next(&mut self) -> Id {
        self.counter += 1;
        // xorshift64*
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        let r = self.rng.wrapping_mul(0x2545_F491_4F6C_DD1D);
        let mut id = String::with_capacity(1 + self.prefix.len() + 16);
        id.push('c');
        id.push_str(&self.prefix);
        push_base36(&mut id, self.counter, 8);
        push_base36(&mut id, r % 36u64.pow(8), 8);
        id
    }
}

/// Appends `n` in base 36, `width` digits (the lowest ones when it has more).
fn push_base36(out: &mut String, mut n: u64, width: usize) {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut digits = [b'0'; 16];
    let width = width.min(digits.len());
    for slot in digits[..width].iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    out.extend(digits[..width].iter().map(|&d| char::from(d)));
}

/// The key a value is indexed under in a unique index.
fn unique_key(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        // (The common case, once per unique field of every write: no formatting machinery.)
        Value::String(s) => Some(["s:", s.as_str()].concat()),
        Value::Number(n) => Some(format!("n:{}", n.as_f64().unwrap_or(f64::NAN))),
        other => Some(format!("j:{other}")),
    }
}

/// The whole database of one deployed data model.
#[derive(Debug)]
pub struct Store {
    tables: Vec<Table>,
    links: Vec<Links>,
    /// Per model: its unique field indexes.
    unique_fields: Vec<Vec<usize>>,
    /// Per model: (relation, side the model is on) for every relation that touches it.
    model_relations: Vec<Vec<(RelationId, Side)>>,
    ids: IdGenerator,
    undo: Vec<Undo>,
    in_tx: usize,
    /// Last timestamp handed out by [`Store::now_ms`] (kept strictly increasing).
    last_ms: i64,
}

impl Store {
    pub fn new(dm: &DataModel, seed: Option<u64>) -> Store {
        Store {
            tables: vec![Table::default(); dm.models.len()],
            links: vec![Links::default(); dm.relations.len()],
            unique_fields: dm
                .models
                .iter()
                .map(|m| {
                    m.fields
                        .iter()
                        .enumerate()
                        .filter(|(_, f)| {
                            f.unique && !f.list && !matches!(f.kind, FieldKind::Relation { .. })
                        })
                        .map(|(i, _)| i)
                        .collect()
                })
                .collect(),
            model_relations: dm.relations_by_model(),
            ids: IdGenerator::new(seed),
            undo: Vec::new(),
            in_tx: 0,
            last_ms: 0,
        }
    }

    /// Removes every node and link (ids keep increasing).
    pub fn clear(&mut self) {
        for t in &mut self.tables {
            *t = Table::default();
        }
        for l in &mut self.links {
            *l = Links::default();
        }
        self.undo.clear();
    }

    pub fn new_id(&mut self) -> Id {
        self.ids.next()
    }

    /// The current time in epoch milliseconds, strictly increasing across calls so that
    /// `createdAt`/`updatedAt` order writes even within one millisecond.
    pub fn now_ms(&mut self) -> i64 {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0);
        self.last_ms = now.max(self.last_ms + 1);
        self.last_ms
    }

    // ---- transactions -------------------------------------------------------------------

    /// Starts a (possibly nested) transaction; returns the mark to roll back to.
    pub fn begin(&mut self) -> usize {
        self.in_tx += 1;
        self.undo.len()
    }

    /// Ends the transaction begun at `mark`, keeping its changes.
    pub fn commit(&mut self, mark: usize) {
        self.in_tx = self.in_tx.saturating_sub(1);
        if self.in_tx == 0 {
            self.undo.truncate(mark.min(self.undo.len()));
            self.undo.clear();
        }
    }

    /// Undoes every change made since `mark` and ends the transaction.
    pub fn rollback(&mut self, mark: usize) {
        while self.undo.len() > mark {
            let Some(u) = self.undo.pop() else { break };
            match u {
                Undo::Inserted(m, id) => {
                    if let Some(node) = self.tables[m].nodes.remove(&id) {
                        self.unindex(m, &node);
                    }
                }
                Undo::Removed(m, node, mark) => {
                    self.index(m, &node);
                    if let Some(at) = mark {
                        self.tables[m].deleted.insert(node.id.clone(), at);
                    }
                    self.tables[m].nodes.insert(node.id.clone(), node);
                }
                Undo::Marked(m, id) => {
                    self.tables[m].deleted.remove(&id);
                }
                Undo::Unmarked(m, id, at) => {
                    self.tables[m].deleted.insert(id, at);
                }
                Undo::Changed(m, id, f, old) => {
                    self.raw_set(m, &id, f, old);
                }
                Undo::Linked(r, a, b) => self.raw_unlink(r, &a, &b),
                Undo::Unlinked(r, a, b) => self.raw_link(r, &a, &b),
            }
        }
        self.in_tx = self.in_tx.saturating_sub(1);
    }

    /// Undoes everything since `mark` and closes every open transaction level, including the
    /// levels an interrupted (panicking) engine call left open. For the outermost caller only.
    pub fn abort(&mut self, mark: usize) {
        self.rollback(mark);
        self.in_tx = 0;
        self.undo.clear();
    }

    fn log(&mut self, u: Undo) {
        if self.in_tx > 0 {
            self.undo.push(u);
        }
    }

    // ---- nodes --------------------------------------------------------------------------

    pub fn get(&self, model: ModelId, id: &str) -> Option<&Node> {
        self.tables.get(model)?.nodes.get(id)
    }

    pub fn contains(&self, model: ModelId, id: &str) -> bool {
        self.get(model, id).is_some()
    }

    /// Ids of a model in id (= creation) order.
    pub fn ids(&self, model: ModelId) -> impl Iterator<Item = &Id> {
        self.tables[model].nodes.keys()
    }

    pub fn node_count(&self, model: ModelId) -> usize {
        self.tables[model].nodes.len()
    }

    /// The node whose unique field `field` holds `value`.
    pub fn find_unique(&self, model: ModelId, field: usize, value: &Value) -> Option<&Id> {
        let key = unique_key(value)?;
        self.tables[model].unique.get(&field)?.get(&key)
    }

    /// Inserts a new node; fails without change when a unique value is taken.
    pub fn insert(&mut self, model: ModelId, node: Node) -> Result<(), UniqueConflict> {
        if self.tables[model].nodes.contains_key(&node.id) {
            return Err(UniqueConflict(self.id_field(model)));
        }
        for &f in &self.unique_fields[model] {
            if let Some(k) = unique_key(&node.values[f])
                && self.tables[model]
                    .unique
                    .get(&f)
                    .is_some_and(|ix| ix.contains_key(&k))
            {
                return Err(UniqueConflict(f));
            }
        }
        self.index(model, &node);
        self.log(Undo::Inserted(model, node.id.clone()));
        self.tables[model].nodes.insert(node.id.clone(), node);
        Ok(())
    }

    fn id_field(&self, model: ModelId) -> usize {
        self.unique_fields[model].first().copied().unwrap_or(0)
    }

    /// Sets one field; fails without change when the value is unique and taken by another node.
    pub fn set_value(
        &mut self,
        model: ModelId,
        id: &str,
        field: usize,
        value: Value,
    ) -> Result<(), UniqueConflict> {
        let Some(node) = self.tables[model].nodes.get(id) else {
            return Ok(());
        };
        if node.values[field] == value {
            return Ok(());
        }
        if self.unique_fields[model].contains(&field)
            && let Some(k) = unique_key(&value)
            && let Some(owner) = self.tables[model]
                .unique
                .get(&field)
                .and_then(|ix| ix.get(&k))
            && owner != id
        {
            return Err(UniqueConflict(field));
        }
        let old = self.raw_set(model, id, field, value);
        self.log(Undo::Changed(model, id.to_string(), field, old));
        Ok(())
    }

    fn raw_set(&mut self, model: ModelId, id: &str, field: usize, value: Value) -> Value {
        let is_unique = self.unique_fields[model].contains(&field);
        let table = &mut self.tables[model];
        let Some(node) = table.nodes.get_mut(id) else {
            return Value::Null;
        };
        let old = std::mem::replace(&mut node.values[field], value);
        if is_unique {
            let ix = table.unique.entry(field).or_default();
            if let Some(k) = unique_key(&old) {
                ix.remove(&k);
            }
            if let Some(k) = unique_key(&node.values[field]) {
                ix.insert(k, id.to_string());
            }
        }
        old
    }

    /// The relation ends on `model` (as [`DataModel::relations_of`], precomputed).
    pub fn relations_of(&self, model: ModelId) -> &[(RelationId, Side)] {
        self.model_relations
            .get(model)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Removes a node and every link it takes part in. Returns the node as it was.
    pub fn remove(&mut self, model: ModelId, id: &str) -> Option<Node> {
        let rels = self.model_relations[model].clone();
        for (r, side) in rels {
            let others: Vec<Id> = self.linked(r, side, id).cloned().collect();
            for o in others {
                match side {
                    Side::A => self.unlink(r, id, &o),
                    Side::B => self.unlink(r, &o, id),
                }
            }
        }
        let node = self.tables[model].nodes.remove(id)?;
        self.unindex(model, &node);
        let mark = self.tables[model].deleted.remove(id);
        self.log(Undo::Removed(model, node.clone(), mark));
        Some(node)
    }

    /// Everything stored, as JSON (for tests comparing states): per model its nodes with their
    /// values and deleted marks, per relation its links, all in a fixed order.
    pub fn dump(&self, dm: &DataModel) -> Value {
        let mut models = serde_json::Map::new();
        for (m, t) in self.tables.iter().enumerate() {
            let nodes: Vec<Value> = t
                .nodes
                .values()
                .map(|n| {
                    serde_json::json!({
                        "id": n.id,
                        "values": n.values,
                        "deleted": t.deleted.contains_key(&n.id),
                    })
                })
                .collect();
            let name = dm.models.get(m).map_or(m.to_string(), |x| x.name.clone());
            models.insert(name, Value::Array(nodes));
        }
        let links: Vec<Value> = self
            .links
            .iter()
            .map(|l| {
                let mut pairs: Vec<(&Id, &Id)> = l
                    .by_a
                    .iter()
                    .flat_map(|(a, bs)| bs.iter().map(move |b| (a, b)))
                    .collect();
                pairs.sort();
                serde_json::json!(pairs)
            })
            .collect();
        serde_json::json!({"models": models, "links": links})
    }

    // ---- soft delete --------------------------------------------------------------------

    /// Is `id` a node of `model` without a deleted mark?
    pub fn is_live(&self, model: ModelId, id: &str) -> bool {
        self.tables
            .get(model)
            .is_some_and(|t| t.nodes.contains_key(id) && !t.deleted.contains_key(id))
    }

    /// The deletion time of a soft-deleted node.
    pub fn deleted_at(&self, model: ModelId, id: &str) -> Option<i64> {
        self.tables.get(model)?.deleted.get(id).copied()
    }

    /// Marks a node deleted at `at_ms` (a no-op for an unknown or already marked node).
    pub fn mark_deleted(&mut self, model: ModelId, id: &str, at_ms: i64) {
        let t = &mut self.tables[model];
        if t.nodes.contains_key(id) && !t.deleted.contains_key(id) {
            t.deleted.insert(id.to_string(), at_ms);
            self.log(Undo::Marked(model, id.to_string()));
        }
    }

    /// Clears a node's deleted mark; false when it had none.
    pub fn unmark_deleted(&mut self, model: ModelId, id: &str) -> bool {
        match self.tables[model].deleted.remove(id) {
            Some(at) => {
                self.log(Undo::Unmarked(model, id.to_string(), at));
                true
            }
            None => false,
        }
    }

    fn index(&mut self, model: ModelId, node: &Node) {
        for &f in &self.unique_fields[model] {
            if let Some(k) = unique_key(&node.values[f]) {
                self.tables[model]
                    .unique
                    .entry(f)
                    .or_default()
                    .insert(k, node.id.clone());
            }
        }
    }

    fn unindex(&mut self, model: ModelId, node: &Node) {
        for &f in &self.unique_fields[model] {
            if let Some(k) = unique_key(&node.values[f])
                && let Some(ix) = self.tables[model].unique.get_mut(&f)
            {
                ix.remove(&k);
            }
        }
    }

    // ---- links --------------------------------------------------------------------------

    /// Nodes linked to `id` (which is on `side`) through relation `r`, in id order.
    pub fn linked(&self, r: RelationId, side: Side, id: &str) -> impl Iterator<Item = &Id> {
        let l = &self.links[r];
        let map = match side {
            Side::A => &l.by_a,
            Side::B => &l.by_b,
        };
        map.get(id).into_iter().flatten()
    }

    pub fn linked_count(&self, r: RelationId, side: Side, id: &str) -> usize {
        let l = &self.links[r];
        let map = match side {
            Side::A => &l.by_a,
            Side::B => &l.by_b,
        };
        map.get(id).map_or(0, |s| s.len())
    }

    pub fn is_linked(&self, r: RelationId, a: &str, b: &str) -> bool {
        self.links[r].by_a.get(a).is_some_and(|s| s.contains(b))
    }

    pub fn link_count(&self, r: RelationId) -> usize {
        self.links[r].count
    }

    /// Links `a` (side A) and `b` (side B); a no-op when already linked.
    pub fn link(&mut self, r: RelationId, a: &str, b: &str) {
        if !self.is_linked(r, a, b) {
            self.raw_link(r, a, b);
            self.log(Undo::Linked(r, a.to_string(), b.to_string()));
        }
    }

    /// Unlinks `a` (side A) and `b` (side B); a no-op when not linked.
    pub fn unlink(&mut self, r: RelationId, a: &str, b: &str) {
        if self.is_linked(r, a, b) {
            self.raw_unlink(r, a, b);
            self.log(Undo::Unlinked(r, a.to_string(), b.to_string()));
        }
    }

    fn raw_link(&mut self, r: RelationId, a: &str, b: &str) {
        let l = &mut self.links[r];
        l.by_a
            .entry(a.to_string())
            .or_default()
            .insert(b.to_string());
        l.by_b
            .entry(b.to_string())
            .or_default()
            .insert(a.to_string());
        l.count += 1;
    }

    fn raw_unlink(&mut self, r: RelationId, a: &str, b: &str) {
        let l = &mut self.links[r];
        let mut removed = false;
        if let Some(s) = l.by_a.get_mut(a) {
            removed = s.remove(b);
            if s.is_empty() {
                l.by_a.remove(a);
            }
        }
        if let Some(s) = l.by_b.get_mut(b) {
            s.remove(a);
            if s.is_empty() {
                l.by_b.remove(b);
            }
        }
        if removed {
            l.count -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn store() -> (DataModel, Store) {
        let dm = DataModel::parse(
            "type User { id: ID! @unique email: String! @unique posts: [Post] }\n\
             type Post { id: ID! @unique title: String! author: User }",
        )
        .unwrap();
        let s = Store::new(&dm, Some(1));
        (dm, s)
    }

    #[test]
    fn ids_are_cuid_shaped_and_increasing() {
        let (_, mut s) = store();
        let a = s.new_id();
        let b = s.new_id();
        assert_eq!(a.len(), 25);
        assert!(a.starts_with('c'));
        assert!(
            a.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        );
        assert!(a < b);
    }

    #[test]
    fn rollback_restores_nodes_values_links_and_indexes() {
        let (_, mut s) = store();
        let u = s.new_id();
        s.insert(
            0,
            Node {
                id: u.clone(),
                values: vec![json!(u), json!("a@x"), Value::Null],
            },
        )
        .unwrap();
        let mark = s.begin();
        let p = s.new_id();
        s.insert(
            1,
            Node {
                id: p.clone(),
                values: vec![json!(p), json!("t"), Value::Null],
            },
        )
        .unwrap();
        s.link(0, &p, &u);
        s.set_value(0, &u, 1, json!("b@x")).unwrap();
        s.remove(0, &u);
        assert!(!s.contains(0, &u));
        s.rollback(mark);
        assert!(s.contains(0, &u));
        assert!(!s.contains(1, &p));
        assert_eq!(s.link_count(0), 0);
        assert_eq!(s.find_unique(0, 1, &json!("a@x")), Some(&u));
        assert_eq!(s.find_unique(0, 1, &json!("b@x")), None);
    }

    #[test]
    fn unique_conflicts_are_refused() {
        let (_, mut s) = store();
        let a = s.new_id();
        let b = s.new_id();
        s.insert(
            0,
            Node {
                id: a.clone(),
                values: vec![json!(a), json!("x"), Value::Null],
            },
        )
        .unwrap();
        let err = s
            .insert(
                0,
                Node {
                    id: b.clone(),
                    values: vec![json!(b), json!("x"), Value::Null],
                },
            )
            .unwrap_err();
        assert_eq!(err, UniqueConflict(1));
    }
}
