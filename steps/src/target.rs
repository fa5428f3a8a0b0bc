//! Targets: where the scenarios' GraphQL goes, behind one trait.
//!
//! - [`ReferenceTarget`] (`reference`, the default): the in-process reference executor; every
//!   `Given the data model` deploys the data model with the feature's dialect.
//! - [`ReferenceHttpTarget`] (`reference-http`): the same executor served over HTTP on loopback
//!   (one server per scenario, shut down at its end).
//! - [`ExternalTarget`]: any GraphQL endpoint (`--target http://...` or a target config file,
//!   see [`ExternalConfig`] and `fixtures/targets/`). Its scenarios run one at a time
//!   ([`Target::serial`]); inline data models are `n/a` there.
//!
//! Every network call has a timeout; an unreachable or misbehaving endpoint gives a
//! [`FailureKind::Error`](crate::failure::FailureKind) failure carrying the cause, never a
//! panic or a hang.

use crate::failure::StepFailure;
use crate::json::short;
use crate::profile::{DialectProfile, TemplateVars};
use crudspec_reference::datamodel::DataModel;
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use futures::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A GraphQL request as sent to a target (and recorded in results).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    pub query: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variables: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
}

/// Capability of every target that can deploy any data model (inline `Given the data model:`).
pub const CAP_INLINE_DATAMODEL: &str = "inline-datamodel";
/// Capability of targets that can empty their store.
pub const CAP_RESET: &str = "reset";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    Reference,
    ReferenceHttp,
    External,
}

/// What a scenario asks a target for when it sets up its data model.
pub struct OpenRequest<'a> {
    pub dialect: &'a str,
    /// The fixture name (`Given the data model "<fixture>"`); `None` for an inline data model.
    pub fixture: Option<&'a str>,
    pub sdl: &'a str,
    pub model: &'a DataModel,
    pub profile: &'a DialectProfile,
}

/// A place to run scenarios.
pub trait Target: Send + Sync {
    /// Short name: column of the conformance matrix, `fixtures/xfail/<name>.txt`.
    fn name(&self) -> &str;
    fn kind(&self) -> TargetKind;
    /// URL or description, for reports.
    fn location(&self) -> String;
    /// The one dialect an external endpoint speaks; `None` when it speaks every dialect.
    fn dialect(&self) -> Option<&str> {
        None
    }
    /// Capabilities (matched by `@requires:<capability>` tags).
    fn capabilities(&self) -> Vec<String>;
    /// Whether scenarios on this target must not overlap (shared external state).
    fn serial(&self) -> bool {
        false
    }
    /// Whether the target can set up this data model (a fixture name; `None` = inline SDL).
    fn serves(&self, fixture: Option<&str>) -> bool {
        let _ = fixture;
        true
    }
    /// Sets up a data model and returns a connection to it.
    fn open<'a>(
        &'a self,
        request: OpenRequest<'a>,
    ) -> LocalBoxFuture<'a, Result<Box<dyn Connection>, StepFailure>>;
}

/// One data model served by a target.
pub trait Connection {
    /// The endpoint URL, or `in-process`.
    fn endpoint(&self) -> String;
    /// Sends one request; `Err` only when no GraphQL answer came back (transport, timeout,
    /// not JSON, crash).
    fn execute<'a>(
        &'a self,
        request: &'a Request,
    ) -> LocalBoxFuture<'a, Result<Value, StepFailure>>;
    /// Empties the store (`Given an empty database`).
    fn reset(&self) -> LocalBoxFuture<'_, Result<(), StepFailure>>;
    /// Releases resources (stops a server).
    fn close(self: Box<Self>) -> LocalBoxFuture<'static, ()>;
}

