//! The behaviour reference of `crudspec docs [--out docs/] [--check]` (the command itself is in
//! [`crate::cli`]): the behaviour reference in Markdown, generated from
//! the features, the dialect profiles, the fixture data models and the project's data files
//! ([`data`], `fixtures/catalogue/`). The pages are listed in [`render`].
//!
//! Writing replaces only the pages whose bytes differ and removes generated pages (those that
//! start with [`render::MARKER`]) that are no longer produced; other files in the output folder
//! are left alone. `--check` writes nothing and exits 1 naming every page that is missing,
//! different or no longer produced, so CI can insist that the committed `docs/` is current.

pub mod data;
pub mod model;
pub mod render;

use crate::paths::{SuitePaths, check_dialect};
use crudspec_steps::profile::DialectProfile;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// Why the reference could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum DocsError {
    #[error(transparent)]
    Paths(#[from] crate::paths::BundleError),
    #[error("no features folder at {}", .0.display())]
    NoFeatures(PathBuf),
    #[error("{0}")]
    Dialect(String),
    #[error(transparent)]
    Features(#[from] model::LoadError),
    #[error(transparent)]
    Data(#[from] data::DataError),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Where the pages come from and go to.
#[derive(Debug, Clone)]
pub struct DocsOptions {
    pub paths: SuitePaths,
    pub dialect: Option<String>,
    pub out: PathBuf,
}

/// What a comparison of the output folder with the generated pages found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Staleness {
    /// Pages to create.
    pub missing: Vec<PathBuf>,
    /// Pages whose contents differ.
    pub changed: Vec<PathBuf>,
    /// Generated pages that are no longer produced.
    pub removed: Vec<PathBuf>,
    /// Pages that are current.
    pub current: usize,
}

impl Staleness {
    pub fn is_stale(&self) -> bool {
        !(self.missing.is_empty() && self.changed.is_empty() && self.removed.is_empty())
    }
}

/// Every page of the reference: (path relative to the output folder, contents).
pub fn generate(opts: &DocsOptions) -> Result<BTreeMap<String, String>, DocsError> {
    let paths = &opts.paths;
    if !paths.features.is_dir() {
        return Err(DocsError::NoFeatures(paths.features.clone()));
    }
    let profiles_dir = paths.fixtures.join("profiles");
    let mut profiles: BTreeMap<String, DialectProfile> = BTreeMap::new();
    for name in DialectProfile::available(&profiles_dir) {
        if let Ok(p) = DialectProfile::load(&profiles_dir, &name) {
            profiles.insert(name, p);
        }
    }
    let known: Vec<String> = profiles.keys().cloned().collect();
    check_dialect(opts.dialect.as_deref(), &known).map_err(DocsError::Dialect)?;
    let features = model::load(&paths.features, opts.dialect.as_deref(), &known)?;
    let data = data::ProjectData::load(&paths.fixtures.join(data::DIR))?;
    let datamodels = read_datamodels(&paths.fixtures.join("datamodels"))?;
    let features_link = relative(&absolute(&opts.out), &absolute(&paths.features))
        .map(|p| p.to_string_lossy().replace('\\', "/"));
    Ok(render::render(&render::Input {
        features: &features,
        profiles: &profiles,
        data: &data,
        datamodels: &datamodels,
        features_link,
    }))
}

/// `(name, SDL)` of every `*.graphql` in `dir`, sorted by name.
fn read_datamodels(dir: &Path) -> Result<Vec<(String, String)>, DocsError> {
    let io = |source| DocsError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)?.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "graphql")
            && let Some(stem) = path.file_stem()
        {
            let sdl = std::fs::read_to_string(&path).map_err(|source| DocsError::Io {
                path: path.clone(),
                source,
            })?;
            out.push((stem.to_string_lossy().into_owned(), sdl));
        }
    }
    out.sort();
    Ok(out)
}

/// `path` made absolute against the current folder, `.` and `..` resolved lexically.
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// The relative path from folder `from` to `to` (both absolute).
fn relative(from: &Path, to: &Path) -> Option<PathBuf> {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    if from.first() != to.first() {
        return None;
    }
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c);
    }
    Some(out)
}

/// Compares the output folder with the generated pages.
pub fn compare(out: &Path, pages: &BTreeMap<String, String>) -> Staleness {
    let mut s = Staleness::default();
    for (rel, text) in pages {
        let path = out.join(rel);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == text.as_bytes() => s.current += 1,
            Ok(_) => s.changed.push(path),
            Err(_) => s.missing.push(path),
        }
    }
    let mut existing = Vec::new();
    generated_files(out, out, &mut existing);
    for (rel, path) in existing {
        if !pages.contains_key(&rel) {
            s.removed.push(path);
        }
    }
    s
}

/// Markdown files under `dir` that start with the generated-page marker: (relative path, path).
fn generated_files(base: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            generated_files(base, &path, out);
        } else if path.extension().is_some_and(|e| e == "md")
            && std::fs::read_to_string(&path).is_ok_and(|t| t.starts_with(render::MARKER))
            && let Ok(rel) = path.strip_prefix(base)
        {
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((rel.join("/"), path));
        }
    }
}

/// Brings the output folder up to date; returns what was stale before.
pub fn write(out: &Path, pages: &BTreeMap<String, String>) -> Result<Staleness, DocsError> {
    let stale = compare(out, pages);
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| DocsError::Io { path, source }
    };
    for path in stale.missing.iter().chain(&stale.changed) {
        let rel = path.strip_prefix(out).unwrap_or(path);
        let key: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let Some(text) = pages.get(&key.join("/")) else {
            continue;
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::write(path, text).map_err(io(path))?;
    }
    for path in &stale.removed {
        std::fs::remove_file(path).map_err(io(path))?;
    }
    Ok(stale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let r = relative(Path::new("/w/docs"), Path::new("/w/features"));
        assert_eq!(r, Some(PathBuf::from("../features")));
        let r = relative(Path::new("/w/a/b"), Path::new("/w/features"));
        assert_eq!(r, Some(PathBuf::from("../../features")));
        assert_eq!(
            absolute(Path::new("/w/x/../y/./z")),
            PathBuf::from("/w/y/z")
        );
    }
}
