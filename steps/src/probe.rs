//! The check before a run on an external endpoint (`crudspec probe`, and the first thing `run`
//! does): is each URL reachable, does it answer GraphQL over HTTP, which of the root fields and
//! model types the dialect generates for a fixture its schema has (introspection, compared with
//! the reference executor's schema for the same data model), whether the count queries and reset
//! mutations the suite needs exist, and which fixture a bare URL serves.
//!
//! A problem that leaves nothing to run (unreachable, not GraphQL, no fixture matches, an unknown
//! `lacks` entry) is fatal: the run stops with one message instead of one error per scenario.

use crate::adapt::{KNOWN_LACKS, LACK_CONNECTION_AGGREGATE, LACK_INTROSPECTION};
use crate::exchange::Request;
use crate::profile::{DialectProfile, TemplateVars};
use crate::redact::url_without_credentials;
use crate::target::{ExternalConfig, HttpSetup, ResetConfig};
use crudspec_reference::datamodel::DataModel;
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Ok,
    Warning,
    /// Nothing can work: the run stops.
    Fatal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    pub text: String,
}

/// What the probe found out about one target.
#[derive(Debug, Clone, Default)]
pub struct ProbeReport {
    pub target: String,
    pub findings: Vec<Finding>,
    /// Fixtures the default URL serves (detected or as configured), besides the `fixtures` map.
    pub url_fixtures: Vec<String>,
}

impl ProbeReport {
    fn push(&mut self, level: Level, text: impl Into<String>) {
        self.findings.push(Finding {
            level,
            text: text.into(),
        });
    }

    pub fn is_fatal(&self) -> bool {
        self.findings.iter().any(|f| f.level == Level::Fatal)
    }

    /// The fatal findings as one message.
    pub fn fatal_message(&self) -> Option<String> {
        let fatal: Vec<&str> = self
            .findings
            .iter()
            .filter(|f| f.level == Level::Fatal)
            .map(|f| f.text.as_str())
            .collect();
        (!fatal.is_empty()).then(|| format!("target {}: {}", self.target, fatal.join("; ")))
    }

    /// One line per finding (`ok`, `warning`, `FATAL`).
    pub fn render(&self) -> String {
        let mut out = format!("probe of target {}:\n", self.target);
        for f in &self.findings {
            let tag = match f.level {
                Level::Ok => "ok     ",
                Level::Warning => "warning",
                Level::Fatal => "FATAL  ",
            };
            let _ = writeln!(out, "  {tag} {}", f.text);
        }
        out
    }

    /// Applies what the probe found to the config: the default URL serves the detected
    /// fixtures.
    pub fn apply(&self, config: &mut ExternalConfig) {
        if config.fixture.is_some() {
            return;
        }
        if let Some(url) = config.url.clone() {
            for f in &self.url_fixtures {
                config
                    .fixtures
                    .entry(f.clone())
                    .or_insert_with(|| url.clone());
            }
        }
    }
}

/// What the probe compares a target with.
pub struct ProbeContext<'a> {
    /// The `fixtures/` folder (data models under `datamodels/`).
    pub fixtures_dir: &'a Path,
    pub profile: &'a DialectProfile,
    /// The fixtures the selected scenarios of the target's dialect use (candidates for a bare
    /// URL).
    pub fixtures: Vec<String>,
}

const INTROSPECTION: &str = "query crudspecProbe { __schema { queryType { name } mutationType { name } \
types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";

/// Root fields and object types (field → type text) of a schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct SchemaSummary {
    root_fields: BTreeSet<String>,
    /// `Type.field` → `String!` etc.
    fields: BTreeMap<String, String>,
}

