//! The results stream and the views rendered from it.
//!
//! The stream (`--out results.jsonl`) is JSON lines, described by
//! `fixtures/schema/results.schema.json`: a `header` (suite version, targets with their kind,
//! dialect and capabilities, the dialects run, the filters), one `scenario` record per scenario
//! and target (id, feature, name, tags, outcome, duration, message, diff, last request and
//! response), and a `footer` with the totals. The terminal views (conformance matrix, failure
//! list) are rendered from the same records.

use crudspec_steps::driver::{FailedStep, Outcome, ScenarioResult};
use crudspec_steps::suite::ScenarioSpec;
use crudspec_steps::target::{Request, Target, TargetKind};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub const SCHEMA_ID: &str = "crudspec-results/1";

#[derive(Debug, Clone, Serialize)]
pub struct TargetInfo {
    pub name: String,
    pub kind: TargetKind,
    pub location: String,
    pub dialect: Option<String>,
    pub capabilities: Vec<String>,
}

impl TargetInfo {
    pub fn of(t: &dyn Target) -> Self {
        TargetInfo {
            name: t.name().to_string(),
            kind: t.kind(),
            location: t.location(),
            dialect: t.dialect().map(str::to_string),
            capabilities: t.capabilities(),
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
    pub started_at: String,
    pub features: String,
    /// `--dialect` (applies to features outside a dialect folder and to external targets).
    pub dialect: Option<String>,
    /// The dialects of the scenarios run.
    pub dialects: Vec<String>,
    pub targets: Vec<TargetInfo>,
    pub filters: Filters,
}

/// One scenario on one target.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    #[serde(rename = "type")]
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
    pub duration_ms: f64,
    pub message: Option<String>,
    pub diff: Option<String>,
    pub step: Option<FailedStep>,
    pub endpoint: Option<String>,
    pub request: Option<Request>,
    pub response: Option<Value>,
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
            duration_ms: millis(result.duration),
            message: result.message,
            diff: result.diff,
            step: result.step,
            endpoint: result.endpoint,
            request: result.request,
            response: result.response,
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
}

fn millis(d: Duration) -> f64 {
    (d.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub pass: usize,
    pub fail: usize,
    pub error: usize,
    pub skip: usize,
    #[serde(rename = "n/a")]
    pub not_applicable: usize,
    pub xfail: usize,
    pub total: usize,
}

impl Totals {
    pub fn of(records: &[Record]) -> Totals {
        let mut t = Totals::default();
        for r in records {
            t.total += 1;
            match r.outcome {
                Outcome::Pass => t.pass += 1,
                Outcome::Fail => t.fail += 1,
                Outcome::Error => t.error += 1,
                Outcome::Skip => t.skip += 1,
                Outcome::NotApplicable => t.not_applicable += 1,
                Outcome::Xfail => t.xfail += 1,
            }
        }
        t
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
    pub success: bool,
}

/// Writes the whole stream.
pub fn write_stream(
    path: &Path,
    header: &Header,
    records: &[Record],
    duration: Duration,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "{}", json_line(header))?;
    for r in records {
        writeln!(out, "{}", json_line(r))?;
    }
    let totals = Totals::of(records);
    let footer = Footer {
        kind: "footer",
        success: totals.success(),
        totals,
        duration_ms: millis(duration),
    };
    writeln!(out, "{}", json_line(&footer))?;
    out.flush()
}

fn json_line<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|e| {
        serde_json::json!({"type": "invalid", "error": e.to_string()}).to_string()
    })
}

/// Now as RFC 3339 UTC (`2026-11-22T03:01:02Z`).
pub fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    // civil-from-days (Howard Hinnant)
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if mo <= 2 { 1 } else { 0 };
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}Z")
}

/// The per-behaviour conformance matrix: rows `@behaviour`, columns targets, cells
/// `passed/total` (total leaves out `skip` and `n/a`).
pub fn render_matrix(records: &[Record], targets: &[String]) -> String {
    let mut cells: BTreeMap<&str, BTreeMap<&str, (usize, usize, usize)>> = BTreeMap::new();
    for r in records {
        for b in r.behaviours() {
            let c = cells
                .entry(b)
                .or_default()
                .entry(r.target.as_str())
                .or_default();
            match r.outcome {
                Outcome::Skip | Outcome::NotApplicable => c.2 += 1,
                Outcome::Pass => {
                    c.0 += 1;
                    c.1 += 1;
                }
                _ => c.1 += 1,
            }
        }
    }
    let cell = |c: Option<&(usize, usize, usize)>| match c {
        None => "-".to_string(),
        Some((p, t, na)) if *na > 0 => format!("{p}/{t} (+{na} n/a)"),
        Some((p, t, _)) => format!("{p}/{t}"),
    };
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
        let mine: Vec<&Record> = records.iter().filter(|r| &r.target == t).collect();
        let p = mine.iter().filter(|r| r.outcome == Outcome::Pass).count();
        let na = mine
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Skip | Outcome::NotApplicable))
            .count();
        total_row.push(cell(Some(&(p, mine.len() - na, na))));
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
            .map(|(i, c)| {
                if i == 0 {
                    format!("{c:<w$}", w = widths[i])
                } else {
                    format!("{c:>w$}", w = widths[i])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}", fmt_row(&header));
    let _ = writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    );
    for r in &rows {
        let _ = writeln!(out, "{}", fmt_row(r));
    }
    let _ = writeln!(out, "{}", fmt_row(&total_row));
    out
}

/// Every failure (and error) by id, with its message and diff.
pub fn render_failures(records: &[Record]) -> String {
    let mut out = String::new();
    for r in records.iter().filter(|r| r.outcome.is_failure()) {
        let _ = writeln!(
            out,
            "{} {} @ {}  ({}:{})",
            r.outcome.as_str().to_uppercase(),
            r.id,
            r.target,
            r.feature,
            r.line
        );
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
        out.push('\n');
    }
    out
}

/// `412 scenarios: 400 pass, 3 fail, 1 error, 0 skip, 8 n/a, 0 xfail`.
pub fn render_totals(t: &Totals) -> String {
    format!(
        "{} scenario runs: {} pass, {} fail, {} error, {} skip, {} n/a, {} xfail",
        t.total, t.pass, t.fail, t.error, t.skip, t.not_applicable, t.xfail
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_shape() {
        let s = now_rfc3339();
        assert_eq!(s.len(), 20, "{s}");
        assert!(s.ends_with('Z') && s.as_bytes()[10] == b'T', "{s}");
        assert!(s.starts_with("20"), "{s}");
    }
}
