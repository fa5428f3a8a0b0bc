//! The input-type registry every dialect builds its input objects in: types are defined once by
//! name (recursion into a type being built just returns its name), optionally pruned like
//! Prisma's `FilterOutEmptyInputTypes` (a type with no fields is dropped, a nullable field that
//! refers to a dropped type is dropped, and a type with a non-null field that refers to a
//! dropped type is dropped too, until nothing changes), and registered with async-graphql.
//! The filter input of a model (`XWhereInput` / `XFilter`, per [`Flavor`]) is generated here,
//! as both servers generate it (`FilterObjectTypeBuilder`).
//!
//! Input types refer to the types of related models, so a data model whose relations chain
//! N types deep would recurse N deep: a type reached from inside another type's build is
//! defined with [`InputTypes::define_later`] (its name is known at once, its fields are built
//! from a queue when the outermost definition finishes), so the stack stays flat whatever
//! the data model, and every step is linear in the number of types and fields.

use super::Flavor;
use crate::datamodel::{DataModel, Field, FieldKind, ModelId, RelationView, Side};
use crate::engine::{ScalarOp, supports};
use async_graphql::dynamic::{InputObject, InputValue, TypeRef};
use std::collections::{HashMap, HashSet};

/// One generated input object type.
#[derive(Debug, Clone)]
pub struct InputDef {
    pub name: String,
    pub fields: Vec<(String, TypeRef)>,
    late: Option<LateFields>,
}

/// Fields added after pruning, all of them or none (when one of their names is taken).
#[derive(Debug, Clone)]
struct LateFields {
    fields: Vec<(String, TypeRef)>,
    at_start: bool,
}

/// The relation field a nested input sits under: the child model omits its back field.
#[derive(Debug, Clone)]
pub struct Parent {
    pub relation: usize,
    pub child_side: Side,
    pub back_field: Option<String>,
}

impl Parent {
    /// The parent description for nested inputs under relation field `v`.
    pub fn of(v: RelationView<'_>) -> Parent {
        Parent {
            relation: v.relation_id,
            child_side: v.child_side(),
            back_field: v.child.field.clone(),
        }
    }

    /// Is `f` (a field of the child model) the back field of the relation we are nested under?
    pub fn is_back_field(parent: Option<&Parent>, f: &Field) -> bool {
        match (parent, &f.kind) {
            (Some(p), FieldKind::Relation { relation, side }) => {
                *relation == p.relation && *side == p.child_side
            }
            _ => false,
        }
    }
}

/// The deferred build of one input type (see [`InputTypes::define_later`]).
type Build<'a> = Box<dyn FnOnce(&mut InputTypes<'a>) -> Vec<(String, TypeRef)> + 'a>;

/// Generates and memoises input types by name.
pub struct InputTypes<'a> {
    pub dm: &'a DataModel,
    pub flavor: Flavor,
    defs: Vec<InputDef>,
    index: HashMap<String, usize>,
    removed: HashSet<String>,
    /// Types named but not built yet: (slot, build), built first in, first out.
    pending: std::collections::VecDeque<(usize, Build<'a>)>,
    /// How many builds are running (0: outside any definition).
    depth: usize,
}

impl<'a> InputTypes<'a> {
    pub fn new(dm: &'a DataModel, flavor: Flavor) -> Self {
        InputTypes {
            dm,
            flavor,
            defs: Vec::new(),
            index: HashMap::new(),
            removed: HashSet::new(),
            pending: std::collections::VecDeque::new(),
            depth: 0,
        }
    }

    /// Reserves the slot of a new type (None when the name is defined already).
    fn reserve(&mut self, name: &str) -> Option<usize> {
        if self.index.contains_key(name) {
            return None;
        }
        let slot = self.defs.len();
        self.defs.push(InputDef {
            name: name.to_string(),
            fields: Vec::new(),
            late: None,
        });
        self.index.insert(name.to_string(), slot);
        Some(slot)
    }

    /// Runs one build with the depth counted.
    fn build_into(&mut self, slot: usize, build: impl FnOnce(&mut Self) -> Vec<(String, TypeRef)>) {
        self.depth += 1;
        let fields = build(self);
        self.depth -= 1;
        self.defs[slot].fields = fields;
    }

