//! GraphQL over HTTP for every HTTP target and the probe: one client setup (rustls for
//! `https://`, timeouts, redirects followed only within the same origin so configured headers
//! never reach another one) and one POST that turns every way an endpoint can misbehave into a
//! failure naming the status and the cause, with the evidence kept.

use crate::exchange::{Answer, HttpEvidence, Request};
use crate::failure::StepFailure;
use crate::json::short;
use reqwest::header::HeaderMap;
use serde_json::{Map, Value};
use std::sync::Once;
use std::time::Duration;

/// Response headers worth keeping as evidence.
const HEADERS_OF_INTEREST: [&str; 10] = [
    "content-type",
    "content-length",
    "server",
    "x-powered-by",
    "x-request-id",
    "request-id",
    "location",
    "retry-after",
    "www-authenticate",
    "x-graphql-event-stream",
];

/// The largest response body `post` reads by default (a target config's `max_response_bytes`
/// and `crudspec run --max-response-bytes` change it).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 8 * 1024 * 1024;

/// Builds an HTTP client: rustls (ring) for TLS, `timeout` per request, connect timeout at most
/// 5 s, redirects followed (at most 5) only within the origin of the first URL.
pub fn client(timeout: Duration, loopback_only: bool) -> Result<reqwest::Client, String> {
    client_builder(timeout, loopback_only)
        .build()
        .map_err(|e| error_chain(&e))
}

fn client_builder(timeout: Duration, loopback_only: bool) -> reqwest::ClientBuilder {
    static PROVIDER: Once = Once::new();
    PROVIDER.call_once(|| {
        // Fails only when a provider is already installed, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > 5 {
            attempt.error("more than 5 redirects")
        } else if same_origin {
            attempt.follow()
        } else {
            attempt.stop()
        }
    });
    let mut builder = reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(5)))
        .redirect(policy);
    if loopback_only {
        builder = builder.no_proxy();
    }
    builder
}

/// The per-request timeout of the `reference-http` target.
pub const LOOPBACK_TIMEOUT: Duration = Duration::from_secs(30);

/// The client of the `reference-http` target ([`LOOPBACK_TIMEOUT`]), built once per process
/// (building one reads and parses the system's certificates: about 5 ms, once per scenario
/// before). It keeps no idle connection: every scenario serves on a port of its own and runs on
/// a runtime of its own, and a pooled connection would belong to a runtime that is gone.
pub fn loopback_client() -> Result<reqwest::Client, String> {
    static CLIENT: std::sync::OnceLock<Result<reqwest::Client, String>> =
        std::sync::OnceLock::new();
    CLIENT
        .get_or_init(|| {
            client_builder(LOOPBACK_TIMEOUT, true)
                .pool_max_idle_per_host(0)
                .build()
                .map_err(|e| error_chain(&e))
        })
        .clone()
}

/// The error and its causes on one line (`error sending request: ...: Connection refused`).
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        cur = c.source();
    }
    s
}

/// The JSON body of a request: `variables` is always sent (`{}` when there are none), since
/// some servers reject a body without it.
pub fn body_of(request: &Request) -> Value {
    let mut body = Map::new();
    body.insert("query".to_string(), Value::String(request.query.clone()));
    body.insert(
        "variables".to_string(),
        request
            .variables
            .clone()
            .unwrap_or_else(|| Value::Object(Map::new())),
    );
    if let Some(op) = &request.operation_name {
        body.insert("operationName".to_string(), Value::String(op.clone()));
    }
    Value::Object(body)
}

