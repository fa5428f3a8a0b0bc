//! crudspec-steps: everything a scenario needs to run.
//!
//! - [`step_kind`]: the vocabulary as data (which step a text is);
//! - [`vocabulary`]: the closed step vocabulary, registered on the cucumber World
//!   [`world::CrudWorld`] (which holds the per-scenario state and the step behaviour);
//! - [`matching`]: expected-vs-actual JSON with placeholders, multiset lists and path-naming diffs;
//! - [`json`]: capture paths and `{{name}}` substitution;
//! - [`effects`]: side effects as node/link counts measured through the dialect's queries;
//! - [`profile`]: dialect profiles (`fixtures/profiles/<dialect>.json`): error codes, count
//!   queries, reset mutations;
//! - [`target`]: the in-process reference, the reference over HTTP, external endpoints;
//! - [`suite`]: feature files → scenario specs (outline expansion, ids, tags, dialects, filters);
//! - [`exchange`], [`http`]: requests, answers and their evidence; GraphQL over HTTP (TLS,
//!   redirects, every misbehaviour named);
//! - [`adapt`]: per-target adaptation (error paths and codes, what a target lacks);
//! - [`operation`]: the shape of a GraphQL operation and its split per root field;
//! - [`container`]: server images started through testcontainers, one container per fixture;
//! - [`probe`]: the check of an external endpoint before a run;
//! - [`redact`]: secrets masked in everything printed or recorded;
//! - [`driver`]: runs one scenario on one target and reports its outcome.

pub mod adapt;
pub mod container;
pub mod driver;
pub mod effects;
pub mod exchange;
pub mod failure;
pub mod http;
pub mod json;
pub mod matching;
pub mod operation;
pub mod probe;
pub mod profile;
pub mod redact;
pub mod server;
pub mod step_kind;
pub mod suite;
pub mod target;
pub mod vocabulary;
pub mod world;

pub use driver::{
    Outcome, Phase, Profiles, RunConfig, ScenarioResult, run_scenario, run_scenario_blocking,
};
pub use exchange::{Answer, Exchange, HttpEvidence, Request};
pub use failure::{FailureKind, StepFailure};
pub use suite::{Filter, ScenarioSpec, Suite};
pub use target::{Target, TargetKind, parse_target};
pub use world::CrudWorld;
