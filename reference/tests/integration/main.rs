//! The integration tests of `crudspec-reference`, one module per former `tests/*.rs` file, in
//! one test binary: every file of its own was one more binary linking the whole dependency tree
//! (build time, not test coverage). Run one file's tests with its module as the filter, e.g.
//! `cargo test -p crudspec-reference --test integration -- hostile_input::`.
//!
//! The tests share one process, so none of them may change process-wide state (environment
//! variables, current directory, panic hook): they read the environment only.

mod common;

mod eightbase_names;
mod eightbase_sdk;
mod eightbase_semantics;
mod engine_rules;
mod errors_and_robustness;
mod fixtures_parse;
mod fuzz_eightbase;
mod fuzz_executor;
mod graphcms_seed004;
mod graphcool_schema;
mod graphcool_semantics;
mod hostile_input;
mod http_server;
mod prisma1_client;
mod prisma1_generated_schema;
mod prisma1_mutations;
mod schema_introspection;
