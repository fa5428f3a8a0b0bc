//! A loopback GraphQL endpoint that behaves like real servers of the Prisma 1 family that differ
//! from Prisma 1 in their *framing* (issue 7, item 7). Answers are computed by the reference
//! executor, so the behaviour is right; only what travels over HTTP is changed, one [`Quirks`]
//! switch at a time. With every switch off (`Quirks::default()`) a POST to `/` is answered
//! exactly as `crudspec_reference::server` answers it (status, body, content type).
//!
//! HTTP surface:
//! - `POST /`: a JSON body `{"query", "variables", "operationName"}`; malformed bodies get 400
//!   with the reference's JSON error body (or an empty 400 under `require_variables`);
//! - `GET /` (and any other method on `/`): 405 with `Allow: POST` and a JSON error body; this
//!   endpoint does not serve queries over GET (the reference does);
//! - any other path: 404 with a JSON error body.
//!
//! Order of the checks on a POST: `delay_ms`, then `require_variables`, then the body must be
//! a GraphQL request, then `no_introspection`, then execution and the rewriting of the answer
//! (`last_root_field_only`, then per error `user_facing_errors` or `apollo_validation`, then
//! `huge_create_answers`, then `echo_headers`).
//!
//! Entry points: [`spawn_quirky`] (inside a tokio runtime) and [`spawn_quirky_thread`] (own
//! thread and runtime, for tests that run the `crudspec` binary as a child process). Also a
//! minimal HTTP/1.1 client ([`http_request`], [`http_request_blocking`]) so that tests do not
//! depend on how the product configures its HTTP library.

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use crudspec_reference::server::malformed_body_message;
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// How the endpoint deviates from the reference. `Default` = all off = the reference over HTTP.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quirks {
    /// A POST body that is not a JSON object with a `variables` key (even `null` counts as
    /// present) gets HTTP 400 with an EMPTY body, as Prisma's query engine 3.13 answers.
    pub require_variables: bool,
    /// The document is executed whole, but `data` keeps only the last root field's response
    /// key, and `errors` only those whose `path[0]` is that key or that have no path (an
    /// `errors` list left empty is removed).
    pub last_root_field_only: bool,
    /// Every error object with a top-level `code` becomes `{"error": <message>,
    /// "user_facing_error": {"is_panic": false, "message": <message>, "error_code": "P20xx",
    /// "meta": {}}, "path": <path if any>}`: no top-level `message`, `code`, `requestId`,
    /// `locations`. See [`user_facing_code`]; unknown codes give "P2000" with
    /// `meta: {"original_code": <code>}`.
    pub user_facing_errors: bool,
    /// Every error object WITHOUT a top-level `code` (GraphQL validation and request errors)
    /// gets `extensions.code = "GRAPHQL_VALIDATION_FAILED"` and its message reworded (see
    /// [`apollo_message`]) so that the original text is no longer a substring.
    pub apollo_validation: bool,
    /// Every JSON response gets `extensions.echo`: every request header, name (lower case) →
    /// value (several values joined with ", "), as a server that echoes secrets back.
    pub echo_headers: bool,
    /// Sleep this long before answering each request (any method, any path).
    pub delay_ms: u64,
    /// A query that selects `__schema` or `__type` (as a whole word: `__typename` is allowed)
    /// gets HTTP 400 with `{"errors":[{"message":"GraphQL introspection is not allowed"}]}`.
    pub no_introspection: bool,
    /// Every answer whose `data` has a root field named `create…` gets `extensions.padding`, a
    /// string of this many bytes (a server that answers far more than anyone asked for).
    pub huge_create_answers: usize,
    /// Introspection says every field of an object type other than the roots is nullable
    /// (`String` for `String!`), as 8base's schemas do; answers are unchanged.
    pub nullable_object_fields: bool,
}

impl Quirks {
    /// Prisma's query engine 3.13 in its Prisma-1-names mode: no body without `variables`,
    /// only the last root field answered, errors under `user_facing_error` with string codes.
    pub fn query_engine() -> Quirks {
        Quirks {
            require_variables: true,
            last_root_field_only: true,
            user_facing_errors: true,
            ..Quirks::default()
        }
    }

