//! The Graphcool Simple API schema (`SchemaBuilder` / `SimpleSchemaBuilder`, dialects.md §1.1):
//!
//! - queries: `allXs` for every model, then `_allXsMeta { count }`, then `X(id | unique)`,
//!   then `user` (when a model `User` exists; always null here, there is no authentication)
//!   and the Relay `node(id)`;
//! - mutations: `createX` (not for `User`, whose creation belongs to auth providers, nor for
//!   `File`, created by uploads), `updateX`, `updateOrCreateX`, `deleteX`, then `setR`,
//!   `unsetR`, `addToR`, `removeFromR` per relation.
//!
//! Every mutation field is nullable: a failing one is `null` in `data` next to its error.

use super::BuildOptions;
use super::convert::GcConv;
use super::errors::{
    id_is_invalid, no_unique_argument, node_does_not_exist, node_not_found, valid_id,
};
use super::file::FILE;
use super::inputs::{create_args, create_object, update_args, update_object};
use super::names::{RelationNames, relation_names};
use crate::api::inputs::{InputTypes, base_type};
use crate::api::objects::{
    BUILTIN_TYPES, ListKind, NODE, NodeOut, RootFields, check_unique_names, count_field,
    count_object, finish_schema, list_field, model_field, model_object, node_interface, node_query,
    node_value, order_by_enum, register_scalars_and_enums, root_field, schema_builder,
};
use crate::api::{ApiError, RunError, Shared, arg, id_arg};
use crate::datamodel::{ModelId, Side, plural_graphcool};
use crate::engine::{CreateInput, EngineError, WhereUnique};
use async_graphql::dynamic::{
    Field as GField, FieldFuture, FieldValue, InputValue, Object, Schema, TypeRef,
};
use async_graphql::indexmap::IndexMap;
use async_graphql::{Name, Value as GValue};
use serde_json::Value;
use std::sync::Arc;

/// The count object of `_allXsMeta` and `_xsMeta`.
const META: &str = "_QueryMeta";

/// The nodes of a relation mutation's payload: Graphcool's A node and B node.
struct EdgePayload {
    a: Option<NodeOut>,
    b: Option<NodeOut>,
}

/// The Graphcool converter of a resolver.
fn conv<'a>(sh: &'a Shared, options: &BuildOptions) -> GcConv<'a> {
    GcConv {
        base: sh.conv(),
        max_nesting: options.max_nesting,
    }
}

/// The arguments of a resolver as an input object.
fn args_of<'a>(ctx: &'a async_graphql::dynamic::ResolverContext<'_>) -> &'a IndexMap<Name, GValue> {
    ctx.args.as_index_map()
}

