//! The output side every dialect shares: model object types (scalar fields from a snapshot
//! taken when the node was read or written, relation fields read live from the store), list
//! fields with their arguments (filter, orderBy, skip, after, before, first, last), count
//! fields, the custom scalars, and [`answer`], which runs a resolver body and reports its error
//! in the servers' manner. Names and shapes that differ come from the [`Flavor`].

use super::response::NULL_MARKER;
use super::{ApiError, Shared};
use crate::api::inputs::base_type;
use crate::datamodel::{DataModel, Field, FieldKind, ModelId, ScalarType, SystemField, scalars};
use crate::engine::{Filter, ListArgs, Reader};
use crate::store::{Id, Node};
use async_graphql::dynamic::{
    Enum, Field as GField, FieldFuture, FieldValue, InputValue, Interface, InterfaceField, Object,
    ResolverContext, Scalar, SchemaBuilder, TypeRef,
};
use async_graphql::{Name, Value as GValue};
use serde_json::Value;
use std::collections::HashSet;
use std::sync::Arc;

/// A node as returned to the client: its scalar values as read (or as they were just before
/// a delete); relation fields are resolved from the store when selected.
#[derive(Debug, Clone)]
pub struct NodeOut {
    pub model: ModelId,
    pub node: Node,
}

/// One page of a list read, for connection-shaped fields: the nodes and whether items were
/// cut at the end / at the start.
pub struct Page {
    pub nodes: Vec<NodeOut>,
    pub has_next: bool,
    pub has_previous: bool,
}

/// The value behind a `{ count }` object (`BatchPayload`, `AggregateX`, `_QueryMeta`).
pub struct CountOut(pub u64);

/// Runs a resolver body (synchronously: nothing in it awaits, so the store lock is never held
/// across an `.await`) and reports its error as the servers do. A nullable field resolves to
/// null next to its error; a non-null field reports the error with its path and asks the
/// response post-processing to null its parent (async-graphql's dynamic schema drops the key
/// and the path otherwise).
pub fn answer<'a>(
    ctx: ResolverContext<'a>,
    nullable: bool,
    body: impl FnOnce(&ResolverContext<'a>) -> Result<Option<FieldValue<'a>>, ApiError>,
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
            let marker = async_graphql::Error::new(format!("{NULL_MARKER}{path}"));
            FieldFuture::new(async move { Err::<Option<FieldValue<'a>>, _>(marker) })
        }
    }
}

/// A root field whose resolver is `body`, run through [`answer`].
pub fn root_field(
    name: impl Into<String>,
    ty: TypeRef,
    nullable: bool,
    body: impl for<'a> Fn(&ResolverContext<'a>) -> Result<Option<FieldValue<'a>>, ApiError>
    + Send
    + Sync
    + 'static,
) -> GField {
    GField::new(name, ty, move |ctx| answer(ctx, nullable, &body))
}

/// The Relay `Node` interface (`id: ID!`), which Prisma 1 and Graphcool model types implement.
pub const NODE: &str = "Node";

/// The `Node` interface type.
pub fn node_interface() -> Interface {
    Interface::new(NODE).field(InterfaceField::new("id", TypeRef::named_nn(TypeRef::ID)))
}

/// Whether a model's type implements `Node`: it has an `id` field (every Graphcool model; a
/// Prisma 1 model may have none).
pub fn implements_node(dm: &DataModel, m: ModelId) -> bool {
    dm.models[m].field("id").is_some()
}

/// `node(id: ID!): Node` (Relay): the node with this id, of whichever model implementing `Node`
/// holds it; null when none does.
pub fn node_query(shared: &Arc<Shared>) -> GField {
    let sh = shared.clone();
    root_field(
        NODE.to_lowercase(),
        TypeRef::named(NODE),
        true,
        move |ctx| {
            let id = super::id_arg(ctx, "id");
            let store = sh.lock();
            Ok((0..sh.dm.models.len())
                .filter(|&m| implements_node(&sh.dm, m))
                .find_map(|m| {
                    Shared::snapshot(&store, m, &id)
                        .map(|n| FieldValue::owned_any(n).with_type(sh.dm.models[m].name.clone()))
                }))
        },
    )
    .argument(InputValue::new("id", TypeRef::named_nn(TypeRef::ID)))
}

