//! 8base's input types (dialects.md §2.1–§2.3), generated in the shared registry
//! ([`InputTypes`], pruned: a type left without fields is dropped with what needs it):
//!
//! - predicates `IDPredicate`, `StringPredicate`, `IntPredicate`, `FloatPredicate`,
//!   `DateTimePredicate`, `BoolPredicate`, `<Enum>Predicate` (`equals not_equals in not_in`,
//!   the text operators, `lt lte gt gte`, `is_empty is_not_empty`, as the type allows);
//! - `XFilter` (a predicate per non-list scalar, `XFilter` per to-one, `XRelationFilter {some
//!   every none}` per to-many, `AND`, `OR`), `XKeyFilter` (id and unique fields), `XSort`
//!   (`SortOrder` per non-list scalar);
//! - `XCreateInput` (required scalars without a default are non-null; relation fields take a
//!   `<Table><Field>RelationInput`, nullable even when mandatory, so that a missing mandatory
//!   relation is the server's `ValidationError` rather than a GraphQL one),
//!   `XCreateManyInput` (`connect` only), `XUpdateInput` (`id` and every field optional),
//!   `XUpdateByFilterInput` (a list of `UpdateByFilter<Type>Input` operators per scalar) and
//!   `XDeleteInput { id force }`;
//! - relation inputs: to-many `{connect: [KF!], create: [C]}` plus on update `reconnect: [KF!],
//!   disconnect: [KF!], update: [<Back>_<Child>UpdateInput {filter: KF, data: ChildUpdateInput!}]`;
//!   to-one `{connect: KF, create: C}` plus `reconnect: KF, disconnect: KF, update: <data>`.
//!   Nested create and to-one update data leave out the back field of the relation they sit
//!   under.
//!
//! Update-by-filter operator names follow the 8base docs (`dev` for division: no generated
//! schema with the real name was found); the operator types other than
//! `UpdateByFilterStringInput` and `UpdateByFilterDateInput` (seen in generated types) are
//! named by analogy.

use super::names::{self, RelationInput};
use crate::api::inputs::{InputTypes, Parent, base_type};
use crate::datamodel::{DataModel, Field, FieldKind, ModelId, ScalarType};
use async_graphql::dynamic::TypeRef;

/// The enum of sort directions.
pub const SORT_ORDER: &str = "SortOrder";

/// A scalar a client writes (no system field).
fn writable(f: &Field) -> bool {
    !f.is_relation() && f.system.is_none()
}

/// What predicate operators a field type has.
#[derive(Clone, Copy)]
struct Ops {
    text: bool,
    order: bool,
    set: bool,
}

fn predicate_ops(f: &Field) -> Option<(String, Ops)> {
    let all = Ops {
        text: true,
        order: true,
        set: true,
    };
    let ordered = Ops {
        text: false,
        order: true,
        set: true,
    };
    Some(match &f.kind {
        FieldKind::Enum(e) => (
            format!("{e}Predicate"),
            Ops {
                text: false,
                order: false,
                set: true,
            },
        ),
        FieldKind::Scalar(t) => match t {
            ScalarType::Id => ("IDPredicate".into(), all),
            ScalarType::String => (
                "StringPredicate".into(),
                Ops {
                    text: true,
                    order: false,
                    set: true,
                },
            ),
            ScalarType::Int => ("IntPredicate".into(), ordered),
            ScalarType::Long => ("LongPredicate".into(), ordered),
            ScalarType::Float => ("FloatPredicate".into(), ordered),
            ScalarType::DateTime => ("DateTimePredicate".into(), ordered),
            ScalarType::Boolean => (
                "BoolPredicate".into(),
                Ops {
                    text: false,
                    order: false,
                    set: false,
                },
            ),
            ScalarType::Json => return None,
        },
        FieldKind::Relation { .. } => return None,
    })
}

/// The predicate type of a scalar field (None for Json and lists).
fn predicate(g: &mut InputTypes<'_>, dm: &DataModel, f: &Field) -> Option<String> {
    if f.list {
        return None;
    }
    let (name, ops) = predicate_ops(f)?;
    let t = base_type(dm, f);
    Some(g.define(name, |_| {
        let one = || TypeRef::named(&t);
        let many = || TypeRef::named_nn_list(&t);
        let mut out = vec![
            ("equals".to_string(), one()),
            ("not_equals".to_string(), one()),
        ];
        if ops.set {
            out.push(("in".into(), many()));
            out.push(("not_in".into(), many()));
        }
        if ops.text {
            for op in [
                "contains",
                "not_contains",
                "starts_with",
                "not_starts_with",
                "ends_with",
                "not_ends_with",
            ] {
                out.push((op.into(), one()));
            }
        }
        if ops.order {
            for op in ["lt", "lte", "gt", "gte"] {
                out.push((op.into(), one()));
            }
        }
        out.push(("is_empty".into(), TypeRef::named(TypeRef::BOOLEAN)));
        out.push(("is_not_empty".into(), TypeRef::named(TypeRef::BOOLEAN)));
        out
    }))
}