/// Parses a `--target` value: `reference`, `reference-http`, an `http(s)://` URL or the path of
/// a target config file (JSON, see [`ExternalConfig`]).
pub fn parse_target(
    spec: &str,
    dialect: Option<&str>,
    headers: &[(String, String)],
) -> Result<Arc<dyn Target>, TargetError> {
    match spec {
        "reference" => Ok(Arc::new(ReferenceTarget)),
        "reference-http" => Ok(Arc::new(ReferenceHttpTarget)),
        url if url.starts_with("http://") || url.starts_with("https://") => {
            let dialect = dialect.ok_or_else(|| TargetError::NoDialect(url.to_string()))?;
            let config = ExternalConfig {
                name: None,
                dialect: dialect.to_string(),
                url: Some(url.to_string()),
                fixtures: BTreeMap::new(),
                headers: headers.iter().cloned().collect(),
                timeout_secs: None,
                reset: ResetConfig::DeleteAll,
            };
            Ok(Arc::new(ExternalTarget::new(config, None)?))
        }
        path => {
            let path = PathBuf::from(path);
            if !path.is_file() {
                return Err(TargetError::Unknown(spec.to_string()));
            }
            let mut config = ExternalConfig::load(&path)?;
            if let Some(d) = dialect
                && d != config.dialect
            {
                return Err(TargetError::DialectMismatch {
                    path,
                    config: config.dialect,
                    given: d.to_string(),
                });
            }
            for (k, v) in headers {
                config.headers.insert(k.clone(), v.clone());
            }
            Ok(Arc::new(ExternalTarget::new(config, Some(path))?))
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TargetError {
    #[error(
        "unknown target `{0}`: use reference, reference-http, an http(s):// URL or a target config file"
    )]
    Unknown(String),
    #[error("target {0} needs a dialect: pass --dialect (e.g. prisma1)")]
    NoDialect(String),
    #[error("cannot read target config {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid target config {path}: {source}")]
    Invalid {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("target config {path} is for dialect `{config}` but --dialect is `{given}`")]
    DialectMismatch {
        path: PathBuf,
        config: String,
        given: String,
    },
    #[error("cannot build the HTTP client: {0}")]
    Client(String),
}

fn reference_dialect(name: &str) -> Result<Dialect, StepFailure> {
    name.parse::<Dialect>()
        .map_err(|e| StepFailure::not_applicable(format!("the reference executor: {e}")))
}

fn deploy(request: &OpenRequest<'_>) -> Result<Executor, StepFailure> {
    let dialect = reference_dialect(request.dialect)?;
    let options = ExecutorOptions {
        id_seed: Some(1),
        ..ExecutorOptions::default()
    };
    Executor::deploy(dialect, request.sdl, options).map_err(|e| {
        StepFailure::error(format!(
            "the reference executor cannot deploy the data model{}: {e}",
            request
                .fixture
                .map(|f| format!(" \"{f}\""))
                .unwrap_or_default()
        ))
    })
}

fn reference_capabilities() -> Vec<String> {
    vec![CAP_INLINE_DATAMODEL.to_string(), CAP_RESET.to_string()]
}

/// The in-process reference executor.
pub struct ReferenceTarget;

impl Target for ReferenceTarget {
    fn name(&self) -> &str {
        "reference"
    }
    fn kind(&self) -> TargetKind {
        TargetKind::Reference
    }
    fn location(&self) -> String {
        "in-process reference executor".to_string()
    }
    fn capabilities(&self) -> Vec<String> {
        reference_capabilities()
    }
    fn open<'a>(
        &'a self,
        request: OpenRequest<'a>,
    ) -> LocalBoxFuture<'a, Result<Box<dyn Connection>, StepFailure>> {
        Box::pin(async move {
            let executor = deploy(&request)?;
            Ok(Box::new(InProcess { executor }) as Box<dyn Connection>)
        })
    }
}

struct InProcess {
    executor: Executor,
}

impl Connection for InProcess {
    fn endpoint(&self) -> String {
        "in-process".to_string()
    }
    fn execute<'a>(
        &'a self,
        request: &'a Request,
    ) -> LocalBoxFuture<'a, Result<Value, StepFailure>> {
        Box::pin(async move {
            let req = GraphqlRequest {
                query: request.query.clone(),
                variables: request.variables.clone(),
                operation_name: request.operation_name.clone(),
            };
            Ok(self.executor.execute(req).await)
        })
    }
    fn reset(&self) -> LocalBoxFuture<'_, Result<(), StepFailure>> {
        Box::pin(async move {
            self.executor.reset();
            Ok(())
        })
    }
    fn close(self: Box<Self>) -> LocalBoxFuture<'static, ()> {
        Box::pin(async {})
    }
}

/// The reference executor served over HTTP on loopback, one server per scenario.
pub struct ReferenceHttpTarget;

