//! 8base's names (dialects.md §2.1, `@8base/schema-name-generator`): a model `Author` is the
//! table `Authors` (the model name pluralised as the generator pluralises, by npm's `pluralize`
//! 7.0.0: `Person` → `People`, `Todo` → `Todos`; see [`plural_8base`]), with
//!
//! - queries `author(id, <unique>)` and `authorsList(...)`; mutations `authorCreate`,
//!   `authorCreateMany`, `authorUpdate`, `authorUpdateByFilter`, `authorDelete`,
//!   `authorDeleteByFilter`, `authorDestroy`, `authorDestroyByFilter`, `authorRestore`;
//! - `AuthorCreateInput`, `AuthorCreateManyInput`, `AuthorUpdateInput`,
//!   `AuthorUpdateByFilterInput`, `AuthorDeleteInput`, `AuthorKeyFilter`, `AuthorFilter`,
//!   `AuthorRelationFilter`, `AuthorSort`, `AuthorListResponse`;
//! - relation inputs `<Table><Field>RelationInput` (create), `<Table><Field>UpdateRelationInput`
//!   (update), `<Table><Field>ManyRelationInput` (createMany), e.g. `AuthorsPostsRelationInput`;
//!   nested create data `<BackField>_<Child>CreateInput` and nested update data
//!   `<BackField>_<Child>UpdateInput` (`Author_PostCreateInput` for `Author.posts` when
//!   `Post.author` is the back field; the parent's table name when the relation has no back
//!   field). Source of the relation-input names: 8base-generated TypeScript types in public
//!   projects (graphql-codegen output of real 8base schemas, e.g. `ApiTokensRolesRelationInput`,
//!   `ApiTokensRolesUpdateRelationInput { connect disconnect reconnect create update }`,
//!   `ApiTokens_RoleCreateInput`, `ApiTokens_RoleUpdateInput { filter data }` on to-many,
//!   `Package_Id_StatusUpdateCreateInput` for a back field `package_id`), which match the
//!   generator's helpers listed in dialects.md §2.1.
//!
//! The generator names a table's records by the singular of the table name, so a model whose
//! plural does not singularise back to it (`Cookie` → `Cookies` → `Cooky`, a model already named
//! in the plural such as `Settings`) has no table on a real 8base; the reference keeps the model
//! name for its records and types and names the list and relation inputs by the plural.
//! `reference/tests/data/8base_names/` holds the generator's own names for 758 model names
//! (`scripts/8base-names/generate.sh`); the test `eightbase_names` compares.

use crate::datamodel::{lower_first, plural_8base, upper_first};

/// The table name of a model (`Author` → `Authors`).
pub fn table(model: &str) -> String {
    plural_8base(model)
}

/// `authorsList`.
pub fn list_query(model: &str) -> String {
    format!("{}List", lower_first(&table(model)))
}

/// `author`.
pub fn single_query(model: &str) -> String {
    lower_first(model)
}

/// `author<Op>` (`authorCreate`, `authorDestroyByFilter`, ...).
pub fn mutation(model: &str, op: &str) -> String {
    format!("{}{op}", lower_first(model))
}

/// The three relation input types of a relation field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationInput {
    /// In `XCreateInput`: `create`, `connect`.
    Create,
    /// In `XUpdateInput`: also `reconnect`, `disconnect`, `update`.
    Update,
    /// In `XCreateManyInput`: `connect` only.
    Many,
}

/// `AuthorsPostsRelationInput` / `...UpdateRelationInput` / `...ManyRelationInput`.
pub fn relation_input(model: &str, field: &str, kind: RelationInput) -> String {
    let suffix = match kind {
        RelationInput::Create => "RelationInput",
        RelationInput::Update => "UpdateRelationInput",
        RelationInput::Many => "ManyRelationInput",
    };
    format!("{}{}{suffix}", table(model), upper_first(field))
}

/// The prefix of nested data types: the child's back field, else the parent's table.
fn nested_prefix(parent: &str, back_field: Option<&str>) -> String {
    match back_field {
        Some(b) => upper_first(b),
        None => table(parent),
    }
}

/// `Author_PostCreateInput`: a child created inside a parent's relation field.
pub fn nested_create(parent: &str, back_field: Option<&str>, child: &str) -> String {
    format!("{}_{child}CreateInput", nested_prefix(parent, back_field))
}

/// `Author_PostUpdateInput`: `{filter, data}` on a to-many field, the data itself on a to-one.
pub fn nested_update(parent: &str, back_field: Option<&str>, child: &str) -> String {
    format!("{}_{child}UpdateInput", nested_prefix(parent, back_field))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_000_names() {
        assert_eq!(table("Author"), "Authors");
        assert_eq!(list_query("Post"), "postsList");
        assert_eq!(list_query("Category"), "categoriesList");
        assert_eq!(mutation("Author", "UpdateByFilter"), "authorUpdateByFilter");
        assert_eq!(
            relation_input("Author", "posts", RelationInput::Update),
            "AuthorsPostsUpdateRelationInput"
        );
        assert_eq!(
            relation_input("Post", "author", RelationInput::Create),
            "PostsAuthorRelationInput"
        );
        assert_eq!(
            nested_create("Author", Some("author"), "Post"),
            "Author_PostCreateInput"
        );
        assert_eq!(nested_update("Post", None, "Tag"), "Posts_TagUpdateInput");
    }
}
