//! The results stream and the views rendered from it.
//!
//! The stream (`--out results.jsonl`) is JSON lines, described by
//! `fixtures/schema/results.schema.json`: a `header` (suite version, targets with their kind,
//! dialect, capabilities and adaptation, the dialects run, the filters), one `scenario` record
//! per scenario and target (id, feature, name, tags, outcome, phase, duration, message, diff,
//! advisories, the request, HTTP status and response of the step that failed), and a `footer`
//! with the totals and whether the run was interrupted. [`StreamWriter`] writes it record by
//! record, flushing each line, so an interrupted run keeps what finished.
//!
//! The terminal views are rendered from the same records: the conformance matrix (pass, fail,
//! setup, error, n/a, skip, xfail per behaviour and target), the failure listing (identical
//! causes grouped, see [`cause`]) and the advisories.

use crudspec_steps::driver::{FailedStep, Outcome, Phase, ScenarioResult};
use crudspec_steps::exchange::HttpEvidence;
use crudspec_steps::suite::ScenarioSpec;
use crudspec_steps::target::{Request, Target, TargetKind};
use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;
use std::sync::LazyLock;
use std::time::Duration;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub const SCHEMA_ID: &str = "crudspec-results/2";

#[derive(Debug, Clone, Serialize)]
pub struct TargetInfo {
    pub name: String,
    pub kind: TargetKind,
    pub location: String,
    pub dialect: Option<String>,
    pub capabilities: Vec<String>,
    /// How the suite adapts to the target (`Target::adaptation`); `null` for the references.
    pub adaptation: Option<Value>,
    /// The server's version as its target config gives it (`"version"`); `null` otherwise.
    pub version: Option<String>,
}

