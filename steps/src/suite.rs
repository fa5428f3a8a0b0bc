//! Loading the suite: feature files under a folder → one [`ScenarioSpec`] per scenario, with
//! Scenario Outlines expanded here (not by cucumber, whose expansion would treat the `"<id>"`
//! placeholder of expected JSON as an Examples column).
//!
//! - Tags: feature + rule + scenario + Examples block tags (without `@`), in that order.
//! - Ids: `@id:<id>`; an outline row gets `<id>[<value of the first Examples column>]`; a column
//!   named `relation` adds the tag `relation:<value>`.
//! - `<column>` is replaced in the name, step texts, docstrings and tables only for the
//!   columns of the Examples table; other `<...>` stay as they are.
//! - Dialect: the folder right under the features folder when a profile of that name exists
//!   (`features/prisma1/...`), else the default dialect (`--dialect`).
//! - Background steps (feature, then rule) come first.

use cucumber::gherkin::{self, GherkinEnv};
use cucumber::tag::Ext as _;
use regex::Regex;
use std::path::{Path, PathBuf};

/// One runnable scenario (an outline row counts as one).
#[derive(Debug, Clone)]
pub struct ScenarioSpec {
    /// `@id:` value, with `[<key>]` for an outline row; `None` when the scenario has no id.
    pub id: Option<String>,
    /// The `@id:` value as written.
    pub base_id: Option<String>,
    /// The first Examples column value of an outline row.
    pub key: Option<String>,
    pub name: String,
    pub feature_name: String,
    /// The feature file (as found under the features folder).
    pub file: PathBuf,
    /// The feature file relative to the features folder.
    pub rel_path: PathBuf,
    /// Line of the scenario, or of its Examples row for an outline.
    pub line: usize,
    /// Line of the `Scenario:` keyword.
    pub scenario_line: usize,
    /// Tags without `@`, duplicates removed, in order.
    pub tags: Vec<String>,
    pub dialect: Option<String>,
    /// Background steps, then the scenario's steps (expanded).
    pub steps: Vec<gherkin::Step>,
    /// Number of `@id:` tags on the scenario itself (lint: exactly one).
    pub id_tag_count: usize,
}

impl ScenarioSpec {
    /// The id, or `file:line` when it has none.
    pub fn label(&self) -> String {
        self.id
            .clone()
            .unwrap_or_else(|| format!("{}:{}", self.file.display(), self.line))
    }

    /// Values of the tags `<prefix>:<value>`.
    pub fn tag_values<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.tags.iter().filter_map(move |t| {
            t.strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix(':'))
        })
    }

    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }

    /// The data models the scenario sets up: `Some(fixture)` or `None` for an inline one.
    pub fn data_models(&self) -> Vec<Option<String>> {
        use crate::step_kind::{StepKind, classify};
        self.steps
            .iter()
            .filter_map(|s| match classify(&s.value) {
                Some((StepKind::DataModelFixture, args)) => Some(args.into_iter().next()),
                Some((StepKind::DataModelInline, _)) => Some(None),
                _ => None,
            })
            .collect()
    }

    /// `file:line`.
    pub fn location(&self) -> String {
        format!("{}:{}", self.file.display(), self.line)
    }
}

