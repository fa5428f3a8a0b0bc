//! The 8base dialect's behaviour (dialects.md §2, seed 000): the four seed examples, the
//! generated names, `xUpdate` located by `data.id` and/or `filter`, nested `connect`,
//! `reconnect`, `disconnect`, `create` and `update` with mandatory relations, soft delete
//! (`withDeleted`, restore, unique checks), `xDestroy`, `force`, `xUpdateByFilter` operators,
//! list `count` against the page, string error codes, and atomicity: every failing mutation
//! leaves the whole store (soft-delete marks included) exactly as it was.

use crate::common::*;
use crudspec_reference::{Dialect, Executor, ExecutorOptions};
use serde_json::{Value, json};

/// Seed 000's tables (errata corrected: `name` and `title` unique, `publications` declared).
const SEED: &str = r#"
type Author {
  id: ID! @unique
  name: String! @unique
  bio: String
  posts: [Post!]! @relation(name: "AuthorPosts")
  publications: [Publication!]! @relation(name: "AuthorPublications")
}
type Post {
  id: ID! @unique
  title: String! @unique
  body: String
  publishingDate: DateTime
  views: Int
  rating: Float
  featured: Boolean
  author: Author @relation(name: "AuthorPosts")
}
type Publication {
  id: ID! @unique
  title: String!
  author: Author @relation(name: "AuthorPublications")
}
"#;

/// Parent/child with a mandatory to-one back field (`Child.parent: Parent!`).
const MANDATORY: &str = r#"
type Parent { id: ID! @unique name: String! @unique children: [Child!]! }
type Child { id: ID! @unique name: String! @unique parent: Parent! }
"#;

/// One-to-one, the owner's side mandatory.
const ONE_TO_ONE: &str = r#"
type Car { id: ID! @unique name: String! @unique engine: Engine! }
type Engine { id: ID! @unique name: String! @unique car: Car }
"#;

/// Many-to-many.
const MANY: &str = r#"
type Tag { id: ID! @unique name: String! @unique items: [Item!]! }
type Item { id: ID! @unique name: String! @unique tags: [Tag!]! }
"#;

fn eb(sdl: &str) -> Executor {
    Executor::deploy(
        Dialect::EightBase,
        sdl,
        ExecutorOptions {
            id_seed: Some(8),
            ..ExecutorOptions::default()
        },
    )
    .unwrap_or_else(|e| panic!("deploy: {e}"))
}

