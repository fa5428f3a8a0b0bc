//! crudspec-steps: everything a scenario needs to run.
//!
//! - [`vocabulary`]: the closed step vocabulary, registered on the cucumber World
//!   [`world::CrudWorld`] (which holds the per-scenario state and the step behaviour);
//! - [`matching`]: expected-vs-actual JSON with placeholders, multiset lists and path-naming diffs;
//! - [`json`]: capture paths and `{{name}}` substitution;
//! - [`effects`]: side effects as node/link counts measured through the dialect's queries;
//! - [`profile`]: dialect profiles (`fixtures/profiles/<dialect>.json`): error codes, count
//!   queries, reset mutations;
//! - [`target`]: the in-process reference, the reference over HTTP, external endpoints;
//! - [`suite`]: feature files → scenario specs (outline expansion, ids, tags, dialects, filters);
//! - [`driver`]: runs one scenario on one target and reports its outcome.

pub mod driver;
pub mod effects;
pub mod failure;
pub mod json;
pub mod matching;
pub mod profile;
pub mod server;
pub mod suite;
pub mod target;
pub mod vocabulary;
pub mod world;

pub use driver::{
    Outcome, Profiles, RunConfig, ScenarioResult, run_scenario, run_scenario_blocking,
};
pub use failure::{FailureKind, StepFailure};
pub use suite::{Filter, ScenarioSpec, Suite};
pub use target::{Target, TargetKind, parse_target};
pub use world::CrudWorld;
