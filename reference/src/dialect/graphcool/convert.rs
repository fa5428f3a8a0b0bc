//! Graphcool's flat mutation arguments → engine IR (dialects.md §1.2):
//!
//! - scalars as given (explicit nulls kept: the engine decides 3036 on create, 3020 on
//!   update); scalar lists as plain lists (`null` empties them on update);
//! - `fId: "y"` connects (on update it replaces the partner), `fId: null` does nothing on
//!   create and disconnects on update;
//! - `fIds: [...]` connects on create and replaces the list on update (`null` or `[]` empties
//!   it);
//! - `f: {...}` / `f: [...]` nested creates (on update the engine policy makes a to-many one
//!   replace the list), nesting continuing through the child's own relation arguments, up to
//!   the dialect's nesting limit.

use crate::api::ApiError;
use crate::api::convert::{CResult, Conv, as_list, object};
use crate::datamodel::{Field, ModelId};
use crate::engine::{CreateInput, Target, UpdateInput, WhereUnique};
use async_graphql::indexmap::IndexMap;
use async_graphql::{Name, Value as GValue};
use serde_json::Value;

/// The Graphcool converter: the shared one plus the nesting limit.
pub struct GcConv<'a> {
    pub base: Conv<'a>,
    /// Nested creates deeper than this level are refused (the root's arguments are level 1).
    pub max_nesting: Option<usize>,
}

