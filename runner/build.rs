//! Build script of the `crudspec` binary:
//!
//! - packs the suite (`features/` and `fixtures/` of the workspace) into the binary: it writes
//!   `$OUT_DIR/bundle.rs` with one `include_bytes!` per file, the list sorted by path, and a
//!   content hash (see `src/paths.rs`, which unpacks the copy when the binary runs outside its
//!   checkout);
//! - records the suite's commit as `CRUDSPEC_COMMIT`: the `CRUDSPEC_COMMIT` environment variable
//!   of the build when set (packagers building from a tarball), else `git rev-parse --short HEAD`,
//!   else `unknown`. A build outside git, or without git installed, does not fail.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The folders of the workspace that travel with the binary.
const BUNDLED: &[&str] = &["features", "fixtures"];

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let workspace = manifest
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(".."));
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    println!("cargo:rerun-if-changed=build.rs");

    let mut files = Vec::new();
    for dir in BUNDLED {
        let root = workspace.join(dir);
        if root.is_dir() {
            println!("cargo:rerun-if-changed={}", root.display());
            collect(&workspace, &root, &mut files);
        } else {
            println!(
                "cargo:warning=no {} next to the runner crate: the binary carries no bundled {dir}",
                root.display()
            );
        }
    }
    files.sort();

    let mut hash = Fnv::new();
    let mut code = String::from(
        "/// The bundled suite: (path relative to the workspace, contents), sorted by path.\n\
         pub static FILES: &[(&str, &[u8])] = &[\n",
    );
    for (rel, abs) in &files {
        match std::fs::read(abs) {
            Ok(bytes) => {
                hash.write(rel.as_bytes());
                hash.write(&(bytes.len() as u64).to_le_bytes());
                hash.write(&bytes);
                let _ = writeln!(
                    code,
                    "    ({rel:?}, include_bytes!({:?})),",
                    abs.display().to_string()
                );
            }
            Err(e) => println!("cargo:warning=cannot read {}: {e}", abs.display()),
        }
    }
    code.push_str("];\n");
    let _ = writeln!(
        code,
        "/// Hash of the bundled files (paths and contents).\npub const HASH: &str = \"{:016x}\";",
        hash.finish()
    );
    if let Err(e) = std::fs::write(out_dir.join("bundle.rs"), code) {
        println!("cargo:warning=cannot write the bundle: {e}");
    }

    println!("cargo:rerun-if-env-changed=CRUDSPEC_COMMIT");
    let commit = std::env::var("CRUDSPEC_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(|| git_commit(&workspace))
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=CRUDSPEC_COMMIT={}", commit.trim());
}

/// Every file under `dir` (hidden files and folders left out), as (path relative to `base` with
/// `/` separators, absolute path).
fn collect(base: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        println!("cargo:warning=cannot read {}", dir.display());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(base, &path, out);
        } else if path.is_file() {
            let Ok(rel) = path.strip_prefix(base) else {
                continue;
            };
            let parts: Option<Vec<&str>> =
                rel.components().map(|c| c.as_os_str().to_str()).collect();
            match parts {
                Some(parts) => {
                    let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
                    out.push((parts.join("/"), abs));
                }
                None => println!(
                    "cargo:warning=not bundled (path is not UTF-8): {}",
                    path.display()
                ),
            }
        }
    }
}

/// `git rev-parse --short HEAD` in the workspace, and the files whose change means a new commit.
fn git_commit(workspace: &Path) -> Option<String> {
    let git = |args: &[&str]| -> Option<String> {
        let out = Command::new("git")
            .args(args)
            .current_dir(workspace)
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
        (!s.is_empty()).then_some(s)
    };
    let commit = git(&["rev-parse", "--short", "HEAD"])?;
    // Rebuild when HEAD moves: HEAD itself, the branch it points at, packed refs.
    let mut watched = vec!["HEAD".to_string(), "packed-refs".to_string()];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watched.push(branch);
    }
    for w in watched {
        if let Some(p) = git(&["rev-parse", "--path-format=absolute", "--git-path", &w])
            && Path::new(&p).exists()
        {
            println!("cargo:rerun-if-changed={p}");
        }
    }
    Some(commit)
}

/// FNV-1a, 64 bits: a stable content hash without a dependency.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
