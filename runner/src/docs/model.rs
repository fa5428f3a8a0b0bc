//! The features as `docs` sees them: each feature file parsed once (Gherkin), scenarios kept as
//! written (an outline stays one scenario with its Examples tables), with their dialect (the
//! folder under the features folder that has a profile, else `--dialect`) and area (the folder
//! below the dialect's).

use cucumber::gherkin::{self, GherkinEnv};
use std::path::{Path, PathBuf};

/// One scenario or scenario outline.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// `@id` as written (outline rows share it).
    pub id: Option<String>,
    pub name: String,
    pub description: Option<String>,
    /// Feature, rule and scenario tags without `@`, in order, duplicates removed.
    pub tags: Vec<String>,
    /// [`Scenario::tags`] and the tags of its Examples blocks (for cross references).
    pub all_tags: Vec<String>,
    pub line: usize,
    pub steps: Vec<gherkin::Step>,
    pub examples: Vec<gherkin::Examples>,
    /// Runnable scenarios it stands for (the rows of its Examples tables, or 1).
    pub runs: usize,
    /// A rule it sits in: (name, description, background steps).
    pub rule: Option<(String, Option<String>, Vec<gherkin::Step>)>,
}

impl Scenario {
    /// Values of the tags `<prefix>:<value>` (Examples tags included).
    pub fn tag_values<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.all_tags.iter().filter_map(move |t| {
            t.strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix(':'))
        })
    }

    /// The anchor of its section: the `@id`, else `line-<n>`.
    pub fn anchor(&self) -> String {
        self.id
            .clone()
            .unwrap_or_else(|| format!("line-{}", self.line))
    }
}

/// One feature file.
#[derive(Debug, Clone)]
pub struct Feature {
    /// Path under the features folder, `/`-separated.
    pub rel: String,
    pub dialect: String,
    pub area: String,
    pub name: String,
    pub description: Option<String>,
    pub background: Vec<gherkin::Step>,
    pub scenarios: Vec<Scenario>,
}

impl Feature {
    /// The file name without `.feature` (anchor of its section).
    pub fn stem(&self) -> &str {
        let file = self.rel.rsplit('/').next().unwrap_or(&self.rel);
        file.strip_suffix(".feature").unwrap_or(file)
    }

    pub fn runs(&self) -> usize {
        self.scenarios.iter().map(|s| s.runs).sum()
    }
}

/// A feature file that cannot be read or parsed.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", file.display())]
pub struct LoadError {
    pub file: PathBuf,
    pub message: String,
}

/// The dialect of features outside a dialect folder when no `--dialect` is given.
pub const NO_DIALECT: &str = "no-dialect";
/// The area of features right under their dialect folder.
pub const NO_AREA: &str = "general";

/// Every `*.feature` under `root`, sorted by path.
pub fn load(
    root: &Path,
    default_dialect: Option<&str>,
    known_dialects: &[String],
) -> Result<Vec<Feature>, LoadError> {
    let mut files = Vec::new();
    collect(root, &mut files)?;
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let rel_path = file.strip_prefix(root).unwrap_or(&file);
        let parts: Vec<String> = rel_path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let (dialect, rest) = match parts.split_first() {
            Some((first, rest)) if !rest.is_empty() && known_dialects.contains(first) => {
                (first.clone(), rest)
            }
            _ => (
                default_dialect.unwrap_or(NO_DIALECT).to_string(),
                parts.as_slice(),
            ),
        };
        let area = if rest.len() > 1 {
            rest[..rest.len() - 1].join("-")
        } else {
            NO_AREA.to_string()
        };
        let text = std::fs::read_to_string(&file).map_err(|e| LoadError {
            file: file.clone(),
            message: format!("cannot read: {e}"),
        })?;
        let feature =
            gherkin::Feature::parse(&text, GherkinEnv::default()).map_err(|e| LoadError {
                file: file.clone(),
                message: format!("cannot parse the feature: {e}"),
            })?;
        out.push(convert(feature, parts.join("/"), dialect, area));
    }
    Ok(out)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| LoadError {
        file: dir.to_path_buf(),
        message: format!("cannot read the folder: {e}"),
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "feature") {
            out.push(path);
        }
    }
    Ok(())
}

fn push_tags(into: &mut Vec<String>, tags: &[String]) {
    for t in tags {
        let t = t.strip_prefix('@').unwrap_or(t).to_string();
        if !into.contains(&t) {
            into.push(t);
        }
    }
}

fn convert(f: gherkin::Feature, rel: String, dialect: String, area: String) -> Feature {
    let mut scenarios = Vec::new();
    let mut add = |s: gherkin::Scenario,
                   rule: Option<(String, Option<String>, Vec<gherkin::Step>)>,
                   rule_tags: &[String]| {
        let mut tags = Vec::new();
        push_tags(&mut tags, &f.tags);
        push_tags(&mut tags, rule_tags);
        push_tags(&mut tags, &s.tags);
        let mut all_tags = tags.clone();
        for ex in &s.examples {
            push_tags(&mut all_tags, &ex.tags);
        }
        let id = tags
            .iter()
            .find_map(|t| t.strip_prefix("id:"))
            .map(str::to_string);
        let runs = if s.examples.is_empty() {
            1
        } else {
            s.examples
                .iter()
                .map(|e| {
                    e.table
                        .as_ref()
                        .map_or(0, |t| t.rows.len().saturating_sub(1))
                })
                .sum()
        };
        scenarios.push(Scenario {
            id,
            name: s.name,
            description: s.description,
            tags,
            all_tags,
            line: s.position.line,
            steps: s.steps,
            examples: s.examples,
            runs,
            rule,
        });
    };
    for s in f.scenarios.clone() {
        add(s, None, &[]);
    }
    for r in f.rules.clone() {
        let background = r.background.map(|b| b.steps).unwrap_or_default();
        for s in r.scenarios {
            add(
                s,
                Some((r.name.clone(), r.description.clone(), background.clone())),
                &r.tags,
            );
        }
    }
    Feature {
        rel,
        dialect,
        area,
        name: f.name,
        description: f.description,
        background: f.background.map(|b| b.steps).unwrap_or_default(),
        scenarios,
    }
}
