//! `crudspec compare`: two runs (`A.jsonl B.jsonl`), or two targets of one run
//! (`R.jsonl --left T1 --right T2`), scenario by scenario.
//!
//! Runs are paired by their stable scenario id (`@id`, `[row]` for an outline row) and target;
//! when each side holds a single target and the names differ (or `--left`/`--right` pick one on
//! each side) by id alone. Outcomes are compared as the matrix counts them (pass, fail, setup,
//! error, xfail, n/a, skip):
//!
//! - **regression**: pass → fail, setup or error;
//! - **fix**: fail, setup or error → pass;
//! - **other change**: any other change of outcome (e.g. fail → error, pass → n/a or skip,
//!   fail → xfail);
//! - **added** / **removed**: on the right side only / on the left side only;
//! - **per behaviour**: the matrix cell of each behaviour on both sides, where it differs.
//!
//! `crudspec compare` exits 1 when there is a regression, so CI can gate "no new failures"
//! against a baseline stream; a scenario added to the suite that fails is listed as added, not
//! as a regression.

use crate::report::{Stream, category_str};
use crate::results::{self, Category, Cell, Record};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

/// What cannot be compared.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CompareError {
    #[error("{stream} has no target `{target}` (it has: {known})")]
    UnknownTarget {
        stream: String,
        target: String,
        known: String,
    },
    #[error(
        "one stream: name the two targets to compare with --left TARGET --right TARGET (it has: {known})"
    )]
    NeedTargets { known: String },
    #[error(
        "the streams have different targets ({left}: {left_targets}; {right}: {right_targets}): pick one on each side with --left and --right"
    )]
    Mismatch {
        left: String,
        left_targets: String,
        right: String,
        right_targets: String,
    },
    #[error("compare takes one or two streams, got {0}")]
    Count(usize),
}

/// Output format of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompareFormat {
    Text,
    Markdown,
}

/// One side of a comparison.
#[derive(Debug, Clone)]
pub struct Side {
    /// `A.jsonl`, or `A.jsonl (reference)` when one target of it is compared.
    pub label: String,
    pub targets: Vec<String>,
    pub records: Vec<Record>,
}

/// How the two sides' runs are paired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pairing {
    /// The same scenario on the same target (two runs of the same targets).
    IdAndTarget,
    /// The same scenario (one target on each side).
    Id,
}

fn targets_of(s: &Stream) -> Vec<String> {
    let mut t: Vec<String> = s.header.targets.iter().map(|t| t.name.clone()).collect();
    for r in &s.records {
        if !t.contains(&r.target) {
            t.push(r.target.clone());
        }
    }
    t
}

fn pick(s: &Stream, target: &str) -> Result<Side, CompareError> {
    let targets = targets_of(s);
    if !targets.iter().any(|t| t == target) {
        return Err(CompareError::UnknownTarget {
            stream: s.path.display().to_string(),
            target: target.to_string(),
            known: targets.join(", "),
        });
    }
    Ok(Side {
        label: format!("{} ({target})", s.path.display()),
        targets: vec![target.to_string()],
        records: s
            .records
            .iter()
            .filter(|r| r.target == target)
            .cloned()
            .collect(),
    })
}

fn whole(s: &Stream) -> Side {
    Side {
        label: s.path.display().to_string(),
        targets: targets_of(s),
        records: s.records.clone(),
    }
}

/// The two sides and their pairing, from the streams and `--left` / `--right`.
pub fn sides(
    streams: &[Stream],
    left: Option<&str>,
    right: Option<&str>,
) -> Result<(Side, Side, Pairing), CompareError> {
    match streams {
        [one] => {
            let known = targets_of(one);
            let (l, r) = match (left, right) {
                (Some(l), Some(r)) => (l.to_string(), r.to_string()),
                (None, None) if known.len() == 2 => (known[0].clone(), known[1].clone()),
                _ => {
                    return Err(CompareError::NeedTargets {
                        known: known.join(", "),
                    });
                }
            };
            Ok((pick(one, &l)?, pick(one, &r)?, Pairing::Id))
        }
        [a, b] => {
            let l = match left {
                Some(t) => pick(a, t)?,
                None => whole(a),
            };
            let r = match right {
                Some(t) => pick(b, t)?,
                None => whole(b),
            };
            let same: BTreeSet<&String> = l.targets.iter().collect();
            let other: BTreeSet<&String> = r.targets.iter().collect();
            if same == other && left.is_none() == right.is_none() {
                let pairing = if left.is_some() {
                    Pairing::Id
                } else {
                    Pairing::IdAndTarget
                };
                Ok((l, r, pairing))
            } else if l.targets.len() == 1 && r.targets.len() == 1 {
                Ok((l, r, Pairing::Id))
            } else {
                Err(CompareError::Mismatch {
                    left: a.path.display().to_string(),
                    left_targets: l.targets.join(", "),
                    right: b.path.display().to_string(),
                    right_targets: r.targets.join(", "),
                })
            }
        }
        other => Err(CompareError::Count(other.len())),
    }
}

