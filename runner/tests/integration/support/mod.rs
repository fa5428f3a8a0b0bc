//! Support code shared by the runner's integration tests (modules of the `integration` test
//! binary, `main.rs`). Not every test uses all of it, hence the `dead_code` allowance.
//!
//! - [`quirky`]: a loopback GraphQL endpoint backed by the reference executor whose *framing*
//!   imitates real servers of the family that differ from Prisma 1 (issue 7, item 7).

#[allow(dead_code)]
pub mod quirky;
