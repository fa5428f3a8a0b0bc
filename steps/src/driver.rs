//! The per-scenario driver: runs one [`ScenarioSpec`] against one [`Target`] through the step
//! functions cucumber registered for [`CrudWorld`] (`CrudWorld::collection()`), and turns the
//! run into a [`ScenarioResult`]. `crudspec run` and the `cargo test` harness both use it, so
//! there is one code path.
//!
//! Compared with running cucumber's own runner per scenario, the driver adds what a
//! conformance run needs: a step that matches nothing fails the scenario (cucumber's
//! `fail_on_skipped`), a timeout on every step, typed outcomes (`fail` for a wrong answer,
//! `error` for a transport failure or a crash, `n/a` for a missing capability), and the last
//! request/response for the report.

use crate::adapt::{
    ErrorRules, LACK_CONNECTION_AGGREGATE, LACK_FRAGMENTS, LACK_INTROSPECTION,
    LACK_MULTIPLE_ROOT_FIELDS, LACK_VARIABLES,
};
use crate::exchange::{HttpEvidence, Request};
pub use crate::failure::Phase;
use crate::failure::{FailureKind, StepFailure, install_quiet_panic_hook, panic_message};
use crate::operation::shape;
use crate::profile::DialectProfile;
use crate::redact::Redactor;
use crate::step_kind::{StepKind, classify};
use crate::suite::ScenarioSpec;
use crate::target::Target;
use crate::world::{CrudWorld, ScenarioEnv, ScenarioPlan};
use cucumber::World as _;
use cucumber::step::Collection;
use futures::FutureExt as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

static STEPS: LazyLock<Collection<CrudWorld>> = LazyLock::new(CrudWorld::collection);

/// The step functions of the vocabulary (for lint: which step texts are known).
pub fn step_collection() -> &'static Collection<CrudWorld> {
    &STEPS
}

/// How a scenario ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Outcome {
    #[serde(rename = "pass")]
    Pass,
    #[serde(rename = "fail")]
    Fail,
    #[serde(rename = "error")]
    Error,
    #[serde(rename = "skip")]
    Skip,
    #[serde(rename = "n/a")]
    NotApplicable,
    #[serde(rename = "xfail")]
    Xfail,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::Pass,
        Outcome::Fail,
        Outcome::Error,
        Outcome::Skip,
        Outcome::NotApplicable,
        Outcome::Xfail,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Error => "error",
            Outcome::Skip => "skip",
            Outcome::NotApplicable => "n/a",
            Outcome::Xfail => "xfail",
        }
    }

    /// Whether this outcome makes the run fail.
    pub fn is_failure(self) -> bool {
        matches!(self, Outcome::Fail | Outcome::Error)
    }
}

impl From<FailureKind> for Outcome {
    fn from(k: FailureKind) -> Self {
        match k {
            FailureKind::Fail => Outcome::Fail,
            FailureKind::Error => Outcome::Error,
            FailureKind::NotApplicable => Outcome::NotApplicable,
        }
    }
}

/// The step at which a scenario stopped.
#[derive(Debug, Clone, Serialize)]
pub struct FailedStep {
    pub line: usize,
    pub text: String,
}

/// The result of one scenario on one target.
#[derive(Debug, Clone)]
pub struct ScenarioResult {
    pub outcome: Outcome,
    pub duration: Duration,
    pub message: Option<String>,
    pub diff: Option<String>,
    pub step: Option<FailedStep>,
    /// Where the failure happened (`None` when the scenario passed or never started).
    pub phase: Option<Phase>,
    /// Checks that did not count on this target (e.g. error wording where the target config
    /// makes message checks advisory), each as one line.
    pub advisories: Vec<String>,
    pub endpoint: Option<String>,
    /// The exchange of the step that failed (else the last one): request, HTTP status and
    /// headers (external and loopback targets), full response.
    pub request: Option<Request>,
    pub http: Option<HttpEvidence>,
    pub response: Option<Value>,
}

