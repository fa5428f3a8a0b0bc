//! Targets: where the scenarios' GraphQL goes, behind one trait.
//!
//! - [`ReferenceTarget`] (`reference`, the default): the in-process reference executor; every
//!   `Given the data model` deploys the data model with the feature's dialect.
//! - [`ReferenceHttpTarget`] (`reference-http`): the same executor served over HTTP on loopback
//!   (one server per scenario, shut down at its end).
//! - [`ExternalTarget`]: any GraphQL endpoint (`--target http(s)://...` or a target config file,
//!   see [`ExternalConfig`] and `fixtures/targets/`). Each URL serves one fixture data model;
//!   its scenarios run one at a time ([`Target::serial`]); inline data models are `n/a` there.
//!   Its config may adapt the suite to it ([`Adaptation`]) and its header values and URL
//!   credentials are secrets ([`Target::secrets`]).
//!
//! Every network call has a timeout; an unreachable or misbehaving endpoint gives a
//! [`FailureKind::Error`](crate::failure::FailureKind) failure carrying the cause, never a
//! panic or a hang.

use crate::adapt::{Adaptation, ErrorAdaptation};
use crate::container::{ContainerConfig, ContainerPool};
use crate::exchange::Answer;
pub use crate::exchange::Request;
use crate::failure::StepFailure;
use crate::json::short;
use crate::profile::{CountProfile, DialectProfile, TemplateVars};
use crate::redact::{url_credentials, url_without_credentials};
use crudspec_reference::datamodel::DataModel;
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use futures::future::LocalBoxFuture;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

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
    /// How the suite adapts to this target (error paths and codes, counts, reset, what it
    /// lacks); `None` for the reference targets.
    fn adapt(&self) -> Option<&Adaptation> {
        None
    }
    /// [`Target::adapt`] as recorded in the results stream's header (never holds secrets).
    fn adaptation(&self) -> Option<Value> {
        self.adapt().and_then(|a| serde_json::to_value(a).ok())
    }
    /// Values that must never be printed or recorded (header values, URL credentials).
    fn secrets(&self) -> Vec<String> {
        Vec::new()
    }
    /// The version of the server, as its target config gives it (`"version"`).
    fn version(&self) -> Option<String> {
        None
    }
    /// Why the target cannot run anything at all (e.g. no Docker engine for a container
    /// target): its scenarios are then `skip` with this reason.
    fn unavailable(&self) -> Option<String> {
        None
    }
    /// What the target can tell about a failure at `endpoint` (a container's logs).
    fn diagnostics(&self, endpoint: &str) -> Option<String> {
        let _ = endpoint;
        None
    }
    /// Releases what the target holds for the run (removes its containers); called once at the
    /// end of a run, also an interrupted one. Returns the problems met.
    fn finish(&self) -> Vec<String> {
        Vec::new()
    }
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
    /// not JSON, crash), with what did come back as evidence.
    fn execute<'a>(
        &'a self,
        request: &'a Request,
    ) -> LocalBoxFuture<'a, Result<Answer, StepFailure>>;
    /// Empties the store (`Given an empty database`).
    fn reset(&self) -> LocalBoxFuture<'_, Result<(), StepFailure>>;
    /// Releases resources (stops a server).
    fn close(self: Box<Self>) -> LocalBoxFuture<'static, ()>;
}

/// A parsed `--target` value, before an external endpoint is probed.
#[derive(Debug, Clone)]
pub enum TargetSpec {
    Reference,
    ReferenceHttp,
    External {
        config: Box<ExternalConfig>,
        /// The config file, if the target came from one.
        path: Option<PathBuf>,
    },
}

