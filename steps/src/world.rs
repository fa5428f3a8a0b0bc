//! The cucumber World of the suite: per-scenario state and the behaviour behind every step of
//! the vocabulary (the step functions in [`crate::vocabulary`] are thin wrappers around the
//! methods here).
//!
//! The World is dialect-neutral: error codes, count queries and reset mutations come from the
//! [`DialectProfile`]; where requests go comes from the [`Target`]. Both, with the scenario's
//! [`ScenarioPlan`] (what its steps will check, known before the first step runs), are put in
//! place by the driver through [`CrudWorld::prepare`] before the first step.

use crate::adapt::{
    Adaptation, ErrorRules, LACK_CONNECTION_AGGREGATE, LACK_MULTIPLE_ROOT_FIELDS, MessageChecks,
};
use crate::effects::{self, CountPlan, Counts};
use crate::exchange::{Answer, Exchange, Request};
use crate::failure::{Phase, StepFailure, raise};
use crate::json::{JsonPath, docstring_text, lookup, short, substitute};
use crate::matching::{ListOrder, compare, pretty};
use crate::operation::{merge_answers, missing_root_fields, split_root_fields};
use crate::profile::{CountProfile, DialectProfile};
use crate::step_kind::{StepKind, classify};
use crate::target::{Connection, OpenRequest, Target, TargetKind};
use crudspec_reference::datamodel::DataModel;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// What the scenario's steps check, derived from its step texts before it runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScenarioPlan {
    /// Some step is `Then an error "<class>" should be raised`.
    pub expects_error: bool,
    /// Some step is `And the side effects should be:`.
    pub has_effects_table: bool,
    /// Some step is `And no side effects`.
    pub has_no_effects_step: bool,
}

impl ScenarioPlan {
    pub fn of<'a>(step_texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut plan = ScenarioPlan::default();
        for text in step_texts {
            match classify(text).map(|(k, _)| k) {
                Some(StepKind::ErrorRaised) => plan.expects_error = true,
                Some(StepKind::SideEffects) => plan.has_effects_table = true,
                Some(StepKind::NoSideEffects) => plan.has_no_effects_step = true,
                _ => {}
            }
        }
        plan
    }

    /// Whether counts must be measured around `When executing:`.
    pub fn needs_counts(&self) -> bool {
        self.expects_error || self.has_effects_table || self.has_no_effects_step
    }

    /// An expected error also checks that nothing changed, unless a side-effects table says
    /// otherwise.
    pub fn auto_no_effects(&self) -> bool {
        self.expects_error && !self.has_effects_table
    }
}

/// Where and how a scenario runs.
#[derive(Clone)]
pub struct ScenarioEnv {
    pub target: Arc<dyn Target>,
    pub dialect: String,
    pub profile: Arc<DialectProfile>,
    /// The `fixtures/` folder (data models under `datamodels/`).
    pub fixtures_dir: PathBuf,
    pub plan: ScenarioPlan,
    /// How error objects are read on this target (profile + the target's adaptation).
    pub errors: ErrorRules,
    /// The target's adaptation (`None` for the reference targets).
    pub adaptation: Option<Adaptation>,
}

impl ScenarioEnv {
    fn lacks(&self, capability: &str) -> bool {
        self.adaptation
            .as_ref()
            .is_some_and(|a| a.lacks(capability))
    }

    /// The count queries: the target's own, else the profile's (listing ids where the target
    /// lacks connection aggregates and the profile says how).
    fn counts(&self) -> CountProfile {
        if let Some(c) = self.adaptation.as_ref().and_then(|a| a.counts.clone()) {
            return c;
        }
        let mut counts = self.profile.counts.clone();
        if self.lacks(LACK_CONNECTION_AGGREGATE)
            && let Some(listed) = counts.nodes_without_aggregate.clone()
        {
            counts.nodes = listed;
        }
        counts
    }
}

/// Whether a request the suite makes on its own behalf may be split per root field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Framing {
    /// The operation under test: sent as written.
    AsWritten,
    /// Setup, counts, control queries: one root field per request where the target needs it.
    Splittable,
}

/// The cucumber World: state of one scenario.
#[derive(cucumber::World, Default)]
pub struct CrudWorld {
    env: Option<ScenarioEnv>,
    conn: Option<Box<dyn Connection>>,
    counts: Option<CountPlan>,
    saved: BTreeMap<String, Value>,
    variables: Option<Value>,
    /// The answer the `Then` steps check (of `having executed`, `executing`, a control query).
    last: Option<Exchange>,
    /// The last request of any kind (counts and resets included), for evidence.
    sent: Option<Exchange>,
    measured: Option<Counts>,
    failure: Option<StepFailure>,
    phase: Option<Phase>,
    advisories: Vec<String>,
}