impl SchemaSummary {
    fn from_introspection(answer: &Value) -> Option<SchemaSummary> {
        let schema = answer.get("data")?.get("__schema")?;
        let root_names: Vec<&str> = ["queryType", "mutationType"]
            .iter()
            .filter_map(|k| schema.get(*k)?.get("name")?.as_str())
            .collect();
        let mut summary = SchemaSummary::default();
        for t in schema.get("types")?.as_array()? {
            let Some(name) = t.get("name").and_then(Value::as_str) else {
                continue;
            };
            if name.starts_with("__") || t.get("kind").and_then(Value::as_str) != Some("OBJECT") {
                continue;
            }
            let is_root = root_names.contains(&name);
            for f in t
                .get("fields")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let Some(fname) = f.get("name").and_then(Value::as_str) else {
                    continue;
                };
                if is_root {
                    summary.root_fields.insert(fname.to_string());
                } else {
                    summary
                        .fields
                        .insert(format!("{name}.{fname}"), type_text(f.get("type")));
                }
            }
        }
        Some(summary)
    }

    /// What `expected` has that `self` lacks: (root fields, model fields), a model field
    /// counting as there only with the same type, nullability included.
    fn missing_from(&self, expected: &SchemaSummary) -> (Vec<String>, Vec<String>) {
        self.missing(expected, |a, b| a == b)
    }

    /// [`Self::missing_from`] with a field of the same type but another nullability counting
    /// as there (`String` for `String!`): servers of the family differ there (8base's object
    /// fields are all nullable) without answering differently.
    fn missing_from_but_nullability(&self, expected: &SchemaSummary) -> (Vec<String>, Vec<String>) {
        self.missing(expected, |a, b| a.replace('!', "") == b.replace('!', ""))
    }

    fn missing(
        &self,
        expected: &SchemaSummary,
        same: impl Fn(&str, &str) -> bool,
    ) -> (Vec<String>, Vec<String>) {
        let roots = expected
            .root_fields
            .difference(&self.root_fields)
            .cloned()
            .collect();
        let fields = expected
            .fields
            .iter()
            .filter(|(k, v)| !self.fields.get(*k).is_some_and(|a| same(a, v)))
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        (roots, fields)
    }

    /// The model fields whose type differs from `expected`'s in nullability only, as
    /// `Type.field: String (reference: String!)`.
    fn nullability_differences(&self, expected: &SchemaSummary) -> Vec<String> {
        expected
            .fields
            .iter()
            .filter_map(|(k, v)| {
                let a = self.fields.get(k)?;
                (a != v && a.replace('!', "") == v.replace('!', ""))
                    .then(|| format!("{k}: {a} (reference: {v})"))
            })
            .collect()
    }
}

fn type_text(t: Option<&Value>) -> String {
    let Some(t) = t else {
        return "?".to_string();
    };
    let inner = || type_text(t.get("ofType"));
    match t.get("kind").and_then(Value::as_str) {
        Some("NON_NULL") => format!("{}!", inner()),
        Some("LIST") => format!("[{}]", inner()),
        _ => t
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string(),
    }
}

/// The schema the reference generates for a fixture, restricted to the model types.
async fn expected_schema(
    dialect: Dialect,
    fixtures_dir: &Path,
    fixture: &str,
) -> Result<(SchemaSummary, DataModel), String> {
    let path = fixtures_dir
        .join("datamodels")
        .join(format!("{fixture}.graphql"));
    let sdl = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let model = DataModel::parse(&sdl).map_err(|e| format!("{}: {e:?}", path.display()))?;
    let executor = Executor::deploy(dialect, &sdl, ExecutorOptions::default())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let answer = executor.execute(GraphqlRequest::new(INTROSPECTION)).await;
    let mut summary = SchemaSummary::from_introspection(&answer)
        .ok_or_else(|| format!("the reference cannot introspect {fixture}"))?;
    let models: BTreeSet<&str> = model.models.iter().map(|m| m.name.as_str()).collect();
    summary
        .fields
        .retain(|k, _| k.split('.').next().is_some_and(|t| models.contains(t)));
    Ok((summary, model))
}

fn first_name(selection: &str) -> String {
    selection
        .trim()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("")
        .to_string()
}

fn list(items: &[String], max: usize) -> String {
    let mut s = items
        .iter()
        .take(max)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > max {
        let _ = write!(s, " and {} more", items.len() - max);
    }
    s
}

