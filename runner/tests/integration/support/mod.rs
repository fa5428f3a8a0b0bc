//! Support code shared by the runner's integration tests (modules of the `integration` test
//! binary, `main.rs`). Not every test uses all of it, hence the `dead_code` allowance.
//!
//! - [`workspace`] and [`data`]: the paths the tests read from;
//! - [`quirky`]: a loopback GraphQL endpoint backed by the reference executor whose *framing*
//!   imitates real servers of the family that differ from Prisma 1 (issue 7, item 7).

#[allow(dead_code)]
pub mod quirky;

use std::path::{Path, PathBuf};

/// The workspace root (the folder above the runner crate).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(".."))
}

/// A folder of `runner/tests/data/`.
pub fn data(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(dir)
}
