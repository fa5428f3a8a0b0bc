//! Hostile requests (issue 11): deeply nested values, filters and nested creates, and cost
//! amplification, answered with a clear GraphQL error while the executor stays usable. Each
//! request runs on a thread with a small stack (smaller than tokio's 2 MiB workers, on which
//! `crudspec serve` runs its handlers), so a limit that holds here holds in the server.

use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use serde_json::{Value, json};

/// The stack of the threads the requests run on: half of a tokio worker's.
const SMALL_STACK: usize = 1024 * 1024;

const CHAIN: &str = r#"
type Link {
  id: ID! @unique
  name: String
  child: Link @relation(name: "Chain")
  parent: Link @relation(name: "Chain")
  tags: [String!]!
}
"#;

fn deploy(dialect: Dialect, sdl: &str) -> Executor {
    Executor::deploy(dialect, sdl, ExecutorOptions::default()).expect("deploys")
}

/// Runs one request on a fresh small-stack thread and returns its answer.
fn on_small_stack(ex: &Executor, request: GraphqlRequest) -> Value {
    let ex = ex.clone();
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .build()
                .expect("runtime");
            rt.block_on(ex.execute(request))
        })
        .expect("thread")
        .join()
        .expect("the request thread did not crash")
}

fn first_message(r: &Value) -> String {
    r["errors"][0]["message"]
        .as_str()
        .unwrap_or_else(|| panic!("expected an error in {r}"))
        .to_string()
}

/// The executor still answers a small query after the hostile one.
fn still_answers(ex: &Executor) {
    let r = on_small_stack(ex, GraphqlRequest::new("{ links { id } }"));
    assert!(r.get("errors").is_none(), "{r}");
}

fn nested_list(depth: usize) -> String {
    format!("{}\"x\"{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn a_deep_list_value_is_refused() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    let q = format!(
        "{{ links(where: {{id_in: {}}}) {{ id }} }}",
        nested_list(1540)
    );
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    let m = first_message(&r);
    assert!(m.contains("nested"), "{m}");
    still_answers(&ex);
}

#[test]
fn a_deep_and_filter_is_refused() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    let q = format!(
        "{{ links(where: {}{{}}{}) {{ id }} }}",
        "{AND: ".repeat(995),
        "}".repeat(995)
    );
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    let m = first_message(&r);
    assert!(m.contains("nested"), "{m}");
    still_answers(&ex);
}

fn nested_creates(levels: usize) -> String {
    let mut data = String::from("{name: \"leaf\"}");
    for i in 0..levels {
        data = format!("{{name: \"n{i}\", child: {{create: {data}}}}}");
    }
    format!("mutation {{ createLink(data: {data}) {{ id }} }}")
}

#[test]
fn five_hundred_nested_creates_are_refused_and_nothing_is_written() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    let r = on_small_stack(&ex, GraphqlRequest::new(nested_creates(500)));
    let m = first_message(&r);
    assert!(m.contains("nest"), "{m}");
    let r = on_small_stack(&ex, GraphqlRequest::new("{ links { id } }"));
    assert_eq!(r["data"]["links"], json!([]), "{r}");
}

#[test]
fn nested_creates_up_to_the_limit_run() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    // 31 levels: the deepest the input-depth limit (64) lets Prisma's shapes nest.
    let r = on_small_stack(&ex, GraphqlRequest::new(nested_creates(31)));
    assert!(r.get("errors").is_none(), "{r}");
    let r = on_small_stack(&ex, GraphqlRequest::new("{ links { id } }"));
    assert_eq!(r["data"]["links"].as_array().map(Vec::len), Some(32), "{r}");
}

const GRAPHCOOL_CHAIN: &str = r#"
type Item @model {
  id: ID! @isUnique
  name: String
  next: Part @relation(name: "ItemToPart")
  prev: Part @relation(name: "PartToItem")
}
type Part @model {
  id: ID! @isUnique
  name: String
  next: Item @relation(name: "PartToItem")
  prev: Item @relation(name: "ItemToPart")
}
"#;