/// One scenario run on both sides.
#[derive(Debug, Clone)]
pub struct Change<'a> {
    pub left: &'a Record,
    pub right: &'a Record,
}

/// The per-behaviour cells on both sides.
#[derive(Debug, Clone)]
pub struct BehaviourDelta {
    pub behaviour: String,
    pub left: Cell,
    pub right: Cell,
    pub regressions: usize,
    pub fixes: usize,
}

/// The result of a comparison.
#[derive(Debug, Clone)]
pub struct Comparison<'a> {
    pub left: &'a Side,
    pub right: &'a Side,
    pub pairing: Pairing,
    pub regressions: Vec<Change<'a>>,
    pub fixes: Vec<Change<'a>>,
    pub changes: Vec<Change<'a>>,
    pub added: Vec<&'a Record>,
    pub removed: Vec<&'a Record>,
    pub unchanged: usize,
    /// Behaviours whose cell differs, then `all scenarios`.
    pub behaviours: Vec<BehaviourDelta>,
}

fn failing(c: Category) -> bool {
    matches!(c, Category::Fail | Category::Setup | Category::Error)
}

fn key(r: &Record, pairing: Pairing) -> (String, String) {
    match pairing {
        Pairing::IdAndTarget => (r.id.clone(), r.target.clone()),
        Pairing::Id => (r.id.clone(), String::new()),
    }
}

/// Compares the sides.
pub fn compare<'a>(left: &'a Side, right: &'a Side, pairing: Pairing) -> Comparison<'a> {
    let order = |a: &&Record, b: &&Record| {
        a.feature
            .cmp(&b.feature)
            .then_with(|| a.line.cmp(&b.line))
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.target.cmp(&b.target))
    };
    let lmap: HashMap<(String, String), &Record> =
        left.records.iter().map(|r| (key(r, pairing), r)).collect();
    let rmap: HashMap<(String, String), &Record> =
        right.records.iter().map(|r| (key(r, pairing), r)).collect();
    let mut c = Comparison {
        left,
        right,
        pairing,
        regressions: Vec::new(),
        fixes: Vec::new(),
        changes: Vec::new(),
        added: Vec::new(),
        removed: Vec::new(),
        unchanged: 0,
        behaviours: Vec::new(),
    };
    let mut rights: Vec<&Record> = rmap.values().copied().collect();
    rights.sort_by(order);
    let mut per_behaviour: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for r in rights {
        let Some(l) = lmap.get(&key(r, pairing)).copied() else {
            c.added.push(r);
            continue;
        };
        let (lc, rc) = (l.category(), r.category());
        let change = Change { left: l, right: r };
        if lc == rc {
            c.unchanged += 1;
        } else if lc == Category::Pass && failing(rc) {
            for b in r.behaviours() {
                per_behaviour.entry(b.to_string()).or_default().0 += 1;
            }
            c.regressions.push(change);
        } else if failing(lc) && rc == Category::Pass {
            for b in r.behaviours() {
                per_behaviour.entry(b.to_string()).or_default().1 += 1;
            }
            c.fixes.push(change);
        } else {
            c.changes.push(change);
        }
    }
    let mut lefts: Vec<&Record> = lmap
        .iter()
        .filter(|(k, _)| !rmap.contains_key(*k))
        .map(|(_, r)| *r)
        .collect();
    lefts.sort_by(order);
    c.removed = lefts;

    let sum = |records: &[Record]| -> BTreeMap<String, Cell> {
        let mut m: BTreeMap<String, Cell> = BTreeMap::new();
        for (b, per_target) in results::matrix_cells(records) {
            let cell = m.entry(b.to_string()).or_default();
            for t in per_target.values() {
                add(cell, t);
            }
        }
        m
    };
    let (lcells, rcells) = (sum(&left.records), sum(&right.records));
    let names: BTreeSet<&String> = lcells.keys().chain(rcells.keys()).collect();
    for b in names {
        let l = lcells.get(b).copied().unwrap_or_default();
        let r = rcells.get(b).copied().unwrap_or_default();
        let (regressions, fixes) = per_behaviour.get(b).copied().unwrap_or_default();
        if l != r || regressions > 0 || fixes > 0 {
            c.behaviours.push(BehaviourDelta {
                behaviour: b.clone(),
                left: l,
                right: r,
                regressions,
                fixes,
            });
        }
    }
    let total = |records: &[Record]| {
        let mut cell = Cell::default();
        for r in records {
            cell.add(r);
        }
        cell
    };
    c.behaviours.push(BehaviourDelta {
        behaviour: "all scenarios".to_string(),
        left: total(&left.records),
        right: total(&right.records),
        regressions: c.regressions.len(),
        fixes: c.fixes.len(),
    });
    c
}

