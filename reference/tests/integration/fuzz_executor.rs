//! Property tests that stay in the repository (issue 11, item 7; `cargo fuzz` needs a nightly
//! toolchain, proptest does not): arbitrary request text and variables against an
//! [`Executor`] never panic and always answer a GraphQL response; random single-field mutations
//! are all or nothing (an answer with an error leaves the store exactly as before); validating
//! a document once and skipping the rules later never changes an answer; arbitrary
//! SDL never panics the data-model parser or the schema build. Everything runs on a thread with
//! a 1 MiB stack (half a tokio worker's), so a recursion without a bound shows up as a crash.
//!
//! The default case counts keep `cargo test` fast; a longer run:
//! `PROPTEST_CASES=20000 cargo test --release -p crudspec-reference --test integration --
//! fuzz_executor::`.

use crudspec_reference::{DataModel, Dialect, Executor, ExecutorOptions, GraphqlRequest};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value, json};

/// `PROPTEST_CASES`, else `default`.
pub(crate) fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs `f` on a thread with a 1 MiB stack and a current-thread runtime.
pub(crate) fn on_small_stack(f: impl FnOnce(&tokio::runtime::Runtime) + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .build()
                .expect("runtime");
            f(&rt);
        })
        .expect("thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}

const BLOG: &str = r#"
type User {
  id: ID! @unique
  email: String! @unique
  name: String
  tags: [String!]!
  posts: [Post!]!
}
type Post {
  id: ID! @unique
  title: String! @unique
  score: Int
  author: User!
}
"#;

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ":",
    ",",
    "!",
    "=",
    "$v",
    "$ids",
    "\"a\"",
    "\"\\\"\"",
    "\"\"\"x\"\"\"",
    "#c\n",
    "\n",
    "1",
    "-2.5e3",
    "0",
    "null",
    "true",
    "mutation",
    "query",
    "fragment",
    "on",
    "...",
    "@skip(if: true)",
    "@include(if: $v)",
    "users",
    "posts",
    "user",
    "post",
    "createUser",
    "createPost",
    "updateUser",
    "deleteManyPosts",
    "upsertUser",
    "data",
    "where",
    "id",
    "email",
    "title",
    "author",
    "AND",
    "OR",
    "NOT",
    "first",
    "last",
    "skip",
    "orderBy",
    "title_ASC",
    "id_in",
    "posts_some",
    "email_contains",
    "create",
    "connect",
    "set",
    "a:",
    "b:",
    "__schema",
    "types",
    "fields",
    "type",
    "name",
    "__typename",
    "Post",
    "User",
    "F",
];

/// A GraphQL-ish token soup: mostly wrong, sometimes right, often deeply bracketed.
fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|t| t.join(" "))
}

/// Arbitrary JSON, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|n| json!(n)),
        prop::sample::select(vec!["a", "b", "", "c1234567890123456789012345", "2016"])
            .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(6, 48, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec!["v", "ids", "email", "data", "where"]),
                inner,
                0..4
            )
            .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

fn is_response(r: &Value) -> bool {
    r.get("data").is_some() || r.get("errors").is_some()
}

