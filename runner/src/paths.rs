//! Where the suite lives for one invocation: the features folder, the fixtures folder and the
//! folder holding them.
//!
//! The suite travels inside the binary: `build.rs` packs the workspace's `features/` and
//! `fixtures/` into it ([`BUNDLE_FILES`]), and an installed or copied `crudspec` unpacks that copy
//! into a cache folder the first time it needs it ([`bundled_suite`]; `CRUDSPEC_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/crudspec`, else `~/.cache/crudspec`, else the temp folder). A copy found there
//! is checked file by file against the bundle before use and unpacked afresh when it differs.
//!
//! Which suite is used ([`SuitePaths::try_resolve`]):
//!
//! - `--features DIR` names it; its fixtures are `--fixtures DIR`, else the `fixtures/` next to
//!   it, else the bundled ones;
//! - without `--features`, inside the crudspec checkout the binary was built from (`./features`
//!   is that checkout's folder, as with `cargo run`) that checkout's `features/` and `fixtures/`;
//! - otherwise the bundled suite. A `./features` folder of the user's own is not used: a note on
//!   stderr says so and how to use it (`--features features`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

mod bundle {
    include!(concat!(env!("OUT_DIR"), "/bundle.rs"));
}

/// The files bundled into the binary: (path relative to the workspace, contents), sorted.
pub static BUNDLE_FILES: &[(&str, &[u8])] = bundle::FILES;
/// Hash of the bundled files (names the cache folder they are unpacked to).
pub const BUNDLE_HASH: &str = bundle::HASH;
/// The suite's version (the workspace version).
pub const SUITE_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The commit the binary was built from (`git rev-parse --short HEAD`), or `unknown`.
pub const SUITE_COMMIT: &str = env!("CRUDSPEC_COMMIT");
/// `0.1.0 (abc1234)`, as `crudspec --version` shows it.
pub const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("CRUDSPEC_COMMIT"),
    ")"
);

/// The workspace this crate was compiled from. The `cargo test` harness reads the suite there;
/// the binary uses it only when run inside that checkout (see the module documentation).
pub fn bundled_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Where the features of an invocation come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `--features DIR`.
    Given,
    /// The checkout the binary was built from (run inside it).
    Checkout,
    /// The copy bundled into the binary, unpacked into the cache.
    Bundled,
}

/// The resolved locations of one invocation.
#[derive(Debug, Clone)]
pub struct SuitePaths {
    pub features: PathBuf,
    pub fixtures: PathBuf,
    /// The folder holding `features/`.
    pub root: PathBuf,
    pub origin: Origin,
}

/// The bundled suite could not be unpacked.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("this binary carries no bundled suite (built without features/ next to runner/)")]
    Empty,
    #[error("no cache folder to unpack the bundled suite into (set CRUDSPEC_CACHE_DIR)")]
    NoCacheDir,
    #[error("cannot unpack the bundled suite into {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl SuitePaths {
    /// As [`SuitePaths::try_resolve`]; when the bundled suite cannot be unpacked, says why on
    /// stderr and returns paths that do not exist (the command then reports a missing folder).
    pub fn resolve(features: Option<&Path>, fixtures: Option<&Path>) -> SuitePaths {
        match Self::try_resolve(features, fixtures) {
            Ok(p) => p,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "crudspec: {e}");
                let missing = std::env::temp_dir().join("crudspec-no-bundle");
                SuitePaths {
                    features: missing.join("features"),
                    fixtures: missing.join("fixtures"),
                    root: missing,
                    origin: Origin::Bundled,
                }
            }
        }
    }

    /// The features folder (`--features`, the checkout's, else the bundled one) and the fixtures
    /// folder (`--fixtures`, else the one next to the features folder, else the bundled one).
    pub fn try_resolve(
        features: Option<&Path>,
        fixtures: Option<&Path>,
    ) -> Result<SuitePaths, BundleError> {
        let (features, origin) = match features {
            Some(f) => (f.to_path_buf(), Origin::Given),
            None if is_checkout(Path::new("features")) => {
                (PathBuf::from("features"), Origin::Checkout)
            }
            None => {
                let root = bundled_suite()?;
                if Path::new("features").is_dir() {
                    let _ = writeln!(
                        std::io::stderr(),
                        "note: using the suite bundled in crudspec {LONG_VERSION}; ./features is not used (pass --features features to use it)"
                    );
                }
                (root.join("features"), Origin::Bundled)
            }
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
                    .map(|p| {
                        if p.as_os_str().is_empty() {
                            PathBuf::from("fixtures")
                        } else {
                            p.join("fixtures")
                        }
                    })
                    .filter(|p| p.join("profiles").is_dir());
                match sibling {
                    Some(s) => s,
                    None => bundled_suite()?.join("fixtures"),
                }
            }
        };
        Ok(SuitePaths {
            features,
            fixtures,
            root,
            origin,
        })
    }
}

/// Whether `dir` is the features folder of the checkout this binary was built from.
fn is_checkout(dir: &Path) -> bool {
    let (Ok(here), Ok(source)) = (
        dir.canonicalize(),
        bundled_root().join("features").canonicalize(),
    ) else {
        return false;
    };
    here == source && !BUNDLE_FILES.is_empty()
}