impl TargetSpec {
    /// Parses a `--target` value: `reference`, `reference-http`, an `http(s)://` URL (with
    /// `dialect`, and `fixture`: the one data model it serves) or the path of a target config
    /// file (JSON, see [`ExternalConfig`]). `headers` are added to an external target's.
    pub fn parse(
        spec: &str,
        dialect: Option<&str>,
        fixture: Option<&str>,
        headers: &[(String, String)],
    ) -> Result<TargetSpec, TargetError> {
        match spec {
            "reference" => Ok(TargetSpec::Reference),
            "reference-http" => Ok(TargetSpec::ReferenceHttp),
            image if image.starts_with("container:") => {
                let image = &image["container:".len()..];
                let dialect = dialect.ok_or_else(|| TargetError::NoDialect(spec.to_string()))?;
                if image.is_empty() {
                    return Err(TargetError::Unknown(spec.to_string()));
                }
                let config = ExternalConfig {
                    dialect: dialect.to_string(),
                    container: Some(ContainerConfig::of_image(image)),
                    headers: headers.iter().cloned().collect(),
                    ..ExternalConfig::default()
                };
                Ok(TargetSpec::External {
                    config: Box::new(config),
                    path: None,
                })
            }
            url if url.starts_with("http://") || url.starts_with("https://") => {
                let dialect =
                    dialect.ok_or_else(|| TargetError::NoDialect(url_without_credentials(url)))?;
                let config = ExternalConfig {
                    dialect: dialect.to_string(),
                    url: Some(url.to_string()),
                    fixture: fixture.map(str::to_string),
                    headers: headers.iter().cloned().collect(),
                    ..ExternalConfig::default()
                };
                Ok(TargetSpec::External {
                    config: Box::new(config),
                    path: None,
                })
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
                if let Some(f) = fixture {
                    config.fixture = Some(f.to_string());
                }
                for (k, v) in headers {
                    config.headers.insert(k.clone(), v.clone());
                }
                Ok(TargetSpec::External {
                    config: Box::new(config),
                    path: Some(path),
                })
            }
        }
    }

    /// The target, without probing an external endpoint first (see [`crate::probe`]).
    pub fn build(self) -> Result<Arc<dyn Target>, TargetError> {
        Ok(match self {
            TargetSpec::Reference => Arc::new(ReferenceTarget),
            TargetSpec::ReferenceHttp => Arc::new(ReferenceHttpTarget),
            TargetSpec::External { config, path } => {
                Arc::new(ExternalTarget::new(*config, path.as_deref())?)
            }
        })
    }
}

/// [`TargetSpec::parse`] then [`TargetSpec::build`], without a probe.
pub fn parse_target(
    spec: &str,
    dialect: Option<&str>,
    headers: &[(String, String)],
) -> Result<Arc<dyn Target>, TargetError> {
    TargetSpec::parse(spec, dialect, None, headers)?.build()
}

#[derive(Debug, thiserror::Error)]
pub enum TargetError {
    #[error(
        "unknown target `{0}`: use reference, reference-http, an http(s):// URL, container:IMAGE or a target config file"
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
    #[error("target {target}: header `{header}`: {reason}")]
    Header {
        target: String,
        header: String,
        reason: String,
    },
    #[error("target {target}: `{url}` is not an http:// or https:// URL: {reason}")]
    BadUrl {
        target: String,
        url: String,
        reason: String,
    },
    #[error("target {target}: no URL: give `url` (with `fixture`) or `fixtures`")]
    NoUrl { target: String },
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
    ) -> LocalBoxFuture<'a, Result<Answer, StepFailure>> {
        Box::pin(async move {
            let req = GraphqlRequest {
                query: request.query.clone(),
                variables: request.variables.clone(),
                operation_name: request.operation_name.clone(),
            };
            Ok(Answer {
                body: self.executor.execute(req).await,
                http: None,
            })
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
            let timeout = crate::http::LOOPBACK_TIMEOUT;
            let client = crate::http::loopback_client()
                .map_err(|e| StepFailure::error(format!("cannot build the HTTP client: {e}")))?;
            Ok(Box::new(HttpConnection {
                url: server.url.clone(),
                client,
                headers: HeaderMap::new(),
                timeout,
                max_response_bytes: crate::http::DEFAULT_MAX_RESPONSE_BYTES,
                reset: Reset::Executor(executor),
                server: Some(server),
                restart: None,
            }) as Box<dyn Connection>)
        })
    }
}

