//! The 8base schema (dialects.md §2.1–§2.2, checked against 8base's own name generator and SDK
//! and against 8base schemas in public generated code): per model, the object type (scalars,
//! to-one fields nullable, to-many fields `posts(filter, orderBy, sort, skip, after, before,
//! first, last): PostListResponse!`, `_description`), `XListResponse` and `XManyResponse
//! { count items }` (`count` = records matching the filter, whatever the window), and the root
//! fields
//!
//! - queries `x(id, <unique>…, withDeleted)` (null for a soft-deleted record unless
//!   `withDeleted`) and `xsList(filter, orderBy, sort, skip, after, before, first, last,
//!   withDeleted)`;
//! - mutations `xCreate: X!`, `xCreateMany: XManyResponse!`, `xUpdate: X!`,
//!   `xUpdateByFilter: XManyResponse!`, `xDelete` / `xDeleteByFilter` (soft) and `xDestroy` /
//!   `xDestroyByFilter` (hard, soft-deleted records included): `SuccessResponse`, and
//!   `xRestore(id: String!): X!`.
//!
//! `xUpdate` and `xDelete` locate the record by `data.id` and/or `filter` (a key filter): both
//! must name the same record; neither is `InvalidArgumentError`. `force` is taken from the
//! argument or from `data.force` (the real `XDeleteInput` has it too).

use super::BuildOptions;
use super::convert::EbConv;
use super::errors::invalid_argument;
use super::inputs::{self, SORT_ORDER};
use super::names;
use crate::api::inputs::{InputTypes, base_type};
use crate::api::objects::{
    BUILTIN_TYPES, NodeOut, RootFields, Window, answer, apply_window, check_unique_names,
    finish_schema, node_value, order_by_enum, register_scalars_and_enums, root_field, scalar_field,
    schema_builder,
};
use crate::api::{ApiError, Shared, arg, id_arg, string_arg};
use crate::datamodel::{FieldKind, ModelId, ScalarType};
use crate::engine::{Filter, ListArgs, Reader, Removal, WhereUnique};
use crate::store::Id;
use async_graphql::dynamic::{
    Enum, Field as GField, FieldFuture, FieldValue, InputValue, Object, ResolverContext, Schema,
    TypeRef,
};
use async_graphql::indexmap::IndexMap;
use async_graphql::{Name, Value as GValue};
use std::sync::Arc;

/// `XListResponse` and `XManyResponse` values: the page's records and the number matching the
/// filter.
struct ListOut {
    count: usize,
    items: Vec<NodeOut>,
}

/// `SuccessResponse` values.
struct SuccessOut(bool);

const SUCCESS: &str = "SuccessResponse";

fn list_response(model: &str) -> String {
    format!("{model}ListResponse")
}

/// What `xCreateMany` and `xUpdateByFilter` answer: `{count, items}` as a list response, under
/// its own name (`getTableManyResponseTypeName` of 8base's name generator).
fn many_response(model: &str) -> String {
    format!("{model}ManyResponse")
}

fn conv(sh: &Shared) -> EbConv<'_> {
    EbConv::new(sh.conv())
}

fn empty() -> &'static IndexMap<Name, GValue> {
    static EMPTY: std::sync::OnceLock<IndexMap<Name, GValue>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(IndexMap::new)
}

/// An input-object argument (absent or null: empty).
fn object_arg<'a>(ctx: &'a ResolverContext<'_>, name: &str) -> &'a IndexMap<Name, GValue> {
    match arg(ctx, name) {
        GValue::Object(o) => o,
        _ => empty(),
    }
}

/// The type names of one model.
struct ModelTypes {
    filter: String,
    key: String,
    sort: String,
    /// `XOrderBy` (`field_ASC`, `field_DESC` per scalar field), when the model has a field to
    /// order by.
    order_by: Option<String>,
    create: String,
    create_many: String,
    update: String,
    update_by_filter: String,
    delete: String,
}

