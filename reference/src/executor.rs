//! The public entry point: one deployed data model with its store and generated schema.
//! `Executor::deploy` parses the SDL and builds the dialect's schema; `execute` answers one
//! GraphQL request with the dialect's response JSON (`{"data": ..., "errors": [...]}`).

use crate::api::revalidation::{ParsedDocument, Revalidation};
use crate::api::{Shared, response, validation, variables};
use crate::datamodel::{DataModel, DataModelError};
use crate::dialect::{Dialect, eightbase, graphcms, graphcool, prisma1};
use crate::limits::{self, CostContext, Limits, ParseCache, SchemaSizes};
use async_graphql::parser::types::ExecutableDocument;
use futures::FutureExt;
use serde::Deserialize;
use serde_json::Value;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// A GraphQL request as sent over HTTP.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GraphqlRequest {
    pub query: String,
    #[serde(default)]
    pub variables: Option<Value>,
    #[serde(default)]
    pub operation_name: Option<String>,
}

impl GraphqlRequest {
    pub fn new(query: impl Into<String>) -> Self {
        GraphqlRequest {
            query: query.into(),
            ..Default::default()
        }
    }

    /// The same request with variables.
    pub fn with_variables(mut self, variables: Value) -> Self {
        self.variables = Some(variables);
        self
    }
}

#[derive(Debug, Clone)]
pub struct ExecutorOptions {
    /// Makes generated ids reproducible.
    pub id_seed: Option<u64>,
    /// GraphCMS only: accept the 1.0–1.3 to-one shapes (`update: {where, data}`,
    /// `upsert: {where, update, create}`); ignored by the Prisma 1 dialect.
    pub legacy_shapes: bool,
    /// Maximum selection depth of a query (clear error beyond it).
    pub max_depth: usize,
    /// Graphcool only: the deepest nesting level of nested creates accepted (the root
    /// mutation's arguments are level 1). Default `None`, any depth, as the Graphcool server
    /// did (its `mutationDepth = 3` was never applied, dialects.md §1.5); `Some(3)`
    /// ([`graphcool::DOCUMENTED_MAX_NESTING`]) reproduces the limit seeds 001/003 state.
    pub max_nesting: Option<usize>,
    /// What a request may cost before it is refused (input depth, aliases, estimated cost,
    /// response size, parse cache memory): see [`crate::limits`].
    pub limits: Limits,
}

impl Default for ExecutorOptions {
    fn default() -> Self {
        ExecutorOptions {
            id_seed: None,
            legacy_shapes: false,
            max_depth: 64,
            max_nesting: None,
            limits: Limits::default(),
        }
    }
}

/// Why a file upload (Graphcool's File API) was refused.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error("the {0} dialect has no File API (it is Graphcool's)")]
    NoFileApi(Dialect),
    #[error("{0}")]
    Rejected(String),
}

#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error(transparent)]
    DataModel(#[from] DataModelError),
    #[error("the generated schema is invalid: {0}")]
    Schema(String),
}

struct Inner {
    dialect: Dialect,
    shared: Arc<Shared>,
    schema: async_graphql::dynamic::Schema,
    max_depth: usize,
    requests: AtomicU64,
    /// Parsed documents by query text: clients send the same operations again and again with
    /// other variables, and parsing is half the cost of a small mutation. Bounded by bytes;
    /// documents are shared (`Arc`) so that the lock is held for a lookup only, never for a
    /// parse or a document copy. Each remembers what it passed validation for
    /// ([`crate::api::revalidation`]).
    parsed: std::sync::Mutex<ParseCache<ParsedDocument>>,
    limits: Limits,
    sizes: SchemaSizes,
}

/// A deployed data model: cheap to clone (shared state behind an `Arc`).
#[derive(Clone)]
pub struct Executor {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Executor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Executor")
            .field("dialect", &self.inner.dialect)
            .field("models", &self.inner.shared.dm.models.len())
            .finish()
    }
}

