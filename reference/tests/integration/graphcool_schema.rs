//! The generated Graphcool Simple API as clients see it through introspection (dialects.md
//! §1.1): nested create type names, flat arguments, relation mutation names and payloads,
//! queries and meta fields, the built-in `File`, and the deploy rules of Graphcool SDL.

use crate::common::*;
use crudspec_reference::{DeployError, Dialect, Executor, ExecutorOptions};
use serde_json::{Value, json};

/// SEED 003's blog with the relation of the relation-mutation examples (Post declared first).
const AUTHOR_POSTS: &str = r#"
type Post @model {
  id: ID! @isUnique
  title: String!
  slug: String @isUnique
  author: User @relation(name: "AuthorPosts")
}
type User @model {
  id: ID! @isUnique
  name: String!
  posts: [Post!]! @relation(name: "AuthorPosts")
}
"#;

fn gc(sdl: &str) -> Executor {
    Executor::deploy(Dialect::Graphcool, sdl, ExecutorOptions::default())
        .unwrap_or_else(|e| panic!("deploy: {e}"))
}

fn render(ty: &Value) -> String {
    match ty["kind"].as_str() {
        Some("NON_NULL") => format!("{}!", render(&ty["ofType"])),
        Some("LIST") => format!("[{}]", render(&ty["ofType"])),
        _ => ty["name"].as_str().unwrap_or("?").to_string(),
    }
}

/// `name: TYPE` of a type's fields or input fields; None when the type does not exist.
async fn fields(ex: &Executor, name: &str) -> Option<Vec<String>> {
    let q = format!(
        r#"{{ __type(name: "{name}") {{ fields {{ name type {{ ...T }} }} inputFields {{ name type {{ ...T }} }} }} }}
           fragment T on __Type {{ kind name ofType {{ kind name ofType {{ kind name ofType {{ kind name }} }} }} }}"#
    );
    let t = ok(ex, &q).await["__type"].clone();
    if t.is_null() {
        return None;
    }
    let list = t["fields"].as_array().or(t["inputFields"].as_array())?;
    Some(
        list.iter()
            .map(|f| {
                format!(
                    "{}: {}",
                    f["name"].as_str().unwrap_or(""),
                    render(&f["type"])
                )
            })
            .collect(),
    )
}

/// `name(arg: TYPE, ...): TYPE` of a root field.
async fn root_field(ex: &Executor, root: &str, field: &str) -> Option<String> {
    let q = format!(
        r#"{{ __type(name: "{root}") {{ fields {{ name args {{ name type {{ ...T }} }} type {{ ...T }} }} }} }}
           fragment T on __Type {{ kind name ofType {{ kind name ofType {{ kind name ofType {{ kind name }} }} }} }}"#
    );
    let data = ok(ex, &q).await;
    let f = data["__type"]["fields"]
        .as_array()?
        .iter()
        .find(|f| f["name"] == field)?
        .clone();
    let args: Vec<String> = f["args"]
        .as_array()?
        .iter()
        .map(|a| {
            format!(
                "{}: {}",
                a["name"].as_str().unwrap_or(""),
                render(&a["type"])
            )
        })
        .collect();
    Some(format!(
        "{field}({}): {}",
        args.join(", "),
        render(&f["type"])
    ))
}

