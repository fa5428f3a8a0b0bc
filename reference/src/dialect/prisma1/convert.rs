//! GraphQL argument values → engine IR, with Prisma 1 semantics: `relationField: null` in an
//! update is a no-op, `disconnect: false` / `delete: false` are ignored, a scalar list's
//! `set: null` means `[]`, a single value where a list is expected becomes a one-element list
//! (GraphQL list input coercion, which async-graphql validates but leaves to the resolver),
//! and explicit nulls of scalars are kept (the engine decides between 3036 and 3020).

use super::errors::PrismaError;
use crate::datamodel::{DataModel, Field, FieldKind, ModelId, ScalarType, scalars};
use crate::engine::{
    CreateInput, CreateRelation, Direction, Filter, NestedUpdate, NestedUpdateMany, NestedUpsert,
    Quantifier, ScalarOp, Target, UpdateInput, UpdateRelation, WhereUnique, supports,
};
use async_graphql::{Name, Value as GValue};
use serde_json::Value;
use std::collections::HashMap;

/// What a key of `XWhereInput` means.
#[derive(Debug, Clone, PartialEq)]
pub enum FilterKey {
    Scalar(String, ScalarOp),
    ToOne(String),
    ToMany(String, Quantifier),
}

/// For every model: filter key (`title_contains`, `author`, `posts_some`) → meaning.
pub fn filter_index(dm: &DataModel) -> Vec<HashMap<String, FilterKey>> {
    dm.models
        .iter()
        .map(|model| {
            let mut keys = HashMap::new();
            for f in model.fields.iter().filter(|f| !f.list || f.is_relation()) {
                match &f.kind {
                    FieldKind::Relation { .. } if f.list => {
                        for (suffix, q) in [
                            ("_every", Quantifier::Every),
                            ("_some", Quantifier::Some),
                            ("_none", Quantifier::None),
                        ] {
                            keys.insert(
                                format!("{}{suffix}", f.name),
                                FilterKey::ToMany(f.name.clone(), q),
                            );
                        }
                    }
                    FieldKind::Relation { .. } => {
                        keys.insert(f.name.clone(), FilterKey::ToOne(f.name.clone()));
                    }
                    kind => {
                        for (op, suffix) in ScalarOp::ALL {
                            if supports(kind, op) {
                                keys.insert(
                                    format!("{}{suffix}", f.name),
                                    FilterKey::Scalar(f.name.clone(), op),
                                );
                            }
                        }
                    }
                }
            }
            keys
        })
        .collect()
}

type CResult<T> = Result<T, PrismaError>;

/// The converter for one deployed data model.
pub struct Conv<'a> {
    pub dm: &'a DataModel,
    pub filters: &'a [HashMap<String, FilterKey>],
    /// GraphCMS 1.0–1.3 to-one shapes accepted.
    pub legacy: bool,
}

/// The elements of a list input, coercing a single value to a one-element list and `null`
/// to no element.
pub fn as_list(v: &GValue) -> Vec<&GValue> {
    match v {
        GValue::List(items) => items.iter().collect(),
        GValue::Null => Vec::new(),
        other => vec![other],
    }
}

fn object<'v>(
    v: &'v GValue,
    what: &str,
) -> CResult<&'v async_graphql::indexmap::IndexMap<Name, GValue>> {
    match v {
        GValue::Object(o) => Ok(o),
        _ => Err(PrismaError::validation(format!(
            "{what}: expected an input object"
        ))),
    }
}

/// A present, non-null entry of an input object.
fn get<'v>(
    o: &'v async_graphql::indexmap::IndexMap<Name, GValue>,
    key: &str,
) -> Option<&'v GValue> {
    o.get(key).filter(|v| **v != GValue::Null)
}

