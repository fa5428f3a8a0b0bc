//! Graphcool's generated names (dialects.md §1.1, from `InputTypesBuilder`, `Relation.aName/
//! bName`, `RelationDefinitions` and `SimpleOutputMapper`):
//!
//! - nested create input types: parent model + parent field (verbatim) + child model,
//!   `AuthorpostsPost`, `AuthorcontactDetailsContactDetails`;
//! - relation mutations: model **A** of a relation is the one declared first (for a
//!   self-relation, the field declared first; a side without a field is never A). With A's
//!   field `fA` (pointing at B) and B's field `fB`, the arguments are `${fA}${B}Id` (the B node)
//!   and `${fB}${A}Id` (the A node), and the payload fields are named like them without `Id`.
//!   A self-relation through one field puts `1`/`2` after the field name; a side without a
//!   field falls back to `from`/`to`. One-to-one relations get `setR`/`unsetR`, relations with
//!   a list side `addToR`/`removeFromR`; `unsetR`/`removeFromR` only where neither side is a
//!   required to-one.

use crate::datamodel::{DataModel, FieldKind, RelationEnd, RelationId, Side};

/// The names of one relation's mutations.
#[derive(Debug, Clone)]
pub struct RelationNames {
    pub relation: RelationId,
    /// The relation's name (`AuthorPosts`).
    pub name: String,
    /// Which of the data model's sides Graphcool calls A.
    pub gc_a: Side,
    /// `${fA}${B}`: names the B node (argument `${a_name}Id`, payload field of type B).
    pub a_name: String,
    /// `${fB}${A}`: names the A node (argument `${b_name}Id`, payload field of type A).
    pub b_name: String,
    /// Neither side is a list: `setR`/`unsetR`; otherwise `addToR`/`removeFromR`.
    pub one_to_one: bool,
    /// A side is a required to-one: no `unsetR`/`removeFromR`.
    pub required: bool,
}

impl RelationNames {
    /// The data model's side Graphcool calls B.
    pub fn gc_b(&self) -> Side {
        self.gc_a.other()
    }

    /// The mutation names: (connect, disconnect), e.g. `addToAuthorPosts`,
    /// `removeFromAuthorPosts`; the disconnect one is None where a side is required.
    pub fn mutations(&self) -> (String, Option<String>) {
        let (add, remove) = if self.one_to_one {
            ("set", "unset")
        } else {
            ("addTo", "removeFrom")
        };
        (
            format!("{add}{}", self.name),
            (!self.required).then(|| format!("{remove}{}", self.name)),
        )
    }
}

/// Position of an end's field in the SDL: (model index, field index); a hidden end sorts last.
fn position(dm: &DataModel, end: &RelationEnd) -> (usize, usize) {
    let field = end
        .field
        .as_deref()
        .and_then(|f| dm.models[end.model].field_index(f))
        .unwrap_or(usize::MAX);
    if field == usize::MAX {
        return (usize::MAX, usize::MAX);
    }
    (end.model, field)
}

/// The names of every relation's mutations.
pub fn relation_names(dm: &DataModel) -> Vec<RelationNames> {
    dm.relations
        .iter()
        .enumerate()
        .map(|(rid, r)| {
            let gc_a = if position(dm, &r.a) <= position(dm, &r.b) {
                Side::A
            } else {
                Side::B
            };
            let (a, b) = match gc_a {
                Side::A => (&r.a, &r.b),
                Side::B => (&r.b, &r.a),
            };
            // getModelBField falls back to A's field (same model, same field relations).
            let a_field = a.field.as_deref();
            let b_field = b.field.as_deref().or(a_field);
            let same = b.field.is_none() || (a.model == b.model && a.field == b.field);
            let (n1, n2) = if same { ("1", "2") } else { ("", "") };
            let model_name = |m: usize| dm.models[m].name.as_str();
            // A field's related model: A's field points at B; B's own field at A, and B's
            // fallback (A's field) at B.
            let a_name = a_field
                .map(|f| format!("{f}{n1}{}", model_name(b.model)))
                .unwrap_or_else(|| "from".into());
            let b_target = if b.field.is_some() { a.model } else { b.model };
            let b_name = b_field
                .map(|f| format!("{f}{n2}{}", model_name(b_target)))
                .unwrap_or_else(|| "to".into());
            RelationNames {
                relation: rid,
                name: r.name.clone(),
                gc_a,
                a_name,
                b_name,
                one_to_one: !r.a.list && !r.b.list,
                required: (!r.a.list && r.a.required) || (!r.b.list && r.b.required),
            }
        })
        .collect()
}