/// Builds the whole schema.
pub fn build_schema(shared: &Arc<Shared>, options: &BuildOptions) -> Result<Schema, String> {
    let dm = &shared.dm;
    let mut g = InputTypes::new(dm, shared.flavor);
    let types: Vec<ModelTypes> = (0..dm.models.len())
        .map(|m| ModelTypes {
            filter: inputs::filter(&mut g, m),
            key: inputs::key_filter(&mut g, m),
            sort: inputs::sort(&mut g, m),
            order_by: dm.models[m]
                .scalar_fields()
                .any(|f| !f.list)
                .then(|| shared.flavor.order_by_type(&dm.models[m].name)),
            create: inputs::create(&mut g, m, None),
            create_many: inputs::create_many(&mut g, m),
            update: inputs::update(&mut g, m, None),
            update_by_filter: inputs::update_by_filter(&mut g, m),
            delete: inputs::delete(&mut g, m),
        })
        .collect();
    for m in 0..dm.models.len() {
        inputs::relation_filter(&mut g, m);
    }
    let defs = g.finish();
    let exists = |name: &str| defs.iter().any(|d| d.name == name);

    let mut query = RootFields::default();
    for (m, t) in types.iter().enumerate() {
        let model = &dm.models[m].name;
        query.add(names::single_query(model), single_query(shared, m));
        query.add(names::list_query(model), list_query(shared, m, t, &exists));
    }
    let query = query.into_object("Query")?;
    // Mutation names cannot clash: `<model><Op>` with nine ops none of which ends with another,
    // so two names are equal only for the same model and op.
    let mut mutation = Object::new("Mutation");
    for (m, t) in types.iter().enumerate() {
        for field in mutations(shared, m, t, &exists) {
            mutation = mutation.field(field);
        }
    }
    let generated = dm
        .models
        .iter()
        .flat_map(|m| {
            [
                m.name.clone(),
                list_response(&m.name),
                many_response(&m.name),
            ]
        })
        .chain(types.iter().filter_map(|t| t.order_by.clone()))
        .chain(dm.enums.iter().map(|e| e.name.clone()))
        .chain(defs.iter().map(|d| d.name.clone()));
    check_unique_names(
        &[&BUILTIN_TYPES[..], &[SUCCESS, SORT_ORDER]].concat(),
        generated,
    )?;

    let mut schema = schema_builder(query, mutation, options.max_depth)
        .register(Enum::new(SORT_ORDER).item("ASC").item("DESC"))
        .register(Object::new(SUCCESS).field(GField::new(
            "success",
            TypeRef::named(TypeRef::BOOLEAN),
            |ctx| {
                FieldFuture::Value(
                    ctx.parent_value
                        .downcast_ref::<SuccessOut>()
                        .map(|s| FieldValue::value(s.0)),
                )
            },
        )));
    let long = dm
        .models
        .iter()
        .flat_map(|m| &m.fields)
        .any(|f| f.kind == FieldKind::Scalar(ScalarType::Long));
    schema = register_scalars_and_enums(schema, dm, long);
    for (m, t) in types.iter().enumerate() {
        schema = schema
            .register(model_object(shared, m, &types, &exists))
            .register(list_object(
                list_response(&dm.models[m].name),
                &dm.models[m].name,
            ))
            .register(list_object(
                many_response(&dm.models[m].name),
                &dm.models[m].name,
            ));
        if t.order_by.is_some() {
            schema = schema.register(order_by_enum(shared, m));
        }
    }
    finish_schema(schema, &defs)
}

/// `XListResponse` / `XManyResponse`: `{ count: Int!, items: [X!]! }`.
fn list_object(name: String, model: &str) -> Object {
    Object::new(name)
        .field(GField::new(
            "count",
            TypeRef::named_nn(TypeRef::INT),
            |ctx| {
                FieldFuture::Value(
                    ctx.parent_value
                        .downcast_ref::<ListOut>()
                        .map(|l| FieldValue::value(l.count as i64)),
                )
            },
        ))
        .field(GField::new(
            "items",
            TypeRef::named_nn_list_nn(model),
            |ctx| {
                FieldFuture::Value(
                    ctx.parent_value.downcast_ref::<ListOut>().map(|l| {
                        FieldValue::list(l.items.iter().cloned().map(FieldValue::owned_any))
                    }),
                )
            },
        ))
}

