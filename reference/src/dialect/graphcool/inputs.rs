//! Graphcool's argument lists and input types (`InputTypesBuilder`, dialects.md §1.1):
//!
//! - create arguments: every writable scalar (`T!` iff required without a default, scalar
//!   lists as plain lists), then for every to-one relation field `fId: ID` and a nested create
//!   `f: <Parent><f><Child>`, then for every to-many one `fIds: [ID!]` and `f: [<...>!]`;
//! - update arguments: `id: ID!` where the model declares it, every writable scalar optional,
//!   the same relation arguments;
//! - nested create types: the child's create arguments without the to-one fields of the
//!   relation it is created through (to-many back fields stay, as in the server), generated
//!   lazily without a depth limit; not generated when the child has no writable field besides
//!   that back field;
//! - `CreateX` / `UpdateX` input objects for `updateOrCreateX`.
//!
//! Writable: not a system field, and not one of the `File` fields the File API sets.

use super::file;
use crate::api::inputs::{InputTypes, base_type};
use crate::datamodel::{DataModel, Field, FieldKind, ModelId, RelationId, SystemField};
use async_graphql::dynamic::TypeRef;

/// A writable scalar of a create or update (not `id`, `createdAt`, `updatedAt`, nor a field
/// the File API sets).
pub fn writable(dm: &DataModel, m: ModelId, f: &Field) -> bool {
    !f.is_relation() && f.system.is_none() && !file::read_only(dm, m, &f.name)
}

/// Is `f` a to-one field of `relation` (the back relation a nested create omits)?
fn is_to_one_of(f: &Field, relation: Option<RelationId>) -> bool {
    matches!((f.kind.clone(), relation), (FieldKind::Relation { relation: r, .. }, Some(o)) if r == o && !f.list)
}

/// Has the child a writable field besides a to-one field of `relation`? (Otherwise only the
/// id argument is generated.)
fn has_nested_create(dm: &DataModel, child: ModelId, relation: RelationId) -> bool {
    dm.models[child]
        .fields
        .iter()
        .any(|f| (f.is_relation() && !is_to_one_of(f, Some(relation))) || writable(dm, child, f))
}

/// The create arguments of model `m` (nested under `omit`, the relation it is created
/// through): name and type, in the server's order.
pub fn create_args(
    g: &mut InputTypes<'_>,
    m: ModelId,
    omit: Option<RelationId>,
) -> Vec<(String, TypeRef)> {
    let dm = g.dm;
    let mut args = Vec::new();
    for f in dm.models[m].fields.iter().filter(|f| writable(dm, m, f)) {
        let t = base_type(dm, f);
        let required = f.default.is_none() && (f.required || f.list_required);
        let ty = match (f.list, required) {
            (true, true) => TypeRef::named_nn_list_nn(t),
            (true, false) => TypeRef::named_nn_list(t),
            (false, true) => TypeRef::named_nn(t),
            (false, false) => TypeRef::named(t),
        };
        args.push((f.name.clone(), ty));
    }
    args.extend(relation_args(g, m, omit));
    args
}

/// The update arguments of model `m`: `id: ID!`, every writable scalar optional, the relation
/// arguments.
pub fn update_args(g: &mut InputTypes<'_>, m: ModelId) -> Vec<(String, TypeRef)> {
    let dm = g.dm;
    let mut args = Vec::new();
    for f in &dm.models[m].fields {
        if f.system == Some(SystemField::Id) {
            args.push((f.name.clone(), TypeRef::named_nn(TypeRef::ID)));
        } else if writable(dm, m, f) {
            let t = base_type(dm, f);
            let ty = if f.list {
                TypeRef::named_nn_list(t)
            } else {
                TypeRef::named(t)
            };
            args.push((f.name.clone(), ty));
        }
    }
    args.extend(relation_args(g, m, None));
    args
}

/// `fId` / `f` for every to-one relation field, then `fIds` / `f` for every to-many one.
fn relation_args(
    g: &mut InputTypes<'_>,
    m: ModelId,
    omit: Option<RelationId>,
) -> Vec<(String, TypeRef)> {
    let dm = g.dm;
    let mut one = Vec::new();
    let mut many = Vec::new();
    for f in dm.models[m].relation_fields() {
        let Some(v) = dm.relation_view(m, &f.name) else {
            continue;
        };
        if !f.list && is_to_one_of(f, omit) {
            continue;
        }
        let nested = has_nested_create(dm, v.child.model, v.relation_id)
            .then(|| nested_create(g, m, &f.name, v.child.model, v.relation_id));
        if f.list {
            many.push((
                format!("{}Ids", f.name),
                TypeRef::named_nn_list(TypeRef::ID),
            ));
            if let Some(t) = nested {
                many.push((f.name.clone(), TypeRef::named_nn_list(t)));
            }
        } else {
            one.push((format!("{}Id", f.name), TypeRef::named(TypeRef::ID)));
            if let Some(t) = nested {
                one.push((f.name.clone(), TypeRef::named(t)));
            }
        }
    }
    one.extend(many);
    one
}

/// `<Parent><field><Child>`: the child's create arguments under this relation.
fn nested_create(
    g: &mut InputTypes<'_>,
    parent: ModelId,
    field: &str,
    child: ModelId,
    relation: RelationId,
) -> String {
    let dm = g.dm;
    let name = format!("{}{field}{}", dm.models[parent].name, dm.models[child].name);
    // Built from the queue, not recursively: relations may chain any number of types.
    g.define_later(name, move |g| create_args(g, child, Some(relation)))
}

/// `CreateX` (the create arguments as an input object), None when it would be empty.
pub fn create_object(g: &mut InputTypes<'_>, m: ModelId) -> Option<String> {
    let name = format!("Create{}", g.dm.models[m].name);
    let name = g.define(name, |g| create_args(g, m, None));
    (!g.fields_of(&name).is_empty()).then_some(name)
}

/// `UpdateX` (the update arguments as an input object).
pub fn update_object(g: &mut InputTypes<'_>, m: ModelId) -> String {
    let name = format!("Update{}", g.dm.models[m].name);
    g.define(name, |g| update_args(g, m))
}
