//! The Prisma 1.34 input types, generated from the data model as Prisma's `InputTypesBuilder`
//! does (names of spec §11, field order of §3/§5) in the shared registry, which prunes empty
//! types as `FilterOutEmptyInputTypes` does. With `legacy` (GraphCMS), the to-one update data
//! and upsert types also take the Prisma 1.0–1.3 shapes (`{where, data}`, `{where, update,
//! create}`).

use crate::api::inputs::{
    InputTypes, Parent, base_type, logical_filter_fields, nested, scalar_filter_fields,
};
use crate::datamodel::{Field, ModelId, RelationView, upper_first};
use async_graphql::dynamic::TypeRef;

/// `XWhereUniqueInput`: every unique scalar (id included), all optional.
pub fn where_unique(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let dm = g.dm;
    let model = &dm.models[m];
    g.define(format!("{}WhereUniqueInput", model.name), |_| {
        model
            .unique_fields()
            .map(|f| (f.name.clone(), TypeRef::named(base_type(dm, f))))
            .collect()
    })
}

/// `XScalarWhereInput`: the filter of nested updateMany/deleteMany (no relation filters).
pub fn scalar_where(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let dm = g.dm;
    let name = format!("{}ScalarWhereInput", dm.models[m].name);
    let own = name.clone();
    g.define(name, |g| {
        let mut fields = logical_filter_fields(&own, g.flavor);
        fields.extend(scalar_filter_fields(dm, m));
        fields
    })
}

/// `XCreateInput`, or `XCreateWithout<F>Input` under a relation whose back field F is
/// visible (F is then left out).
pub fn create(g: &mut InputTypes<'_>, m: ModelId) -> String {
    create_under(g, m, None)
}

fn create_under<'a>(g: &mut InputTypes<'a>, m: ModelId, parent: Option<&Parent>) -> String {
    let dm = g.dm;
    let model = &dm.models[m];
    let name = match parent.and_then(|p| p.back_field.as_deref()) {
        Some(f) => format!("{}CreateWithout{}Input", model.name, upper_first(f)),
        None => format!("{}CreateInput", model.name),
    };
    let parent = parent.cloned();
    // Nested under a relation: built from the queue, not recursively (see `define_later`).
    g.define_later(name, move |g| {
        let parent = parent.as_ref();
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
                let t = scalar_list_wrapper(g, m, f, "Create");
                fields.push((f.name.clone(), TypeRef::named(t)));
            }
        }
        for f in model.relation_fields() {
            if Parent::is_back_field(parent, f) {
                continue;
            }
            let Some(v) = dm.relation_view(m, &f.name) else {
                continue;
            };
            let wrapper = create_relation_wrapper(g, v);
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
fn create_relation_wrapper<'a>(g: &mut InputTypes<'a>, v: RelationView<'_>) -> String {
    let dm = g.dm;
    let child = v.child.model;
    let arity = if v.parent.list { "Many" } else { "One" };
    let name = format!(
        "{}Create{arity}{}Input",
        dm.models[child].name,
        without(v.child.field.as_deref())
    );
    let parent = Parent::of(v);
    let list = v.parent.list;
    g.define_later(name, move |g| {
        let create = create_under(g, child, Some(&parent));
        let connect = where_unique(g, child);
        vec![
            ("create".into(), nested(&create, list)),
            ("connect".into(), nested(&connect, list)),
        ]
    })
}

/// `XCreate<field>Input` / `XUpdate<field>Input` `{ set: [T!] }` (field name as written).
fn scalar_list_wrapper(g: &mut InputTypes<'_>, m: ModelId, f: &Field, kind: &str) -> String {
    let dm = g.dm;
    let name = format!("{}{kind}{}Input", dm.models[m].name, f.name);
    let t = base_type(dm, f);
    g.define(name, |_| vec![("set".into(), TypeRef::named_nn_list(t))])
}

/// `XUpdateInput`.
pub fn update(g: &mut InputTypes<'_>, m: ModelId, legacy: bool) -> String {
    let name = format!("{}UpdateInput", g.dm.models[m].name);
    g.define(name, |g| update_fields(g, m, None, Some(legacy)))
}

/// `XUpdateManyMutationInput`: scalars and scalar lists only.
pub fn update_many_mutation(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let name = format!("{}UpdateManyMutationInput", g.dm.models[m].name);
    g.define(name, |g| update_fields(g, m, None, None))
}

/// `XUpdateManyDataInput`: the data of a nested updateMany.
fn update_many_data(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let name = format!("{}UpdateManyDataInput", g.dm.models[m].name);
    g.define(name, |g| update_fields(g, m, None, None))
}

fn update_fields<'a>(
    g: &mut InputTypes<'a>,
    m: ModelId,
    parent: Option<&Parent>,
    relations: Option<bool>,
) -> Vec<(String, TypeRef)> {
    let dm = g.dm;
    let model = &dm.models[m];
    let mut fields = Vec::new();
    for f in model.fields.iter().filter(|f| !f.is_relation() && !f.list) {
        if f.writable_on_update() {
            fields.push((f.name.clone(), TypeRef::named(base_type(dm, f))));
        }
    }
    for f in model.fields.iter().filter(|f| !f.is_relation() && f.list) {
        if f.writable_on_update() {
            let t = scalar_list_wrapper(g, m, f, "Update");
            fields.push((f.name.clone(), TypeRef::named(t)));
        }
    }
    if let Some(legacy) = relations {
        for f in model.relation_fields() {
            if Parent::is_back_field(parent, f) {
                continue;
            }
            let Some(v) = dm.relation_view(m, &f.name) else {
                continue;
            };
            let wrapper = update_relation_wrapper(g, v, legacy);
            fields.push((f.name.clone(), TypeRef::named(wrapper)));
        }
    }
    fields
}