/// `AuthorpostsPost`: the nested create input type under `parent.field`.
pub fn nested_create_type(dm: &DataModel, parent: usize, field: &str) -> Option<String> {
    let f = dm.models[parent].field(field)?;
    let FieldKind::Relation { relation, side } = f.kind else {
        return None;
    };
    let child = dm.relations[relation].end(side.other()).model;
    Some(format!(
        "{}{field}{}",
        dm.models[parent].name, dm.models[child].name
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sdl: &str) -> Vec<RelationNames> {
        relation_names(&DataModel::parse(sdl).unwrap())
    }

    #[test]
    fn one_to_many_names_follow_declaration_order() {
        let n = names(
            r#"type Post { id: ID! title: String! author: User @relation(name: "AuthorPosts") }
               type User { id: ID! name: String! posts: [Post!]! @relation(name: "AuthorPosts") }"#,
        );
        assert_eq!(n[0].a_name, "authorUser");
        assert_eq!(n[0].b_name, "postsPost");
        assert_eq!(
            n[0].mutations(),
            (
                "addToAuthorPosts".to_string(),
                Some("removeFromAuthorPosts".to_string())
            )
        );
        let n = names(
            r#"type Actor { id: ID! movies: [Movie!]! @relation(name: "MovieActors") }
               type Movie { id: ID! actors: [Actor!]! @relation(name: "MovieActors") }"#,
        );
        assert_eq!(
            (n[0].a_name.as_str(), n[0].b_name.as_str()),
            ("moviesMovie", "actorsActor")
        );
    }

    #[test]
    fn one_to_one_and_required_sides() {
        let n = names(
            r#"type Post { id: ID! metaInformation: MetaInformation @relation(name: "PostMetaInformation") }
               type MetaInformation { id: ID! post: Post! @relation(name: "PostMetaInformation") }"#,
        );
        assert_eq!(n[0].a_name, "metaInformationMetaInformation");
        assert_eq!(n[0].b_name, "postPost");
        assert_eq!(
            n[0].mutations(),
            ("setPostMetaInformation".to_string(), None)
        );
    }

    #[test]
    fn self_relations() {
        let n = names(
            r#"type User { id: ID! friends: [User!]! @relation(name: "Friends") friendOf: [User!]! @relation(name: "Friends") }"#,
        );
        assert_eq!(
            (n[0].a_name.as_str(), n[0].b_name.as_str()),
            ("friendsUser", "friendOfUser")
        );
        let n = names(r#"type User { id: ID! friends: [User!]! @relation(name: "Friends") }"#);
        assert_eq!(
            (n[0].a_name.as_str(), n[0].b_name.as_str()),
            ("friends1User", "friends2User")
        );
    }

    #[test]
    fn nested_type_names() {
        let dm = DataModel::parse(
            r#"type Author { id: ID! contactDetails: ContactDetails @relation(name: "A") }
               type ContactDetails { id: ID! author: Author @relation(name: "A") }"#,
        )
        .unwrap();
        assert_eq!(
            nested_create_type(&dm, 0, "contactDetails").as_deref(),
            Some("AuthorcontactDetailsContactDetails")
        );
    }
}