/// What an argument name stands for.
enum Arg<'f> {
    Scalar(&'f Field),
    /// `fId`: a to-one relation field by id.
    Id(&'f Field),
    /// `fIds`: a to-many relation field by ids.
    Ids(&'f Field),
    /// `f`: nested create(s).
    Nested(&'f Field),
}

impl GcConv<'_> {
    fn arg<'m>(&'m self, m: ModelId, name: &str) -> CResult<Arg<'m>> {
        let model = &self.base.dm.models[m];
        if let Some(f) = model.field(name) {
            return Ok(if f.is_relation() {
                Arg::Nested(f)
            } else {
                Arg::Scalar(f)
            });
        }
        let relation = |suffix: &str, list: bool| {
            name.strip_suffix(suffix)
                .and_then(|f| model.field(f))
                .filter(|f| f.is_relation() && f.list == list)
        };
        if let Some(f) = relation("Ids", true) {
            return Ok(Arg::Ids(f));
        }
        if let Some(f) = relation("Id", false) {
            return Ok(Arg::Id(f));
        }
        Err(ApiError::validation(format!(
            "Unknown argument '{name}' for the model {}.",
            model.name
        )))
    }

    fn id(&self, v: &GValue) -> CResult<WhereUnique> {
        match v {
            GValue::String(s) => Ok(WhereUnique::by("id", s.clone())),
            GValue::Number(n) => Ok(WhereUnique::by("id", n.to_string())),
            other => Err(ApiError::validation(format!(
                "an id must be a String, got {other}"
            ))),
        }
    }

    fn scalar_list(&self, f: &Field, v: &GValue) -> CResult<Vec<Value>> {
        as_list(v)
            .into_iter()
            .map(|x| self.base.scalar(f, x))
            .collect()
    }

    /// Nested create objects of field `f` at nesting `level` (`path` names them in errors).
    fn nested(
        &self,
        m: ModelId,
        f: &Field,
        v: &GValue,
        level: usize,
        path: &str,
    ) -> CResult<Vec<CreateInput>> {
        let child = self.base.child_of(m, &f.name)?;
        let back = self
            .base
            .dm
            .relation_view(m, &f.name)
            .and_then(|v| v.child.field.clone());
        let items = if f.list { as_list(v) } else { vec![v] };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let here = if f.list {
                format!("{path}{}[{i}]", f.name)
            } else {
                format!("{path}{}", f.name)
            };
            if let Some(max) = self.max_nesting
                && level + 1 > max
            {
                return Err(ApiError::validation(format!(
                    "The nested mutation `{here}` is at nesting level {}, deeper than the maximum nested level {max}: split it into separate mutations.",
                    level + 1
                )));
            }
            let o = object(item, &here)?;
            out.push(self.create(child, o, level + 1, &format!("{here}."), back.as_deref())?);
        }
        Ok(out)
    }

    /// Create arguments (of `createX`, `CreateX`, or a nested create at `level`) → IR.
    /// `back` is the relation field the parent of a nested create fills.
    pub fn create(
        &self,
        m: ModelId,
        args: &IndexMap<Name, GValue>,
        level: usize,
        path: &str,
        back: Option<&str>,
    ) -> CResult<CreateInput> {
        let mut out = CreateInput::default();
        for (k, v) in args {
            let arg = self.arg(m, k)?;
            if let Arg::Id(f) | Arg::Nested(f) = &arg
                && !f.list
                && Some(f.name.as_str()) == back
            {
                return Err(ApiError::validation(format!(
                    "Unknown argument '{k}': it is the relation this node is created through."
                )));
            }
            match arg {
                Arg::Scalar(f) if f.list => {
                    if *v != GValue::Null {
                        out.lists.push((f.name.clone(), self.scalar_list(f, v)?));
                    }
                }
                Arg::Scalar(f) => out.scalars.push((f.name.clone(), self.base.scalar(f, v)?)),
                Arg::Id(f) => {
                    if *v != GValue::Null {
                        entry(&mut out.relations, &f.name).connect.push(self.id(v)?);
                    }
                }
                Arg::Ids(f) => {
                    let ids = as_list(v)
                        .into_iter()
                        .map(|x| self.id(x))
                        .collect::<CResult<Vec<_>>>()?;
                    entry(&mut out.relations, &f.name).connect.extend(ids);
                }
                Arg::Nested(f) => {
                    if *v != GValue::Null {
                        let children = self.nested(m, f, v, level, path)?;
                        entry(&mut out.relations, &f.name).create.extend(children);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Update arguments (of `updateX` or `UpdateX`) → the node's id and the IR.
    pub fn update(
        &self,
        m: ModelId,
        args: &IndexMap<Name, GValue>,
    ) -> CResult<(String, UpdateInput)> {
        let mut id = None;
        let mut out = UpdateInput::default();
        for (k, v) in args {
            if k.as_str() == "id" {
                id = Some(self.id(v)?);
                continue;
            }
            match self.arg(m, k)? {
                Arg::Scalar(f) if f.list => {
                    out.lists.push((f.name.clone(), self.scalar_list(f, v)?));
                }
                Arg::Scalar(f) => out.scalars.push((f.name.clone(), self.base.scalar(f, v)?)),
                Arg::Id(f) => {
                    let r = entry(&mut out.relations, &f.name);
                    match v {
                        GValue::Null => r.disconnect.push(Target::Connected),
                        other => r.connect.push(self.id(other)?),
                    }
                }
                Arg::Ids(f) => {
                    let ids = as_list(v)
                        .into_iter()
                        .map(|x| self.id(x))
                        .collect::<CResult<Vec<_>>>()?;
                    entry(&mut out.relations, &f.name).reconnect = Some(ids);
                }
                Arg::Nested(f) => {
                    if *v != GValue::Null {
                        let children = self.nested(m, f, v, 1, "")?;
                        entry(&mut out.relations, &f.name).create.extend(children);
                    }
                }
            }
        }
        let id =
            id.ok_or_else(|| ApiError::validation("An Id argument was expected, but not found."))?;
        let id = match id.fields.into_iter().next() {
            Some((_, Value::String(s))) => s,
            _ => {
                return Err(ApiError::validation(
                    "An Id argument was expected, but not found.",
                ));
            }
        };
        Ok((id, out))
    }
}

/// The entry of relation field `name` in a create's or update's relations (added on first
/// use).
fn entry<'a, T: Default>(rels: &'a mut Vec<(String, T)>, name: &str) -> &'a mut T {
    let i = match rels.iter().position(|(n, _)| n == name) {
        Some(i) => i,
        None => {
            rels.push((name.to_string(), T::default()));
            rels.len() - 1
        }
    };
    &mut rels[i].1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::convert::{FilterKey, filter_index};
    use crate::datamodel::DataModel;
    use serde_json::json;
    use std::collections::HashMap;

    fn dm() -> DataModel {
        DataModel::parse(
            r#"type Author { id: ID! name: String! tags: [String!] posts: [Post!]! @relation(name: "AuthorPosts") }
               type Post { id: ID! text: String! author: Author @relation(name: "AuthorPosts") comments: [Comment!]! @relation(name: "PostComments") }
               type Comment { id: ID! text: String! post: Post @relation(name: "PostComments") }"#,
        )
        .unwrap()
    }

    fn conv<'a>(
        dm: &'a DataModel,
        f: &'a [HashMap<String, FilterKey>],
        max: Option<usize>,
    ) -> GcConv<'a> {
        GcConv {
            base: Conv {
                dm,
                filters: f,
                flavor: super::super::FLAVOR,
            },
            max_nesting: max,
        }
    }

    fn args(v: serde_json::Value) -> IndexMap<Name, GValue> {
        match GValue::from_json(v).unwrap() {
            GValue::Object(o) => o,
            _ => unreachable!(),
        }
    }

    #[test]
    fn ids_connect_on_create_and_replace_or_disconnect_on_update() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = conv(&dm, &f, Some(3));
        let post = dm.model_id("Post").unwrap();
        let cr = c
            .create(
                post,
                &args(json!({"text": "t", "authorId": null})),
                1,
                "",
                None,
            )
            .unwrap();
        assert!(cr.relations.is_empty());
        let cr = c
            .create(
                post,
                &args(json!({"text": "t", "authorId": "a1"})),
                1,
                "",
                None,
            )
            .unwrap();
        assert_eq!(cr.relations[0].1.connect, vec![WhereUnique::by("id", "a1")]);
        let (id, up) = c
            .update(post, &args(json!({"id": "p1", "authorId": null})))
            .unwrap();
        assert_eq!(id, "p1");
        assert_eq!(up.relations[0].1.disconnect, vec![Target::Connected]);
        let author = dm.model_id("Author").unwrap();
        let (_, up) = c
            .update(
                author,
                &args(json!({"id": "a1", "postsIds": null, "tags": null})),
            )
            .unwrap();
        assert_eq!(up.relations[0].1.reconnect, Some(vec![]));
        assert_eq!(up.lists, vec![("tags".to_string(), vec![])]);
    }

    #[test]
    fn nesting_is_limited() {
        let dm = dm();
        let f = filter_index(&dm);
        let author = dm.model_id("Author").unwrap();
        let deep =
            args(json!({"name": "n", "posts": [{"text": "p", "comments": [{"text": "c"}]}]}));
        assert!(
            conv(&dm, &f, Some(3))
                .create(author, &deep, 1, "", None)
                .is_ok()
        );
        let e = conv(&dm, &f, Some(2))
            .create(author, &deep, 1, "", None)
            .unwrap_err();
        assert_eq!(e.code, None);
        assert!(e.message.contains("posts[0].comments[0]"), "{}", e.message);
        assert!(
            conv(&dm, &f, None)
                .create(author, &deep, 1, "", None)
                .is_ok()
        );
    }
}