/// Builds the whole schema.
pub fn build_schema(shared: &Arc<Shared>, options: &BuildOptions) -> Result<Schema, String> {
    let dm = &shared.dm;
    let mut g = InputTypes::new(dm, shared.flavor);
    for m in 0..dm.models.len() {
        g.where_input(m);
    }
    let creatable = |m: ModelId| dm.models[m].name != "User" && dm.models[m].name != FILE;
    let create: Vec<Vec<(String, TypeRef)>> = (0..dm.models.len())
        .map(|m| create_args(&mut g, m, None))
        .collect();
    let update: Vec<Vec<(String, TypeRef)>> = (0..dm.models.len())
        .map(|m| update_args(&mut g, m))
        .collect();
    let upsert: Vec<Option<(String, Option<String>)>> = (0..dm.models.len())
        .map(|m| {
            (dm.models[m].name != FILE)
                .then(|| (update_object(&mut g, m), create_object(&mut g, m)))
        })
        .collect();
    let defs: Vec<_> = g
        .finish_unpruned()
        .into_iter()
        .filter(|d| !d.fields.is_empty())
        .collect();
    let relations = relation_names(dm);

    let mut query = RootFields::default();
    let mut mutation = RootFields::default();
    for (m, model) in dm.models.iter().enumerate() {
        let name = format!("all{}", plural_graphcool(&model.name));
        let ty = TypeRef::named_nn_list_nn(&model.name);
        query.add(&name, list_field(shared, m, &name, ty, ListKind::Root));
    }
    for (m, model) in dm.models.iter().enumerate() {
        let name = format!("_all{}Meta", plural_graphcool(&model.name));
        query.add(&name, count_field(shared, m, &name, META, ListKind::Root));
    }
    for (m, model) in dm.models.iter().enumerate() {
        query.add(&model.name, single_query(shared, m));
    }
    if dm.model_id("User").is_some() {
        let user = GField::new("user", TypeRef::named("User"), |_| {
            FieldFuture::Value(None::<FieldValue>)
        });
        query.add("user", user);
    }
    query.add(NODE.to_lowercase(), node_query(shared));

    let model_name = |m: ModelId| &dm.models[m].name;
    for m in (0..dm.models.len()).filter(|&m| creatable(m)) {
        let field = create_field(shared, m, &create[m], options);
        mutation.add(format!("create{}", model_name(m)), field);
    }
    for (m, args) in update.iter().enumerate() {
        let field = update_field(shared, m, args, options);
        mutation.add(format!("update{}", model_name(m)), field);
    }
    for (m, types) in upsert.iter().enumerate() {
        if let Some((update, create)) = types {
            let field = upsert_field(shared, m, update, create.as_deref(), options);
            mutation.add(format!("updateOrCreate{}", model_name(m)), field);
        }
    }
    for m in 0..dm.models.len() {
        mutation.add(format!("delete{}", model_name(m)), delete_field(shared, m));
    }
    // All sets, then all unsets, all addTos, all removeFroms (SchemaBuilder.buildMutation).
    let mut payloads = Vec::new();
    for (kind, one_to_one, connect) in [
        ("Set", true, true),
        ("Unset", true, false),
        ("AddTo", false, true),
        ("RemoveFrom", false, false),
    ] {
        for r in relations.iter().filter(|r| r.one_to_one == one_to_one) {
            let (add, remove) = r.mutations();
            let name = match (connect, remove) {
                (true, _) => add,
                (false, Some(remove)) => remove,
                (false, None) => continue,
            };
            let payload = format!("{kind}{}Payload", r.name);
            mutation.add(&name, relation_field(shared, r, &name, &payload, connect));
            payloads.push(payload_object(shared, r, &payload));
        }
    }
    let generated = dm
        .models
        .iter()
        .flat_map(|m| [m.name.clone(), format!("{}OrderBy", m.name)])
        .chain(dm.enums.iter().map(|e| e.name.clone()))
        .chain(defs.iter().map(|d| d.name.clone()))
        .chain(payloads.iter().map(|p| p.type_name().to_string()));
    check_unique_names(&[&BUILTIN_TYPES[..], &[META, NODE]].concat(), generated)?;

    let (query, mutation) = (
        query.into_object("Query")?,
        mutation.into_object("Mutation")?,
    );
    let mut schema = schema_builder(query, mutation, options.max_depth)
        .register(count_object(META, TypeRef::INT))
        .register(node_interface());
    schema = register_scalars_and_enums(schema, dm, false);
    for m in 0..dm.models.len() {
        schema = schema
            .register(model_object(shared, m, META).implement(NODE))
            .register(order_by_enum(shared, m));
    }
    for p in payloads {
        schema = schema.register(p);
    }
    finish_schema(schema, &defs)
}