/// POSTs `request` as JSON to `url` and returns the GraphQL answer; every other outcome is an
/// `error` failure naming the HTTP status and the cause, with the evidence attached. A body
/// larger than `max_bytes` is an error naming its size; no more than `max_bytes` of it is held.
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    headers: &HeaderMap,
    timeout: Duration,
    max_bytes: usize,
    request: &Request,
) -> Result<Answer, StepFailure> {
    let sent = client
        .post(url)
        .headers(headers.clone())
        .json(&body_of(request))
        .send()
        .await;
    let response = sent.map_err(|e| {
        let cause = if e.is_timeout() {
            format!("no answer within {} s (timeout)", timeout.as_secs_f64())
        } else if e.is_connect() {
            format!("cannot connect: {}", error_chain(&e))
        } else if e.is_redirect() {
            format!("redirect: {}", error_chain(&e))
        } else {
            error_chain(&e)
        };
        StepFailure::error(format!("POST {url}: {cause}"))
    })?;
    let status = response.status();
    let evidence = HttpEvidence {
        status: status.as_u16(),
        headers: HEADERS_OF_INTEREST
            .iter()
            .filter_map(|h| {
                response
                    .headers()
                    .get(*h)
                    .and_then(|v| v.to_str().ok())
                    .map(|v| (h.to_string(), v.to_string()))
            })
            .collect(),
    };
    let body = read_body(response, max_bytes).await.map_err(|e| {
        let message = match e {
            BodyError::TooLarge { size } => format!(
                "POST {url}: HTTP {status}, the response body is {size} bytes, larger than the \
                 limit of {max_bytes} bytes (target config `max_response_bytes`, `crudspec run \
                 --max-response-bytes`)"
            ),
            BodyError::Read(cause) => {
                format!("POST {url}: HTTP {status}, cannot read the body: {cause}")
            }
        };
        StepFailure::error(message).with_http(evidence.clone(), None)
    })?;
    let fail = |message: String| {
        StepFailure::error(message).with_http(evidence.clone(), Some(body.clone()))
    };
    if status.is_redirection() {
        let to = evidence
            .headers
            .get("location")
            .map(String::as_str)
            .unwrap_or("(no location)");
        return Err(fail(format!(
            "POST {url}: HTTP {status}, a redirect to {to} that was not followed: it leaves the \
             endpoint's origin, and configured headers are never sent to another origin; use \
             the final URL"
        )));
    }
    if body.trim().is_empty() {
        let hint = match status.as_u16() {
            400 => {
                " (the server refused the request before answering in GraphQL: it may need \
                 a header, or declare what it lacks in the target config)"
            }
            401 | 403 => " (check the authorization headers)",
            404 => " (check the URL: no GraphQL endpoint there)",
            _ => "",
        };
        return Err(fail(format!(
            "POST {url}: HTTP {status} with an empty body{hint}"
        )));
    }
    let json: Value = serde_json::from_str(&body).map_err(|e| {
        let excerpt: String = body.chars().take(300).collect();
        let content_type = evidence
            .headers
            .get("content-type")
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        fail(format!(
            "POST {url}: HTTP {status}, the body{content_type} is not JSON ({e}): {excerpt}"
        ))
    })?;
    let is_graphql = json
        .as_object()
        .is_some_and(|o| o.contains_key("data") || o.contains_key("errors"));
    if !is_graphql {
        return Err(fail(format!(
            "POST {url}: HTTP {status}, JSON that is not a GraphQL response (no `data`, no \
             `errors`): {}",
            short(&json)
        )));
    }
    Ok(Answer {
        body: json,
        http: Some(evidence),
    })
}

/// Why a response body was not read.
#[derive(Debug, thiserror::Error)]
enum BodyError {
    /// `size` is the declared length, or "more than" what was read before stopping.
    #[error("the body is {size} bytes")]
    TooLarge { size: String },
    #[error("{0}")]
    Read(String),
}