fn add(into: &mut Cell, c: &Cell) {
    into.pass += c.pass;
    into.fail += c.fail;
    into.setup += c.setup;
    into.error += c.error;
    into.not_applicable += c.not_applicable;
    into.skip += c.skip;
    into.xfail += c.xfail;
}

impl Comparison<'_> {
    pub fn has_regressions(&self) -> bool {
        !self.regressions.is_empty()
    }

    fn run_name(&self, r: &Record) -> String {
        match self.pairing {
            Pairing::IdAndTarget => format!("{} @ {}", r.id, r.target),
            Pairing::Id => r.id.clone(),
        }
    }

    fn summary(&self) -> String {
        let n =
            |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
        format!(
            "{}, {}, {}, {} added, {} removed, {} unchanged",
            n(self.regressions.len(), "regression", "regressions"),
            n(self.fixes.len(), "fix", "fixes"),
            n(self.changes.len(), "other change", "other changes"),
            self.added.len(),
            self.removed.len(),
            self.unchanged
        )
    }

    fn pairing_text(&self) -> &'static str {
        match self.pairing {
            Pairing::IdAndTarget => "by scenario id and target",
            Pairing::Id => "by scenario id",
        }
    }

    /// Plain text for the terminal.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "compare {} → {} ({}; {} → {} runs)",
            self.left.label,
            self.right.label,
            self.pairing_text(),
            self.left.records.len(),
            self.right.records.len()
        );
        let changes = |out: &mut String, title: &str, list: &[Change]| {
            let _ = writeln!(out, "\n{title} ({}):", list.len());
            if list.is_empty() {
                let _ = writeln!(out, "  none");
            }
            for c in list {
                let _ = writeln!(
                    out,
                    "  {}  {} → {}  ({}:{})",
                    self.run_name(c.right),
                    category_str(c.left.category()),
                    category_str(c.right.category()),
                    c.right.feature,
                    c.right.line
                );
                if c.right.outcome.is_failure()
                    && let Some(m) = &c.right.message
                {
                    for l in m.lines().take(3) {
                        let _ = writeln!(out, "    {l}");
                    }
                }
            }
        };
        changes(
            &mut out,
            "regressions: pass → fail/setup/error",
            &self.regressions,
        );
        changes(&mut out, "fixes: fail/setup/error → pass", &self.fixes);
        changes(&mut out, "other outcome changes", &self.changes);
        let runs = |out: &mut String, title: &str, list: &[&Record]| {
            if list.is_empty() {
                return;
            }
            let _ = writeln!(out, "\n{title} ({}):", list.len());
            for r in list {
                let _ = writeln!(
                    out,
                    "  {}  {}  ({}:{})",
                    self.run_name(r),
                    category_str(r.category()),
                    r.feature,
                    r.line
                );
            }
        };
        runs(&mut out, "added (right only)", &self.added);
        runs(&mut out, "removed (left only)", &self.removed);

        let _ = writeln!(out, "\nby behaviour (passed/ran, left → right):");
        let mut rows = vec![vec![
            "behaviour".to_string(),
            "left".to_string(),
            "right".to_string(),
            "Δ pass".to_string(),
            "regressions".to_string(),
            "fixes".to_string(),
        ]];
        for b in &self.behaviours {
            rows.push(vec![
                b.behaviour.clone(),
                b.left.render(),
                b.right.render(),
                delta(b.left.pass, b.right.pass),
                b.regressions.to_string(),
                b.fixes.to_string(),
            ]);
        }
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            .collect();
        for row in &rows {
            let line: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
                .collect();
            let _ = writeln!(out, "  {}", line.join("  ").trim_end());
        }
        let _ = writeln!(out, "\n{}", self.summary());
        out
    }

    /// Markdown for a pull request comment or step summary.
    pub fn render_markdown(&self) -> String {
        use crate::report::markdown::escape;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "## crudspec compare\n\n`{}` → `{}` ({})\n",
            code(&self.left.label),
            code(&self.right.label),
            self.pairing_text()
        );
        let mark = if self.has_regressions() { "❌" } else { "✅" };
        let _ = writeln!(out, "{mark} **{}**\n", escape(&self.summary()));
        let changes = |out: &mut String, title: &str, list: &[Change], open: bool| {
            if list.is_empty() {
                return;
            }
            let _ = writeln!(
                out,
                "<details{}><summary><b>{title}</b> ({})</summary>\n\n| scenario | left | right | where |\n|:---|:---|:---|:---|",
                if open { " open" } else { "" },
                list.len()
            );
            for c in list {
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {} | {}:{} |",
                    code(&self.run_name(c.right)),
                    category_str(c.left.category()),
                    category_str(c.right.category()),
                    escape(&c.right.feature),
                    c.right.line
                );
            }
            let _ = writeln!(out, "\n</details>\n");
        };
        changes(&mut out, "Regressions", &self.regressions, true);
        changes(&mut out, "Fixes", &self.fixes, false);
        changes(&mut out, "Other outcome changes", &self.changes, false);
        let runs = |out: &mut String, title: &str, list: &[&Record]| {
            if list.is_empty() {
                return;
            }
            let _ = writeln!(
                out,
                "<details><summary><b>{title}</b> ({})</summary>\n\n| scenario | outcome | where |\n|:---|:---|:---|",
                list.len()
            );
            for r in list {
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {}:{} |",
                    code(&self.run_name(r)),
                    category_str(r.category()),
                    escape(&r.feature),
                    r.line
                );
            }
            let _ = writeln!(out, "\n</details>\n");
        };
        runs(&mut out, "Added (right only)", &self.added);
        runs(&mut out, "Removed (left only)", &self.removed);
        let _ = writeln!(
            out,
            "### By behaviour\n\n| behaviour | left | right | Δ pass | regressions | fixes |\n|:---|:---|:---|---:|---:|---:|"
        );
        for b in &self.behaviours {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                escape(&b.behaviour),
                b.left.render(),
                b.right.render(),
                delta(b.left.pass, b.right.pass),
                b.regressions,
                b.fixes
            );
        }
        out
    }
}

