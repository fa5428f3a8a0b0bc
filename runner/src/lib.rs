//! The `crudspec` command as a library (the binary in `main.rs` and the `cargo test` harness in
//! `tests/suite.rs` both use it):
//!
//! - [`cli`]: the command line and the `run` / `list` / `lint` / `serve` commands;
//! - [`paths`]: where the features and fixtures are;
//! - [`run`]: scheduling scenarios × targets on worker threads, progress;
//! - [`results`]: the JSON-lines results stream, the conformance matrix, the failure list;
//! - [`xfail`]: expected-failure lists (`fixtures/xfail/<target>.txt`);
//! - [`targets`]: `--target` values to targets, external endpoints probed first;
//! - [`lint`], [`list`], [`serve`].

pub mod cli;
pub mod lint;
pub mod list;
pub mod paths;
pub mod results;
pub mod run;
pub mod serve;
pub mod targets;
pub mod xfail;