#[test]
fn arbitrary_requests_never_panic() {
    on_small_stack(|rt| {
        let ex =
            Executor::deploy(Dialect::Prisma1, BLOG, ExecutorOptions::default()).expect("deploys");
        let mut runner = TestRunner::new(Config {
            cases: cases(64),
            ..Config::default()
        });
        let strategy = (
            soup(),
            prop::option::of(json_value()),
            prop::option::of(prop::sample::select(vec!["", "F", "q"])),
        );
        let result = runner.run(&strategy, |(query, variables, op)| {
            let mut request = GraphqlRequest::new(query);
            request.variables = variables;
            request.operation_name = op.map(str::to_string);
            let r = rt.block_on(ex.execute(request));
            prop_assert!(is_response(&r), "not a GraphQL response: {r}");
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
        // Any text at all, too.
        let mut runner = TestRunner::new(Config {
            cases: cases(64),
            ..Config::default()
        });
        let result = runner.run(&any::<String>(), |query| {
            let r = rt.block_on(ex.execute(GraphqlRequest::new(query)));
            prop_assert!(is_response(&r), "not a GraphQL response: {r}");
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
    });
}

fn name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["a", "b", "c"])
}

fn post_create() -> impl Strategy<Value = String> {
    (name(), prop::option::of(any::<i8>())).prop_map(|(t, s)| match s {
        Some(s) => format!("{{title: \"{t}\", score: {s}}}"),
        None => format!("{{title: \"{t}\"}}"),
    })
}

fn user_create() -> impl Strategy<Value = String> {
    (
        name(),
        prop::collection::vec(post_create(), 0..3),
        prop::collection::vec(name(), 0..2),
    )
        .prop_map(|(e, creates, connects)| {
            let connects: Vec<String> =
                connects.iter().map(|t| format!("{{title: \"{t}\"}}")).collect();
            format!(
                "{{email: \"{e}\", tags: {{set: [\"x\"]}}, posts: {{create: [{}], connect: [{}]}}}}",
                creates.join(", "),
                connects.join(", ")
            )
        })
}

/// One root mutation field of the blog API, with nested operations, often failing.
fn mutation() -> impl Strategy<Value = String> {
    let titles = || prop::collection::vec(name(), 0..3);
    let list = |ts: Vec<&str>| {
        ts.iter()
            .map(|t| format!("{{title: \"{t}\"}}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    prop_oneof![
        user_create().prop_map(|d| format!("mutation {{ createUser(data: {d}) {{ id }} }}")),
        (name(), name()).prop_map(|(t, e)| format!(
            "mutation {{ createPost(data: {{title: \"{t}\", author: {{connect: {{email: \"{e}\"}}}}}}) {{ id }} }}"
        )),
        (name(), user_create()).prop_map(|(t, u)| format!(
            "mutation {{ createPost(data: {{title: \"{t}\", author: {{create: {u}}}}}) {{ id }} }}"
        )),
        (name(), prop::option::of(name()), titles(), titles(), titles(), prop::collection::vec(post_create(), 0..2))
            .prop_map(move |(e, e2, disconnect, delete, connect, create)| {
                let new_email = e2.map(|x| format!("email: \"{x}\", ")).unwrap_or_default();
                format!(
                    "mutation {{ updateUser(where: {{email: \"{e}\"}}, data: {{{new_email}posts: {{disconnect: [{}], delete: [{}], connect: [{}], create: [{}], updateMany: [{{where: {{score_gt: 0}}, data: {{score: 1}}}}]}}}}) {{ id }} }}",
                    list(disconnect),
                    list(delete),
                    list(connect),
                    create.join(", ")
                )
            }),
        name().prop_map(|e| format!("mutation {{ deleteUser(where: {{email: \"{e}\"}}) {{ id }} }}")),
        name().prop_map(|t| format!("mutation {{ deletePost(where: {{title: \"{t}\"}}) {{ id }} }}")),
        (name(), user_create(), name()).prop_map(|(e, c, e2)| format!(
            "mutation {{ upsertUser(where: {{email: \"{e}\"}}, create: {c}, update: {{email: \"{e2}\"}}) {{ id }} }}"
        )),
        name().prop_map(|t| format!(
            "mutation {{ deleteManyUsers(where: {{posts_some: {{title: \"{t}\"}}}}) {{ count }} }}"
        )),
    ]
}

const DUMP: &str = "{ users(orderBy: id_ASC) { id email name tags posts(orderBy: id_ASC) { id } } posts(orderBy: id_ASC) { id title score author { id } } }";

#[test]
fn mutations_are_all_or_nothing() {
    on_small_stack(|rt| {
        let ex =
            Executor::deploy(Dialect::Prisma1, BLOG, ExecutorOptions::default()).expect("deploys");
        let mut runner = TestRunner::new(Config {
            cases: cases(48),
            ..Config::default()
        });
        let strategy = prop::collection::vec(mutation(), 1..8);
        let result = runner.run(&strategy, |mutations| {
            ex.reset();
            for m in mutations {
                let before = rt.block_on(ex.execute(GraphqlRequest::new(DUMP)));
                let r = rt.block_on(ex.execute(GraphqlRequest::new(m.clone())));
                prop_assert!(is_response(&r), "{m}: {r}");
                if r.get("errors").is_some() {
                    let after = rt.block_on(ex.execute(GraphqlRequest::new(DUMP)));
                    prop_assert_eq!(&before, &after, "{} half applied: {}", m, r);
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
    });
}

/// Operations with variables in several positions (a whole input object, a list, a scalar
/// inside a literal object, an optional variable with a default, two operations in one
/// document), with the names of their variables.
const WITH_VARIABLES: &[(&str, Option<&str>, &[&str])] = &[
    (
        "mutation ($d: UserCreateInput!) { createUser(data: $d) { id email tags } }",
        None,
        &["d"],
    ),
    (
        "mutation ($e: String!, $t: [String!]) { createUser(data: {email: $e, tags: {set: $t}}) { id tags } }",
        None,
        &["e", "t"],
    ),
    (
        "query ($w: UserWhereInput, $n: Int = 2) { users(where: $w, first: $n) { id } }",
        None,
        &["w", "n"],
    ),
    (
        "query A ($v: UserWhereUniqueInput!) { user(where: $v) { id } } mutation B ($s: Int) { createPost(data: {title: \"t\", score: $s, author: {create: {email: \"p\"}}}) { id } }",
        Some("B"),
        &["s"],
    ),
    (
        "query A ($v: UserWhereUniqueInput!) { user(where: $v) { id } } mutation B ($s: Int) { createPost(data: {title: \"t\", score: $s, author: {create: {email: \"p\"}}}) { id } }",
        Some("A"),
        &["v"],
    ),
];

/// A value for a variable: often of the right shape (a user to create, a filter, a string, a
/// list of strings, a number), often not.
fn variable_value() -> impl Strategy<Value = Value> {
    let scalar = prop_oneof![
        3 => prop::sample::select(vec!["a@x", "b@x", "c", ""]).prop_map(|s| json!(s)),
        1 => any::<i8>().prop_map(|n| json!(n)),
        1 => json_value(),
    ];
    let list = prop_oneof![
        prop::collection::vec(scalar.clone(), 0..3).prop_map(Value::Array),
        json_value(),
    ];
    let object = (
        prop::sample::select(vec!["email", "name", "id", "tags", "nope", "email_in"]),
        scalar.clone(),
        prop::option::of((
            prop::sample::select(vec!["name", "tags", "score"]),
            list.clone(),
        )),
    )
        .prop_map(|(k, v, more)| {
            let mut o = serde_json::Map::new();
            o.insert(k.to_string(), v);
            if let Some((k2, v2)) = more {
                let v2 = if k2 == "tags" { json!({"set": v2}) } else { v2 };
                o.insert(k2.to_string(), v2);
            }
            Value::Object(o)
        });
    prop_oneof![3 => object, 2 => scalar, 1 => list, 1 => json_value()]
}

/// Variables for `names`: each usually provided, sometimes one more that no operation knows.
fn variables_for(names: &'static [&'static str]) -> impl Strategy<Value = Value> {
    let provided =
        prop::collection::vec((prop::bool::weighted(0.85), variable_value()), names.len());
    (provided, prop::option::weighted(0.1, variable_value())).prop_map(move |(values, extra)| {
        let mut m = serde_json::Map::new();
        for (name, (given, v)) in names.iter().zip(values) {
            if given {
                m.insert(name.to_string(), v);
            }
        }
        if let Some(x) = extra {
            m.insert("x".to_string(), x);
        }
        Value::Object(m)
    })
}

/// One request: an operation of [`WITH_VARIABLES`] and variables for it.
fn request_with_variables() -> impl Strategy<Value = (&'static str, Option<&'static str>, Value)> {
    prop::sample::select(WITH_VARIABLES)
        .prop_flat_map(|(q, op, names)| variables_for(names).prop_map(move |v| (q, op, v)))
}

/// Validation once per document (`api::revalidation`) never changes an answer: one executor
/// gets each operation under its own text (validated once, then skipped when the variables
/// fit), a twin with the same id seed gets a text no one sent before (always validated); both
/// must answer every request alike.
#[test]
fn a_document_validated_once_answers_as_one_validated_each_time() {
    on_small_stack(|rt| {
        let options = || ExecutorOptions {
            id_seed: Some(7),
            ..ExecutorOptions::default()
        };
        let cached = Executor::deploy(Dialect::Prisma1, BLOG, options()).expect("deploys");
        let fresh = Executor::deploy(Dialect::Prisma1, BLOG, options()).expect("deploys");
        let sent = std::cell::Cell::new(0u64);
        let mut runner = TestRunner::new(Config {
            cases: cases(96),
            ..Config::default()
        });
        let strategy = prop::collection::vec(request_with_variables(), 1..12);
        let result = runner.run(&strategy, |requests| {
            for (query, op, variables) in requests {
                sent.set(sent.get() + 1);
                let request = |text: String| GraphqlRequest {
                    query: text,
                    variables: Some(variables.clone()),
                    operation_name: op.map(str::to_string),
                };
                let a = rt.block_on(cached.execute(request(query.to_string())));
                // A comment at the end: another cache key, the same document and positions.
                let b = rt.block_on(fresh.execute(request(format!("{query} #{}", sent.get()))));
                prop_assert_eq!(&a, &b, "{} with {}", query, variables);
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
    });
}

const SDL_TOKENS: &[&str] = &[
    "type",
    "enum",
    "interface",
    "input",
    "scalar",
    "extend",
    "User",
    "Post",
    "A",
    // Names that clash with another model's or a built-in root field.
    "Posts",
    "PostsList",
    "Node",
    "user",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ":",
    "!",
    "@",
    "unique",
    "isUnique",
    "relation",
    "default",
    "defaultValue",
    "name:",
    "value:",
    "onDelete:",
    "CASCADE",
    "\"R\"",
    "\"x\"",
    "1",
    "ID",
    "String",
    "Int",
    "Float",
    "Boolean",
    "DateTime",
    "Json",
    "id",
    "posts",
    "author",
    "title",
    "model",
    "#c\n",
    "\n",
    "=",
];

#[test]
fn arbitrary_sdl_never_panics() {
    on_small_stack(|_| {
        let mut runner = TestRunner::new(Config {
            cases: cases(48),
            ..Config::default()
        });
        let strategy = prop::collection::vec(prop::sample::select(SDL_TOKENS), 0..60)
            .prop_map(|t| t.join(" "));
        let result = runner.run(&strategy, |sdl| {
            if DataModel::parse(&sdl).is_ok() {
                for dialect in [
                    Dialect::Prisma1,
                    Dialect::GraphCms,
                    Dialect::Graphcool,
                    Dialect::EightBase,
                ] {
                    let _ = Executor::deploy(dialect, &sdl, ExecutorOptions::default());
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
        let mut runner = TestRunner::new(Config {
            cases: cases(64),
            ..Config::default()
        });
        let result = runner.run(&any::<String>(), |sdl| {
            let _ = DataModel::parse(&sdl);
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
    });
}
