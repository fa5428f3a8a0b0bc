//! Output side of the Prisma 1.34 API: model object types (scalar fields from a snapshot taken
//! when the node was read or written, relation fields read live from the store), the
//! connection types, `BatchPayload`, and the Query/Mutation root fields with their resolvers.
//! Root fields are named and ordered as `SchemaBuilder` does: queries `xs`, `x`,
//! `xsConnection`; mutations create*, update*, delete*, upsert*, updateMany*, deleteMany*.

// `EngineError` (the engine's type) is large; these results carry it only across one call.

use super::errors::PrismaError;
use super::inputs::{InputTypes, base_type};
use super::{BuildOptions, Shared};
use crate::datamodel::{
    DataModel, Field, FieldKind, ModelId, ScalarType, SystemField, lower_first, plural, scalars,
};
use crate::engine::{CreateInput, Filter, ListArgs, Reader, UpdateInput};
use crate::store::{Id, Node, Store};
use async_graphql::dynamic::{
    Enum, Field as GField, FieldFuture, FieldValue, InputValue, Object, ResolverContext, Scalar,
    Schema, TypeRef,
};
use async_graphql::{Name, Value as GValue};
use serde_json::Value;
use std::sync::Arc;

/// A node as returned to the client: its scalar values as read (or as they were just before
/// a delete); relation fields are resolved from the store when selected.
#[derive(Debug, Clone)]
pub struct NodeOut {
    pub model: ModelId,
    pub node: Node,
}

/// The value behind `XConnection`.
struct ConnectionOut {
    nodes: Vec<NodeOut>,
    has_next: bool,
    has_previous: bool,
}

struct PageInfoOut {
    has_next: bool,
    has_previous: bool,
    start: Option<Id>,
    end: Option<Id>,
}

struct CountOut(u64);