    /// Builds the queued types (and what they queue) once no definition is running.
    fn drain(&mut self) {
        if self.depth > 0 {
            return;
        }
        while let Some((slot, build)) = self.pending.pop_front() {
            self.build_into(slot, build);
        }
    }

    /// Defines `name` once; `build` computes its fields (recursion into a type being built
    /// just returns the name).
    pub fn define(
        &mut self,
        name: String,
        build: impl FnOnce(&mut Self) -> Vec<(String, TypeRef)>,
    ) -> String {
        if let Some(slot) = self.reserve(&name) {
            self.build_into(slot, build);
            self.drain();
        }
        name
    }

    /// [`InputTypes::define`] without recursion: the name is returned at once and the fields
    /// are built when the outermost definition is done (at once when none is running). For
    /// the types of related models, whose builds would otherwise nest as deep as the data
    /// model's relations chain.
    pub fn define_later(
        &mut self,
        name: String,
        build: impl FnOnce(&mut Self) -> Vec<(String, TypeRef)> + 'a,
    ) -> String {
        if let Some(slot) = self.reserve(&name) {
            self.pending.push_back((slot, Box::new(build)));
            self.drain();
        }
        name
    }

    /// The fields of a type defined so far (empty for an unknown name).
    pub fn fields_of(&self, name: &str) -> &[(String, TypeRef)] {
        self.index
            .get(name)
            .map(|&i| self.defs[i].fields.as_slice())
            .unwrap_or(&[])
    }

    /// Fields to add to `name` after pruning, unless one of their names is taken by then.
    pub fn add_late(&mut self, name: &str, fields: Vec<(String, TypeRef)>, at_start: bool) {
        if let Some(&i) = self.index.get(name) {
            self.defs[i].late = Some(LateFields { fields, at_start });
        }
    }

    /// Is this (input) type present after pruning? Scalars and enums always are.
    pub fn exists(&self, name: &str) -> bool {
        !self.removed.contains(name)
    }

    /// The filter input of a model: `AND`/`OR` (and `NOT` where the flavor has it), the §7
    /// suffixes per scalar, relation filters (`author`, `posts_every|_some|_none`).
    pub fn where_input(&mut self, m: ModelId) -> String {
        let dm = self.dm;
        let model = &dm.models[m];
        let name = self.flavor.filter_type(&model.name);
        let own = name.clone();
        let not = self.flavor.filter_not;
        self.define_later(name, move |g| {
            let mut fields = logical_fields(&own, not);
            fields.extend(scalar_filter_fields(dm, m));
            for f in model.relation_fields() {
                let Some(v) = dm.relation_view(m, &f.name) else {
                    continue;
                };
                let child = g.where_input(v.child.model);
                if f.list {
                    for q in ["_every", "_some", "_none"] {
                        fields.push((format!("{}{q}", f.name), TypeRef::named(&child)));
                    }
                } else {
                    fields.push((f.name.clone(), TypeRef::named(&child)));
                }
            }
            fields
        })
    }

    /// Drops empty input types and what depends on them (to a fixpoint), then adds the late
    /// fields. Returns the surviving types.
    pub fn finish(self) -> Vec<InputDef> {
        self.finish_with(true)
    }

    /// The defined types as they are (no pruning; late fields added).
    pub fn finish_unpruned(self) -> Vec<InputDef> {
        self.finish_with(false)
    }

