//! `crudspec lint`: static checks of the suite, each problem reported as `file:line: reason`.
//!
//! Per scenario: exactly one `@id` (ids unique, expanded outline ids too), a `@behaviour` tag,
//! a dialect, a `When` and a `Then` step, only known steps (the same step collection the driver
//! uses), existing data-model fixtures, known error classes, side-effects rows naming models and
//! relations of the data model, JSON docstrings that parse, inline data models that parse, and
//! GraphQL docstrings that parse (graphql-parser) and validate against the schema the dialect
//! generates for the scenario's data model: the docstring is executed with its variables on a
//! scratch reference executor (one per dialect and data model, emptied at every data-model and
//! empty-database step), and an error without `path` and without a code is a validation error.
//! `{{name}}` takes the value `saving` captured from the scratch executor's answer, else a dummy
//! id; the `When executing:` docstring of a scenario that expects `ValidationError` is not
//! checked.
//!
//! Coverage: every example id of the seed inventory whose seed belongs to a dialect with a
//! features folder must appear as `@seed:<E-id>`, every item of prisma1-behaviours.md §14 as
//! `@catalogue:P1-NNN` when `features/prisma1` exists, and every Graphcool item of dialects.md
//! §5 as `@catalogue:G-NN` when `features/graphcool` exists; tags naming unknown ids are
//! reported too. Scenarios that need a capability the reference lacks are not validated.

use crate::paths::SuitePaths;
use crudspec_reference::datamodel::DataModel;
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use crudspec_steps::adapt::ErrorRules;
use crudspec_steps::driver::{Profiles, step_collection};
use crudspec_steps::effects::{CountPlan, parse_table};
use crudspec_steps::json::{docstring_text, substitute_all};
use crudspec_steps::profile::DialectProfile;
use crudspec_steps::suite::{self, ScenarioSpec};
use crudspec_steps::target::Target as _;
use crudspec_steps::vocabulary::{StepKind, classify};
use cucumber::gherkin::StepType;
use futures::FutureExt as _;
use regex::Regex;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A dummy id substituted for `{{name}}` (a cuid-shaped string).
pub const DUMMY_ID: &str = "cjld2cjxh0000qzrmn831i7rn";

#[derive(Debug, Clone)]
pub struct LintOptions {
    pub paths: SuitePaths,
    pub dialect: Option<String>,
    pub inventory: PathBuf,
    pub catalogue: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

#[derive(Debug, Clone, Default)]
pub struct LintReport {
    pub problems: Vec<Problem>,
    pub notes: Vec<String>,
    pub files: usize,
    pub scenarios: usize,
    pub graphql_checked: usize,
}

struct Linter<'a> {
    opts: &'a LintOptions,
    profiles: Profiles,
    report: LintReport,
    executors: HashMap<(String, String), Result<Executor, String>>,
    runtime: Option<tokio::runtime::Runtime>,
    validation_disabled: Option<String>,
}

/// Runs every check.
pub fn lint(opts: &LintOptions) -> LintReport {
    let profiles = Profiles::load(&opts.paths.fixtures.join("profiles"));
    let known = profiles.names();
    let suite = suite::load(&opts.paths.features, opts.dialect.as_deref(), &known);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok();
    let mut l = Linter {
        opts,
        profiles,
        report: LintReport::default(),
        executors: HashMap::new(),
        validation_disabled: runtime
            .is_none()
            .then(|| "cannot start a runtime".to_string()),
        runtime,
    };
    crudspec_steps::failure::install_quiet_panic_hook();
    l.report.files = suite.files.len();
    l.report.scenarios = suite.scenarios.len();
    for p in &suite.problems {
        l.problem(&p.file, p.line, p.message.clone());
    }
    l.check_ids(&suite.scenarios);
    for spec in &suite.scenarios {
        l.check_scenario(spec);
    }
    if let Some(why) = &l.validation_disabled {
        let root = opts.paths.features.display().to_string();
        l.report.problems.push(Problem {
            file: root,
            line: 0,
            message: format!("GraphQL docstrings were not validated: {why}"),
        });
    }
    l.check_coverage(&suite.scenarios);
    l.report.problems.sort();
    l.report.problems.dedup();
    l.report
}

