//! Error format (Prisma's `code` and `requestId` at the top level of each error; validation
//! errors without code) and robustness: malformed documents, wrong variables, unknown fields,
//! depth limit, deploy errors. Nothing here may panic.

use crate::common::*;
use crudspec_reference::{DeployError, Dialect, Executor, ExecutorOptions, GraphqlRequest};
use serde_json::{Value, json};

fn assert_validation_error(r: &Value) {
    let errs = errors(r);
    assert!(!errs.is_empty());
    for e in errs {
        assert!(
            e.get("code").is_none(),
            "validation errors carry no code: {r:#}"
        );
        assert!(e.get("extensions").is_none(), "{r:#}");
        assert!(
            e["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{r:#}"
        );
        assert!(e["requestId"].as_str().is_some(), "{r:#}");
    }
    assert_eq!(r["data"], Value::Null, "{r:#}");
}

#[tokio::test]
async fn validation_errors_have_no_code() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    // unknown input field
    assert_validation_error(
        &run(
            &ex,
            r#"mutation { createUser(data: {username: "a", nope: 1}) { id } }"#,
        )
        .await,
    );
    // missing required field
    assert_validation_error(
        &run(&ex, r#"mutation { createUser(data: {name: "a"}) { id } }"#).await,
    );
    // null for a required field without default
    assert_validation_error(
        &run(
            &ex,
            r#"mutation { createUser(data: {username: null}) { id } }"#,
        )
        .await,
    );
    // wrong type
    assert_validation_error(
        &run(
            &ex,
            r#"mutation { createUser(data: {username: 5}) { id } }"#,
        )
        .await,
    );
    // unknown output field
    assert_validation_error(&run(&ex, r#"{ users { id nope } }"#).await);
    // unknown root field
    assert_validation_error(&run(&ex, r#"{ allUsers { id } }"#).await);
    // where on a non-unique field
    assert_validation_error(
        &run(&ex, r#"mutation { deleteUser(where: {name: "x"}) { id } }"#).await,
    );
    // an operation that is not in the schema: updateMany on a to-one
    assert_validation_error(
        &run(&ex, r#"mutation { updatePost(where: {id: "x"}, data: {author: {updateMany: {where: {}, data: {}}}}) { id } }"#).await,
    );
    // nothing was written
    assert_eq!(ok(&ex, "{ users { id } }").await, json!({"users": []}));
}

#[tokio::test]
async fn malformed_documents_and_variables_give_errors_not_panics() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    for q in [
        "",
        "{",
        "mutation { createUser(data: {username: \"a\" }",
        "query { users { id } } query { users { id } }",
        "subscription { users { id } }",
        "{ users(first: \"x\") { id } }",
        "{ users(orderBy: nope_ASC) { id } }",
        "fragment F on User { id } { users { ...G } }",
        "{ __type(name: 1) { name } }",
        "\u{0}\u{1}\u{2}",
    ] {
        let r = run(&ex, q).await;
        assert_validation_error(&r);
    }
    // wrong variable types
    let q = "mutation ($d: UserCreateInput!) { createUser(data: $d) { id } }";
    for vars in [
        json!({"d": {"username": 5}}),
        json!({"d": {"username": "a", "nope": 1}}),
        json!({"d": "text"}),
        json!({}),
    ] {
        let r = run_vars(&ex, q, vars.clone()).await;
        assert_validation_error(&r);
    }
    // variables that are not an object
    let r = ex
        .execute(GraphqlRequest {
            query: "{ users { id } }".into(),
            variables: Some(json!([1, 2])),
            operation_name: None,
        })
        .await;
    assert_validation_error(&r);
    // an unknown operation name
    let r = ex
        .execute(GraphqlRequest {
            query: "query a { users { id } }".into(),
            variables: None,
            operation_name: Some("b".into()),
        })
        .await;
    assert_validation_error(&r);
    // variables as a JSON string are accepted
    let r = ex
        .execute(GraphqlRequest {
            query: "query ($w: UserWhereInput) { users(where: $w) { id } }".into(),
            variables: Some(json!("{\"w\": {\"name\": \"x\"}}")),
            operation_name: None,
        })
        .await;
    assert_eq!(r, json!({"data": {"users": []}}));
}

#[tokio::test]
async fn prisma_errors_carry_code_and_request_id_at_top_level() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let r = run(&ex, "query {\n  user(where: {}) { id }\n}").await;
    assert_eq!(r["data"], json!({"user": null}));
    let e = &errors(&r)[0];
    assert_eq!(e["code"], 3040);
    assert_eq!(
        e["message"],
        "You provided an invalid argument for the where selector on User. Please provide exactly one unique field and value."
    );
    assert_eq!(e["path"], json!(["user"]));
    assert_eq!(e["locations"], json!([{"line": 2, "column": 3}]));
    assert!(e["requestId"].as_str().is_some_and(|s| !s.is_empty()));
    assert!(e.get("extensions").is_none());
    let keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["message", "locations", "path", "code", "requestId"]);

    let r = run(&ex, r#"{ user(where: {id: "a", username: "b"}) { id } }"#).await;
    assert_eq!(only_code(&r), Some(3045));
    // explicit null counts as absent: 3040
    let r = run(&ex, r#"{ user(where: {username: null}) { id } }"#).await;
    assert_eq!(only_code(&r), Some(3040));
    // request ids differ per request
    let r2 = run(&ex, r#"{ user(where: {}) { id } }"#).await;
    assert_ne!(errors(&r2)[0]["requestId"], e["requestId"]);
}

#[tokio::test]
async fn depth_limit_gives_a_clear_error() {
    let ex = deploy_with(
        Dialect::Prisma1,
        "user_posts",
        ExecutorOptions {
            max_depth: 3,
            ..Default::default()
        },
    );
    let r = run(&ex, "{ users { posts { author { posts { id } } } } }").await;
    let errs = errors(&r);
    assert!(
        errs[0]["message"]
            .as_str()
            .unwrap()
            .contains("maximum selection depth is 3"),
        "{r:#}"
    );
    assert!(errs[0].get("code").is_none());
    assert_eq!(ok(&ex, "{ users { id } }").await, json!({"users": []}));
}

#[tokio::test]
async fn deploy_errors_name_line_and_column() {
    let err = Executor::deploy(
        Dialect::Prisma1,
        "type A {\n  id: ID! @unique\n  b: Nope\n}",
        ExecutorOptions::default(),
    )
    .unwrap_err();
    match &err {
        DeployError::DataModel(e) => assert_eq!((e.line, e.column), (3, 3)),
        other => panic!("expected a data-model error, got {other}"),
    }
    assert!(err.to_string().contains("3:3"), "{err}");
    let err =
        Executor::deploy(Dialect::Prisma1, "type A {", ExecutorOptions::default()).unwrap_err();
    assert!(matches!(err, DeployError::DataModel(_)), "{err}");
    // A model named like a generated type cannot be deployed.
    let err = Executor::deploy(
        Dialect::Prisma1,
        "type BatchPayload { id: ID! @unique }",
        ExecutorOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, DeployError::Schema(_)), "{err}");
    // GraphCMS reserves the enum Status.
    let err = Executor::deploy(
        Dialect::GraphCms,
        "enum Status { A B }\ntype P { id: ID! @unique s: Status }",
        ExecutorOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, DeployError::Schema(_)), "{err}");
}

#[test]
fn root_field_names_two_models_share_are_deploy_errors() {
    // Each pair asks for one root field twice; async-graphql would panic on the second.
    for (dialect, sdl, field) in [
        (
            Dialect::Prisma1,
            "type Post { id: ID! @unique }\ntype Posts { id: ID! @unique }",
            "`Query.posts`",
        ),
        (
            Dialect::GraphCms,
            "type Post { id: ID! @unique }\ntype Posts { id: ID! @unique }",
            "`Query.posts`",
        ),
        (
            Dialect::EightBase,
            "type Post { id: ID! @unique }\ntype PostsList { id: ID! @unique }",
            "`Query.postsList`",
        ),
        (
            Dialect::EightBase,
            "type Die { id: ID! @unique }\ntype Dice { id: ID! @unique }",
            "`Query.diceList`",
        ),
        (
            Dialect::Graphcool,
            "type User @model { id: ID! @isUnique }\ntype user @model { id: ID! @isUnique }",
            "`Query.allUsers`",
        ),
    ] {
        let err = Executor::deploy(dialect, sdl, ExecutorOptions::default())
            .err()
            .unwrap_or_else(|| panic!("{dialect:?} deployed {sdl}"));
        assert!(
            matches!(err, DeployError::Schema(_)) && err.to_string().contains(field),
            "{dialect:?}: {err}"
        );
    }
    // A Prisma 1 model `Node` takes the name of the Relay interface (Prisma's own schema
    // generator refuses it too).
    let err = Executor::deploy(
        Dialect::Prisma1,
        "type Node { id: ID! @unique }",
        ExecutorOptions::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("`Node`"), "{err}");
}

#[tokio::test]
async fn executor_accessors() {
    let ex = deploy(Dialect::GraphCms, "blog_user_post");
    assert_eq!(ex.dialect(), Dialect::GraphCms);
    let post = ex.datamodel().model("Post").unwrap();
    assert!(post.field("createdAt").is_some() && post.field("status").is_some());
    assert!(ex.schema_sdl().contains("enum Status"));
    let cloned = ex.clone();
    assert_eq!(cloned.dialect(), Dialect::GraphCms);
}

#[tokio::test]
async fn validation_messages_use_prisma_wording() {
    let ex = deploy(Dialect::Prisma1, "relation_p1req_c1req");
    let first = |r: &Value| errors(r)[0]["message"].as_str().unwrap_or("").to_string();
    let r = run(
        &ex,
        r#"mutation { updateParent(where: {p: "p"}, data: {childReq: {delete: true}}) { id } }"#,
    )
    .await;
    assert_eq!(
        first(&r),
        "Argument 'data' expected type 'ParentUpdateInput!' but got: {childReq: {delete: true}}. Reason: 'childReq.delete' Field 'delete' is not defined in the input type 'ChildUpdateOneRequiredWithoutParentReqInput'."
    );
    let r = run_vars(
        &ex,
        "mutation ($d: ParentCreateInput!) { createParent(data: $d) { id } }",
        json!({"d": {"p": null, "childReq": {"create": {"c": "c"}}}}),
    )
    .await;
    // Variables are coerced on their own, as Sangria does, before the document runs.
    assert_eq!(
        first(&r),
        r#"Variable '$d' expected value of type 'ParentCreateInput!' but got: {"p":null,"childReq":{"create":{"c":"c"}}}. Reason: [in field 'p'] Expected non-null value, found null"#,
        "{r:#}"
    );
    let r = run(
        &ex,
        r#"mutation { createParent(p: "x", data: {p: "x", childReq: {create: {c: "c"}}}) { id } }"#,
    )
    .await;
    assert_eq!(
        first(&r),
        "Unknown argument 'p' on field 'createParent' of type 'Mutation'."
    );
    let r = run(&ex, "mutation { createParent { id } }").await;
    assert_eq!(
        first(&r),
        "Field 'createParent' argument 'data' of type 'ParentCreateInput!' is required but not provided."
    );
    let r = run(&ex, "{ parents { nope } }").await;
    assert_eq!(first(&r), "Cannot query field 'nope' on type 'Parent'.");
    for e in errors(&r) {
        assert!(e.get("code").is_none());
    }
}