/// Reads a response body chunk by chunk, stopping once it passes `max_bytes` (a declared
/// `Content-Length` over the limit is refused before reading anything).
async fn read_body(mut response: reqwest::Response, max_bytes: usize) -> Result<String, BodyError> {
    if let Some(n) = response.content_length()
        && n > max_bytes as u64
    {
        return Err(BodyError::TooLarge {
            size: n.to_string(),
        });
    }
    let mut bytes = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if bytes.len() + chunk.len() > max_bytes {
                    return Err(BodyError::TooLarge {
                        size: format!("more than {}", bytes.len() + chunk.len()),
                    });
                }
                bytes.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(e) => return Err(BodyError::Read(error_chain(&e))),
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;
    use std::io::{Read, Write};
    use std::net::TcpListener;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A loopback server that answers every connection with `answer` and counts connections.
    fn server(answer: String) -> (u16, Arc<AtomicUsize>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        let hits = Arc::new(AtomicUsize::new(0));
        let seen = hits.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten().take(8) {
                let mut stream = stream;
                seen.fetch_add(1, Ordering::SeqCst);
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf);
                let _ = stream.write_all(answer.as_bytes());
            }
        });
        (port, hits)
    }

    fn request() -> Request {
        Request {
            query: "{ __typename }".into(),
            ..Request::default()
        }
    }

    async fn send(url: &str, headers: &HeaderMap) -> Result<Answer, StepFailure> {
        let timeout = Duration::from_secs(5);
        let client = client(timeout, true).unwrap_or_else(|e| panic!("{e}"));
        post(
            &client,
            url,
            headers,
            timeout,
            DEFAULT_MAX_RESPONSE_BYTES,
            &request(),
        )
        .await
    }

    async fn send_capped(url: &str, max_bytes: usize) -> Result<Answer, StepFailure> {
        let timeout = Duration::from_secs(5);
        let client = client(timeout, true).unwrap_or_else(|e| panic!("{e}"));
        post(
            &client,
            url,
            &HeaderMap::new(),
            timeout,
            max_bytes,
            &request(),
        )
        .await
    }

    #[tokio::test]
    async fn bodies_over_the_cap_are_errors_naming_their_size() {
        let data = format!("{{\"data\":{{\"a\":\"{}\"}}}}", "x".repeat(300_000));
        let (declared, _) = server(format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{data}",
            data.len()
        ));
        let url = format!("http://127.0.0.1:{declared}/");
        let e = send_capped(&url, 100_000).await.unwrap_err();
        assert!(
            e.message
                .contains(&format!("the response body is {} bytes", data.len())),
            "{e}"
        );
        assert!(e.message.contains("limit of 100000 bytes"), "{e}");
        // Without a Content-Length the body is read until it passes the cap.
        let (undeclared, _) = server(format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{data}"
        ));
        let url = format!("http://127.0.0.1:{undeclared}/");
        let e = send_capped(&url, 100_000).await.unwrap_err();
        assert!(e.message.contains("the response body is more than"), "{e}");
        // Under the cap, the same body is an answer.
        let (fits, _) = server(format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{data}"
        ));
        let url = format!("http://127.0.0.1:{fits}/");
        assert!(send_capped(&url, 1_000_000).await.is_ok());
    }

    #[tokio::test]
    async fn an_empty_400_names_its_status_and_keeps_the_evidence() {
        let (port, _) = server(
            "HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nserver: quirk\r\nconnection: close\r\n\r\n"
                .into(),
        );
        let e = send(&format!("http://127.0.0.1:{port}/"), &HeaderMap::new())
            .await
            .unwrap_err();
        assert!(
            e.message
                .contains("HTTP 400 Bad Request with an empty body"),
            "{e}"
        );
        let (http, body) = *e.evidence.unwrap_or_else(|| panic!("no evidence"));
        assert_eq!(http.status, 400);
        assert_eq!(
            http.headers.get("server").map(String::as_str),
            Some("quirk")
        );
        assert_eq!(body.as_deref(), Some(""));
    }

    #[tokio::test]
    async fn a_redirect_to_another_origin_is_not_followed() {
        let (other, other_hits) = server(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\nconnection: close\r\n\r\n{\"data\":{}}"
                .into(),
        );
        let (port, _) = server(format!(
            "HTTP/1.1 307 Temporary Redirect\r\nlocation: http://127.0.0.1:{other}/\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
        ));
        let mut headers = HeaderMap::new();
        headers.insert("x-api-key", HeaderValue::from_static("s3cret-key"));
        let e = send(&format!("http://127.0.0.1:{port}/"), &headers)
            .await
            .unwrap_err();
        assert!(e.message.contains("HTTP 307"), "{e}");
        assert!(e.message.contains("not followed"), "{e}");
        assert_eq!(
            other_hits.load(Ordering::SeqCst),
            0,
            "the other origin was asked"
        );
    }

    #[tokio::test]
    async fn https_is_spoken() {
        // A plain-HTTP server behind an https:// URL: the TLS handshake is tried and fails
        // (without TLS support the request would be refused for its scheme).
        let (port, hits) = server("HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n".into());
        let e = send(&format!("https://127.0.0.1:{port}/"), &HeaderMap::new())
            .await
            .unwrap_err();
        assert!(!e.message.contains("scheme"), "{e}");
        assert_eq!(hits.load(Ordering::SeqCst), 1, "{e}");
    }

    #[tokio::test]
    async fn json_that_is_not_graphql_and_html_are_named() {
        let (port, _) = server(
            "HTTP/1.1 404 Not Found\r\ncontent-type: text/html\r\ncontent-length: 13\r\nconnection: close\r\n\r\n<h1>nope</h1>"
                .into(),
        );
        let e = send(&format!("http://127.0.0.1:{port}/"), &HeaderMap::new())
            .await
            .unwrap_err();
        assert!(
            e.message
                .contains("HTTP 404 Not Found, the body (text/html) is not JSON"),
            "{e}"
        );
        let (port, _) = server(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 9\r\nconnection: close\r\n\r\n{\"ok\":1}\n"
                .into(),
        );
        let e = send(&format!("http://127.0.0.1:{port}/"), &HeaderMap::new())
            .await
            .unwrap_err();
        assert!(e.message.contains("not a GraphQL response"), "{e}");
    }

    #[test]
    fn variables_are_always_sent() {
        let body = body_of(&request());
        assert_eq!(body["variables"], serde_json::json!({}));
    }
}