impl Linter<'_> {
    fn problem(&mut self, file: &Path, line: usize, message: String) {
        self.report.problems.push(Problem {
            file: file.display().to_string(),
            line,
            message,
        });
    }

    fn check_ids(&mut self, scenarios: &[ScenarioSpec]) {
        // base id -> scenario definitions using it
        let mut bases: BTreeMap<&str, BTreeSet<(PathBuf, usize)>> = BTreeMap::new();
        // expanded id -> (file, scenario line, row line) of its first use
        let mut expanded: BTreeMap<String, (PathBuf, usize, usize)> = BTreeMap::new();
        for s in scenarios {
            if let Some(b) = &s.base_id {
                bases
                    .entry(b.as_str())
                    .or_default()
                    .insert((s.file.clone(), s.scenario_line));
            }
            let Some(id) = &s.id else { continue };
            match expanded.get(id) {
                // Same outline, same key: the first Examples column is not unique.
                Some((f, sl, row)) if *f == s.file && *sl == s.scenario_line => {
                    let msg = format!(
                        "duplicate expanded id `{id}` (also the Examples row at line {row}): the first Examples column must be unique within the outline"
                    );
                    self.problem(&s.file, s.line, msg);
                }
                // Another scenario with the same @id: reported below.
                Some(_) => {}
                None => {
                    expanded.insert(id.clone(), (s.file.clone(), s.scenario_line, s.line));
                }
            }
        }
        for (id, defs) in bases {
            if defs.len() > 1 {
                let all: Vec<String> = defs
                    .iter()
                    .map(|(f, l)| format!("{}:{l}", f.display()))
                    .collect();
                for (f, l) in &defs {
                    let msg = format!("duplicate @id:{id} (used at {})", all.join(", "));
                    self.problem(f, *l, msg);
                }
            }
        }
    }

    fn check_scenario(&mut self, s: &ScenarioSpec) {
        let line = s.scenario_line;
        match s.id_tag_count {
            0 => self.problem(&s.file, line, "scenario has no @id tag".into()),
            1 => {}
            n => self.problem(&s.file, line, format!("scenario has {n} @id tags")),
        }
        if s.tag_values("behaviour").next().is_none() {
            self.problem(&s.file, line, "scenario has no @behaviour tag".into());
        }
        if s.key.as_deref() == Some("") {
            self.problem(
                &s.file,
                s.line,
                "empty first Examples column (the key of the expanded id)".into(),
            );
        }
        let has = |ty: StepType| s.steps.iter().any(|st| st.ty == ty);
        if !has(StepType::When) {
            self.problem(&s.file, line, "scenario has no When step".into());
        }
        if !has(StepType::Then) {
            self.problem(&s.file, line, "scenario has no Then step".into());
        }
        let profile: Option<Arc<DialectProfile>> = match &s.dialect {
            None => {
                self.problem(
                    &s.file,
                    line,
                    "no dialect: put the feature under features/<dialect>/ or pass --dialect"
                        .into(),
                );
                None
            }
            Some(d) => match self.profiles.get(d) {
                Ok(p) => Some(p),
                Err(e) => {
                    self.problem(&s.file, line, e);
                    None
                }
            },
        };
        let expects_validation_error = s.steps.iter().any(|st| {
            classify(&st.value)
                .is_some_and(|(k, a)| k == StepKind::ErrorRaised && a[0] == "ValidationError")
        });
        let mut model: Option<(String, DataModel)> = None; // (sdl, parsed)
        let mut variables: Option<Value> = None;
        // Values saved from the scratch executor's answers (a dummy id stands in for the rest).
        let mut saved: BTreeMap<String, Value> = BTreeMap::new();
        let mut last: Option<Value> = None;
        for st in &s.steps {
            let text = format!("{} {}", st.keyword.trim(), st.value);
            match step_collection().find(st) {
                Ok(Some(_)) => {}
                Ok(None) => {
                    let kw = match classify(&st.value) {
                        Some(_) => " (known text, but not after this keyword)",
                        None => "",
                    };
                    self.problem(
                        &s.file,
                        st.position.line,
                        format!("unknown step `{text}`{kw}"),
                    );
                    continue;
                }
                Err(e) => {
                    self.problem(
                        &s.file,
                        st.position.line,
                        format!("ambiguous step `{text}`: {e}"),
                    );
                    continue;
                }
            }
            let Some((kind, args)) = classify(&st.value) else {
                continue;
            };
            let doc_line = st.position.line + 1;
            let doc = st.docstring.as_deref().map(docstring_text);
            match kind {
                StepKind::DataModelFixture => {
                    let path = self
                        .opts
                        .paths
                        .fixtures
                        .join("datamodels")
                        .join(format!("{}.graphql", args[0]));
                    match std::fs::read_to_string(&path) {
                        Ok(sdl) => match DataModel::parse(&sdl) {
                            Ok(dm) => {
                                self.reset_scratch(s.dialect.as_deref(), &sdl);
                                model = Some((sdl, dm));
                            }
                            Err(e) => {
                                self.problem(&path, e.line, e.message.clone());
                                model = None;
                            }
                        },
                        Err(e) => {
                            let msg = format!(
                                "data model \"{}\": cannot read {}: {e}",
                                args[0],
                                path.display()
                            );
                            self.problem(&s.file, st.position.line, msg);
                            model = None;
                        }
                    }
                }
                StepKind::DataModelInline => {
                    let sdl = doc.unwrap_or_default().to_string();
                    match DataModel::parse(&sdl) {
                        Ok(dm) => {
                            self.reset_scratch(s.dialect.as_deref(), &sdl);
                            model = Some((sdl, dm));
                        }
                        Err(e) => {
                            let msg = format!("inline data model: {}", e.message);
                            self.problem(&s.file, doc_line + e.line, msg);
                            model = None;
                        }
                    }
                }
                StepKind::EmptyDatabase => {
                    if let Some((sdl, _)) = &model {
                        let sdl = sdl.clone();
                        self.reset_scratch(s.dialect.as_deref(), &sdl);
                    }
                }
                StepKind::Saving => {
                    if let Some(v) = last
                        .as_ref()
                        .and_then(|r| crudspec_steps::json::lookup(r, &args[0]).ok())
                        .filter(|v| !v.is_null())
                    {
                        saved.insert(args[1].clone(), v.clone());
                    }
                }
                StepKind::Variables | StepKind::Result | StepKind::ResultInOrder => {
                    match parse_json_with_dummies(&substitute_known(
                        doc.unwrap_or_default(),
                        &saved,
                    )) {
                        Ok(v) => {
                            if kind == StepKind::Variables {
                                variables = Some(v);
                            }
                        }
                        Err(e) => {
                            let msg = format!("JSON docstring does not parse: {e}");
                            self.problem(&s.file, doc_line + e.line(), msg);
                        }
                    }
                }
                StepKind::HavingExecuted | StepKind::Executing | StepKind::ControlQuery => {
                    let vars = variables.take();
                    if kind == StepKind::Executing && expects_validation_error {
                        continue;
                    }
                    let query = substitute_all(
                        &substitute_known(doc.unwrap_or_default(), &saved),
                        DUMMY_ID,
                    );
                    if let Err(e) = graphql_parser::parse_query::<String>(&query) {
                        let msg = e.to_string().replace('\n', " ");
                        let rel = parse_error_line(&msg).unwrap_or(1);
                        self.problem(
                            &s.file,
                            doc_line + rel,
                            format!("GraphQL does not parse: {msg}"),
                        );
                        continue;
                    }
                    if let (Some((sdl, _)), Some(dialect)) = (&model, &s.dialect) {
                        let sdl = sdl.clone();
                        last = self.validate(
                            s,
                            dialect,
                            &sdl,
                            &query,
                            vars,
                            doc_line,
                            profile.as_deref(),
                        );
                    }
                }
                StepKind::ErrorRaised => {
                    if let Some(p) = &profile
                        && !p.errors.classes.contains_key(&args[0])
                    {
                        let msg = format!(
                            "unknown error class \"{}\" (known: {})",
                            args[0],
                            p.class_names().join(", ")
                        );
                        self.problem(&s.file, st.position.line, msg);
                    }
                }
                StepKind::SideEffects => {
                    if let (Some((_, dm)), Some(p)) = (&model, &profile) {
                        let plan = CountPlan::new(dm, &p.counts);
                        let rows = st
                            .table
                            .as_ref()
                            .map(|t| t.rows.clone())
                            .unwrap_or_default();
                        if rows.is_empty() {
                            self.problem(
                                &s.file,
                                st.position.line,
                                "side effects step without a table".into(),
                            );
                        } else if let Err(e) = parse_table(&rows, &plan) {
                            self.problem(&s.file, st.position.line + 1, e.message);
                        }
                    }
                }
                _ => {}
            }
            if (kind.has_graphql_docstring()
                || kind.has_json_docstring()
                || kind == StepKind::DataModelInline)
                && doc.is_none_or(|d| d.trim().is_empty())
            {
                self.problem(
                    &s.file,
                    st.position.line,
                    format!("`{text}` needs a docstring"),
                );
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn validate(
        &mut self,
        s: &ScenarioSpec,
        dialect: &str,
        sdl: &str,
        query: &str,
        variables: Option<Value>,
        doc_line: usize,
        profile: Option<&DialectProfile>,
    ) -> Option<Value> {
        if self.validation_disabled.is_some() {
            return None;
        }
        let profile = profile?;
        // A scenario that needs what the reference lacks (a Graphcool function, ...) is n/a on
        // it: its operations belong to a schema the reference does not generate.
        let reference = crudspec_steps::target::ReferenceTarget.capabilities();
        if s.tag_values("requires").any(|c| {
            !reference.iter().any(|have| have == c)
                && !profile.capabilities.iter().any(|have| have == c)
        }) {
            return None;
        }
        let executor = self.scratch(s, dialect, sdl)?;
        let rt = self.runtime.as_ref()?;
        let request = GraphqlRequest {
            query: query.to_string(),
            variables,
            operation_name: None,
        };
        let answer = rt.block_on(AssertUnwindSafe(executor.execute(request)).catch_unwind());
        let response = match answer {
            Ok(r) => r,
            Err(p) => {
                self.validation_disabled = Some(format!(
                    "the reference executor panicked: {}",
                    crudspec_steps::failure::panic_message(p.as_ref())
                ));
                return None;
            }
        };
        self.report.graphql_checked += 1;
        let errors = response
            .get("errors")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for e in errors {
            let has_path = e.get("path").is_some_and(|p| !p.is_null());
            if has_path || ErrorRules::new(profile, None).code(&e).is_some() {
                continue;
            }
            let message = e
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("(no message)");
            let rel = e
                .get("locations")
                .and_then(|l| l.get(0))
                .and_then(|l| l.get("line"))
                .and_then(Value::as_u64)
                .unwrap_or(1) as usize;
            let msg = format!("GraphQL does not validate against the {dialect} schema: {message}");
            self.problem(&s.file, doc_line + rel, msg);
        }
        Some(response)
    }

    /// Empties the scratch executor of a data model (start of a scenario, empty database).
    fn reset_scratch(&mut self, dialect: Option<&str>, sdl: &str) {
        if let Some(d) = dialect
            && let Some(Ok(e)) = self.executors.get(&(d.to_string(), sdl.to_string()))
        {
            e.reset();
        }
    }

    /// The scratch executor of a data model (deployed once per dialect and data model).
    fn scratch(&mut self, s: &ScenarioSpec, dialect: &str, sdl: &str) -> Option<Executor> {
        let key = (dialect.to_string(), sdl.to_string());
        if !self.executors.contains_key(&key) {
            let deployed = match dialect.parse::<Dialect>() {
                Err(e) => Err(e.to_string()),
                Ok(d) => match std::panic::catch_unwind(|| {
                    Executor::deploy(d, sdl, ExecutorOptions::default())
                }) {
                    Ok(Ok(e)) => Ok(e),
                    Ok(Err(e)) => Err(format!(
                        "the data model does not deploy on the reference: {e}"
                    )),
                    Err(p) => {
                        self.validation_disabled = Some(format!(
                            "the reference executor panicked while deploying: {}",
                            crudspec_steps::failure::panic_message(p.as_ref())
                        ));
                        return None;
                    }
                },
            };
            self.executors.insert(key.clone(), deployed);
        }
        match self.executors.get(&key) {
            Some(Ok(e)) => Some(e.clone()),
            Some(Err(e)) => {
                let msg = e.clone();
                self.problem(&s.file, s.scenario_line, msg);
                None
            }
            None => None,
        }
    }

    fn check_coverage(&mut self, scenarios: &[ScenarioSpec]) {
        let features = &self.opts.paths.features;
        let has_folder = |d: &str| features.join(d).is_dir();
        let seeds: BTreeSet<&str> = scenarios
            .iter()
            .flat_map(|s| s.tag_values("seed"))
            .collect();
        let catalogue: BTreeSet<&str> = scenarios
            .iter()
            .flat_map(|s| s.tag_values("catalogue"))
            .collect();

        let inventory = &self.opts.inventory;
        match std::fs::read_to_string(inventory) {
            Err(_) => self.report.notes.push(format!(
                "seed coverage not checked: no inventory at {}",
                inventory.display()
            )),
            Ok(text) => {
                let ids = inventory_ids(&text);
                let known: BTreeSet<&str> = ids.iter().map(|(id, _, _)| id.as_str()).collect();
                let mut missing = 0;
                for (id, seed, line) in &ids {
                    let Some(dialect) = seed_dialect(seed) else {
                        continue;
                    };
                    if has_folder(dialect) && !seeds.contains(id.as_str()) {
                        missing += 1;
                        let msg = format!("{id} ({dialect}) is on no scenario: tag one @seed:{id}");
                        self.problem(inventory, *line, msg);
                    }
                }
                for s in scenarios {
                    for seed in s.tag_values("seed") {
                        if !known.contains(seed) {
                            let msg = format!(
                                "@seed:{seed} is not an example id of {}",
                                inventory.display()
                            );
                            self.problem(&s.file, s.scenario_line, msg);
                        }
                    }
                }
                self.report.notes.push(format!(
                    "seed coverage: {} example ids, {missing} missing",
                    ids.len()
                ));
            }
        }

        // Prisma 1 items (prisma1-behaviours.md §14, `P1-NNN`) and Graphcool items
        // (dialects.md §5 next to it, `G-NN`), each checked where its features folder exists.
        let cat = self.opts.catalogue.clone();
        let dialects = cat.with_file_name("dialects.md");
        let sources = [
            (
                "prisma1",
                cat,
                "§14",
                "P1",
                3,
                catalogue_items as fn(&str) -> Vec<(usize, usize)>,
            ),
            ("graphcool", dialects, "§5 (G)", "G", 2, graphcool_items),
        ];
        let mut known: BTreeSet<String> = BTreeSet::new();
        let mut read = Vec::new();
        for (folder, file, section, prefix, width, parse) in sources {
            if !has_folder(folder) {
                self.report.notes.push(format!(
                    "{prefix} catalogue coverage not checked: no features/{folder}"
                ));
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&file) else {
                self.report.notes.push(format!(
                    "{prefix} catalogue coverage not checked: no catalogue at {}",
                    file.display()
                ));
                continue;
            };
            let items = parse(&text);
            let mut missing = 0;
            for (n, line) in &items {
                let tag = format!("{prefix}-{n:0width$}");
                if !catalogue.contains(tag.as_str()) {
                    missing += 1;
                    self.problem(
                        &file,
                        *line,
                        format!("catalogue item {n} is on no scenario: tag one @catalogue:{tag}"),
                    );
                }
                known.insert(tag);
            }
            read.push(format!("{} {section}", file.display()));
            self.report.notes.push(format!(
                "{prefix} catalogue coverage: {} items, {missing} missing",
                items.len()
            ));
        }
        if read.is_empty() {
            return;
        }
        for s in scenarios {
            for c in s.tag_values("catalogue") {
                if !known.contains(c) {
                    let msg = format!("@catalogue:{c} is not an item of {}", read.join(" or "));
                    self.problem(&s.file, s.scenario_line, msg);
                }
            }
        }
    }
}

/// The seed's dialect: 002 → prisma1, 004 → graphcms, 000 → 8base, 001/003 → graphcool.
pub fn seed_dialect(seed: &str) -> Option<&'static str> {
    match seed {
        "000" => Some("8base"),
        "001" | "003" => Some("graphcool"),
        "002" => Some("prisma1"),
        "004" => Some("graphcms"),
        _ => None,
    }
}

/// `(E-id, seed, line)` of every row of the inventory's example tables.
pub fn inventory_ids(text: &str) -> Vec<(String, String, usize)> {
    let Ok(re) = Regex::new(r"^\|\s*(E-(\d{3})-\d+[a-z]?)\s*\|") else {
        return Vec::new();
    };
    let mut seen = BTreeSet::new();
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            re.captures(l)
                .map(|c| (c[1].to_string(), c[2].to_string(), i + 1))
        })
        .filter(|(id, _, _)| seen.insert(id.clone()))
        .collect()
}