/// `X(id: ID, <unique>: T, ...): X`: the node named by the first argument given.
fn single_query(shared: &Arc<Shared>, m: ModelId) -> GField {
    let sh = shared.clone();
    let model = &shared.dm.models[m];
    let uniques: Vec<(String, String)> = model
        .unique_fields()
        .map(|f| (f.name.clone(), base_type(&shared.dm, f)))
        .collect();
    let names: Vec<String> = uniques.iter().map(|(n, _)| n.clone()).collect();
    let field = root_field(&model.name, TypeRef::named(&model.name), true, move |ctx| {
        let given = names
            .iter()
            .find_map(|n| ctx.args.get(n).filter(|v| !v.is_null()).map(|v| (n, v)));
        let Some((name, value)) = given else {
            return Err(no_unique_argument(&names));
        };
        let model = &sh.dm.models[m];
        let f = model
            .field(name)
            .ok_or_else(|| ApiError::validation(format!("no field {name}")))?;
        let selector = WhereUnique::by(name, sh.conv().scalar(f, value.as_value())?);
        Ok(sh.read_unique(m, &selector)?.map(FieldValue::owned_any))
    });
    uniques.into_iter().fold(field, |f, (n, t)| {
        f.argument(InputValue::new(n, TypeRef::named(t)))
    })
}

fn with_arguments(field: GField, args: &[(String, TypeRef)]) -> GField {
    args.iter()
        .fold(field, |f, (n, t)| f.argument(InputValue::new(n, t.clone())))
}

/// `createX(<create arguments>): X`.
fn create_field(
    shared: &Arc<Shared>,
    m: ModelId,
    args: &[(String, TypeRef)],
    options: &BuildOptions,
) -> GField {
    let options = options.clone();
    let field = model_field(shared, m, "create", true, move |sh, ctx| {
        let input = conv(sh, &options).create(m, args_of(ctx), 1, "", None)?;
        let node = sh.run_node(m, |e| e.create(m, &input))?;
        node_value(node, "created node").map(Some)
    });
    with_arguments(field, args)
}

/// `updateX(id: ID!, <update arguments>): X` (null plus 3002 for an unknown id).
fn update_field(
    shared: &Arc<Shared>,
    m: ModelId,
    args: &[(String, TypeRef)],
    options: &BuildOptions,
) -> GField {
    let options = options.clone();
    let field = model_field(shared, m, "update", true, move |sh, ctx| {
        let (id, data) = conv(sh, &options).update(m, args_of(ctx))?;
        let node = sh.run_node(m, |e| e.update(m, &WhereUnique::by("id", id), &data))?;
        Ok(node.map(FieldValue::owned_any))
    });
    with_arguments(field, args)
}

/// `updateOrCreateX(update: UpdateX!, create: CreateX!): X`: `updateX(update)` when a node
/// has `update.id`, else `createX(create)`.
fn upsert_field(
    shared: &Arc<Shared>,
    m: ModelId,
    update: &str,
    create: Option<&str>,
    options: &BuildOptions,
) -> GField {
    let options = options.clone();
    let field = model_field(shared, m, "updateOrCreate", true, move |sh, ctx| {
        let c = conv(sh, &options);
        let empty = IndexMap::new();
        let object = |name: &str| match arg(ctx, name) {
            GValue::Object(o) => o,
            _ => &empty,
        };
        let (id, update) = c.update(m, object("update"))?;
        let create: CreateInput = c.create(m, object("create"), 1, "create.", None)?;
        let node = sh.run_node(m, |e| {
            e.upsert(m, &WhereUnique::by("id", id), &create, &update)
        })?;
        node_value(node, "updated or created node").map(Some)
    })
    .argument(InputValue::new("update", TypeRef::named_nn(update)));
    match create {
        Some(t) => field.argument(InputValue::new("create", TypeRef::named_nn(t))),
        None => field,
    }
}

/// `deleteX(id: ID!): X`: the node's values as read before deletion (3001 for a malformed
/// id, 3002 for an unknown one, 3032 when a required relation points at it).
fn delete_field(shared: &Arc<Shared>, m: ModelId) -> GField {
    model_field(shared, m, "delete", true, move |sh, ctx| {
        let id = id_arg(ctx, "id");
        if !valid_id(&id) {
            return Err(id_is_invalid(&id));
        }
        let node = sh.run(
            |e| e.delete(m, &WhereUnique::by("id", id)),
            |_, node| Shared::snapshot_of(m, node),
        )?;
        Ok(Some(FieldValue::owned_any(node)))
    })
    .argument(InputValue::new("id", TypeRef::named_nn(TypeRef::ID)))
}

