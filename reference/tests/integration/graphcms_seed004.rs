//! Seed 004 (GraphCMS legacy mutations) examples E-004-01 … E-004-16 against the GraphCMS
//! dialect, answered as Prisma 1.34 would (spec dialects.md §3). The seed shows no responses;
//! the expectations follow the prose and Prisma's behaviour. Generated ids are captured, never
//! written literally.

use crate::common::*;
use crudspec_reference::{Dialect, Executor, ExecutorOptions};
use serde_json::{Value, json};

fn blog() -> Executor {
    deploy(Dialect::GraphCms, "blog_user_post")
}

fn id_of(v: &Value) -> String {
    v.as_str()
        .unwrap_or_else(|| panic!("no id in {v}"))
        .to_string()
}

const CREATE_ZEUS: &str = r#"mutation { createUser(data: { age: 42 email: "zeus@example.com" name: "Zeus" }) { id name } }"#;

#[tokio::test]
async fn e004_01_to_05_object_mutations() {
    let ex = blog();
    // E-004-01
    let d = ok(&ex, CREATE_ZEUS).await;
    assert_eq!(d["createUser"]["name"], "Zeus");
    let zeus = id_of(&d["createUser"]["id"]);
    // E-004-02: select by the unique email
    let d = ok(&ex, r#"mutation { updateUser(data: { email: "zeus2@example.com" name: "Zeus2" } where: { email: "zeus@example.com" }) { id name } }"#).await;
    assert_eq!(d["updateUser"], json!({"id": zeus, "name": "Zeus2"}));
    // E-004-03, create branch (zeus@example.com is free again)
    const UPSERT: &str = r#"mutation { upsertUser(where: { email: "zeus@example.com" } create: { email: "zeus@example.com" age: 42 name: "Zeus" } update: { name: "Another Zeus" }) { name } }"#;
    assert_eq!(ok(&ex, UPSERT).await["upsertUser"]["name"], "Zeus");
    // E-004-03, update branch
    assert_eq!(ok(&ex, UPSERT).await["upsertUser"]["name"], "Another Zeus");
    // E-004-04: delete by id, returns the deleted node
    let d = ok(
        &ex,
        &format!(r#"mutation {{ deleteUser(where: {{ id: "{zeus}" }}) {{ id name email }} }}"#),
    )
    .await;
    assert_eq!(
        d["deleteUser"],
        json!({"id": zeus, "name": "Zeus2", "email": "zeus2@example.com"})
    );
    // E-004-05: delete by the unique email
    let d = ok(
        &ex,
        r#"mutation { deleteUser(where: { email: "zeus@example.com" }) { name email } }"#,
    )
    .await;
    assert_eq!(
        d["deleteUser"],
        json!({"name": "Another Zeus", "email": "zeus@example.com"})
    );
    assert_eq!(ok(&ex, "{ users { id } }").await, json!({"users": []}));
}

#[tokio::test]
async fn e004_06_07_create_post_connect_or_create_author() {
    let ex = blog();
    ok(&ex, CREATE_ZEUS).await;
    // E-004-06
    let d = ok(&ex, r#"mutation { createPost(data: { title: "This is a draft" status: DRAFT author: { connect: { email: "zeus@example.com" } } }) { id author { name } status createdAt updatedAt } }"#).await;
    assert_eq!(d["createPost"]["author"], json!({"name": "Zeus"}));
    assert_eq!(d["createPost"]["status"], "DRAFT");
    let created = d["createPost"]["createdAt"].as_str().unwrap();
    assert!(created.ends_with('Z') && created.len() == 24, "{created}");
    // E-004-07: create instead of connect
    let d = ok(&ex, r#"mutation { createPost(data: { title: "t" author: { create: { email: "hera@example.com" name: "Hera" } } }) { status author { name status } } }"#).await;
    assert_eq!(
        d["createPost"],
        json!({"status": "DRAFT", "author": {"name": "Hera", "status": "DRAFT"}})
    );
    // ERR-004-7: the author is required; omitting it is a validation error (no code)
    let r = run(
        &ex,
        r#"mutation { createPost(data: { title: "no author" }) { id } }"#,
    )
    .await;
    assert!(errors(&r)[0].get("code").is_none(), "{r:#}");
    // and createdAt is not writable
    let r = run(&ex, r#"mutation { createPost(data: { title: "x" createdAt: "2017" author: { connect: { email: "zeus@example.com" } } }) { id } }"#).await;
    assert!(errors(&r)[0].get("code").is_none(), "{r:#}");
}

#[tokio::test]
async fn e004_08_create_user_with_new_and_existing_posts() {
    let ex = blog();
    ok(
        &ex,
        r#"mutation { createUser(data: { email: "hades@example.com" name: "Hades" }) { id } }"#,
    )
    .await;
    let mut existing = Vec::new();
    for t in ["old 1", "old 2"] {
        let d = ok(&ex, &format!(r#"mutation {{ createPost(data: {{ title: "{t}" author: {{ connect: {{ email: "hades@example.com" }} }} }}) {{ id }} }}"#)).await;
        existing.push(id_of(&d["createPost"]["id"]));
    }
    let d = ok(&ex, &format!(
        r#"mutation {{ createUser(data: {{ email: "zeus@example.com" name: "Zeus" age: 42
            posts: {{ create: [{{ status: PUBLISHED title: "First blog post" }}, {{ status: PUBLISHED title: "Second blog post" }}]
                     connect: [{{ id: "{}" }}, {{ id: "{}" }}] }} }}) {{ id posts {{ id title status }} }} }}"#,
        existing[0], existing[1]
    )).await;
    let posts = d["createUser"]["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 4);
    let titles: Vec<&str> = posts.iter().map(|p| p["title"].as_str().unwrap()).collect();
    // id (= creation) order
    assert_eq!(
        titles,
        ["old 1", "old 2", "First blog post", "Second blog post"]
    );
    // the connected posts moved away from Hades (Post.author is required, PM-C1!)
    let d = ok(
        &ex,
        r#"{ user(where: { email: "hades@example.com" }) { posts { id } } }"#,
    )
    .await;
    assert_eq!(d["user"]["posts"], json!([]));
}

#[tokio::test]
async fn e004_09_nested_update_and_e004_11_nested_delete() {
    let ex = blog();
    let d = ok(&ex, r#"mutation { createUser(data: { email: "zeus@example.com" name: "Zeus" posts: { create: [{ title: "a" }, { title: "b" }, { title: "c" }] } }) { id posts { id } } }"#).await;
    let user = id_of(&d["createUser"]["id"]);
    let posts: Vec<String> = d["createUser"]["posts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| id_of(&p["id"]))
        .collect();
    // E-004-09
    let d = ok(&ex, &format!(
        r#"mutation {{ updateUser(data: {{ posts: {{ update: [{{ where: {{ id: "{}" }} data: {{ title: "Hello World" }} }}] }} }} where: {{ id: "{user}" }}) {{ id posts {{ title }} }} }}"#,
        posts[0]
    )).await;
    assert_eq!(
        d["updateUser"]["posts"],
        json!([{"title": "Hello World"}, {"title": "b"}, {"title": "c"}])
    );
    // E-004-11
    let d = ok(&ex, &format!(
        r#"mutation {{ updateUser(data: {{ posts: {{ delete: [{{ id: "{}" }}, {{ id: "{}" }}] }} }} where: {{ id: "{user}" }}) {{ id }} }}"#,
        posts[1], posts[2]
    )).await;
    assert_eq!(d["updateUser"]["id"], user);
    let d = ok(&ex, "{ posts { title } }").await;
    assert_eq!(d, json!({"posts": [{"title": "Hello World"}]}));
}

#[tokio::test]
async fn e004_10_nested_upsert_with_where_needs_the_legacy_shapes() {
    let upsert = |post: &str, author: &str| {
        format!(
            r#"mutation {{ updatePost(where: {{ id: "{post}" }} data: {{ author: {{ upsert: {{
                where: {{ id: "{author}" }}
                update: {{ email: "zeus2@example.com" name: "Zeus2" }}
                create: {{ email: "zeus@example.com" name: "Zeus" }} }} }} }}) {{ id author {{ name email }} }} }}"#
        )
    };
    let setup = r#"mutation { createPost(data: { title: "p" author: { create: { email: "zeus@example.com" name: "Zeus" } } }) { id author { id } } }"#;
    // 1.34 shapes (default): `where` inside a to-one upsert is a validation error (ERR-004-7).
    let ex = blog();
    let d = ok(&ex, setup).await;
    let (post, author) = (
        id_of(&d["createPost"]["id"]),
        id_of(&d["createPost"]["author"]["id"]),
    );
    let r = run(&ex, &upsert(&post, &author)).await;
    assert!(errors(&r)[0].get("code").is_none(), "{r:#}");
    assert_eq!(r["data"], Value::Null);
    // Legacy shapes: the seed's example updates the connected author.
    let ex = deploy_with(
        Dialect::GraphCms,
        "blog_user_post",
        ExecutorOptions {
            legacy_shapes: true,
            ..Default::default()
        },
    );
    let d = ok(&ex, setup).await;
    let (post, author) = (
        id_of(&d["createPost"]["id"]),
        id_of(&d["createPost"]["author"]["id"]),
    );
    let d = ok(&ex, &upsert(&post, &author)).await;
    assert_eq!(
        d["updatePost"]["author"],
        json!({"name": "Zeus2", "email": "zeus2@example.com"})
    );
    assert_eq!(
        ok(&ex, "{ usersConnection { aggregate { count } } }").await["usersConnection"]["aggregate"]
            ["count"],
        1
    );
    // Legacy to-one `update: {where, data}`.
    let d = ok(&ex, &format!(
        r#"mutation {{ updatePost(where: {{ id: "{post}" }} data: {{ author: {{ update: {{ where: {{ id: "{author}" }} data: {{ name: "Zeus3" }} }} }} }}) {{ author {{ name }} }} }}"#
    )).await;
    assert_eq!(d["updatePost"]["author"], json!({"name": "Zeus3"}));
    // and the 1.34 shape still works with the option on
    let d = ok(&ex, &format!(
        r#"mutation {{ updatePost(where: {{ id: "{post}" }} data: {{ author: {{ update: {{ name: "Zeus4" }} }} }}) {{ author {{ name }} }} }}"#
    )).await;
    assert_eq!(d["updatePost"]["author"], json!({"name": "Zeus4"}));
}