impl ScenarioResult {
    fn early(outcome: Outcome, message: impl Into<String>) -> Self {
        ScenarioResult {
            outcome,
            duration: Duration::ZERO,
            message: Some(message.into()),
            diff: None,
            step: None,
            phase: None,
            advisories: Vec::new(),
            endpoint: None,
            request: None,
            http: None,
            response: None,
        }
    }

    /// Message and diff as one text (for test failures and reports).
    pub fn explanation(&self) -> String {
        let mut s = String::new();
        if let Some(step) = &self.step {
            s.push_str(&format!("at line {}: {}\n", step.line, step.text));
        }
        if let Some(m) = &self.message {
            s.push_str(m);
            s.push('\n');
        }
        if let Some(d) = &self.diff {
            s.push_str(d);
            if !d.ends_with('\n') {
                s.push('\n');
            }
        }
        s
    }
}

/// The dialect profiles of a `fixtures/profiles` folder, loaded once.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    loaded: BTreeMap<String, Arc<DialectProfile>>,
    problems: BTreeMap<String, String>,
}

impl Profiles {
    pub fn load(dir: &Path) -> Profiles {
        let mut p = Profiles::default();
        for name in DialectProfile::available(dir) {
            match DialectProfile::load(dir, &name) {
                Ok(profile) => {
                    p.loaded.insert(name, Arc::new(profile));
                }
                Err(e) => {
                    p.problems.insert(name, e.to_string());
                }
            }
        }
        p
    }

    /// Dialect names with a profile file (loaded or not).
    pub fn names(&self) -> Vec<String> {
        self.loaded
            .keys()
            .chain(self.problems.keys())
            .cloned()
            .collect()
    }

    pub fn get(&self, dialect: &str) -> Result<Arc<DialectProfile>, String> {
        if let Some(p) = self.loaded.get(dialect) {
            return Ok(p.clone());
        }
        Err(self.problems.get(dialect).cloned().unwrap_or_else(|| {
            format!(
                "no dialect profile for `{dialect}` (have: {})",
                self.loaded.keys().cloned().collect::<Vec<_>>().join(", ")
            )
        }))
    }
}

/// What every scenario of a run shares.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// The `fixtures/` folder.
    pub fixtures_dir: PathBuf,
    pub profiles: Profiles,
    /// Upper bound for one step (requests have their own, shorter timeouts).
    pub step_timeout: Duration,
    /// Run scenarios tagged `@skip`/`@ignore` anyway (libtest's `--ignored`).
    pub run_skipped: bool,
}

impl RunConfig {
    pub fn new(fixtures_dir: &Path) -> RunConfig {
        RunConfig {
            fixtures_dir: fixtures_dir.to_path_buf(),
            profiles: Profiles::load(&fixtures_dir.join("profiles")),
            step_timeout: Duration::from_secs(60),
            run_skipped: false,
        }
    }
}

/// Tags that skip a scenario (outcome `skip`).
pub const SKIP_TAGS: [&str; 2] = ["skip", "ignore"];