/// `(number, line)` of the numbered items of §14 (`42. CO01 | ...`).
pub fn catalogue_items(text: &str) -> Vec<(usize, usize)> {
    let Ok(item) = Regex::new(r"^(\d+)\.\s+[A-Z]+[0-9]+\s*\|") else {
        return Vec::new();
    };
    let mut inside = false;
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.starts_with("## ") {
            inside = l.starts_with("## 14.");
            continue;
        }
        if inside
            && let Some(c) = item.captures(l)
            && let Ok(n) = c[1].parse()
        {
            out.push((n, i + 1));
        }
    }
    out
}

/// `(number, line)` of the Graphcool items of dialects.md §5 (`39. G nested create ...`).
pub fn graphcool_items(text: &str) -> Vec<(usize, usize)> {
    let Ok(item) = Regex::new(r"^(\d+)\.\s+G\s") else {
        return Vec::new();
    };
    let mut inside = false;
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.starts_with("## ") {
            inside = l.starts_with("## 5.");
            continue;
        }
        if inside
            && let Some(c) = item.captures(l)
            && let Ok(n) = c[1].parse()
        {
            out.push((n, i + 1));
        }
    }
    out
}

fn parse_error_line(msg: &str) -> Option<usize> {
    Regex::new(r"at (\d+):(\d+)")
        .ok()?
        .captures(msg)?
        .get(1)?
        .as_str()
        .parse()
        .ok()
}

