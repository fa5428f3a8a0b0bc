//! The integration tests of the `crudspec` crate, one module per former `tests/*.rs` file, in
//! one test binary: every file of its own was one more binary linking the whole dependency tree
//! (build time, not test coverage). Run one file's tests with its module as the filter, e.g.
//! `cargo test -p crudspec --test integration -- report::`. The suite's libtest-mimic harness
//! (`tests/suite.rs`, `harness = false`) stays a binary of its own.
//!
//! The tests share one process, so none of them may change process-wide state that another
//! depends on: they read the environment and never set it, give a child process its own
//! directory and variables (`Command::current_dir`/`env`) instead of changing the test
//! process's, and their temporary files carry their file's own prefix (`crudspec-cli-`,
//! `crudspec-report-`, ...) before the process id. The one process-wide thing set is the steps'
//! quiet panic hook (scenarios run in process), which passes every panic but a step failure on
//! to the previous hook.

mod support;

mod cli;
mod container;
mod docs;
mod eightbase;
mod quirky_endpoint;
mod real_endpoints;
mod report;
mod serve;
