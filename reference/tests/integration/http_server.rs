//! The HTTP front (reference::server) over loopback with a raw HTTP/1.1 client: POST and GET,
//! batches (a JSON array of requests), mutations refused over GET, body limit (413), malformed
//! JSON (400), unknown paths (404), and Graphcool's File API (multipart upload).

use crate::common::*;
use crudspec_reference::Dialect;
use crudspec_reference::server::{MAX_BATCH, ServerConfig, spawn_local};
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::SocketAddr;
use tokio::net::TcpStream;

/// Sends one request (blocking std I/O on the blocking pool; tokio's io-util is not enabled
/// in this workspace) and returns (status, content-type, parsed JSON body).
pub(crate) async fn http(
    addr: SocketAddr,
    method: &str,
    target: &str,
    body: &[u8],
) -> (u16, String, Value) {
    http_typed(addr, method, target, "application/json", body).await
}

/// [`http`] with another request content type.
async fn http_typed(
    addr: SocketAddr,
    method: &str,
    target: &str,
    content_type: &str,
    body: &[u8],
) -> (u16, String, Value) {
    let head = format!(
        "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let body = body.to_vec();
    let raw = tokio::task::spawn_blocking(move || {
        let mut s = std::net::TcpStream::connect(addr).expect("connect");
        s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .expect("timeout");
        s.write_all(head.as_bytes()).expect("write head");
        // the server may answer (413) before reading the whole body
        let _ = s.write_all(&body);
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        raw
    })
    .await
    .expect("client task");
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").expect("a complete response");
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    let content_type = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-type")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_default();
    let json =
        serde_json::from_str(body).unwrap_or_else(|e| panic!("body is not JSON ({e}): {body}"));
    (status, content_type, json)
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn post_and_get_answer_graphql() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let server = spawn_local(ex, ServerConfig::default())
        .await
        .expect("spawn");
    assert!(server.url().starts_with("http://127.0.0.1:"));
    let addr = server.addr;

    let body = json!({
        "query": "mutation ($u: String!) { createUser(data: {username: $u}) { username } }",
        "variables": {"u": "zeus"},
        "operationName": null
    });
    let (status, ct, answer) = http(addr, "POST", "/", body.to_string().as_bytes()).await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/json"), "{ct}");
    assert_eq!(
        answer,
        json!({"data": {"createUser": {"username": "zeus"}}})
    );

    let q = encode("query Q($w: UserWhereUniqueInput!) { user(where: $w) { username } }");
    let v = encode(r#"{"w": {"username": "zeus"}}"#);
    let (status, _, answer) = http(
        addr,
        "GET",
        &format!("/?query={q}&variables={v}&operationName=Q"),
        b"",
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(answer, json!({"data": {"user": {"username": "zeus"}}}));

    // GraphQL errors are 200 with the Prisma error shape
    let body = json!({"query": "{ user(where: {}) { id } }"});
    let (status, _, answer) = http(addr, "POST", "/", body.to_string().as_bytes()).await;
    assert_eq!(status, 200);
    assert_eq!(answer["errors"][0]["code"], 3040);

    server.shutdown().await.expect("shutdown");
}

#[tokio::test]
async fn mutations_over_get_bad_bodies_and_limits_are_refused_clearly() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let server = spawn_local(
        ex,
        ServerConfig {
            max_body_bytes: 256,
            ..ServerConfig::default()
        },
    )
    .await
    .expect("spawn");
    let addr = server.addr;

    let q = encode(r#"mutation { createUser(data: {username: "x"}) { id } }"#);
    let (status, _, answer) = http(addr, "GET", &format!("/?query={q}"), b"").await;
    assert_eq!(status, 405);
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Mutations are not allowed over GET")
    );

    let (status, _, answer) = http(addr, "POST", "/", b"{\"query\": ").await;
    assert_eq!(status, 400);
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Malformed request body"),
        "{answer}"
    );
    assert_eq!(answer["data"], Value::Null);

    let (status, _, answer) = http(addr, "POST", "/", br#"{"variables": {}}"#).await;
    assert_eq!(status, 400);
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("query"),
        "{answer}"
    );

    let big = json!({"query": format!("{{ users {{ id }} }} # {}", "x".repeat(400))});
    let (status, _, answer) = http(addr, "POST", "/", big.to_string().as_bytes()).await;
    assert_eq!(status, 413);
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("256 bytes"),
        "{answer}"
    );

    let (status, _, answer) = http(addr, "GET", "/?variables=%7B%7D", b"").await;
    assert_eq!(status, 400);
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("query")
    );

    let (status, _, _) = http(addr, "GET", "/elsewhere", b"").await;
    assert_eq!(status, 404);
    let (status, _, _) = http(addr, "PUT", "/", b"").await;
    assert_eq!(status, 405);

    // nothing was created by the refused mutation
    let body = json!({"query": "{ users { id } }"});
    let (_, _, answer) = http(addr, "POST", "/", body.to_string().as_bytes()).await;
    assert_eq!(answer, json!({"data": {"users": []}}));
    server.shutdown().await.expect("shutdown");
}