/// A root field `<prefix><Model>` (`createPost`, `deletePost`, ...) of the model's type,
/// nullable or not, whose resolver `body` gets the shared state.
pub fn model_field(
    shared: &Arc<Shared>,
    m: ModelId,
    prefix: &str,
    nullable: bool,
    body: impl for<'a> Fn(&Shared, &ResolverContext<'a>) -> Result<Option<FieldValue<'a>>, ApiError>
    + Send
    + Sync
    + 'static,
) -> GField {
    let sh = shared.clone();
    let model = &shared.dm.models[m].name;
    let ty = if nullable {
        TypeRef::named(model)
    } else {
        TypeRef::named_nn(model)
    };
    root_field(format!("{prefix}{model}"), ty, nullable, move |ctx| {
        body(&sh, ctx)
    })
}

/// A node as a field value, or an internal error when it cannot be read back.
pub fn node_value<'a>(node: Option<NodeOut>, what: &str) -> Result<FieldValue<'a>, ApiError> {
    node.map(FieldValue::owned_any)
        .ok_or_else(|| ApiError::validation(format!("internal error: the {what} cannot be read")))
}

/// Type names every dialect's schema holds besides its own: the root types and the scalars.
pub const BUILTIN_TYPES: [&str; 9] = [
    "Query", "Mutation", "DateTime", "Json", "Int", "Float", "String", "Boolean", "ID",
];

/// A schema with the root objects, the selection depth limit (a clear error beyond it), the
/// recursion limit async-graphql needs for deep inputs and validation once per document
/// ([`crate::api::revalidation`]).
pub fn schema_builder(query: Object, mutation: Object, max_depth: usize) -> SchemaBuilder {
    let depth = max_depth.max(1);
    async_graphql::dynamic::Schema::build("Query", Some("Mutation"), None)
        .limit_depth(depth)
        .limit_recursive_depth(depth.max(32))
        .extension(crate::api::revalidation::RevalidationExtension)
        .register(query)
        .register(mutation)
}

/// Registers the input types and builds the schema.
pub fn finish_schema(
    mut schema: SchemaBuilder,
    inputs: &[crate::api::inputs::InputDef],
) -> Result<async_graphql::dynamic::Schema, String> {
    for d in inputs {
        schema = schema.register(d.to_input_object());
    }
    schema.finish().map_err(|e| e.to_string())
}