/// How an external endpoint is emptied.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResetConfig {
    /// The dialect's own delete-all mutations (profile `reset.delete_all`, or the target's
    /// `reset_mutation`), one request per model.
    DeleteAll,
    /// Every node listed (profile `reset.list_ids`) and deleted one by one (`reset.delete_one`),
    /// for APIs without a delete-all mutation (Graphcool).
    DeleteEach,
    /// A shell command (`sh -c`), with `CRUDSPEC_FIXTURE`, `CRUDSPEC_URL`, `CRUDSPEC_DIALECT`.
    Command(String),
    /// Nothing: scenarios see each other's data.
    None,
}

/// A target config file (JSON). Examples: `fixtures/targets/`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExternalConfig {
    /// Column name in the matrix and `fixtures/xfail/<name>.txt`; default: the file stem.
    #[serde(default)]
    pub name: Option<String>,
    /// For people reading the config; not used.
    #[serde(default)]
    pub description: Option<String>,
    /// The version of the server under test, as its operators name it; recorded in the results
    /// stream's header.
    #[serde(default)]
    pub version: Option<String>,
    pub dialect: String,
    /// The URL of an endpoint serving one fixture data model: `fixture`, or the one the probe
    /// finds by comparing schemas.
    #[serde(default)]
    pub url: Option<String>,
    /// The fixture `url` serves.
    #[serde(default)]
    pub fixture: Option<String>,
    /// Fixture name → URL of the endpoint that serves that data model.
    #[serde(default)]
    pub fixtures: BTreeMap<String, String>,
    /// Extra HTTP headers; `${VAR}` is replaced by the environment variable VAR. Their values
    /// are secrets.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Per-request timeout (default 10 s).
    #[serde(default)]
    pub timeout_secs: Option<u64>,
    /// The largest response body read (default 8 MiB); a larger one is an `error` naming its
    /// size.
    #[serde(default)]
    pub max_response_bytes: Option<usize>,
    #[serde(default = "default_reset")]
    pub reset: ResetConfig,
    /// Upper bound for a reset (command or delete-all), default 120 s.
    #[serde(default)]
    pub reset_timeout_secs: Option<u64>,
    /// Where error messages and codes are, and what the codes mean.
    #[serde(default)]
    pub errors: ErrorAdaptation,
    /// What the target cannot do (`multiple-root-fields`, `variables`, `fragments`,
    /// `introspection`, `connection-aggregate`, or an `@requires:` capability).
    #[serde(default)]
    pub lacks: Vec<String>,
    /// Count queries replacing the dialect profile's (same shape as a profile's `counts`).
    #[serde(default)]
    pub counts: Option<CountProfile>,
    /// The delete-all mutation selection replacing the profile's (`deleteMany{{plural}} { count }`).
    #[serde(default)]
    pub reset_mutation: Option<String>,
    /// A server image to start through testcontainers, one container per fixture (instead of
    /// `url`/`fixtures`).
    #[serde(default)]
    pub container: Option<ContainerConfig>,
}

impl Default for ExternalConfig {
    fn default() -> Self {
        ExternalConfig {
            name: None,
            description: None,
            version: None,
            dialect: String::new(),
            url: None,
            fixture: None,
            fixtures: BTreeMap::new(),
            headers: BTreeMap::new(),
            timeout_secs: None,
            max_response_bytes: None,
            reset: default_reset(),
            reset_timeout_secs: None,
            errors: ErrorAdaptation::default(),
            lacks: Vec::new(),
            counts: None,
            reset_mutation: None,
            container: None,
        }
    }
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

    /// The adaptation this config declares.
    pub fn adaptation(&self) -> Adaptation {
        Adaptation {
            errors: self.errors.clone(),
            lacks: self.lacks.iter().cloned().collect(),
            counts: self.counts.clone(),
            reset_mutation: self.reset_mutation.clone(),
        }
    }

    /// Every URL of the config (the default one first).
    pub fn urls(&self) -> Vec<&str> {
        self.url
            .iter()
            .chain(self.fixtures.values())
            .map(String::as_str)
            .collect()
    }

    /// The target's name: `name`, the config file's stem, `host-port` of the URL, or the
    /// container image.
    pub fn target_name(&self, path: Option<&Path>) -> String {
        self.name
            .clone()
            .or_else(|| {
                path.and_then(|p| p.file_stem())
                    .map(|s| s.to_string_lossy().into_owned())
            })
            .or_else(|| self.url.as_deref().map(name_from_url))
            .or_else(|| self.container.as_ref().map(|c| name_from_url(&c.image)))
            .unwrap_or_else(|| "external".to_string())
    }