    /// An Apollo-Server-based reimplementation (e.g. Keystone 6): validation errors carry
    /// `GRAPHQL_VALIDATION_FAILED`, introspection is disabled.
    pub fn apollo() -> Quirks {
        Quirks {
            apollo_validation: true,
            no_introspection: true,
            ..Quirks::default()
        }
    }

    /// Every switch on, with the given delay.
    pub fn all(delay_ms: u64) -> Quirks {
        Quirks {
            require_variables: true,
            last_root_field_only: true,
            user_facing_errors: true,
            apollo_validation: true,
            echo_headers: true,
            delay_ms,
            no_introspection: true,
            huge_create_answers: 0,
            nullable_object_fields: true,
        }
    }
}

/// The string code the `user_facing_errors` quirk gives a Prisma 1 numeric code (P2009 stands
/// for both 3040 and 3045 on purpose: one code, two classes). `None` for an unknown code (the
/// quirk then answers "P2000").
pub fn user_facing_code(code: u64) -> Option<&'static str> {
    USER_FACING_CODES
        .iter()
        .find(|(n, _)| *n == code)
        .map(|(_, s)| *s)
}

/// Every (Prisma 1 code, string code) pair of the `user_facing_errors` quirk.
pub const USER_FACING_CODES: [(u64, &str); 10] = [
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

/// The code the `apollo_validation` quirk puts under `extensions.code`.
pub const APOLLO_VALIDATION_CODE: &str = "GRAPHQL_VALIDATION_FAILED";

/// The body of the `no_introspection` refusal (HTTP 400).
pub const INTROSPECTION_REFUSAL: &str = "GraphQL introspection is not allowed";

/// How the `apollo_validation` quirk rewords a message: "Validation failed: " + the message
/// with its first letter lower-cased and its quotes swapped (' ↔ ", Apollo quotes with "). The
/// original text is never a substring of the result (fallbacks make sure of it).
pub fn apollo_message(original: &str) -> String {
    let mut chars = original.chars();
    let mut reworded: String = match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    };
    reworded = reworded
        .chars()
        .map(|c| match c {
            '\'' => '"',
            '"' => '\'',
            c => c,
        })
        .collect();
    let fallback = "Validation failed: the request is not valid against the schema";
    if original.is_empty() {
        return fallback.to_string();
    }
    [
        format!("Validation failed: {reworded}"),
        format!("Validation failed: {}", original.to_uppercase()),
    ]
    .into_iter()
    .find(|m| !m.contains(original))
    .unwrap_or_else(|| fallback.to_string())
}

/// One request as the endpoint received it (for tests that check what a client sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub method: String,
    pub path: String,
    /// Header name (lower case) → value (several values joined with ", ").
    pub headers: BTreeMap<String, String>,
    /// The body as text (lossy UTF-8).
    pub body: String,
}

struct Shared {
    executor: Executor,
    quirks: Quirks,
    received: Mutex<Vec<Received>>,
}

/// A quirky endpoint running in a task of the current tokio runtime; stops on
/// [`QuirkyServer::shutdown`] or when dropped.
pub struct QuirkyServer {
    /// `http://127.0.0.1:<port>/`
    pub url: String,
    pub addr: SocketAddr,
    state: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl std::fmt::Debug for QuirkyServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuirkyServer")
            .field("url", &self.url)
            .field("quirks", &self.state.quirks)
            .finish()
    }
}

impl QuirkyServer {
    /// The executor behind the endpoint (shared: what it holds is what the endpoint serves).
    pub fn executor(&self) -> &Executor {
        &self.state.executor
    }

    /// Empties the store.
    pub fn reset(&self) {
        self.state.executor.reset();
    }

    /// Every request received so far, in arrival order.
    pub fn received(&self) -> Vec<Received> {
        received(&self.state)
    }

    /// Stops accepting connections and waits for open requests to finish.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            match task.await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => panic!("the quirky endpoint {} failed: {e}", self.url),
                Err(e) => panic!("the quirky endpoint task {} failed: {e}", self.url),
            }
        }
    }
}