impl fmt::Debug for CrudWorld {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CrudWorld")
            .field(
                "target",
                &self.env.as_ref().map(|e| e.target.name().to_string()),
            )
            .field("dialect", &self.env.as_ref().map(|e| e.dialect.clone()))
            .field("endpoint", &self.conn.as_ref().map(|c| c.endpoint()))
            .field("saved", &self.saved)
            .field("variables", &self.variables)
            .field("last", &self.last)
            .field("measured", &self.measured)
            .finish()
    }
}

impl CrudWorld {
    /// Puts target, dialect profile and scenario plan in place (before the first step).
    pub fn prepare(&mut self, env: ScenarioEnv) {
        self.env = Some(env);
    }

    /// The typed failure of the step that just failed (read by the driver after the panic).
    pub fn take_failure(&mut self) -> Option<StepFailure> {
        self.failure.take()
    }

    /// The exchange to show for the scenario's end: the answer a failed check looked at, else
    /// the last request sent (a count query included).
    pub fn last_exchange(&self) -> Option<&Exchange> {
        match self.phase {
            Some(Phase::Check) => self.last.as_ref().or(self.sent.as_ref()),
            _ => self.sent.as_ref().or(self.last.as_ref()),
        }
    }

    /// What the scenario was doing when it stopped.
    pub fn phase(&self) -> Option<Phase> {
        self.phase
    }

    /// Checks that did not count on this target.
    pub fn take_advisories(&mut self) -> Vec<String> {
        std::mem::take(&mut self.advisories)
    }

    /// Releases the connection (stops a loopback server).
    pub async fn close(&mut self) {
        if let Some(conn) = self.conn.take() {
            conn.close().await;
        }
    }

    /// Ends a step: stores a failure for the driver and fails the cucumber step.
    pub(crate) fn conclude(&mut self, result: Result<(), StepFailure>) {
        if let Err(f) = result {
            self.failure = Some(f.clone());
            raise(&f);
        }
    }

    fn env(&self) -> Result<&ScenarioEnv, StepFailure> {
        self.env.as_ref().ok_or_else(|| {
            StepFailure::error(
                "the World was not prepared (no target): run it through the crudspec driver",
            )
        })
    }

    fn conn(&self) -> Result<&dyn Connection, StepFailure> {
        self.conn.as_deref().ok_or_else(|| {
            StepFailure::fail(
                "no data model yet: start the scenario with `Given the data model ...`",
            )
        })
    }

    // ----- Given -----------------------------------------------------------------------

