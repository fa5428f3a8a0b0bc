//! Step failures: what a step reports when it does not pass, and how that report travels out of
//! a cucumber step function to the driver.
//!
//! Cucumber step functions fail by panicking. A step of this crate stores a typed
//! [`StepFailure`] in the World, marks the panic as expected (so the process panic hook stays
//! quiet) and panics with the failure's text; plain cucumber runners therefore still print a
//! readable message, and the crudspec driver reads the typed failure back from the World.

use crate::exchange::HttpEvidence;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::fmt;
use std::sync::Once;

/// How a scenario ended when a step did not pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FailureKind {
    /// The target answered, but not as the scenario expects (or the scenario itself is broken).
    Fail,
    /// The target could not be asked: transport error, timeout, crash, bad HTTP answer.
    Error,
    /// The target lacks a capability the scenario needs (outcome `n/a`).
    NotApplicable,
}

/// Where in a scenario a failure happened: a `setup` failure (data model, reset, `having
/// executed`, saving) or a failed side-effect `count` says nothing about the behaviour under test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// `Given ...`, `having executed`, `saving`, `the variables are`, `an empty database`.
    Setup,
    /// Measuring node and link counts around the operation under test.
    Count,
    /// `When executing:` itself (the request did not get a GraphQL answer).
    Operation,
    /// `When executing control query:`.
    Control,
    /// A `Then`/`And` check of the answer.
    Check,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Setup => "setup",
            Phase::Count => "count",
            Phase::Operation => "operation",
            Phase::Control => "control",
            Phase::Check => "check",
        }
    }
}

/// A step that did not pass: kind, one-line message and an optional multi-line diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepFailure {
    pub kind: FailureKind,
    pub message: String,
    pub diff: Option<String>,
    /// For an answer that was not GraphQL: the HTTP status and headers, and the raw body.
    pub evidence: Option<Box<(HttpEvidence, Option<String>)>>,
}

impl StepFailure {
    pub fn fail(message: impl Into<String>) -> Self {
        StepFailure {
            kind: FailureKind::Fail,
            message: message.into(),
            diff: None,
            evidence: None,
        }
    }

    pub fn error(message: impl Into<String>) -> Self {
        StepFailure {
            kind: FailureKind::Error,
            message: message.into(),
            diff: None,
            evidence: None,
        }
    }

    pub fn not_applicable(message: impl Into<String>) -> Self {
        StepFailure {
            kind: FailureKind::NotApplicable,
            message: message.into(),
            diff: None,
            evidence: None,
        }
    }

    pub fn with_diff(mut self, diff: impl Into<String>) -> Self {
        self.diff = Some(diff.into());
        self
    }

    /// Keeps what came back over HTTP (status, headers, raw body) as evidence.
    pub fn with_http(mut self, http: HttpEvidence, body: Option<String>) -> Self {
        self.evidence = Some(Box::new((http, body)));
        self
    }

    /// Prefixes the message with context (`while counting side effects: ...`).
    pub fn context(mut self, context: impl fmt::Display) -> Self {
        self.message = format!("{context}: {}", self.message);
        self
    }
}

impl fmt::Display for StepFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(diff) = &self.diff {
            write!(f, "\n{diff}")?;
        }
        Ok(())
    }
}

impl std::error::Error for StepFailure {}

thread_local! {
    static EXPECTED_PANIC: Cell<bool> = const { Cell::new(false) };
}

/// Panics with `failure`'s text after marking the panic as an expected step failure, so that
/// the hook installed by [`install_quiet_panic_hook`] does not print it.
pub fn raise(failure: &StepFailure) -> ! {
    EXPECTED_PANIC.with(|flag| flag.set(true));
    std::panic::panic_any(failure.to_string())
}

/// Installs (once per process) a panic hook that stays silent for step failures raised by
/// [`raise`] and delegates every other panic to the previous hook.
pub fn install_quiet_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let expected = EXPECTED_PANIC.with(|flag| flag.replace(false));
            if !expected {
                previous(info);
            }
        }));
    });
}

/// The text of a panic payload (`&str` or `String`), for panics that are not step failures.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else {
        "(panic payload is not a string)".to_string()
    }
}