/// Runs a resolver body (synchronously: nothing in it awaits, so the store lock is never held
/// across an `.await`) and reports its error Prisma-style. A nullable field resolves to null
/// next to its error; a non-null field reports the error with its path and asks the response
/// post-processing to null its parent (async-graphql's dynamic schema drops the key and the
/// path otherwise).
fn answer<'a>(
    ctx: ResolverContext<'a>,
    nullable: bool,
    body: impl FnOnce(&ResolverContext<'a>) -> Result<Option<FieldValue<'a>>, PrismaError>,
) -> FieldFuture<'a> {
    match body(&ctx) {
        Ok(v) => FieldFuture::Value(v),
        Err(e) => {
            let server = ctx.set_error_path(e.into_graphql().into_server_error(ctx.item.pos));
            if nullable {
                ctx.add_error(server);
                return FieldFuture::Value(None);
            }
            let path = serde_json::to_string(&server.path).unwrap_or_else(|_| "[]".into());
            ctx.add_error(server);
            let marker = async_graphql::Error::new(format!("{}{path}", super::errors::NULL_MARKER));
            FieldFuture::new(async move { Err::<Option<FieldValue<'a>>, _>(marker) })
        }
    }
}

/// Builds the whole schema.
pub fn build_schema(shared: &Arc<Shared>, options: &BuildOptions) -> Result<Schema, String> {
    let dm = &shared.dm;
    let mut inputs = InputTypes::new(dm, shared.legacy_shapes);
    // Generate every input type reachable from the root fields first, so pruning knows the
    // full picture; root fields then only keep arguments whose types survived.
    struct Names {
        create: String,
        update: String,
        update_many: String,
        unique: String,
        filter: String,
    }
    let names: Vec<Names> = (0..dm.models.len())
        .map(|m| Names {
            create: inputs.create(m),
            update: inputs.update(m),
            update_many: inputs.update_many_mutation(m),
            unique: inputs.where_unique(m),
            filter: inputs.where_input(m),
        })
        .collect();
    let (defs, _) = {
        let (defs, removed) = inputs.finish();
        (defs, removed)
    };
    let exists = |n: &str| defs.iter().any(|d| d.name == n);

    let mut query = Object::new("Query");
    let mut mutation = Object::new("Mutation");
    let mut builder_types: Vec<async_graphql::dynamic::Type> = Vec::new();

    for (m, model) in dm.models.iter().enumerate() {
        builder_types.push(model_object(shared, m).into());
        builder_types.push(order_by_enum(dm, m).into());
        builder_types.extend(connection_types(&model.name));
    }

    // Queries: xs, then x, then xsConnection (SchemaBuilder.buildQuery).
    for (m, model) in dm.models.iter().enumerate() {
        let name = lower_first(&plural(&model.name));
        let f = list_field(
            shared,
            m,
            &name,
            TypeRef::named_list_nn(&model.name),
            &names[m].filter,
            ListKind::Root,
        );
        query = query.field(f);
    }
    for (m, model) in dm.models.iter().enumerate() {
        if exists(&names[m].unique) {
            query = query.field(single_query(shared, m, &names[m].unique));
        }
        let _ = model;
    }
    for (m, model) in dm.models.iter().enumerate() {
        let name = format!("{}Connection", lower_first(&plural(&model.name)));
        let f = list_field(
            shared,
            m,
            &name,
            TypeRef::named_nn(format!("{}Connection", model.name)),
            &names[m].filter,
            ListKind::Connection,
        );
        query = query.field(f);
    }

    // Mutations (SchemaBuilder.buildMutation order).
    for (m, _) in dm.models.iter().enumerate() {
        let data = exists(&names[m].create).then_some(names[m].create.as_str());
        mutation = mutation.field(create_field(shared, m, data));
    }
    for (m, _) in dm.models.iter().enumerate() {
        if exists(&names[m].update) && exists(&names[m].unique) {
            mutation = mutation.field(update_field(shared, m, &names[m].update, &names[m].unique));
        }
    }
    for (m, _) in dm.models.iter().enumerate() {
        if exists(&names[m].unique) {
            mutation = mutation.field(delete_field(shared, m, &names[m].unique));
        }
    }
    for (m, _) in dm.models.iter().enumerate() {
        if exists(&names[m].update) && exists(&names[m].create) && exists(&names[m].unique) {
            mutation = mutation.field(upsert_field(
                shared,
                m,
                &names[m].unique,
                &names[m].create,
                &names[m].update,
            ));
        }
    }
    for (m, _) in dm.models.iter().enumerate() {
        if exists(&names[m].update_many) {
            mutation = mutation.field(update_many_field(
                shared,
                m,
                &names[m].update_many,
                &names[m].filter,
            ));
        }
    }
    for (m, _) in dm.models.iter().enumerate() {
        mutation = mutation.field(delete_many_field(shared, m, &names[m].filter));
    }

    // Generated names must not clash (async-graphql would silently keep the last one).
    let mut taken: std::collections::HashSet<String> = [
        "Query",
        "Mutation",
        "BatchPayload",
        "PageInfo",
        "Long",
        "DateTime",
        "Json",
        "Int",
        "Float",
        "String",
        "Boolean",
        "ID",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    let generated = dm
        .models
        .iter()
        .flat_map(|m| {
            [
                m.name.clone(),
                format!("{}OrderByInput", m.name),
                format!("{}Connection", m.name),
                format!("{}Edge", m.name),
                format!("Aggregate{}", m.name),
            ]
        })
        .chain(dm.enums.iter().map(|e| e.name.clone()))
        .chain(defs.iter().map(|d| d.name.clone()));
    for name in generated {
        if !taken.insert(name.clone()) {
            return Err(format!(
                "the type name `{name}` would be defined twice: a model or enum of the data model clashes with a generated type"
            ));
        }
    }

    let depth = options.max_depth.max(1);
    let mut schema = Schema::build("Query", Some("Mutation"), None)
        .limit_depth(depth)
        .limit_recursive_depth(depth.max(32))
        .register(query)
        .register(mutation)
        .register(batch_payload())
        .register(page_info());
    // Only types a field uses are registered: unreachable types would show in the SDL but
    // not in introspection (Sangria generated reachable types only).
    let used = |pred: &dyn Fn(&FieldKind) -> bool| {
        dm.models
            .iter()
            .flat_map(|m| &m.fields)
            .any(|f| pred(&f.kind))
    };
    let (datetime, json, long) = scalar_types();
    schema = schema.register(long);
    if used(&|k| *k == FieldKind::Scalar(ScalarType::DateTime)) {
        schema = schema.register(datetime);
    }
    if used(&|k| *k == FieldKind::Scalar(ScalarType::Json)) {
        schema = schema.register(json);
    }
    for e in dm
        .enums
        .iter()
        .filter(|e| used(&|k| matches!(k, FieldKind::Enum(n) if *n == e.name)))
    {
        schema = schema.register(
            e.values
                .iter()
                .fold(Enum::new(&e.name), |en, v| en.item(v.as_str())),
        );
    }
    for t in builder_types {
        schema = schema.register(t);
    }
    for d in &defs {
        schema = schema.register(d.to_input_object());
    }
    schema.finish().map_err(|e| e.to_string())
}

/// `DateTime` (shortened ISO forms accepted), `Json` (any value; strings must hold JSON text,
/// checked on conversion) and `Long`.
fn scalar_types() -> (Scalar, Scalar, Scalar) {
    let datetime = Scalar::new("DateTime").validator(|v| match v {
        GValue::String(s) => scalars::normalize_datetime(s).is_some(),
        _ => false,
    });
    let json = Scalar::new("Json").validator(|_| true);
    let long = Scalar::new("Long").validator(|v| match v {
        GValue::Number(n) => n.is_i64() || n.is_u64(),
        _ => false,
    });
    (datetime, json, long)
}

fn batch_payload() -> Object {
    Object::new("BatchPayload").field(GField::new("count", TypeRef::named_nn("Long"), |ctx| {
        FieldFuture::Value(
            ctx.parent_value
                .downcast_ref::<CountOut>()
                .map(|c| FieldValue::value(GValue::from(c.0))),
        )
    }))
}

fn page_info() -> Object {
    let b = |name: &str, get: fn(&PageInfoOut) -> bool| {
        GField::new(name, TypeRef::named_nn(TypeRef::BOOLEAN), move |ctx| {
            FieldFuture::Value(
                ctx.parent_value
                    .downcast_ref::<PageInfoOut>()
                    .map(|p| FieldValue::value(get(p))),
            )
        })
    };
    let s = |name: &str, get: fn(&PageInfoOut) -> Option<Id>| {
        GField::new(name, TypeRef::named(TypeRef::STRING), move |ctx| {
            FieldFuture::Value(
                ctx.parent_value
                    .downcast_ref::<PageInfoOut>()
                    .and_then(get)
                    .map(FieldValue::value),
            )
        })
    };
    Object::new("PageInfo")
        .field(b("hasNextPage", |p| p.has_next))
        .field(b("hasPreviousPage", |p| p.has_previous))
        .field(s("startCursor", |p| p.start.clone()))
        .field(s("endCursor", |p| p.end.clone()))
}

/// `XConnection { pageInfo, edges, aggregate }`, `XEdge { node, cursor }`, `AggregateX { count }`.
fn connection_types(model: &str) -> Vec<async_graphql::dynamic::Type> {
    let connection =
        Object::new(format!("{model}Connection"))
            .field(GField::new(
                "pageInfo",
                TypeRef::named_nn("PageInfo"),
                |ctx| {
                    FieldFuture::Value(ctx.parent_value.downcast_ref::<ConnectionOut>().map(|c| {
                        FieldValue::owned_any(PageInfoOut {
                            has_next: c.has_next,
                            has_previous: c.has_previous,
                            start: c.nodes.first().map(|n| n.node.id.clone()),
                            end: c.nodes.last().map(|n| n.node.id.clone()),
                        })
                    }))
                },
            ))
            .field(GField::new(
                "edges",
                TypeRef::named_list_nn(format!("{model}Edge")),
                |ctx| {
                    FieldFuture::Value(ctx.parent_value.downcast_ref::<ConnectionOut>().map(|c| {
                        FieldValue::list(c.nodes.iter().cloned().map(FieldValue::owned_any))
                    }))
                },
            ))
            .field(GField::new(
                "aggregate",
                TypeRef::named_nn(format!("Aggregate{model}")),
                |ctx| {
                    FieldFuture::Value(
                        ctx.parent_value
                            .downcast_ref::<ConnectionOut>()
                            .map(|c| FieldValue::owned_any(CountOut(c.nodes.len() as u64))),
                    )
                },
            ));
    let edge = Object::new(format!("{model}Edge"))
        .field(GField::new("node", TypeRef::named_nn(model), |ctx| {
            FieldFuture::Value(
                ctx.parent_value
                    .downcast_ref::<NodeOut>()
                    .map(|n| FieldValue::owned_any(n.clone())),
            )
        }))
        .field(GField::new(
            "cursor",
            TypeRef::named_nn(TypeRef::STRING),
            |ctx| {
                FieldFuture::Value(
                    ctx.parent_value
                        .downcast_ref::<NodeOut>()
                        .map(|n| FieldValue::value(n.node.id.clone())),
                )
            },
        ));
    let aggregate = Object::new(format!("Aggregate{model}")).field(GField::new(
        "count",
        TypeRef::named_nn(TypeRef::INT),
        |ctx| {
            FieldFuture::Value(
                ctx.parent_value
                    .downcast_ref::<CountOut>()
                    .map(|c| FieldValue::value(GValue::from(c.0))),
            )
        },
    ));
    vec![connection.into(), edge.into(), aggregate.into()]
}

/// `XOrderByInput`: `<field>_ASC` / `<field>_DESC` for every non-list scalar and enum field.
fn order_by_enum(dm: &DataModel, m: ModelId) -> Enum {
    let model = &dm.models[m];
    let mut e = Enum::new(format!("{}OrderByInput", model.name));
    for f in model.scalar_fields().filter(|f| !f.list) {
        e = e
            .item(format!("{}_ASC", f.name))
            .item(format!("{}_DESC", f.name));
    }
    e
}

/// The output type of a scalar or enum field.
fn scalar_output_type(dm: &DataModel, f: &Field) -> TypeRef {
    let t = base_type(dm, f);
    if f.list {
        TypeRef::named_nn_list_nn(t)
    } else if f.required {
        TypeRef::named_nn(t)
    } else {
        TypeRef::named(t)
    }
}

/// A stored value as the GraphQL value of its field (None for null).
fn out_value(f: &Field, v: &Value) -> Option<GValue> {
    if v.is_null() {
        return None;
    }
    if f.list {
        let items = match v {
            Value::Array(items) => items
                .iter()
                .map(|x| out_scalar(f, x).unwrap_or(GValue::Null))
                .collect(),
            other => vec![out_scalar(f, other).unwrap_or(GValue::Null)],
        };
        return Some(GValue::List(items));
    }
    out_scalar(f, v)
}

fn out_scalar(f: &Field, v: &Value) -> Option<GValue> {
    match (&f.kind, v) {
        (_, Value::Null) => None,
        (FieldKind::Enum(_), Value::String(s)) => Some(GValue::Enum(Name::new(s))),
        (FieldKind::Scalar(ScalarType::Float), Value::Number(n)) => n.as_f64().map(GValue::from),
        (FieldKind::Scalar(ScalarType::DateTime), Value::String(s)) => Some(GValue::String(
            scalars::normalize_datetime(s).unwrap_or_else(|| s.clone()),
        )),
        (_, other) => GValue::from_json(other.clone()).ok(),
    }
}

/// The object type of model `m`.
fn model_object(shared: &Arc<Shared>, m: ModelId) -> Object {
    let dm = &shared.dm;
    let model = &dm.models[m];
    let mut obj = Object::new(&model.name);
    for (fi, f) in model.fields.iter().enumerate() {
        if f.is_relation() {
            let Some(v) = dm.relation_view(m, &f.name) else {
                continue;
            };
            let child_name = &dm.models[v.child.model].name;
            let filter = format!("{child_name}WhereInput");
            if f.list {
                obj = obj.field(list_field(
                    shared,
                    v.child.model,
                    &f.name,
                    TypeRef::named_nn_list(child_name),
                    &filter,
                    ListKind::Related {
                        parent: m,
                        field: f.name.clone(),
                    },
                ));
            } else {
                obj = obj.field(to_one_field(shared, m, f, v.child.model));
            }
            continue;
        }
        let field = f.clone();
        let is_id = f.system == Some(SystemField::Id);
        obj = obj.field(GField::new(
            &f.name,
            scalar_output_type(dm, f),
            move |ctx| {
                let Some(n) = ctx.parent_value.downcast_ref::<NodeOut>() else {
                    return FieldFuture::Value(None);
                };
                if is_id {
                    return FieldFuture::Value(Some(FieldValue::value(n.node.id.clone())));
                }
                FieldFuture::Value(
                    n.node
                        .values
                        .get(fi)
                        .and_then(|v| out_value(&field, v))
                        .map(FieldValue::value),
                )
            },
        ));
    }
    obj
}

/// A to-one relation field (no arguments in 1.34).
fn to_one_field(shared: &Arc<Shared>, m: ModelId, f: &Field, child: ModelId) -> GField {
    let ty = if f.required {
        TypeRef::named_nn(&shared.dm.models[child].name)
    } else {
        TypeRef::named(&shared.dm.models[child].name)
    };
    let sh = shared.clone();
    let name = f.name.clone();
    let required = f.required;
    GField::new(&f.name, ty, move |ctx| {
        answer(ctx, !required, |ctx| {
            let Some(parent) = ctx.parent_value.downcast_ref::<NodeOut>() else {
                return Ok(None);
            };
            let out = {
                let store = sh.lock();
                let r = Reader::new(&sh.dm, &store);
                r.related_one(m, &parent.node.id, &name)
                    .and_then(|id| Shared::snapshot(&store, child, &id))
            };
            match out {
                Some(n) => Ok(Some(FieldValue::owned_any(n))),
                None if required => Err(PrismaError::validation(format!(
                    "The required relation field `{name}` of {} has no related node",
                    sh.dm.models[m].name
                ))),
                None => Ok(None),
            }
        })
    })
}

/// Where a list field reads from.
enum ListKind {
    Root,
    Connection,
    Related { parent: ModelId, field: String },
}

/// The window of a list read: cursors, then skip, then first/last.
struct Window {
    skip: Option<usize>,
    after: Option<String>,
    before: Option<String>,
    first: Option<usize>,
    last: Option<usize>,
}

fn window_args(ctx: &ResolverContext<'_>) -> Result<Window, PrismaError> {
    let int = |name: &str, code: u32| -> Result<Option<usize>, PrismaError> {
        match ctx.args.get(name).map(|v| v.as_value().clone()) {
            None | Some(GValue::Null) => Ok(None),
            Some(GValue::Number(n)) => match n.as_i64() {
                Some(i) if i >= 0 => Ok(Some(i as usize)),
                _ => Err(PrismaError::coded(
                    code,
                    format!("The '{name}' argument must be non negative"),
                )),
            },
            Some(other) => Err(PrismaError::validation(format!(
                "{name}: Int expected, got {other}"
            ))),
        }
    };
    let string = |name: &str| match ctx.args.get(name).map(|v| v.as_value().clone()) {
        Some(GValue::String(s)) => Some(s),
        _ => None,
    };
    Ok(Window {
        skip: int("skip", 3028)?,
        first: int("first", 3026)?,
        last: int("last", 3027)?,
        after: string("after"),
        before: string("before"),
    })
}

/// Applies the window; returns the ids and whether items were cut at the end / the start.
fn apply_window(mut ids: Vec<Id>, w: &Window) -> (Vec<Id>, bool, bool) {
    let (mut cut_front, mut cut_back) = (false, false);
    if let Some(a) = &w.after {
        match ids.iter().position(|i| i == a) {
            Some(p) => {
                cut_front = true;
                ids.drain(..=p);
            }
            None => ids.clear(),
        }
    }
    if let Some(b) = &w.before {
        match ids.iter().position(|i| i == b) {
            Some(p) => {
                cut_back = true;
                ids.truncate(p);
            }
            None => ids.clear(),
        }
    }
    if let Some(s) = w.skip {
        let s = s.min(ids.len());
        cut_front |= s > 0;
        ids.drain(..s);
    }
    if let Some(f) = w.first
        && ids.len() > f
    {
        cut_back = true;
        ids.truncate(f);
    }
    if let Some(l) = w.last
        && ids.len() > l
    {
        cut_front = true;
        ids.drain(..ids.len() - l);
    }
    (ids, cut_back, cut_front)
}

/// `xs(...)`, `xsConnection(...)` and to-many relation fields: where, orderBy, skip, after,
/// before, first, last.
fn list_field(
    shared: &Arc<Shared>,
    m: ModelId,
    name: &str,
    ty: TypeRef,
    filter: &str,
    kind: ListKind,
) -> GField {
    let sh = shared.clone();
    let model_name = shared.dm.models[m].name.clone();
    let nullable = matches!(kind, ListKind::Related { .. });
    GField::new(name, ty, move |ctx| {
        answer(ctx, nullable, |ctx| {
            let conv = sh.conv();
            let mut args = ListArgs::default();
            if let Some(w) = ctx.args.get("where") {
                args.filter = conv.filter(m, w.as_value())?;
            }
            if let Some(o) = ctx.args.get("orderBy") {
                args.order_by = conv.order_by(m, o.as_value())?;
            }
            let window = window_args(ctx)?;
            let parent_id = match &kind {
                ListKind::Related { .. } => match ctx.parent_value.downcast_ref::<NodeOut>() {
                    Some(p) => Some(p.node.id.clone()),
                    None => return Ok(None),
                },
                _ => None,
            };
            let (nodes, has_next, has_previous) = {
                let store = sh.lock();
                let r = Reader::new(&sh.dm, &store);
                let ids = match (&kind, &parent_id) {
                    (ListKind::Related { parent, field }, Some(pid)) => {
                        r.related(*parent, pid, field, &args)
                    }
                    _ => r.list(m, &args),
                }
                .map_err(|e| super::errors::render(&e))?;
                let (ids, next, prev) = apply_window(ids, &window);
                let nodes: Vec<NodeOut> = ids
                    .iter()
                    .filter_map(|id| Shared::snapshot(&store, m, id))
                    .collect();
                (nodes, next, prev)
            };
            Ok(Some(match &kind {
                ListKind::Connection => FieldValue::owned_any(ConnectionOut {
                    nodes,
                    has_next,
                    has_previous,
                }),
                _ => FieldValue::list(nodes.into_iter().map(FieldValue::owned_any)),
            }))
        })
    })
    .argument(InputValue::new("where", TypeRef::named(filter)))
    .argument(InputValue::new(
        "orderBy",
        TypeRef::named(format!("{model_name}OrderByInput")),
    ))
    .argument(InputValue::new("skip", TypeRef::named(TypeRef::INT)))
    .argument(InputValue::new("after", TypeRef::named(TypeRef::STRING)))
    .argument(InputValue::new("before", TypeRef::named(TypeRef::STRING)))
    .argument(InputValue::new("first", TypeRef::named(TypeRef::INT)))
    .argument(InputValue::new("last", TypeRef::named(TypeRef::INT)))
}

/// `x(where: XWhereUniqueInput!): X`.
fn single_query(shared: &Arc<Shared>, m: ModelId, unique: &str) -> GField {
    let model = &shared.dm.models[m];
    let sh = shared.clone();
    GField::new(
        lower_first(&model.name),
        TypeRef::named(&model.name),
        move |ctx| {
            answer(ctx, true, |ctx| {
                let selector = sh.conv().where_unique(m, arg(ctx, "where"))?;
                let store = sh.lock();
                let r = Reader::new(&sh.dm, &store);
                let id = r
                    .find_unique(m, &selector)
                    .map_err(|e| super::errors::render(&e))?;
                Ok(id
                    .and_then(|id| Shared::snapshot(&store, m, &id))
                    .map(FieldValue::owned_any))
            })
        },
    )
    .argument(InputValue::new("where", TypeRef::named_nn(unique)))
}

fn arg<'a>(ctx: &'a ResolverContext<'_>, name: &str) -> &'a GValue {
    static NULL: GValue = GValue::Null;
    ctx.args.get(name).map(|v| v.as_value()).unwrap_or(&NULL)
}

/// `createX(data: XCreateInput!): X!`.
fn create_field(shared: &Arc<Shared>, m: ModelId, data: Option<&str>) -> GField {
    let model = &shared.dm.models[m];
    let sh = shared.clone();
    let f = GField::new(
        format!("create{}", model.name),
        TypeRef::named_nn(&model.name),
        move |ctx| {
            answer(ctx, false, |ctx| {
                let input = match arg(ctx, "data") {
                    GValue::Null => CreateInput::default(),
                    v => sh.conv().create(m, v)?,
                };
                let node = sh.run(
                    |e| e.create(m, &input),
                    |store, id| Shared::snapshot(store, m, &id),
                )?;
                node.map(|n| Some(FieldValue::owned_any(n))).ok_or_else(|| {
                    PrismaError::validation("internal error: the created node cannot be read")
                })
            })
        },
    );
    match data {
        Some(t) => f.argument(InputValue::new("data", TypeRef::named_nn(t))),
        None => f,
    }
}

/// `updateX(data: XUpdateInput!, where: XWhereUniqueInput!): X` (null plus error on failure).
fn update_field(shared: &Arc<Shared>, m: ModelId, update: &str, unique: &str) -> GField {
    let model = &shared.dm.models[m];
    let sh = shared.clone();
    GField::new(
        format!("update{}", model.name),
        TypeRef::named(&model.name),
        move |ctx| {
            answer(ctx, true, |ctx| {
                let conv = sh.conv();
                let data = conv.update(m, arg(ctx, "data"))?;
                let selector = conv.where_unique(m, arg(ctx, "where"))?;
                let node = sh.run(
                    |e| e.update(m, &selector, &data),
                    |store, id| Shared::snapshot(store, m, &id),
                )?;
                Ok(node.map(FieldValue::owned_any))
            })
        },
    )
    .argument(InputValue::new("data", TypeRef::named_nn(update)))
    .argument(InputValue::new("where", TypeRef::named_nn(unique)))
}

/// `deleteX(where: XWhereUniqueInput!): X` — the node's values as read before deletion.
fn delete_field(shared: &Arc<Shared>, m: ModelId, unique: &str) -> GField {
    let model = &shared.dm.models[m];
    let sh = shared.clone();
    GField::new(
        format!("delete{}", model.name),
        TypeRef::named(&model.name),
        move |ctx| {
            answer(ctx, true, |ctx| {
                let selector = sh.conv().where_unique(m, arg(ctx, "where"))?;
                let node = sh.run(
                    |e| e.delete(m, &selector),
                    |_, node| Shared::snapshot_of(m, node),
                )?;
                Ok(Some(FieldValue::owned_any(node)))
            })
        },
    )
    .argument(InputValue::new("where", TypeRef::named_nn(unique)))
}

/// `upsertX(where: XWhereUniqueInput!, create: XCreateInput!, update: XUpdateInput!): X!`.
fn upsert_field(
    shared: &Arc<Shared>,
    m: ModelId,
    unique: &str,
    create: &str,
    update: &str,
) -> GField {
    let model = &shared.dm.models[m];
    let sh = shared.clone();
    GField::new(
        format!("upsert{}", model.name),
        TypeRef::named_nn(&model.name),
        move |ctx| {
            answer(ctx, false, |ctx| {
                let conv = sh.conv();
                let selector = conv.where_unique(m, arg(ctx, "where"))?;
                let create: CreateInput = conv.create(m, arg(ctx, "create"))?;
                let update: UpdateInput = conv.update(m, arg(ctx, "update"))?;
                let node = sh.run(
                    |e| e.upsert(m, &selector, &create, &update),
                    |store, id| Shared::snapshot(store, m, &id),
                )?;
                node.map(|n| Some(FieldValue::owned_any(n))).ok_or_else(|| {
                    PrismaError::validation("internal error: the upserted node cannot be read")
                })
            })
        },
    )
    .argument(InputValue::new("where", TypeRef::named_nn(unique)))
    .argument(InputValue::new("create", TypeRef::named_nn(create)))
    .argument(InputValue::new("update", TypeRef::named_nn(update)))
}

/// `updateMany<Plural>(data: XUpdateManyMutationInput!, where: XWhereInput): BatchPayload!`.
fn update_many_field(shared: &Arc<Shared>, m: ModelId, data: &str, filter: &str) -> GField {
    let model = &shared.dm.models[m];
    let sh = shared.clone();
    GField::new(
        format!("updateMany{}", plural(&model.name)),
        TypeRef::named_nn("BatchPayload"),
        move |ctx| {
            answer(ctx, false, |ctx| {
                let conv = sh.conv();
                let data = conv.update(m, arg(ctx, "data"))?;
                let filter: Filter = conv.filter(m, arg(ctx, "where"))?;
                let count = sh.run(|e| e.update_many(m, &filter, &data), |_, n| n)?;
                Ok(Some(FieldValue::owned_any(CountOut(count as u64))))
            })
        },
    )
    .argument(InputValue::new("data", TypeRef::named_nn(data)))
    .argument(InputValue::new("where", TypeRef::named(filter)))
}

/// `deleteMany<Plural>(where: XWhereInput): BatchPayload!`.
fn delete_many_field(shared: &Arc<Shared>, m: ModelId, filter: &str) -> GField {
    let model = &shared.dm.models[m];
    let sh = shared.clone();
    GField::new(
        format!("deleteMany{}", plural(&model.name)),
        TypeRef::named_nn("BatchPayload"),
        move |ctx| {
            answer(ctx, false, |ctx| {
                let filter = sh.conv().filter(m, arg(ctx, "where"))?;
                let count = sh.run(|e| e.delete_many(m, &filter), |_, n| n)?;
                Ok(Some(FieldValue::owned_any(CountOut(count as u64))))
            })
        },
    )
    .argument(InputValue::new("where", TypeRef::named(filter)))
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<NodeOut>();
    is::<Store>();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<Id> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn windows_apply_cursors_skip_first_last() {
        let all = ids(&["a", "b", "c", "d", "e"]);
        let w = |skip, first, last, after: Option<&str>, before: Option<&str>| Window {
            skip,
            first,
            last,
            after: after.map(str::to_string),
            before: before.map(str::to_string),
        };
        assert_eq!(
            apply_window(all.clone(), &w(Some(1), Some(2), None, None, None)),
            (ids(&["b", "c"]), true, true)
        );
        assert_eq!(
            apply_window(all.clone(), &w(None, None, Some(2), None, None)),
            (ids(&["d", "e"]), false, true)
        );
        assert_eq!(
            apply_window(all.clone(), &w(None, None, None, Some("b"), Some("e"))),
            (ids(&["c", "d"]), true, true)
        );
        assert_eq!(
            apply_window(all.clone(), &w(Some(9), None, None, None, None)).0,
            ids(&[])
        );
        assert_eq!(
            apply_window(all, &w(None, None, None, None, None)).0.len(),
            5
        );
    }
}