/// Registers the custom scalars (`DateTime` and `Json` where a field uses them, `Long` when
/// asked) and the enums fields use: unreachable types would show in the SDL but not in
/// introspection (Sangria generated reachable types only).
pub fn register_scalars_and_enums(
    mut schema: SchemaBuilder,
    dm: &DataModel,
    long: bool,
) -> SchemaBuilder {
    let used = |pred: &dyn Fn(&FieldKind) -> bool| {
        dm.models
            .iter()
            .flat_map(|m| &m.fields)
            .any(|f| pred(&f.kind))
    };
    let datetime = Scalar::new("DateTime").validator(|v| match v {
        GValue::String(s) => scalars::normalize_datetime(s).is_some(),
        _ => false,
    });
    let json = Scalar::new("Json").validator(|_| true);
    if long {
        schema = schema.register(Scalar::new("Long").validator(|v| match v {
            GValue::Number(n) => n.is_i64() || n.is_u64(),
            _ => false,
        }));
    }
    if used(&|k| *k == FieldKind::Scalar(ScalarType::DateTime)) {
        schema = schema.register(datetime);
    }
    if used(&|k| *k == FieldKind::Scalar(ScalarType::Json)) {
        schema = schema.register(json);
    }
    // One pass over the fields for every enum (not one per enum).
    let used_enums: HashSet<&str> = dm
        .models
        .iter()
        .flat_map(|m| &m.fields)
        .filter_map(|f| match &f.kind {
            FieldKind::Enum(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();
    for e in dm
        .enums
        .iter()
        .filter(|e| used_enums.contains(e.name.as_str()))
    {
        schema = schema.register(
            e.values
                .iter()
                .fold(Enum::new(&e.name), |en, v| en.item(v.as_str())),
        );
    }
    schema
}

/// Fails when a generated type name is defined twice (async-graphql would silently keep the
/// last one): a model or enum of the data model that clashes with a generated type.
pub fn check_unique_names(
    fixed: &[&str],
    generated: impl Iterator<Item = String>,
) -> Result<(), String> {
    let mut taken: HashSet<String> = fixed.iter().map(|s| s.to_string()).collect();
    for name in generated {
        if !taken.insert(name.clone()) {
            return Err(format!(
                "the type name `{name}` would be defined twice: a model or enum of the data model clashes with a generated type"
            ));
        }
    }
    Ok(())
}

/// The fields of a root object (`Query`, `Mutation`), each with its name, kept apart until all
/// are known: async-graphql panics on a field name given twice, and two models can ask for the
/// same one (`Post` and `Posts` both want `posts`; a Prisma 1 model `Node` wants the Relay
/// `node`), which must be a deploy error that names it instead.
#[derive(Default)]
pub struct RootFields(Vec<(String, GField)>);

impl RootFields {
    /// Adds a field; `name` is the name the field was built with.
    pub fn add(&mut self, name: impl Into<String>, field: GField) {
        self.0.push((name.into(), field));
    }

    /// The root object, or the deploy error naming the first field name given twice.
    pub fn into_object(self, type_name: &str) -> Result<Object, String> {
        let mut taken = HashSet::new();
        for (name, _) in &self.0 {
            if !taken.insert(name.as_str()) {
                return Err(format!(
                    "the field `{type_name}.{name}` would be defined twice: the generated names of two models (or of a model and a built-in field) clash"
                ));
            }
        }
        Ok(self
            .0
            .into_iter()
            .fold(Object::new(type_name), |object, (_, field)| {
                object.field(field)
            }))
    }
}

/// `{ count: <ty>! }` objects (`BatchPayload`, `AggregateX`, `_QueryMeta`).
pub fn count_object(name: &str, ty: &str) -> Object {
    Object::new(name).field(GField::new("count", TypeRef::named_nn(ty), |ctx| {
        FieldFuture::Value(
            ctx.parent_value
                .downcast_ref::<CountOut>()
                .map(|c| FieldValue::value(GValue::from(c.0))),
        )
    }))
}

/// The order enum (`XOrderByInput` / `XOrderBy`): `<field>_ASC` / `<field>_DESC` for every
/// non-list scalar and enum field.
pub fn order_by_enum(shared: &Shared, m: ModelId) -> Enum {
    let model = &shared.dm.models[m];
    let mut e = Enum::new(shared.flavor.order_by_type(&model.name));
    for f in model.scalar_fields().filter(|f| !f.list) {
        e = e
            .item(format!("{}_ASC", f.name))
            .item(format!("{}_DESC", f.name));
    }
    e
}

/// The output type of a scalar or enum field: lists are `[T!]!` unless the flavor follows the
/// declaration (`[T!]` for a list declared without `!`).
fn scalar_output_type(shared: &Shared, f: &Field) -> TypeRef {
    let t = base_type(&shared.dm, f);
    if f.list && (f.list_required || !shared.flavor.lists_as_declared) {
        TypeRef::named_nn_list_nn(t)
    } else if f.list {
        TypeRef::named_nn_list(t)
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

/// The object type of model `m`: its fields in declaration order, then (where the flavor has
/// them) `_<field>Meta` for every to-many relation field.
pub fn model_object(shared: &Arc<Shared>, m: ModelId, meta_type: &str) -> Object {
    let dm = &shared.dm;
    let model = &dm.models[m];
    let mut obj = Object::new(&model.name);
    let mut metas = Vec::new();
    for (fi, f) in model.fields.iter().enumerate() {
        if f.is_relation() {
            let Some(v) = dm.relation_view(m, &f.name) else {
                continue;
            };
            let child_name = &dm.models[v.child.model].name;
            let related = ListKind::Related {
                parent: m,
                field: f.name.clone(),
            };
            if f.list {
                let ty = if shared.flavor.lists_as_declared && f.list_required {
                    TypeRef::named_nn_list_nn(child_name)
                } else {
                    TypeRef::named_nn_list(child_name)
                };
                obj = obj.field(list_field(
                    shared,
                    v.child.model,
                    &f.name,
                    ty,
                    related.clone(),
                ));
                if shared.flavor.meta_fields {
                    metas.push(count_field(
                        shared,
                        v.child.model,
                        &format!("_{}Meta", f.name),
                        meta_type,
                        related,
                    ));
                }
            } else {
                obj = obj.field(to_one_field(shared, m, f, v.child.model));
            }
            continue;
        }
        obj = obj.field(scalar_field(shared, m, fi));
    }
    metas.into_iter().fold(obj, |o, f| o.field(f))
}

/// The output field of scalar or enum field `fi` of model `m`, read from the [`NodeOut`].
pub fn scalar_field(shared: &Shared, m: ModelId, fi: usize) -> GField {
    let f = &shared.dm.models[m].fields[fi];
    let field = f.clone();
    let is_id = f.system == Some(SystemField::Id);
    GField::new(&f.name, scalar_output_type(shared, f), move |ctx| {
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
    })
}

/// A to-one relation field (Graphcool: with a `filter` the related node must match).
fn to_one_field(shared: &Arc<Shared>, m: ModelId, f: &Field, child: ModelId) -> GField {
    let ty = if f.required {
        TypeRef::named_nn(&shared.dm.models[child].name)
    } else {
        TypeRef::named(&shared.dm.models[child].name)
    };
    let sh = shared.clone();
    let name = f.name.clone();
    let required = f.required;
    let field = GField::new(&f.name, ty, move |ctx| {
        answer(ctx, !required, |ctx| {
            let Some(parent) = ctx.parent_value.downcast_ref::<NodeOut>() else {
                return Ok(None);
            };
            let filter = match ctx.args.get(sh.flavor.filter_arg) {
                Some(v) => sh.conv().filter(child, v.as_value())?,
                None => Filter::All,
            };
            let out = {
                let store = sh.lock();
                let r = Reader::new(&sh.dm, &store);
                r.related_one(m, &parent.node.id, &name)
                    .filter(|id| r.matches(child, id, &filter))
                    .and_then(|id| Shared::snapshot(&store, child, &id))
            };
            match out {
                Some(n) => Ok(Some(FieldValue::owned_any(n))),
                None if required => Err(ApiError::validation(format!(
                    "The required relation field `{name}` of {} has no related node",
                    sh.dm.models[m].name
                ))),
                None => Ok(None),
            }
        })
    });
    if shared.flavor.to_one_filter {
        let filter = shared.flavor.filter_type(&shared.dm.models[child].name);
        field.argument(InputValue::new(
            shared.flavor.filter_arg,
            TypeRef::named(filter),
        ))
    } else {
        field
    }
}

/// Where a list field reads from.
#[derive(Debug, Clone)]
pub enum ListKind {
    /// Every node of the model (`posts`, `allPosts`).
    Root,
    /// Nodes related to the parent object through `field`.
    Related { parent: ModelId, field: String },
    /// [`ListKind::Root`] as a [`Page`] (connection-shaped results).
    RootPage,
}

/// The window of a list read: cursors (ids), then skip, then first/last.
#[derive(Debug, Clone, Default)]
pub struct Window {
    pub skip: Option<usize>,
    pub after: Option<String>,
    pub before: Option<String>,
    pub first: Option<usize>,
    pub last: Option<usize>,
}

fn window_args(ctx: &ResolverContext<'_>) -> Result<Window, ApiError> {
    let int = |name: &str, code: u32| -> Result<Option<usize>, ApiError> {
        match ctx.args.get(name).map(|v| v.as_value().clone()) {
            None | Some(GValue::Null) => Ok(None),
            Some(GValue::Number(n)) => match n.as_i64() {
                Some(i) if i >= 0 => Ok(Some(i as usize)),
                _ => Err(ApiError::coded(
                    code,
                    format!("The '{name}' argument must be non negative"),
                )),
            },
            Some(other) => Err(ApiError::validation(format!(
                "{name}: Int expected, got {other}"
            ))),
        }
    };
    Ok(Window {
        skip: int("skip", 3028)?,
        first: int("first", 3026)?,
        last: int("last", 3027)?,
        after: super::string_arg(ctx, "after"),
        before: super::string_arg(ctx, "before"),
    })
}

/// Applies the window to ordered ids; returns the ids and whether items were cut at the end /
/// the start. A cursor that is not in the list leaves nothing (Prisma 1's answer).
pub fn apply_window(mut ids: Vec<Id>, w: &Window) -> (Vec<Id>, bool, bool) {
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

/// The filter and order arguments of a list or count field.
fn list_args(shared: &Shared, m: ModelId, ctx: &ResolverContext<'_>) -> Result<ListArgs, ApiError> {
    let conv = shared.conv();
    let mut args = ListArgs::default();
    if let Some(w) = ctx.args.get(shared.flavor.filter_arg) {
        args.filter = conv.filter(m, w.as_value())?;
    }
    if let Some(o) = ctx.args.get("orderBy") {
        args.order_by = conv.order_by(m, o.as_value())?;
    }
    Ok(args)
}

/// The ids a list field of `kind` reads (filtered and ordered; not windowed), or None when
/// the parent object is missing.
fn read_ids(
    shared: &Shared,
    m: ModelId,
    kind: &ListKind,
    ctx: &ResolverContext<'_>,
    args: &ListArgs,
    store: &crate::store::Store,
) -> Result<Option<Vec<Id>>, ApiError> {
    let r = Reader::new(&shared.dm, store);
    let ids = match kind {
        ListKind::Related { parent, field } => {
            let Some(p) = ctx.parent_value.downcast_ref::<NodeOut>() else {
                return Ok(None);
            };
            r.related(*parent, &p.node.id, field, args)
        }
        ListKind::Root | ListKind::RootPage => r.list(m, args),
    };
    ids.map(Some).map_err(|e| (shared.render)(&e))
}

/// Adds the list arguments (filter, orderBy, skip, after, before, first, last) to a field.
fn with_list_arguments(shared: &Shared, m: ModelId, field: GField) -> GField {
    let model_name = &shared.dm.models[m].name;
    field
        .argument(InputValue::new(
            shared.flavor.filter_arg,
            TypeRef::named(shared.flavor.filter_type(model_name)),
        ))
        .argument(InputValue::new(
            "orderBy",
            TypeRef::named(shared.flavor.order_by_type(model_name)),
        ))
        .argument(InputValue::new("skip", TypeRef::named(TypeRef::INT)))
        .argument(InputValue::new("after", TypeRef::named(TypeRef::STRING)))
        .argument(InputValue::new("before", TypeRef::named(TypeRef::STRING)))
        .argument(InputValue::new("first", TypeRef::named(TypeRef::INT)))
        .argument(InputValue::new("last", TypeRef::named(TypeRef::INT)))
}

/// A list field (`posts`, `allPosts`, `postsConnection`, a to-many relation field) with the
/// list arguments.
pub fn list_field(
    shared: &Arc<Shared>,
    m: ModelId,
    name: &str,
    ty: TypeRef,
    kind: ListKind,
) -> GField {
    let sh = shared.clone();
    let nullable = matches!(kind, ListKind::Related { .. });
    let field = GField::new(name, ty, move |ctx| {
        answer(ctx, nullable, |ctx| {
            let args = list_args(&sh, m, ctx)?;
            let window = window_args(ctx)?;
            let (nodes, has_next, has_previous) = {
                let store = sh.lock();
                let Some(ids) = read_ids(&sh, m, &kind, ctx, &args, &store)? else {
                    return Ok(None);
                };
                let (ids, next, prev) = apply_window(ids, &window);
                let nodes: Vec<NodeOut> = ids
                    .iter()
                    .filter_map(|id| Shared::snapshot(&store, m, id))
                    .collect();
                (nodes, next, prev)
            };
            Ok(Some(match &kind {
                ListKind::RootPage => FieldValue::owned_any(Page {
                    nodes,
                    has_next,
                    has_previous,
                }),
                _ => FieldValue::list(nodes.into_iter().map(FieldValue::owned_any)),
            }))
        })
    });
    with_list_arguments(shared, m, field)
}

/// A count field with the list arguments (Graphcool's `_allPostsMeta`, `_postsMeta`): the
/// number of nodes the filter matches (skip, cursors, first and last do not apply).
pub fn count_field(
    shared: &Arc<Shared>,
    m: ModelId,
    name: &str,
    count_type: &str,
    kind: ListKind,
) -> GField {
    let sh = shared.clone();
    let field = GField::new(name, TypeRef::named_nn(count_type), move |ctx| {
        answer(ctx, false, |ctx| {
            let args = list_args(&sh, m, ctx)?;
            window_args(ctx)?;
            let store = sh.lock();
            let Some(ids) = read_ids(&sh, m, &kind, ctx, &args, &store)? else {
                return Ok(None);
            };
            Ok(Some(FieldValue::owned_any(CountOut(ids.len() as u64))))
        })
    });
    with_list_arguments(shared, m, field)
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<NodeOut>();
    is::<crate::store::Store>();
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