impl Target for ReferenceHttpTarget {
    fn name(&self) -> &str {
        "reference-http"
    }
    fn kind(&self) -> TargetKind {
        TargetKind::ReferenceHttp
    }
    fn location(&self) -> String {
        "reference executor over HTTP on 127.0.0.1".to_string()
    }
    fn capabilities(&self) -> Vec<String> {
        reference_capabilities()
    }
    fn open<'a>(
        &'a self,
        request: OpenRequest<'a>,
    ) -> LocalBoxFuture<'a, Result<Box<dyn Connection>, StepFailure>> {
        Box::pin(async move {
            let executor = deploy(&request)?;
            let server = crate::server::spawn(executor.clone()).await?;
            let client = reqwest::Client::builder()
                .no_proxy()
                .timeout(Duration::from_secs(30))
                .connect_timeout(Duration::from_secs(5))
                .build()
                .map_err(|e| StepFailure::error(format!("cannot build the HTTP client: {e}")))?;
            Ok(Box::new(HttpConnection {
                url: server.url.clone(),
                client,
                headers: reqwest::header::HeaderMap::new(),
                timeout: Duration::from_secs(30),
                reset: Reset::Executor(executor),
                server: Some(server),
            }) as Box<dyn Connection>)
        })
    }
}

/// How an external endpoint is emptied.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResetConfig {
    /// The dialect's own delete-all mutations (profile `reset.delete_all`), one per model.
    DeleteAll,
    /// A shell command (`sh -c`), with `CRUDSPEC_FIXTURE`, `CRUDSPEC_URL`, `CRUDSPEC_DIALECT`.
    Command(String),
    /// Nothing: scenarios see each other's data.
    None,
}

/// A target config file (JSON). Example: `fixtures/targets/prisma1-local.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExternalConfig {
    /// Column name in the matrix and `fixtures/xfail/<name>.txt`; default: the file stem.
    #[serde(default)]
    pub name: Option<String>,
    pub dialect: String,
    /// URL for fixtures not listed in `fixtures` (optional).
    #[serde(default)]
    pub url: Option<String>,
    /// Fixture name → URL of the endpoint that serves that data model.
    #[serde(default)]
    pub fixtures: BTreeMap<String, String>,
    /// Extra HTTP headers; `${VAR}` is replaced by the environment variable VAR.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Per-request timeout (default 10 s).
    #[serde(default)]
    pub timeout_secs: Option<u64>,
    #[serde(default = "default_reset")]
    pub reset: ResetConfig,
}

fn default_reset() -> ResetConfig {
    ResetConfig::DeleteAll
}

impl ExternalConfig {
    pub fn load(path: &Path) -> Result<ExternalConfig, TargetError> {
        let text = std::fs::read_to_string(path).map_err(|source| TargetError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|source| TargetError::Invalid {
            path: path.to_path_buf(),
            source,
        })
    }
}

/// An external GraphQL endpoint.
pub struct ExternalTarget {
    name: String,
    config: ExternalConfig,
    timeout: Duration,
}

impl ExternalTarget {
    pub fn new(config: ExternalConfig, path: Option<PathBuf>) -> Result<Self, TargetError> {
        let name = config
            .name
            .clone()
            .or_else(|| {
                path.as_ref()
                    .and_then(|p| p.file_stem())
                    .map(|s| s.to_string_lossy().into_owned())
            })
            .or_else(|| config.url.as_deref().map(name_from_url))
            .unwrap_or_else(|| "external".to_string());
        let timeout = Duration::from_secs(config.timeout_secs.unwrap_or(10).max(1));
        Ok(ExternalTarget {
            name,
            config,
            timeout,
        })
    }

    fn url_for(&self, fixture: &str) -> Option<&str> {
        self.config
            .fixtures
            .get(fixture)
            .or(self.config.url.as_ref())
            .map(String::as_str)
    }
}

