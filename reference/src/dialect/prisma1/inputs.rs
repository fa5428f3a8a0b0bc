//! Every input type of the Prisma 1.34 API, generated from the data model as Prisma's
//! `InputTypesBuilder` does (names of spec §11, field order of §3/§5), then pruned like
//! `FilterOutEmptyInputTypes`: a type with no fields is dropped, a nullable field that refers
//! to a dropped type is dropped, and a type with a non-null field that refers to a dropped
//! type is dropped too, until nothing changes.

use crate::datamodel::{DataModel, Field, FieldKind, ModelId, RelationView, Side, upper_first};
use crate::engine::{ScalarOp, supports};
use async_graphql::dynamic::{InputObject, InputValue, TypeRef};
use std::collections::{HashMap, HashSet};

/// One generated input object type.
#[derive(Debug, Clone)]
pub struct InputDef {
    pub name: String,
    pub fields: Vec<(String, TypeRef)>,
    legacy: Option<Legacy>,
}

/// Extra fields the GraphCMS legacy (Prisma 1.0–1.3) shapes need, added after pruning.
#[derive(Debug, Clone)]
enum Legacy {
    /// A to-one `update` may be `{where, data}`: the data type gains `where` and `data`.
    UpdateData { where_unique: String },
    /// A to-one `upsert` may carry `where`.
    UpsertOne { where_unique: String },
}

/// The relation field a nested input sits under: the child model omits its back field.
#[derive(Debug, Clone)]
struct Parent {
    relation: usize,
    child_side: Side,
    back_field: Option<String>,
}

/// Generates and memoises input types by name.
pub struct InputTypes<'a> {
    dm: &'a DataModel,
    legacy: bool,
    defs: Vec<InputDef>,
    index: HashMap<String, usize>,
    removed: HashSet<String>,
}

impl<'a> InputTypes<'a> {
    pub fn new(dm: &'a DataModel, legacy: bool) -> Self {
        InputTypes {
            dm,
            legacy,
            defs: Vec::new(),
            index: HashMap::new(),
            removed: HashSet::new(),
        }
    }

    /// Defines `name` once; `build` computes its fields (recursion into a type being built
    /// just returns the name).
    fn define(
        &mut self,
        name: String,
        build: impl FnOnce(&mut Self) -> Vec<(String, TypeRef)>,
    ) -> String {
        if self.index.contains_key(&name) {
            return name;
        }
        let slot = self.defs.len();
        self.defs.push(InputDef {
            name: name.clone(),
            fields: Vec::new(),
            legacy: None,
        });
        self.index.insert(name.clone(), slot);
        let fields = build(self);
        self.defs[slot].fields = fields;
        name
    }

    fn mark_legacy(&mut self, name: &str, legacy: Legacy) {
        if let Some(&i) = self.index.get(name) {
            self.defs[i].legacy = Some(legacy);
        }
    }

    /// Is this (input) type present after pruning? Scalars and enums always are.
    pub fn exists(&self, name: &str) -> bool {
        !self.removed.contains(name)
    }

    // ---- names of the per-model types ---------------------------------------------------

    /// `XWhereUniqueInput`: every unique scalar (id included), all optional.
    pub fn where_unique(&mut self, m: ModelId) -> String {
        let dm = self.dm;
        let model = &dm.models[m];
        self.define(format!("{}WhereUniqueInput", model.name), |_| {
            model
                .unique_fields()
                .map(|f| (f.name.clone(), TypeRef::named(base_type(dm, f))))
                .collect()
        })
    }

