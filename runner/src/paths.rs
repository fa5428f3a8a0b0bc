//! Where the suite lives: the features folder, the fixtures folder and the workspace root, found
//! from the command line, the current directory (`cargo run` from the workspace root) or, as a
//! last resort, the copies bundled with this source tree (compile-time path).

use std::path::{Path, PathBuf};

/// The workspace this binary was built from (holds the bundled `features/` and `fixtures/`).
pub fn bundled_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The resolved locations of one invocation.
#[derive(Debug, Clone)]
pub struct SuitePaths {
    pub features: PathBuf,
    pub fixtures: PathBuf,
    /// The folder holding `features/` (defaults of `--inventory` / `--catalogue` are relative
    /// to it).
    pub root: PathBuf,
}

impl SuitePaths {
    /// `--features` (default `./features`, else the bundled one) and `--fixtures` (default: the
    /// `fixtures/` next to the features folder, else the bundled one).
    pub fn resolve(features: Option<&Path>, fixtures: Option<&Path>) -> SuitePaths {
        let features = match features {
            Some(f) => f.to_path_buf(),
            None if Path::new("features").is_dir() => PathBuf::from("features"),
            None => bundled_root().join("features"),
        };
        let root = features
            .canonicalize()
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        let fixtures = match fixtures {
            Some(f) => f.to_path_buf(),
            None => {
                let sibling = features
                    .parent()
                    .map(|p| p.join("fixtures"))
                    .filter(|p| p.join("profiles").is_dir());
                sibling.unwrap_or_else(|| bundled_root().join("fixtures"))
            }
        };
        SuitePaths {
            features,
            fixtures,
            root,
        }
    }
}