impl Drop for QuirkyServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Deploys `sdl` with `dialect` ("prisma1" | "graphcms") on a fresh reference executor and
/// serves it on 127.0.0.1:<ephemeral> with `quirks`. Must run inside a tokio runtime. Panics
/// (test support) on an unknown dialect, a bad data model or a failed bind.
pub async fn spawn_quirky(dialect: &str, sdl: &str, quirks: Quirks) -> QuirkyServer {
    spawn_quirky_with(deploy(dialect, sdl), quirks).await
}

/// [`spawn_quirky`] on an executor deployed by the caller (e.g. with `id_seed` set).
pub async fn spawn_quirky_with(executor: Executor, quirks: Quirks) -> QuirkyServer {
    let bind = SocketAddr::from(([127, 0, 0, 1], 0));
    let listener = TcpListener::bind(bind)
        .await
        .unwrap_or_else(|e| panic!("quirky endpoint: cannot listen on {bind}: {e}"));
    let addr = listener
        .local_addr()
        .unwrap_or_else(|e| panic!("quirky endpoint: no local address: {e}"));
    let state = Arc::new(Shared {
        executor,
        quirks,
        received: Mutex::new(Vec::new()),
    });
    let app = router(state.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await
    });
    QuirkyServer {
        url: format!("http://{addr}/"),
        addr,
        state,
        stop: Some(stop),
        task: Some(task),
    }
}

/// A quirky endpoint on its own thread with its own tokio runtime; dropping it stops the
/// server and joins the thread.
pub struct QuirkyThread {
    /// `http://127.0.0.1:<port>/`
    pub url: String,
    state: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for QuirkyThread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuirkyThread")
            .field("url", &self.url)
            .field("quirks", &self.state.quirks)
            .finish()
    }
}

impl QuirkyThread {
    /// Empties the store.
    pub fn reset(&self) {
        self.state.executor.reset();
    }

    /// Every request received so far, in arrival order.
    pub fn received(&self) -> Vec<Received> {
        received(&self.state)
    }
}

impl Drop for QuirkyThread {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            // A panic in the server thread is reported by the thread itself; do not panic
            // again while the test may already be unwinding.
            let _ = thread.join();
        }
    }
}

/// Blocking variant of [`spawn_quirky`] for tests without a runtime (e.g. those that run the
/// `crudspec` binary): returns the URL and the handle whose drop stops the server.
pub fn spawn_quirky_thread(dialect: &str, sdl: &str, quirks: Quirks) -> (String, QuirkyThread) {
    spawn_quirky_thread_with(deploy(dialect, sdl), quirks)
}

/// [`spawn_quirky_thread`] on an executor deployed by the caller.
pub fn spawn_quirky_thread_with(executor: Executor, quirks: Quirks) -> (String, QuirkyThread) {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<(String, Arc<Shared>)>();
    let (stop, stopped) = oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("quirky-endpoint".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap_or_else(|e| panic!("quirky endpoint: cannot build a runtime: {e}"));
            runtime.block_on(async move {
                let server = spawn_quirky_with(executor, quirks).await;
                let _ = ready_tx.send((server.url.clone(), server.state.clone()));
                let _ = stopped.await;
                server.shutdown().await;
            });
        })
        .unwrap_or_else(|e| panic!("quirky endpoint: cannot start a thread: {e}"));
    let (url, state) = ready_rx
        .recv()
        .unwrap_or_else(|_| panic!("the quirky endpoint thread failed before it was listening"));
    (
        url.clone(),
        QuirkyThread {
            url,
            state,
            stop: Some(stop),
            thread: Some(thread),
        },
    )
}

fn deploy(dialect: &str, sdl: &str) -> Executor {
    let dialect: Dialect = dialect
        .parse()
        .unwrap_or_else(|e| panic!("quirky endpoint: dialect {dialect:?}: {e}"));
    Executor::deploy(dialect, sdl, ExecutorOptions::default())
        .unwrap_or_else(|e| panic!("quirky endpoint: cannot deploy the data model: {e}"))
}

fn received(state: &Shared) -> Vec<Received> {
    state
        .received
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
}