/// `XUpdateWithout<F>DataInput` (hidden back field: `XUpdateDataInput`).
fn nested_update_data<'a>(g: &mut InputTypes<'a>, v: RelationView<'_>, legacy: bool) -> String {
    let dm = g.dm;
    let child = v.child.model;
    let name = match v.child.field.as_deref() {
        Some(f) => format!(
            "{}UpdateWithout{}DataInput",
            dm.models[child].name,
            upper_first(f)
        ),
        None => format!("{}UpdateDataInput", dm.models[child].name),
    };
    let parent = Parent::of(v);
    g.define_later(name, move |g| {
        update_fields(g, child, Some(&parent), Some(legacy))
    })
}

/// `YUpdate{Many|OneRequired|One}Without<G>Input` with the ops of spec §3 in Prisma's
/// order: create, connect, set, disconnect, delete, update, updateMany, deleteMany, upsert.
fn update_relation_wrapper<'a>(
    g: &mut InputTypes<'a>,
    v: RelationView<'a>,
    legacy: bool,
) -> String {
    let dm = g.dm;
    let child = v.child.model;
    let child_name = dm.models[child].name.clone();
    let arity = match (v.parent.list, v.parent.required) {
        (true, _) => "Many",
        (false, true) => "OneRequired",
        (false, false) => "One",
    };
    let back = v.child.field.clone();
    let name = format!("{child_name}Update{arity}{}Input", without(back.as_deref()));
    let parent = Parent::of(v);
    let list = v.parent.list;
    let required = v.parent.required;
    g.define_later(name, move |g| {
        let create = create_under(g, child, Some(&parent));
        let unique = where_unique(g, child);
        let data = nested_update_data(g, v, legacy);
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
            let scalar_where = scalar_where(g, child);
            let many_data = update_many_data(g, child);
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
                // 1.0–1.3: `update: {where, data}` and `upsert: {where, update, create}`.
                let late = vec![
                    ("where".into(), TypeRef::named(&unique)),
                    ("data".into(), TypeRef::named(&data)),
                ];
                g.add_late(&data, late, false);
                g.add_late(
                    &upsert,
                    vec![("where".into(), TypeRef::named(&unique))],
                    true,
                );
            }
        }
        fields
    })
}

fn without(back: Option<&str>) -> String {
    back.map(|f| format!("Without{}", upper_first(f)))
        .unwrap_or_default()
}