/// The model of Graphcool's A or B end of a relation.
fn end_model(shared: &Shared, r: &RelationNames, side: Side) -> ModelId {
    shared.dm.relations[r.relation].end(side).model
}

/// `setR` / `addToR` (`connect`) and `unsetR` / `removeFromR`: arguments `${aName}Id` (the B
/// node) and `${bName}Id` (the A node).
fn relation_field(
    shared: &Arc<Shared>,
    r: &RelationNames,
    name: &str,
    payload: &str,
    connect: bool,
) -> GField {
    let sh = shared.clone();
    let r = r.clone();
    let (a_arg, b_arg) = (format!("{}Id", r.b_name), format!("{}Id", r.a_name));
    let (a_model, b_model) = (
        end_model(shared, &r, r.gc_a),
        end_model(shared, &r, r.gc_b()),
    );
    // `${aName}Id` first (RelationDefinition.scalarArgs).
    let args = [b_arg.clone(), a_arg.clone()];
    let field = root_field(name, TypeRef::named(payload), true, move |ctx| {
        let (a_id, b_id) = (id_arg(ctx, &a_arg), id_arg(ctx, &b_arg));
        // The data model's side A holds `ours.0`.
        let ours = match r.gc_a {
            Side::A => (a_id.clone(), b_id.clone()),
            Side::B => (b_id.clone(), a_id.clone()),
        };
        let rel = r.relation;
        let result = sh.run_raw(
            |e| {
                if connect {
                    // The B node is checked up front; an unknown A node fails at the write.
                    e.require_node(b_model, &b_id)?;
                    e.require_node(a_model, &a_id)?;
                    if r.one_to_one {
                        e.set_edge(rel, &ours.0, &ours.1)
                    } else {
                        e.add_edge(rel, &ours.0, &ours.1)
                    }
                } else {
                    e.require_node(a_model, &a_id)?;
                    e.require_node(b_model, &b_id)?;
                    e.remove_edge(rel, &ours.0, &ours.1)
                }
            },
            |store, ()| EdgePayload {
                a: Shared::snapshot(store, a_model, &a_id),
                b: Shared::snapshot(store, b_model, &b_id),
            },
        );
        match result {
            Ok(p) => Ok(Some(FieldValue::owned_any(p))),
            Err(RunError::Engine(EngineError::NodeNotFound { value, .. })) => {
                let missing = match &value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                Err(match (connect, missing == b_id) {
                    (true, true) => node_does_not_exist(&missing),
                    (true, false) => node_does_not_exist(""),
                    (false, _) => node_not_found(&missing),
                })
            }
            Err(e) => Err(sh.render_run_error(e, |e| (sh.render)(e))),
        }
    });
    args.into_iter().fold(field, |f, n| {
        f.argument(InputValue::new(n, TypeRef::named_nn(TypeRef::ID)))
    })
}

/// `<Kind><R>Payload { ${bName}: A, ${aName}: B }`.
fn payload_object(shared: &Shared, r: &RelationNames, name: &str) -> Object {
    let a_type = &shared.dm.models[end_model(shared, r, r.gc_a)].name;
    let b_type = &shared.dm.models[end_model(shared, r, r.gc_b())].name;
    let node = |name: &str, ty: &str, pick: fn(&EdgePayload) -> Option<NodeOut>| {
        GField::new(name, TypeRef::named(ty), move |ctx| {
            FieldFuture::Value(
                ctx.parent_value
                    .downcast_ref::<EdgePayload>()
                    .and_then(pick)
                    .map(FieldValue::owned_any),
            )
        })
    };
    Object::new(name)
        .field(node(&r.b_name, a_type, |p| p.a.clone()))
        .field(node(&r.a_name, b_type, |p| p.b.clone()))
}
