//! The generated Prisma 1.34 / GraphCMS schema as clients see it through introspection:
//! type names of spec §11, shapes of §3/§5/§6, removal of empty input types, system fields.

use crate::common::*;
use crudspec_reference::{Dialect, Executor, ExecutorOptions};
use serde_json::{Value, json};

/// `__type(name)` with fields (input or output) as `name: TYPE` strings, in schema order.
async fn type_fields(ex: &Executor, name: &str) -> Option<Vec<String>> {
    let q = format!(
        r#"{{ __type(name: "{name}") {{ kind
              fields {{ name type {{ ...T }} }}
              inputFields {{ name type {{ ...T }} }}
              enumValues {{ name }} }} }}
           fragment T on __Type {{ kind name ofType {{ kind name ofType {{ kind name ofType {{ kind name }} }} }} }}"#
    );
    let data = ok(ex, &q).await;
    let t = &data["__type"];
    if t.is_null() {
        return None;
    }
    let render = |ty: &Value| -> String {
        fn r(ty: &Value) -> String {
            match ty["kind"].as_str() {
                Some("NON_NULL") => format!("{}!", r(&ty["ofType"])),
                Some("LIST") => format!("[{}]", r(&ty["ofType"])),
                _ => ty["name"].as_str().unwrap_or("?").to_string(),
            }
        }
        r(ty)
    };
    let list = if t["kind"] == "ENUM" {
        t["enumValues"].as_array().map(|v| {
            v.iter()
                .map(|e| e["name"].as_str().unwrap_or("").to_string())
                .collect()
        })
    } else {
        t["fields"]
            .as_array()
            .or(t["inputFields"].as_array())
            .map(|v| {
                v.iter()
                    .map(|f| {
                        format!(
                            "{}: {}",
                            f["name"].as_str().unwrap_or(""),
                            render(&f["type"])
                        )
                    })
                    .collect()
            })
    };
    Some(list.unwrap_or_default())
}