    /// The URL serving `fixture`.
    pub fn url_for(&self, fixture: &str) -> Option<&str> {
        if let Some(u) = self.fixtures.get(fixture) {
            return Some(u);
        }
        match (&self.url, &self.fixture) {
            (Some(u), Some(f)) if f == fixture => Some(u),
            _ => None,
        }
    }

    /// The headers with `${VAR}` expanded.
    pub fn expanded_headers(&self, target: &str) -> Result<Vec<(String, String)>, TargetError> {
        self.headers
            .iter()
            .map(|(k, v)| {
                expand_env(v)
                    .map(|v| (k.clone(), v))
                    .map_err(|reason| TargetError::Header {
                        target: target.to_string(),
                        header: k.clone(),
                        reason,
                    })
            })
            .collect()
    }

    /// The values never to print or record: the expanded header values (those that expand)
    /// and the credentials of every URL.
    pub fn secrets(&self) -> Vec<String> {
        let mut secrets: Vec<String> = self
            .headers
            .values()
            .filter_map(|v| expand_env(v).ok())
            .collect();
        for u in self.urls() {
            secrets.extend(url_credentials(u));
        }
        secrets
    }

    /// The timeout of one request.
    pub fn timeout(&self) -> Duration {
        Duration::from_secs(self.timeout_secs.unwrap_or(10).max(1))
    }

    /// The largest response body read.
    pub fn max_response_bytes(&self) -> usize {
        self.max_response_bytes
            .unwrap_or(crate::http::DEFAULT_MAX_RESPONSE_BYTES)
    }
}

/// The HTTP side of an external target: client, headers, timeout.
#[derive(Debug, Clone)]
pub struct HttpSetup {
    pub client: reqwest::Client,
    pub headers: HeaderMap,
    pub timeout: Duration,
    /// The largest response body read.
    pub max_response_bytes: usize,
    /// Header values and URL credentials.
    pub secrets: Vec<String>,
}

impl HttpSetup {
    /// Checks the URLs, expands and checks the headers, builds the client.
    pub fn new(config: &ExternalConfig, target: &str) -> Result<HttpSetup, TargetError> {
        let urls = config.urls();
        if urls.is_empty() && config.container.is_none() {
            return Err(TargetError::NoUrl {
                target: target.to_string(),
            });
        }
        for u in urls {
            let bad = |reason: String| TargetError::BadUrl {
                target: target.to_string(),
                url: url_without_credentials(u),
                reason,
            };
            let parsed = reqwest::Url::parse(u).map_err(|e| bad(e.to_string()))?;
            if !matches!(parsed.scheme(), "http" | "https") {
                return Err(bad(format!("scheme `{}`", parsed.scheme())));
            }
        }
        let mut headers = HeaderMap::new();
        for (k, v) in config.expanded_headers(target)? {
            let bad = |reason: String| TargetError::Header {
                target: target.to_string(),
                header: k.clone(),
                reason,
            };
            let name =
                HeaderName::from_bytes(k.as_bytes()).map_err(|e| bad(format!("bad name: {e}")))?;
            let mut value = HeaderValue::from_str(&v)
                .map_err(|_| bad("the value is not a valid header value".to_string()))?;
            value.set_sensitive(true);
            headers.insert(name, value);
        }
        let timeout = config.timeout();
        let client = crate::http::client(timeout, false).map_err(TargetError::Client)?;
        Ok(HttpSetup {
            client,
            headers,
            timeout,
            max_response_bytes: config.max_response_bytes(),
            secrets: config.secrets(),
        })
    }

    pub async fn post(&self, url: &str, request: &Request) -> Result<Answer, StepFailure> {
        crate::http::post(
            &self.client,
            url,
            &self.headers,
            self.timeout,
            self.max_response_bytes,
            request,
        )
        .await
    }
}