fn delta(a: usize, b: usize) -> String {
    match b.cmp(&a) {
        std::cmp::Ordering::Greater => format!("+{}", b - a),
        std::cmp::Ordering::Less => format!("-{}", a - b),
        std::cmp::Ordering::Equal => "0".to_string(),
    }
}

fn code(s: &str) -> String {
    s.replace('`', "'")
        .replace(['\n', '\r'], " ")
        .replace('|', "¦")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::stream::parse_stream;
    use std::path::Path;

    fn stream(name: &str, runs: &[(&str, &str, &str)]) -> Stream {
        let mut targets: Vec<&str> = runs.iter().map(|r| r.1).collect();
        targets.dedup();
        let mut text = format!(
            r#"{{"type":"header","schema":"crudspec-results/1","features":"features","targets":[{}]}}"#,
            targets
                .iter()
                .map(|t| format!(r#"{{"name":"{t}"}}"#))
                .collect::<Vec<_>>()
                .join(",")
        );
        for (i, (id, target, outcome)) in runs.iter().enumerate() {
            let message = if *outcome == "pass" {
                "null".to_string()
            } else {
                format!("\"{outcome} of {id}\"")
            };
            let phase = if *outcome == "setup" {
                "\"setup\""
            } else {
                "null"
            };
            let outcome = if *outcome == "setup" {
                "error"
            } else {
                outcome
            };
            let _ = write!(
                text,
                "\n{{\"type\":\"scenario\",\"id\":\"{id}\",\"base_id\":null,\"feature\":\"features/p/a.feature\",\"line\":{},\"name\":\"n\",\"tags\":[\"@behaviour:{}\"],\"dialect\":\"p\",\"target\":\"{target}\",\"outcome\":\"{outcome}\",\"phase\":{phase},\"duration_ms\":1,\"message\":{message},\"diff\":null,\"advisories\":[],\"step\":null,\"endpoint\":null,\"request\":null,\"http\":null,\"response\":null}}",
                i + 1,
                if id.starts_with('a') {
                    "create"
                } else {
                    "delete"
                }
            );
        }
        parse_stream(Path::new(name), &text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn regressions_fixes_changes_added_and_removed() {
        let a = stream(
            "A.jsonl",
            &[
                ("a1", "t", "pass"),
                ("a2", "t", "pass"),
                ("a3", "t", "fail"),
                ("a4", "t", "fail"),
                ("b1", "t", "pass"),
                ("b2", "t", "pass"),
                ("gone", "t", "pass"),
            ],
        );
        let b = stream(
            "B.jsonl",
            &[
                ("a1", "t", "pass"),
                ("a2", "t", "fail"),
                ("a3", "t", "pass"),
                ("a4", "t", "error"),
                ("b1", "t", "setup"),
                ("b2", "t", "n/a"),
                ("new", "t", "fail"),
            ],
        );
        let streams = [a, b];
        let (l, r, p) = sides(&streams, None, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p, Pairing::IdAndTarget);
        let c = compare(&l, &r, p);
        let ids = |v: &[Change]| v.iter().map(|c| c.right.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&c.regressions), vec!["a2", "b1"]);
        assert_eq!(ids(&c.fixes), vec!["a3"]);
        assert_eq!(ids(&c.changes), vec!["a4", "b2"]);
        assert_eq!(c.added.len(), 1);
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.unchanged, 1);
        assert!(c.has_regressions());
        let text = c.render_text();
        assert!(
            text.contains("regressions: pass → fail/setup/error (2):\n  a2 @ t  pass → fail"),
            "{text}"
        );
        assert!(text.contains("  b1 @ t  pass → setup"), "{text}");
        assert!(text.contains("    fail of a2"), "{text}");
        assert!(
            text.contains("2 regressions, 1 fix, 2 other changes, 1 added, 1 removed, 1 unchanged"),
            "{text}"
        );
        let create = c.behaviours.iter().find(|b| b.behaviour == "create");
        assert_eq!(
            create.map(|b| (b.left.pass, b.right.pass, b.regressions, b.fixes)),
            Some((2, 2, 1, 1))
        );
        let md = c.render_markdown();
        assert!(
            md.contains("<details open><summary><b>Regressions</b> (2)"),
            "{md}"
        );
        assert!(md.contains("| `a2 @ t` | pass | fail |"), "{md}");
    }

    #[test]
    fn two_targets_of_one_run_and_the_choice_of_sides() {
        let one = stream(
            "R.jsonl",
            &[
                ("a1", "x", "pass"),
                ("a2", "x", "pass"),
                ("a1", "y", "pass"),
                ("a2", "y", "fail"),
            ],
        );
        let streams = [one];
        let (l, r, p) = sides(&streams, Some("x"), Some("y")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p, Pairing::Id);
        assert_eq!(l.label, "R.jsonl (x)");
        let c = compare(&l, &r, p);
        assert_eq!(c.regressions.len(), 1);
        assert_eq!(c.regressions[0].right.id, "a2");
        // Two targets: the default sides are those.
        assert!(sides(&streams, None, None).is_ok());
        assert_eq!(
            sides(&streams, Some("x"), Some("z")).err(),
            Some(CompareError::UnknownTarget {
                stream: "R.jsonl".to_string(),
                target: "z".to_string(),
                known: "x, y".to_string()
            })
        );
        let a = stream("A", &[("a1", "x", "pass"), ("a1", "y", "pass")]);
        let b = stream("B", &[("a1", "z", "pass")]);
        let streams = [a, b];
        assert!(matches!(
            sides(&streams, None, None),
            Err(CompareError::Mismatch { .. })
        ));
        let (l, r, p) = sides(&streams, Some("y"), None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((p, l.targets.len(), r.targets.len()), (Pairing::Id, 1, 1));
        let c = compare(&l, &r, p);
        assert_eq!(c.unchanged, 1);
        assert!(!c.has_regressions());
        assert!(c.render_text().contains("0 regressions"));
    }
}
