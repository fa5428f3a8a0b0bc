//! Support code shared by the runner's integration tests. Each test crate that says
//! `mod support;` compiles this module on its own and uses only part of it, hence the
//! `dead_code` allowance.
//!
//! - [`quirky`]: a loopback GraphQL endpoint backed by the reference executor whose *framing*
//!   imitates real servers of the family that differ from Prisma 1 (issue 7, item 7).

#[allow(dead_code)]
pub mod quirky;