/// Runs one scenario against one target.
pub async fn run_scenario(
    spec: &ScenarioSpec,
    target: &Arc<dyn Target>,
    config: &RunConfig,
) -> ScenarioResult {
    install_quiet_panic_hook();
    if let Some(tag) = SKIP_TAGS.iter().find(|t| spec.has_tag(t))
        && !config.run_skipped
    {
        return ScenarioResult::early(Outcome::Skip, format!("tagged @{tag}"));
    }
    if let Some(why) = target.unavailable() {
        return ScenarioResult::early(
            Outcome::Skip,
            format!("target {} is unavailable: {why}", target.name()),
        );
    }
    let dialect = match (spec.dialect.as_deref(), target.dialect()) {
        (Some(s), Some(t)) if s != t => {
            return ScenarioResult::early(
                Outcome::NotApplicable,
                format!("a {s} scenario; target {} speaks {t}", target.name()),
            );
        }
        (Some(s), _) => s.to_string(),
        (None, Some(t)) => t.to_string(),
        (None, None) => {
            return ScenarioResult::early(
                Outcome::Error,
                format!(
                    "no dialect for {}: put it under features/<dialect>/ or pass --dialect",
                    spec.file.display()
                ),
            );
        }
    };
    let profile = match config.profiles.get(&dialect) {
        Ok(p) => p,
        Err(e) => return ScenarioResult::early(Outcome::Error, e),
    };
    let adaptation = target.adapt().cloned();
    let mut capabilities = target.capabilities();
    capabilities.extend(profile.capabilities.iter().cloned());
    if let Some(a) = &adaptation {
        capabilities.retain(|c| !a.lacks(c));
    }
    if let Some(missing) = spec
        .tag_values("requires")
        .find(|c| !capabilities.iter().any(|have| have == c))
    {
        return ScenarioResult::early(
            Outcome::NotApplicable,
            format!("target {} lacks the capability `{missing}`", target.name()),
        );
    }
    if let Some(a) = &adaptation
        && let Some((capability, why)) = needs(spec).into_iter().find(|(c, _)| a.lacks(c))
    {
        return ScenarioResult::early(
            Outcome::NotApplicable,
            format!(
                "{why}, and target {} declares that it lacks `{capability}`",
                target.name()
            ),
        );
    }

    let env_profile = profile.clone();
    let env = ScenarioEnv {
        target: target.clone(),
        dialect,
        profile,
        fixtures_dir: config.fixtures_dir.clone(),
        plan: ScenarioPlan::of(spec.steps.iter().map(|s| s.value.as_str())),
        errors: ErrorRules::new(&env_profile, adaptation.as_ref()),
        adaptation,
    };
    let mut world = CrudWorld::default();
    world.prepare(env);
    let started = Instant::now();
    let mut stopped: Option<(StepFailure, FailedStep)> = None;
    for step in &spec.steps {
        let text = format!("{} {}", step.keyword.trim(), step.value);
        let at = FailedStep {
            line: step.position.line,
            text: text.clone(),
        };
        let found = match STEPS.find(step) {
            Ok(Some((func, _, _, ctx))) => (func, ctx),
            Ok(None) => {
                stopped = Some((
                    StepFailure::fail(format!(
                        "unknown step `{text}` ({}:{}): not in the step vocabulary",
                        spec.file.display(),
                        step.position.line
                    )),
                    at,
                ));
                break;
            }
            Err(e) => {
                stopped = Some((
                    StepFailure::fail(format!("ambiguous step `{text}`: {e}")),
                    at,
                ));
                break;
            }
        };
        let (func, ctx) = found;
        let run = AssertUnwindSafe(func(&mut world, ctx)).catch_unwind();
        let outcome = tokio::time::timeout(config.step_timeout, run).await;
        let failure = match outcome {
            Ok(Ok(())) => None,
            Ok(Err(payload)) => Some(world.take_failure().unwrap_or_else(|| {
                StepFailure::error(format!(
                    "the step panicked: {}",
                    panic_message(payload.as_ref())
                ))
            })),
            Err(_) => Some(StepFailure::error(format!(
                "the step timed out after {} s",
                config.step_timeout.as_secs()
            ))),
        };
        if let Some(f) = failure {
            stopped = Some((f, at));
            break;
        }
    }
    let duration = started.elapsed();
    let last = world.last_exchange().cloned();
    let phase = world.phase();
    let advisories = world.take_advisories();
    // Closing must not hang either (a loopback server's graceful shutdown).
    let _ = tokio::time::timeout(Duration::from_secs(10), world.close()).await;
    let (outcome, message, diff, step, phase) = match stopped {
        None => (Outcome::Pass, None, None, None, None),
        Some((f, at)) => {
            let mut outcome = Outcome::from(f.kind);
            let mut message = f.message;
            // A failure before the operation under test, or while counting around it, says
            // nothing about the behaviour: it is an `error` named as such.
            match phase {
                Some(Phase::Setup) if outcome != Outcome::NotApplicable => {
                    outcome = Outcome::Error;
                    message = format!("setup failed: {message}");
                }
                Some(Phase::Count) if outcome != Outcome::NotApplicable => {
                    outcome = Outcome::Error;
                    message = format!("counting side effects failed: {message}");
                }
                _ => {}
            }
            (outcome, Some(message), f.diff, Some(at), phase)
        }
    };
    let mut result = ScenarioResult {
        outcome,
        duration,
        message,
        diff,
        step,
        phase,
        advisories,
        endpoint: last.as_ref().map(|e| e.endpoint.clone()),
        request: last.as_ref().map(|e| e.request.clone()),
        http: last.as_ref().and_then(|e| e.http.clone()),
        response: last.map(|e| e.response),
    };
    if result.outcome.is_failure()
        && let Some(logs) = result
            .endpoint
            .as_deref()
            .and_then(|e| target.diagnostics(e))
    {
        result.diff = Some(match result.diff.take() {
            Some(d) => format!("{d}\n{logs}"),
            None => logs,
        });
    }
    redact(&mut result, &Redactor::new(target.secrets()));
    result
}

