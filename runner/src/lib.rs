//! The `crudspec` command as a library (the binary in `main.rs` and the `cargo test` harness in
//! `tests/suite.rs` both use it):
//!
//! - [`cli`]: the command line and the `run` / `list` / `lint` / `serve` commands;
//! - [`paths`]: where the features and fixtures are;
//! - [`run`]: scheduling scenarios × targets on worker threads, progress;
//! - [`results`]: the JSON-lines results stream, the conformance matrix, the failure list;
//! - [`report`]: the views rendered from streams (table, Markdown, HTML, JUnit, badge);
//! - [`compare`]: two runs or two targets, scenario by scenario (regressions, fixes);
//! - [`xfail`]: expected-failure lists (`fixtures/xfail/<target>.txt`);
//! - [`targets`]: `--target` values to targets, external endpoints probed first;
//! - [`docs`]: the behaviour reference generated from the features, and the project's data
//!   files (example inventory, errata, behaviour catalogue) that `docs` and `lint` read;
//! - [`lint`], [`list`], [`serve`] (its cost-limit flags: [`limits`]).

pub mod cli;
pub mod compare;
pub mod docs;
pub mod limits;
pub mod lint;
pub mod list;
pub mod paths;
pub mod report;
pub mod results;
pub mod run;
pub mod serve;
pub mod targets;
pub mod xfail;