fn graphcool_creates(levels: usize) -> String {
    let mut data = String::from("{name: \"leaf\"}");
    for i in 0..levels.saturating_sub(1) {
        data = format!("{{name: \"n{i}\", next: {data}}}");
    }
    format!("mutation {{ createItem(name: \"root\", next: {data}) {{ id }} }}")
}

#[test]
fn graphcool_nested_creates_have_their_own_limit() {
    let ex = deploy(Dialect::Graphcool, GRAPHCOOL_CHAIN);
    let r = on_small_stack(&ex, GraphqlRequest::new(graphcool_creates(32)));
    assert!(r.get("errors").is_none(), "{r}");
    let r = on_small_stack(&ex, GraphqlRequest::new(graphcool_creates(33)));
    let m = first_message(&r);
    assert!(m.contains("33 levels of nested mutations"), "{m}");
    assert!(m.contains("limit of 32"), "{m}");
    let r = on_small_stack(&ex, GraphqlRequest::new(graphcool_creates(500)));
    assert!(first_message(&r).contains("nest"), "{r}");
    let r = on_small_stack(
        &ex,
        GraphqlRequest::new("{ _allItemsMeta { count } _allPartsMeta { count } }"),
    );
    assert_eq!(r["data"]["_allItemsMeta"]["count"], 17, "{r}");
    assert_eq!(r["data"]["_allPartsMeta"]["count"], 16, "{r}");
}

#[test]
fn deep_variables_are_refused() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    let mut ids = json!("x");
    for _ in 0..200 {
        ids = Value::Array(vec![ids]);
    }
    let request = GraphqlRequest::new("query ($ids: [ID!]) { links(where: {id_in: $ids}) { id } }")
        .with_variables(json!({ "ids": ids }));
    let r = on_small_stack(&ex, request);
    let m = first_message(&r);
    assert!(m.contains("variables nest deeper than 64"), "{m}");
    // As a JSON string too (some clients send them so).
    let text = format!("{{\"ids\": {}\"x\"{}}}", "[".repeat(200), "]".repeat(200));
    let request = GraphqlRequest::new("query ($ids: [ID!]) { links(where: {id_in: $ids}) { id } }")
        .with_variables(Value::String(text));
    let r = on_small_stack(&ex, request);
    assert!(r.get("errors").is_some(), "{r}");
    still_answers(&ex);
}

const BLOG: &str = r#"
type User {
  id: ID! @unique
  name: String
  posts: [Post!]!
}
type Post {
  id: ID! @unique
  title: String
  author: User
}
"#;

/// Nested aliases: every level asks for the posts of each post's author twice, so the answer
/// doubles per level on top of the list sizes.
fn alias_amplification(levels: usize) -> String {
    let mut sel = String::from("id");
    for _ in 0..levels {
        sel = format!("a:posts{{b:author{{{sel}}}}}c:posts{{id}}");
    }
    format!("{{users{{{sel}}}}}")
}

#[test]
fn nested_alias_amplification_is_refused_before_it_runs() {
    let ex = deploy(Dialect::Prisma1, BLOG);
    // A few users with a few posts each, so that every list has elements.
    for u in 0..8 {
        let posts: String = (0..8).map(|p| format!("{{title: \"{u}-{p}\"}}")).collect();
        let r = on_small_stack(
            &ex,
            GraphqlRequest::new(format!(
                "mutation {{ createUser(data: {{name: \"{u}\", posts: {{create: [{posts}]}}}}) {{ id }} }}"
            )),
        );
        assert!(r.get("errors").is_none(), "{r}");
    }
    let q = alias_amplification(6);
    assert!(q.len() < 200, "{} bytes", q.len());
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    let m = first_message(&r);
    assert!(m.contains("estimated cost"), "{m}");
    assert!(m.contains("--max-cost"), "{m}");
    assert!(r["data"].is_null(), "{r}");
    // Bounded by `first`, the same shape is cheap enough and runs.
    let q = "{users(first:2){a:posts(first:2){b:author{posts(first:2){id}}}c:posts{id}}}";
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    assert!(r.get("errors").is_none(), "{r}");
    let r = on_small_stack(&ex, GraphqlRequest::new("{ users { id } }"));
    assert!(r.get("errors").is_none(), "{r}");
}