/// `XFilter`.
pub fn filter(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let dm = g.dm;
    let model = &dm.models[m];
    let name = format!("{}Filter", model.name);
    let own = name.clone();
    g.define(name, |g| {
        let mut fields = Vec::new();
        for f in &model.fields {
            if f.is_relation() {
                let Some(v) = dm.relation_view(m, &f.name) else {
                    continue;
                };
                let t = if f.list {
                    relation_filter(g, v.child.model)
                } else {
                    filter(g, v.child.model)
                };
                fields.push((f.name.clone(), TypeRef::named(t)));
            } else if let Some(p) = predicate(g, dm, f) {
                fields.push((f.name.clone(), TypeRef::named(p)));
            }
        }
        fields.push(("AND".into(), TypeRef::named_nn_list(&own)));
        fields.push(("OR".into(), TypeRef::named_nn_list(&own)));
        fields
    })
}

/// `XRelationFilter { some every none }`.
pub fn relation_filter(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let name = format!("{}RelationFilter", g.dm.models[m].name);
    g.define(name, |g| {
        let f = filter(g, m);
        ["some", "every", "none"]
            .into_iter()
            .map(|q| (q.to_string(), TypeRef::named(&f)))
            .collect()
    })
}

/// `XKeyFilter`: `id` and every unique field, all optional.
pub fn key_filter(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let dm = g.dm;
    let name = format!("{}KeyFilter", dm.models[m].name);
    g.define(name, |_| {
        dm.models[m]
            .unique_fields()
            .map(|f| (f.name.clone(), TypeRef::named(base_type(dm, f))))
            .collect()
    })
}

/// `XSort`: `SortOrder` per non-list scalar.
pub fn sort(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let dm = g.dm;
    let name = format!("{}Sort", dm.models[m].name);
    g.define(name, |_| {
        dm.models[m]
            .scalar_fields()
            .filter(|f| !f.list)
            .map(|f| (f.name.clone(), TypeRef::named(SORT_ORDER)))
            .collect()
    })
}

fn scalar_type(dm: &DataModel, f: &Field, required: bool) -> TypeRef {
    let t = base_type(dm, f);
    match (f.list, required) {
        (true, _) => TypeRef::named_nn_list(t),
        (false, true) => TypeRef::named_nn(t),
        (false, false) => TypeRef::named(t),
    }
}

/// `XCreateInput` (`parent`: nested under a relation, whose back field is left out).
pub fn create(g: &mut InputTypes<'_>, m: ModelId, parent: Option<(ModelId, Parent)>) -> String {
    let dm = g.dm;
    let model = &dm.models[m].name;
    let name = match &parent {
        None => format!("{model}CreateInput"),
        Some((p, rel)) => {
            names::nested_create(&dm.models[*p].name, rel.back_field.as_deref(), model)
        }
    };
    let back = parent.map(|p| p.1);
    g.define(name, |g| {
        create_fields(g, m, back.as_ref(), RelationInput::Create)
    })
}

/// `XCreateManyInput`.
pub fn create_many(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let name = format!("{}CreateManyInput", g.dm.models[m].name);
    g.define(name, |g| create_fields(g, m, None, RelationInput::Many))
}

/// The fields of a create input: writable scalars (non-null when required without a
/// default), then relation fields (without the back field of `under`) with `kind` inputs.
fn create_fields(
    g: &mut InputTypes<'_>,
    m: ModelId,
    under: Option<&Parent>,
    kind: RelationInput,
) -> Vec<(String, TypeRef)> {
    let dm = g.dm;
    let mut fields = Vec::new();
    for f in &dm.models[m].fields {
        if writable(f) {
            let required = f.required && f.default.is_none();
            fields.push((f.name.clone(), scalar_type(dm, f, required)));
        } else if f.is_relation() && !Parent::is_back_field(under, f) {
            let t = relation(g, m, f, kind);
            fields.push((f.name.clone(), TypeRef::named(t)));
        }
    }
    fields
}

/// `XUpdateInput` (top level: with `id`), or a to-one nested update's data (`parent` given:
/// without `id` and the back field).
pub fn update(g: &mut InputTypes<'_>, m: ModelId, parent: Option<(ModelId, Parent)>) -> String {
    let dm = g.dm;
    let model = &dm.models[m].name;
    let name = match &parent {
        None => format!("{model}UpdateInput"),
        Some((p, rel)) => {
            names::nested_update(&dm.models[*p].name, rel.back_field.as_deref(), model)
        }
    };
    let top = parent.is_none();
    g.define(name, |g| {
        let mut fields = Vec::new();
        if top {
            fields.push(("id".to_string(), TypeRef::named(TypeRef::ID)));
        }
        for f in &dm.models[m].fields {
            if writable(f) {
                fields.push((f.name.clone(), scalar_type(dm, f, false)));
            } else if f.is_relation() && !Parent::is_back_field(parent.as_ref().map(|p| &p.1), f) {
                let t = relation(g, m, f, RelationInput::Update);
                fields.push((f.name.clone(), TypeRef::named(t)));
            }
        }
        fields
    })
}