async fn root_fields(ex: &Executor, root: &str) -> Vec<String> {
    type_fields(ex, root)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|f| f.split(':').next().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn userpost_names_and_shapes_are_those_of_prisma_1_34() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    assert_eq!(
        type_fields(&ex, "PostCreateManyWithoutAuthorInput")
            .await
            .unwrap(),
        [
            "create: [PostCreateWithoutAuthorInput!]",
            "connect: [PostWhereUniqueInput!]"
        ]
    );
    assert_eq!(
        type_fields(&ex, "UserUpdateOneWithoutPostsInput")
            .await
            .unwrap(),
        [
            "create: UserCreateWithoutPostsInput",
            "connect: UserWhereUniqueInput",
            "disconnect: Boolean",
            "delete: Boolean",
            "update: UserUpdateWithoutPostsDataInput",
            "upsert: UserUpsertWithoutPostsInput",
        ]
    );
    assert_eq!(
        type_fields(&ex, "PostUpdateManyWithoutAuthorInput")
            .await
            .unwrap(),
        [
            "create: [PostCreateWithoutAuthorInput!]",
            "connect: [PostWhereUniqueInput!]",
            "set: [PostWhereUniqueInput!]",
            "disconnect: [PostWhereUniqueInput!]",
            "delete: [PostWhereUniqueInput!]",
            "update: [PostUpdateWithWhereUniqueWithoutAuthorInput!]",
            "updateMany: [PostUpdateManyWithWhereNestedInput!]",
            "deleteMany: [PostScalarWhereInput!]",
            "upsert: [PostUpsertWithWhereUniqueWithoutAuthorInput!]",
        ]
    );
    assert_eq!(
        type_fields(&ex, "UserWhereUniqueInput").await.unwrap(),
        ["id: ID", "username: String"]
    );
    assert_eq!(
        type_fields(&ex, "BatchPayload").await.unwrap(),
        ["count: Long!"]
    );
    assert_eq!(
        type_fields(&ex, "UserCreateInput").await.unwrap(),
        [
            "id: ID",
            "username: String!",
            "name: String",
            "posts: PostCreateManyWithoutAuthorInput"
        ]
    );
    assert_eq!(
        type_fields(&ex, "PostUpdateWithWhereUniqueWithoutAuthorInput")
            .await
            .unwrap(),
        [
            "where: PostWhereUniqueInput!",
            "data: PostUpdateWithoutAuthorDataInput!"
        ]
    );
    assert_eq!(
        type_fields(&ex, "PostUpsertWithWhereUniqueWithoutAuthorInput")
            .await
            .unwrap(),
        [
            "where: PostWhereUniqueInput!",
            "update: PostUpdateWithoutAuthorDataInput!",
            "create: PostCreateWithoutAuthorInput!"
        ]
    );
    assert_eq!(
        type_fields(&ex, "UserUpsertWithoutPostsInput")
            .await
            .unwrap(),
        [
            "update: UserUpdateWithoutPostsDataInput!",
            "create: UserCreateWithoutPostsInput!"
        ]
    );
    assert_eq!(
        type_fields(&ex, "PostUpdateManyWithWhereNestedInput")
            .await
            .unwrap(),
        [
            "where: PostScalarWhereInput!",
            "data: PostUpdateManyDataInput!"
        ]
    );
    assert_eq!(
        type_fields(&ex, "UserUpdateManyMutationInput")
            .await
            .unwrap(),
        ["username: String", "name: String"]
    );
    let where_input = type_fields(&ex, "UserWhereInput").await.unwrap();
    for f in [
        "AND: [UserWhereInput!]",
        "OR: [UserWhereInput!]",
        "NOT: [UserWhereInput!]",
        "username_not_ends_with: String",
        "id_in: [ID!]",
        "posts_every: PostWhereInput",
        "posts_some: PostWhereInput",
        "posts_none: PostWhereInput",
    ] {
        assert!(
            where_input.contains(&f.to_string()),
            "{f} missing in {where_input:?}"
        );
    }
    let post_where = type_fields(&ex, "PostWhereInput").await.unwrap();
    assert!(post_where.contains(&"author: UserWhereInput".to_string()));
    let scalar_where = type_fields(&ex, "PostScalarWhereInput").await.unwrap();
    assert!(
        !scalar_where.iter().any(|f| f.starts_with("author")),
        "{scalar_where:?}"
    );

    assert_eq!(
        type_fields(&ex, "User").await.unwrap(),
        [
            "id: ID!",
            "username: String!",
            "name: String",
            "posts: [Post!]"
        ]
    );
    assert_eq!(
        type_fields(&ex, "PostOrderByInput").await.unwrap(),
        ["id_ASC", "id_DESC", "title_ASC", "title_DESC"]
    );
    assert_eq!(
        root_fields(&ex, "Mutation").await,
        [
            "createUser",
            "createPost",
            "updateUser",
            "updatePost",
            "deleteUser",
            "deletePost",
            "upsertUser",
            "upsertPost",
            "updateManyUsers",
            "updateManyPosts",
            "deleteManyUsers",
            "deleteManyPosts"
        ]
    );
    assert_eq!(
        root_fields(&ex, "Query").await,
        [
            "users",
            "posts",
            "user",
            "post",
            "usersConnection",
            "postsConnection",
            "node"
        ]
    );
    // Signatures of spec §6.
    let mutation = type_fields(&ex, "Mutation").await.unwrap();
    for sig in [
        "createUser: User!",
        "updateUser: User",
        "upsertUser: User!",
        "deleteUser: User",
        "updateManyUsers: BatchPayload!",
        "deleteManyUsers: BatchPayload!",
    ] {
        assert!(mutation.contains(&sig.to_string()), "{sig} in {mutation:?}");
    }
}

#[tokio::test]
async fn required_to_one_has_no_disconnect_or_delete_and_is_non_null_in_create() {
    let ex = deploy(Dialect::Prisma1, "relation_p1req_c1req");
    assert_eq!(
        type_fields(&ex, "ChildUpdateOneRequiredWithoutParentReqInput")
            .await
            .unwrap(),
        [
            "create: ChildCreateWithoutParentReqInput",
            "connect: ChildWhereUniqueInput",
            "update: ChildUpdateWithoutParentReqDataInput",
            "upsert: ChildUpsertWithoutParentReqInput",
        ]
    );
    let create = type_fields(&ex, "ParentCreateInput").await.unwrap();
    assert!(
        create.contains(&"childReq: ChildCreateOneWithoutParentReqInput!".to_string()),
        "{create:?}"
    );
    let child = type_fields(&ex, "Child").await.unwrap();
    assert!(
        child.contains(&"parentReq: Parent!".to_string()),
        "{child:?}"
    );
    // The optional side of a P1-C1 relation keeps disconnect/delete.
    let ex = deploy(Dialect::Prisma1, "relation_p1opt_c1opt");
    let t = type_fields(&ex, "ChildUpdateOneWithoutParentOptInput")
        .await
        .unwrap();
    assert!(t.contains(&"disconnect: Boolean".to_string()), "{t:?}");
}