impl TargetInfo {
    pub fn of(t: &dyn Target) -> Self {
        TargetInfo {
            name: t.name().to_string(),
            kind: t.kind(),
            location: t.location(),
            dialect: t.dialect().map(str::to_string),
            capabilities: t.capabilities(),
            adaptation: t.adaptation(),
            version: t.version(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Filters {
    pub tags: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Header {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub schema: &'static str,
    pub suite_version: String,
    /// The commit the binary was built from (`git rev-parse --short HEAD`), or `unknown`.
    pub suite_commit: String,
    pub started_at: String,
    pub features: String,
    /// `--dialect` (applies to features outside a dialect folder and to external targets).
    pub dialect: Option<String>,
    /// The dialects of the scenarios run.
    pub dialects: Vec<String>,
    pub targets: Vec<TargetInfo>,
    pub filters: Filters,
}

/// One scenario on one target. Read back from a stream by [`crate::report::read_stream`]
/// (the `type` key is checked there).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    #[serde(rename = "type", skip_deserializing, default = "scenario_kind")]
    pub kind: &'static str,
    pub id: String,
    pub base_id: Option<String>,
    pub feature: String,
    pub line: usize,
    pub name: String,
    pub tags: Vec<String>,
    pub dialect: Option<String>,
    pub target: String,
    pub outcome: Outcome,
    /// Where a failure happened (`setup` and `count` failures say nothing about the behaviour).
    pub phase: Option<Phase>,
    pub duration_ms: f64,
    pub message: Option<String>,
    pub diff: Option<String>,
    /// Checks that did not count on this target, one line each.
    pub advisories: Vec<String>,
    #[serde(deserialize_with = "de_step", default)]
    pub step: Option<FailedStep>,
    pub endpoint: Option<String>,
    #[serde(deserialize_with = "de_request", default)]
    pub request: Option<Request>,
    pub http: Option<HttpEvidence>,
    pub response: Option<Value>,
}

fn scenario_kind() -> &'static str {
    "scenario"
}

/// [`FailedStep`] as the stream writes it (the steps crate only serialises it).
#[derive(Deserialize)]
struct StepDe {
    line: usize,
    text: String,
}

fn de_step<'de, D: Deserializer<'de>>(d: D) -> Result<Option<FailedStep>, D::Error> {
    Ok(Option::<StepDe>::deserialize(d)?.map(|s| FailedStep {
        line: s.line,
        text: s.text,
    }))
}

/// [`Request`] as the stream writes it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RequestDe {
    query: String,
    #[serde(default)]
    variables: Option<Value>,
    #[serde(default)]
    operation_name: Option<String>,
}

fn de_request<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Request>, D::Error> {
    Ok(Option::<RequestDe>::deserialize(d)?.map(|r| Request {
        query: r.query,
        variables: r.variables,
        operation_name: r.operation_name,
    }))
}

impl Record {
    pub fn new(spec: &ScenarioSpec, target: &str, result: ScenarioResult) -> Record {
        Record {
            kind: "scenario",
            id: spec.label(),
            base_id: spec.base_id.clone(),
            feature: spec.file.display().to_string(),
            line: spec.line,
            name: spec.name.clone(),
            tags: spec.tags.iter().map(|t| format!("@{t}")).collect(),
            dialect: spec.dialect.clone(),
            target: target.to_string(),
            outcome: result.outcome,
            phase: result.phase,
            duration_ms: millis(result.duration),
            message: result.message,
            diff: result.diff,
            advisories: result.advisories,
            step: result.step,
            endpoint: result.endpoint,
            request: result.request,
            http: result.http,
            response: result.response,
        }
    }

    /// A scenario that was not run (outcome `skip`) with the reason.
    pub fn not_run(spec: &ScenarioSpec, target: &str, reason: String) -> Record {
        Record {
            kind: "scenario",
            id: spec.label(),
            base_id: spec.base_id.clone(),
            feature: spec.file.display().to_string(),
            line: spec.line,
            name: spec.name.clone(),
            tags: spec.tags.iter().map(|t| format!("@{t}")).collect(),
            dialect: spec.dialect.clone(),
            target: target.to_string(),
            outcome: Outcome::Skip,
            phase: None,
            duration_ms: 0.0,
            message: Some(reason),
            diff: None,
            advisories: Vec::new(),
            step: None,
            endpoint: None,
            request: None,
            http: None,
            response: None,
        }
    }

    pub fn behaviours(&self) -> Vec<&str> {
        let b: Vec<&str> = self
            .tags
            .iter()
            .filter_map(|t| t.strip_prefix("@behaviour:"))
            .collect();
        if b.is_empty() { vec!["(none)"] } else { b }
    }

    /// A `fail` or `error` before the behaviour under test was exercised (setup or counting).
    pub fn is_setup_failure(&self) -> bool {
        self.outcome.is_failure() && matches!(self.phase, Some(Phase::Setup | Phase::Count))
    }

    /// How the record counts in the matrix and the totals line.
    pub fn category(&self) -> Category {
        if self.is_setup_failure() {
            return Category::Setup;
        }
        match self.outcome {
            Outcome::Pass => Category::Pass,
            Outcome::Fail => Category::Fail,
            Outcome::Error => Category::Error,
            Outcome::Skip => Category::Skip,
            Outcome::NotApplicable => Category::NotApplicable,
            Outcome::Xfail => Category::Xfail,
        }
    }
}

/// The outcome as the console views count it: a failure in setup (or in the node and link
/// counts) is `Setup`, apart from failures of the behaviour under test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Pass,
    Fail,
    Setup,
    Error,
    NotApplicable,
    Skip,
    Xfail,
}

fn millis(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0
}

/// Counts by outcome (`fail` and `error` include setup failures; `setup` counts those).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub pass: usize,
    pub fail: usize,
    pub error: usize,
    pub skip: usize,
    #[serde(rename = "n/a")]
    pub not_applicable: usize,
    pub xfail: usize,
    pub total: usize,
    /// The `fail` and `error` runs that failed in setup or counting.
    pub setup: usize,
    #[serde(skip)]
    setup_fail: usize,
}