impl Conv<'_> {
    fn field<'m>(&'m self, m: ModelId, name: &str) -> CResult<&'m Field> {
        let model = &self.dm.models[m];
        model.field(name).ok_or_else(|| {
            PrismaError::validation(format!("Field '{name}' is not defined on {}", model.name))
        })
    }

    fn child_of(&self, m: ModelId, field: &str) -> CResult<ModelId> {
        self.dm
            .relation_view(m, field)
            .map(|v| v.child.model)
            .ok_or_else(|| PrismaError::validation(format!("`{field}` is not a relation field")))
    }

    /// A scalar or enum value as the engine stores it.
    pub fn scalar(&self, f: &Field, v: &GValue) -> CResult<Value> {
        let bad = |expected: &str| {
            PrismaError::validation(format!(
                "Argument value for field '{}' is invalid: {expected} expected, got {v}",
                f.name
            ))
        };
        Ok(match (&f.kind, v) {
            (_, GValue::Null) => Value::Null,
            (FieldKind::Enum(_), GValue::Enum(n)) => Value::String(n.to_string()),
            (FieldKind::Enum(_), GValue::String(s)) => Value::String(s.clone()),
            (FieldKind::Scalar(ScalarType::Id), GValue::Number(n)) => Value::String(n.to_string()),
            (FieldKind::Scalar(ScalarType::Float), GValue::Number(n)) => n
                .as_f64()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| bad("Float value"))?,
            (FieldKind::Scalar(ScalarType::DateTime), GValue::String(s)) => {
                Value::String(scalars::normalize_datetime(s).ok_or_else(|| bad("Date value"))?)
            }
            (FieldKind::Scalar(ScalarType::Json), GValue::String(s)) => {
                serde_json::from_str(s).map_err(|_| bad("Not valid JSON: a JSON"))?
            }
            (_, other) => other
                .clone()
                .into_json()
                .map_err(|_| bad("a JSON-representable value"))?,
        })
    }

    /// `XWhereUniqueInput` → selector (field order and explicit nulls kept).
    pub fn where_unique(&self, m: ModelId, v: &GValue) -> CResult<WhereUnique> {
        let o = object(v, "where")?;
        let mut fields = Vec::with_capacity(o.len());
        for (k, val) in o {
            let f = self.field(m, k)?;
            fields.push((k.to_string(), self.scalar(f, val)?));
        }
        Ok(WhereUnique { fields })
    }

    /// `{set: [...]}` of a scalar list: `set: null` and `set: []` empty the list, a single
    /// value is a one-element list; `None` when the wrapper has no `set`.
    fn list_set(&self, f: &Field, v: &GValue) -> CResult<Option<Vec<Value>>> {
        let o = object(v, &f.name)?;
        match o.get("set") {
            None => Ok(None),
            Some(set) => as_list(set)
                .into_iter()
                .map(|x| self.scalar(f, x))
                .collect::<CResult<Vec<_>>>()
                .map(Some),
        }
    }

    /// `XCreateInput` (or a nested create input) → [`CreateInput`].
    pub fn create(&self, m: ModelId, v: &GValue) -> CResult<CreateInput> {
        let mut out = CreateInput::default();
        let GValue::Object(o) = v else {
            // A create input with no fields (argument omitted): nothing given.
            return Ok(out);
        };
        for (k, val) in o {
            let f = self.field(m, k)?;
            if f.is_relation() {
                if val == &GValue::Null {
                    continue;
                }
                let child = self.child_of(m, k)?;
                let r = object(val, k)?;
                let mut rel = CreateRelation::default();
                if let Some(c) = get(r, "create") {
                    for item in as_list(c) {
                        rel.create.push(self.create(child, item)?);
                    }
                }
                if let Some(c) = get(r, "connect") {
                    for item in as_list(c) {
                        rel.connect.push(self.where_unique(child, item)?);
                    }
                }
                out.relations.push((k.to_string(), rel));
            } else {
                self.scalar_or_list(f, k, val, &mut out.scalars, &mut out.lists)?;
            }
        }
        Ok(out)
    }

    /// A scalar or scalar-list field of create or update data: scalars keep explicit nulls
    /// (the engine decides 3036/3020), a list's `{set: ...}` is taken whole and `null` for the
    /// whole list field leaves it unchanged.
    fn scalar_or_list(
        &self,
        f: &Field,
        key: &str,
        val: &GValue,
        scalars: &mut Vec<(String, Value)>,
        lists: &mut Vec<(String, Vec<Value>)>,
    ) -> CResult<()> {
        if !f.list {
            scalars.push((key.to_string(), self.scalar(f, val)?));
        } else if val != &GValue::Null
            && let Some(items) = self.list_set(f, val)?
        {
            lists.push((key.to_string(), items));
        }
        Ok(())
    }

    /// `XUpdateInput`, nested update data, or updateMany data → [`UpdateInput`].
    pub fn update(&self, m: ModelId, v: &GValue) -> CResult<UpdateInput> {
        let mut out = UpdateInput::default();
        let GValue::Object(o) = v else {
            return Ok(out);
        };
        for (k, val) in o {
            let f = self.field(m, k)?;
            if f.is_relation() {
                // `relationField: null` is a no-op (CoolArgs treats Some(None) as empty).
                if val == &GValue::Null {
                    continue;
                }
                let rel = self.update_relation(m, f, val)?;
                out.relations.push((k.to_string(), rel));
            } else {
                self.scalar_or_list(f, k, val, &mut out.scalars, &mut out.lists)?;
            }
        }
        Ok(out)
    }

    fn update_relation(&self, m: ModelId, f: &Field, v: &GValue) -> CResult<UpdateRelation> {
        let child = self.child_of(m, &f.name)?;
        let o = object(v, &f.name)?;
        let list = f.list;
        let mut rel = UpdateRelation::default();
        if let Some(c) = get(o, "create") {
            for item in as_list(c) {
                rel.create.push(self.create(child, item)?);
            }
        }
        if let Some(c) = get(o, "connect") {
            for item in as_list(c) {
                rel.connect.push(self.where_unique(child, item)?);
            }
        }
        if let Some(s) = get(o, "set") {
            rel.set = Some(
                as_list(s)
                    .into_iter()
                    .map(|x| self.where_unique(child, x))
                    .collect::<CResult<_>>()?,
            );
        }
        for (key, targets) in [
            ("disconnect", &mut rel.disconnect),
            ("delete", &mut rel.delete),
        ] {
            let Some(d) = get(o, key) else { continue };
            if list {
                for item in as_list(d) {
                    targets.push(Target::Where(self.where_unique(child, item)?));
                }
            } else {
                match d {
                    GValue::Boolean(true) => targets.push(Target::Connected),
                    GValue::Boolean(false) => {}
                    GValue::Object(_) if self.legacy => {
                        targets.push(Target::Where(self.where_unique(child, d)?))
                    }
                    other => {
                        return Err(PrismaError::validation(format!(
                            "`{}.{key}` expects a Boolean, got {other}",
                            f.name
                        )));
                    }
                }
            }
        }
        if let Some(u) = get(o, "update") {
            if list {
                for item in as_list(u) {
                    let w = object(item, "update")?;
                    let target = Target::Where(self.where_unique(child, req(w, "where")?)?);
                    let data = self.update(child, req(w, "data")?)?;
                    rel.update.push(NestedUpdate { target, data });
                }
            } else {
                rel.update.push(self.to_one_update(child, u)?);
            }
        }
        if let Some(u) = get(o, "updateMany") {
            for item in as_list(u) {
                let w = object(item, "updateMany")?;
                let filter = self.filter(child, req(w, "where")?)?;
                let data = self.update(child, req(w, "data")?)?;
                rel.update_many.push(NestedUpdateMany { filter, data });
            }
        }
        if let Some(d) = get(o, "deleteMany") {
            for item in as_list(d) {
                rel.delete_many.push(self.filter(child, item)?);
            }
        }
        if let Some(u) = get(o, "upsert") {
            for item in if list { as_list(u) } else { vec![u] } {
                let w = object(item, "upsert")?;
                let target = match get(w, "where") {
                    Some(sel) => Target::Where(self.where_unique(child, sel)?),
                    None if list => {
                        return Err(PrismaError::validation("upsert: `where` is required"));
                    }
                    None => Target::Connected,
                };
                let update = self.update(child, req(w, "update")?)?;
                let create = self.create(child, req(w, "create")?)?;
                rel.upsert.push(NestedUpsert {
                    target,
                    update,
                    create,
                });
            }
        }
        Ok(rel)
    }

    /// A to-one nested `update`: the data itself (1.34), or with legacy shapes on, also
    /// `{where, data}` (1.0–1.3), which addresses the related node by selector.
    fn to_one_update(&self, child: ModelId, u: &GValue) -> CResult<NestedUpdate> {
        let o = object(u, "update")?;
        let model = &self.dm.models[child];
        let legacy_keys = |k: &str| (k == "where" || k == "data") && model.field(k).is_none();
        if self.legacy && o.keys().any(|k| legacy_keys(k)) {
            let target = match get(o, "where") {
                Some(sel) => Target::Where(self.where_unique(child, sel)?),
                None => Target::Connected,
            };
            let rest: async_graphql::indexmap::IndexMap<Name, GValue> = o
                .iter()
                .filter(|(k, _)| !legacy_keys(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut data = self.update(child, &GValue::Object(rest))?;
            if let Some(d) = get(o, "data") {
                let more = self.update(child, d)?;
                data.scalars.extend(more.scalars);
                data.lists.extend(more.lists);
                data.relations.extend(more.relations);
            }
            return Ok(NestedUpdate { target, data });
        }
        Ok(NestedUpdate {
            target: Target::Connected,
            data: self.update(child, u)?,
        })
    }

    /// `XWhereInput` / `XScalarWhereInput` → [`Filter`] (`null` or `{}` match everything).
    pub fn filter(&self, m: ModelId, v: &GValue) -> CResult<Filter> {
        let o = match v {
            GValue::Null => return Ok(Filter::All),
            other => object(other, "where")?,
        };
        let mut parts = Vec::with_capacity(o.len());
        for (k, val) in o {
            let key = k.as_str();
            match key {
                "AND" | "OR" | "NOT" => {
                    if val == &GValue::Null {
                        continue;
                    }
                    let subs = as_list(val)
                        .into_iter()
                        .map(|x| self.filter(m, x))
                        .collect::<CResult<Vec<_>>>()?;
                    parts.push(match key {
                        "AND" => Filter::And(subs),
                        "OR" => Filter::Or(subs),
                        _ => Filter::Not(subs),
                    });
                }
                _ => {
                    let meaning =
                        self.filters
                            .get(m)
                            .and_then(|f| f.get(key))
                            .ok_or_else(|| {
                                PrismaError::validation(format!(
                                    "Field '{key}' is not defined in the input type '{}WhereInput'",
                                    self.dm.models[m].name
                                ))
                            })?;
                    parts.push(self.filter_part(m, meaning, val)?);
                }
            }
        }
        Ok(match parts.len() {
            0 => Filter::All,
            1 => parts.pop().unwrap_or_default(),
            _ => Filter::And(parts),
        })
    }

    fn filter_part(&self, m: ModelId, key: &FilterKey, val: &GValue) -> CResult<Filter> {
        Ok(match key {
            FilterKey::Scalar(field, op) => {
                let f = self.field(m, field)?;
                let value = if matches!(op, ScalarOp::In | ScalarOp::NotIn) && *val != GValue::Null
                {
                    Value::Array(
                        as_list(val)
                            .into_iter()
                            .map(|x| self.scalar(f, x))
                            .collect::<CResult<_>>()?,
                    )
                } else {
                    self.scalar(f, val)?
                };
                Filter::Scalar {
                    field: field.clone(),
                    op: *op,
                    value,
                }
            }
            FilterKey::ToOne(field) => Filter::ToOne {
                field: field.clone(),
                filter: match val {
                    GValue::Null => None,
                    inner => Some(Box::new(self.filter(self.child_of(m, field)?, inner)?)),
                },
            },
            FilterKey::ToMany(field, quantifier) => {
                if val == &GValue::Null {
                    return Err(PrismaError::coded(
                        3033,
                        format!(
                            "The field '{field}' is a toMany relation. This cannot be filtered by null."
                        ),
                    ));
                }
                Filter::ToMany {
                    field: field.clone(),
                    quantifier: *quantifier,
                    filter: Box::new(self.filter(self.child_of(m, field)?, val)?),
                }
            }
        })
    }

    /// `orderBy: title_DESC` → (field, direction).
    pub fn order_by(&self, m: ModelId, v: &GValue) -> CResult<Option<(String, Direction)>> {
        let text = match v {
            GValue::Null => return Ok(None),
            GValue::Enum(n) => n.as_str(),
            GValue::String(s) => s.as_str(),
            other => {
                return Err(PrismaError::validation(format!(
                    "orderBy: unexpected value {other}"
                )));
            }
        };
        let bad = || {
            PrismaError::validation(format!(
                "`{text}` is not a value of {}OrderByInput",
                self.dm.models[m].name
            ))
        };
        let (field, dir) = text.rsplit_once('_').ok_or_else(bad)?;
        let dir = match dir {
            "ASC" => Direction::Asc,
            "DESC" => Direction::Desc,
            _ => return Err(bad()),
        };
        if self.dm.models[m]
            .field(field)
            .is_none_or(|f| f.list || f.is_relation())
        {
            return Err(bad());
        }
        Ok(Some((field.to_string(), dir)))
    }
}

fn req<'v>(
    o: &'v async_graphql::indexmap::IndexMap<Name, GValue>,
    key: &str,
) -> CResult<&'v GValue> {
    o.get(key)
        .ok_or_else(|| PrismaError::validation(format!("the field `{key}` is required")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dm() -> DataModel {
        DataModel::parse(
            "type User { id: ID! @unique email: String! @unique scores: [Int!]! posts: [Post!]! born: DateTime meta: Json }\n\
             type Post { id: ID! @unique title: String! rating: Float author: User }",
        )
        .unwrap()
    }

    fn g(v: serde_json::Value) -> GValue {
        GValue::from_json(v).unwrap()
    }

    #[test]
    fn single_values_are_coerced_to_lists_and_set_null_empties() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = Conv {
            dm: &dm,
            filters: &f,
            legacy: false,
        };
        let u = dm.model_id("User").unwrap();
        let up = c
            .update(u, &g(json!({"scores": {"set": 1}, "posts": {"connect": {"id": "p1"}, "disconnect": {"id": "p2"}}})))
            .unwrap();
        assert_eq!(up.lists, vec![("scores".to_string(), vec![json!(1)])]);
        let rel = &up.relations[0].1;
        assert_eq!(rel.connect, vec![WhereUnique::by("id", "p1")]);
        assert_eq!(
            rel.disconnect,
            vec![Target::Where(WhereUnique::by("id", "p2"))]
        );
        let up = c.update(u, &g(json!({"scores": {"set": null}}))).unwrap();
        assert_eq!(up.lists, vec![("scores".to_string(), vec![])]);
    }

    #[test]
    fn relation_null_is_a_no_op_and_false_flags_are_ignored() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = Conv {
            dm: &dm,
            filters: &f,
            legacy: false,
        };
        let p = dm.model_id("Post").unwrap();
        let up = c
            .update(p, &g(json!({"author": null, "title": null})))
            .unwrap();
        assert!(up.relations.is_empty());
        assert_eq!(up.scalars, vec![("title".to_string(), Value::Null)]);
        let up = c
            .update(
                p,
                &g(json!({"author": {"disconnect": false, "delete": true}})),
            )
            .unwrap();
        let rel = &up.relations[0].1;
        assert!(rel.disconnect.is_empty());
        assert_eq!(rel.delete, vec![Target::Connected]);
    }

    #[test]
    fn scalars_are_coerced_to_their_field_types() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = Conv {
            dm: &dm,
            filters: &f,
            legacy: false,
        };
        let u = dm.model_id("User").unwrap();
        let cr = c
            .create(
                u,
                &g(json!({"email": "a", "born": "2016", "meta": "{\"a\":1}"})),
            )
            .unwrap();
        assert_eq!(
            cr.scalars,
            vec![
                ("email".to_string(), json!("a")),
                ("born".to_string(), json!("2016-01-01T00:00:00.000Z")),
                ("meta".to_string(), json!({"a": 1})),
            ]
        );
        let p = dm.model_id("Post").unwrap();
        let cr = c.create(p, &g(json!({"title": "t", "rating": 3}))).unwrap();
        assert_eq!(cr.scalars[1].1, json!(3.0));
        assert!(c.create(u, &g(json!({"meta": "not json"}))).is_err());
    }

    #[test]
    fn filters_and_order() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = Conv {
            dm: &dm,
            filters: &f,
            legacy: false,
        };
        let p = dm.model_id("Post").unwrap();
        let filt = c
            .filter(
                p,
                &g(json!({"title_in": "a", "author": null, "OR": {"title_contains": "x"}})),
            )
            .unwrap();
        assert_eq!(
            filt,
            Filter::And(vec![
                Filter::Scalar {
                    field: "title".into(),
                    op: ScalarOp::In,
                    value: json!(["a"])
                },
                Filter::ToOne {
                    field: "author".into(),
                    filter: None
                },
                Filter::Or(vec![Filter::Scalar {
                    field: "title".into(),
                    op: ScalarOp::Contains,
                    value: json!("x")
                }]),
            ])
        );
        assert_eq!(c.filter(p, &g(json!({}))).unwrap(), Filter::All);
        let u = dm.model_id("User").unwrap();
        let e = c.filter(u, &g(json!({"posts_some": null}))).unwrap_err();
        assert_eq!(e.code, Some(3033));
        assert_eq!(
            c.order_by(p, &GValue::Enum(Name::new("title_DESC")))
                .unwrap(),
            Some(("title".to_string(), Direction::Desc))
        );
    }

    #[test]
    fn legacy_to_one_shapes_map_to_where_targets() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = Conv {
            dm: &dm,
            filters: &f,
            legacy: true,
        };
        let p = dm.model_id("Post").unwrap();
        let up = c
            .update(
                p,
                &g(json!({"author": {
                    "update": {"where": {"id": "u1"}, "data": {"email": "e"}},
                    "upsert": {"where": {"id": "u1"}, "update": {"email": "e"}, "create": {"email": "f"}}
                }})),
            )
            .unwrap();
        let rel = &up.relations[0].1;
        assert_eq!(
            rel.update[0].target,
            Target::Where(WhereUnique::by("id", "u1"))
        );
        assert_eq!(
            rel.update[0].data.scalars,
            vec![("email".to_string(), json!("e"))]
        );
        assert_eq!(
            rel.upsert[0].target,
            Target::Where(WhereUnique::by("id", "u1"))
        );
        let plain = Conv {
            dm: &dm,
            filters: &f,
            legacy: false,
        };
        let up = plain
            .update(p, &g(json!({"author": {"update": {"email": "e"}}})))
            .unwrap();
        assert_eq!(up.relations[0].1.update[0].target, Target::Connected);
    }
}