    pub(crate) async fn data_model_fixture(&mut self, fixture: &str) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Setup);
        let path = self
            .env()?
            .fixtures_dir
            .join("datamodels")
            .join(format!("{fixture}.graphql"));
        let sdl = std::fs::read_to_string(&path).map_err(|e| {
            StepFailure::fail(format!(
                "data model \"{fixture}\": cannot read {}: {e}",
                path.display()
            ))
        })?;
        self.deploy(Some(fixture), &sdl, &path.display().to_string())
            .await
    }

    pub(crate) async fn data_model_inline(
        &mut self,
        docstring: Option<&str>,
    ) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Setup);
        let sdl = required_docstring(docstring, "the data model:")?;
        self.deploy(None, sdl, "the inline data model").await
    }

    async fn deploy(
        &mut self,
        fixture: Option<&str>,
        sdl: &str,
        source: &str,
    ) -> Result<(), StepFailure> {
        let model = DataModel::parse(sdl).map_err(|e| {
            StepFailure::fail(format!("{source}:{}:{}: {}", e.line, e.column, e.message))
        })?;
        self.close().await;
        let env = self.env()?.clone();
        let conn = env
            .target
            .open(OpenRequest {
                dialect: &env.dialect,
                fixture,
                sdl,
                model: &model,
                profile: &env.profile,
            })
            .await?;
        if env.target.kind() == TargetKind::External {
            conn.reset().await?;
        }
        self.counts = Some(CountPlan::new(&model, &env.counts(), env.profile.plural));
        self.conn = Some(conn);
        self.measured = None;
        Ok(())
    }

    pub(crate) async fn empty_database(&mut self) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Setup);
        self.conn()?.reset().await
    }

    pub(crate) async fn having_executed(
        &mut self,
        docstring: Option<&str>,
    ) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Setup);
        let response = self
            .send(docstring, "having executed:", Framing::Splittable)
            .await?;
        if let Some(errors) = errors_of(&response) {
            return Err(StepFailure::fail(format!(
                "the setup operation answered errors: {}",
                self.describe_errors(errors)
            ))
            .with_diff(format!("errors:\n{}", pretty(errors))));
        }
        self.check_answered_every_root_field(&response)
    }

    /// A setup or control answer without errors must hold every root field it asked for.
    fn check_answered_every_root_field(&self, response: &Value) -> Result<(), StepFailure> {
        let Some(exchange) = &self.last else {
            return Ok(());
        };
        let missing = missing_root_fields(&exchange.request.query, response);
        if missing.is_empty() {
            return Ok(());
        }
        let names: Vec<String> = missing
            .iter()
            .map(|f| {
                if f.response_key == f.name {
                    format!("`{}`", f.name)
                } else {
                    format!("`{}` (alias of `{}`)", f.response_key, f.name)
                }
            })
            .collect();
        Err(StepFailure::fail(format!(
            "the answer lacks {} without any error: the target may answer only one root field \
             per document (declare \"lacks\": [\"multiple-root-fields\"] in its target config)",
            names.join(", ")
        ))
        .with_diff(format!("response:\n{}", pretty(response))))
    }

    pub(crate) fn saving(&mut self, path: &str, name: &str) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Setup);
        let last = self.last.as_ref().ok_or_else(|| {
            StepFailure::fail(format!("nothing to save as \"{name}\": no response yet"))
        })?;
        let value = lookup(&last.response, path).map_err(|e| {
            StepFailure::fail(format!("saving \"{name}\": {e}"))
                .with_diff(format!("last response:\n{}", pretty(&last.response)))
        })?;
        if value.is_null() {
            return Err(
                StepFailure::fail(format!("saving \"{name}\": `{path}` is null"))
                    .with_diff(format!("last response:\n{}", pretty(&last.response))),
            );
        }
        self.saved.insert(name.to_string(), value.clone());
        Ok(())
    }

    pub(crate) fn variables(&mut self, docstring: Option<&str>) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Setup);
        let text = required_docstring(docstring, "the variables are:")?;
        let text = substitute(text, &self.saved).map_err(|e| StepFailure::fail(e.to_string()))?;
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| StepFailure::fail(format!("the variables are not valid JSON: {e}")))?;
        if !value.is_object() {
            return Err(StepFailure::fail("the variables must be a JSON object"));
        }
        self.variables = Some(value);
        Ok(())
    }

    // ----- When ------------------------------------------------------------------------

    pub(crate) async fn executing(&mut self, docstring: Option<&str>) -> Result<(), StepFailure> {
        let needs_counts = self.env()?.plan.needs_counts();
        self.phase = Some(Phase::Count);
        let before = if needs_counts {
            Some(
                self.measure()
                    .await
                    .map_err(|e| e.context("counting before the operation"))?,
            )
        } else {
            None
        };
        self.phase = Some(Phase::Operation);
        self.send(docstring, "executing:", Framing::AsWritten)
            .await?;
        if let Some(before) = before {
            self.phase = Some(Phase::Count);
            let after = self
                .measure()
                .await
                .map_err(|e| e.context("counting after the operation"))?;
            self.measured = Some(effects::delta(&before, &after));
        }
        Ok(())
    }

    pub(crate) async fn control_query(
        &mut self,
        docstring: Option<&str>,
    ) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Control);
        let response = self
            .send(docstring, "executing control query:", Framing::Splittable)
            .await?;
        if errors_of(&response).is_none() {
            self.check_answered_every_root_field(&response)?;
        }
        Ok(())
    }

    async fn measure(&mut self) -> Result<Counts, StepFailure> {
        let query = self
            .counts
            .as_ref()
            .ok_or_else(|| StepFailure::fail("no data model yet"))?
            .query
            .clone();
        let answer = self
            .request(
                Request {
                    query,
                    ..Request::default()
                },
                Framing::Splittable,
            )
            .await?;
        match &self.counts {
            Some(plan) => plan.read(&answer),
            None => Err(StepFailure::fail("no data model yet")),
        }
    }

    async fn send(
        &mut self,
        docstring: Option<&str>,
        step: &str,
        framing: Framing,
    ) -> Result<Value, StepFailure> {
        let query = required_docstring(docstring, step)?;
        let query = substitute(query, &self.saved).map_err(|e| StepFailure::fail(e.to_string()))?;
        let request = Request {
            query,
            variables: self.variables.take(),
            operation_name: None,
        };
        let answer = self.request(request, framing).await;
        self.last = self.sent.clone();
        answer
    }

    /// Sends a request (split per root field when it may be and the target needs it) and
    /// records the exchange, whatever came back.
    async fn request(&mut self, request: Request, framing: Framing) -> Result<Value, StepFailure> {
        let split = framing == Framing::Splittable && self.env()?.lacks(LACK_MULTIPLE_ROOT_FIELDS);
        let parts = if split {
            split_root_fields(&request).map_err(|e| StepFailure::fail(e.to_string()))?
        } else {
            vec![request.clone()]
        };
        let conn = self.conn()?;
        let endpoint = conn.endpoint();
        let mut answers: Vec<Answer> = Vec::new();
        for part in &parts {
            match conn.execute(part).await {
                Ok(a) => answers.push(a),
                Err(e) => {
                    let (http, body) = match &e.evidence {
                        Some(ev) => (Some(ev.0.clone()), ev.1.clone().map(Value::String)),
                        None => (None, None),
                    };
                    self.sent = Some(Exchange {
                        endpoint,
                        request: part.clone(),
                        http,
                        response: body.unwrap_or(Value::Null),
                    });
                    return Err(e);
                }
            }
        }
        let http = answers.last().and_then(|a| a.http.clone());
        let response = if answers.len() == 1 {
            answers.pop().map(|a| a.body).unwrap_or(Value::Null)
        } else {
            merge_answers(&answers.into_iter().map(|a| a.body).collect::<Vec<_>>())
        };
        self.sent = Some(Exchange {
            endpoint,
            request,
            http,
            response: response.clone(),
        });
        Ok(response)
    }

    /// Errors for a message: each with its code and message as this target carries them.
    fn describe_errors(&self, errors: &Value) -> String {
        match (self.env.as_ref(), errors.as_array()) {
            (Some(env), Some(list)) => list
                .iter()
                .map(|e| match env.errors.code(e) {
                    Some(c) => format!("code {c}: {}", message_or_json(&env.errors, e)),
                    None => format!("no code: {}", message_or_json(&env.errors, e)),
                })
                .collect::<Vec<_>>()
                .join("; "),
            _ => short(errors),
        }
    }

    // ----- Then ------------------------------------------------------------------------

    fn last_response(&self) -> Result<&Value, StepFailure> {
        self.last
            .as_ref()
            .map(|e| &e.response)
            .ok_or_else(|| StepFailure::fail("no response to check: no operation was executed"))
    }

    pub(crate) fn result_should_be(
        &mut self,
        docstring: Option<&str>,
        order: ListOrder,
    ) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Check);
        let expected = self.expected_json(docstring, "the result should be:", "result")?;
        let response = self.last_response()?;
        if let Some(errors) = errors_of(response) {
            let n = errors.as_array().map_or(1, Vec::len);
            return Err(StepFailure::fail(format!(
                "expected a result without errors, got {n} error{}: {}",
                if n == 1 { "" } else { "s" },
                self.describe_errors(errors)
            ))
            .with_diff(format!("response:\n{}", pretty(response))));
        }
        compare_data(&expected, response, order)
    }

    /// `the data should be:`: the response's `data` (null when absent), errors or not; lists
    /// compare as sets, as in `the result should be:`.
    pub(crate) fn data_should_be(&mut self, docstring: Option<&str>) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Check);
        let expected = self.expected_json(docstring, "the data should be:", "data")?;
        compare_data(&expected, self.last_response()?, ListOrder::Any)
    }

    /// A step's JSON docstring with the saved values put in.
    fn expected_json(
        &self,
        docstring: Option<&str>,
        step: &str,
        what: &str,
    ) -> Result<Value, StepFailure> {
        let text = required_docstring(docstring, step)?;
        let text = substitute(text, &self.saved).map_err(|e| StepFailure::fail(e.to_string()))?;
        serde_json::from_str(&text)
            .map_err(|e| StepFailure::fail(format!("the expected {what} is not valid JSON: {e}")))
    }

    pub(crate) fn error_raised(&mut self, class: &str) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Check);
        let env = self.env()?;
        if !env.errors.knows_class(class) {
            return Err(StepFailure::fail(format!(
                "unknown error class \"{class}\" (the {} profile knows: {})",
                env.dialect,
                env.errors.class_names().join(", ")
            )));
        }
        let response = self.last_response()?;
        let Some(errors) = errors_of(response).and_then(Value::as_array) else {
            return Err(StepFailure::fail(format!(
                "expected an error {class}, got no error; data: {}",
                short(response.get("data").unwrap_or(&Value::Null))
            ))
            .with_diff(format!("response:\n{}", pretty(response))));
        };
        if !errors.iter().any(|e| env.errors.is(class, e)) {
            return Err(StepFailure::fail(format!(
                "expected an error {class} ({}), got {}",
                env.errors.describe(class),
                self.describe_errors(&Value::Array(errors.clone()))
            ))
            .with_diff(format!("response:\n{}", pretty(response))));
        }
        // (Only around a `When executing:`; a failed control query changes nothing.)
        if env.plan.auto_no_effects() && self.measured.is_some() {
            self.check_effects(&Counts::new())
                .map_err(|e| e.context("the failed operation must leave no side effects"))?;
        }
        Ok(())
    }

    pub(crate) fn error_message_contains(&mut self, text: &str) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Check);
        let text = substitute(text, &self.saved).map_err(|e| StepFailure::fail(e.to_string()))?;
        let env = self.env()?;
        let response = self.last_response()?;
        let errors = errors_of(response).and_then(Value::as_array);
        let messages: Vec<String> = errors
            .map(|es| es.iter().map(|e| message_or_json(&env.errors, e)).collect())
            .unwrap_or_default();
        if messages.iter().any(|m| m.contains(&text)) {
            return Ok(());
        }
        let problem = if messages.is_empty() {
            format!("expected an error message containing \"{text}\", got no error")
        } else {
            format!(
                "expected an error message containing \"{text}\", got: {}",
                messages
                    .iter()
                    .map(|m| format!("\"{m}\""))
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        };
        // Wording is advisory on targets that say so, but only when there is an error to word.
        if env.errors.message_checks == MessageChecks::Advisory && !messages.is_empty() {
            self.advisories.push(format!("error wording: {problem}"));
            return Ok(());
        }
        Err(StepFailure::fail(problem))
    }

    pub(crate) fn side_effects(&mut self, rows: Option<&[Vec<String>]>) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Check);
        let rows = rows.ok_or_else(|| {
            StepFailure::fail("`the side effects should be:` needs a table: | +nodes Post | 1 |")
        })?;
        let plan = self
            .counts
            .as_ref()
            .ok_or_else(|| StepFailure::fail("no data model yet"))?;
        let expected = effects::parse_table(rows, plan)?;
        self.check_effects(&expected)
    }

    pub(crate) fn no_side_effects(&mut self) -> Result<(), StepFailure> {
        self.phase = Some(Phase::Check);
        self.check_effects(&Counts::new())
    }

    fn check_effects(&self, expected: &Counts) -> Result<(), StepFailure> {
        let measured = self.measured.as_ref().ok_or_else(|| {
            StepFailure::fail(
                "side effects are measured around `When executing:`, and none ran before this step",
            )
        })?;
        effects::check(expected, measured)
    }
}