impl Executor {
    pub fn deploy(
        dialect: Dialect,
        datamodel_sdl: &str,
        options: ExecutorOptions,
    ) -> Result<Executor, DeployError> {
        let mut dm = DataModel::parse(datamodel_sdl)?;
        let prisma = |dm, legacy_shapes| {
            let build = prisma1::BuildOptions {
                legacy_shapes,
                max_depth: options.max_depth,
                id_seed: options.id_seed,
            };
            prisma1::build(dm, &build)
        };
        let (schema, shared) = match dialect {
            Dialect::Prisma1 => prisma(dm, false),
            Dialect::GraphCms => {
                graphcms::add_system_fields(&mut dm).map_err(DeployError::Schema)?;
                prisma(dm, options.legacy_shapes)
            }
            Dialect::Graphcool => {
                graphcool::check_data_model(&dm)?;
                let build = graphcool::BuildOptions {
                    max_nesting: options.max_nesting,
                    max_depth: options.max_depth,
                    id_seed: options.id_seed,
                };
                graphcool::build(dm, &build)
            }
            Dialect::EightBase => {
                let build = eightbase::BuildOptions {
                    max_depth: options.max_depth,
                    id_seed: options.id_seed,
                };
                eightbase::build(dm, &build)
            }
        }
        .map_err(DeployError::Schema)?;
        Ok(Executor {
            inner: Arc::new(Inner {
                dialect,
                shared,
                max_depth: options.max_depth,
                requests: AtomicU64::new(0),
                parsed: std::sync::Mutex::new(ParseCache::default()),
                sizes: SchemaSizes::of(schema.registry()),
                schema,
                limits: options.limits,
            }),
        })
    }

    /// The parsed document of a query text, from the cache or freshly parsed. `None` when the
    /// text does not parse: the schema then reports the syntax error itself.
    fn parsed_document(&self, query: &str) -> Option<Arc<ParsedDocument>> {
        let lock = || self.inner.parsed.lock().unwrap_or_else(|p| p.into_inner());
        let cached = lock().get(query).cloned();
        if cached.is_some() {
            return cached;
        }
        let doc = Arc::new(ParsedDocument::new(
            async_graphql::parser::parse_query(query).ok()?,
        ));
        lock().insert(query, doc.clone(), self.inner.limits.parse_cache_bytes);
        Some(doc)
    }

    /// Answers one request; never panics on bad input (errors are in the response).
    pub async fn execute(&self, request: GraphqlRequest) -> Value {
        let n = self.inner.requests.fetch_add(1, Ordering::Relaxed) + 1;
        let request_id = self
            .inner
            .dialect
            .has_request_id()
            .then(|| format!("local:{}:{n}", self.inner.dialect));
        let request_id = request_id.as_deref();
        if let Some(v) = &request.variables
            && let Err(e) = limits::check_variables(v, self.inner.limits.max_input_depth)
        {
            return response::request_error_response(&e.to_string(), request_id);
        }
        let variables = match request.variables {
            None | Some(Value::Null) => async_graphql::Variables::default(),
            Some(Value::Object(v)) => variables::from_json(v),
            // Some clients send the variables as a JSON string.
            Some(Value::String(s)) if s.trim().is_empty() => async_graphql::Variables::default(),
            Some(Value::String(s)) => match serde_json::from_str::<Value>(&s) {
                Ok(v)
                    if limits::json_depth(&v, self.inner.limits.max_input_depth)
                        > self.inner.limits.max_input_depth =>
                {
                    let max = self.inner.limits.max_input_depth;
                    return response::request_error_response(
                        &limits::LimitError::VariablesDepth { max }.to_string(),
                        request_id,
                    );
                }
                Ok(Value::Object(v)) => variables::from_json(v),
                Ok(Value::Null) => async_graphql::Variables::default(),
                _ => {
                    return response::request_error_response(
                        &format!("Variables could not be parsed as a JSON object: {s}"),
                        request_id,
                    );
                }
            },
            Some(other) => {
                return response::request_error_response(
                    &format!("Variables must be a JSON object, got {other}"),
                    request_id,
                );
            }
        };
        let bounds = &self.inner.limits;
        let refuse =
            |e: limits::LimitError| response::request_error_response(&e.to_string(), request_id);
        if let Err(e) = limits::check_query_depth(&request.query, bounds.max_input_depth) {
            return refuse(e);
        }
        // Kept for the rewriting of validation messages (an answer with errors only).
        let kept_variables = variables.clone();
        let parsed = self.parsed_document(&request.query);
        let kept_document = parsed.clone();
        if let Some(parsed) = &parsed {
            let doc = &parsed.doc;
            let ctx = CostContext {
                registry: self.registry(),
                sizes: &self.inner.sizes,
                variables: &kept_variables,
                limits: bounds,
            };
            let checked = limits::check_aliases(doc, bounds.max_aliases)
                .and_then(|()| limits::check_cost(doc, request.operation_name.as_deref(), &ctx));
            if let Err(e) = checked {
                return refuse(e);
            }
        }
        let operation = request.operation_name.filter(|o| !o.is_empty());
        let mut req = async_graphql::Request::new(request.query);
        if let Some(parsed) = parsed {
            let checked = variables::check(
                self.registry(),
                &parsed.doc,
                operation.as_deref(),
                &variables,
            );
            if !checked.errors.is_empty() {
                return response::api_response(
                    variables::errors_response(&checked.errors),
                    request_id,
                );
            }
            req = req.data(Revalidation::decide(
                &parsed,
                operation.as_deref(),
                &variables,
                checked.all_fit,
            ));
            req.set_parsed_query(ExecutableDocument::clone(&parsed.doc));
        }
        req = req.variables(variables);
        if let Some(op) = operation {
            req = req.operation_name(op);
        }
        let run = AssertUnwindSafe(self.inner.schema.execute(req)).catch_unwind();
        let response = match run.await {
            Ok(r) => r,
            Err(_) => {
                return response::request_error_response(
                    "internal error while executing the request",
                    request_id,
                );
            }
        };
        let mut json = match serde_json::to_value(&response) {
            Ok(v) => v,
            Err(e) => {
                return response::request_error_response(
                    &format!("internal error: the response cannot be serialized: {e}"),
                    request_id,
                );
            }
        };
        self.clarify_depth_error(&mut json);
        if json.get("errors").is_some() {
            validation::sangria_messages(
                self.registry(),
                kept_document.as_ref().map(|d| &d.doc),
                &kept_variables,
                &mut json,
            );
        }
        let json = response::api_response(json, request_id);
        if let Err(e) = limits::check_response_size(&json, self.inner.limits.max_response_bytes) {
            return refuse(e);
        }
        json
    }