#[tokio::test]
async fn serve_stops_on_its_shutdown_future() {
    let ex = deploy(Dialect::GraphCms, "blog_user_post");
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("probe port");
    let addr = probe.local_addr().expect("addr");
    drop(probe);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(crudspec_reference::server::serve(
        ex,
        addr,
        ServerConfig::default(),
        async move {
            let _ = rx.await;
        },
    ));
    // wait until it listens (bounded)
    let mut up = false;
    for _ in 0..100 {
        if TcpStream::connect(addr).await.is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert!(up, "server did not start");
    let body = json!({"query": "{ posts { status } }"});
    let (status, _, answer) = http(addr, "POST", "/", body.to_string().as_bytes()).await;
    assert_eq!((status, answer), (200, json!({"data": {"posts": []}})));
    let _ = tx.send(());
    let res = tokio::time::timeout(std::time::Duration::from_secs(5), task).await;
    assert!(matches!(res, Ok(Ok(Ok(())))), "{res:?}");
}

#[tokio::test]
async fn graphcool_file_api_uploads_over_http() {
    let ex = deploy(Dialect::Graphcool, "post_unique_slug_graphcool");
    let server = spawn_local(ex.clone(), ServerConfig::default())
        .await
        .expect("server");
    let body = b"--b0undary\r\nContent-Disposition: form-data; name=\"data\"; filename=\"myname.png\"\r\nContent-Type: image/png\r\n\r\n0123456789\r\n--b0undary--\r\n";
    let (status, content_type, file) = http_typed(
        server.addr,
        "POST",
        "/file/v1/cixne4sn40c7m0122h8fabni1",
        "multipart/form-data; boundary=b0undary",
        body,
    )
    .await;
    assert_eq!(
        (status, content_type.as_str()),
        (200, "application/json"),
        "{file}"
    );
    assert_eq!(file["name"], "myname.png");
    assert_eq!(file["size"], 10);
    assert_eq!(file["contentType"], "image/png");
    let id = file["id"].as_str().expect("id").to_string();
    let d = ok(&ex, &format!(r#"{{ File(id: "{id}") {{ url secret }} }}"#)).await;
    assert_eq!(d["File"]["url"], file["url"]);
    // Not multipart, no `data` part: 400 naming the expected shape.
    let (status, _, e) = http(server.addr, "POST", "/file/v1/p", b"{}").await;
    assert_eq!(status, 400);
    assert!(
        e["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("multipart/form-data")),
        "{e}"
    );
    server.shutdown().await.expect("shutdown");
    // The other dialects have no File API.
    let prisma = deploy(Dialect::Prisma1, "user_posts");
    let server = spawn_local(prisma, ServerConfig::default())
        .await
        .expect("server");
    let (status, _, _) = http_typed(
        server.addr,
        "POST",
        "/file/v1/p",
        "multipart/form-data; boundary=b0undary",
        body,
    )
    .await;
    assert_eq!(status, 404);
    server.shutdown().await.expect("shutdown");
}

#[tokio::test]
async fn a_batch_is_answered_by_the_array_of_its_answers_in_order() {
    let ex = deploy(Dialect::Prisma1, "user_posts");
    let server = spawn_local(ex, ServerConfig::default())
        .await
        .expect("spawn");
    let addr = server.addr;
    let create = |u: &str| json!({"query": "mutation ($u: String!) { createUser(data: {username: $u}) { username } }", "variables": {"u": u}});
    // In order: the second create clashes with the first, the count sees one user.
    let batch = json!([
        create("zeus"),
        create("zeus"),
        {"query": "{ usersConnection { aggregate { count } } }"},
        {"variables": {}},
    ]);
    let body = format!("  \n{batch}");
    let (status, ct, answer) = http(addr, "POST", "/", body.as_bytes()).await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("application/json"), "{ct}");
    let answers = answer.as_array().expect("an array");
    assert_eq!(answers.len(), 4, "{answer:#}");
    assert_eq!(
        answers[0],
        json!({"data": {"createUser": {"username": "zeus"}}})
    );
    assert_eq!(answers[1]["errors"][0]["code"], 3010, "{answer:#}");
    assert_eq!(
        answers[2],
        json!({"data": {"usersConnection": {"aggregate": {"count": 1}}}})
    );
    let message = answers[3]["errors"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.starts_with("Malformed batch element 3:") && message.contains("query"),
        "{message}"
    );

    let (status, _, answer) = http(addr, "POST", "/", b"[]").await;
    assert_eq!(status, 400);
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("empty batch")
    );

    let many = Value::Array(vec![json!({"query": "{ __typename }"}); MAX_BATCH + 1]);
    let (status, _, answer) = http(addr, "POST", "/", many.to_string().as_bytes()).await;
    assert_eq!(status, 400);
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains(&format!("the limit is {MAX_BATCH}")),
        "{answer}"
    );

    let (status, _, answer) = http(addr, "POST", "/", b"[{\"query\": ").await;
    assert_eq!(status, 400);
    assert!(
        answer["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Malformed request body"),
        "{answer}"
    );
    server.shutdown().await.expect("shutdown");
}