fn required_docstring<'a>(docstring: Option<&'a str>, step: &str) -> Result<&'a str, StepFailure> {
    docstring
        .map(docstring_text)
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| StepFailure::fail(format!("the step `{step}` needs a docstring (\"\"\")")))
}

/// The response's `data` (null when absent) against the expected value.
fn compare_data(expected: &Value, response: &Value, order: ListOrder) -> Result<(), StepFailure> {
    let data = response.get("data").unwrap_or(&Value::Null);
    compare(expected, data, order, &JsonPath::root("data"))
        .map_err(|d| StepFailure::fail(d.first.to_string()).with_diff(d.diff))
}

/// The `errors` of a response when there is at least one.
fn errors_of(response: &Value) -> Option<&Value> {
    response
        .get("errors")
        .filter(|e| !e.is_null() && e.as_array().is_none_or(|a| !a.is_empty()))
}

/// The message of an error object where the target keeps it; else what the object holds, by
/// path, so that a message or code at an unexpected place is named (never "(no message)").
fn message_or_json(rules: &ErrorRules, error: &Value) -> String {
    match rules.message(error) {
        Some(m) => m.to_string(),
        None => format!(
            "(no message at {}; the error object holds {})",
            rules.message_paths().join(", "),
            leaf_paths(error, 10).join(", ")
        ),
    }
}

/// The dotted paths of the scalar leaves of a JSON value (at most `max`, then `...`).
fn leaf_paths(value: &Value, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, &Value)> = vec![(String::new(), value)];
    while let Some((path, v)) = stack.pop() {
        match v {
            Value::Object(map) => {
                for (k, child) in map.iter().rev() {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    stack.push((p, child));
                }
            }
            _ => {
                if out.len() == max {
                    out.push("...".to_string());
                    break;
                }
                let shown = match v {
                    Value::String(s) if s.chars().count() > 24 => {
                        format!("\"{}...\"", s.chars().take(24).collect::<String>())
                    }
                    other => other.to_string(),
                };
                out.push(format!(
                    "`{}` = {shown}",
                    if path.is_empty() { "(root)" } else { &path }
                ));
            }
        }
    }
    out
}
