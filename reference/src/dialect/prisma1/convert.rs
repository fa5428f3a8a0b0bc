//! GraphQL argument values → engine IR for the Prisma 1 input shapes (`data`, nested
//! `{create, connect, ...}` wrappers, `{set: [...]}` lists), with Prisma 1 semantics:
//! `relationField: null` in an update is a no-op, `disconnect: false` / `delete: false` are
//! ignored, a scalar list's `set: null` means `[]`, and explicit nulls of scalars are kept (the
//! engine decides between 3036 and 3020). Scalars, selectors and filters are
//! [`crate::api::convert`]'s.

use crate::api::ApiError;
use crate::api::convert::{CResult, Conv, as_list, get, object, req};
use crate::datamodel::{Field, ModelId};
use crate::engine::{
    CreateInput, CreateRelation, NestedUpdate, NestedUpdateMany, NestedUpsert, Target, UpdateInput,
    UpdateRelation,
};
use async_graphql::{Name, Value as GValue};
use serde_json::Value;

/// The Prisma 1 converter: the shared one plus the GraphCMS legacy-shape switch.
pub struct PrismaConv<'a> {
    pub base: Conv<'a>,
    /// GraphCMS 1.0–1.3 to-one shapes accepted.
    pub legacy: bool,
}

impl PrismaConv<'_> {
    /// `{set: [...]}` of a scalar list: `set: null` and `set: []` empty the list, a single
    /// value is a one-element list; `None` when the wrapper has no `set`.
    fn list_set(&self, f: &Field, v: &GValue) -> CResult<Option<Vec<Value>>> {
        let o = object(v, &f.name)?;
        match o.get("set") {
            None => Ok(None),
            Some(set) => as_list(set)
                .into_iter()
                .map(|x| self.base.scalar(f, x))
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
            let f = self.base.field(m, k)?;
            if f.is_relation() {
                if val == &GValue::Null {
                    continue;
                }
                let child = self.base.child_of(m, k)?;
                let r = object(val, k)?;
                let mut rel = CreateRelation::default();
                if let Some(c) = get(r, "create") {
                    for item in as_list(c) {
                        rel.create.push(self.create(child, item)?);
                    }
                }
                if let Some(c) = get(r, "connect") {
                    for item in as_list(c) {
                        rel.connect.push(self.base.where_unique(child, item)?);
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
            scalars.push((key.to_string(), self.base.scalar(f, val)?));
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
            let f = self.base.field(m, k)?;
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
        let child = self.base.child_of(m, &f.name)?;
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
                rel.connect.push(self.base.where_unique(child, item)?);
            }
        }
        if let Some(s) = get(o, "set") {
            rel.set = Some(
                as_list(s)
                    .into_iter()
                    .map(|x| self.base.where_unique(child, x))
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
                    targets.push(Target::Where(self.base.where_unique(child, item)?));
                }
            } else {
                match d {
                    GValue::Boolean(true) => targets.push(Target::Connected),
                    GValue::Boolean(false) => {}
                    GValue::Object(_) if self.legacy => {
                        targets.push(Target::Where(self.base.where_unique(child, d)?))
                    }
                    other => {
                        return Err(ApiError::validation(format!(
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
                    let target = Target::Where(self.base.where_unique(child, req(w, "where")?)?);
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
                let filter = self.base.filter(child, req(w, "where")?)?;
                let data = self.update(child, req(w, "data")?)?;
                rel.update_many.push(NestedUpdateMany { filter, data });
            }
        }
        if let Some(d) = get(o, "deleteMany") {
            for item in as_list(d) {
                rel.delete_many.push(self.base.filter(child, item)?);
            }
        }
        if let Some(u) = get(o, "upsert") {
            for item in if list { as_list(u) } else { vec![u] } {
                let w = object(item, "upsert")?;
                let target = match get(w, "where") {
                    Some(sel) => Target::Where(self.base.where_unique(child, sel)?),
                    None if list => {
                        return Err(ApiError::validation("upsert: `where` is required"));
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
        let model = &self.base.dm.models[child];
        let legacy_keys = |k: &str| (k == "where" || k == "data") && model.field(k).is_none();
        if self.legacy && o.keys().any(|k| legacy_keys(k)) {
            let target = match get(o, "where") {
                Some(sel) => Target::Where(self.base.where_unique(child, sel)?),
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::convert::{FilterKey, filter_index};
    use crate::datamodel::DataModel;
    use crate::engine::WhereUnique;
    use serde_json::json;
    use std::collections::HashMap;

    fn dm() -> DataModel {
        DataModel::parse(
            "type User { id: ID! @unique email: String! @unique scores: [Int!]! posts: [Post!]! born: DateTime meta: Json }\n\
             type Post { id: ID! @unique title: String! rating: Float author: User }",
        )
        .unwrap()
    }

    fn conv<'a>(
        dm: &'a DataModel,
        filters: &'a [HashMap<String, FilterKey>],
        legacy: bool,
    ) -> PrismaConv<'a> {
        PrismaConv {
            base: Conv {
                dm,
                filters,
                flavor: super::super::FLAVOR,
            },
            legacy,
        }
    }

    fn g(v: serde_json::Value) -> GValue {
        GValue::from_json(v).unwrap()
    }

    #[test]
    fn single_values_are_coerced_to_lists_and_set_null_empties() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = conv(&dm, &f, false);
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
        let c = conv(&dm, &f, false);
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
        let c = conv(&dm, &f, false);
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
    fn legacy_to_one_shapes_map_to_where_targets() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = conv(&dm, &f, true);
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
        let plain = conv(&dm, &f, false);
        let up = plain
            .update(p, &g(json!({"author": {"update": {"email": "e"}}})))
            .unwrap();
        assert_eq!(up.relations[0].1.update[0].target, Target::Connected);
    }
}
