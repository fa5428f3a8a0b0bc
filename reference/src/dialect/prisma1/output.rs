//! Output side of the Prisma 1.34 API: the connection types (`XConnection`, `XEdge`,
//! `AggregateX`, `PageInfo`), `BatchPayload`, and the Query/Mutation root fields with their
//! resolvers. Root fields are named and ordered as `SchemaBuilder` does: queries `xs`, `x`,
//! `xsConnection`, then the Relay `node(id)` (every model type with an `id` implements `Node`);
//! mutations create*, update*, delete*, upsert*, updateMany*, deleteMany*.
//! Model object types and list fields are [`crate::api::objects`]'s.

use super::BuildOptions;
use super::convert::PrismaConv;
use super::inputs;
use crate::api::inputs::InputTypes;
use crate::api::objects::{
    BUILTIN_TYPES, CountOut, ListKind, NODE, NodeOut, Page, RootFields, check_unique_names,
    count_object, finish_schema, implements_node, list_field, model_field, model_object,
    node_interface, node_query, node_value, order_by_enum, register_scalars_and_enums, root_field,
    schema_builder,
};
use crate::api::{Shared, arg};
use crate::datamodel::{ModelId, lower_first, plural};
use crate::engine::{CreateInput, Filter, Reader, UpdateInput};
use crate::store::Id;
use async_graphql::dynamic::{
    Field as GField, FieldFuture, FieldValue, InputValue, Object, Schema, TypeRef,
};
use std::sync::Arc;

struct PageInfoOut {
    has_next: bool,
    has_previous: bool,
    start: Option<Id>,
    end: Option<Id>,
}

/// The Prisma converter of a resolver.
fn conv(sh: &Shared, legacy: bool) -> PrismaConv<'_> {
    PrismaConv {
        base: sh.conv(),
        legacy,
    }
}

