//! GraphQL over HTTP for a deployed executor (axum 0.8).
//!
//! - `POST /` with a JSON body `{"query", "variables", "operationName"}`, or a batch: an array
//!   of such objects (at most [`MAX_BATCH`]), answered by the array of their responses;
//! - `GET /?query=...&variables=...&operationName=...` for queries only (a mutation over GET is
//!   refused with 405 and a GraphQL error body);
//! - request bodies above [`ServerConfig::max_body_bytes`] get 413 (axum's `DefaultBodyLimit`
//!   sets the limit its body extractor enforces; a declared `Content-Length` over it is refused
//!   before reading), a body that does not arrive completely within
//!   [`ServerConfig::body_timeout`] gets 408, malformed JSON gets 400, all with a JSON body
//!   `{"data": null, "errors": [{"message": ...}]}` naming the problem.
//!
//! Connections (cap, header and idle timeouts, graceful shutdown) are [`conn`]'s.
//!
//! GraphQL responses (also those carrying errors) are 200 with `application/json`.
//!
//! Graphcool's File API is served too: `POST /file/v1/<project>` with a `multipart/form-data`
//! body whose field `data` is the file (the dialect stores its metadata as a `File` node; the
//! other dialects answer 404).

use crate::executor::{Executor, GraphqlRequest, UploadError};
mod conn;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The most operations one batch (a JSON array body) may hold.
pub const MAX_BATCH: usize = 100;

/// HTTP settings (the `crudspec serve` flags of the same names).
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest accepted request body (default 1 MiB).
    pub max_body_bytes: usize,
    /// A request head must arrive within this time of the connection opening (or of its first
    /// byte on a kept-alive connection); default 10 s.
    pub header_timeout: Duration,
    /// A request body must arrive completely within this time of its head (408 otherwise);
    /// default 30 s.
    pub body_timeout: Duration,
    /// A kept-alive connection idle this long (no request in flight, no byte moving) is
    /// closed; default 60 s.
    pub idle_timeout: Duration,
    /// Open connections at most; one more is answered 503 and closed (default 512).
    pub max_connections: usize,
    /// On shutdown, how long open requests may take before the server stops anyway
    /// (default 10 s).
    pub shutdown_grace: Duration,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            max_body_bytes: 1024 * 1024,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_connections: 512,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot read the local address of the listener: {0}")]
    LocalAddr(std::io::Error),
    #[error("the HTTP server failed: {0}")]
    Serve(std::io::Error),
    #[error("the HTTP server task failed: {0}")]
    Task(String),
}

#[derive(Clone)]
struct AppState {
    executor: Executor,
    config: ServerConfig,
}

/// The routes: `/` answers GET and POST; every other path is a JSON 404.
pub fn router(executor: Executor, config: ServerConfig) -> Router {
    let limit = config.max_body_bytes;
    Router::new()
        .route(
            "/",
            axum::routing::get(get_graphql)
                .post(post_graphql)
                .fallback(method_not_allowed),
        )
        .route("/file/v1/{project}", axum::routing::post(post_file))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(limit))
        .with_state(AppState { executor, config })
}

/// Serves until `shutdown` completes. Prints nothing (the CLI prints the URL).
pub async fn serve(
    executor: Executor,
    addr: SocketAddr,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| ServerError::Bind { addr, source })?;
    serve_on(executor, listener, config, shutdown).await
}

/// [`serve`] on a listener the caller has bound, e.g. to report a busy port before it prints
/// its URL: the socket that was bound is the one served, so the port is never closed in
/// between (a client that connected meanwhile waits in its backlog and is served).
pub async fn serve_on(
    executor: Executor,
    listener: TcpListener,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    let app = router(executor, config.clone());
    conn::run(listener, app, config, shutdown).await
}

/// A server running in the background on a loopback port.
#[derive(Debug)]
pub struct RunningServer {
    /// `http://127.0.0.1:<port>/`
    pub url: String,
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<Result<(), ServerError>>>,
}