/// One handler for every method and path (it answers 404 and 405 itself, after the delay).
fn router(state: Arc<Shared>) -> Router {
    Router::new().fallback(handle).with_state(state)
}

fn header_map(headers: &HeaderMap) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in headers {
        let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
        out.entry(name.as_str().to_string())
            .and_modify(|v| {
                v.push_str(", ");
                v.push_str(&value);
            })
            .or_insert(value);
    }
    out
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string(body).unwrap_or_else(|_| "{}".to_string()),
    )
        .into_response()
}

/// The reference server's error body: `{"data": null, "errors": [{"message": ...}]}`.
fn error_body(message: &str) -> Value {
    json!({"data": null, "errors": [{"message": message}]})
}

async fn handle(
    State(state): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header_values = header_map(&headers);
    state
        .received
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(Received {
            method: method.to_string(),
            path: uri.path().to_string(),
            headers: header_values.clone(),
            body: String::from_utf8_lossy(&body).into_owned(),
        });
    let quirks = &state.quirks;
    if quirks.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(quirks.delay_ms)).await;
    }
    let echo = |mut v: Value| {
        if quirks.echo_headers {
            add_echo(&mut v, &header_values);
        }
        v
    };
    if uri.path() != "/" {
        return json_response(
            StatusCode::NOT_FOUND,
            &echo(error_body(
                "Not found: the GraphQL endpoint is `/` (POST a JSON body)",
            )),
        );
    }
    if method != Method::POST {
        let mut r = json_response(
            StatusCode::METHOD_NOT_ALLOWED,
            &echo(error_body("Method not allowed: use POST")),
        );
        r.headers_mut()
            .insert(header::ALLOW, header::HeaderValue::from_static("POST"));
        return r;
    }
    if quirks.require_variables {
        let has_variables = serde_json::from_slice::<Value>(&body)
            .ok()
            .is_some_and(|v| v.get("variables").is_some());
        if !has_variables {
            return StatusCode::BAD_REQUEST.into_response();
        }
    }
    let request: GraphqlRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            // The reference server's wording, so that all-off answers are identical.
            return json_response(
                StatusCode::BAD_REQUEST,
                &echo(error_body(&malformed_body_message(&e))),
            );
        }
    };
    if quirks.no_introspection && is_introspection(&request.query) {
        return json_response(
            StatusCode::BAD_REQUEST,
            &echo(json!({"errors": [{"message": INTROSPECTION_REFUSAL}]})),
        );
    }
    let last_key = quirks
        .last_root_field_only
        .then(|| last_root_key(&request.query, request.operation_name.as_deref()))
        .flatten();
    let mut answer = state.executor.execute(request).await;
    if quirks.last_root_field_only {
        keep_last_root_field(&mut answer, last_key);
    }
    if let Some(Value::Array(errors)) = answer.get_mut("errors") {
        for e in errors.iter_mut() {
            let coded = e.get("code").is_some();
            if coded && quirks.user_facing_errors {
                *e = user_facing_error(std::mem::take(e));
            } else if !coded && quirks.apollo_validation {
                apollo_error(e);
            }
        }
    }
    if quirks.nullable_object_fields {
        nullable_object_fields(&mut answer);
    }
    if quirks.huge_create_answers > 0
        && let Some(data) = answer.get("data").and_then(Value::as_object)
        && data.keys().any(|k| k.starts_with("create"))
        && let Some(obj) = answer.as_object_mut()
    {
        obj.insert(
            "extensions".into(),
            json!({"padding": "x".repeat(quirks.huge_create_answers)}),
        );
    }
    json_response(StatusCode::OK, &echo(answer))
}

/// Strips the outer NON_NULL of every field type of the object types an introspection answer
/// lists (roots excepted).
fn nullable_object_fields(answer: &mut Value) {
    let Some(types) = answer
        .pointer_mut("/data/__schema/types")
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    for t in types {
        let root = matches!(t["name"].as_str(), Some("Query" | "Mutation"));
        if root || t["kind"] != "OBJECT" {
            continue;
        }
        for f in t["fields"].as_array_mut().into_iter().flatten() {
            if f["type"]["kind"] == "NON_NULL" {
                f["type"] = f["type"]["ofType"].take();
            }
        }
    }
}