#[test]
fn introspection_amplification_is_refused_and_the_usual_introspection_runs() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    let mut q = String::from("{ __schema { types { ...T8 } } }\nfragment T0 on __Type { name }\n");
    for i in 1..=8 {
        q += &format!(
            "fragment T{i} on __Type {{ a: fields {{ type {{ ...T{p} }} }} b: fields {{ type {{ ...T{p} }} }} }}\n",
            p = i - 1
        );
    }
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    assert!(first_message(&r).contains("estimated cost"), "{r}");
    let r = on_small_stack(&ex, GraphqlRequest::new(INTROSPECTION));
    assert!(r.get("errors").is_none(), "{r}");
}

#[test]
fn too_many_aliases_are_refused() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    let fields: String = (0..300).map(|i| format!("a{i}: __typename ")).collect();
    let r = on_small_stack(&ex, GraphqlRequest::new(format!("{{ {fields} }}")));
    let m = first_message(&r);
    assert!(m.contains("300 aliases"), "{m}");
    assert!(m.contains("--max-aliases"), "{m}");
}

#[test]
fn responses_over_the_size_limit_are_refused() {
    let mut options = ExecutorOptions::default();
    options.limits.max_response_bytes = 2_000;
    let ex = Executor::deploy(Dialect::Prisma1, CHAIN, options).expect("deploys");
    let long = "x".repeat(500);
    for _ in 0..5 {
        let r = on_small_stack(
            &ex,
            GraphqlRequest::new(format!(
                "mutation {{ createLink(data: {{name: \"{long}\"}}) {{ id }} }}"
            )),
        );
        assert!(r.get("errors").is_none(), "{r}");
    }
    let r = on_small_stack(&ex, GraphqlRequest::new("{ links { name } }"));
    let m = first_message(&r);
    assert!(m.contains("larger than 2000 bytes"), "{m}");
    assert!(m.contains("--max-response-bytes"), "{m}");
}

/// The introspection query GraphiQL sends (abridged to the parts that nest).
const INTROSPECTION: &str = r#"
query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
  }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}
"#;

#[test]
fn the_full_introspection_query_fits_the_default_cost_on_every_fixture() {
    let dir = format!("{}/../fixtures/datamodels", env!("CARGO_MANIFEST_DIR"));
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "graphql"))
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        // Graphcool's SDL (`@isUnique`, every relation named) is kept apart by its suffix; the
        // other models are deployed as Prisma 1 and as 8base.
        let dialects: &[Dialect] = if name.ends_with("_graphcool") {
            &[Dialect::Graphcool]
        } else {
            &[Dialect::Prisma1, Dialect::EightBase]
        };
        let sdl = std::fs::read_to_string(&path).expect("fixture");
        for &dialect in dialects {
            let ex = deploy(dialect, &sdl);
            let r = on_small_stack(&ex, GraphqlRequest::new(INTROSPECTION));
            assert!(
                r.get("errors").is_none(),
                "{name} ({dialect}): {}",
                r["errors"]
            );
        }
    }
}

/// The limits hold: requests just under them run on the small stack.
#[test]
fn values_just_under_the_depth_limit_run_on_a_small_stack() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    // `where: {` counts too: 63 nested lists inside it.
    let q = format!(
        "{{ links(where: {{id_in: {}}}) {{ id }} }}",
        nested_list(63)
    );
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    assert!(!first_message(&r).contains("deeper than"), "{r}");
    let q = format!(
        "{{ links(where: {}{{}}{}) {{ id }} }}",
        "{AND: ".repeat(63),
        "}".repeat(63)
    );
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    assert!(r.get("errors").is_none(), "{r}");
    let q = format!(
        "{{ links(where: {}{{}}{}) {{ id }} }}",
        "{child: ".repeat(63),
        "}".repeat(63)
    );
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    assert!(r.get("errors").is_none(), "{r}");
}

#[test]
fn deep_selections_and_fragment_chains_are_refused() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    let q = format!(
        "{{ links {{ {} id {} }} }}",
        "child { ".repeat(500),
        "}".repeat(500)
    );
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    assert!(r.get("errors").is_some(), "{r}");
    let mut q = String::from("{ links { ...F0 } }\n");
    for i in 0..2000 {
        q += &format!("fragment F{i} on Link {{ child {{ ...F{} }} }}\n", i + 1);
    }
    q += "fragment F2000 on Link { id }\n";
    let r = on_small_stack(&ex, GraphqlRequest::new(q));
    assert!(r.get("errors").is_some(), "{r}");
    still_answers(&ex);
}