impl RunningServer {
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Stops accepting connections and waits for open requests to finish.
    pub async fn shutdown(mut self) -> Result<(), ServerError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.task.take() {
            Some(task) => match task.await {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(e),
                Err(e) => Err(ServerError::Task(e.to_string())),
            },
            None => Ok(()),
        }
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Binds 127.0.0.1:0 and serves in a tokio task (must be called inside a tokio runtime).
pub async fn spawn_local(
    executor: Executor,
    config: ServerConfig,
) -> Result<RunningServer, ServerError> {
    let bind = SocketAddr::from(([127, 0, 0, 1], 0));
    let listener = TcpListener::bind(bind)
        .await
        .map_err(|source| ServerError::Bind { addr: bind, source })?;
    let addr = listener.local_addr().map_err(ServerError::LocalAddr)?;
    let (stop, stopped) = oneshot::channel::<()>();
    let app = router(executor, config.clone());
    let task = tokio::spawn(conn::run(listener, app, config, async move {
        let _ = stopped.await;
    }));
    Ok(RunningServer {
        url: format!("http://{addr}/"),
        addr,
        stop: Some(stop),
        task: Some(task),
    })
}

fn error_response(status: StatusCode, message: &str) -> Response {
    let body = json!({"data": null, "errors": [{"message": message}]});
    (status, json_body(&body)).into_response()
}

fn json_body(v: &Value) -> ([(header::HeaderName, &'static str); 1], String) {
    (
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string(v).unwrap_or_else(|_| "{}".to_string()),
    )
}

async fn not_found() -> Response {
    error_response(
        StatusCode::NOT_FOUND,
        "Not found: the GraphQL endpoint is `/` (POST a JSON body, or GET with ?query=...)",
    )
}

async fn method_not_allowed() -> Response {
    let mut r = error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        "Method not allowed: use POST (or GET for queries)",
    );
    r.headers_mut()
        .insert(header::ALLOW, header::HeaderValue::from_static("GET, POST"));
    r
}

/// The request body within the size limit and the body timeout, or the error response: 413
/// over the limit (a declared `Content-Length` over it is refused before reading), 408 when it
/// does not arrive in time, 400 when it cannot be read.
async fn read_body(config: &ServerConfig, request: Request) -> Result<Bytes, Response> {
    let limit = config.max_body_bytes;
    let too_large = || {
        error_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("Request body too large: the limit is {limit} bytes"),
        )
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    match tokio::time::timeout(config.body_timeout, Bytes::from_request(request, &())).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(e)) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(too_large()),
        Ok(Err(e)) => Err(error_response(
            StatusCode::BAD_REQUEST,
            &format!("Cannot read the request body: {}", e.body_text()),
        )),
        Err(_) => {
            let mut r = error_response(
                StatusCode::REQUEST_TIMEOUT,
                &format!(
                    "Request timeout: the body did not arrive within {} s (--body-timeout)",
                    config.body_timeout.as_secs_f64()
                ),
            );
            r.headers_mut().insert(
                header::CONNECTION,
                header::HeaderValue::from_static("close"),
            );
            Err(r)
        }
    }
}

async fn post_graphql(State(state): State<AppState>, request: Request) -> Response {
    let bytes = match read_body(&state.config, request).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
        return post_batch(&state, &bytes).await;
    }
    let request: GraphqlRequest = match serde_json::from_slice(&bytes) {
        Ok(r) => r,
        Err(e) => return malformed_body(&e),
    };
    let answer = state.executor.execute(request).await;
    (StatusCode::OK, json_body(&answer)).into_response()
}

fn malformed_body(e: &serde_json::Error) -> Response {
    error_response(StatusCode::BAD_REQUEST, &malformed_body_message(e))
}

/// The message of a 400 for a body that is not a request (nor a batch of them).
pub fn malformed_body_message(e: &serde_json::Error) -> String {
    format!(
        "Malformed request body: expected JSON {{\"query\": ..., \"variables\": ..., \"operationName\": ...}} or an array of them: {e}"
    )
}