/// Probes a target.
pub async fn probe(config: &ExternalConfig, name: &str, ctx: &ProbeContext<'_>) -> ProbeReport {
    let mut report = ProbeReport {
        target: name.to_string(),
        ..ProbeReport::default()
    };
    let adaptation = config.adaptation();
    let unknown = adaptation.unknown_lacks(&ctx.profile.capabilities);
    if !unknown.is_empty() {
        let mut known: Vec<String> = KNOWN_LACKS.iter().map(|s| s.to_string()).collect();
        known.extend(ctx.profile.capabilities.iter().cloned());
        report.push(
            Level::Fatal,
            format!(
                "`lacks` names unknown capabilities: {} (known: {})",
                unknown.join(", "),
                known.join(", ")
            ),
        );
        return report;
    }
    let http = match HttpSetup::new(config, name) {
        Ok(h) => h,
        Err(e) => {
            report.push(Level::Fatal, e.to_string());
            return report;
        }
    };
    let dialect = ctx.profile.dialect.parse::<Dialect>().ok();
    let mut urls: Vec<(String, Option<String>)> = Vec::new();
    if let Some(u) = &config.url {
        urls.push((u.clone(), config.fixture.clone()));
    }
    for (f, u) in &config.fixtures {
        urls.push((u.clone(), Some(f.clone())));
    }
    let mut expected_cache: BTreeMap<String, Result<(SchemaSummary, DataModel), String>> =
        BTreeMap::new();
    for (url, fixture) in urls {
        let shown = url_without_credentials(&url);
        let hello = Request {
            query: "query crudspecProbe { __typename }".to_string(),
            ..Request::default()
        };
        match http.post(&url, &hello).await {
            Err(e) => {
                report.push(
                    Level::Fatal,
                    format!("{shown} cannot be used: {}", e.message),
                );
                continue;
            }
            Ok(a) => {
                let status = a.http.as_ref().map(|h| h.status).unwrap_or(0);
                match a.body.get("errors") {
                    Some(Value::Array(es)) if !es.is_empty() => report.push(
                        Level::Warning,
                        format!(
                            "{shown} answers GraphQL (HTTP {status}), but `{{ __typename }}` gave errors: {}",
                            crate::json::short(&Value::Array(es.clone()))
                        ),
                    ),
                    _ => report.push(
                        Level::Ok,
                        format!("{shown} answers GraphQL over HTTP (HTTP {status})"),
                    ),
                }
            }
        }
        let actual = if adaptation.lacks(LACK_INTROSPECTION) {
            report.push(
                Level::Ok,
                format!("{shown}: introspection not tried (the config says the target lacks it)"),
            );
            None
        } else {
            let request = Request {
                query: INTROSPECTION.to_string(),
                ..Request::default()
            };
            match http.post(&url, &request).await {
                Ok(a) => match SchemaSummary::from_introspection(&a.body) {
                    Some(s) => Some(s),
                    None => {
                        report.push(
                            Level::Warning,
                            format!(
                                "{shown}: introspection is not available ({}); declare \
                                 \"lacks\": [\"introspection\"] to skip it",
                                crate::json::short(a.body.get("errors").unwrap_or(&a.body))
                            ),
                        );
                        None
                    }
                },
                Err(e) => {
                    report.push(
                        Level::Warning,
                        format!("{shown}: introspection failed: {}", e.message),
                    );
                    None
                }
            }
        };
        let Some(dialect) = dialect else {
            report.push(
                Level::Warning,
                format!(
                    "the reference does not speak {}: the schema is not compared",
                    ctx.profile.dialect
                ),
            );
            if fixture.is_none() {
                report.push(
                    Level::Fatal,
                    format!("{shown}: which data model it serves is unknown: pass --fixture"),
                );
            }
            continue;
        };
        let candidates: Vec<String> = match &fixture {
            Some(f) => vec![f.clone()],
            None => ctx.fixtures.clone(),
        };
        for f in &candidates {
            if !expected_cache.contains_key(f) {
                let e = expected_schema(dialect, ctx.fixtures_dir, f).await;
                expected_cache.insert(f.clone(), e);
            }
        }
        match (&fixture, &actual) {
            (None, None) => {
                report.push(
                    Level::Fatal,
                    format!(
                        "{shown}: which data model it serves cannot be found without \
                         introspection: pass --fixture NAME (or `fixture` in the target config)"
                    ),
                );
            }
            (Some(f), None) => {
                report.push(
                    Level::Ok,
                    format!("{shown} serves \"{f}\" (as configured; not checked)"),
                );
                if config.fixture.as_deref() == Some(f.as_str()) {
                    report.url_fixtures.push(f.clone());
                }
            }
            (Some(f), Some(actual)) => match expected_cache.get(f) {
                Some(Ok((expected, model))) => {
                    let (roots, fields) = actual.missing_from(expected);
                    if roots.len() == expected.root_fields.len() {
                        report.push(
                            Level::Fatal,
                            format!(
                                "{shown}: its schema has none of the {} root fields {} generates \
                                 for \"{f}\" (e.g. {}): wrong dialect, data model or URL",
                                expected.root_fields.len(),
                                ctx.profile.dialect,
                                list(&expected.root_fields.iter().cloned().collect::<Vec<_>>(), 3)
                            ),
                        );
                    } else if roots.is_empty() && fields.is_empty() {
                        report.push(
                            Level::Ok,
                            format!(
                                "{shown} serves \"{f}\": all {} root fields and {} model fields",
                                expected.root_fields.len(),
                                expected.fields.len()
                            ),
                        );
                    } else {
                        report.push(
                            Level::Warning,
                            format!(
                                "{shown} serves \"{f}\" in part: missing root fields [{}], \
                                 model fields [{}]",
                                list(&roots, 8),
                                list(&fields, 8)
                            ),
                        );
                    }
                    check_suite_fields(&mut report, &shown, actual, model, config, ctx);
                    if config.fixture.as_deref() == Some(f.as_str()) {
                        report.url_fixtures.push(f.clone());
                    }
                }
                Some(Err(e)) => report.push(Level::Fatal, format!("fixture \"{f}\": {e}")),
                None => {}
            },
            (None, Some(actual)) => {
                detect(
                    &mut report,
                    &shown,
                    actual,
                    &candidates,
                    &expected_cache,
                    ctx,
                );
                let chosen = report.url_fixtures.clone();
                if let Some(Some(Ok((_, model)))) = chosen.first().map(|f| expected_cache.get(f)) {
                    check_suite_fields(&mut report, &shown, actual, model, config, ctx);
                }
            }
        }
    }
    report
}

