//! End to end through `Executor::execute` with the Prisma 1 dialect: argument conversion,
//! one transaction per root field, snapshot/live output, Prisma's error codes and texts.

use crate::common::*;
use crudspec_reference::Dialect;
use serde_json::{Value, json};

#[tokio::test]
async fn create_update_upsert_delete_round_trip() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let d = ok(&ex, r#"mutation { createUser(data: {username: "zeus", name: "Z"}) { id username name posts { id } } }"#).await;
    let id = d["createUser"]["id"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 25, "cuid-shaped id: {id}");
    assert_eq!(d["createUser"]["posts"], json!([]));

    let d = ok(&ex, r#"mutation { updateUser(where: {username: "zeus"}, data: {name: null, username: "zeus2"}) { id username name } }"#).await;
    assert_eq!(
        d["updateUser"],
        json!({"id": id, "username": "zeus2", "name": null})
    );

    let d = ok(&ex, r#"mutation { upsertUser(where: {username: "zeus2"}, create: {username: "new"}, update: {name: "up"}) { username name } }"#).await;
    assert_eq!(d["upsertUser"], json!({"username": "zeus2", "name": "up"}));
    let d = ok(&ex, r#"mutation { upsertUser(where: {username: "nobody"}, create: {username: "created"}, update: {name: "x"}) { username name } }"#).await;
    assert_eq!(
        d["upsertUser"],
        json!({"username": "created", "name": null})
    );

    // delete returns the values read before deletion
    let d = ok(
        &ex,
        &format!(r#"mutation {{ deleteUser(where: {{id: "{id}"}}) {{ id username name }} }}"#),
    )
    .await;
    assert_eq!(
        d["deleteUser"],
        json!({"id": id, "username": "zeus2", "name": "up"})
    );
    let d = ok(&ex, "{ users { username } }").await;
    assert_eq!(d, json!({"users": [{"username": "created"}]}));
}

#[tokio::test]
async fn update_and_delete_misses_are_3039_with_null_data() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let r = run(&ex, r#"mutation { updateUser(where: {username: "NOT A VALID ALIAS"}, data: {name: "x"}) { id } }"#).await;
    assert_eq!(r["data"], json!({"updateUser": null}));
    assert_eq!(only_code(&r), Some(3039));
    assert_eq!(
        errors(&r)[0]["message"],
        "No Node for the model User with value NOT A VALID ALIAS for username found."
    );
    assert_eq!(errors(&r)[0]["path"], json!(["updateUser"]));
    let r = run(
        &ex,
        r#"mutation { deleteUser(where: {id: "nope"}) { id } }"#,
    )
    .await;
    assert_eq!(r["data"], json!({"deleteUser": null}));
    assert_eq!(only_code(&r), Some(3039));
    let r = run(&ex, r#"mutation { deleteUser(where: {}) { id } }"#).await;
    assert_eq!(only_code(&r), Some(3040));
}

#[tokio::test]
async fn root_fields_run_serially_each_in_its_own_transaction() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let d = ok(&ex, r#"mutation { a: createUser(data: {username: "a"}) { username } b: createUser(data: {username: "b"}) { username } }"#).await;
    assert_eq!(d, json!({"a": {"username": "a"}, "b": {"username": "b"}}));
    // The second field fails (3010); the first one is kept; `data` is null because the failed
    // field is non-null.
    let r = run(&ex, r#"mutation { c: createUser(data: {username: "c"}) { username } d: createUser(data: {username: "a"}) { username } }"#).await;
    assert_eq!(r["data"], Value::Null);
    assert_eq!(only_code(&r), Some(3010));
    let e = &errors(&r)[0];
    assert_eq!(
        e["message"],
        "A unique constraint would be violated on User. Details: Field name = username"
    );
    assert_eq!(e["path"], json!(["d"]));
    let d = ok(&ex, "{ users(orderBy: username_ASC) { username } }").await;
    assert_eq!(
        d,
        json!({"users": [{"username": "a"}, {"username": "b"}, {"username": "c"}]})
    );
}

#[tokio::test]
async fn nested_create_connect_and_rollback() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let d = ok(&ex, r#"mutation { createUser(data: {username: "u", posts: {create: [{title: "p1"}, {title: "p2"}]}}) { posts { title author { username } } } }"#).await;
    assert_eq!(
        d["createUser"]["posts"],
        json!([{"title": "p1", "author": {"username": "u"}}, {"title": "p2", "author": {"username": "u"}}])
    );
    // single object where a list is expected: list input coercion
    let d = ok(&ex, r#"mutation { createPost(data: {title: "p3", author: {connect: {username: "u"}}}) { id } }"#).await;
    let p3 = d["createPost"]["id"].as_str().unwrap().to_string();
    ok(
        &ex,
        r#"mutation { createUser(data: {username: "v"}) { id } }"#,
    )
    .await;
    let d = ok(&ex, &format!(r#"mutation {{ updateUser(where: {{username: "v"}}, data: {{posts: {{connect: {{id: "{p3}"}}}}}}) {{ posts {{ title }} }} }}"#)).await;
    assert_eq!(d["updateUser"]["posts"], json!([{"title": "p3"}]));
    // p3 moved from u to v
    let d = ok(
        &ex,
        r#"{ user(where: {username: "u"}) { posts { title } } }"#,
    )
    .await;
    assert_eq!(
        d["user"]["posts"],
        json!([{"title": "p1"}, {"title": "p2"}])
    );
    // a failing connect rolls the whole mutation back
    let r = run(&ex, r#"mutation { createUser(data: {username: "w", posts: {connect: [{id: "DOES NOT EXIST"}]}}) { id } }"#).await;
    assert_eq!(only_code(&r), Some(3039));
    assert_eq!(
        errors(&r)[0]["message"],
        "No Node for the model Post with value DOES NOT EXIST for id found."
    );
    let d = ok(&ex, r#"{ user(where: {username: "w"}) { id } }"#).await;
    assert_eq!(d, json!({"user": null}));
}

#[tokio::test]
async fn relation_null_is_a_no_op_and_false_flags_are_ignored() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let d = ok(&ex, r#"mutation { createUser(data: {username: "u", posts: {create: {title: "t"}}}) { posts { id } } }"#).await;
    let post = d["createUser"]["posts"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let d = ok(&ex, &format!(r#"mutation {{ updatePost(where: {{id: "{post}"}}, data: {{title: "t2", author: null}}) {{ title author {{ username }} }} }}"#)).await;
    assert_eq!(
        d["updatePost"],
        json!({"title": "t2", "author": {"username": "u"}})
    );
    let d = ok(&ex, r#"mutation { updateUser(where: {username: "u"}, data: {posts: null}) { posts { title } } }"#).await;
    assert_eq!(d["updateUser"]["posts"], json!([{"title": "t2"}]));
}

#[tokio::test]
async fn to_one_disconnect_and_delete_flags() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let d = ok(
        &ex,
        r#"mutation { createPost(data: {title: "t", author: {create: {username: "u"}}}) { id } }"#,
    )
    .await;
    let id = d["createPost"]["id"].as_str().unwrap().to_string();
    let upd = |data: &str| {
        format!(
            r#"mutation {{ updatePost(where: {{id: "{id}"}}, data: {data}) {{ author {{ username }} }} }}"#
        )
    };
    let d = ok(&ex, &upd("{author: null}")).await;
    assert_eq!(d["updatePost"]["author"], json!({"username": "u"}));
    let d = ok(&ex, &upd("{author: {disconnect: false, delete: false}}")).await;
    assert_eq!(d["updatePost"]["author"], json!({"username": "u"}));
    let d = ok(&ex, &upd("{author: {disconnect: true}}")).await;
    assert_eq!(d["updatePost"]["author"], Value::Null);
    // the user survives the disconnect
    assert_eq!(
        ok(&ex, "{ users { username } }").await,
        json!({"users": [{"username": "u"}]})
    );
    // nothing connected any more: 3041
    let r = run(&ex, &upd("{author: {disconnect: true}}")).await;
    assert_eq!(r["data"], json!({"updatePost": null}));
    assert_eq!(only_code(&r), Some(3041));
    assert_eq!(
        errors(&r)[0]["message"],
        format!(
            "The relation PostToUser has no node for the model Post with the value '{id}' for the field 'id' connected to a node for the model User on your mutation path."
        )
    );
}

#[tokio::test]
async fn scalar_lists_set_single_value_and_null() {
    let ex = deploy(Dialect::Prisma1, "user_scalar_lists");
    let d = ok(&ex, r#"mutation { createUser(data: {scores: {set: [2, 1]}, friends: {set: "a"}, coinFlips: {set: [false, true]}}) { id scores friends coinFlips } }"#).await;
    let id = d["createUser"]["id"].as_str().unwrap().to_string();
    assert_eq!(d["createUser"]["scores"], json!([2, 1]));
    assert_eq!(d["createUser"]["friends"], json!(["a"]));
    let upd = |data: &str| {
        format!(
            r#"mutation {{ updateUser(where: {{id: "{id}"}}, data: {data}) {{ scores friends }} }}"#
        )
    };
    let d = ok(&ex, &upd("{scores: {set: 1}}")).await;
    assert_eq!(d["updateUser"], json!({"scores": [1], "friends": ["a"]}));
    let d = ok(&ex, &upd("{scores: {set: null}, friends: {set: []}}")).await;
    assert_eq!(d["updateUser"], json!({"scores": [], "friends": []}));
    let d = ok(
        &ex,
        r#"mutation { updateManyUsers(data: {scores: {set: [10, 20, 30]}}) { count } }"#,
    )
    .await;
    assert_eq!(d["updateManyUsers"]["count"], 1);
    let d = ok(&ex, "{ users { scores } }").await;
    assert_eq!(d["users"][0]["scores"], json!([10, 20, 30]));
}

#[tokio::test]
async fn scalar_types_datetime_json_float() {
    let ex = crudspec_reference::Executor::deploy(
        Dialect::Prisma1,
        r#"enum Color { RED BLUE }
           type Thing { id: ID! @unique at: DateTime meta: Json rating: Float color: Color tags: [Color!]! n: Int! @default(value: 7) }"#,
        Default::default(),
    )
    .unwrap();
    let d = ok(&ex, r#"mutation { createThing(data: {at: "2016", meta: "{\"a\": [1, 2]}", rating: 3, color: RED, tags: {set: [BLUE, RED]}}) { at meta rating color tags n } }"#).await;
    assert_eq!(
        d["createThing"],
        json!({"at": "2016-01-01T00:00:00.000Z", "meta": {"a": [1, 2]}, "rating": 3.0, "color": "RED", "tags": ["BLUE", "RED"], "n": 7})
    );
    let d = ok(
        &ex,
        r#"mutation { createThing(data: {meta: {b: true}}) { meta } }"#,
    )
    .await;
    assert_eq!(d["createThing"]["meta"], json!({"b": true}));
    // invalid DateTime and JSON are validation errors without code
    for bad in [r#"{at: "yesterday"}"#, r#"{meta: "not json"}"#] {
        let r = run(
            &ex,
            &format!("mutation {{ createThing(data: {bad}) {{ id }} }}"),
        )
        .await;
        assert!(errors(&r)[0].get("code").is_none(), "{r:#}");
    }
    let d = ok(
        &ex,
        r#"{ things(where: {at_gte: "2015-06", color_in: RED}) { color } }"#,
    )
    .await;
    assert_eq!(d["things"], json!([{"color": "RED"}]));
    // explicit null for a required field with a default: 3036
    let r = run(&ex, r#"mutation { createThing(data: {n: null}) { id } }"#).await;
    assert_eq!(only_code(&r), Some(3036));
    assert_eq!(
        errors(&r)[0]["message"],
        "The input value null was not valid for field n of type Thing."
    );
}

#[tokio::test]
async fn filters_order_pagination_and_connection() {
    let ex = deploy(Dialect::Prisma1, "post_single");
    for (t, p) in [("b", true), ("a", false), ("c", true), ("d", false)] {
        ok(
            &ex,
            &format!(
                r#"mutation {{ createPost(data: {{title: "{t}", published: {p}}}) {{ id }} }}"#
            ),
        )
        .await;
    }
    let d = ok(
        &ex,
        r#"{ posts(where: {published: true}, orderBy: title_DESC) { title } }"#,
    )
    .await;
    assert_eq!(d["posts"], json!([{"title": "c"}, {"title": "b"}]));
    let d = ok(
        &ex,
        r#"{ posts(where: {OR: [{title: "a"}, {title_in: ["d"]}]}) { title } }"#,
    )
    .await;
    assert_eq!(d["posts"], json!([{"title": "a"}, {"title": "d"}]));
    let d = ok(&ex, r#"{ posts(where: {NOT: {title_starts_with: "a"}, title_not_in: "d"}, skip: 1) { title } }"#).await;
    assert_eq!(d["posts"], json!([{"title": "c"}]));
    let d = ok(
        &ex,
        r#"{ posts(first: 2) { title } p: posts(last: 1) { title } }"#,
    )
    .await;
    assert_eq!(
        d,
        json!({"posts": [{"title": "b"}, {"title": "a"}], "p": [{"title": "d"}]})
    );
    let d = ok(&ex, r#"{ postsConnection(where: {published: false}) { aggregate { count } edges { node { title } } pageInfo { hasNextPage hasPreviousPage } } }"#).await;
    assert_eq!(
        d["postsConnection"],
        json!({"aggregate": {"count": 2}, "edges": [{"node": {"title": "a"}}, {"node": {"title": "d"}}], "pageInfo": {"hasNextPage": false, "hasPreviousPage": false}})
    );
    let d = ok(
        &ex,
        r#"{ postsConnection(first: 1) { aggregate { count } pageInfo { hasNextPage } } }"#,
    )
    .await;
    assert_eq!(
        d["postsConnection"],
        json!({"aggregate": {"count": 1}, "pageInfo": {"hasNextPage": true}})
    );
    let r = run(&ex, "{ posts(first: -1) { id } }").await;
    assert_eq!(only_code(&r), Some(3026));
    let d = ok(
        &ex,
        r#"mutation { deleteManyPosts(where: {title_in: ["a", "b"]}) { count } }"#,
    )
    .await;
    assert_eq!(d["deleteManyPosts"]["count"], 2);
    let d = ok(
        &ex,
        r#"mutation { updateManyPosts(data: {text: "x"}) { count } }"#,
    )
    .await;
    assert_eq!(d["updateManyPosts"]["count"], 2);
    let d = ok(&ex, r#"mutation { deleteManyPosts { count } }"#).await;
    assert_eq!(d["deleteManyPosts"]["count"], 2);
}

#[tokio::test]
async fn related_lists_come_back_in_id_order_with_arguments() {
    let ex = deploy(Dialect::Prisma1, "relation_pm_cm");
    for c in ["c1", "c2", "c3", "c4"] {
        ok(
            &ex,
            &format!(r#"mutation {{ createChild(data: {{c: "{c}"}}) {{ id }} }}"#),
        )
        .await;
    }
    ok(&ex, r#"mutation { createParent(data: {p: "p2", childrenOpt: {connect: [{c: "c3"}, {c: "c4"}]}}) { id } }"#).await;
    let d = ok(&ex, r#"mutation { updateParent(where: {p: "p2"}, data: {childrenOpt: {connect: [{c: "c2"}, {c: "c1"}, {c: "c2"}]}}) { childrenOpt { c } } }"#).await;
    assert_eq!(
        d["updateParent"]["childrenOpt"],
        json!([{"c": "c1"}, {"c": "c2"}, {"c": "c3"}, {"c": "c4"}])
    );
    let d = ok(&ex, r#"{ parent(where: {p: "p2"}) { childrenOpt(where: {c_in: ["c2", "c4"]}, orderBy: c_DESC) { c } } }"#).await;
    assert_eq!(
        d["parent"]["childrenOpt"],
        json!([{"c": "c4"}, {"c": "c2"}])
    );
    let d = ok(
        &ex,
        r#"{ children(where: {parentsOpt_some: {p: "p2"}}) { c } }"#,
    )
    .await;
    assert_eq!(d["children"].as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn required_relations_give_3042_and_3032() {
    let ex = deploy(Dialect::Prisma1, "relation_p1req_c1req");
    ok(
        &ex,
        r#"mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }"#,
    )
    .await;
    // deleting the parent would leave the child without its required parent
    let r = run(&ex, r#"mutation { deleteParent(where: {p: "p1"}) { id } }"#).await;
    assert_eq!(only_code(&r), Some(3042));
    assert_eq!(
        errors(&r)[0]["message"],
        "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"
    );
    // a required relation input with neither create nor connect
    let r = run(
        &ex,
        r#"mutation { createParent(data: {p: "p2", childReq: {}}) { id } }"#,
    )
    .await;
    assert_eq!(only_code(&r), Some(3032));
    assert_eq!(
        errors(&r)[0]["message"],
        "The field 'childReq' on type 'Parent' is required. Performing this mutation would violate that constraint"
    );
    // disconnect is not in the schema of a required to-one: validation error
    let r = run(&ex, r#"mutation { updateParent(where: {p: "p1"}, data: {childReq: {disconnect: true}}) { id } }"#).await;
    assert!(errors(&r)[0].get("code").is_none());
    // nothing changed
    let d = ok(&ex, "{ parents { p childReq { c } } }").await;
    assert_eq!(
        d,
        json!({"parents": [{"p": "p1", "childReq": {"c": "c1"}}]})
    );
}

#[tokio::test]
async fn nested_to_many_operations() {
    let ex = deploy(Dialect::Prisma1, "relation_pm_c1opt");
    ok(&ex, r#"mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}, {c: "c3"}]}}) { id } }"#).await;
    let d = ok(
        &ex,
        r#"mutation { updateParent(where: {p: "p1"}, data: {childrenOpt: {
        update: {where: {c: "c1"}, data: {test: "u1"}},
        updateMany: {where: {c_in: ["c2", "c3"]}, data: {test: "many"}},
        deleteMany: {c: "c3"},
        upsert: {where: {c: "c9"}, update: {test: "no"}, create: {c: "c9", test: "new"}}
    }}) { childrenOpt { c test } } }"#,
    )
    .await;
    assert_eq!(
        d["updateParent"]["childrenOpt"],
        json!([{"c": "c1", "test": "u1"}, {"c": "c2", "test": "many"}, {"c": "c9", "test": "new"}])
    );
    // disconnect of a node that exists but is not connected: 3041 with both selectors
    ok(
        &ex,
        r#"mutation { createChild(data: {c: "other"}) { id } }"#,
    )
    .await;
    let r = run(&ex, r#"mutation { updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "c1"}, {c: "other"}]}}) { id } }"#).await;
    assert_eq!(only_code(&r), Some(3041));
    // set replaces the whole link set
    let d = ok(&ex, r#"mutation { updateParent(where: {p: "p1"}, data: {childrenOpt: {set: {c: "other"}}}) { childrenOpt { c } } }"#).await;
    assert_eq!(d["updateParent"]["childrenOpt"], json!([{"c": "other"}]));
    let d = ok(&ex, r#"{ childrenConnection { aggregate { count } } }"#).await;
    assert_eq!(d["childrenConnection"]["aggregate"]["count"], 4);
}

#[tokio::test]
async fn variables_and_fragments() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let d = run_vars(
        &ex,
        "mutation ($d: UserCreateInput!) { createUser(data: $d) { ...U } } fragment U on User { username posts { title } }",
        json!({"d": {"username": "u", "posts": {"create": {"title": "t"}}}}),
    )
    .await;
    assert_eq!(
        d,
        json!({"data": {"createUser": {"username": "u", "posts": [{"title": "t"}]}}})
    );
}

#[tokio::test]
async fn reset_empties_the_store() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    ok(
        &ex,
        r#"mutation { createUser(data: {username: "u"}) { id } }"#,
    )
    .await;
    ex.reset();
    assert_eq!(ok(&ex, "{ users { id } }").await, json!({"users": []}));
    ok(
        &ex,
        r#"mutation { createUser(data: {username: "u"}) { id } }"#,
    )
    .await;
}