/// A batch: a JSON array of requests, run one after the other, answered by the array of their
/// responses in the same order, as the Prisma 1 server does for `http-link-dataloader` (the
/// transport of Prisma's own client libraries, which always send arrays); served for every
/// dialect. An element that is not a request answers an error in its place; the others still
/// run.
async fn post_batch(state: &AppState, bytes: &[u8]) -> Response {
    let requests: Vec<Value> = match serde_json::from_slice(bytes) {
        Ok(r) => r,
        Err(e) => return malformed_body(&e),
    };
    if requests.is_empty() {
        return error_response(
            StatusCode::BAD_REQUEST,
            "An empty batch: send an array of one or more {\"query\": ...} objects",
        );
    }
    if requests.len() > MAX_BATCH {
        return error_response(
            StatusCode::BAD_REQUEST,
            &format!(
                "Batch too large: {} operations, the limit is {MAX_BATCH}",
                requests.len()
            ),
        );
    }
    let mut answers = Vec::with_capacity(requests.len());
    for (i, r) in requests.into_iter().enumerate() {
        let answer = match serde_json::from_value::<GraphqlRequest>(r) {
            Ok(request) => state.executor.execute(request).await,
            Err(e) => json!({"data": null, "errors": [{"message": format!(
                "Malformed batch element {i}: expected JSON {{\"query\": ..., \"variables\": ..., \"operationName\": ...}}: {e}"
            )}]}),
        };
        answers.push(answer);
    }
    (StatusCode::OK, json_body(&Value::Array(answers))).into_response()
}

/// Graphcool's File API: `POST /file/v1/<project>`, multipart field `data`.
async fn post_file(
    State(state): State<AppState>,
    Path(project): Path<String>,
    request: Request,
) -> Response {
    let headers: HeaderMap = request.headers().clone();
    let bytes = match read_body(&state.config, request).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let part = match multipart_file(content_type, &bytes) {
        Ok(p) => p,
        Err(e) => return error_response(StatusCode::BAD_REQUEST, &e),
    };
    match state.executor.upload_file(
        &project,
        &part.file_name,
        part.content_type.as_deref(),
        part.size,
    ) {
        Ok(file) => (StatusCode::OK, json_body(&file)).into_response(),
        Err(e @ UploadError::NoFileApi(_)) => error_response(StatusCode::NOT_FOUND, &e.to_string()),
        Err(e) => error_response(StatusCode::BAD_REQUEST, &e.to_string()),
    }
}

/// The file of a `multipart/form-data` body: its form field must be `data`.
#[derive(Debug, PartialEq)]
struct FilePart {
    file_name: String,
    content_type: Option<String>,
    size: usize,
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || from > haystack.len() {
        return None;
    }
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// A `name="value"` parameter of a header value.
fn header_param(value: &str, name: &str) -> Option<String> {
    value.split(';').map(str::trim).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

fn multipart_file(content_type: &str, body: &[u8]) -> Result<FilePart, String> {
    let usage = "expected a multipart/form-data body with the file in the form field `data`";
    if !content_type
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        return Err(format!("{usage}, got content type `{content_type}`"));
    }
    let boundary = header_param(content_type, "boundary")
        .filter(|b| !b.is_empty())
        .ok_or_else(|| format!("{usage}: the content type has no boundary"))?;
    let delimiter = format!("--{boundary}").into_bytes();
    let mut at = find(body, &delimiter, 0).ok_or_else(|| format!("{usage}: no part found"))?;
    loop {
        let start = at + delimiter.len();
        if body[start..].starts_with(b"--") {
            return Err(format!("{usage}: no part named `data`"));
        }
        let next = find(body, &delimiter, start)
            .ok_or_else(|| format!("{usage}: the body ends inside a part"))?;
        let part = &body[start..next];
        let part = part.strip_prefix(b"\r\n").unwrap_or(part);
        let split = find(part, b"\r\n\r\n", 0)
            .ok_or_else(|| format!("{usage}: a part has no header end"))?;
        let head = String::from_utf8_lossy(&part[..split]);
        let content = &part[split + 4..];
        let content = content.strip_suffix(b"\r\n").unwrap_or(content);
        let header = |name: &str| {
            head.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| v.trim().to_string())
            })
        };
        let disposition = header("content-disposition").unwrap_or_default();
        if header_param(&disposition, "name").as_deref() == Some("data") {
            return Ok(FilePart {
                file_name: header_param(&disposition, "filename").unwrap_or_default(),
                content_type: header("content-type"),
                size: content.len(),
            });
        }
        at = next;
    }
}