async fn root_names(ex: &Executor, root: &str) -> Vec<String> {
    let data = ok(
        ex,
        &format!(r#"{{ __type(name: "{root}") {{ fields {{ name }} }} }}"#),
    )
    .await;
    data["__type"]["fields"]
        .as_array()
        .map(|v| {
            v.iter()
                .map(|f| f["name"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn nested_create_types_are_named_parent_field_child() {
    let ex = deploy(Dialect::Graphcool, "author_contact_posts_graphcool");
    assert_eq!(
        fields(&ex, "AuthorpostsPost").await.unwrap(),
        ["text: String!"],
        "no author/authorId inside AuthorpostsPost"
    );
    assert_eq!(
        fields(&ex, "AuthorcontactDetailsContactDetails")
            .await
            .unwrap(),
        ["email: String!"]
    );
    assert_eq!(
        root_field(&ex, "Mutation", "createAuthor").await.unwrap(),
        "createAuthor(description: String!, contactDetailsId: ID, contactDetails: AuthorcontactDetailsContactDetails, postsIds: [ID!], posts: [AuthorpostsPost!]): Author"
    );
    assert_eq!(
        root_field(&ex, "Mutation", "updateAuthor").await.unwrap(),
        "updateAuthor(id: ID!, description: String, contactDetailsId: ID, contactDetails: AuthorcontactDetailsContactDetails, postsIds: [ID!], posts: [AuthorpostsPost!]): Author"
    );
    // A to-many back field stays in the nested type (InputTypesBuilder omits to-one ones only).
    assert_eq!(
        fields(&ex, "PostauthorAuthor").await.unwrap(),
        [
            "description: String!",
            "contactDetailsId: ID",
            "contactDetails: AuthorcontactDetailsContactDetails",
            "postsIds: [ID!]",
            "posts: [AuthorpostsPost!]"
        ]
    );
}

#[tokio::test]
async fn queries_lists_and_meta_fields() {
    let ex = gc(AUTHOR_POSTS);
    let queries = root_names(&ex, "Query").await;
    assert_eq!(
        queries,
        [
            "allPosts",
            "allUsers",
            "allFiles",
            "_allPostsMeta",
            "_allUsersMeta",
            "_allFilesMeta",
            "Post",
            "User",
            "File",
            "user",
            "node"
        ]
    );
    assert_eq!(
        root_field(&ex, "Query", "allPosts").await.unwrap(),
        "allPosts(filter: PostFilter, orderBy: PostOrderBy, skip: Int, after: String, before: String, first: Int, last: Int): [Post!]!"
    );
    assert_eq!(
        root_field(&ex, "Query", "_allPostsMeta").await.unwrap(),
        "_allPostsMeta(filter: PostFilter, orderBy: PostOrderBy, skip: Int, after: String, before: String, first: Int, last: Int): _QueryMeta!"
    );
    assert_eq!(
        root_field(&ex, "Query", "Post").await.unwrap(),
        "Post(id: ID, slug: String): Post"
    );
    assert_eq!(fields(&ex, "_QueryMeta").await.unwrap(), ["count: Int!"]);
    assert_eq!(
        fields(&ex, "User").await.unwrap(),
        [
            "id: ID!",
            "name: String!",
            "posts: [Post!]!",
            "_postsMeta: _QueryMeta!"
        ]
    );
    let filter = fields(&ex, "PostFilter").await.unwrap();
    assert_eq!(filter[..2], ["AND: [PostFilter!]", "OR: [PostFilter!]"]);
    assert!(filter.contains(&"author: UserFilter".to_string()));
    assert!(!filter.iter().any(|f| f.starts_with("NOT")));
    let user = fields(&ex, "UserFilter").await.unwrap();
    for q in ["posts_every", "posts_some", "posts_none"] {
        assert!(user.contains(&format!("{q}: PostFilter")), "{q}");
    }
}

#[tokio::test]
async fn relation_mutations_follow_graphcool_names() {
    let ex = gc(AUTHOR_POSTS);
    assert_eq!(
        root_field(&ex, "Mutation", "addToAuthorPosts")
            .await
            .unwrap(),
        "addToAuthorPosts(authorUserId: ID!, postsPostId: ID!): AddToAuthorPostsPayload"
    );
    assert_eq!(
        fields(&ex, "AddToAuthorPostsPayload").await.unwrap(),
        ["postsPost: Post", "authorUser: User"]
    );
    assert!(
        root_field(&ex, "Mutation", "removeFromAuthorPosts")
            .await
            .is_some()
    );
    let meta = gc(r#"
        type Post @model { id: ID! @isUnique title: String! metaInformation: MetaInformation @relation(name: "PostMetaInformation") }
        type MetaInformation @model { id: ID! @isUnique tags: [String!] post: Post @relation(name: "PostMetaInformation") }"#);
    assert_eq!(
        root_field(&meta, "Mutation", "setPostMetaInformation")
            .await
            .unwrap(),
        "setPostMetaInformation(metaInformationMetaInformationId: ID!, postPostId: ID!): SetPostMetaInformationPayload"
    );
    assert_eq!(
        fields(&meta, "UnsetPostMetaInformationPayload")
            .await
            .unwrap(),
        [
            "postPost: Post",
            "metaInformationMetaInformation: MetaInformation"
        ]
    );
    let movies = gc(r#"
        type Actor @model { id: ID! @isUnique name: String! movies: [Movie!]! @relation(name: "MovieActors") }
        type Movie @model { id: ID! @isUnique title: String! actors: [Actor!]! @relation(name: "MovieActors") }"#);
    assert_eq!(
        root_field(&movies, "Mutation", "removeFromMovieActors")
            .await
            .unwrap(),
        "removeFromMovieActors(moviesMovieId: ID!, actorsActorId: ID!): RemoveFromMovieActorsPayload"
    );
    // Seed 003's schema with relation WrittenPosts (ERR-003-5).
    let written = gc(r#"
        type Post @model { id: ID! @isUnique title: String! author: User @relation(name: "WrittenPosts") }
        type User @model { id: ID! @isUnique name: String! writtenPosts: [Post!]! @relation(name: "WrittenPosts") }"#);
    assert_eq!(
        root_field(&written, "Mutation", "addToWrittenPosts")
            .await
            .unwrap(),
        "addToWrittenPosts(authorUserId: ID!, writtenPostsPostId: ID!): AddToWrittenPostsPayload"
    );
}

#[tokio::test]
async fn unset_and_remove_from_are_left_out_where_a_side_is_required() {
    let ex = deploy(Dialect::Graphcool, "author_posts_required_graphcool");
    let m = root_names(&ex, "Mutation").await;
    assert!(m.contains(&"addToAuthorPosts".to_string()));
    assert!(!m.contains(&"removeFromAuthorPosts".to_string()), "{m:?}");
    let r = run(
        &ex,
        r#"mutation { removeFromAuthorPosts(postsPostId: "a", authorAuthorId: "b") { authorAuthor { id } } }"#,
    )
    .await;
    assert_eq!(errors(&r)[0].get("code"), None, "{r}");
    assert_eq!(r["data"], Value::Null);
}

#[tokio::test]
async fn mutation_order_and_the_user_and_file_models() {
    let ex = gc(AUTHOR_POSTS);
    assert_eq!(
        root_names(&ex, "Mutation").await,
        [
            "createPost",
            "updatePost",
            "updateUser",
            "updateFile",
            "updateOrCreatePost",
            "updateOrCreateUser",
            "deletePost",
            "deleteUser",
            "deleteFile",
            "addToAuthorPosts",
            "removeFromAuthorPosts"
        ],
        "no createUser (auth providers create users), no createFile (uploads create files)"
    );
    assert_eq!(
        root_field(&ex, "Mutation", "updateFile").await.unwrap(),
        "updateFile(id: ID!, name: String): File"
    );
    assert_eq!(
        root_field(&ex, "Query", "File").await.unwrap(),
        "File(id: ID, secret: String, url: String): File"
    );
    assert_eq!(
        fields(&ex, "File").await.unwrap(),
        [
            "contentType: String!",
            "createdAt: DateTime!",
            "id: ID!",
            "name: String!",
            "secret: String!",
            "size: Int!",
            "updatedAt: DateTime!",
            "url: String!"
        ]
    );
    assert_eq!(
        root_field(&ex, "Mutation", "updateOrCreatePost")
            .await
            .unwrap(),
        "updateOrCreatePost(update: UpdatePost!, create: CreatePost!): Post"
    );
    assert_eq!(
        fields(&ex, "UpdatePost").await.unwrap(),
        [
            "id: ID!",
            "title: String",
            "slug: String",
            "authorId: ID",
            "author: PostauthorUser"
        ]
    );
}

#[tokio::test]
async fn scalar_arguments_defaults_lists_and_plurals() {
    let ex = gc(r#"
        type Todo @model {
          id: ID! @isUnique
          title: String!
          done: Boolean! @defaultValue(value: false)
          tags: [String!]!
          notes: [String!]
          createdAt: DateTime!
        }"#);
    assert_eq!(
        root_field(&ex, "Mutation", "createTodo").await.unwrap(),
        "createTodo(title: String!, done: Boolean, tags: [String!]!, notes: [String!]): Todo"
    );
    assert!(
        root_names(&ex, "Query")
            .await
            .contains(&"allTodoes".to_string())
    );
    assert_eq!(
        fields(&ex, "Todo").await.unwrap(),
        [
            "id: ID!",
            "title: String!",
            "done: Boolean!",
            "tags: [String!]!",
            "notes: [String!]",
            "createdAt: DateTime!"
        ]
    );
    // Graphcool keeps an Evo Inflector plural that equals the singular.
    let fish = gc("type Fish @model { id: ID! @isUnique name: String }");
    assert!(
        root_names(&fish, "Query")
            .await
            .contains(&"allFish".to_string())
    );
    let children = gc("type StepChild @model { id: ID! @isUnique name: String }");
    assert!(
        root_names(&children, "Query")
            .await
            .contains(&"allStepChildren".to_string())
    );
}

#[tokio::test]
async fn self_relations_and_one_sided_relations() {
    let ex = gc(r#"
        type User @model { id: ID! @isUnique name: String
          friends: [User!]! @relation(name: "Friends") friendOf: [User!]! @relation(name: "Friends")
          boss: User @relation(name: "Boss") }"#);
    assert_eq!(
        root_field(&ex, "Mutation", "addToFriends").await.unwrap(),
        "addToFriends(friendsUserId: ID!, friendOfUserId: ID!): AddToFriendsPayload"
    );
    assert_eq!(
        root_field(&ex, "Mutation", "addToBoss").await.unwrap(),
        "addToBoss(boss1UserId: ID!, boss2UserId: ID!): AddToBossPayload"
    );
}

#[tokio::test]
async fn graphcool_sdl_rules_at_deploy() {
    // Relations must be named.
    let e = Executor::deploy(
        Dialect::Graphcool,
        "type A @model { id: ID! @isUnique b: B }\ntype B @model { id: ID! @isUnique a: A }",
        ExecutorOptions::default(),
    )
    .unwrap_err();
    match e {
        DeployError::DataModel(d) => {
            assert_eq!((d.line, d.column), (1, 35), "{d}");
            assert!(d.message.contains("@relation(name:"), "{d}");
        }
        other => panic!("{other}"),
    }
    // `@model` is optional (seed 001 omits it), `id` may be omitted too.
    let ex = gc("type Note { text: String! }");
    let data = ok(&ex, r#"mutation { createNote(text: "x") { id text } }"#).await;
    assert_eq!(data["createNote"]["text"], json!("x"));
}