/// Replaces the `{{name}}` that have a saved value and leaves the others.
fn substitute_known(text: &str, saved: &BTreeMap<String, Value>) -> String {
    let mut out = text.to_string();
    for name in crudspec_steps::json::placeholder_names(text) {
        if let Some(v) = saved.get(&name) {
            let mut one = BTreeMap::new();
            one.insert(name.clone(), v.clone());
            let pattern = format!("{{{{{name}}}}}");
            if let Ok(filled) = crudspec_steps::json::substitute(&pattern, &one) {
                out = out.replace(&pattern, &filled);
            }
        }
    }
    out
}

/// Parses a JSON docstring with `{{name}}` replaced by a dummy id (inside a string) or by `0`
/// (outside one).
pub fn parse_json_with_dummies(text: &str) -> Result<Value, serde_json::Error> {
    let first = serde_json::from_str(&substitute_all(text, DUMMY_ID));
    match first {
        Ok(v) => Ok(v),
        Err(e) => serde_json::from_str(&substitute_all(text, "0")).map_err(|_| e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_inventory_and_catalogue() {
        let inv = "x\n| E-002-01 | C | 12 |\n| E-004-16 | C |\n| E-002-01 | dup |\n";
        let ids = inventory_ids(inv);
        assert_eq!(
            ids,
            vec![
                ("E-002-01".to_string(), "002".to_string(), 2),
                ("E-004-16".to_string(), "004".to_string(), 3)
            ]
        );
        let cat = "## 13. x\n1. T01 | no\n## 14. Scenarios\n\n1. T01 | create\n42. CO01 | connect\n## 15. y\n2. T02 | no\n";
        assert_eq!(catalogue_items(cat), vec![(1, 5), (42, 6)]);
        let dialects = "## 4. x\n1. G no\n## 5. Scenarios\n\n1. G [seed 003] create\n42. E update\n39. G nested\n## 6. y\n";
        assert_eq!(graphcool_items(dialects), vec![(1, 5), (39, 7)]);
    }

    #[test]
    fn json_dummies() {
        assert!(parse_json_with_dummies(r#"{"id": "{{x}}"}"#).is_ok());
        assert!(parse_json_with_dummies(r#"{"n": {{x}}}"#).is_ok());
        assert!(parse_json_with_dummies(r#"{"n": }"#).is_err());
    }
}