/// `http://localhost:4466/x` → `localhost-4466`.
fn name_from_url(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split('/').next().unwrap_or(rest);
    host.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// Replaces `${VAR}` with the environment variable VAR.
fn expand_env(value: &str, what: &str) -> Result<String, StepFailure> {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after.find('}').ok_or_else(|| {
            StepFailure::error(format!("{what}: unterminated `${{` in `{value}`"))
        })?;
        let var = &after[..end];
        let v = std::env::var(var).map_err(|_| {
            StepFailure::error(format!("{what}: environment variable {var} is not set"))
        })?;
        out.push_str(&v);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

impl Target for ExternalTarget {
    fn name(&self) -> &str {
        &self.name
    }
    fn kind(&self) -> TargetKind {
        TargetKind::External
    }
    fn location(&self) -> String {
        match (&self.config.url, self.config.fixtures.len()) {
            (Some(u), 0) => u.clone(),
            (Some(u), n) => format!("{u} (+{n} fixture endpoints)"),
            (None, n) => format!("{n} fixture endpoints"),
        }
    }
    fn dialect(&self) -> Option<&str> {
        Some(&self.config.dialect)
    }
    fn capabilities(&self) -> Vec<String> {
        if self.config.reset == ResetConfig::None {
            vec![]
        } else {
            vec![CAP_RESET.to_string()]
        }
    }
    fn serial(&self) -> bool {
        true
    }
    fn serves(&self, fixture: Option<&str>) -> bool {
        fixture.is_some_and(|f| self.url_for(f).is_some())
    }
    fn open<'a>(
        &'a self,
        request: OpenRequest<'a>,
    ) -> LocalBoxFuture<'a, Result<Box<dyn Connection>, StepFailure>> {
        Box::pin(async move {
            let Some(fixture) = request.fixture else {
                return Err(StepFailure::not_applicable(
                    "an inline data model cannot be deployed on an external endpoint",
                ));
            };
            let Some(url) = self.url_for(fixture) else {
                return Err(StepFailure::not_applicable(format!(
                    "target {} serves no endpoint for the data model \"{fixture}\"",
                    self.name
                )));
            };
            let mut headers = reqwest::header::HeaderMap::new();
            for (k, v) in &self.config.headers {
                let what = format!("header {k}");
                let value = expand_env(v, &what)?;
                let name = reqwest::header::HeaderName::from_bytes(k.as_bytes())
                    .map_err(|e| StepFailure::error(format!("{what}: {e}")))?;
                let value = reqwest::header::HeaderValue::from_str(&value)
                    .map_err(|e| StepFailure::error(format!("{what}: {e}")))?;
                headers.insert(name, value);
            }
            let client = reqwest::Client::builder()
                .timeout(self.timeout)
                .connect_timeout(self.timeout.min(Duration::from_secs(5)))
                .build()
                .map_err(|e| StepFailure::error(format!("cannot build the HTTP client: {e}")))?;
            let reset = match &self.config.reset {
                ResetConfig::None => Reset::None,
                ResetConfig::Command(cmd) => Reset::Command {
                    command: cmd.clone(),
                    env: vec![
                        ("CRUDSPEC_FIXTURE".to_string(), fixture.to_string()),
                        ("CRUDSPEC_URL".to_string(), url.to_string()),
                        ("CRUDSPEC_DIALECT".to_string(), request.dialect.to_string()),
                    ],
                },
                ResetConfig::DeleteAll => Reset::DeleteAll(
                    request
                        .model
                        .models
                        .iter()
                        .map(|m| {
                            let sel = TemplateVars::model(&m.name)
                                .render(&request.profile.reset.delete_all);
                            (
                                m.name.clone(),
                                format!("mutation crudspecReset {{ {sel} }}"),
                            )
                        })
                        .collect(),
                ),
            };
            Ok(Box::new(HttpConnection {
                url: url.to_string(),
                client,
                headers,
                timeout: self.timeout,
                reset,
                server: None,
            }) as Box<dyn Connection>)
        })
    }
}

enum Reset {
    None,
    Executor(Executor),
    /// (model, delete-all mutation)
    DeleteAll(Vec<(String, String)>),
    Command {
        command: String,
        env: Vec<(String, String)>,
    },
}

/// A GraphQL endpoint over HTTP (POST JSON).
struct HttpConnection {
    url: String,
    client: reqwest::Client,
    headers: reqwest::header::HeaderMap,
    timeout: Duration,
    reset: Reset,
    server: Option<crate::server::ServerHandle>,
}