fn add_echo(response: &mut Value, headers: &BTreeMap<String, String>) {
    let Some(obj) = response.as_object_mut() else {
        return;
    };
    let echo: Map<String, Value> = headers
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    let ext = obj
        .entry("extensions")
        .or_insert_with(|| Value::Object(Map::new()));
    if !ext.is_object() {
        *ext = Value::Object(Map::new());
    }
    if let Some(ext) = ext.as_object_mut() {
        ext.insert("echo".into(), Value::Object(echo));
    }
}

/// Does the query select `__schema` or `__type` (whole words; `__typename` does not count)?
pub fn is_introspection(query: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    ["__schema", "__type"].iter().any(|word| {
        query.match_indices(word).any(|(i, _)| {
            let before = query[..i].chars().next_back();
            let after = query[i + word.len()..].chars().next();
            !before.is_some_and(ident) && !after.is_some_and(ident)
        })
    })
}

/// The response key (alias or name) of the last root field of the operation that runs: the
/// named one, or the only one. `None` when the document does not parse, the operation is
/// ambiguous or its last root selection is a fragment.
fn last_root_key(query: &str, operation_name: Option<&str>) -> Option<String> {
    use graphql_parser::query::{Definition, OperationDefinition, Selection};
    let doc = graphql_parser::query::parse_query::<String>(query).ok()?;
    let ops: Vec<&OperationDefinition<String>> = doc
        .definitions
        .iter()
        .filter_map(|d| match d {
            Definition::Operation(o) => Some(o),
            Definition::Fragment(_) => None,
        })
        .collect();
    let name_of = |o: &OperationDefinition<String>| -> Option<String> {
        match o {
            OperationDefinition::SelectionSet(_) => None,
            OperationDefinition::Query(q) => q.name.clone(),
            OperationDefinition::Mutation(m) => m.name.clone(),
            OperationDefinition::Subscription(s) => s.name.clone(),
        }
    };
    let op = match operation_name.filter(|n| !n.is_empty()) {
        Some(n) => ops
            .iter()
            .find(|o| name_of(o).as_deref() == Some(n))
            .copied()?,
        None if ops.len() == 1 => ops[0],
        None => return None,
    };
    let set = match op {
        OperationDefinition::SelectionSet(s) => s,
        OperationDefinition::Query(q) => &q.selection_set,
        OperationDefinition::Mutation(m) => &m.selection_set,
        OperationDefinition::Subscription(s) => &s.selection_set,
    };
    match set.items.last()? {
        Selection::Field(f) => Some(f.alias.clone().unwrap_or_else(|| f.name.clone())),
        Selection::FragmentSpread(_) | Selection::InlineFragment(_) => None,
    }
}

/// The `last_root_field_only` rewrite. `key` comes from the document; without it, the last
/// key of `data` is taken.
fn keep_last_root_field(answer: &mut Value, key: Option<String>) {
    let Some(obj) = answer.as_object_mut() else {
        return;
    };
    let key = key.or_else(|| {
        obj.get("data")
            .and_then(Value::as_object)
            .and_then(|d| d.keys().next_back().cloned())
    });
    let Some(key) = key else {
        return;
    };
    if let Some(Value::Object(data)) = obj.get_mut("data") {
        data.retain(|k, _| *k == key);
    }
    if let Some(Value::Array(errors)) = obj.get_mut("errors") {
        errors.retain(|e| match e.get("path").and_then(Value::as_array) {
            Some(path) => path
                .first()
                .is_none_or(|first| first.as_str() == Some(key.as_str())),
            None => true,
        });
        if errors.is_empty() {
            obj.remove("errors");
        }
    }
}

/// The `user_facing_errors` rewrite of one error object that has a `code`.
fn user_facing_error(e: Value) -> Value {
    let Value::Object(src) = e else {
        return e;
    };
    let message = src
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let code = src.get("code").cloned().unwrap_or(Value::Null);
    let (error_code, meta) = match code.as_u64().and_then(user_facing_code) {
        Some(c) => (c, json!({})),
        None => ("P2000", json!({"original_code": code})),
    };
    let mut out = Map::new();
    out.insert("error".into(), Value::String(message.clone()));
    out.insert(
        "user_facing_error".into(),
        json!({"is_panic": false, "message": message, "error_code": error_code, "meta": meta}),
    );
    if let Some(path) = src.get("path") {
        out.insert("path".into(), path.clone());
    }
    Value::Object(out)
}