#[tokio::test]
async fn full_introspection_succeeds_and_lists_every_generated_type() {
    for fixture in [
        "user_posts",
        "post_single",
        "author_contact_posts",
        "relation_pm_cm",
        "relation_p1req_cm",
        "blog_user_post",
        "user_scalar_lists",
    ] {
        let dialect = if fixture.starts_with("graphcms") {
            Dialect::GraphCms
        } else {
            Dialect::Prisma1
        };
        let ex = deploy(dialect, fixture);
        let data = ok(&ex, INTROSPECTION).await;
        let names: Vec<&str> = data["__schema"]["types"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|t| t["name"].as_str())
            .collect();
        // Every type of the SDL (apart from the built-in directives) is reachable.
        let sdl = ex.schema_sdl();
        for line in sdl.lines() {
            for kw in ["type ", "input ", "enum ", "scalar "] {
                if let Some(rest) = line.strip_prefix(kw) {
                    let name = rest.split([' ', '{']).next().unwrap_or("");
                    assert!(names.contains(&name), "{fixture}: {name} unreachable");
                }
            }
        }
    }
}

#[tokio::test]
async fn plural_and_scalar_list_and_hidden_back_relation_names() {
    let ex = Executor::deploy(
        Dialect::Prisma1,
        r#"type Todo { id: ID! @unique title: String tags: [String!]! roles: [Role!]! owner: Owner }
           type Role { id: ID! @unique name: String! @unique }
           type Owner { id: ID! @unique name: String }"#,
        ExecutorOptions::default(),
    )
    .unwrap();
    let mutation = root_fields(&ex, "Mutation").await;
    assert!(
        mutation.contains(&"updateManyTodoes".to_string()),
        "{mutation:?}"
    );
    assert!(
        root_fields(&ex, "Query")
            .await
            .contains(&"todoes".to_string())
    );
    assert_eq!(
        type_fields(&ex, "TodoCreatetagsInput").await.unwrap(),
        ["set: [String!]"]
    );
    assert_eq!(
        type_fields(&ex, "TodoUpdatetagsInput").await.unwrap(),
        ["set: [String!]"]
    );
    let create = type_fields(&ex, "TodoCreateInput").await.unwrap();
    assert_eq!(
        create,
        [
            "id: ID",
            "title: String",
            "tags: TodoCreatetagsInput",
            "roles: RoleCreateManyInput",
            "owner: OwnerCreateOneInput"
        ]
    );
    assert_eq!(
        type_fields(&ex, "RoleCreateManyInput").await.unwrap(),
        [
            "create: [RoleCreateInput!]",
            "connect: [RoleWhereUniqueInput!]"
        ]
    );
    let many = type_fields(&ex, "RoleUpdateManyInput").await.unwrap();
    assert!(
        many.contains(&"update: [RoleUpdateWithWhereUniqueNestedInput!]".to_string()),
        "{many:?}"
    );
    assert!(
        many.contains(&"upsert: [RoleUpsertWithWhereUniqueNestedInput!]".to_string()),
        "{many:?}"
    );
    assert_eq!(
        type_fields(&ex, "RoleUpdateWithWhereUniqueNestedInput")
            .await
            .unwrap(),
        ["where: RoleWhereUniqueInput!", "data: RoleUpdateDataInput!"]
    );
    let one = type_fields(&ex, "OwnerUpdateOneInput").await.unwrap();
    assert!(
        one.contains(&"upsert: OwnerUpsertNestedInput".to_string()),
        "{one:?}"
    );
    // A hidden back relation has no filter; its visible side does.
    let role_where = type_fields(&ex, "RoleWhereInput").await.unwrap();
    assert!(
        !role_where.iter().any(|f| f.starts_with("todo")),
        "{role_where:?}"
    );
    let todo_where = type_fields(&ex, "TodoWhereInput").await.unwrap();
    assert!(todo_where.contains(&"roles_some: RoleWhereInput".to_string()));
    // Scalar lists have no filters and are `[T!]!` on output.
    assert!(
        !todo_where.iter().any(|f| f.starts_with("tags")),
        "{todo_where:?}"
    );
    assert!(
        type_fields(&ex, "Todo")
            .await
            .unwrap()
            .contains(&"tags: [String!]!".to_string())
    );
}