/// The folder the bundled suite is unpacked into (`<cache>/bundle-<version>-<hash>`).
pub fn bundle_dir() -> Result<PathBuf, BundleError> {
    let base = if let Some(d) = std::env::var_os("CRUDSPEC_CACHE_DIR").filter(|d| !d.is_empty()) {
        PathBuf::from(d)
    } else if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        PathBuf::from(d).join("crudspec")
    } else if let Some(d) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        PathBuf::from(d).join(".cache").join("crudspec")
    } else if let Some(d) = std::env::var_os("LOCALAPPDATA").filter(|d| !d.is_empty()) {
        PathBuf::from(d).join("crudspec")
    } else {
        let t = std::env::temp_dir();
        if t.as_os_str().is_empty() {
            return Err(BundleError::NoCacheDir);
        }
        t.join("crudspec-cache")
    };
    Ok(base.join(format!("bundle-{SUITE_VERSION}-{BUNDLE_HASH}")))
}

/// The folder holding the bundled `features/` and `fixtures/`, unpacked if needed.
pub fn bundled_suite() -> Result<PathBuf, BundleError> {
    if BUNDLE_FILES.is_empty() {
        return Err(BundleError::Empty);
    }
    let dir = bundle_dir()?;
    if matches_bundle(&dir) {
        return Ok(dir);
    }
    unpack(&dir)?;
    Ok(dir)
}

/// Whether `dir` holds exactly the bundled files with the bundled contents.
fn matches_bundle(dir: &Path) -> bool {
    let mut found = Vec::new();
    if !list_files(dir, dir, &mut found) {
        return false;
    }
    found.sort();
    found.len() == BUNDLE_FILES.len()
        && found.iter().zip(BUNDLE_FILES).all(|(f, (rel, bytes))| {
            f == rel && std::fs::read(dir.join(rel)).is_ok_and(|b| b == *bytes)
        })
}

/// Relative `/`-separated paths of every file under `dir`; `false` when a folder cannot be read.
fn list_files(base: &Path, dir: &Path, out: &mut Vec<String>) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !list_files(base, &path, out) {
                return false;
            }
        } else if let Ok(rel) = path.strip_prefix(base) {
            let mut s = String::new();
            for (i, c) in rel.components().enumerate() {
                if i > 0 {
                    s.push('/');
                }
                let _ = write!(s, "{}", c.as_os_str().to_string_lossy());
            }
            out.push(s);
        }
    }
    true
}

/// Writes the bundle into a fresh folder beside `dir`, then moves it into place (another
/// process doing the same at the same time is harmless: whichever copy lands is complete).
fn unpack(dir: &Path) -> Result<(), BundleError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| BundleError::Io { path, source }
    };
    let parent = dir.parent().ok_or(BundleError::NoCacheDir)?;
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let unique = format!("{}-{nanos}", std::process::id());
    let fresh = parent.join(format!(".unpacking-{unique}"));
    let result = (|| {
        for (rel, bytes) in BUNDLE_FILES {
            let path = fresh.join(rel);
            if let Some(p) = path.parent() {
                std::fs::create_dir_all(p).map_err(io(p))?;
            }
            std::fs::write(&path, bytes).map_err(io(&path))?;
        }
        if dir.exists() {
            if matches_bundle(dir) {
                // Another process unpacked it meanwhile; never move a good copy in use.
                let _ = std::fs::remove_dir_all(&fresh);
                return Ok(());
            }
            // An altered copy: set it aside, then remove it.
            let old = parent.join(format!(".stale-{unique}"));
            std::fs::rename(dir, &old).map_err(io(dir))?;
            let _ = std::fs::remove_dir_all(&old);
        }
        match std::fs::rename(&fresh, dir) {
            Ok(()) => Ok(()),
            // Another process put its copy in place first.
            Err(_) if matches_bundle(dir) => {
                let _ = std::fs::remove_dir_all(&fresh);
                Ok(())
            }
            Err(e) => Err(BundleError::Io {
                path: dir.to_path_buf(),
                source: e,
            }),
        }
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&fresh);
    }
    result
}

/// `Err` with the message when `dialect` is not one of the profiles in `fixtures/profiles`.
pub fn check_dialect(dialect: Option<&str>, known: &[String]) -> Result<(), String> {
    let Some(d) = dialect else { return Ok(()) };
    if known.iter().any(|k| k == d) {
        return Ok(());
    }
    let from_env = std::env::var("CRUDSPEC_DIALECT").is_ok_and(|v| v == d);
    Err(format!(
        "unknown dialect `{d}`{} (known: {})",
        if from_env {
            " from CRUDSPEC_DIALECT"
        } else {
            ""
        },
        if known.is_empty() {
            "none, no profiles in the fixtures folder".to_string()
        } else {
            known.join(", ")
        }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_holds_the_suite_and_its_data() {
        let has = |p: &str| BUNDLE_FILES.iter().any(|(rel, _)| *rel == p);
        assert!(has("fixtures/profiles/prisma1.json"));
        assert!(has("fixtures/profiles/8base.json"));
        assert!(has("fixtures/catalogue/examples.tsv"));
        assert!(
            BUNDLE_FILES
                .iter()
                .any(|(rel, _)| rel.starts_with("features/prisma1/"))
        );
        assert!(BUNDLE_FILES.windows(2).all(|w| w[0].0 < w[1].0), "sorted");
        assert_eq!(BUNDLE_HASH.len(), 16);
        assert!(!SUITE_COMMIT.is_empty());
    }
}