impl Totals {
    pub fn of<'a>(records: impl IntoIterator<Item = &'a Record>) -> Totals {
        let mut t = Totals::default();
        for r in records {
            t.add(r);
        }
        t
    }

    pub fn add(&mut self, r: &Record) {
        self.total += 1;
        match r.outcome {
            Outcome::Pass => self.pass += 1,
            Outcome::Fail => self.fail += 1,
            Outcome::Error => self.error += 1,
            Outcome::Skip => self.skip += 1,
            Outcome::NotApplicable => self.not_applicable += 1,
            Outcome::Xfail => self.xfail += 1,
        }
        if r.is_setup_failure() {
            self.setup += 1;
            if r.outcome == Outcome::Fail {
                self.setup_fail += 1;
            }
        }
    }

    pub fn success(&self) -> bool {
        self.fail == 0 && self.error == 0
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Footer {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub totals: Totals,
    pub duration_ms: f64,
    /// No fail, no error, and not interrupted.
    pub success: bool,
    /// Stopped by Ctrl-C or SIGTERM: the records are those that finished.
    pub interrupted: bool,
}

/// The results stream, written as the run goes: the header when created, each record as it
/// arrives (flushed), the footer at the end. A write error is kept (the first one) and
/// reported by [`StreamWriter::finish`]; later writes are not attempted.
pub struct StreamWriter<W: Write> {
    out: W,
    totals: Totals,
    error: Option<std::io::Error>,
}

impl StreamWriter<std::io::BufWriter<std::fs::File>> {
    /// Creates (truncates) the file and writes the header.
    pub fn create(path: &Path, header: &Header) -> std::io::Result<Self> {
        let file = std::fs::File::create(path)?;
        let mut w = StreamWriter::new(std::io::BufWriter::new(file), header);
        match w.error.take() {
            Some(e) => Err(e),
            None => Ok(w),
        }
    }
}

impl<W: Write> StreamWriter<W> {
    pub fn new(out: W, header: &Header) -> Self {
        let mut w = StreamWriter {
            out,
            totals: Totals::default(),
            error: None,
        };
        w.line(&json_line(header));
        w
    }

    fn line(&mut self, text: &str) {
        if self.error.is_some() {
            return;
        }
        let written = writeln!(self.out, "{text}").and_then(|()| self.out.flush());
        if let Err(e) = written {
            self.error = Some(e);
        }
    }

    /// Appends one record (and flushes).
    pub fn record(&mut self, r: &Record) {
        self.totals.add(r);
        self.line(&json_line(r));
    }

    /// The totals of the records written so far.
    pub fn totals(&self) -> &Totals {
        &self.totals
    }

    /// Writes the footer; returns the writer (for tests) or the first write error.
    pub fn finish(mut self, duration: Duration, interrupted: bool) -> std::io::Result<W> {
        let totals = self.totals.clone();
        let footer = Footer {
            kind: "footer",
            success: totals.success() && !interrupted,
            totals,
            duration_ms: millis(duration),
            interrupted,
        };
        self.line(&json_line(&footer));
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.out),
        }
    }
}

fn json_line<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|e| {
        serde_json::json!({"type": "invalid", "error": e.to_string()}).to_string()
    })
}

/// Now as RFC 3339 UTC in whole seconds (`2026-11-22T03:01:02Z`).
pub fn now_rfc3339() -> String {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0)
        .unwrap_or(now)
        .format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_string())
}

/// The counts of one matrix cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cell {
    pub pass: usize,
    pub fail: usize,
    pub setup: usize,
    pub error: usize,
    pub not_applicable: usize,
    pub skip: usize,
    pub xfail: usize,
}

impl Cell {
    pub fn add(&mut self, r: &Record) {
        match r.category() {
            Category::Pass => self.pass += 1,
            Category::Fail => self.fail += 1,
            Category::Setup => self.setup += 1,
            Category::Error => self.error += 1,
            Category::NotApplicable => self.not_applicable += 1,
            Category::Skip => self.skip += 1,
            Category::Xfail => self.xfail += 1,
        }
    }

    /// The runs that were judged (everything but n/a and skip).
    pub fn ran(&self) -> usize {
        self.pass + self.fail + self.setup + self.error + self.xfail
    }