/// The error and its causes on one line (`error sending request: ...: Connection refused`).
fn error_chain(e: &dyn std::error::Error) -> String {
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

impl HttpConnection {
    async fn post(&self, request: &Request) -> Result<Value, StepFailure> {
        let sent = self
            .client
            .post(&self.url)
            .headers(self.headers.clone())
            .json(request)
            .send()
            .await;
        let response = sent.map_err(|e| {
            let cause = if e.is_timeout() {
                format!("timed out after {} s", self.timeout.as_secs())
            } else if e.is_connect() {
                format!("cannot connect: {}", error_chain(&e))
            } else {
                error_chain(&e)
            };
            StepFailure::error(format!("POST {}: {cause}", self.url))
        })?;
        let status = response.status();
        let body = response.text().await.map_err(|e| {
            StepFailure::error(format!(
                "POST {}: HTTP {status}, cannot read the body: {}",
                self.url,
                error_chain(&e)
            ))
        })?;
        let json: Value = serde_json::from_str(&body).map_err(|_| {
            let excerpt: String = body.chars().take(300).collect();
            StepFailure::error(format!(
                "POST {}: HTTP {status}, the body is not JSON: {excerpt}",
                self.url
            ))
        })?;
        let is_graphql = json
            .as_object()
            .is_some_and(|o| o.contains_key("data") || o.contains_key("errors"));
        if !is_graphql {
            return Err(StepFailure::error(format!(
                "POST {}: HTTP {status}, not a GraphQL response: {}",
                self.url,
                short(&json)
            )));
        }
        Ok(json)
    }

    async fn delete_all(&self, mutations: &[(String, String)]) -> Result<(), StepFailure> {
        // Required relations may make the order matter: repeat rounds until one succeeds.
        let mut last_errors = Vec::new();
        for _round in 0..=mutations.len() {
            last_errors.clear();
            for (model, query) in mutations {
                let request = Request {
                    query: query.clone(),
                    ..Request::default()
                };
                let answer = self
                    .post(&request)
                    .await
                    .map_err(|e| e.context("reset (delete-all)"))?;
                if let Some(errors) = answer.get("errors").and_then(Value::as_array)
                    && !errors.is_empty()
                {
                    last_errors.push(format!("{model}: {}", short(&Value::Array(errors.clone()))));
                }
            }
            if last_errors.is_empty() {
                return Ok(());
            }
        }
        Err(StepFailure::error(format!(
            "reset (delete-all) keeps failing: {}",
            last_errors.join("; ")
        )))
    }
}

async fn run_command(command: &str, env: &[(String, String)]) -> Result<(), StepFailure> {
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| StepFailure::error(format!("reset command `{command}`: cannot start: {e}")))?;
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                let mut stderr = String::new();
                if let Some(mut e) = child.stderr.take() {
                    use std::io::Read;
                    let _ = e.read_to_string(&mut stderr);
                }
                let tail: String = stderr
                    .chars()
                    .rev()
                    .take(500)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                return Err(StepFailure::error(format!(
                    "reset command `{command}` failed ({status}): {}",
                    tail.trim()
                )));
            }
            Ok(None) if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(StepFailure::error(format!(
                    "reset command `{command}` timed out after 120 s"
                )));
            }
            Ok(None) => tokio::time::sleep(Duration::from_millis(20)).await,
            Err(e) => {
                return Err(StepFailure::error(format!(
                    "reset command `{command}`: {e}"
                )));
            }
        }
    }
}

impl Connection for HttpConnection {
    fn endpoint(&self) -> String {
        self.url.clone()
    }
    fn execute<'a>(
        &'a self,
        request: &'a Request,
    ) -> LocalBoxFuture<'a, Result<Value, StepFailure>> {
        Box::pin(self.post(request))
    }
    fn reset(&self) -> LocalBoxFuture<'_, Result<(), StepFailure>> {
        Box::pin(async move {
            match &self.reset {
                Reset::None => Ok(()),
                Reset::Executor(e) => {
                    e.reset();
                    Ok(())
                }
                Reset::DeleteAll(m) => self.delete_all(m).await,
                Reset::Command { command, env } => run_command(command, env).await,
            }
        })
    }
    fn close(self: Box<Self>) -> LocalBoxFuture<'static, ()> {
        let HttpConnection { client, server, .. } = *self;
        // Idle keep-alive connections go away with the client, before the graceful shutdown.
        drop(client);
        Box::pin(async move {
            if let Some(server) = server {
                server.shutdown().await;
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_names_and_env_expansion() {
        assert_eq!(
            name_from_url("http://localhost:4466/post/dev"),
            "localhost-4466"
        );
        // SAFETY-free: only reads
        assert!(
            expand_env("Bearer ${CRUDSPEC_SURELY_UNSET_VAR}", "header A")
                .unwrap_err()
                .message
                .contains("CRUDSPEC_SURELY_UNSET_VAR is not set")
        );
        assert_eq!(expand_env("plain", "h").ok().as_deref(), Some("plain"));
    }

    #[test]
    fn parses_target_specs() {
        assert_eq!(
            parse_target("reference", None, &[]).map(|t| t.kind()).ok(),
            Some(TargetKind::Reference)
        );
        assert!(matches!(
            parse_target("http://127.0.0.1:1/", None, &[]),
            Err(TargetError::NoDialect(_))
        ));
        let t = parse_target("http://127.0.0.1:1/", Some("prisma1"), &[])
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(t.serial());
        assert!(matches!(
            parse_target("nope", None, &[]),
            Err(TargetError::Unknown(_))
        ));
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/targets");
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
            let p = entry.unwrap_or_else(|e| panic!("{e}")).path();
            let cfg = ExternalConfig::load(&p).unwrap_or_else(|e| panic!("{e}"));
            assert!(!cfg.dialect.is_empty());
        }
    }
}