/// The `apollo_validation` rewrite of one error object without a `code`.
fn apollo_error(e: &mut Value) {
    let Some(obj) = e.as_object_mut() else {
        return;
    };
    let original = obj
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    obj.insert("message".into(), Value::String(apollo_message(&original)));
    let ext = obj
        .entry("extensions")
        .or_insert_with(|| Value::Object(Map::new()));
    if !ext.is_object() {
        *ext = Value::Object(Map::new());
    }
    if let Some(ext) = ext.as_object_mut() {
        ext.insert(
            "code".into(),
            Value::String(APOLLO_VALIDATION_CODE.to_string()),
        );
    }
}

/// An HTTP answer as the minimal client below reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpAnswer {
    pub status: u16,
    /// Header name (lower case) → value (several values joined with ", ").
    pub headers: BTreeMap<String, String>,
    /// The body (de-chunked).
    pub body: Vec<u8>,
}

impl HttpAnswer {
    /// The body as text (lossy UTF-8).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body as JSON.
    pub fn json(&self) -> Result<Value, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

fn invalid(message: impl Into<String>) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, message.into())
}

/// A minimal blocking HTTP/1.1 client (`http://host:port/path` only, `Connection: close`, a
/// 30 s read timeout): tests use it instead of an HTTP library so they depend on nothing the
/// product configures (TLS providers, proxies, redirects). `body` is sent as
/// `application/json` when not empty.
pub fn http_request_blocking(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<HttpAnswer> {
    use std::io::{Read as _, Write as _};
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| invalid(format!("not an http:// URL: {url}")))?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let mut stream = std::net::TcpStream::connect(authority)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n");
    if !body.is_empty() {
        head.push_str("Content-Type: application/json\r\n");
    }
    head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    parse_http_answer(&raw)
}

/// [`http_request_blocking`] on tokio's blocking pool.
pub async fn http_request(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<HttpAnswer> {
    let (method, url, body) = (method.to_string(), url.to_string(), body.to_string());
    let headers: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    tokio::task::spawn_blocking(move || {
        let headers: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        http_request_blocking(&method, &url, &headers, &body)
    })
    .await
    .map_err(|e| std::io::Error::other(format!("the request task failed: {e}")))?
}

/// Parses a whole HTTP/1.1 response (head and body up to the end of the connection).
pub fn parse_http_answer(raw: &[u8]) -> std::io::Result<HttpAnswer> {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| invalid("no end of the response head"))?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| invalid(format!("bad status line: {status_line:?}")))?;
    let mut headers: BTreeMap<String, String> = BTreeMap::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            return Err(invalid(format!("bad header line: {line:?}")));
        };
        let (name, value) = (name.trim().to_ascii_lowercase(), value.trim().to_string());
        headers
            .entry(name)
            .and_modify(|v| {
                v.push_str(", ");
                v.push_str(&value);
            })
            .or_insert(value);
    }
    let rest = &raw[split + 4..];
    let chunked = headers
        .get("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(rest)?
    } else {
        match headers
            .get("content-length")
            .and_then(|v| v.parse::<usize>().ok())
        {
            Some(n) if n <= rest.len() => rest[..n].to_vec(),
            Some(n) => {
                return Err(invalid(format!("the body has {} of {n} bytes", rest.len())));
            }
            None => rest.to_vec(),
        }
    };
    Ok(HttpAnswer {
        status,
        headers,
        body,
    })
}

fn dechunk(mut rest: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let end = rest
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or_else(|| invalid("no chunk size line"))?;
        let size_text = String::from_utf8_lossy(&rest[..end]);
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|e| invalid(format!("bad chunk size {size_text:?}: {e}")))?;
        rest = &rest[end + 2..];
        if size == 0 {
            return Ok(body);
        }
        if rest.len() < size + 2 {
            return Err(invalid("truncated chunk"));
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}