    /// `12/14 · 1 fail · 1 error · 3 n/a`: passed/ran, then every other count that is not zero.
    pub fn render(&self) -> String {
        let mut parts = Vec::new();
        if self.ran() > 0 {
            parts.push(format!("{}/{}", self.pass, self.ran()));
        }
        for (n, what) in [
            (self.fail, "fail"),
            (self.setup, "setup"),
            (self.error, "error"),
            (self.xfail, "xfail"),
            (self.not_applicable, "n/a"),
            (self.skip, "skip"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        if parts.is_empty() {
            "-".to_string()
        } else {
            parts.join(" · ")
        }
    }
}

/// What the matrix cells mean (printed under it).
pub const MATRIX_LEGEND: &str = "\
cells: passed/ran · fail = wrong behaviour · setup = failed in setup or node/link counts, before
       the behaviour under test · error = transport or timeout · xfail = expected failure ·
       n/a and skip did not run
";

/// The cells of the conformance matrix: behaviour (`@behaviour:` tag, `(none)` without one)
/// → target → counts. A scenario with several behaviours counts in each row.
pub fn matrix_cells(records: &[Record]) -> BTreeMap<&str, BTreeMap<&str, Cell>> {
    let mut cells: BTreeMap<&str, BTreeMap<&str, Cell>> = BTreeMap::new();
    for r in records {
        for b in r.behaviours() {
            cells
                .entry(b)
                .or_default()
                .entry(r.target.as_str())
                .or_default()
                .add(r);
        }
    }
    cells
}

/// Every scenario run of one target as one cell (the matrix's `all scenarios` row).
pub fn target_cell(records: &[Record], target: &str) -> Cell {
    let mut c = Cell::default();
    for r in records.iter().filter(|r| r.target == target) {
        c.add(r);
    }
    c
}

/// The per-behaviour conformance matrix: rows `@behaviour`, columns targets, cells
/// `passed/ran` followed by the counts of fail, setup, error, xfail, n/a and skip that are not
/// zero; the last row sums every scenario of the target.
pub fn render_matrix(records: &[Record], targets: &[String]) -> String {
    let cells = matrix_cells(records);
    let cell = |c: Option<&Cell>| c.map_or_else(|| "-".to_string(), Cell::render);
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (b, per_target) in &cells {
        let mut row = vec![b.to_string()];
        for t in targets {
            row.push(cell(per_target.get(t.as_str())));
        }
        rows.push(row);
    }
    let mut total_row = vec!["all scenarios".to_string()];
    for t in targets {
        total_row.push(cell(Some(&target_cell(records, t))));
    }
    let mut header = vec!["behaviour".to_string()];
    header.extend(targets.iter().cloned());
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .chain([&header, &total_row])
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let fmt_row = |r: &Vec<String>| -> String {
        r.iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let rule = widths
        .iter()
        .map(|w| "-".repeat(*w))
        .collect::<Vec<_>>()
        .join("  ");
    let mut out = String::new();
    let _ = writeln!(out, "{}", fmt_row(&header));
    let _ = writeln!(out, "{rule}");
    for r in &rows {
        let _ = writeln!(out, "{}", fmt_row(r));
    }
    let _ = writeln!(out, "{rule}");
    let _ = writeln!(out, "{}", fmt_row(&total_row));
    out
}

static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""(?:[^"\\]|\\.)*""#).unwrap_or_else(|e| unreachable!("{e}")));
static ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:c[a-z0-9]{20,30}|[0-9a-f]{24}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b",
    )
    .unwrap_or_else(|e| unreachable!("{e}"))
});
static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d+\b").unwrap_or_else(|e| unreachable!("{e}")));

/// A message's first line with what varies between scenarios replaced by placeholders: quoted
/// strings become `"…"`, ids (cuid, object id, UUID) `<id>`, digit runs `#`.
pub fn normalise(message: &str) -> String {
    let first = message.lines().next().unwrap_or("").trim();
    let s = QUOTED.replace_all(first, "\"…\"");
    let s = ID.replace_all(&s, "<id>");
    NUMBER.replace_all(&s, "#").into_owned()
}

/// The cause of a failure as grouped on the console: its normalised first line.
pub fn cause(r: &Record) -> String {
    let c = normalise(r.message.as_deref().unwrap_or(""));
    if c.is_empty() {
        "(no message)".to_string()
    } else {
        c
    }
}

/// The key failures are grouped by: outcome, setup or not, cause.
pub fn group_key(r: &Record) -> String {
    format!(
        "{}|{}|{}",
        r.outcome.as_str(),
        r.is_setup_failure(),
        cause(r)
    )
}

/// Failures (`fail`, `error`) grouped by [`group_key`], groups in order of first appearance.
pub fn group_failures(records: &[Record]) -> Vec<Vec<&Record>> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<Vec<&Record>> = Vec::new();
    for r in records.iter().filter(|r| r.outcome.is_failure()) {
        let key = group_key(r);
        match index.get(&key) {
            Some(&i) => groups[i].push(r),
            None => {
                index.insert(key, groups.len());
                groups.push(vec![r]);
            }
        }
    }
    groups
}

/// `a @ t, b @ t, c @ t and 4 more`: the first three runs of a group.
pub fn first_ids(group: &[&Record]) -> String {
    let shown: Vec<String> = group
        .iter()
        .take(3)
        .map(|r| format!("{} @ {}", r.id, r.target))
        .collect();
    let mut s = shown.join(", ");
    if group.len() > 3 {
        let _ = write!(s, " and {} more", group.len() - 3);
    }
    s
}

fn details(out: &mut String, r: &Record) {
    let _ = writeln!(out, "  {}", r.name);
    if let Some(step) = &r.step {
        let _ = writeln!(out, "  at line {}: {}", step.line, step.text);
    }
    if let Some(m) = &r.message {
        for l in m.lines() {
            let _ = writeln!(out, "  {l}");
        }
    }
    if let Some(d) = &r.diff {
        for l in d.lines() {
            let _ = writeln!(out, "    {l}");
        }
    }
}

/// Every failure (and error), identical causes grouped: a single failure by id with its
/// message and diff; a group as `FAIL N × <cause>`, its first three runs, then the details of
/// the first only (every record keeps its own in the stream). Failures in setup or counting
/// are marked `setup failed`.
pub fn render_failures(records: &[Record]) -> String {
    let mut out = String::new();
    for group in group_failures(records) {
        let first = group[0];
        let outcome = first.outcome.as_str().to_uppercase();
        let setup = if first.is_setup_failure() {
            " — setup failed"
        } else {
            ""
        };
        if group.len() == 1 {
            let _ = writeln!(
                out,
                "{outcome} {} @ {}  ({}:{}){setup}",
                first.id, first.target, first.feature, first.line
            );
        } else {
            let _ = writeln!(out, "{outcome} {} × {}{setup}", group.len(), cause(first));
            let _ = writeln!(out, "  {}", first_ids(&group));
            let _ = writeln!(
                out,
                "  first: {} @ {}  ({}:{})",
                first.id, first.target, first.feature, first.line
            );
        }
        if first.is_setup_failure() {
            let _ = writeln!(
                out,
                "  setup failed (in {}): says nothing about the behaviour under test",
                first.phase.map_or("setup", Phase::as_str)
            );
        }
        details(&mut out, first);
        out.push('\n');
    }
    out
}

/// Checks that did not count (advisories), identical ones grouped with their count and
/// first runs; empty when there are none.
pub fn render_advisories(records: &[Record]) -> String {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<(String, Vec<&Record>)> = Vec::new();
    for r in records {
        for a in &r.advisories {
            let key = normalise(a);
            match index.get(&key) {
                Some(&i) => groups[i].1.push(r),
                None => {
                    index.insert(key.clone(), groups.len());
                    groups.push((key, vec![r]));
                }
            }
        }
    }
    if groups.is_empty() {
        return String::new();
    }
    let n: usize = groups.iter().map(|(_, g)| g.len()).sum();
    let mut out = format!("advisories ({n}; checks that did not count on their target):\n");
    for (cause, group) in &groups {
        let _ = writeln!(out, "  {} × {cause}", group.len());
        let _ = writeln!(out, "    {}", first_ids(group));
    }
    out.push('\n');
    out
}

/// What `run` prints at the end (and `crudspec report --format table` renders from a stream):
/// the matrix with its legend, the grouped failures, the advisories. The totals line follows.
pub fn render_console(records: &[Record], targets: &[String]) -> String {
    let mut text = render_matrix(records, targets);
    text.push_str(MATRIX_LEGEND);
    text.push('\n');
    text.push_str(&render_failures(records));
    text.push_str(&render_advisories(records));
    text
}

/// `412 scenario runs: 400 pass, 2 fail, 1 setup, 1 error, 0 skip, 8 n/a, 0 xfail` (`fail`
/// and `error` here leave out the setup failures, counted as `setup`).
pub fn render_totals(t: &Totals) -> String {
    let setup_error = t.setup - t.setup_fail;
    format!(
        "{} scenario runs: {} pass, {} fail, {} setup, {} error, {} skip, {} n/a, {} xfail",
        t.total,
        t.pass,
        t.fail - t.setup_fail,
        t.setup,
        t.error - setup_error,
        t.skip,
        t.not_applicable,
        t.xfail
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(id: &str, behaviour: &str) -> ScenarioSpec {
        let text = format!(
            "Feature: f\n  @id:{id} @behaviour:{behaviour}\n  Scenario: s {id}\n    When executing:\n      \"\"\"\n      {{ a }}\n      \"\"\"\n"
        );
        let dir =
            std::env::temp_dir().join(format!("crudspec-results-{}-{id}", std::process::id()));
        let _ = std::fs::create_dir_all(dir.join("prisma1"));
        let file = dir.join("prisma1").join("f.feature");
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
        let loaded = crudspec_steps::suite::load(&dir, None, &["prisma1".to_string()]);
        let _ = std::fs::remove_dir_all(&dir);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems.len());
        loaded
            .scenarios
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no scenario"))
    }

    fn rec(id: &str, behaviour: &str, outcome: Outcome, phase: Option<Phase>, msg: &str) -> Record {
        let mut r = Record::not_run(
            &spec(id, behaviour),
            "t",
            if msg.is_empty() {
                String::new()
            } else {
                msg.to_string()
            },
        );
        r.outcome = outcome;
        r.phase = phase;
        if outcome == Outcome::Pass {
            r.message = None;
        }
        r
    }

    #[test]
    fn rfc3339_shape() {
        let s = now_rfc3339();
        assert_eq!(s.len(), 20, "{s}");
        assert!(s.ends_with('Z') && s.as_bytes()[10] == b'T', "{s}");
        assert!(s.starts_with("20"), "{s}");
    }

    #[test]
    fn normalise_replaces_ids_numbers_and_quoted_scalars() {
        assert_eq!(
            normalise("data.createUser.posts[1].title: expected \"c\", got \"b\"\nsecond line 42"),
            "data.createUser.posts[#].title: expected \"…\", got \"…\""
        );
        assert_eq!(
            normalise("No Node for the model User with value ckabcdefghijklmnopqrstuvwx for id"),
            "No Node for the model User with value <id> for id"
        );
        assert_eq!(
            normalise("cannot connect to 127.0.0.1:4466: refused, after 1.5 s"),
            "cannot connect to #.#.#.#:#: refused, after #.# s"
        );
        assert_eq!(
            normalise("no `n0` in the count answer \"with \\\"escaped\\\" quotes\""),
            "no `n0` in the count answer \"…\""
        );
        assert_eq!(
            normalise("id 123e4567-e89b-12d3-a456-426614174000 gone"),
            "id <id> gone"
        );
    }

    #[test]
    fn failures_with_the_same_cause_are_grouped_and_setup_is_apart() {
        let records = vec![
            rec(
                "a-1",
                "create",
                Outcome::Fail,
                Some(Phase::Check),
                "x.y: expected \"1\", got \"2\"",
            ),
            rec(
                "a-2",
                "create",
                Outcome::Fail,
                Some(Phase::Check),
                "x.y: expected \"3\", got \"4\"",
            ),
            rec("a-3", "create", Outcome::Pass, None, ""),
            rec(
                "a-4",
                "update",
                Outcome::Fail,
                Some(Phase::Check),
                "x.y: expected \"5\", got \"6\"",
            ),
            rec(
                "a-5",
                "update",
                Outcome::Fail,
                Some(Phase::Check),
                "x.y: expected \"7\", got \"8\"",
            ),
            rec(
                "a-6",
                "update",
                Outcome::Fail,
                Some(Phase::Setup),
                "x.y: expected \"7\", got \"8\"",
            ),
            rec(
                "a-7",
                "update",
                Outcome::Error,
                Some(Phase::Operation),
                "timed out after 1 s",
            ),
        ];
        let groups = group_failures(&records);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0].len(), 4);
        assert_eq!(groups[1].len(), 1);
        assert_eq!(groups[1][0].id, "a-6");
        let text = render_failures(&records);
        assert!(
            text.contains("FAIL 4 × x.y: expected \"…\", got \"…\"\n  a-1 @ t, a-2 @ t, a-4 @ t and 1 more\n  first: a-1 @ t"),
            "{text}"
        );
        // Details only for the first of a group.
        assert!(text.contains("expected \"1\", got \"2\""), "{text}");
        assert!(!text.contains("expected \"3\""), "{text}");
        assert!(
            text.contains("FAIL a-6 @ t  (") && text.contains(") — setup failed\n"),
            "{text}"
        );
        assert!(text.contains("setup failed (in setup)"), "{text}");
        assert!(text.contains("ERROR a-7 @ t"), "{text}");
        let totals = Totals::of(&records);
        assert_eq!(totals.fail, 5);
        assert_eq!(totals.setup, 1);
        assert_eq!(
            render_totals(&totals),
            "7 scenario runs: 1 pass, 4 fail, 1 setup, 1 error, 0 skip, 0 n/a, 0 xfail"
        );
    }

    #[test]
    fn matrix_cells_show_every_outcome_apart() {
        let records = vec![
            rec("m-1", "create", Outcome::Pass, None, ""),
            rec("m-2", "create", Outcome::Pass, None, ""),
            rec("m-3", "create", Outcome::Fail, Some(Phase::Check), "bad"),
            rec(
                "m-4",
                "create",
                Outcome::Error,
                Some(Phase::Operation),
                "timeout",
            ),
            rec("m-5", "create", Outcome::Fail, Some(Phase::Count), "no n0"),
            rec("m-6", "create", Outcome::NotApplicable, None, "lacks"),
            rec("m-7", "create", Outcome::Skip, None, "tagged"),
            rec("m-8", "create", Outcome::Xfail, None, "expected"),
            rec("m-9", "delete", Outcome::NotApplicable, None, "lacks"),
        ];
        let m = render_matrix(&records, &["t".to_string(), "u".to_string()]);
        let lines: Vec<&str> = m.lines().collect();
        assert!(lines[0].starts_with("behaviour"), "{m}");
        let create = lines.iter().find(|l| l.starts_with("create")).copied();
        assert_eq!(
            create.map(|l| l
                .split("  ")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()),
            Some(vec![
                "create",
                "2/6 · 1 fail · 1 setup · 1 error · 1 xfail · 1 n/a · 1 skip",
                "-"
            ]),
            "{m}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("delete") && l.contains("1 n/a")),
            "{m}"
        );
        let total = lines.last().copied().unwrap_or_default();
        assert!(
            total.starts_with("all scenarios")
                && total.contains("2/6 · 1 fail · 1 setup · 1 error · 1 xfail · 2 n/a · 1 skip"),
            "{m}"
        );
        assert_eq!(Cell::default().render(), "-");
    }

    #[test]
    fn the_stream_is_written_line_by_line_with_an_interrupted_footer() {
        let header = Header {
            kind: "header",
            schema: SCHEMA_ID,
            suite_version: "0.1.0".to_string(),
            suite_commit: "abc1234".to_string(),
            started_at: now_rfc3339(),
            features: "f".to_string(),
            dialect: None,
            dialects: vec![],
            targets: vec![],
            filters: Filters {
                tags: None,
                name: None,
            },
        };
        let mut w = StreamWriter::new(Vec::new(), &header);
        let mut r = rec("s-1", "create", Outcome::Fail, Some(Phase::Setup), "boom");
        r.advisories.push("message wording differs".to_string());
        r.http = Some(HttpEvidence {
            status: 400,
            headers: BTreeMap::from([("content-type".to_string(), "text/plain".to_string())]),
        });
        w.record(&r);
        assert_eq!(w.totals().total, 1);
        let bytes = w
            .finish(Duration::from_millis(5), true)
            .unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("{e}"));
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["type"], "header");
        assert_eq!(lines[1]["phase"], "setup");
        assert_eq!(lines[1]["http"]["status"], 400);
        assert_eq!(lines[1]["advisories"][0], "message wording differs");
        assert_eq!(lines[2]["interrupted"], true);
        assert_eq!(lines[2]["success"], false);
        assert_eq!(lines[2]["totals"]["fail"], 1);
        assert_eq!(lines[2]["totals"]["setup"], 1);
    }

    #[test]
    fn advisories_are_grouped() {
        let mut a = rec("v-1", "create", Outcome::Pass, None, "");
        a.advisories.push("message \"x\" not found".to_string());
        let mut b = rec("v-2", "create", Outcome::Pass, None, "");
        b.advisories.push("message \"y\" not found".to_string());
        let text = render_advisories(&[a, b]);
        assert!(text.contains("2 × message \"…\" not found"), "{text}");
        assert!(text.contains("v-1 @ t, v-2 @ t"), "{text}");
        assert_eq!(render_advisories(&[]), "");
    }
}