/// Builds the whole schema.
pub fn build_schema(shared: &Arc<Shared>, options: &BuildOptions) -> Result<Schema, String> {
    let dm = &shared.dm;
    let legacy = options.legacy_shapes;
    let mut g = InputTypes::new(dm, shared.flavor);
    // Generate every input type reachable from the root fields first, so pruning knows the
    // full picture; root fields then only keep arguments whose types survived.
    let names: Vec<Names> = (0..dm.models.len())
        .map(|m| Names {
            create: inputs::create(&mut g, m),
            update: inputs::update(&mut g, m, legacy),
            update_many: inputs::update_many_mutation(&mut g, m),
            unique: inputs::where_unique(&mut g, m),
            filter: g.where_input(m),
        })
        .collect();
    let defs = g.finish();
    let surviving: std::collections::HashSet<&str> = defs.iter().map(|d| d.name.as_str()).collect();
    let exists = |n: &str| surviving.contains(n);

    let mut query = RootFields::default();
    let mut mutation = RootFields::default();
    let mut builder_types: Vec<async_graphql::dynamic::Type> = Vec::new();

    for (m, model) in dm.models.iter().enumerate() {
        let object = model_object(shared, m, "");
        let object = if implements_node(dm, m) {
            object.implement(NODE)
        } else {
            object
        };
        builder_types.push(object.into());
        builder_types.push(order_by_enum(shared, m).into());
        builder_types.extend(connection_types(&model.name));
    }

    // Queries: xs, then x, then xsConnection, then node (SchemaBuilder.buildQuery).
    let models = || dm.models.iter().enumerate();
    for (m, model) in models() {
        let name = lower_first(&plural(&model.name));
        let ty = TypeRef::named_list_nn(&model.name);
        query.add(&name, list_field(shared, m, &name, ty, ListKind::Root));
    }
    for (m, model) in models() {
        if exists(&names[m].unique) {
            let field = single_query(shared, m, &names[m].unique);
            query.add(lower_first(&model.name), field);
        }
    }
    for (m, model) in models() {
        let name = format!("{}Connection", lower_first(&plural(&model.name)));
        let ty = TypeRef::named_nn(format!("{}Connection", model.name));
        query.add(&name, list_field(shared, m, &name, ty, ListKind::RootPage));
    }
    query.add(NODE.to_lowercase(), node_query(shared));

    // Mutations (SchemaBuilder.buildMutation order).
    for (m, model) in models() {
        let data = exists(&names[m].create).then_some(names[m].create.as_str());
        let field = create_field(shared, m, data, legacy);
        mutation.add(format!("create{}", model.name), field);
    }
    for (m, model) in models() {
        let n = &names[m];
        if exists(&n.update) && exists(&n.unique) {
            let field = update_field(shared, m, &n.update, &n.unique, legacy);
            mutation.add(format!("update{}", model.name), field);
        }
    }
    for (m, model) in models() {
        if exists(&names[m].unique) {
            let field = delete_field(shared, m, &names[m].unique);
            mutation.add(format!("delete{}", model.name), field);
        }
    }
    for (m, model) in models() {
        let n = &names[m];
        if exists(&n.update) && exists(&n.create) && exists(&n.unique) {
            mutation.add(
                format!("upsert{}", model.name),
                upsert_field(shared, m, n, legacy),
            );
        }
    }
    for (m, model) in models() {
        let n = &names[m];
        if exists(&n.update_many) {
            let field = update_many_field(shared, m, &n.update_many, &n.filter);
            mutation.add(format!("updateMany{}", plural(&model.name)), field);
        }
    }
    for (m, model) in models() {
        let field = delete_many_field(shared, m, &names[m].filter);
        mutation.add(format!("deleteMany{}", plural(&model.name)), field);
    }

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
    let fixed = [
        &BUILTIN_TYPES[..],
        &["BatchPayload", "PageInfo", "Long", NODE],
    ]
    .concat();
    check_unique_names(&fixed, generated)?;

    let (query, mutation) = (
        query.into_object("Query")?,
        mutation.into_object("Mutation")?,
    );
    let mut schema = schema_builder(query, mutation, options.max_depth)
        .register(count_object("BatchPayload", "Long"))
        .register(page_info())
        .register(node_interface());
    schema = register_scalars_and_enums(schema, dm, true);
    for t in builder_types {
        schema = schema.register(t);
    }
    finish_schema(schema, &defs)
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
                    FieldFuture::Value(ctx.parent_value.downcast_ref::<Page>().map(|c| {
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
                    FieldFuture::Value(ctx.parent_value.downcast_ref::<Page>().map(|c| {
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
                            .downcast_ref::<Page>()
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
    let aggregate = count_object(&format!("Aggregate{model}"), TypeRef::INT);
    vec![connection.into(), edge.into(), aggregate.into()]
}

/// `x(where: XWhereUniqueInput!): X`.
fn single_query(shared: &Arc<Shared>, m: ModelId, unique: &str) -> GField {
    let sh = shared.clone();
    let model = &shared.dm.models[m];
    root_field(
        lower_first(&model.name),
        TypeRef::named(&model.name),
        true,
        move |ctx| {
            let selector = sh.conv().where_unique(m, arg(ctx, "where"))?;
            let store = sh.lock();
            let r = Reader::new(&sh.dm, &store);
            let id = r.find_unique(m, &selector).map_err(|e| (sh.render)(&e))?;
            Ok(id
                .and_then(|id| Shared::snapshot(&store, m, &id))
                .map(FieldValue::owned_any))
        },
    )
    .argument(InputValue::new("where", TypeRef::named_nn(unique)))
}

/// `createX(data: XCreateInput!): X!`.
fn create_field(shared: &Arc<Shared>, m: ModelId, data: Option<&str>, legacy: bool) -> GField {
    let f = model_field(shared, m, "create", false, move |sh, ctx| {
        let input = match arg(ctx, "data") {
            async_graphql::Value::Null => CreateInput::default(),
            v => conv(sh, legacy).create(m, v)?,
        };
        let node = sh.run_node(m, |e| e.create(m, &input))?;
        node_value(node, "created node").map(Some)
    });
    match data {
        Some(t) => f.argument(InputValue::new("data", TypeRef::named_nn(t))),
        None => f,
    }
}

/// `updateX(data: XUpdateInput!, where: XWhereUniqueInput!): X` (null plus error on failure).
fn update_field(
    shared: &Arc<Shared>,
    m: ModelId,
    update: &str,
    unique: &str,
    legacy: bool,
) -> GField {
    model_field(shared, m, "update", true, move |sh, ctx| {
        let data = conv(sh, legacy).update(m, arg(ctx, "data"))?;
        let selector = sh.conv().where_unique(m, arg(ctx, "where"))?;
        let node = sh.run_node(m, |e| e.update(m, &selector, &data))?;
        Ok(node.map(FieldValue::owned_any))
    })
    .argument(InputValue::new("data", TypeRef::named_nn(update)))
    .argument(InputValue::new("where", TypeRef::named_nn(unique)))
}

/// `deleteX(where: XWhereUniqueInput!): X` — the node's values as read before deletion.
fn delete_field(shared: &Arc<Shared>, m: ModelId, unique: &str) -> GField {
    model_field(shared, m, "delete", true, move |sh, ctx| {
        let selector = sh.conv().where_unique(m, arg(ctx, "where"))?;
        let node = sh.run(
            |e| e.delete(m, &selector),
            |_, node| Shared::snapshot_of(m, node),
        )?;
        Ok(Some(FieldValue::owned_any(node)))
    })
    .argument(InputValue::new("where", TypeRef::named_nn(unique)))
}

/// `upsertX(where: XWhereUniqueInput!, create: XCreateInput!, update: XUpdateInput!): X!`.
fn upsert_field(shared: &Arc<Shared>, m: ModelId, names: &Names, legacy: bool) -> GField {
    model_field(shared, m, "upsert", false, move |sh, ctx| {
        let c = conv(sh, legacy);
        let selector = sh.conv().where_unique(m, arg(ctx, "where"))?;
        let create: CreateInput = c.create(m, arg(ctx, "create"))?;
        let update: UpdateInput = c.update(m, arg(ctx, "update"))?;
        let node = sh.run_node(m, |e| e.upsert(m, &selector, &create, &update))?;
        node_value(node, "upserted node").map(Some)
    })
    .argument(InputValue::new("where", TypeRef::named_nn(&names.unique)))
    .argument(InputValue::new("create", TypeRef::named_nn(&names.create)))
    .argument(InputValue::new("update", TypeRef::named_nn(&names.update)))
}

/// `updateMany<Plural>(data: XUpdateManyMutationInput!, where: XWhereInput): BatchPayload!`.
fn update_many_field(shared: &Arc<Shared>, m: ModelId, data: &str, filter: &str) -> GField {
    let sh = shared.clone();
    let model = &shared.dm.models[m];
    root_field(
        format!("updateMany{}", plural(&model.name)),
        TypeRef::named_nn("BatchPayload"),
        false,
        move |ctx| {
            let data = conv(&sh, false).update(m, arg(ctx, "data"))?;
            let filter: Filter = sh.conv().filter(m, arg(ctx, "where"))?;
            let count = sh.run(|e| e.update_many(m, &filter, &data), |_, n| n)?;
            Ok(Some(FieldValue::owned_any(CountOut(count as u64))))
        },
    )
    .argument(InputValue::new("data", TypeRef::named_nn(data)))
    .argument(InputValue::new("where", TypeRef::named(filter)))
}

/// `deleteMany<Plural>(where: XWhereInput): BatchPayload!`.
fn delete_many_field(shared: &Arc<Shared>, m: ModelId, filter: &str) -> GField {
    let sh = shared.clone();
    let model = &shared.dm.models[m];
    root_field(
        format!("deleteMany{}", plural(&model.name)),
        TypeRef::named_nn("BatchPayload"),
        false,
        move |ctx| {
            let filter = sh.conv().filter(m, arg(ctx, "where"))?;
            let count = sh.run(|e| e.delete_many(m, &filter), |_, n| n)?;
            Ok(Some(FieldValue::owned_any(CountOut(count as u64))))
        },
    )
    .argument(InputValue::new("where", TypeRef::named(filter)))
}

/// The input types of one model's root fields.
struct Names {
    create: String,
    update: String,
    update_many: String,
    unique: String,
    filter: String,
}