    /// `XWhereInput`: AND/OR/NOT, the §7 suffixes per scalar, relation filters.
    pub fn where_input(&mut self, m: ModelId) -> String {
        let dm = self.dm;
        let model = &dm.models[m];
        let name = format!("{}WhereInput", model.name);
        let own = name.clone();
        self.define(name, |g| {
            let mut fields = logical_fields(&own);
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

    /// `XScalarWhereInput`: the filter of nested updateMany/deleteMany (no relation filters).
    pub fn scalar_where(&mut self, m: ModelId) -> String {
        let dm = self.dm;
        let name = format!("{}ScalarWhereInput", dm.models[m].name);
        let own = name.clone();
        self.define(name, |_| {
            let mut fields = logical_fields(&own);
            fields.extend(scalar_filter_fields(dm, m));
            fields
        })
    }

    /// `XCreateInput`, or `XCreateWithout<F>Input` under a relation whose back field F is
    /// visible (F is then left out).
    pub fn create(&mut self, m: ModelId) -> String {
        self.create_under(m, None)
    }

    fn create_under(&mut self, m: ModelId, parent: Option<&Parent>) -> String {
        let dm = self.dm;
        let model = &dm.models[m];
        let name = match parent.and_then(|p| p.back_field.as_deref()) {
            Some(f) => format!("{}CreateWithout{}Input", model.name, upper_first(f)),
            None => format!("{}CreateInput", model.name),
        };
        self.define(name, |g| {
            let mut fields = Vec::new();
            for f in model.fields.iter().filter(|f| !f.is_relation() && !f.list) {
                if !f.writable_on_create() {
                    continue;
                }
                let t = base_type(dm, f);
                // `id` is optional (bring your own id, ~1.30); other required fields without
                // a default are non-null.
                let required = f.required
                    && f.default.is_none()
                    && f.system != Some(crate::datamodel::SystemField::Id);
                fields.push((
                    f.name.clone(),
                    if required {
                        TypeRef::named_nn(t)
                    } else {
                        TypeRef::named(t)
                    },
                ));
            }
            for f in model.fields.iter().filter(|f| !f.is_relation() && f.list) {
                if f.writable_on_create() {
                    let t = g.scalar_list_wrapper(m, f, "Create");
                    fields.push((f.name.clone(), TypeRef::named(t)));
                }
            }
            for f in model.relation_fields() {
                if is_back_field(f, parent) {
                    continue;
                }
                let Some(v) = dm.relation_view(m, &f.name) else {
                    continue;
                };
                let wrapper = g.create_relation_wrapper(v);
                let ty = if f.required && !f.list {
                    TypeRef::named_nn(wrapper)
                } else {
                    TypeRef::named(wrapper)
                };
                fields.push((f.name.clone(), ty));
            }
            fields
        })
    }

    /// `YCreate{One|Many}Without<G>Input { create, connect }` for relation field `v`.
    fn create_relation_wrapper(&mut self, v: RelationView<'_>) -> String {
        let dm = self.dm;
        let child = v.child.model;
        let arity = if v.parent.list { "Many" } else { "One" };
        let name = format!(
            "{}Create{arity}{}Input",
            dm.models[child].name,
            without(v.child.field.as_deref())
        );
        let parent = parent_of(v);
        let list = v.parent.list;
        self.define(name, |g| {
            let create = g.create_under(child, Some(&parent));
            let connect = g.where_unique(child);
            vec![
                ("create".into(), nested(&create, list)),
                ("connect".into(), nested(&connect, list)),
            ]
        })
    }

    /// `XCreate<field>Input` / `XUpdate<field>Input` `{ set: [T!] }` (field name as written).
    fn scalar_list_wrapper(&mut self, m: ModelId, f: &Field, kind: &str) -> String {
        let dm = self.dm;
        let name = format!("{}{kind}{}Input", dm.models[m].name, f.name);
        let t = base_type(dm, f);
        self.define(name, |_| vec![("set".into(), TypeRef::named_nn_list(t))])
    }

    /// `XUpdateInput`.
    pub fn update(&mut self, m: ModelId) -> String {
        let name = format!("{}UpdateInput", self.dm.models[m].name);
        self.define(name, |g| g.update_fields(m, None, true))
    }

    /// `XUpdateManyMutationInput`: scalars and scalar lists only.
    pub fn update_many_mutation(&mut self, m: ModelId) -> String {
        let name = format!("{}UpdateManyMutationInput", self.dm.models[m].name);
        self.define(name, |g| g.update_fields(m, None, false))
    }

    /// `XUpdateManyDataInput`: the data of a nested updateMany.
    fn update_many_data(&mut self, m: ModelId) -> String {
        let name = format!("{}UpdateManyDataInput", self.dm.models[m].name);
        self.define(name, |g| g.update_fields(m, None, false))
    }

    fn update_fields(
        &mut self,
        m: ModelId,
        parent: Option<&Parent>,
        relations: bool,
    ) -> Vec<(String, TypeRef)> {
        let dm = self.dm;
        let model = &dm.models[m];
        let mut fields = Vec::new();
        for f in model.fields.iter().filter(|f| !f.is_relation() && !f.list) {
            if f.writable_on_update() {
                fields.push((f.name.clone(), TypeRef::named(base_type(dm, f))));
            }
        }
        for f in model.fields.iter().filter(|f| !f.is_relation() && f.list) {
            if f.writable_on_update() {
                let t = self.scalar_list_wrapper(m, f, "Update");
                fields.push((f.name.clone(), TypeRef::named(t)));
            }
        }
        if relations {
            for f in model.relation_fields() {
                if is_back_field(f, parent) {
                    continue;
                }
                let Some(v) = dm.relation_view(m, &f.name) else {
                    continue;
                };
                let wrapper = self.update_relation_wrapper(v);
                fields.push((f.name.clone(), TypeRef::named(wrapper)));
            }
        }
        fields
    }

    /// `XUpdateWithout<F>DataInput` (hidden back field: `XUpdateDataInput`).
    fn nested_update_data(&mut self, v: RelationView<'_>) -> String {
        let dm = self.dm;
        let child = v.child.model;
        let name = match v.child.field.as_deref() {
            Some(f) => format!(
                "{}UpdateWithout{}DataInput",
                dm.models[child].name,
                upper_first(f)
            ),
            None => format!("{}UpdateDataInput", dm.models[child].name),
        };
        let parent = parent_of(v);
        self.define(name, |g| g.update_fields(child, Some(&parent), true))
    }

    /// `YUpdate{Many|OneRequired|One}Without<G>Input` with the ops of spec §3 in Prisma's
    /// order: create, connect, set, disconnect, delete, update, updateMany, deleteMany, upsert.
    fn update_relation_wrapper(&mut self, v: RelationView<'_>) -> String {
        let dm = self.dm;
        let child = v.child.model;
        let child_name = dm.models[child].name.clone();
        let arity = match (v.parent.list, v.parent.required) {
            (true, _) => "Many",
            (false, true) => "OneRequired",
            (false, false) => "One",
        };
        let back = v.child.field.clone();
        let name = format!("{child_name}Update{arity}{}Input", without(back.as_deref()));
        let parent = parent_of(v);
        let list = v.parent.list;
        let required = v.parent.required;
        let legacy = self.legacy;
        self.define(name, |g| {
            let create = g.create_under(child, Some(&parent));
            let unique = g.where_unique(child);
            let data = g.nested_update_data(v);
            let mut fields = vec![
                ("create".into(), nested(&create, list)),
                ("connect".into(), nested(&unique, list)),
            ];
            if list {
                fields.push(("set".into(), nested(&unique, true)));
                fields.push(("disconnect".into(), nested(&unique, true)));
                fields.push(("delete".into(), nested(&unique, true)));
            } else if !required {
                fields.push(("disconnect".into(), TypeRef::named(TypeRef::BOOLEAN)));
                fields.push(("delete".into(), TypeRef::named(TypeRef::BOOLEAN)));
            }
            if list {
                let with_where = match back.as_deref() {
                    Some(f) => format!(
                        "{child_name}UpdateWithWhereUniqueWithout{}Input",
                        upper_first(f)
                    ),
                    None => format!("{child_name}UpdateWithWhereUniqueNestedInput"),
                };
                let (u, d) = (unique.clone(), data.clone());
                let with_where = g.define(with_where, |_| {
                    vec![
                        ("where".into(), TypeRef::named_nn(u)),
                        ("data".into(), TypeRef::named_nn(d)),
                    ]
                });
                fields.push(("update".into(), nested(&with_where, true)));
                let scalar_where = g.scalar_where(child);
                let many_data = g.update_many_data(child);
                let (sw, md) = (scalar_where.clone(), many_data);
                let update_many = g.define(
                    format!("{child_name}UpdateManyWithWhereNestedInput"),
                    |_| {
                        vec![
                            ("where".into(), TypeRef::named_nn(sw)),
                            ("data".into(), TypeRef::named_nn(md)),
                        ]
                    },
                );
                fields.push(("updateMany".into(), nested(&update_many, true)));
                fields.push(("deleteMany".into(), nested(&scalar_where, true)));
                let upsert = match back.as_deref() {
                    Some(f) => format!(
                        "{child_name}UpsertWithWhereUniqueWithout{}Input",
                        upper_first(f)
                    ),
                    None => format!("{child_name}UpsertWithWhereUniqueNestedInput"),
                };
                let (u, d, c) = (unique.clone(), data.clone(), create.clone());
                let upsert = g.define(upsert, |_| {
                    vec![
                        ("where".into(), TypeRef::named_nn(u)),
                        ("update".into(), TypeRef::named_nn(d)),
                        ("create".into(), TypeRef::named_nn(c)),
                    ]
                });
                fields.push(("upsert".into(), nested(&upsert, true)));
            } else {
                fields.push(("update".into(), TypeRef::named(&data)));
                let upsert = match back.as_deref() {
                    Some(f) => format!("{child_name}UpsertWithout{}Input", upper_first(f)),
                    None => format!("{child_name}UpsertNestedInput"),
                };
                let (d, c) = (data.clone(), create.clone());
                let upsert = g.define(upsert, |_| {
                    vec![
                        ("update".into(), TypeRef::named_nn(d)),
                        ("create".into(), TypeRef::named_nn(c)),
                    ]
                });
                fields.push(("upsert".into(), TypeRef::named(&upsert)));
                if legacy {
                    g.mark_legacy(
                        &data,
                        Legacy::UpdateData {
                            where_unique: unique.clone(),
                        },
                    );
                    g.mark_legacy(
                        &upsert,
                        Legacy::UpsertOne {
                            where_unique: unique.clone(),
                        },
                    );
                }
            }
            fields
        })
    }

    // ---- pruning and registration ---------------------------------------------------------

    /// Drops empty input types and what depends on them (to a fixpoint), then adds the legacy
    /// fields. Returns the surviving types.
    pub fn finish(mut self) -> (Vec<InputDef>, HashSet<String>) {
        loop {
            let mut changed = false;
            for i in 0..self.defs.len() {
                if self.removed.contains(&self.defs[i].name) {
                    continue;
                }
                let removed = &self.removed;
                let refers_removed = |t: &TypeRef| removed.contains(base_name(t));
                let mut drop_type = false;
                let before = self.defs[i].fields.len();
                let mut kept = Vec::with_capacity(before);
                for (n, t) in std::mem::take(&mut self.defs[i].fields) {
                    if refers_removed(&t) {
                        if matches!(t, TypeRef::NonNull(_)) {
                            drop_type = true;
                        }
                    } else {
                        kept.push((n, t));
                    }
                }
                if kept.len() != before {
                    changed = true;
                }
                self.defs[i].fields = kept;
                if drop_type || self.defs[i].fields.is_empty() {
                    self.removed.insert(self.defs[i].name.clone());
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let removed = self.removed;
        let mut defs: Vec<InputDef> = self
            .defs
            .into_iter()
            .filter(|d| !removed.contains(&d.name))
            .collect();
        for d in &mut defs {
            let taken = |d: &InputDef, n: &str| d.fields.iter().any(|(f, _)| f == n);
            match d.legacy.clone() {
                Some(Legacy::UpdateData { where_unique })
                    if !taken(d, "where") && !taken(d, "data") =>
                {
                    let own = d.name.clone();
                    d.fields
                        .push(("where".into(), TypeRef::named(where_unique)));
                    d.fields.push(("data".into(), TypeRef::named(own)));
                }
                Some(Legacy::UpsertOne { where_unique }) if !taken(d, "where") => {
                    d.fields
                        .insert(0, ("where".into(), TypeRef::named(where_unique)));
                }
                _ => {}
            }
        }
        (defs, removed)
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
fn nested(t: &str, list: bool) -> TypeRef {
    if list {
        TypeRef::named_nn_list(t)
    } else {
        TypeRef::named(t)
    }
}

fn without(back: Option<&str>) -> String {
    back.map(|f| format!("Without{}", upper_first(f)))
        .unwrap_or_default()
}

fn logical_fields(own: &str) -> Vec<(String, TypeRef)> {
    ["AND", "OR", "NOT"]
        .into_iter()
        .map(|k| (k.to_string(), TypeRef::named_nn_list(own)))
        .collect()
}

/// Filter fields of the non-list scalar and enum fields (spec §7; lists get none).
fn scalar_filter_fields(dm: &DataModel, m: ModelId) -> Vec<(String, TypeRef)> {
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

/// The parent description for nested inputs under relation field `v`.
fn parent_of(v: RelationView<'_>) -> Parent {
    Parent {
        relation: v.relation_id,
        child_side: v.child_side(),
        back_field: v.child.field.clone(),
    }
}

/// Is `f` (a field of the child model) the back field of the relation we are nested under?
fn is_back_field(f: &Field, parent: Option<&Parent>) -> bool {
    match (parent, &f.kind) {
        (Some(p), FieldKind::Relation { relation, side }) => {
            *relation == p.relation && *side == p.child_side
        }
        _ => false,
    }
}
