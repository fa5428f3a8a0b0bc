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
//! Coverage, against the project's data files (`fixtures/catalogue/`, see [`crate::docs::data`]):
//!
//! - examples (`examples.tsv`): every example of a document whose dialect has a features folder
//!   must appear as `@seed:<E-id>`; documents whose dialect has no features folder yet are
//!   reported as notes (`not covered yet: N ids`), so a dialect turns strict when its folder
//!   appears;
//! - catalogue (`behaviours.tsv`): every item of a family (`P1`, `G`, `E`, `C`) must appear as
//!   `@catalogue:<id>` once its dialect has a features folder whose scenarios cite that family;
//!   before that, a note;
//! - errata (`errata.tsv`): every `@erratum:<id>` must be listed;
//!
//! and tags naming ids the files do not hold are problems. Scenarios that need a capability the
//! reference lacks (`@requires:`) are not validated against its schema. A data file that does not exist is a
//! note (coverage not checked); one that exists but is malformed is a problem at its line.

use crate::docs::data::{Catalogue, DataError, Errata, Example, Inventory};
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
    /// The example inventory (`fixtures/catalogue/examples.tsv`; `documents.tsv` and
    /// `example-behaviours.tsv` beside it).
    pub inventory: PathBuf,
    /// The behaviour catalogue (`fixtures/catalogue/behaviours.tsv`).
    pub catalogue: PathBuf,
    /// The errata list (`fixtures/catalogue/errata.tsv`).
    pub errata: PathBuf,
}

impl LintOptions {
    /// The data files of the fixtures folder, unless given.
    pub fn new(
        paths: SuitePaths,
        dialect: Option<String>,
        inventory: Option<PathBuf>,
        catalogue: Option<PathBuf>,
        errata: Option<PathBuf>,
    ) -> LintOptions {
        let dir = paths.fixtures.join(crate::docs::data::DIR);
        LintOptions {
            inventory: inventory.unwrap_or_else(|| dir.join(crate::docs::data::EXAMPLES)),
            catalogue: catalogue.unwrap_or_else(|| dir.join(crate::docs::data::BEHAVIOURS)),
            errata: errata.unwrap_or_else(|| dir.join(crate::docs::data::ERRATA)),
            dialect,
            paths,
        }
    }
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
                StepKind::Variables
                | StepKind::Result
                | StepKind::ResultInOrder
                | StepKind::Data => {
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
                        let plan = CountPlan::new(dm, &p.counts, p.plural);
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
        self.check_seeds(scenarios);
        self.check_catalogue(scenarios);
        self.check_errata(scenarios);
    }

    /// A data file that cannot be used: a note when it does not exist, else a problem.
    fn data_error(&mut self, what: &str, e: &DataError) {
        if e.is_missing() {
            let (file, _) = e.location();
            self.report
                .notes
                .push(format!("{what} not checked: no file at {}", file.display()));
        } else {
            let (file, line) = e.location();
            let file = file.to_path_buf();
            self.problem(&file, line, e.message());
        }
    }

    /// Every example of a document whose dialect has a features folder is on a scenario;
    /// `@seed` tags name known examples. Reported per document.
    fn check_seeds(&mut self, scenarios: &[ScenarioSpec]) {
        let inventory = match Inventory::load(&self.opts.inventory) {
            Ok(i) => i,
            Err(e) => {
                if e.is_missing() {
                    self.report.notes.push(format!(
                        "seed coverage not checked: no inventory at {}",
                        self.opts.inventory.display()
                    ));
                } else {
                    self.data_error("seed coverage", &e);
                }
                return;
            }
        };
        let cited: BTreeSet<&str> = scenarios
            .iter()
            .flat_map(|s| s.tag_values("seed"))
            .collect();
        for doc in &inventory.documents {
            let ids: Vec<&Example> = inventory
                .examples
                .iter()
                .filter(|e| e.seed == doc.seed)
                .collect();
            if !self.opts.paths.features.join(&doc.dialect).is_dir() {
                self.report.notes.push(format!(
                    "seed {} ({}): not covered yet: {} (no features/{})",
                    doc.seed,
                    doc.dialect,
                    count(ids.len(), "id", "ids"),
                    doc.dialect
                ));
                continue;
            }
            let mut missing = 0;
            for e in &ids {
                if !cited.contains(e.id.as_str()) {
                    missing += 1;
                    let msg = format!(
                        "{} ({}) is on no scenario: tag one @seed:{}",
                        e.id, doc.dialect, e.id
                    );
                    self.problem(&inventory.file, e.line, msg);
                }
            }
            self.report.notes.push(format!(
                "seed {} ({}): {} example ids, {missing} missing",
                doc.seed,
                doc.dialect,
                ids.len()
            ));
        }
        for s in scenarios {
            for seed in s.tag_values("seed") {
                if inventory.example(seed).is_none() {
                    let msg = format!(
                        "@seed:{seed} is not an example id of {}",
                        inventory.file.display()
                    );
                    self.problem(&s.file, s.scenario_line, msg);
                }
            }
        }
    }