/// The relation input of relation field `f` of model `m`.
fn relation(g: &mut InputTypes<'_>, m: ModelId, f: &Field, kind: RelationInput) -> String {
    let dm = g.dm;
    let model = &dm.models[m].name;
    let name = names::relation_input(model, &f.name, kind);
    let Some(v) = dm.relation_view(m, &f.name) else {
        return name;
    };
    let child = v.child.model;
    let list = f.list;
    let under = || Some((m, Parent::of(v)));
    g.define(name, |g| {
        let key = key_filter(g, child);
        let keys = || {
            if list {
                TypeRef::named_nn_list(&key)
            } else {
                TypeRef::named(&key)
            }
        };
        let mut fields = vec![("connect".to_string(), keys())];
        if kind == RelationInput::Many {
            return fields;
        }
        if kind == RelationInput::Update {
            fields.push(("disconnect".into(), keys()));
            fields.push(("reconnect".into(), keys()));
        }
        let c = create(g, child, under());
        fields.push((
            "create".into(),
            if list {
                TypeRef::List(Box::new(TypeRef::named(&c)))
            } else {
                TypeRef::named(&c)
            },
        ));
        if kind == RelationInput::Update {
            let u = if list {
                let wrapper =
                    names::nested_update(model, v.child.field.as_deref(), &dm.models[child].name);
                let data = update(g, child, None);
                let filter = key.clone();
                g.define(wrapper, |_| {
                    vec![
                        ("filter".into(), TypeRef::named(&filter)),
                        ("data".into(), TypeRef::named_nn(&data)),
                    ]
                });
                let wrapper =
                    names::nested_update(model, v.child.field.as_deref(), &dm.models[child].name);
                TypeRef::List(Box::new(TypeRef::named(wrapper)))
            } else {
                TypeRef::named(update(g, child, under()))
            };
            fields.push(("update".into(), u));
        }
        fields
    })
}

/// `XUpdateByFilterInput`: a list of operator objects per writable non-list scalar.
pub fn update_by_filter(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let dm = g.dm;
    let name = format!("{}UpdateByFilterInput", dm.models[m].name);
    g.define(name, |g| {
        let mut fields = Vec::new();
        for f in dm.models[m]
            .fields
            .iter()
            .filter(|f| writable(f) && !f.list)
        {
            let t = operator_input(g, dm, f);
            fields.push((f.name.clone(), TypeRef::List(Box::new(TypeRef::named(t)))));
        }
        fields
    })
}

/// The operator input of a field type (`UpdateByFilterStringInput`, ...).
fn operator_input(g: &mut InputTypes<'_>, dm: &DataModel, f: &Field) -> String {
    let t = base_type(dm, f);
    let one = |ty: &str| TypeRef::named(ty);
    match &f.kind {
        FieldKind::Scalar(ScalarType::String) => {
            g.define("UpdateByFilterStringInput".into(), |_| {
                ["prefix", "postfix", "set"]
                    .into_iter()
                    .map(|o| (o.to_string(), one(TypeRef::STRING)))
                    .collect()
            })
        }
        FieldKind::Scalar(s @ (ScalarType::Int | ScalarType::Float | ScalarType::Long)) => {
            let name = format!("UpdateByFilter{}Input", s.graphql_name());
            g.define(name, |_| {
                let mut v: Vec<(String, TypeRef)> =
                    ["add", "sub", "mult", "dev", "mod", "set", "pow"]
                        .into_iter()
                        .map(|o| (o.to_string(), one(&t)))
                        .collect();
                v.push(("sqrt".into(), one(TypeRef::BOOLEAN)));
                v
            })
        }
        FieldKind::Scalar(ScalarType::DateTime) => {
            let parts = g.define("UpdateByFilterDatePartsInput".into(), |_| {
                [
                    "years",
                    "months",
                    "days",
                    "hours",
                    "minutes",
                    "seconds",
                    "microseconds",
                ]
                .into_iter()
                .map(|p| (p.to_string(), one(TypeRef::INT)))
                .collect()
            });
            g.define("UpdateByFilterDateInput".into(), |_| {
                vec![
                    ("set".into(), one(&t)),
                    ("add".into(), one(&parts)),
                    ("sub".into(), one(&parts)),
                ]
            })
        }
        FieldKind::Scalar(ScalarType::Boolean) => {
            g.define("UpdateByFilterBooleanSwitchInput".into(), |_| {
                vec![
                    ("set".into(), one(TypeRef::BOOLEAN)),
                    ("invert".into(), one(TypeRef::BOOLEAN)),
                ]
            })
        }
        _ => {
            // Json, ID, enums: `set` only.
            let name = format!("UpdateByFilter{}Input", t);
            g.define(name, |_| vec![("set".into(), one(&t))])
        }
    }
}

/// `XDeleteInput { id force }`.
pub fn delete(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let name = format!("{}DeleteInput", g.dm.models[m].name);
    g.define(name, |_| {
        vec![
            ("id".into(), TypeRef::named(TypeRef::ID)),
            ("force".into(), TypeRef::named(TypeRef::BOOLEAN)),
        ]
    })
}