async fn get_graphql(
    State(state): State<AppState>,
    params: Result<Query<HashMap<String, String>>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Query(params) = match params {
        Ok(p) => p,
        Err(e) => {
            return error_response(
                StatusCode::BAD_REQUEST,
                &format!("Malformed query string: {e}"),
            );
        }
    };
    let Some(query) = params.get("query").cloned() else {
        return error_response(
            StatusCode::BAD_REQUEST,
            "Missing `query` parameter: GET /?query=...&variables=...",
        );
    };
    let variables = match params.get("variables").map(|v| v.trim()) {
        None | Some("") => None,
        Some(v) => match serde_json::from_str::<Value>(v) {
            Ok(v) => Some(v),
            Err(e) => {
                return error_response(
                    StatusCode::BAD_REQUEST,
                    &format!("Malformed `variables` parameter: expected a JSON object: {e}"),
                );
            }
        },
    };
    let operation_name = params
        .get("operationName")
        .cloned()
        .filter(|s| !s.is_empty());
    // Too deep to parse safely: the executor refuses it with the limit's error.
    let parsable =
        crate::limits::check_query_depth(&query, state.executor.limits().max_input_depth).is_ok();
    if parsable && is_mutation(&query, operation_name.as_deref()) {
        let mut r = error_response(
            StatusCode::METHOD_NOT_ALLOWED,
            "Mutations are not allowed over GET: send them with POST",
        );
        r.headers_mut()
            .insert(header::ALLOW, header::HeaderValue::from_static("POST"));
        return r;
    }
    let answer = state
        .executor
        .execute(GraphqlRequest {
            query,
            variables,
            operation_name,
        })
        .await;
    (StatusCode::OK, json_body(&answer)).into_response()
}

/// Does the operation that would run (the named one, or the only one) mutate? Unparsable
/// documents are left to the executor, which reports the syntax error.
fn is_mutation(query: &str, operation_name: Option<&str>) -> bool {
    use async_graphql::parser::types::{DocumentOperations, OperationType};
    let Ok(doc) = async_graphql::parser::parse_query(query) else {
        return false;
    };
    match &doc.operations {
        DocumentOperations::Single(op) => op.node.ty == OperationType::Mutation,
        DocumentOperations::Multiple(ops) => match operation_name {
            Some(name) => ops
                .iter()
                .any(|(n, op)| n.as_str() == name && op.node.ty == OperationType::Mutation),
            None => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipart_bodies_give_the_data_part() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--XyZ\r\nContent-Disposition: form-data; name=\"data\"; filename=\"myname.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--XyZ--\r\n";
        assert_eq!(
            multipart_file("multipart/form-data; boundary=XyZ", body),
            Ok(FilePart {
                file_name: "myname.png".into(),
                content_type: Some("image/png".into()),
                size: 4,
            })
        );
        for (ct, b) in [
            ("application/json", &body[..]),
            ("multipart/form-data", &body[..]),
            ("multipart/form-data; boundary=Other", &body[..]),
            (
                "multipart/form-data; boundary=XyZ",
                &b"--XyZ\r\nno header end"[..],
            ),
            ("multipart/form-data; boundary=XyZ", &b"--XyZ--\r\n"[..]),
        ] {
            assert!(multipart_file(ct, b).is_err(), "{ct}");
        }
    }

    #[test]
    fn mutations_are_recognised() {
        assert!(is_mutation("mutation { a }", None));
        assert!(!is_mutation("{ a }", None));
        assert!(!is_mutation("query q { a } mutation m { b }", Some("q")));
        assert!(is_mutation("query q { a } mutation m { b }", Some("m")));
        assert!(!is_mutation("not graphql", None));
    }
}
