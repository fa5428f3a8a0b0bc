//! Tests of the quirky loopback endpoint (`support/quirky.rs`, issue 7 item 7): each
//! `Quirks` switch frames the reference executor's answers as specified, on the data model
//! `fixtures/datamodels/post_single.graphql` with the `prisma1` dialect; with every switch off
//! the endpoint answers byte for byte as the reference server does. Also checks that
//! `fixtures/targets/quirky-example.json` maps every string code the endpoint produces.

use crate::support::quirky::{
    APOLLO_VALIDATION_CODE, INTROSPECTION_REFUSAL, Quirks, USER_FACING_CODES, apollo_message,
    http_request, http_request_blocking, is_introspection, parse_http_answer, spawn_quirky,
    spawn_quirky_thread, spawn_quirky_with, user_facing_code,
};
use crate::support::workspace;
use crudspec_reference::server::{ServerConfig, spawn_local};
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use serde_json::{Value, json};
use std::time::{Duration, Instant};

fn read(rel: &str) -> String {
    let path = workspace().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn post_sdl() -> String {
    read("fixtures/datamodels/post_single.graphql")
}

/// One HTTP answer: status, content type, raw body.
#[derive(Debug, PartialEq)]
struct Answer {
    status: u16,
    content_type: Option<String>,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "status {}: the body is not JSON ({e}): {:?}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// POSTs `body` verbatim as JSON, with extra headers.
async fn post_raw(url: &str, body: &str, headers: &[(&str, &str)]) -> Answer {
    let answer = http_request("POST", url, headers, body)
        .await
        .unwrap_or_else(|e| panic!("POST {url} {body}: {e}"));
    Answer {
        status: answer.status,
        content_type: answer.headers.get("content-type").cloned(),
        body: answer.body,
    }
}

/// POSTs `{"query": query, "variables": {}}` and expects 200 with a JSON body.
async fn gql(url: &str, query: &str) -> Value {
    let body = json!({"query": query, "variables": {}}).to_string();
    let answer = post_raw(url, &body, &[]).await;
    assert_eq!(answer.status, 200, "{query}: {:?}", answer.json());
    answer.json()
}

fn errors(v: &Value) -> &Vec<Value> {
    v.get("errors")
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no errors in {v}"))
}

const CREATE_P1: &str = r#"mutation { createPost(data: {id: "p1", title: "One"}) { id title } }"#;

#[tokio::test]
async fn all_off_answers_exactly_as_the_reference_server() {
    let sdl = post_sdl();
    let deploy = || {
        Executor::deploy(
            Dialect::Prisma1,
            &sdl,
            ExecutorOptions {
                id_seed: Some(7),
                ..ExecutorOptions::default()
            },
        )
        .unwrap_or_else(|e| panic!("deploy: {e}"))
    };
    let reference = spawn_local(deploy(), ServerConfig::default())
        .await
        .unwrap_or_else(|e| panic!("reference server: {e}"));
    let quirky = spawn_quirky_with(deploy(), Quirks::default()).await;
    let bodies = [
        json!({"query": CREATE_P1}).to_string(),
        // duplicate id: 3010
        json!({"query": CREATE_P1, "variables": {}}).to_string(),
        json!({"query": r#"mutation { a: createPost(data: {title: "A"}) { id title } b: createPost(data: {title: "B"}) { id title } }"#}).to_string(),
        json!({"query": "query Q($t: String) { posts(where: {title: $t}) { id title } }", "variables": {"t": "A"}, "operationName": "Q"}).to_string(),
        json!({"query": r#"mutation { updatePost(where: {id: "nope"}, data: {title: "x"}) { id } }"#}).to_string(),
        json!({"query": "{ posts { id nope } }"}).to_string(),
        json!({"query": "{ __schema { queryType { name } } }"}).to_string(),
        json!({"query": "{ posts { __typename id } }", "variables": null}).to_string(),
        json!({"query": "{ posts { id } }", "variables": 3}).to_string(),
        json!({"query": "{ posts { "}).to_string(),
        "not json".to_string(),
        "{}".to_string(),
    ];
    for body in &bodies {
        let expected = post_raw(&reference.url, body, &[]).await;
        let actual = post_raw(&quirky.url, body, &[]).await;
        assert_eq!(
            actual,
            expected,
            "request {body}: quirky {} vs reference {}",
            String::from_utf8_lossy(&actual.body),
            String::from_utf8_lossy(&expected.body)
        );
    }
    // The store behind both is the same after the same requests.
    let dump = "{ posts(orderBy: id_ASC) { id title description } }";
    assert_eq!(
        gql(&quirky.url, dump).await,
        gql(&reference.url, dump).await
    );
    quirky.shutdown().await;
    reference
        .shutdown()
        .await
        .unwrap_or_else(|e| panic!("reference shutdown: {e}"));
}

#[tokio::test]
async fn get_is_405_and_other_paths_404() {
    let server = spawn_quirky("prisma1", &post_sdl(), Quirks::default()).await;
    let url = format!("{}?query=%7B%20posts%20%7B%20id%20%7D%20%7D", server.url);
    let get = http_request("GET", &url, &[], "")
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    assert_eq!(get.status, 405, "{}", get.text());
    assert_eq!(get.headers.get("allow").map(String::as_str), Some("POST"));
    let other = post_raw(
        &format!("{}graphql", server.url),
        r#"{"query":"{ posts { id } }"}"#,
        &[],
    )
    .await;
    assert_eq!(other.status, 404);
    assert!(other.json()["errors"][0]["message"].is_string());
}

#[tokio::test]
async fn require_variables_answers_400_with_an_empty_body() {
    let quirks = Quirks {
        require_variables: true,
        ..Quirks::default()
    };
    let server = spawn_quirky("prisma1", &post_sdl(), quirks).await;
    for body in [
        json!({"query": "{ posts { id } }"}).to_string(),
        json!({"query": "{ posts { id } }", "operationName": null}).to_string(),
        "not json".to_string(),
    ] {
        let answer = post_raw(&server.url, &body, &[]).await;
        assert_eq!(answer.status, 400, "{body}");
        assert!(
            answer.body.is_empty(),
            "{body}: body {:?}",
            String::from_utf8_lossy(&answer.body)
        );
    }
    // With a `variables` key (also null) the request is answered.
    let with = post_raw(
        &server.url,
        &json!({"query": CREATE_P1, "variables": {}}).to_string(),
        &[],
    )
    .await;
    assert_eq!(with.status, 200);
    assert_eq!(with.json()["data"]["createPost"]["title"], "One");
    let null = post_raw(
        &server.url,
        &json!({"query": "{ posts { id } }", "variables": null}).to_string(),
        &[],
    )
    .await;
    assert_eq!(null.status, 200);
    assert_eq!(null.json()["data"]["posts"], json!([{"id": "p1"}]));
}

#[tokio::test]
async fn last_root_field_only_keeps_the_last_key_but_executes_everything() {
    let quirks = Quirks {
        last_root_field_only: true,
        ..Quirks::default()
    };
    let server = spawn_quirky("prisma1", &post_sdl(), quirks).await;
    let v = gql(
        &server.url,
        r#"mutation { a: createPost(data: {title: "A"}) { title } b: createPost(data: {title: "B"}) { title } }"#,
    )
    .await;
    assert_eq!(v, json!({"data": {"b": {"title": "B"}}}));
    // Both were created: one root field per request sees them.
    let v = gql(&server.url, "{ posts(orderBy: title_ASC) { title } }").await;
    assert_eq!(
        v,
        json!({"data": {"posts": [{"title": "A"}, {"title": "B"}]}})
    );
    // Count queries of the kind the suite sends lose all but the last alias.
    let v = gql(
        &server.url,
        "{ n0: postsConnection { aggregate { count } } n1: postsConnection { aggregate { count } } }",
    )
    .await;
    assert_eq!(
        v,
        json!({"data": {"n1": {"aggregate": {"count": 2}}}}),
        "{v}"
    );
    // An error of an earlier root field disappears with it...
    let v = gql(
        &server.url,
        r#"mutation { x: updatePost(where: {id: "nope"}, data: {title: "x"}) { id } y: createPost(data: {title: "C"}) { title } }"#,
    )
    .await;
    assert_eq!(v, json!({"data": {"y": {"title": "C"}}}), "{v}");
    // ...one of the last root field is kept.
    let v = gql(
        &server.url,
        r#"mutation { y: createPost(data: {title: "D"}) { title } x: updatePost(where: {id: "nope"}, data: {title: "x"}) { id } }"#,
    )
    .await;
    let errs = errors(&v);
    assert_eq!(errs.len(), 1, "{v}");
    assert_eq!(errs[0]["path"], json!(["x"]));
    assert_eq!(errs[0]["code"], 3039);
    assert!(
        v["data"].is_null() || v["data"].as_object().is_some_and(|d| d.keys().eq(["x"])),
        "{v}"
    );
    // Errors without a path (validation) are kept.
    let v = gql(&server.url, "{ a: posts { id } b: posts { nope } }").await;
    assert!(errors(&v)[0].get("path").is_none(), "{v}");
    assert!(v["data"].is_null(), "{v}");
    // operationName picks the operation whose last field counts.
    let body = json!({
        "query": "query P { first: posts { id } second: posts { title } } query Q { third: posts { id } }",
        "variables": {},
        "operationName": "P",
    })
    .to_string();
    let v = post_raw(&server.url, &body, &[]).await.json();
    let data = v["data"]
        .as_object()
        .unwrap_or_else(|| panic!("no data: {v}"));
    assert!(data.keys().eq(["second"]), "{v}");
}

#[tokio::test]
async fn user_facing_errors_carry_string_codes_and_no_message() {
    let quirks = Quirks {
        user_facing_errors: true,
        ..Quirks::default()
    };
    let server = spawn_quirky("prisma1", &post_sdl(), quirks).await;
    let first = gql(&server.url, CREATE_P1).await;
    assert_eq!(first["data"]["createPost"]["id"], "p1");
    let dup = gql(&server.url, CREATE_P1).await;
    let errs = errors(&dup);
    assert_eq!(errs.len(), 1, "{dup}");
    let e = &errs[0];
    let obj = e
        .as_object()
        .unwrap_or_else(|| panic!("error is not an object: {e}"));
    assert!(
        obj.keys()
            .all(|k| ["error", "user_facing_error", "path"].contains(&k.as_str())),
        "{e}"
    );
    assert!(e.get("message").is_none() && e.get("code").is_none(), "{e}");
    let ufe = &e["user_facing_error"];
    assert_eq!(ufe["error_code"], "P2002");
    assert_eq!(ufe["is_panic"], false);
    assert_eq!(ufe["meta"], json!({}));
    let text = "A unique constraint would be violated on Post. Details: Field name = id";
    assert_eq!(ufe["message"], text, "{e}");
    assert_eq!(e["error"], text, "{e}");
    assert_eq!(e["path"], json!(["createPost"]));
    // Node not found: 3039 → P2025.
    let missing = gql(
        &server.url,
        r#"mutation { updatePost(where: {id: "nope"}, data: {title: "x"}) { id } }"#,
    )
    .await;
    let e = &errors(&missing)[0];
    assert_eq!(e["user_facing_error"]["error_code"], "P2025", "{e}");
    assert!(
        e["error"]
            .as_str()
            .is_some_and(|m| m.starts_with("No Node for the model Post")),
        "{e}"
    );
    // Validation errors (no code) are left as they are when apollo_validation is off.
    let invalid = gql(&server.url, "{ posts { nope } }").await;
    let e = &errors(&invalid)[0];
    assert!(
        e["message"].is_string() && e.get("user_facing_error").is_none(),
        "{e}"
    );
}

#[test]
fn user_facing_codes_follow_the_table() {
    let expected = [
        (3007, "P2000"),
        (3010, "P2002"),
        (3020, "P2011"),
        (3032, "P2012"),
        (3036, "P2007"),
        (3039, "P2025"),
        (3040, "P2009"),
        (3041, "P2017"),
        (3042, "P2014"),
        (3045, "P2009"),
    ];
    assert_eq!(USER_FACING_CODES, expected);
    for (n, s) in expected {
        assert_eq!(user_facing_code(n), Some(s), "{n}");
    }
    assert_eq!(user_facing_code(3999), None);
}

#[tokio::test]
async fn apollo_validation_codes_and_rewords_validation_errors_only() {
    let quirks = Quirks {
        apollo_validation: true,
        ..Quirks::default()
    };
    let sdl = post_sdl();
    let server = spawn_quirky("prisma1", &sdl, quirks).await;
    let reference = Executor::deploy(Dialect::Prisma1, &sdl, ExecutorOptions::default())
        .unwrap_or_else(|e| panic!("deploy: {e}"));
    let query = "{ posts { id nope } }";
    let original = reference.execute(GraphqlRequest::new(query)).await;
    let original_message = original["errors"][0]["message"]
        .as_str()
        .unwrap_or_else(|| panic!("no message in {original}"))
        .to_string();
    let v = gql(&server.url, query).await;
    let errs = errors(&v);
    assert_eq!(errs.len(), errors(&original).len(), "{v}");
    let e = &errs[0];
    assert_eq!(e["extensions"]["code"], APOLLO_VALIDATION_CODE, "{e}");
    let message = e["message"]
        .as_str()
        .unwrap_or_else(|| panic!("no message in {e}"));
    assert!(
        !message.contains(&original_message),
        "{message:?} still contains {original_message:?}"
    );
    assert!(e.get("code").is_none(), "{e}");
    // Coded (Prisma) errors are untouched.
    let missing = gql(
        &server.url,
        r#"mutation { updatePost(where: {id: "nope"}, data: {title: "x"}) { id } }"#,
    )
    .await;
    let e = &errors(&missing)[0];
    assert_eq!(e["code"], 3039, "{e}");
    assert!(e.get("extensions").is_none(), "{e}");
}

#[test]
fn apollo_messages_never_contain_the_original() {
    for original in [
        "Cannot query field 'nope' on type 'Post'. (line 1, column 14)",
        "unknown argument \"x\"",
        "already lower case without quotes",
        "1234 +-",
        "",
    ] {
        let m = apollo_message(original);
        assert!(m.starts_with("Validation failed"), "{m}");
        assert!(
            original.is_empty() || !m.contains(original),
            "{m:?} / {original:?}"
        );
    }
}

#[tokio::test]
async fn echo_headers_returns_every_request_header() {
    let quirks = Quirks {
        echo_headers: true,
        ..Quirks::default()
    };
    let server = spawn_quirky("prisma1", &post_sdl(), quirks).await;
    let body = json!({"query": "{ posts { id } }"}).to_string();
    let v = post_raw(
        &server.url,
        &body,
        &[
            ("Authorization", "Bearer s3cr3t-token"),
            ("X-Api-Key", "k-123"),
        ],
    )
    .await
    .json();
    assert_eq!(v["data"], json!({"posts": []}));
    let echo = &v["extensions"]["echo"];
    assert_eq!(echo["authorization"], "Bearer s3cr3t-token", "{v}");
    assert_eq!(echo["x-api-key"], "k-123", "{v}");
    assert_eq!(echo["content-type"], "application/json", "{v}");
    // Error answers echo too.
    let v = post_raw(&server.url, "not json", &[("X-Api-Key", "k-456")])
        .await
        .json();
    assert_eq!(v["extensions"]["echo"]["x-api-key"], "k-456", "{v}");
    // What the endpoint received is recorded.
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].method, "POST");
    assert_eq!(received[0].body, body);
    assert_eq!(
        received[0].headers.get("authorization").map(String::as_str),
        Some("Bearer s3cr3t-token")
    );
}

#[tokio::test]
async fn delay_ms_delays_each_answer() {
    let quirks = Quirks {
        delay_ms: 300,
        ..Quirks::default()
    };
    let server = spawn_quirky("prisma1", &post_sdl(), quirks).await;
    for _ in 0..2 {
        let start = Instant::now();
        let v = gql(&server.url, "{ posts { id } }").await;
        assert_eq!(v["data"], json!({"posts": []}));
        assert!(
            start.elapsed() >= Duration::from_millis(300),
            "{:?}",
            start.elapsed()
        );
    }
}

#[tokio::test]
async fn no_introspection_refuses_schema_and_type_but_not_typename() {
    let quirks = Quirks {
        no_introspection: true,
        ..Quirks::default()
    };
    let server = spawn_quirky("prisma1", &post_sdl(), quirks).await;
    for query in [
        "{ __schema { queryType { name } } }",
        "query { __type(name: \"Post\") { name } }",
        "{ posts { id } __schema{types{name}} }",
    ] {
        let answer = post_raw(
            &server.url,
            &json!({"query": query, "variables": {}}).to_string(),
            &[],
        )
        .await;
        assert_eq!(answer.status, 400, "{query}");
        assert_eq!(
            answer.json(),
            json!({"errors": [{"message": INTROSPECTION_REFUSAL}]}),
            "{query}"
        );
    }
    let v = gql(&server.url, "{ posts { __typename id } }").await;
    assert_eq!(v, json!({"data": {"posts": []}}));
    assert!(is_introspection("{__type(name:\"A\"){name}}"));
    assert!(!is_introspection("{ a { __typename } __typenames }"));
}

#[tokio::test]
async fn query_engine_preset_combines_its_quirks() {
    let server = spawn_quirky("prisma1", &post_sdl(), Quirks::query_engine()).await;
    let no_vars = post_raw(&server.url, &json!({"query": CREATE_P1}).to_string(), &[]).await;
    assert_eq!((no_vars.status, no_vars.body.len()), (400, 0));
    gql(&server.url, CREATE_P1).await;
    // Two root fields: the last one fails with a duplicate id; only its error is answered.
    let v = gql(
        &server.url,
        r#"mutation { ok: createPost(data: {title: "fine"}) { title } dup: createPost(data: {id: "p1", title: "again"}) { title } }"#,
    )
    .await;
    let errs = errors(&v);
    assert_eq!(errs.len(), 1, "{v}");
    assert_eq!(errs[0]["user_facing_error"]["error_code"], "P2002", "{v}");
    assert_eq!(errs[0]["path"], json!(["dup"]), "{v}");
    assert!(v["data"].get("ok").is_none(), "{v}");
    server.reset();
    assert_eq!(
        gql(&server.url, "{ posts { id } }").await,
        json!({"data": {"posts": []}})
    );
}

/// The blocking helper (no runtime in this test).
#[test]
fn the_thread_helper_serves_until_dropped() {
    let (url, handle) = spawn_quirky_thread(
        "prisma1",
        &post_sdl(),
        Quirks {
            user_facing_errors: true,
            ..Quirks::default()
        },
    );
    assert_eq!(url, handle.url);
    let body = json!({"query": CREATE_P1, "variables": {}}).to_string();
    let send = || {
        http_request_blocking("POST", &url, &[], &body)
            .unwrap_or_else(|e| panic!("POST {url}: {e}"))
    };
    let first = send();
    assert_eq!(first.status, 200, "{}", first.text());
    assert!(
        first.text().contains(r#""title":"One""#),
        "{}",
        first.text()
    );
    let second = send();
    assert!(
        second.text().contains(r#""error_code":"P2002""#),
        "{}",
        second.text()
    );
    assert_eq!(handle.received().len(), 2);
    handle.reset();
    assert_eq!(send().status, 200);
    drop(handle);
    assert!(
        http_request_blocking("POST", &url, &[], &body).is_err(),
        "{url} still answers after the handle was dropped"
    );
}

#[test]
fn the_test_client_reads_chunked_and_sized_bodies() {
    let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A: 1\r\nx-a: 2\r\n\r\n4\r\nWiki\r\n5;ext\r\npedia\r\n0\r\n\r\n";
    let a = parse_http_answer(chunked).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((a.status, a.text().as_str()), (200, "Wikipedia"));
    assert_eq!(a.headers.get("x-a").map(String::as_str), Some("1, 2"));
    let sized = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n";
    let a = parse_http_answer(sized).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((a.status, a.body.len()), (400, 0));
    assert!(parse_http_answer(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nab").is_err());
    assert!(parse_http_answer(b"garbage").is_err());
}

/// `fixtures/targets/quirky-example.json` documents this endpoint: every string code it
/// produces maps to the canonical classes of the Prisma 1 profile for the same numeric codes.
#[test]
fn the_sample_target_config_maps_every_code_of_the_endpoint() {
    let config: Value = serde_json::from_str(&read("fixtures/targets/quirky-example.json"))
        .unwrap_or_else(|e| panic!("quirky-example.json: {e}"));
    let profile: Value = serde_json::from_str(&read("fixtures/profiles/prisma1.json"))
        .unwrap_or_else(|e| panic!("prisma1.json: {e}"));
    assert_eq!(config["dialect"], "prisma1");
    assert!(config["description"].is_string());
    let fixture = config["fixture"]
        .as_str()
        .unwrap_or_else(|| panic!("no fixture"));
    assert!(
        workspace()
            .join(format!("fixtures/datamodels/{fixture}.graphql"))
            .is_file()
    );
    let classes = profile["errors"]["classes"]
        .as_object()
        .unwrap_or_else(|| panic!("no classes in the profile"));
    let codes = config["errors"]["codes"]
        .as_object()
        .unwrap_or_else(|| panic!("no errors.codes"));
    let classes_of = |code: &str| -> Vec<String> {
        match &codes[code] {
            Value::String(s) => vec![s.clone()],
            Value::Array(a) => a
                .iter()
                .map(|c| {
                    c.as_str()
                        .unwrap_or_else(|| panic!("{code}: {c}"))
                        .to_string()
                })
                .collect(),
            other => panic!("{code}: {other}"),
        }
    };
    for (numeric, string) in USER_FACING_CODES {
        let class = classes
            .iter()
            .find(|(_, c)| c.as_u64() == Some(numeric))
            .map(|(name, _)| name.clone())
            .unwrap_or_else(|| panic!("{numeric} is not in the profile"));
        assert!(
            classes_of(string).contains(&class),
            "{string} ({numeric}) should stand for {class}"
        );
    }
    assert_eq!(
        classes_of(APOLLO_VALIDATION_CODE),
        vec!["ValidationError".to_string()]
    );
    for (code, _) in codes {
        for class in classes_of(code) {
            assert!(
                classes.contains_key(&class),
                "{code}: unknown class {class}"
            );
        }
    }
    assert_eq!(
        config["lacks"],
        json!(["multiple-root-fields", "introspection"])
    );
}