#[test]
fn deep_sdl_is_a_deploy_error() {
    let sdl = format!(
        "type Link {{ id: ID! @unique tags: {}String{} }}",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let result = std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            Executor::deploy(Dialect::Prisma1, &sdl, ExecutorOptions::default()).is_err()
        })
        .expect("thread")
        .join()
        .expect("no crash");
    assert!(result);
}

/// How deep the whole pipeline goes on the small stack (run by hand:
/// `cargo test -p crudspec-reference --test integration -- hostile_input::depth_headroom --ignored
/// --nocapture`).
#[test]
#[ignore]
fn depth_headroom() {
    // In a debug build 192 still ran on 1 MiB, 256 overflowed it.
    for depth in [64, 96, 128, 192] {
        let mut options = ExecutorOptions::default();
        options.limits.max_input_depth = 10_000;
        let ex = Executor::deploy(Dialect::Prisma1, CHAIN, options).expect("deploys");
        let q = format!(
            "{{ links(where: {}{{}}{}) {{ id }} }}",
            "{AND: ".repeat(depth),
            "}".repeat(depth)
        );
        let r = on_small_stack(&ex, GraphqlRequest::new(q));
        println!(
            "AND x{depth}: {}",
            r.to_string().chars().take(120).collect::<String>()
        );
    }
}

/// One POST over loopback with std I/O: (status, body).
fn http_post(addr: std::net::SocketAddr, body: &str) -> (u16, Value) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .expect("timeout");
    let head = format!(
        "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).expect("head");
    s.write_all(body.as_bytes()).expect("body");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("answer");
    let text = String::from_utf8_lossy(&raw);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let json = text
        .split_once("\r\n\r\n")
        .and_then(|(_, b)| serde_json::from_str(b).ok())
        .unwrap_or(Value::Null);
    (status, json)
}

/// The same hostile requests through `reference::server` (handlers on tokio workers, as in
/// `crudspec serve`): each is answered with an error and the server stays up.
#[test]
fn the_http_server_answers_hostile_requests_and_stays_up() {
    let ex = deploy(Dialect::Prisma1, CHAIN);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let server = rt
        .block_on(crudspec_reference::server::spawn_local(
            ex,
            crudspec_reference::server::ServerConfig::default(),
        ))
        .expect("server");
    let addr = server.addr;
    let and = format!(
        "{{ links(where: {}{{}}{}) {{ id }} }}",
        "{AND: ".repeat(995),
        "}".repeat(995)
    );
    let list = format!(
        "{{ links(where: {{id_in: {}}}) {{ id }} }}",
        nested_list(1540)
    );
    for query in [list, and, nested_creates(500)] {
        let (status, body) = http_post(addr, &json!({ "query": query }).to_string());
        assert_eq!(status, 200, "{body}");
        let m = first_message(&body);
        assert!(m.contains("--max-input-depth"), "{m}");
    }
    let (status, body) = http_post(addr, &json!({"query": "{ links { id } }"}).to_string());
    assert_eq!((status, body["data"]["links"].clone()), (200, json!([])));
    rt.block_on(server.shutdown()).expect("shutdown");
}

#[test]
fn the_full_introspection_query_fits_the_default_cost_on_a_100_model_data_model() {
    let sdl: String = (0..100)
        .map(|i| {
            format!(
                "type M{i} {{ id: ID! @unique name: String! @unique n: Int tags: [String!]! next: M{} @relation(name: \"R{i}\") prev: M{} @relation(name: \"R{}\") }}\n",
                (i + 1) % 100,
                (i + 99) % 100,
                (i + 99) % 100
            )
        })
        .collect();
    let ex = deploy(Dialect::Prisma1, &sdl);
    let r = on_small_stack(&ex, GraphqlRequest::new(INTROSPECTION));
    assert!(r.get("errors").is_none(), "{}", r["errors"]);
}