    /// The cached parse of a query text, if any (tests).
    #[cfg(test)]
    pub(crate) fn cached_document(&self, query: &str) -> Option<Arc<ParsedDocument>> {
        let cache = self.inner.parsed.lock().unwrap_or_else(|p| p.into_inner());
        cache.get(query).cloned()
    }

    /// The generated schema's types.
    pub(crate) fn registry(&self) -> &async_graphql::registry::Registry {
        self.inner.schema.registry()
    }

    /// The limits this executor enforces.
    pub fn limits(&self) -> &Limits {
        &self.inner.limits
    }

    /// async-graphql says only "Query is nested too deep."; name the limit.
    fn clarify_depth_error(&self, json: &mut Value) {
        if let Some(Value::Array(errs)) = json.get_mut("errors") {
            for e in errs {
                if let Some(Value::String(m)) = e.get_mut("message")
                    && m.starts_with("Query is nested too deep")
                {
                    *m = format!(
                        "Query is nested too deep: the maximum selection depth is {}.",
                        self.inner.max_depth
                    );
                }
            }
        }
    }

    pub fn dialect(&self) -> Dialect {
        self.inner.dialect
    }

    /// The data model as deployed (for GraphCMS: with the system fields added).
    pub fn datamodel(&self) -> &DataModel {
        &self.inner.shared.dm
    }

    /// The generated schema in SDL.
    pub fn schema_sdl(&self) -> String {
        self.inner.schema.sdl()
    }

    /// Graphcool's File API: stores an uploaded file's metadata as a new `File` node (the
    /// content itself is not kept) and answers the File API's JSON `{secret, name, size, url,
    /// id, contentType}`; `project` is the project id of the upload URL.
    pub fn upload_file(
        &self,
        project: &str,
        name: &str,
        content_type: Option<&str>,
        size: usize,
    ) -> Result<Value, UploadError> {
        if self.inner.dialect != Dialect::Graphcool {
            return Err(UploadError::NoFileApi(self.inner.dialect));
        }
        graphcool::file::upload(&self.inner.shared, project, name, content_type, size)
            .map_err(|e| UploadError::Rejected(e.message))
    }

    /// The whole store as JSON (nodes with their values and soft-delete marks, links), for
    /// tests that compare states before and after an operation.
    pub fn dump_store(&self) -> Value {
        self.inner.shared.lock().dump(&self.inner.shared.dm)
    }

    /// Empties the store.
    pub fn reset(&self) {
        self.inner.shared.lock().clear();
    }
}