#[tokio::test]
async fn empty_input_types_and_the_fields_using_them_are_dropped() {
    // C has no writable scalar besides its relation to B, so `CUpdateWithoutBDataInput` is
    // empty: the to-one wrapper loses `update` and `upsert` (Prisma's CUpdateOneWithoutBInput).
    let ex = Executor::deploy(
        Dialect::Prisma1,
        "type B { id: ID! @unique name: String c: C }\ntype C { id: ID! @unique b: B }",
        ExecutorOptions::default(),
    )
    .unwrap();
    assert_eq!(
        type_fields(&ex, "CUpdateOneWithoutBInput").await.unwrap(),
        [
            "create: CCreateWithoutBInput",
            "connect: CWhereUniqueInput",
            "disconnect: Boolean",
            "delete: Boolean"
        ]
    );
    assert_eq!(type_fields(&ex, "CUpdateWithoutBDataInput").await, None);
    assert_eq!(type_fields(&ex, "CUpsertWithoutBInput").await, None);
    assert_eq!(type_fields(&ex, "CUpdateManyMutationInput").await, None);
    let mutation = root_fields(&ex, "Mutation").await;
    assert!(
        !mutation.contains(&"updateManyCs".to_string()),
        "{mutation:?}"
    );
    assert!(mutation.contains(&"updateC".to_string()), "{mutation:?}");
}

#[tokio::test]
async fn graphcms_adds_system_fields_and_status() {
    let ex = deploy(Dialect::GraphCms, "blog_user_post");
    let post = type_fields(&ex, "Post").await.unwrap();
    for f in [
        "createdAt: DateTime!",
        "updatedAt: DateTime!",
        "status: Status!",
    ] {
        assert!(post.contains(&f.to_string()), "{f} in {post:?}");
    }
    assert_eq!(
        type_fields(&ex, "Status").await.unwrap(),
        ["DRAFT", "PUBLISHED", "ARCHIVED"]
    );
    let create = type_fields(&ex, "PostCreateInput").await.unwrap();
    assert!(create.contains(&"status: Status".to_string()), "{create:?}");
    assert!(
        !create
            .iter()
            .any(|f| f.starts_with("createdAt") || f.starts_with("updatedAt"))
    );
    assert!(create.contains(&"author: UserCreateOneWithoutPostsInput!".to_string()));
    let update = type_fields(&ex, "PostUpdateInput").await.unwrap();
    assert!(update.contains(&"status: Status".to_string()));
    assert!(!update.iter().any(|f| f.starts_with("createdAt")));
    let many = type_fields(&ex, "PostUpdateManyMutationInput")
        .await
        .unwrap();
    assert_eq!(many, ["title: String", "status: Status"]);
    let filter = type_fields(&ex, "PostWhereInput").await.unwrap();
    for f in [
        "createdAt_gte: DateTime",
        "createdAt_lt: DateTime",
        "status: Status",
        "status_in: [Status!]",
    ] {
        assert!(filter.contains(&f.to_string()), "{f} in {filter:?}");
    }
    let order = type_fields(&ex, "PostOrderByInput").await.unwrap();
    assert!(
        order.contains(&"createdAt_ASC".to_string())
            && order.contains(&"updatedAt_DESC".to_string())
    );
    // 1.34 shapes by default: a to-one upsert has no `where`.
    assert_eq!(
        type_fields(&ex, "UserUpsertWithoutPostsInput")
            .await
            .unwrap(),
        [
            "update: UserUpdateWithoutPostsDataInput!",
            "create: UserCreateWithoutPostsInput!"
        ]
    );
}

#[tokio::test]
async fn graphcms_legacy_shapes_add_where_to_to_one_update_and_upsert() {
    let ex = deploy_with(
        Dialect::GraphCms,
        "blog_user_post",
        ExecutorOptions {
            legacy_shapes: true,
            ..Default::default()
        },
    );
    assert_eq!(
        type_fields(&ex, "UserUpsertWithoutPostsInput")
            .await
            .unwrap(),
        [
            "where: UserWhereUniqueInput",
            "update: UserUpdateWithoutPostsDataInput!",
            "create: UserCreateWithoutPostsInput!"
        ]
    );
    let data = type_fields(&ex, "UserUpdateWithoutPostsDataInput")
        .await
        .unwrap();
    assert!(
        data.contains(&"where: UserWhereUniqueInput".to_string()),
        "{data:?}"
    );
    assert!(
        data.contains(&"data: UserUpdateWithoutPostsDataInput".to_string()),
        "{data:?}"
    );
    // The Prisma 1 dialect ignores the option.
    let ex = Executor::deploy(
        Dialect::Prisma1,
        &fixture("blog_user_post"),
        ExecutorOptions {
            legacy_shapes: true,
            ..Default::default()
        },
    )
    .unwrap();
    let upsert = type_fields(&ex, "UserUpsertWithoutPostsInput")
        .await
        .unwrap();
    assert!(!upsert.iter().any(|f| f.starts_with("where")));
    assert_eq!(json!(ex.dialect().name()), json!("prisma1"));
}

const INTROSPECTION: &str = r#"
query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}
"#;