/// The only error's string code.
fn code(r: &Value) -> Option<String> {
    let errs = errors(r);
    assert_eq!(errs.len(), 1, "one error expected: {r:#}");
    errs[0]
        .get("code")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Runs a mutation that must fail without changing anything; returns its code.
async fn fails(ex: &Executor, query: &str) -> Option<String> {
    let before = ex.dump_store();
    let r = run(ex, query).await;
    let c = code(&r);
    assert_eq!(
        ex.dump_store(),
        before,
        "the store changed after {query}\n{r:#}"
    );
    c
}

async fn id_of(ex: &Executor, query: &str, path: &[&str]) -> String {
    let mut v = ok(ex, query).await;
    for p in path {
        v = v[*p].clone();
    }
    v.as_str()
        .unwrap_or_else(|| panic!("no id at {path:?}: {v}"))
        .to_string()
}

async fn seed(ex: &Executor) -> (String, String, String) {
    let huxley = id_of(
        ex,
        r#"mutation { authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Pt.2 of the Possum Trilogy"}]}, publications: {create: [{title: "P1"}, {title: "P2"}]}}) { id } }"#,
        &["authorCreate", "id"],
    )
    .await;
    ok(
        ex,
        r#"mutation { authorCreate(data: {name: "Stevens"}) { id } }"#,
    )
    .await;
    let p1 = id_of(
        ex,
        r#"{ post(title: "Awesome Possum") { id } }"#,
        &["post", "id"],
    )
    .await;
    let p2 = id_of(
        ex,
        r#"{ post(title: "Pt.2 of the Possum Trilogy") { id } }"#,
        &["post", "id"],
    )
    .await;
    (huxley, p1, p2)
}

#[tokio::test]
async fn seed_000_examples() {
    let ex = eb(SEED);
    let (_, p1, p2) = seed(&ex).await;
    // E-000-01: nested create inside an update located by a unique filter.
    let d = ok(
        &ex,
        r#"mutation { authorUpdate(filter: {name: "Huxley"}, data: {bio: "Just a guy who loves possum.", posts: {create: [{title: "Can't stop the Possum", body: "Cause Possum is Awesome", publishingDate: "2019-09-22T03:45:33.432Z"}]}}) { posts(last: 1) { items { title } } } }"#,
    )
    .await;
    assert_eq!(
        d,
        json!({"authorUpdate": {"posts": {"items": [{"title": "Can't stop the Possum"}]}}})
    );
    // E-000-02: a to-one connect replaces the author.
    let d = ok(
        &ex,
        r#"mutation { postUpdate(filter: {title: "Can't stop the Possum"}, data: {author: {connect: {name: "Stevens"}}}) { title author { name } } }"#,
    )
    .await;
    assert_eq!(
        d,
        json!({"postUpdate": {"title": "Can't stop the Possum", "author": {"name": "Stevens"}}})
    );
    // E-000-03: reconnect replaces the set.
    let q = format!(
        r#"mutation {{ authorUpdate(filter: {{name: "Huxley"}}, data: {{posts: {{reconnect: [{{id: "{p1}"}}, {{id: "{p2}"}}]}}}}) {{ name posts {{ count items {{ title }} }} }} }}"#
    );
    assert_eq!(
        ok(&ex, &q).await,
        json!({"authorUpdate": {"name": "Huxley", "posts": {"count": 2, "items": [{"title": "Awesome Possum"}, {"title": "Pt.2 of the Possum Trilogy"}]}}})
    );
    // E-000-04: disconnect both publications.
    let ids = ok(&ex, r#"{ publicationsList { items { id } } }"#).await;
    let (a, b) = (
        ids["publicationsList"]["items"][0]["id"].clone(),
        ids["publicationsList"]["items"][1]["id"].clone(),
    );
    let q = format!(
        r#"mutation {{ authorUpdate(filter: {{name: "Huxley"}}, data: {{publications: {{disconnect: [{{id: {a}}}, {{id: {b}}}]}}}}) {{ name publications {{ count }} }} }}"#
    );
    assert_eq!(
        ok(&ex, &q).await,
        json!({"authorUpdate": {"name": "Huxley", "publications": {"count": 0}}})
    );
    // The publications still exist, without an author.
    assert_eq!(
        ok(
            &ex,
            "{ publicationsList { count items { author { id } } } }"
        )
        .await,
        json!({"publicationsList": {"count": 2, "items": [{"author": null}, {"author": null}]}})
    );
}

#[tokio::test]
async fn generated_names() {
    let ex = eb(SEED);
    let d = ok(
        &ex,
        r#"{ m: __type(name: "Mutation") { fields { name } } q: __type(name: "Query") { fields { name } }
             u: __type(name: "AuthorsPostsUpdateRelationInput") { inputFields { name } }
             c: __type(name: "AuthorsPostsRelationInput") { inputFields { name } }
             n: __type(name: "Author_PostCreateInput") { inputFields { name } }
             w: __type(name: "Author_PostUpdateInput") { inputFields { name } }
             o: __type(name: "PostsAuthorUpdateRelationInput") { inputFields { name type { kind name } } } }"#,
    )
    .await;
    let names = |k: &str, f: &str| -> Vec<String> {
        d[k][f]
            .as_array()
            .unwrap_or_else(|| panic!("{k}: {d:#}"))
            .iter()
            .map(|x| x["name"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let m = names("m", "fields");
    for f in [
        "authorCreate",
        "authorCreateMany",
        "authorUpdate",
        "authorUpdateByFilter",
        "authorDelete",
        "authorDeleteByFilter",
        "authorDestroy",
        "authorDestroyByFilter",
        "authorRestore",
    ] {
        assert!(m.contains(&f.to_string()), "{f} missing: {m:?}");
    }
    assert_eq!(names("q", "fields")[..2], ["author", "authorsList"]);
    assert_eq!(
        names("u", "inputFields"),
        ["connect", "disconnect", "reconnect", "create", "update"]
    );
    assert_eq!(names("c", "inputFields"), ["connect", "create"]);
    assert!(!names("n", "inputFields").contains(&"author".to_string()));
    assert_eq!(names("w", "inputFields"), ["filter", "data"]);
    assert_eq!(d["o"]["inputFields"][1]["type"]["name"], "AuthorKeyFilter");
    // reconnect / disconnect do not exist on create: a GraphQL validation error, no code.
    let r = run(
        &ex,
        r#"mutation { authorCreate(data: {name: "X", posts: {reconnect: [{id: "x"}]}}) { id } }"#,
    )
    .await;
    assert_eq!(code(&r), None);
}

#[tokio::test]
async fn update_selectors() {
    let ex = eb(SEED);
    let (huxley, _, _) = seed(&ex).await;
    let q = format!(r#"mutation {{ authorUpdate(data: {{id: "{huxley}", bio: "b"}}) {{ bio }} }}"#);
    assert_eq!(ok(&ex, &q).await["authorUpdate"]["bio"], "b");
    let q = format!(
        r#"mutation {{ authorUpdate(data: {{id: "{huxley}", bio: "c"}}, filter: {{name: "Huxley"}}) {{ bio }} }}"#
    );
    assert_eq!(ok(&ex, &q).await["authorUpdate"]["bio"], "c");
    let q = format!(
        r#"mutation {{ authorUpdate(data: {{id: "{huxley}", bio: "d"}}, filter: {{name: "Stevens"}}) {{ bio }} }}"#
    );
    assert_eq!(
        fails(&ex, &q).await.as_deref(),
        Some("InvalidArgumentError")
    );
    assert_eq!(
        fails(
            &ex,
            r#"mutation { authorUpdate(data: {bio: "d"}) { bio } }"#
        )
        .await
        .as_deref(),
        Some("InvalidArgumentError")
    );
    let r = run(
        &ex,
        r#"mutation { authorUpdate(filter: {name: "Nobody"}, data: {bio: "d"}) { bio } }"#,
    )
    .await;
    assert_eq!(code(&r).as_deref(), Some("EntityNotFoundError"));
    assert_eq!(
        r["data"],
        Value::Null,
        "a non-null root field nulls data: {r:#}"
    );
    let e = &errors(&r)[0];
    assert!(e.get("requestId").is_none(), "no requestId in 8base: {r:#}");
    assert_eq!(e["path"], json!(["authorUpdate"]));
    // A disconnect of an optional record that is not linked to this author.
    let p = ok(&ex, "{ publicationsList { items { id } } }").await;
    let q = format!(
        r#"mutation {{ authorUpdate(filter: {{name: "Stevens"}}, data: {{publications: {{disconnect: [{{id: {}}}]}}}}) {{ id }} }}"#,
        p["publicationsList"]["items"][0]["id"]
    );
    assert_eq!(fails(&ex, &q).await.as_deref(), Some("EntityNotFoundError"));
}

#[tokio::test]
async fn mandatory_relations_fail_without_side_effects() {
    let ex = eb(MANDATORY);
    ok(
        &ex,
        r#"mutation { parentCreate(data: {name: "A", children: {create: [{name: "a1"}, {name: "a2"}]}}) { id } }"#,
    )
    .await;
    ok(
        &ex,
        r#"mutation { parentCreate(data: {name: "B", children: {create: [{name: "b1"}]}}) { id } }"#,
    )
    .await;
    let child = |n: &str| format!("{{name: \"{n}\"}}");
    for (query, expected) in [
        // disconnect of a child whose parent is mandatory
        (
            format!(
                r#"mutation {{ parentUpdate(filter: {{name: "A"}}, data: {{children: {{disconnect: [{}]}}}}) {{ id }} }}"#,
                child("a1")
            ),
            "ValidationError",
        ),
        // reconnect dropping a1
        (
            format!(
                r#"mutation {{ parentUpdate(filter: {{name: "A"}}, data: {{children: {{reconnect: [{}]}}}}) {{ id }} }}"#,
                child("a2")
            ),
            "ValidationError",
        ),
        // the child's own mandatory to-one disconnected
        (
            r#"mutation { childUpdate(filter: {name: "a1"}, data: {parent: {disconnect: {name: "A"}}}) { id } }"#.to_string(),
            "ValidationError",
        ),
        // create without the mandatory parent
        (
            r#"mutation { childCreate(data: {name: "c"}) { id } }"#.to_string(),
            "ValidationError",
        ),
        // unique clash, after a nested create that succeeded
        (
            r#"mutation { parentUpdate(filter: {name: "B"}, data: {children: {create: [{name: "b2"}, {name: "a1"}]}}) { id } }"#.to_string(),
            "ValidationError",
        ),
        // unknown connect target after a successful connect
        (
            r#"mutation { parentUpdate(filter: {name: "B"}, data: {children: {connect: [{name: "a1"}, {name: "zz"}]}}) { id } }"#.to_string(),
            "EntityNotFoundError",
        ),
        // disconnect of a child of another parent (not linked): the mandatory check comes
        // first, as in Prisma
        (
            r#"mutation { parentUpdate(filter: {name: "B"}, data: {children: {disconnect: [{name: "a1"}]}}) { id } }"#.to_string(),
            "ValidationError",
        ),
        // nested update of an unknown child
        (
            r#"mutation { parentUpdate(filter: {name: "B"}, data: {children: {update: [{filter: {name: "zz"}, data: {name: "q"}}]}}) { id } }"#.to_string(),
            "EntityNotFoundError",
        ),
        // delete with mandatory children, no force
        (
            r#"mutation { parentDelete(filter: {name: "A"}) { success } }"#.to_string(),
            "ForcibleError",
        ),
        (
            r#"mutation { parentDestroy(filter: {name: "A"}) { success } }"#.to_string(),
            "ForcibleError",
        ),
        (
            r#"mutation { parentDeleteByFilter(filter: {}) { success } }"#.to_string(),
            "ForcibleError",
        ),
        // restore of a record that is not deleted
        (
            r#"mutation { parentRestore(id: "nope") { id } }"#.to_string(),
            "EntityNotFoundError",
        ),
        // two operators on one field
        (
            r#"mutation { childUpdateByFilter(data: {name: {prefix: "x", postfix: "y"}}) { count } }"#.to_string(),
            "InvalidArgumentError",
        ),
    ] {
        assert_eq!(fails(&ex, &query).await.as_deref(), Some(expected), "{query}");
    }
    // A move of a child to another parent is fine (it keeps a parent).
    let d = ok(
        &ex,
        r#"mutation { parentUpdate(filter: {name: "B"}, data: {children: {connect: [{name: "a1"}]}}) { children { count } } }"#,
    )
    .await;
    assert_eq!(d["parentUpdate"]["children"]["count"], 2);
    // Order: disconnect, reconnect, connect, create, update in one input.
    let d = ok(
        &ex,
        r#"mutation { parentUpdate(filter: {name: "B"}, data: {children: {reconnect: [{name: "a1"}, {name: "b1"}], create: [{name: "b3"}], update: [{filter: {name: "b3"}, data: {name: "b3x"}}]}}) { children { items { name } } } }"#,
    )
    .await;
    assert_eq!(
        d["parentUpdate"]["children"]["items"],
        json!([{"name": "a1"}, {"name": "b1"}, {"name": "b3x"}])
    );
}

#[tokio::test]
async fn soft_delete_restore_destroy_and_force() {
    let ex = eb(MANDATORY);
    ok(
        &ex,
        r#"mutation { parentCreate(data: {name: "A", children: {create: [{name: "a1"}, {name: "a2"}]}}) { id } }"#,
    )
    .await;
    let a = id_of(&ex, r#"{ parent(name: "A") { id } }"#, &["parent", "id"]).await;
    let d = ok(
        &ex,
        r#"mutation { parentDelete(filter: {name: "A"}, force: true) { success } }"#,
    )
    .await;
    assert_eq!(d, json!({"parentDelete": {"success": true}}));
    assert_eq!(
        ok(
            &ex,
            r#"{ parentsList { count } childrenList { count } parent(name: "A") { id } }"#
        )
        .await,
        json!({"parentsList": {"count": 0}, "childrenList": {"count": 0}, "parent": null})
    );
    assert_eq!(
        ok(
            &ex,
            "{ parentsList(withDeleted: true) { count items { name } } }"
        )
        .await,
        json!({"parentsList": {"count": 1, "items": [{"name": "A"}]}})
    );
    // Soft-deleted records still hold their unique values.
    assert_eq!(
        fails(
            &ex,
            r#"mutation { parentCreate(data: {name: "A"}) { id } }"#
        )
        .await
        .as_deref(),
        Some("ValidationError")
    );
    // Nor can they be connected or updated.
    assert_eq!(
        fails(
            &ex,
            r#"mutation { parentUpdate(filter: {name: "A"}, data: {name: "Z"}) { id } }"#
        )
        .await
        .as_deref(),
        Some("EntityNotFoundError")
    );
    // Restore brings the parent back with its links; its children stay deleted.
    let q = format!(r#"mutation {{ parentRestore(id: "{a}") {{ name children {{ count }} }} }}"#);
    assert_eq!(
        ok(&ex, &q).await,
        json!({"parentRestore": {"name": "A", "children": {"count": 0}}})
    );
    assert_eq!(
        ok(
            &ex,
            r#"{ childrenList(withDeleted: true, filter: {name: {starts_with: "a"}}) { count } }"#
        )
        .await,
        json!({"childrenList": {"count": 2}})
    );
    // A failing restore (already live) changes nothing.
    assert_eq!(fails(&ex, &q).await.as_deref(), Some("EntityNotFoundError"));
    // Destroy with force removes the soft-deleted children too.
    ok(
        &ex,
        r#"mutation { parentDestroy(filter: {name: "A"}, force: true) { success } }"#,
    )
    .await;
    assert_eq!(
        ok(
            &ex,
            "{ parentsList(withDeleted: true) { count } childrenList(withDeleted: true) { count } }"
        )
        .await,
        json!({"parentsList": {"count": 0}, "childrenList": {"count": 0}})
    );
}

#[tokio::test]
async fn optional_children_survive_a_delete_and_lists_count_the_filter() {
    let ex = eb(SEED);
    seed(&ex).await;
    ok(
        &ex,
        r#"mutation { authorDelete(filter: {name: "Huxley"}) { success } }"#,
    )
    .await;
    assert_eq!(
        ok(&ex, "{ postsList(first: 1, sort: [{title: DESC}]) { count items { title author { name } } } }").await,
        json!({"postsList": {"count": 2, "items": [{"title": "Pt.2 of the Possum Trilogy", "author": null}]}})
    );
    assert_eq!(
        ok(
            &ex,
            r#"{ postsList(filter: {title: {contains: "Pt"}}, skip: 0, last: 1) { count } }"#
        )
        .await,
        json!({"postsList": {"count": 1}})
    );
}

#[tokio::test]
async fn update_by_filter_operators() {
    let ex = eb(SEED);
    ok(
        &ex,
        r#"mutation { postCreateMany(data: [{title: "a", views: 10, rating: 2.0, featured: true, publishingDate: "2020-01-31T10:00:00.000Z"}, {title: "b", views: 3}]) { count } }"#,
    )
    .await;
    let d = ok(
        &ex,
        r#"mutation { postUpdateByFilter(data: {title: {prefix: "LEGACY: "}, views: {dev: 4}, rating: {pow: 2}, featured: {invert: true}, publishingDate: {add: {months: 1, hours: 2}}}, filter: {views: {gt: 5}}) { count items { title views rating featured publishingDate } } }"#,
    )
    .await;
    assert_eq!(
        d,
        json!({"postUpdateByFilter": {"count": 1, "items": [{"title": "LEGACY: a", "views": 3, "rating": 4.0, "featured": false, "publishingDate": "2020-02-29T12:00:00.000Z"}]}})
    );
    assert_eq!(
        fails(
            &ex,
            r#"mutation { postUpdateByFilter(data: {views: {dev: 0}}) { count } }"#
        )
        .await
        .as_deref(),
        Some("InvalidArgumentError")
    );
}

#[tokio::test]
async fn one_to_one_and_many_to_many() {
    let ex = eb(ONE_TO_ONE);
    ok(
        &ex,
        r#"mutation { carCreate(data: {name: "c1", engine: {create: {name: "e1"}}}) { id } }"#,
    )
    .await;
    ok(
        &ex,
        r#"mutation { engineCreate(data: {name: "e2"}) { id } }"#,
    )
    .await;
    // Disconnecting the car, whose engine is mandatory.
    assert_eq!(
        fails(
            &ex,
            r#"mutation { engineUpdate(filter: {name: "e2"}, data: {car: {disconnect: {name: "c1"}}}) { id } }"#
        )
        .await
        .as_deref(),
        Some("ValidationError")
    );
    // Moving e1 to another car would leave c1 without its mandatory engine.
    assert_eq!(
        fails(
            &ex,
            r#"mutation { carCreate(data: {name: "c2", engine: {connect: {name: "e1"}}}) { id } }"#
        )
        .await
        .as_deref(),
        Some("ValidationError")
    );
    // reconnect on a to-one is a connect: c1 takes e2, e1 is left without a car.
    let d = ok(
        &ex,
        r#"mutation { carUpdate(filter: {name: "c1"}, data: {engine: {reconnect: {name: "e2"}}}) { engine { name } } }"#,
    )
    .await;
    assert_eq!(d["carUpdate"]["engine"]["name"], "e2");
    let ex = eb(MANY);
    ok(
        &ex,
        r#"mutation { tagCreate(data: {name: "t", items: {create: [{name: "i1"}, {name: "i2"}]}}) { id } }"#,
    )
    .await;
    let d = ok(
        &ex,
        r#"mutation { itemCreate(data: {name: "i3", tags: {connect: [{name: "t"}]}}) { tags { items { items { count } } } } }"#,
    )
    .await;
    assert_eq!(
        d["itemCreate"]["tags"]["items"][0]["items"]["count"], 3,
        "{d:#}"
    );
}

#[tokio::test]
async fn restore_keeps_links_unless_the_partner_moved_on() {
    let ex = eb(r#"
type A { id: ID! @unique name: String! @unique b: B }
type B { id: ID! @unique name: String! @unique a: A }
"#);
    ok(
        &ex,
        r#"mutation { a1: aCreate(data: {name: "a1", b: {create: {name: "b1"}}}) { id } a2: aCreate(data: {name: "a2", b: {create: {name: "b3"}}}) { id } b2: bCreate(data: {name: "b2"}) { id } }"#,
    )
    .await;
    let b1 = id_of(&ex, r#"{ b(name: "b1") { id } }"#, &["b", "id"]).await;
    let b3 = id_of(&ex, r#"{ b(name: "b3") { id } }"#, &["b", "id"]).await;
    ok(&ex, r#"mutation { bDelete(filter: {name: "b1"}) { success } bDelete2: bDelete(filter: {name: "b3"}) { success } }"#).await;
    // A soft-deleted record cannot be connected.
    assert_eq!(
        fails(
            &ex,
            r#"mutation { aUpdate(filter: {name: "a2"}, data: {b: {connect: {name: "b1"}}}) { id } }"#
        )
        .await
        .as_deref(),
        Some("EntityNotFoundError")
    );
    assert_eq!(
        ok(&ex, r#"{ a(name: "a1") { b { name } } }"#).await,
        json!({"a": {"b": null}})
    );
    // a1 takes b2 meanwhile; a2 keeps nothing new.
    ok(
        &ex,
        r#"mutation { aUpdate(filter: {name: "a1"}, data: {b: {connect: {name: "b2"}}}) { id } }"#,
    )
    .await;
    let q = format!(r#"mutation {{ bRestore(id: "{b1}") {{ name a {{ name }} }} }}"#);
    assert_eq!(
        ok(&ex, &q).await,
        json!({"bRestore": {"name": "b1", "a": null}}),
        "a1 took b2: the kept link is dropped"
    );
    let q = format!(r#"mutation {{ bRestore(id: "{b3}") {{ name a {{ name }} }} }}"#);
    assert_eq!(
        ok(&ex, &q).await,
        json!({"bRestore": {"name": "b3", "a": {"name": "a2"}}}),
        "a2 kept its place: the link comes back"
    );
    assert_eq!(
        ok(
            &ex,
            r#"{ a1: a(name: "a1") { b { name } } a2: a(name: "a2") { b { name } } }"#
        )
        .await,
        json!({"a1": {"b": {"name": "b2"}}, "a2": {"b": {"name": "b3"}}})
    );
}

#[tokio::test]
async fn bad_input_is_an_error_never_a_panic() {
    let ex = eb(SEED);
    seed(&ex).await;
    ok(
        &ex,
        r#"mutation { postUpdateByFilter(data: {views: {set: -4}, publishingDate: {set: "9999-12-31T00:00:00.000Z"}}) { count } }"#,
    )
    .await;
    for q in [
        "{ authorsList(first: -1) { count } }",
        "{ author { id } }",
        r#"{ author(id: "x", name: "Huxley") { id } }"#,
        r#"mutation { postUpdateByFilter(data: {views: {sqrt: true}}) { count } }"#,
        r#"mutation { postUpdateByFilter(data: {views: {pow: 1000}}) { count } }"#,
        r#"mutation { postUpdateByFilter(data: {publishingDate: {add: {years: 5}}}) { count } }"#,
        r#"mutation { postUpdateByFilter(data: {title: [{prefix: "a"}, {postfix: "b"}]}) { count } }"#,
        r#"mutation { authorRestore(id: "") { id } }"#,
        r#"mutation { authorDelete { success } }"#,
        r#"mutation { authorDestroy(filter: {}) { success } }"#,
        r#"mutation { authorUpdate(data: {posts: {update: [{data: {title: "x"}}]}}, filter: {name: "Huxley"}) { id } }"#,
        r#"mutation { authorCreateMany(data: [null, {name: "Huxley"}]) { count } }"#,
    ] {
        let r = run(&ex, q).await;
        let errs = errors(&r);
        assert!(
            errs.iter().all(|e| !e["message"]
                .as_str()
                .unwrap_or("")
                .contains("internal error")),
            "{q}\n{r:#}"
        );
    }
}