/// An external GraphQL endpoint (or server image, see [`crate::container`]).
pub struct ExternalTarget {
    name: String,
    config: ExternalConfig,
    adaptation: Adaptation,
    http: HttpSetup,
    containers: Option<Arc<ContainerPool>>,
    /// Why nothing can run (no Docker engine for a container target).
    unavailable: Option<String>,
}

impl ExternalTarget {
    pub fn new(config: ExternalConfig, path: Option<&Path>) -> Result<Self, TargetError> {
        let name = config.target_name(path);
        let http = HttpSetup::new(&config, &name)?;
        let containers = config
            .container
            .clone()
            .map(|c| Arc::new(ContainerPool::new(c, &config.dialect)));
        let unavailable = match &containers {
            Some(_) => crate::container::engine_status()
                .err()
                .map(|e| format!("{e}; {}", crate::container::ENGINE_HINT)),
            None => None,
        };
        Ok(ExternalTarget {
            name,
            adaptation: config.adaptation(),
            config,
            http,
            containers,
            unavailable,
        })
    }

    pub fn config(&self) -> &ExternalConfig {
        &self.config
    }
}

/// `http://user:pw@localhost:4466/x` → `localhost-4466`.
fn name_from_url(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host);
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

/// Replaces `${VAR}` with the environment variable VAR; the error names the variable only.
fn expand_env(value: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find('}')
            .ok_or_else(|| "unterminated `${` in the value".to_string())?;
        let var = &after[..end];
        let v = std::env::var(var).map_err(|_| format!("environment variable {var} is not set"))?;
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
        if let Some(c) = &self.config.container {
            return format!("container {}", c.image);
        }
        let url = self.config.url.as_deref().map(url_without_credentials);
        match (url, self.config.fixtures.len()) {
            (Some(u), 0) => u,
            (Some(u), n) => format!("{u} (+{n} fixture endpoints)"),
            (None, n) => format!("{n} fixture endpoints"),
        }
    }
    fn dialect(&self) -> Option<&str> {
        Some(&self.config.dialect)
    }
    fn version(&self) -> Option<String> {
        self.config.version.clone()
    }
    fn capabilities(&self) -> Vec<String> {
        if self.config.reset == ResetConfig::None {
            vec![]
        } else {
            vec![CAP_RESET.to_string()]
        }
    }
    fn adapt(&self) -> Option<&Adaptation> {
        Some(&self.adaptation)
    }
    fn secrets(&self) -> Vec<String> {
        self.http.secrets.clone()
    }
    fn unavailable(&self) -> Option<String> {
        self.unavailable.clone()
    }
    fn diagnostics(&self, endpoint: &str) -> Option<String> {
        self.containers
            .as_ref()
            .and_then(|p| p.logs(endpoint))
            .map(|logs| format!("container logs (last lines):\n{logs}"))
    }
    fn finish(&self) -> Vec<String> {
        self.containers
            .as_ref()
            .map(|p| p.shutdown())
            .unwrap_or_default()
    }
    fn serial(&self) -> bool {
        true
    }
    fn serves(&self, fixture: Option<&str>) -> bool {
        match (&self.config.container, fixture) {
            (Some(c), Some(f)) => c.serves(f),
            (None, Some(f)) => self.config.url_for(f).is_some(),
            (_, None) => false,
        }
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
            let from_container = match &self.containers {
                Some(pool) if pool.config().serves(fixture) => Some(
                    pool.url_for(fixture)
                        .await
                        .map_err(|e| StepFailure::error(format!("container target: {e}")))?,
                ),
                Some(_) => {
                    return Err(StepFailure::not_applicable(format!(
                        "the image of target {} does not serve the data model \"{fixture}\"",
                        self.name
                    )));
                }
                None => None,
            };
            let Some(url) = from_container.as_deref().or(self.config.url_for(fixture)) else {
                return Err(StepFailure::not_applicable(format!(
                    "target {} serves no endpoint for the data model \"{fixture}\"{}",
                    self.name,
                    match (&self.config.url, &self.config.fixture) {
                        (Some(_), Some(f)) => format!(" (its URL serves \"{f}\")"),
                        (Some(_), None) => " (its URL serves one data model: name it with \
                            --fixture or `fixture`, or let the probe find it)"
                            .to_string(),
                        _ => String::new(),
                    }
                )));
            };
            let reset_timeout =
                Duration::from_secs(self.config.reset_timeout_secs.unwrap_or(120).max(1));
            let reset = match &self.config.reset {
                ResetConfig::None => Reset::None,
                ResetConfig::Command(cmd) => Reset::Command {
                    command: cmd.clone(),
                    env: vec![
                        ("CRUDSPEC_FIXTURE".to_string(), fixture.to_string()),
                        ("CRUDSPEC_URL".to_string(), url.to_string()),
                        ("CRUDSPEC_DIALECT".to_string(), request.dialect.to_string()),
                    ],
                    timeout: reset_timeout,
                },
                ResetConfig::DeleteEach => {
                    let profile = &request.profile.reset;
                    let (Some(list), Some(one)) = (&profile.list_ids, &profile.delete_one) else {
                        return Err(StepFailure::error(format!(
                            "reset \"delete-each\": the {} profile has no `reset.list_ids` and \
                             `reset.delete_one`",
                            request.dialect
                        )));
                    };
                    let rule = request.profile.plural;
                    Reset::DeleteEach {
                        models: request
                            .model
                            .models
                            .iter()
                            .map(|m| {
                                let vars = TemplateVars::model(&m.name, rule);
                                (
                                    m.name.clone(),
                                    format!("query crudspecResetList {{ {} }}", vars.render(list)),
                                    format!("mutation crudspecReset {{ {} }}", vars.render(one)),
                                )
                            })
                            .collect(),
                        timeout: reset_timeout,
                    }
                }
                ResetConfig::DeleteAll => {
                    let template = self
                        .adaptation
                        .reset_mutation
                        .as_deref()
                        .unwrap_or(&request.profile.reset.delete_all);
                    Reset::DeleteAll {
                        mutations: request
                            .model
                            .models
                            .iter()
                            .map(|m| {
                                let sel = TemplateVars::model(&m.name, request.profile.plural)
                                    .render(template);
                                (
                                    m.name.clone(),
                                    format!("mutation crudspecReset {{ {sel} }}"),
                                )
                            })
                            .collect(),
                        timeout: reset_timeout,
                    }
                }
            };
            Ok(Box::new(HttpConnection {
                url: url.to_string(),
                client: self.http.client.clone(),
                headers: self.http.headers.clone(),
                timeout: self.http.timeout,
                max_response_bytes: self.http.max_response_bytes,
                reset,
                server: None,
                restart: self.containers.clone(),
            }) as Box<dyn Connection>)
        })
    }
}

