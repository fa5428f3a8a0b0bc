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

/// Builds an HTTP client: rustls (ring) for TLS, `timeout` per request, connect timeout at most
/// 5 s, redirects followed (at most 5) only within the origin of the first URL.
pub fn client(timeout: Duration, loopback_only: bool) -> Result<reqwest::Client, String> {
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
    builder.build().map_err(|e| error_chain(&e))
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
/// `error` failure naming the HTTP status and the cause, with the evidence attached.
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    headers: &HeaderMap,
    timeout: Duration,
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
    let body = response.text().await.map_err(|e| {
        StepFailure::error(format!(
            "POST {url}: HTTP {status}, cannot read the body: {}",
            error_chain(&e)
        ))
        .with_http(evidence.clone(), None)
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
