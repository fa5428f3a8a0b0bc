//! The cucumber World of the suite: per-scenario state and the behaviour behind every step of
//! the vocabulary (the step functions in [`crate::vocabulary`] are thin wrappers around the
//! methods here).
//!
//! The World is dialect-neutral: error codes, count queries and reset mutations come from the
//! [`DialectProfile`]; where requests go comes from the [`Target`]. Both, with the scenario's
//! [`ScenarioPlan`] (what its steps will check, known before the first step runs), are put in
//! place by the driver through [`CrudWorld::prepare`] before the first step.

use crate::effects::{self, CountPlan, Counts};
use crate::failure::{StepFailure, raise};
use crate::json::{JsonPath, docstring_text, lookup, short, substitute};
use crate::matching::{ListOrder, compare, pretty};
use crate::profile::DialectProfile;
use crate::target::{Connection, OpenRequest, Request, Target, TargetKind};
use crate::vocabulary::{StepKind, classify};
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
}

/// One request and its answer.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub endpoint: String,
    pub request: Request,
    pub response: Value,
}

/// The cucumber World: state of one scenario.
#[derive(cucumber::World, Default)]
pub struct CrudWorld {
    env: Option<ScenarioEnv>,
    conn: Option<Box<dyn Connection>>,
    counts: Option<CountPlan>,
    saved: BTreeMap<String, Value>,
    variables: Option<Value>,
    last: Option<Exchange>,
    measured: Option<Counts>,
    failure: Option<StepFailure>,
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

    /// The last request/response pair (of `having executed`, `executing` or a control query).
    pub fn last_exchange(&self) -> Option<&Exchange> {
        self.last.as_ref()
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
        self.counts = Some(CountPlan::new(&model, &env.profile));
        self.conn = Some(conn);
        self.measured = None;
        Ok(())
    }

    pub(crate) async fn empty_database(&mut self) -> Result<(), StepFailure> {
        self.conn()?.reset().await
    }

    pub(crate) async fn having_executed(
        &mut self,
        docstring: Option<&str>,
    ) -> Result<(), StepFailure> {
        let response = self.send(docstring, "having executed:").await?;
        match errors_of(&response) {
            None => Ok(()),
            Some(errors) => Err(StepFailure::fail(format!(
                "the setup operation answered errors: {}",
                short(errors)
            ))
            .with_diff(format!("errors:\n{}", pretty(errors)))),
        }
    }