/// The object type of a model: scalars as the shared objects build them, to-one fields
/// nullable, to-many fields as list responses.
fn model_object(
    shared: &Arc<Shared>,
    m: ModelId,
    types: &[ModelTypes],
    exists: &dyn Fn(&str) -> bool,
) -> Object {
    let dm = &shared.dm;
    let mut obj = Object::new(&dm.models[m].name);
    if dm.models[m].field(DESCRIPTION).is_none() {
        obj = obj.field(description_field());
    }
    for (fi, f) in dm.models[m].fields.iter().enumerate() {
        if !f.is_relation() {
            obj = obj.field(scalar_field(shared, m, fi));
            continue;
        }
        let Some(v) = dm.relation_view(m, &f.name) else {
            continue;
        };
        let child = v.child.model;
        let name = f.name.clone();
        let sh = shared.clone();
        if f.list {
            let field = GField::new(
                &f.name,
                TypeRef::named_nn(list_response(&dm.models[child].name)),
                move |ctx| {
                    answer(ctx, false, |ctx| {
                        let Some(parent) = ctx.parent_value.downcast_ref::<NodeOut>() else {
                            return Ok(None);
                        };
                        let id = parent.node.id.clone();
                        let out = read_list(&sh, child, ctx, false, |r, args| {
                            r.related(m, &id, &name, args)
                        })?;
                        Ok(Some(FieldValue::owned_any(out)))
                    })
                },
            );
            obj = obj.field(list_arguments(field, &types[child], exists, false));
        } else {
            obj = obj.field(GField::new(
                &f.name,
                TypeRef::named(&dm.models[child].name),
                move |ctx| {
                    let Some(parent) = ctx.parent_value.downcast_ref::<NodeOut>() else {
                        return FieldFuture::Value(None);
                    };
                    let store = sh.lock();
                    let r = Reader::new(&sh.dm, &store);
                    FieldFuture::Value(
                        r.related_one(m, &parent.node.id, &name)
                            .and_then(|id| Shared::snapshot(&store, child, &id))
                            .map(FieldValue::owned_any),
                    )
                },
            ));
        }
    }
    obj
}

/// The system field every 8base table type has: the record's description, which 8base computes
/// from a table's description settings. The reference models no such setting, so it is null for
/// every record (the field exists so that queries 8base's SDK generates, which select it, run).
const DESCRIPTION: &str = "_description";

fn description_field() -> GField {
    GField::new(DESCRIPTION, TypeRef::named(TypeRef::STRING), |_| {
        FieldFuture::Value(None::<FieldValue>)
    })
}

/// `filter`, `orderBy`, `sort`, `skip`, `after`, `before`, `first`, `last` (and `withDeleted`
/// on the root list), in the order of 8base's generated schemas.
fn list_arguments(
    field: GField,
    t: &ModelTypes,
    exists: &dyn Fn(&str) -> bool,
    root: bool,
) -> GField {
    let mut field = field;
    if exists(&t.filter) {
        field = field.argument(InputValue::new("filter", TypeRef::named(&t.filter)));
    }
    if let Some(order_by) = &t.order_by {
        field = field.argument(InputValue::new("orderBy", TypeRef::named_list(order_by)));
    }
    if exists(&t.sort) {
        field = field.argument(InputValue::new("sort", TypeRef::named_nn_list(&t.sort)));
    }
    field = field.argument(InputValue::new("skip", TypeRef::named(TypeRef::INT)));
    for n in ["after", "before"] {
        field = field.argument(InputValue::new(n, TypeRef::named(TypeRef::STRING)));
    }
    for n in ["first", "last"] {
        field = field.argument(InputValue::new(n, TypeRef::named(TypeRef::INT)));
    }
    if root {
        field = field.argument(InputValue::new(
            "withDeleted",
            TypeRef::named(TypeRef::BOOLEAN),
        ));
    }
    field
}

/// A non-negative Int argument.
fn count_arg(ctx: &ResolverContext<'_>, name: &str) -> Result<Option<usize>, ApiError> {
    match arg(ctx, name) {
        GValue::Null => Ok(None),
        GValue::Number(n) => match n.as_i64() {
            Some(i) if i >= 0 => Ok(Some(i as usize)),
            _ => Err(invalid_argument(format!("`{name}` must not be negative"))),
        },
        other => Err(ApiError::validation(format!(
            "{name}: Int expected, got {other}"
        ))),
    }
}