/// Masks the target's secrets everywhere in a result.
fn redact(result: &mut ScenarioResult, redactor: &Redactor) {
    if redactor.is_empty() {
        return;
    }
    redactor.option(&mut result.message);
    redactor.option(&mut result.diff);
    redactor.option(&mut result.endpoint);
    for a in &mut result.advisories {
        *a = redactor.text(a);
    }
    if let Some(r) = &mut result.request {
        r.query = redactor.text(&r.query);
        if let Some(v) = &mut r.variables {
            redactor.json(v);
        }
    }
    if let Some(h) = &mut result.http {
        for v in h.headers.values_mut() {
            *v = redactor.text(v);
        }
    }
    if let Some(v) = &mut result.response {
        redactor.json(v);
    }
}

/// What a scenario needs of a target beyond answering its operations: (capability, why).
pub fn needs(spec: &ScenarioSpec) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut add = |c: &'static str, why: String| {
        if !out.iter().any(|(have, _)| *have == c) {
            out.push((c, why));
        }
    };
    for step in &spec.steps {
        let Some((kind, _)) = classify(&step.value) else {
            continue;
        };
        let line = step.position.line;
        if kind == StepKind::Variables {
            add(
                LACK_VARIABLES,
                format!("line {line} sends GraphQL variables"),
            );
        }
        if !kind.has_graphql_docstring() {
            continue;
        }
        let Some(Ok(shape)) = step.docstring.as_deref().map(shape) else {
            continue;
        };
        if shape.uses_variables {
            add(
                LACK_VARIABLES,
                format!("line {line} uses GraphQL variables"),
            );
        }
        if shape.uses_fragments {
            add(LACK_FRAGMENTS, format!("line {line} uses fragments"));
        }
        if shape.uses_introspection {
            add(
                LACK_INTROSPECTION,
                format!("line {line} introspects the schema"),
            );
        }
        if shape.uses_aggregate {
            add(
                LACK_CONNECTION_AGGREGATE,
                format!("line {line} reads a connection aggregate"),
            );
        }
        let several = shape.root_fields.len() > 1;
        // Setup and control requests are split per root field; the operation under test and a
        // document with fragments cannot be.
        if several && (kind == StepKind::Executing || shape.uses_fragments) {
            add(
                LACK_MULTIPLE_ROOT_FIELDS,
                format!(
                    "the operation at line {line} has {} root fields",
                    shape.root_fields.len()
                ),
            );
        }
    }
    out
}

/// [`run_scenario`] on a fresh single-threaded runtime (for worker threads and test trials).
pub fn run_scenario_blocking(
    spec: &ScenarioSpec,
    target: &Arc<dyn Target>,
    config: &RunConfig,
) -> ScenarioResult {
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt.block_on(run_scenario(spec, target, config)),
        Err(e) => ScenarioResult::early(Outcome::Error, format!("cannot start a runtime: {e}")),
    }
}