    pub(crate) fn saving(&mut self, path: &str, name: &str) -> Result<(), StepFailure> {
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
        let before = if needs_counts {
            Some(
                self.measure()
                    .await
                    .map_err(|e| e.context("counting before the operation"))?,
            )
        } else {
            None
        };
        self.send(docstring, "executing:").await?;
        if let Some(before) = before {
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
        self.send(docstring, "executing control query:")
            .await
            .map(|_| ())
    }

    async fn measure(&self) -> Result<Counts, StepFailure> {
        let plan = self
            .counts
            .as_ref()
            .ok_or_else(|| StepFailure::fail("no data model yet"))?;
        let answer = self
            .conn()?
            .execute(&Request {
                query: plan.query.clone(),
                ..Request::default()
            })
            .await?;
        plan.read(&answer)
    }

    async fn send(&mut self, docstring: Option<&str>, step: &str) -> Result<Value, StepFailure> {
        let query = required_docstring(docstring, step)?;
        let query = substitute(query, &self.saved).map_err(|e| StepFailure::fail(e.to_string()))?;
        let request = Request {
            query,
            variables: self.variables.take(),
            operation_name: None,
        };
        let conn = self.conn()?;
        let endpoint = conn.endpoint();
        let response = conn.execute(&request).await;
        let response = match response {
            Ok(r) => r,
            Err(e) => {
                self.last = Some(Exchange {
                    endpoint,
                    request,
                    response: Value::Null,
                });
                return Err(e);
            }
        };
        self.last = Some(Exchange {
            endpoint,
            request,
            response: response.clone(),
        });
        Ok(response)
    }

    // ----- Then ------------------------------------------------------------------------

    fn last_response(&self) -> Result<&Value, StepFailure> {
        self.last
            .as_ref()
            .map(|e| &e.response)
            .ok_or_else(|| StepFailure::fail("no response to check: no operation was executed"))
    }

    pub(crate) fn result_should_be(
        &self,
        docstring: Option<&str>,
        order: ListOrder,
    ) -> Result<(), StepFailure> {
        let text = required_docstring(docstring, "the result should be:")?;
        let text = substitute(text, &self.saved).map_err(|e| StepFailure::fail(e.to_string()))?;
        let expected: Value = serde_json::from_str(&text).map_err(|e| {
            StepFailure::fail(format!("the expected result is not valid JSON: {e}"))
        })?;
        let response = self.last_response()?;
        if let Some(errors) = errors_of(response) {
            return Err(StepFailure::fail(format!(
                "expected a result without errors, got {} error{}: {}",
                errors.as_array().map_or(1, Vec::len),
                if errors.as_array().map_or(1, Vec::len) == 1 {
                    ""
                } else {
                    "s"
                },
                first_error_message(errors, self.env.as_ref().map(|e| &*e.profile))
            ))
            .with_diff(format!("response:\n{}", pretty(response))));
        }
        let data = response.get("data").unwrap_or(&Value::Null);
        compare(&expected, data, order, &JsonPath::root("data"))
            .map_err(|d| StepFailure::fail(d.first.to_string()).with_diff(d.diff))
    }

    pub(crate) fn error_raised(&self, class: &str) -> Result<(), StepFailure> {
        let env = self.env()?;
        if !env.profile.errors.classes.contains_key(class) {
            return Err(StepFailure::fail(format!(
                "unknown error class \"{class}\" (the {} profile knows: {})",
                env.dialect,
                env.profile.class_names().join(", ")
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
        if !errors
            .iter()
            .any(|e| env.profile.error_is(class, e) == Some(true))
        {
            let expected_code = env
                .profile
                .errors
                .classes
                .get(class)
                .map(|c| {
                    if c.is_null() {
                        "no code".to_string()
                    } else {
                        format!("code {c}")
                    }
                })
                .unwrap_or_default();
            let got: Vec<String> = errors
                .iter()
                .map(|e| match env.profile.error_code(e) {
                    Some(c) => format!("code {c}: {}", message_of(e)),
                    None => format!("no code: {}", message_of(e)),
                })
                .collect();
            return Err(StepFailure::fail(format!(
                "expected an error {class} ({expected_code}), got {}",
                got.join("; ")
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

    pub(crate) fn error_message_contains(&self, text: &str) -> Result<(), StepFailure> {
        let text = substitute(text, &self.saved).map_err(|e| StepFailure::fail(e.to_string()))?;
        let response = self.last_response()?;
        let errors = errors_of(response).and_then(Value::as_array);
        let messages: Vec<&str> = errors
            .map(|es| es.iter().map(message_of).collect())
            .unwrap_or_default();
        if messages.iter().any(|m| m.contains(&text)) {
            return Ok(());
        }
        Err(StepFailure::fail(if messages.is_empty() {
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
        }))
    }

    pub(crate) fn side_effects(&self, rows: Option<&[Vec<String>]>) -> Result<(), StepFailure> {
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

    pub(crate) fn no_side_effects(&self) -> Result<(), StepFailure> {
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

/// The `errors` of a response when there is at least one.
fn errors_of(response: &Value) -> Option<&Value> {
    response
        .get("errors")
        .filter(|e| !e.is_null() && e.as_array().is_none_or(|a| !a.is_empty()))
}

fn message_of(error: &Value) -> &str {
    error
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("(no message)")
}

fn first_error_message(errors: &Value, profile: Option<&DialectProfile>) -> String {
    match errors.as_array().and_then(|a| a.first()) {
        Some(e) => {
            let code = profile
                .and_then(|p| p.error_code(e))
                .map(|c| format!(" (code {c})"))
                .unwrap_or_default();
            format!("\"{}\"{code}", message_of(e))
        }
        None => short(errors),
    }
}