#[tokio::test]
async fn e004_12_to_14_scalar_lists() {
    let ex = deploy(Dialect::GraphCms, "user_scalar_lists");
    // E-004-12 with the erratum ERR-004-5 applied (`throws` → `coinFlips`)
    let d = ok(&ex, r#"mutation { createUser(data: { scores: { set: [1, 2, 3] } friends: { set: ["Sarah", "Jane"] } coinFlips: { set: [false, false] } }) { id scores friends coinFlips } }"#).await;
    let id = id_of(&d["createUser"]["id"]);
    assert_eq!(d["createUser"]["coinFlips"], json!([false, false]));
    // the literal `throws` is not a field
    let r = run(
        &ex,
        r#"mutation { createUser(data: { throws: { set: [false, false] } }) { id } }"#,
    )
    .await;
    assert!(errors(&r)[0].get("code").is_none());
    // E-004-13: a single value is coerced to a one-element list
    let d = ok(&ex, &format!(r#"mutation {{ updateUser(where: {{ id: "{id}" }} data: {{ scores: {{ set: 1 }} }}) {{ id scores }} }}"#)).await;
    assert_eq!(d["updateUser"], json!({"id": id, "scores": [1]}));
    // E-004-14
    let d = ok(&ex, &format!(r#"mutation {{ updateUser(where: {{ id: "{id}" }} data: {{ scores: {{ set: [10,20,30] }} }}) {{ scores friends }} }}"#)).await;
    assert_eq!(
        d["updateUser"],
        json!({"scores": [10, 20, 30], "friends": ["Sarah", "Jane"]})
    );
}

#[tokio::test]
async fn e004_15_16_batch_mutations() {
    let ex = blog();
    ok(&ex, CREATE_ZEUS).await;
    ok(
        &ex,
        r#"mutation { createUser(data: { email: "hera@example.com" name: "Hera" }) { id } }"#,
    )
    .await;
    for (title, status, author) in [
        ("z1", "DRAFT", "zeus"),
        ("z2", "DRAFT", "zeus"),
        ("z3", "PUBLISHED", "zeus"),
        ("h1", "DRAFT", "hera"),
    ] {
        ok(&ex, &format!(
            r#"mutation {{ createPost(data: {{ title: "{title}" status: {status} author: {{ connect: {{ email: "{author}@example.com" }} }} }}) {{ id }} }}"#
        )).await;
    }
    // E-004-15 (ERR-004-8: the nodes were created now, so the year window is adjusted)
    let d = ok(&ex, r#"mutation { updateManyPosts(where: { createdAt_gte: "2017" createdAt_lt: "2018" status: DRAFT } data: { status: PUBLISHED }) { count } }"#).await;
    assert_eq!(d["updateManyPosts"]["count"], 0);
    let d = ok(&ex, r#"mutation { updateManyPosts(where: { createdAt_gte: "2017" createdAt_lt: "9999" status: DRAFT } data: { status: ARCHIVED }) { count } }"#).await;
    assert_eq!(d["updateManyPosts"]["count"], 3);
    ok(&ex, r#"mutation { updateManyPosts(where: { title_in: ["z1", "h1"] } data: { status: DRAFT }) { count } }"#).await;
    // E-004-16
    let d = ok(&ex, r#"mutation { deleteManyPosts(where: { status: DRAFT author: { name: "Zeus" } }) { count } }"#).await;
    assert_eq!(d["deleteManyPosts"]["count"], 1);
    let d = ok(&ex, "{ posts(orderBy: title_ASC) { title status } }").await;
    assert_eq!(
        d["posts"],
        json!([{"title": "h1", "status": "DRAFT"}, {"title": "z2", "status": "ARCHIVED"}, {"title": "z3", "status": "PUBLISHED"}])
    );
}

#[tokio::test]
async fn system_timestamps_are_set_by_the_server() {
    let ex = blog();
    let d = ok(&ex, r#"mutation { createUser(data: { email: "a@x" name: "A" }) { id createdAt updatedAt status } }"#).await;
    let u = &d["createUser"];
    assert_eq!(u["status"], "DRAFT");
    assert_eq!(u["createdAt"], u["updatedAt"]);
    let d = ok(&ex, r#"mutation { updateUser(where: { email: "a@x" } data: { name: "B" }) { createdAt updatedAt } }"#).await;
    let (c, up) = (
        d["updateUser"]["createdAt"].as_str().unwrap(),
        d["updateUser"]["updatedAt"].as_str().unwrap(),
    );
    assert_eq!(c, u["createdAt"].as_str().unwrap());
    assert!(up > c, "updatedAt {up} must move past createdAt {c}");
    let d = ok(
        &ex,
        r#"{ users(where: { createdAt_lte: "2999" }, orderBy: createdAt_DESC) { name } }"#,
    )
    .await;
    assert_eq!(d["users"], json!([{"name": "B"}]));
}