    /// Drops empty types and fields referring to dropped types until nothing changes: a
    /// worklist over the types that refer to each dropped type, so each type is revisited only
    /// when a type it refers to is dropped.
    fn prune(&mut self) {
        let mut referrers: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, d) in self.defs.iter().enumerate() {
            for (_, t) in &d.fields {
                let list = referrers.entry(base_name(t)).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        let referrers: HashMap<String, Vec<usize>> = referrers
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let mut gone = vec![false; self.defs.len()];
        let mut queue: Vec<usize> = (0..self.defs.len())
            .filter(|&i| self.defs[i].fields.is_empty())
            .collect();
        for &i in &queue {
            gone[i] = true;
            self.removed.insert(self.defs[i].name.clone());
        }
        while let Some(dropped) = queue.pop() {
            let Some(users) = referrers.get(&self.defs[dropped].name) else {
                continue;
            };
            for &i in users {
                if gone[i] {
                    continue;
                }
                let removed = &self.removed;
                let mut drop_type = false;
                self.defs[i].fields.retain(|(_, t)| {
                    let keep = !removed.contains(base_name(t));
                    if !keep && matches!(t, TypeRef::NonNull(_)) {
                        drop_type = true;
                    }
                    keep
                });
                if drop_type || self.defs[i].fields.is_empty() {
                    gone[i] = true;
                    self.removed.insert(self.defs[i].name.clone());
                    queue.push(i);
                }
            }
        }
    }

    fn finish_with(mut self, prune: bool) -> Vec<InputDef> {
        self.drain();
        if prune {
            self.prune();
        }
        let removed = self.removed;
        let mut defs: Vec<InputDef> = self
            .defs
            .into_iter()
            .filter(|d| !removed.contains(&d.name))
            .collect();
        for d in &mut defs {
            let Some(late) = d.late.take() else { continue };
            if late
                .fields
                .iter()
                .any(|(n, _)| d.fields.iter().any(|(f, _)| f == n))
            {
                continue;
            }
            if late.at_start {
                d.fields.splice(0..0, late.fields);
            } else {
                d.fields.extend(late.fields);
            }
        }
        defs
    }
}

impl InputDef {
    pub fn to_input_object(&self) -> InputObject {
        self.fields
            .iter()
            .fold(InputObject::new(&self.name), |o, (n, t)| {
                o.field(InputValue::new(n, t.clone()))
            })
    }
}

/// The named type at the bottom of a type reference.
pub fn base_name(t: &TypeRef) -> &str {
    match t {
        TypeRef::Named(n) => n,
        TypeRef::NonNull(inner) | TypeRef::List(inner) => base_name(inner),
    }
}

/// The GraphQL type name of a scalar or enum field (element type for lists).
pub fn base_type(dm: &DataModel, f: &Field) -> String {
    match &f.kind {
        FieldKind::Scalar(t) => t.graphql_name().to_string(),
        FieldKind::Enum(e) => e.clone(),
        FieldKind::Relation { relation, side } => {
            let r = &dm.relations[*relation];
            dm.models[r.end(side.other()).model].name.clone()
        }
    }
}

/// `[T!]` for a to-many position, `T` for a to-one position (both nullable).
pub fn nested(t: &str, list: bool) -> TypeRef {
    if list {
        TypeRef::named_nn_list(t)
    } else {
        TypeRef::named(t)
    }
}

fn logical_fields(own: &str, not: bool) -> Vec<(String, TypeRef)> {
    ["AND", "OR", "NOT"]
        .into_iter()
        .filter(|k| not || *k != "NOT")
        .map(|k| (k.to_string(), TypeRef::named_nn_list(own)))
        .collect()
}

/// Filter fields of the non-list scalar and enum fields (spec §7; lists get none).
pub fn scalar_filter_fields(dm: &DataModel, m: ModelId) -> Vec<(String, TypeRef)> {
    let mut out = Vec::new();
    for f in dm.models[m].scalar_fields().filter(|f| !f.list) {
        let t = base_type(dm, f);
        for (op, suffix) in ScalarOp::ALL {
            if !supports(&f.kind, op) {
                continue;
            }
            let ty = if matches!(op, ScalarOp::In | ScalarOp::NotIn) {
                TypeRef::named_nn_list(&t)
            } else {
                TypeRef::named(&t)
            };
            out.push((format!("{}{suffix}", f.name), ty));
        }
    }
    out
}

/// The logical fields of a filter of the same flavor, named for `own` (Prisma's
/// `XScalarWhereInput` has them too).
pub fn logical_filter_fields(own: &str, flavor: Flavor) -> Vec<(String, TypeRef)> {
    logical_fields(own, flavor.filter_not)
}