/// Reads a list response: the filtered count, and the sorted, windowed page. The sort keys are
/// `sort`'s, then `orderBy`'s; the window is cursors (`after`/`before`: record ids in that
/// order), then `skip`, then `first`/`last`, as Prisma 1 windows.
fn read_list(
    sh: &Shared,
    m: ModelId,
    ctx: &ResolverContext<'_>,
    with_deleted: bool,
    read: impl Fn(&Reader<'_>, &ListArgs) -> Result<Vec<Id>, crate::engine::EngineError>,
) -> Result<ListOut, ApiError> {
    let c = conv(sh);
    let filter = c.filter(m, arg(ctx, "filter"))?;
    let mut keys = c.sort(m, arg(ctx, "sort"))?;
    keys.extend(c.order_by_list(m, arg(ctx, "orderBy"))?);
    let mut keys = keys.into_iter();
    let ordered = ListArgs {
        filter,
        order_by: keys.next(),
        then_by: keys.collect(),
        ..ListArgs::default()
    };
    let window = Window {
        skip: count_arg(ctx, "skip")?,
        after: string_arg(ctx, "after"),
        before: string_arg(ctx, "before"),
        first: count_arg(ctx, "first")?,
        last: count_arg(ctx, "last")?,
    };
    let store = sh.lock();
    let r = Reader::new(&sh.dm, &store).with_deleted(with_deleted);
    let all = read(&r, &ordered).map_err(|e| (sh.render)(&e))?;
    let count = all.len();
    let (ids, _, _) = apply_window(all, &window);
    Ok(ListOut {
        count,
        items: snapshots(&store, m, &ids),
    })
}

/// The records of `ids` as they are now.
fn snapshots(store: &crate::store::Store, m: ModelId, ids: &[Id]) -> Vec<NodeOut> {
    ids.iter()
        .filter_map(|id| Shared::snapshot(store, m, id))
        .collect()
}

/// `x(id: ID, <unique>: T, ...): X`: every argument given must name the record.
fn single_query(shared: &Arc<Shared>, m: ModelId) -> GField {
    let sh = shared.clone();
    let model = &shared.dm.models[m];
    let uniques: Vec<(String, String)> = model
        .unique_fields()
        .map(|f| (f.name.clone(), base_type(&shared.dm, f)))
        .collect();
    let names: Vec<String> = uniques.iter().map(|(n, _)| n.clone()).collect();
    let field = root_field(
        names::single_query(&model.name),
        TypeRef::named(&model.name),
        true,
        move |ctx| {
            let mut selector = WhereUnique::default();
            for n in &names {
                if let Some(v) = ctx.args.get(n).filter(|v| !v.is_null())
                    && let Some(f) = sh.dm.models[m].field(n)
                {
                    selector
                        .fields
                        .push((n.clone(), sh.conv().scalar(f, v.as_value())?));
                }
            }
            let with_deleted = matches!(arg(ctx, "withDeleted"), GValue::Boolean(true));
            let store = sh.lock();
            let id = Reader::new(&sh.dm, &store)
                .with_deleted(with_deleted)
                .find_unique(m, &selector)
                .map_err(|e| (sh.render)(&e))?;
            Ok(id
                .and_then(|id| Shared::snapshot(&store, m, &id))
                .map(FieldValue::owned_any))
        },
    );
    uniques
        .into_iter()
        .fold(field, |f, (n, t)| {
            f.argument(InputValue::new(n, TypeRef::named(t)))
        })
        .argument(InputValue::new(
            "withDeleted",
            TypeRef::named(TypeRef::BOOLEAN),
        ))
}

/// `xsList(filter, orderBy, sort, skip, after, before, first, last, withDeleted):
/// XListResponse!`.
fn list_query(
    shared: &Arc<Shared>,
    m: ModelId,
    t: &ModelTypes,
    exists: &dyn Fn(&str) -> bool,
) -> GField {
    let sh = shared.clone();
    let model = &shared.dm.models[m].name;
    let field = root_field(
        names::list_query(model),
        TypeRef::named_nn(list_response(model)),
        false,
        move |ctx| {
            let with_deleted = matches!(arg(ctx, "withDeleted"), GValue::Boolean(true));
            let out = read_list(&sh, m, ctx, with_deleted, |r, args| r.list(m, args))?;
            Ok(Some(FieldValue::owned_any(out)))
        },
    );
    list_arguments(field, t, exists, true)
}

/// The selectors of `xUpdate` / `xDelete`: `data.id` (already converted) and `filter`.
fn selectors(
    sh: &Shared,
    m: ModelId,
    ctx: &ResolverContext<'_>,
    data_id: Option<WhereUnique>,
) -> Result<Vec<WhereUnique>, ApiError> {
    let mut out: Vec<WhereUnique> = data_id.into_iter().collect();
    let filter = arg(ctx, "filter");
    if *filter != GValue::Null {
        out.push(conv(sh).key(m, filter)?);
    }
    Ok(out)
}

fn force_arg(ctx: &ResolverContext<'_>, data: &IndexMap<Name, GValue>) -> bool {
    matches!(arg(ctx, "force"), GValue::Boolean(true))
        || matches!(data.get("force"), Some(GValue::Boolean(true)))
}

fn success<'a>() -> Option<FieldValue<'a>> {
    Some(FieldValue::owned_any(SuccessOut(true)))
}

/// The nine mutations of a model, in the name generator's order.
fn mutations(
    shared: &Arc<Shared>,
    m: ModelId,
    t: &ModelTypes,
    exists: &dyn Fn(&str) -> bool,
) -> Vec<GField> {
    let model = shared.dm.models[m].name.clone();
    let many_ty = || TypeRef::named_nn(many_response(&model));
    let node_ty = || TypeRef::named_nn(&model);
    let success_ty = || TypeRef::named(SUCCESS);
    let name = |op: &str| names::mutation(&model, op);
    let field = |op: &str,
                 ty: TypeRef,
                 nullable: bool,
                 body: fn(
        &Shared,
        ModelId,
        &ResolverContext<'_>,
    ) -> Result<Option<FieldValue<'static>>, ApiError>| {
        let sh = shared.clone();
        GField::new(name(op), ty, move |ctx| {
            answer(ctx, nullable, |ctx| body(&sh, m, ctx))
        })
    };
    let mut out = Vec::new();

    // xCreate(data: XCreateInput!): X!
    let create = field("Create", node_ty(), false, |sh, m, ctx| {
        let input = conv(sh).create(m, object_arg(ctx, "data"))?;
        let node = sh.run_node(m, |e| e.create(m, &input))?;
        node_value(node, "created record").map(Some)
    });
    out.push(if exists(&t.create) {
        create.argument(InputValue::new("data", TypeRef::named_nn(&t.create)))
    } else {
        create
    });

    // xCreateMany(data: [XCreateManyInput]!): XManyResponse!
    if exists(&t.create_many) {
        out.push(
            field("CreateMany", many_ty(), false, |sh, m, ctx| {
                let c = conv(sh);
                let mut inputs = Vec::new();
                for item in crate::api::convert::as_list(arg(ctx, "data")) {
                    if let GValue::Object(o) = item {
                        inputs.push(c.create(m, o)?);
                    }
                }
                let items = sh.run(
                    |e| {
                        inputs
                            .iter()
                            .map(|i| e.create(m, i))
                            .collect::<Result<Vec<_>, _>>()
                    },
                    |store, ids| snapshots(store, m, &ids),
                )?;
                Ok(Some(FieldValue::owned_any(ListOut {
                    count: items.len(),
                    items,
                })))
            })
            .argument(InputValue::new(
                "data",
                TypeRef::NonNull(Box::new(TypeRef::List(Box::new(TypeRef::named(
                    &t.create_many,
                ))))),
            )),
        );
    }

    // xUpdate(data: XUpdateInput!, filter: XKeyFilter): X!
    out.push(
        field("Update", node_ty(), false, |sh, m, ctx| {
            let (data_id, data) = conv(sh).update(m, object_arg(ctx, "data"))?;
            let selectors = selectors(sh, m, ctx, data_id)?;
            let node = sh.run_node(m, |e| e.update_located(m, &selectors, &data))?;
            node_value(node, "updated record").map(Some)
        })
        .argument(InputValue::new("data", TypeRef::named_nn(&t.update)))
        .argument(InputValue::new("filter", TypeRef::named(&t.key))),
    );

    // xUpdateByFilter(data: XUpdateByFilterInput!, filter: XFilter): XManyResponse!
    if exists(&t.update_by_filter) {
        let f = field("UpdateByFilter", many_ty(), false, |sh, m, ctx| {
            let c = conv(sh);
            let data = c.update_by_filter(m, object_arg(ctx, "data"))?;
            let filter = c.filter(m, arg(ctx, "filter"))?;
            let items = sh.run(
                |e| e.update_many_ids(m, &filter, &data),
                |store, ids| snapshots(store, m, &ids),
            )?;
            Ok(Some(FieldValue::owned_any(ListOut {
                count: items.len(),
                items,
            })))
        })
        .argument(InputValue::new(
            "data",
            TypeRef::named_nn(&t.update_by_filter),
        ));
        out.push(if exists(&t.filter) {
            f.argument(InputValue::new("filter", TypeRef::named(&t.filter)))
        } else {
            f
        });
    }

    // xDelete(data: XDeleteInput, filter: XKeyFilter, force: Boolean): SuccessResponse
    out.push(
        field("Delete", success_ty(), true, |sh, m, ctx| {
            let data = object_arg(ctx, "data");
            let data_id = match data.get("id") {
                Some(v) if *v != GValue::Null => {
                    let id = IndexMap::from([(Name::new("id"), v.clone())]);
                    Some(conv(sh).key(m, &GValue::Object(id))?)
                }
                _ => None,
            };
            let selectors = selectors(sh, m, ctx, data_id)?;
            let how = Removal {
                soft: true,
                force: force_arg(ctx, data),
            };
            sh.run(|e| e.remove(m, &selectors, false, how), |_, ()| ())?;
            Ok(success())
        })
        .argument(InputValue::new("data", TypeRef::named(&t.delete)))
        .argument(InputValue::new("filter", TypeRef::named(&t.key)))
        .argument(InputValue::new("force", TypeRef::named(TypeRef::BOOLEAN))),
    );

    // xDeleteByFilter / xDestroyByFilter(filter: XFilter!, force: Boolean): SuccessResponse
    for (op, soft) in [("DeleteByFilter", true), ("DestroyByFilter", false)] {
        let body: fn(&Shared, ModelId, &ResolverContext<'_>) -> _ = if soft {
            |sh, m, ctx| by_filter(sh, m, ctx, true)
        } else {
            |sh, m, ctx| by_filter(sh, m, ctx, false)
        };
        let f = field(op, success_ty(), true, body)
            .argument(InputValue::new("filter", TypeRef::named_nn(&t.filter)))
            .argument(InputValue::new("force", TypeRef::named(TypeRef::BOOLEAN)));
        if op == "DeleteByFilter" {
            out.push(f);
        } else {
            // xDestroy comes before xDestroyByFilter.
            out.push(
                field("Destroy", success_ty(), true, |sh, m, ctx| {
                    let selectors = selectors(sh, m, ctx, None)?;
                    let how = Removal {
                        soft: false,
                        force: force_arg(ctx, empty()),
                    };
                    sh.run(|e| e.remove(m, &selectors, true, how), |_, ()| ())?;
                    Ok(success())
                })
                .argument(InputValue::new("filter", TypeRef::named(&t.key)))
                .argument(InputValue::new("force", TypeRef::named(TypeRef::BOOLEAN))),
            );
            out.push(f);
        }
    }

    // xRestore(id: String!): X!
    out.push(
        field("Restore", node_ty(), false, |sh, m, ctx| {
            let id = id_arg(ctx, "id");
            let node = sh.run_node(m, |e| e.restore(m, &id))?;
            node_value(node, "restored record").map(Some)
        })
        .argument(InputValue::new("id", TypeRef::named_nn(TypeRef::STRING))),
    );
    out
}

/// `xDeleteByFilter` (soft) / `xDestroyByFilter` (hard, soft-deleted records included).
fn by_filter(
    sh: &Shared,
    m: ModelId,
    ctx: &ResolverContext<'_>,
    soft: bool,
) -> Result<Option<FieldValue<'static>>, ApiError> {
    let filter: Filter = conv(sh).filter(m, arg(ctx, "filter"))?;
    let how = Removal {
        soft,
        force: force_arg(ctx, empty()),
    };
    sh.run(|e| e.remove_many(m, &filter, !soft, how), |_, _| ())?;
    Ok(success())
}