/// Finds the fixtures a bare URL serves: those whose every root field and model field the
/// endpoint has, the most specific first (fixtures with the same expected schema all count).
fn detect(
    report: &mut ProbeReport,
    shown: &str,
    actual: &SchemaSummary,
    candidates: &[String],
    expected: &BTreeMap<String, Result<(SchemaSummary, DataModel), String>>,
    ctx: &ProbeContext<'_>,
) {
    let mut matching: Vec<(&String, &SchemaSummary)> = Vec::new();
    let mut loosely: Vec<(&String, &SchemaSummary)> = Vec::new();
    let mut closest: Option<(usize, &String, Vec<String>)> = None;
    for f in candidates {
        let Some(Ok((exp, _))) = expected.get(f) else {
            continue;
        };
        let (roots, fields) = actual.missing_from(exp);
        if roots.is_empty() && fields.is_empty() {
            matching.push((f, exp));
            continue;
        }
        let (loose_roots, loose_fields) = actual.missing_from_but_nullability(exp);
        if loose_roots.is_empty() && loose_fields.is_empty() {
            loosely.push((f, exp));
        }
        let missing: Vec<String> = roots.into_iter().chain(fields).collect();
        if closest.as_ref().is_none_or(|(n, _, _)| missing.len() < *n) {
            closest = Some((missing.len(), f, missing));
        }
    }
    // No data model matches to the letter: one that matches but for the nullability of some
    // fields is taken, with a warning naming them.
    if matching.is_empty() && !loosely.is_empty() {
        matching = loosely;
        let differences = actual.nullability_differences(matching[0].1);
        report.push(
            Level::Warning,
            format!(
                "{shown}: {} model field{} differ{} from the reference in nullability only: {}",
                differences.len(),
                if differences.len() == 1 { "" } else { "s" },
                if differences.len() == 1 { "s" } else { "" },
                list(&differences, 6)
            ),
        );
    }
    let size = |s: &SchemaSummary| s.root_fields.len() + s.fields.len();
    let Some(best) = matching.iter().map(|(_, s)| size(s)).max() else {
        let hint = match closest {
            Some((_, f, missing)) => format!(
                "; closest: \"{f}\" (missing {}); pass --fixture to use it anyway",
                list(&missing, 6)
            ),
            None => String::new(),
        };
        report.push(
            Level::Fatal,
            format!(
                "{shown}: its schema matches none of the {} {} data models the selected \
                 scenarios use{hint}",
                candidates.len(),
                ctx.profile.dialect
            ),
        );
        return;
    };
    let most_specific: Vec<&(&String, &SchemaSummary)> =
        matching.iter().filter(|(_, s)| size(s) == best).collect();
    let reference = most_specific[0].1;
    let served: Vec<String> = most_specific
        .iter()
        .filter(|(_, s)| *s == reference)
        .map(|(f, _)| (*f).clone())
        .collect();
    report.push(
        Level::Ok,
        format!(
            "{shown} serves the data model of {} (found by comparing schemas; the other \
             fixtures' scenarios are n/a)",
            served
                .iter()
                .map(|f| format!("\"{f}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    report.url_fixtures = served;
}

/// Whether the count queries and reset mutations the suite sends exist.
fn check_suite_fields(
    report: &mut ProbeReport,
    shown: &str,
    actual: &SchemaSummary,
    model: &DataModel,
    config: &ExternalConfig,
    ctx: &ProbeContext<'_>,
) {
    let adaptation = config.adaptation();
    let counts = adaptation
        .counts
        .clone()
        .unwrap_or_else(|| ctx.profile.counts.clone());
    let node_selection = match (&adaptation.counts, &counts.nodes_without_aggregate) {
        (None, Some(alt)) if adaptation.lacks(LACK_CONNECTION_AGGREGATE) => alt.selection.clone(),
        _ => counts.nodes.selection.clone(),
    };
    let mut missing_counts = BTreeSet::new();
    let mut missing_resets = BTreeSet::new();
    let reset_template = adaptation
        .reset_mutation
        .clone()
        .unwrap_or_else(|| ctx.profile.reset.delete_all.clone());
    for m in &model.models {
        let vars = TemplateVars::model(&m.name, ctx.profile.plural);
        let count = first_name(&vars.render(&node_selection));
        if !actual.root_fields.contains(&count) {
            missing_counts.insert(count);
        }
        let reset_fields: Vec<String> = match config.reset {
            ResetConfig::DeleteAll => vec![first_name(&vars.render(&reset_template))],
            ResetConfig::DeleteEach => [&ctx.profile.reset.list_ids, &ctx.profile.reset.delete_one]
                .into_iter()
                .flatten()
                .map(|t| first_name(&vars.render(t)))
                .collect(),
            _ => Vec::new(),
        };
        for f in reset_fields {
            if !actual.root_fields.contains(&f) {
                missing_resets.insert(f);
            }
        }
    }
    if missing_counts.is_empty() {
        report.push(Level::Ok, format!("{shown}: the count queries exist"));
    } else {
        report.push(
            Level::Warning,
            format!(
                "{shown}: count queries missing ({}): scenarios that check side effects will \
                 end in `error`; declare `counts` (or \"lacks\": [\"connection-aggregate\"]) in \
                 the target config",
                missing_counts.into_iter().collect::<Vec<_>>().join(", ")
            ),
        );
    }
    let reset_name = match config.reset {
        ResetConfig::DeleteAll => "delete-all",
        ResetConfig::DeleteEach => "delete-each",
        _ => return,
    };
    if missing_resets.is_empty() {
        report.push(
            Level::Ok,
            format!("{shown}: the {reset_name} reset's operations exist"),
        );
        return;
    }
    let each = ctx.profile.reset.list_ids.is_some() && config.reset == ResetConfig::DeleteAll;
    report.push(
        Level::Fatal,
        format!(
            "{shown}: the {reset_name} reset needs {}, which the schema lacks: set {}\
             `reset_mutation`, a reset `command`, or \"reset\": \"none\"",
            missing_resets.into_iter().collect::<Vec<_>>().join(", "),
            if each {
                "\"reset\": \"delete-each\" (list and delete node by node), "
            } else {
                ""
            }
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn summarises_an_introspection_answer() {
        let answer = json!({"data": {"__schema": {
        "queryType": {"name": "Query"}, "mutationType": {"name": "Mutation"},
        "types": [
            {"name": "Query", "kind": "OBJECT", "fields": [{"name": "posts", "type": {"kind": "LIST", "name": null, "ofType": {"kind": "OBJECT", "name": "Post"}}}]},
            {"name": "Mutation", "kind": "OBJECT", "fields": [{"name": "createPost", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "OBJECT", "name": "Post"}}}]},
            {"name": "Post", "kind": "OBJECT", "fields": [{"name": "title", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "SCALAR", "name": "String"}}}]},
            {"name": "__Type", "kind": "OBJECT", "fields": []}
        ]}}});
        let s = SchemaSummary::from_introspection(&answer).unwrap_or_default();
        assert_eq!(
            s.root_fields,
            ["createPost", "posts"]
                .iter()
                .map(|s| s.to_string())
                .collect()
        );
        assert_eq!(
            s.fields.get("Post.title").map(String::as_str),
            Some("String!")
        );
        assert_eq!(
            first_name("postsConnection { aggregate { count } }"),
            "postsConnection"
        );
        let mut expected = s.clone();
        expected.root_fields.insert("deletePost".into());
        expected.fields.insert("Post.title".into(), "String".into());
        let (roots, fields) = s.missing_from(&expected);
        assert_eq!(roots, vec!["deletePost".to_string()]);
        assert_eq!(fields, vec!["Post.title: String".to_string()]);
        // The same field with another nullability is there but for nullability.
        let (_, fields) = s.missing_from_but_nullability(&expected);
        assert!(fields.is_empty(), "{fields:?}");
        assert_eq!(
            s.nullability_differences(&expected),
            vec!["Post.title: String! (reference: String)".to_string()]
        );
        expected.fields.insert("Post.title".into(), "Int".into());
        let (_, fields) = s.missing_from_but_nullability(&expected);
        assert_eq!(fields, vec!["Post.title: Int".to_string()]);
    }
}