    /// Every item of a catalogue family is on a scenario once the family's dialect has a
    /// features folder whose scenarios cite the family; `@catalogue` tags name known items.
    fn check_catalogue(&mut self, scenarios: &[ScenarioSpec]) {
        let catalogue = match Catalogue::load(&self.opts.catalogue) {
            Ok(c) => c,
            Err(e) => {
                self.data_error("catalogue coverage", &e);
                return;
            }
        };
        let cited: BTreeSet<&str> = scenarios
            .iter()
            .flat_map(|s| s.tag_values("catalogue"))
            .collect();
        let features = self.opts.paths.features.clone();
        for (family, dialect, items) in catalogue.families() {
            let cited_here = items
                .iter()
                .filter(|i| cited.contains(i.id.as_str()))
                .count();
            if !features.join(dialect).is_dir() {
                self.report.notes.push(format!(
                    "catalogue {family} ({dialect}): not covered yet: {} (no features/{dialect})",
                    count(items.len(), "item", "items")
                ));
                continue;
            }
            if cited_here == 0 {
                self.report.notes.push(format!(
                    "catalogue {family} ({dialect}): not covered yet: {}, none cited by a scenario",
                    count(items.len(), "item", "items")
                ));
                continue;
            }
            let mut missing = 0;
            for item in &items {
                if !cited.contains(item.id.as_str()) {
                    missing += 1;
                    let msg = format!(
                        "catalogue item {} ({dialect}) is on no scenario: tag one @catalogue:{}",
                        item.id, item.id
                    );
                    self.problem(&catalogue.file, item.line, msg);
                }
            }
            self.report.notes.push(format!(
                "catalogue {family} ({dialect}): {} items, {missing} missing",
                items.len()
            ));
        }
        for s in scenarios {
            for c in s.tag_values("catalogue") {
                if catalogue.get(c).is_none() {
                    let msg = format!(
                        "@catalogue:{c} is not an item of {}",
                        catalogue.file.display()
                    );
                    self.problem(&s.file, s.scenario_line, msg);
                }
            }
        }
    }

    /// `@erratum` tags name known errata.
    fn check_errata(&mut self, scenarios: &[ScenarioSpec]) {
        let errata = match Errata::load(&self.opts.errata) {
            Ok(e) => e,
            Err(e) => {
                self.data_error("errata", &e);
                return;
            }
        };
        let mut pinned = BTreeSet::new();
        for s in scenarios {
            for id in s.tag_values("erratum") {
                if errata.get(id).is_some() {
                    pinned.insert(id);
                } else {
                    let msg = format!(
                        "@erratum:{id} is not an erratum of {}",
                        errata.file.display()
                    );
                    self.problem(&s.file, s.scenario_line, msg);
                }
            }
        }
        self.report.notes.push(format!(
            "errata: {} ids, {} pinned by a scenario",
            errata.errata.len(),
            pinned.len()
        ));
    }
}

/// `1 id`, `5 ids`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
    fn json_dummies() {
        assert!(parse_json_with_dummies(r#"{"id": "{{x}}"}"#).is_ok());
        assert!(parse_json_with_dummies(r#"{"n": {{x}}}"#).is_ok());
        assert!(parse_json_with_dummies(r#"{"n": }"#).is_err());
    }
}