enum Reset {
    None,
    Executor(Executor),
    /// (model, delete-all mutation)
    DeleteAll {
        mutations: Vec<(String, String)>,
        timeout: Duration,
    },
    /// (model, query listing ids, mutation deleting `{{id}}`)
    DeleteEach {
        models: Vec<(String, String, String)>,
        timeout: Duration,
    },
    Command {
        command: String,
        env: Vec<(String, String)>,
        timeout: Duration,
    },
}

/// A GraphQL endpoint over HTTP (POST JSON).
struct HttpConnection {
    url: String,
    client: reqwest::Client,
    headers: HeaderMap,
    timeout: Duration,
    max_response_bytes: usize,
    reset: Reset,
    server: Option<crate::server::ServerHandle>,
    /// The containers of a container target: a delete-all that cannot empty the store
    /// restarts the container instead.
    restart: Option<Arc<ContainerPool>>,
}

impl HttpConnection {
    async fn post(&self, request: &Request) -> Result<Answer, StepFailure> {
        crate::http::post(
            &self.client,
            &self.url,
            &self.headers,
            self.timeout,
            self.max_response_bytes,
            request,
        )
        .await
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
                    .map_err(|e| e.context(format!("reset (delete-all of {model})")))?;
                if let Some(errors) = answer.body.get("errors").and_then(Value::as_array)
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

/// `reset` bounded by `timeout`, named `reset (<what>)` when it runs past it.
async fn bounded(
    what: &str,
    timeout: Duration,
    reset: impl std::future::Future<Output = Result<(), StepFailure>>,
) -> Result<(), StepFailure> {
    tokio::time::timeout(timeout, reset)
        .await
        .unwrap_or_else(|_| {
            Err(StepFailure::error(format!(
                "reset ({what}) timed out after {} s",
                timeout.as_secs()
            )))
        })
}

impl HttpConnection {
    /// A store that its reset could not empty: a container target restarts the container
    /// (an empty store for an in-memory server); any other target keeps the failure.
    async fn restart_if_needed(&self, reset: Result<(), StepFailure>) -> Result<(), StepFailure> {
        match (reset, &self.restart) {
            (Err(e), Some(pool)) => pool
                .restart(&self.url)
                .await
                .map_err(|r| e.context(format!("restarting the container did not help ({r})"))),
            (result, _) => result,
        }
    }

    /// Lists every node of each model and deletes them one at a time, in rounds: a node that a
    /// required relation still holds is retried after the others went.
    async fn delete_each(&self, models: &[(String, String, String)]) -> Result<(), StepFailure> {
        let mut last_errors: Vec<String> = Vec::new();
        for _round in 0..=models.len() {
            let mut left = 0usize;
            let mut deleted = 0usize;
            last_errors.clear();
            for (model, list, delete) in models {
                let ids = self
                    .list_ids(list)
                    .await
                    .map_err(|e| e.context(format!("reset (delete-each of {model})")))?;
                left += ids.len();
                for id in ids {
                    let literal = Value::String(id).to_string();
                    let request = Request {
                        query: delete.replace("{{id}}", &literal),
                        ..Request::default()
                    };
                    let answer = self
                        .post(&request)
                        .await
                        .map_err(|e| e.context(format!("reset (delete-each of {model})")))?;
                    match answer.body.get("errors").and_then(Value::as_array) {
                        Some(errors) if !errors.is_empty() => {
                            last_errors.push(format!("{model} {literal}: {}", short(&errors[0])))
                        }
                        _ => deleted += 1,
                    }
                }
            }
            if left == deleted {
                return Ok(());
            }
            if deleted == 0 {
                break;
            }
        }
        Err(StepFailure::error(format!(
            "reset (delete-each) cannot delete every node: {}",
            last_errors.join("; ")
        )))
    }

    /// The ids an id-listing query answers (the first root field's list of `{id}`).
    async fn list_ids(&self, query: &str) -> Result<Vec<String>, StepFailure> {
        let request = Request {
            query: query.to_string(),
            ..Request::default()
        };
        let answer = self.post(&request).await?;
        let nodes = answer
            .body
            .get("data")
            .and_then(Value::as_object)
            .and_then(|d| d.values().next())
            .and_then(Value::as_array)
            .ok_or_else(|| {
                StepFailure::error(format!(
                    "listing ids answered no list: {}",
                    short(&answer.body)
                ))
            })?;
        Ok(nodes
            .iter()
            .filter_map(|n| n.get("id").and_then(Value::as_str).map(str::to_string))
            .collect())
    }
}

/// The last `max` characters of a command's output, trimmed.
fn tail(bytes: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let chars: Vec<char> = text.trim().chars().collect();
    let start = chars.len().saturating_sub(max);
    chars[start..].iter().collect()
}

/// Runs a reset command; its output is drained (and its tail named when it fails), and it is
/// killed when it runs past `timeout`.
async fn run_command(
    command: &str,
    env: &[(String, String)],
    timeout: Duration,
) -> Result<(), StepFailure> {
    let child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| StepFailure::error(format!("reset command `{command}`: cannot start: {e}")))?;
    match tokio::time::timeout(timeout, child.wait_with_output()).await {
        Err(_) => Err(StepFailure::error(format!(
            "reset command `{command}` timed out after {} s (killed)",
            timeout.as_secs()
        ))),
        Ok(Err(e)) => Err(StepFailure::error(format!(
            "reset command `{command}`: {e}"
        ))),
        Ok(Ok(out)) if out.status.success() => Ok(()),
        Ok(Ok(out)) => {
            let stderr = tail(&out.stderr, 500);
            let stdout = tail(&out.stdout, 300);
            let said = match (stderr.is_empty(), stdout.is_empty()) {
                (false, _) => format!(": {stderr}"),
                (true, false) => format!(": {stdout}"),
                (true, true) => " (no output)".to_string(),
            };
            Err(StepFailure::error(format!(
                "reset command `{command}` failed ({}){said}",
                out.status
            )))
        }
    }
}

impl Connection for HttpConnection {
    fn endpoint(&self) -> String {
        url_without_credentials(&self.url)
    }
    fn execute<'a>(
        &'a self,
        request: &'a Request,
    ) -> LocalBoxFuture<'a, Result<Answer, StepFailure>> {
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
                Reset::DeleteAll { mutations, timeout } => {
                    let deleted = bounded("delete-all", *timeout, self.delete_all(mutations)).await;
                    self.restart_if_needed(deleted).await
                }
                Reset::DeleteEach { models, timeout } => {
                    let deleted = bounded("delete-each", *timeout, self.delete_each(models)).await;
                    self.restart_if_needed(deleted).await
                }
                Reset::Command {
                    command,
                    env,
                    timeout,
                } => run_command(command, env, *timeout).await,
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
        assert_eq!(
            name_from_url("https://admin:pw@example.test/api"),
            "example.test"
        );
        let e = expand_env("Bearer ${CRUDSPEC_SURELY_UNSET_VAR}").unwrap_err();
        assert!(e.contains("CRUDSPEC_SURELY_UNSET_VAR is not set"), "{e}");
        assert_eq!(expand_env("plain").ok().as_deref(), Some("plain"));
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
        // A bare URL serves one fixture: the one named, else none until probed.
        assert!(!t.serves(Some("post_single")));
        let t = TargetSpec::parse(
            "http://127.0.0.1:1/",
            Some("prisma1"),
            Some("post_single"),
            &[],
        )
        .and_then(TargetSpec::build)
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(t.serves(Some("post_single")) && !t.serves(Some("author_contact_posts")));
        assert!(matches!(
            parse_target("nope", None, &[]),
            Err(TargetError::Unknown(_))
        ));
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/targets");
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
            let p = entry.unwrap_or_else(|e| panic!("{e}")).path();
            let cfg = ExternalConfig::load(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            assert!(!cfg.dialect.is_empty());
        }
    }

    #[test]
    fn headers_are_secrets_and_bad_ones_are_named_without_their_value() {
        let config = ExternalConfig {
            dialect: "prisma1".into(),
            url: Some("https://user:pa55word@example.test/api".into()),
            headers: [(
                "Authorization".to_string(),
                "Bearer tok3n-value".to_string(),
            )]
            .into_iter()
            .collect(),
            ..ExternalConfig::default()
        };
        let setup = HttpSetup::new(&config, "t").unwrap_or_else(|e| panic!("{e}"));
        assert!(setup.secrets.contains(&"Bearer tok3n-value".to_string()));
        assert!(setup.secrets.contains(&"pa55word".to_string()));
        let bad = ExternalConfig {
            headers: [("X-Key".to_string(), "s3cret\nvalue".to_string())]
                .into_iter()
                .collect(),
            ..config.clone()
        };
        let e = HttpSetup::new(&bad, "t")
            .map(|_| ())
            .unwrap_err()
            .to_string();
        assert!(e.contains("X-Key") && !e.contains("s3cret"), "{e}");
        let ftp = ExternalConfig {
            url: Some("ftp://example.test/".into()),
            headers: BTreeMap::new(),
            ..config
        };
        assert!(matches!(
            HttpSetup::new(&ftp, "t"),
            Err(TargetError::BadUrl { .. })
        ));
    }

    #[tokio::test]
    async fn a_failing_reset_command_is_named_with_its_output_and_a_slow_one_is_killed() {
        let e = run_command(
            "echo out; echo boom >&2; exit 3",
            &[],
            Duration::from_secs(5),
        )
        .await
        .unwrap_err();
        assert!(
            e.message.contains("boom") && e.message.contains("exit status: 3"),
            "{e}"
        );
        // Lots of output does not block the command.
        run_command("head -c 1000000 /dev/zero", &[], Duration::from_secs(10))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let e = run_command("sleep 5", &[], Duration::from_millis(200))
            .await
            .unwrap_err();
        assert!(e.message.contains("timed out"), "{e}");
    }
}