/// A feature file that could not be read or parsed.
#[derive(Debug, Clone)]
pub struct LoadProblem {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

/// Everything found under a features folder.
#[derive(Debug, Clone, Default)]
pub struct Suite {
    pub root: PathBuf,
    pub files: Vec<PathBuf>,
    pub scenarios: Vec<ScenarioSpec>,
    pub problems: Vec<LoadProblem>,
}

/// Loads every `*.feature` under `root` (sorted by path).
pub fn load(root: &Path, default_dialect: Option<&str>, known_dialects: &[String]) -> Suite {
    let mut problems = Vec::new();
    let files = feature_files(root, &mut problems);
    let mut suite = load_files(root, files, default_dialect, known_dialects);
    problems.append(&mut suite.problems);
    suite.problems = problems;
    suite
}

/// Every `*.feature` under `root`, sorted by path; unreadable folders are problems.
pub fn feature_files(root: &Path, problems: &mut Vec<LoadProblem>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    collect_features(root, &mut files, problems);
    files.sort();
    files
}

/// The feature files under `root` that declare the scenario id `id` (the tag `@id:<id>`),
/// found by reading the files as text: cheaper than parsing the suite when one scenario is
/// wanted (a trial of the `cargo test` harness run alone, as nextest runs each).
pub fn files_declaring(root: &Path, id: &str) -> Vec<PathBuf> {
    let tag = format!("@id:{id}");
    let mut ignored = Vec::new();
    feature_files(root, &mut ignored)
        .into_iter()
        .filter(|file| {
            // A substring search (fast even unoptimised), then the tag's end, so that `@id:x-1`
            // does not match `@id:x-10`.
            std::fs::read_to_string(file).is_ok_and(|text| {
                text.match_indices(&tag).any(|(at, _)| {
                    text[at + tag.len()..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
                })
            })
        })
        .collect()
}

/// Loads the given feature files (each as `load` does), `root` being the features folder they
/// are in (it gives their relative paths and dialects).
pub fn load_files(
    root: &Path,
    files: Vec<PathBuf>,
    default_dialect: Option<&str>,
    known_dialects: &[String],
) -> Suite {
    let mut suite = Suite {
        root: root.to_path_buf(),
        ..Suite::default()
    };
    for file in files {
        let rel = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
        let dialect =
            dialect_of(root, &rel, known_dialects).or(default_dialect.map(str::to_string));
        match gherkin::Feature::parse_path(&file, GherkinEnv::default()) {
            Ok(feature) => expand_feature(&feature, &file, &rel, dialect, &mut suite),
            Err(e) => {
                let (line, message) = describe_parse_error(&e);
                suite.problems.push(LoadProblem {
                    line,
                    file: file.clone(),
                    message,
                });
            }
        }
        suite.files.push(file);
    }
    suite
}

/// The line and a readable cause of a Gherkin syntax error: the parser's position (`Error at
/// 12:5`), the tokens it expected (sorted), and the environment's own error when it has one.
fn describe_parse_error(e: &gherkin::ParseFileError) -> (usize, String) {
    match e {
        gherkin::ParseFileError::Reading { source, .. } => {
            (1, format!("cannot read the feature: {source}"))
        }
        gherkin::ParseFileError::Parsing { error, source, .. } => {
            let text = source.to_string();
            let at = Regex::new(r"Error at (\d+):(\d+)")
                .ok()
                .and_then(|re| re.captures(&text))
                .and_then(|c| Some((c[1].parse::<usize>().ok()?, c[2].parse::<usize>().ok()?)));
            let mut expected: Vec<String> = Regex::new(r#""([^"]*)""#)
                .map(|re| re.captures_iter(&text).map(|c| c[1].to_string()).collect())
                .unwrap_or_default();
            expected.sort();
            expected.dedup();
            let mut message = match at {
                Some((line, col)) => format!("Gherkin syntax error at line {line}, column {col}"),
                None => "Gherkin syntax error".to_string(),
            };
            if let Some(env) = error {
                message.push_str(&format!(": {}", env.to_string().trim_end_matches('.')));
            }
            if !expected.is_empty() {
                message.push_str(&format!("; expected one of: {}", expected.join(", ")));
            }
            (at.map_or(1, |(line, _)| line), message)
        }
    }
}

fn collect_features(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<LoadProblem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(LoadProblem {
                file: dir.to_path_buf(),
                line: 0,
                message: format!("cannot read the folder: {e}"),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect_features(&p, out, problems);
        } else if p.extension().is_some_and(|x| x == "feature") {
            out.push(p);
        }
    }
}

/// The dialect of a feature: the first folder below the features folder that names a known
/// dialect (`features/prisma1/nested/x.feature`), else the features folder itself or its
/// nearest ancestor that does (`--features features/prisma1`).
pub fn dialect_of(root: &Path, rel: &Path, known: &[String]) -> Option<String> {
    let name = |c: std::path::Component<'_>| c.as_os_str().to_string_lossy().into_owned();
    let folders = rel.parent().into_iter().flat_map(|p| p.components());
    folders.map(name).find(|c| known.contains(c)).or_else(|| {
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        root.components()
            .rev()
            .map(name)
            .find(|c| known.contains(c))
    })
}

fn push_unique(tags: &mut Vec<String>, more: &[String]) {
    for t in more {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
}

fn expand_feature(
    feature: &gherkin::Feature,
    file: &Path,
    rel: &Path,
    dialect: Option<String>,
    suite: &mut Suite,
) {
    let feature_bg: Vec<gherkin::Step> = feature
        .background
        .as_ref()
        .map(|b| b.steps.clone())
        .unwrap_or_default();
    let mut groups: Vec<(Vec<String>, Vec<gherkin::Step>, &Vec<gherkin::Scenario>)> =
        vec![(feature.tags.clone(), feature_bg.clone(), &feature.scenarios)];
    for rule in &feature.rules {
        let mut tags = feature.tags.clone();
        push_unique(&mut tags, &rule.tags);
        let mut bg = feature_bg.clone();
        if let Some(b) = &rule.background {
            bg.extend(b.steps.iter().cloned());
        }
        groups.push((tags, bg, &rule.scenarios));
    }
    for (outer_tags, background, scenarios) in groups {
        for sc in scenarios {
            let mut tags = outer_tags.clone();
            push_unique(&mut tags, &sc.tags);
            let id_tags: Vec<&str> = sc
                .tags
                .iter()
                .filter_map(|t| t.strip_prefix("id:"))
                .collect();
            let base_id = id_tags.first().map(|s| s.to_string());
            let base = ScenarioSpec {
                id: base_id.clone(),
                base_id: base_id.clone(),
                key: None,
                name: sc.name.clone(),
                feature_name: feature.name.clone(),
                file: file.to_path_buf(),
                rel_path: rel.to_path_buf(),
                line: sc.position.line,
                scenario_line: sc.position.line,
                tags: tags.clone(),
                dialect: dialect.clone(),
                steps: background.iter().chain(sc.steps.iter()).cloned().collect(),
                id_tag_count: id_tags.len(),
            };
            if sc.examples.is_empty() {
                suite.scenarios.push(base);
                continue;
            }
            for ex in &sc.examples {
                let Some(table) = &ex.table else { continue };
                let Some((header, rows)) = table.rows.split_first() else {
                    continue;
                };
                for (i, row) in rows.iter().enumerate() {
                    let values: Vec<(&str, &str)> = header
                        .iter()
                        .map(String::as_str)
                        .zip(row.iter().map(String::as_str))
                        .collect();
                    let fill = |s: &str| fill_template(s, &values);
                    let key = row.first().cloned().unwrap_or_default();
                    let mut spec = base.clone();
                    spec.key = Some(key.clone());
                    spec.id = base_id.as_ref().map(|id| format!("{id}[{key}]"));
                    spec.name = fill(&sc.name);
                    spec.line = table.position.line + 1 + i;
                    push_unique(&mut spec.tags, &ex.tags);
                    if let Some((_, rel_value)) = values.iter().find(|(h, _)| *h == "relation") {
                        push_unique(&mut spec.tags, &[format!("relation:{rel_value}")]);
                    }
                    let n_bg = background.len();
                    for step in spec.steps.iter_mut().skip(n_bg) {
                        step.value = fill(&step.value);
                        if let Some(d) = &mut step.docstring {
                            *d = fill(d);
                        }
                        if let Some(t) = &mut step.table {
                            for r in &mut t.rows {
                                for c in r.iter_mut() {
                                    *c = fill(c);
                                }
                            }
                        }
                    }
                    suite.scenarios.push(spec);
                }
            }
        }
    }
}

/// Replaces `<column>` for the given columns only.
fn fill_template(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (k, v) in values {
        out = out.replace(&format!("<{k}>"), v);
    }
    out
}

/// Scenario selection: a cucumber tag expression and a regex on the name or the id.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub tags: Option<gherkin::tagexpr::TagOperation>,
    pub name: Option<Regex>,
}

#[derive(Debug, thiserror::Error)]
pub enum FilterError {
    #[error("invalid tag expression `{0}`: {1}")]
    Tags(String, String),
    #[error("invalid --name regex `{0}`: {1}")]
    Name(String, regex::Error),
}

impl Filter {
    pub fn new(tags: Option<&str>, name: Option<&str>) -> Result<Filter, FilterError> {
        let tags = tags
            .map(|t| {
                t.parse::<gherkin::tagexpr::TagOperation>()
                    .map_err(|e| FilterError::Tags(t.to_string(), e.to_string()))
            })
            .transpose()?;
        let name = name
            .map(|n| Regex::new(n).map_err(|e| FilterError::Name(n.to_string(), e)))
            .transpose()?;
        Ok(Filter { tags, name })
    }

    pub fn accepts(&self, spec: &ScenarioSpec) -> bool {
        let tags_ok = self
            .tags
            .as_ref()
            .is_none_or(|op| op.eval(spec.tags.iter()));
        let name_ok = self.name.as_ref().is_none_or(|re| {
            re.is_match(&spec.name) || spec.id.as_deref().is_some_and(|id| re.is_match(id))
        });
        tags_ok && name_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gherkin_syntax_error_names_its_line_and_cause() {
        let dir = std::env::temp_dir().join(format!("crudspec-gherkin-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(
            dir.join("broken.feature"),
            "Feature: broken\n\n  Scenario: one\n    Given the data model \"x\"\n  Scenario\n    Then nothing\n  | a |\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let suite = load(&dir, Some("prisma1"), &["prisma1".to_string()]);
        let p = suite
            .problems
            .first()
            .unwrap_or_else(|| panic!("no problem reported"));
        assert!(p.line > 1, "{p:?}");
        assert!(
            p.message.starts_with("Gherkin syntax error at line"),
            "{p:?}"
        );
        assert!(p.message.contains("expected one of"), "{p:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn dialect_comes_from_the_folder_below_or_the_features_folder_itself() {
        let known = vec!["prisma1".to_string(), "graphcms".to_string()];
        let d = |root: &str, rel: &str| dialect_of(Path::new(root), Path::new(rel), &known);
        assert_eq!(
            d("features", "prisma1/nested/x.feature").as_deref(),
            Some("prisma1")
        );
        assert_eq!(
            d("features/graphcms", "object/create.feature").as_deref(),
            Some("graphcms")
        );
        assert_eq!(
            d("features/graphcms/object", "create.feature").as_deref(),
            Some("graphcms")
        );
        assert_eq!(d("somewhere", "misc/x.feature"), None);
    }

    fn write(dir: &Path, rel: &str, text: &str) {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap_or(dir)).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(p, text).unwrap_or_else(|e| panic!("{e}"));
    }

    const OUTLINE: &str = r#"@feat
Feature: F

  Background:
    Given the data model "<schema>"

  @id:x-001 @behaviour:connect
  Scenario Outline: connect (<relation>)
    Given an empty database
    When executing:
      """
      mutation { a(where: {p: "<relation>"}) { id } }
      """
    Then the result should be:
      """
      {"a": {"id": "<id>"}}
      """

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |

    @extra
    Examples:
      | relation | schema    |
      | PM-CM    | relation_pm_cm |

  @id:x-002 @behaviour:create
  Scenario: plain
    When executing:
      """
      { a }
      """
    Then the result should be:
      """
      {}
      """
"#;

    #[test]
    fn expands_outlines_with_ids_tags_and_lines() {
        let dir = std::env::temp_dir().join(format!("crudspec-suite-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        write(&dir, "prisma1/nested/a.feature", OUTLINE);
        write(
            &dir,
            "misc.feature",
            "Feature: G\n  @id:y-1\n  Scenario: s\n    When executing:\n      \"\"\"\n      { a }\n      \"\"\"\n",
        );
        let suite = load(
            &dir,
            Some("graphcms"),
            &["prisma1".to_string(), "graphcms".to_string()],
        );
        assert!(suite.problems.is_empty(), "{:?}", suite.problems);
        let ids: Vec<String> = suite.scenarios.iter().map(ScenarioSpec::label).collect();
        assert_eq!(
            ids,
            vec![
                "y-1",
                "x-001[PM-C1!]",
                "x-001[PM-C1]",
                "x-001[PM-CM]",
                "x-002"
            ]
        );
        let s = &suite.scenarios[1];
        assert_eq!(s.dialect.as_deref(), Some("prisma1"));
        assert_eq!(suite.scenarios[0].dialect.as_deref(), Some("graphcms"));
        assert_eq!(s.name, "connect (PM-C1!)");
        assert_eq!(s.line, 21, "the Examples row");
        assert_eq!(suite.scenarios[2].line, 22);
        assert_eq!(s.scenario_line, 8);
        assert!(
            s.has_tag("feat") && s.has_tag("relation:PM-C1!") && s.has_tag("behaviour:connect")
        );
        assert!(suite.scenarios[3].has_tag("extra") && !s.has_tag("extra"));
        // Background steps are not outline templates (Gherkin semantics).
        assert_eq!(s.steps[0].value, r#"the data model "<schema>""#);
        let doc = s.steps[2].docstring.clone().unwrap_or_default();
        assert!(doc.contains(r#"p: "PM-C1!""#), "{doc}");
        let expected = s.steps[3].docstring.clone().unwrap_or_default();
        assert!(
            expected.contains(r#""<id>""#),
            "placeholders stay: {expected}"
        );
        assert_eq!(
            s.tag_values("behaviour").collect::<Vec<_>>(),
            vec!["connect"]
        );

        let f = Filter::new(Some("@behaviour:connect and not @extra"), None)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(suite.scenarios.iter().filter(|s| f.accepts(s)).count(), 2);
        let f = Filter::new(None, Some(r"^x-00\d\[PM-CM\]$")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(suite.scenarios.iter().filter(|s| f.accepts(s)).count(), 1);
        assert!(Filter::new(Some("@a and and"), None).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_file_declaring_an_id_is_found_as_text_and_loaded_alone() {
        let dir = std::env::temp_dir().join(format!("crudspec-declaring-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("prisma1/a")).unwrap_or_else(|e| panic!("{e}"));
        let feature = |id: &str| {
            format!("Feature: f\n\n  @id:{id}\n  Scenario: s\n    Given the data model \"m\"\n")
        };
        let one = dir.join("prisma1/a/one.feature");
        std::fs::write(&one, feature("x-1")).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.join("prisma1/two.feature"), feature("x-10"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(files_declaring(&dir, "x-1"), vec![one.clone()]);
        assert_eq!(files_declaring(&dir, "x-10").len(), 1);
        assert!(files_declaring(&dir, "x").is_empty());
        let suite = load_files(&dir, vec![one], None, &["prisma1".to_string()]);
        assert_eq!(suite.scenarios.len(), 1);
        assert_eq!(suite.scenarios[0].label(), "x-1");
        assert_eq!(suite.scenarios[0].dialect.as_deref(), Some("prisma1"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
