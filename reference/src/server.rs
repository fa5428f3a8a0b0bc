//! GraphQL over HTTP for a deployed executor (axum 0.8).
//!
//! - `POST /` with a JSON body `{"query", "variables", "operationName"}`;
//! - `GET /?query=...&variables=...&operationName=...` for queries only (a mutation over GET is
//!   refused with 405 and a GraphQL error body);
//! - request bodies above [`ServerConfig::max_body_bytes`] get 413, malformed JSON gets 400,
//!   both with a JSON body `{"data": null, "errors": [{"message": ...}]}` naming the problem.
//!
//! GraphQL responses (also those carrying errors) are 200 with `application/json`.

use crate::executor::{Executor, GraphqlRequest};
use axum::Router;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// HTTP settings.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Largest accepted request body (default 1 MiB).
    pub max_body_bytes: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            max_body_bytes: 1024 * 1024,
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
    Router::new()
        .route(
            "/",
            axum::routing::get(get_graphql)
                .post(post_graphql)
                .fallback(method_not_allowed),
        )
        .fallback(not_found)
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
    axum::serve(listener, router(executor, config))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(ServerError::Serve)
}

/// A server running in the background on a loopback port.
#[derive(Debug)]
pub struct RunningServer {
    /// `http://127.0.0.1:<port>/`
    pub url: String,
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<Result<(), std::io::Error>>>,
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
                Ok(Err(e)) => Err(ServerError::Serve(e)),
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
    let app = router(executor, config);
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await
    });
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

async fn post_graphql(State(state): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let limit = state.config.max_body_bytes;
    let too_large = || {
        error_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("Request body too large: the limit is {limit} bytes"),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return too_large();
    }
    let mut bytes = Vec::new();
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(c) => {
                if bytes.len() + c.len() > limit {
                    return too_large();
                }
                bytes.extend_from_slice(&c);
            }
            Err(e) => {
                return error_response(
                    StatusCode::BAD_REQUEST,
                    &format!("Cannot read the request body: {e}"),
                );
            }
        }
    }
    let request: GraphqlRequest = match serde_json::from_slice(&bytes) {
        Ok(r) => r,
        Err(e) => {
            return error_response(
                StatusCode::BAD_REQUEST,
                &format!(
                    "Malformed request body: expected JSON {{\"query\": ..., \"variables\": ..., \"operationName\": ...}}: {e}"
                ),
            );
        }
    };
    let answer = state.executor.execute(request).await;
    (StatusCode::OK, json_body(&answer)).into_response()
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
    if is_mutation(&query, operation_name.as_deref()) {
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
    fn mutations_are_recognised() {
        assert!(is_mutation("mutation { a }", None));
        assert!(!is_mutation("{ a }", None));
        assert!(!is_mutation("query q { a } mutation m { b }", Some("q")));
        assert!(is_mutation("query q { a } mutation m { b }", Some("m")));
        assert!(!is_mutation("not graphql", None));
    }
}
