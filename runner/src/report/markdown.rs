//! `--format markdown`: for a CI step summary (`crudspec run` appends it to
//! `$GITHUB_STEP_SUMMARY`), a pull request comment or a wiki page. Totals per target, the
//! per-behaviour matrix (cells as the terminal shows them, with a mark for the most telling
//! outcome), then the failures grouped by cause as the terminal groups them, each group in a
//! collapsed `<details>` block holding every failure of the group with its step, message and
//! diff, and the advisories.
//!
//! GitHub caps a step summary at 1 MiB: once [`Options::detail_budget`] bytes of failure details
//! are written, the remaining failures are listed by id only (the HTML report and the stream
//! keep them whole). Everything from the stream is escaped (Markdown and HTML) or fenced.

use super::{CATEGORIES, Report, category_str, cell_state, passing};
use crate::results::{self, Category, Cell, Record};
use std::fmt::Write as _;

/// Rendering options.
#[derive(Debug, Clone)]
pub struct Options {
    /// Bytes of failure details (messages, diffs) after which failures are listed by id only.
    pub detail_budget: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            detail_budget: 600 * 1024,
        }
    }
}

/// The mark of a cell's most telling outcome.
fn mark(c: &Cell) -> &'static str {
    match cell_state(c) {
        Some(Category::Pass) => "✅",
        Some(Category::Fail) => "❌",
        Some(Category::Error) => "⚠️",
        Some(Category::Setup) => "🔧",
        Some(Category::Xfail) => "☑️",
        Some(Category::NotApplicable) | Some(Category::Skip) => "➖",
        None => "",
    }
}

/// Text escaped for Markdown prose and table cells (also HTML-escaped: GitHub renders HTML).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("&#124;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(ch);
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` in a fenced block whose fence is longer than any backtick run inside.
fn fenced(out: &mut String, lang: &str, text: &str) {
    let mut longest = 0;
    let mut run = 0;
    for ch in text.chars() {
        if ch == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    let fence = "`".repeat((longest + 1).max(3));
    let _ = writeln!(out, "{fence}{lang}");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    let _ = writeln!(out, "{fence}");
}

pub fn render(report: &Report, options: &Options) -> String {
    let mut out = String::new();
    let targets = report.target_names();
    let _ = writeln!(out, "## crudspec conformance\n");
    for note in report.incomplete() {
        let _ = writeln!(
            out,
            "> ⚠️ {}: the records are those of the runs that finished\n",
            escape(&note)
        );
    }

    // Totals per target.
    let _ = write!(out, "| target | passing |");
    for c in CATEGORIES {
        let _ = write!(out, " {} |", category_str(c));
    }
    let _ = write!(out, "\n|:---|:---|");
    for _ in CATEGORIES {
        out.push_str("---:|");
    }
    out.push('\n');
    for t in &targets {
        let cell = results::target_cell(&report.records, t);
        let _ = write!(
            out,
            "| {} `{}` | {} |",
            mark(&cell),
            code(t),
            passing(&cell)
        );
        for n in [
            cell.pass,
            cell.fail,
            cell.setup,
            cell.error,
            cell.xfail,
            cell.not_applicable,
            cell.skip,
        ] {
            let _ = write!(out, " {n} |");
        }
        out.push('\n');
    }
    out.push('\n');
    let mut about = Vec::new();
    for (i, run) in report.runs.iter().enumerate() {
        let mut s = format!(
            "crudspec {} · started {}",
            escape(&run.header.suite_version),
            escape(&run.header.started_at)
        );
        for (k, v) in run.header.extra_fields() {
            let _ = write!(s, " · {}: {}", escape(&k), escape(&v));
        }
        for c in report.columns.iter().filter(|c| c.run == i) {
            let _ = write!(s, " · `{}`: {}", code(&c.name), escape(&c.info.location));
            for (k, v) in c.info.extra_fields() {
                let _ = write!(s, ", {}: {}", escape(&k), escape(&v));
            }
        }
        if let Some(ms) = run.footer.as_ref().map(|f| f.duration_ms) {
            let _ = write!(s, " · {:.1} s", ms / 1000.0);
        }
        about.push(s);
    }
    let _ = writeln!(out, "<sub>{}</sub>\n", about.join("<br>"));

    // The matrix.
    let _ = writeln!(out, "### By behaviour\n");
    let _ = write!(out, "| behaviour |");
    for t in &targets {
        let _ = write!(out, " `{}` |", code(t));
    }
    let _ = write!(out, "\n|:---|");
    for _ in &targets {
        out.push_str(":---|");
    }
    out.push('\n');
    let cells = results::matrix_cells(&report.records);
    let cell_text = |c: Option<&Cell>| match c {
        None => "-".to_string(),
        Some(c) => format!("{} {}", mark(c), c.render()).trim().to_string(),
    };
    for (b, per_target) in &cells {
        let _ = write!(out, "| {} |", escape(b));
        for t in &targets {
            let _ = write!(out, " {} |", cell_text(per_target.get(t.as_str())));
        }
        out.push('\n');
    }
    let _ = write!(out, "| **all scenarios** |");
    for t in &targets {
        let c = results::target_cell(&report.records, t);
        let _ = write!(out, " **{}** |", cell_text(Some(&c)));
    }
    out.push('\n');
    let legend = results::MATRIX_LEGEND
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let _ = writeln!(out, "\n<sub>{}</sub>\n", escape(&legend));

    // Failures, grouped by cause.
    let groups = results::group_failures(&report.records);
    if !groups.is_empty() {
        let runs: usize = groups.iter().map(Vec::len).sum();
        let _ = writeln!(
            out,
            "### Failures ({runs} run{}, {} cause{})\n",
            if runs == 1 { "" } else { "s" },
            groups.len(),
            if groups.len() == 1 { "" } else { "s" }
        );
        let mut budget = options.detail_budget;
        let mut cut = 0usize;
        for group in &groups {
            let first = group[0];
            let outcome = first.outcome.as_str().to_uppercase();
            let setup = if first.is_setup_failure() {
                " — setup failed"
            } else {
                ""
            };
            let what = if group.len() == 1 {
                format!(
                    "<code>{}</code> @ <code>{}</code>",
                    html(&first.id),
                    html(&first.target)
                )
            } else {
                format!(
                    "{} × <code>{}</code>",
                    group.len(),
                    html(&results::cause(first))
                )
            };
            let _ = writeln!(
                out,
                "<details><summary>{} <b>{outcome}</b> {what}{setup}</summary>\n",
                if first.is_setup_failure() {
                    "🔧"
                } else if first.outcome == crudspec_steps::driver::Outcome::Error {
                    "⚠️"
                } else {
                    "❌"
                }
            );
            if first.is_setup_failure() {
                let _ = writeln!(
                    out,
                    "Failed in {}, before the behaviour under test: says nothing about the behaviour.\n",
                    first.phase.map_or("setup", |p| p.as_str())
                );
            }
            let mut shown: Vec<&Record> = Vec::new();
            for r in group {
                let mut detail = String::new();
                let step = |x: &Record| x.step.as_ref().map(|s| (s.line, s.text.clone()));
                let same = shown
                    .iter()
                    .find(|s| s.message == r.message && s.diff == r.diff && step(s) == step(r));
                if let Some(s) = same {
                    let _ = writeln!(
                        detail,
                        "**`{}`** @ `{}` — the same message and diff as `{}` @ `{}`\n",
                        code(&r.id),
                        code(&r.target),
                        code(&s.id),
                        code(&s.target)
                    );
                } else {
                    failure(&mut detail, report, r);
                    shown.push(r);
                }
                if detail.len() <= budget {
                    budget -= detail.len();
                    out.push_str(&detail);
                } else {
                    budget = 0;
                    cut += 1;
                    let _ = writeln!(
                        out,
                        "- `{}` @ `{}` ({}:{})\n",
                        code(&r.id),
                        code(&r.target),
                        escape(&r.feature),
                        r.line
                    );
                }
            }
            let _ = writeln!(out, "</details>\n");
        }
        if cut > 0 {
            let _ = writeln!(
                out,
                "_{cut} failure{} listed by id only, to keep this summary small: the HTML report and the results stream hold every diff._\n",
                if cut == 1 { "" } else { "s" }
            );
        }
    }

    let advisories = results::render_advisories(&report.records);
    if !advisories.is_empty() {
        let n: usize = report.records.iter().map(|r| r.advisories.len()).sum();
        let _ = writeln!(
            out,
            "<details><summary>Advisories ({n}): checks that did not count on their target</summary>\n"
        );
        fenced(&mut out, "text", &advisories);
        let _ = writeln!(out, "\n</details>\n");
    }

    let _ = writeln!(out, "{}", escape(&results::render_totals(&report.totals())));
    out
}

/// One failure: id, target, place, name, step, message and diff.
fn failure(out: &mut String, report: &Report, r: &Record) {
    let _ = writeln!(
        out,
        "**`{}`** @ `{}` — {}:{} — {}",
        code(&r.id),
        code(&r.target),
        escape(&report.feature_rel(r)),
        r.line,
        escape(&r.name)
    );
    if let Some(step) = &r.step {
        let _ = writeln!(out, "<br>at line {}: `{}`", step.line, code(&step.text));
    }
    out.push('\n');
    if let Some(m) = &r.message {
        fenced(out, "text", m);
    }
    if let Some(d) = &r.diff {
        fenced(out, "diff", d);
    }
    out.push('\n');
}

/// Text for an inline code span: backticks and line breaks cannot appear there.
fn code(s: &str) -> String {
    s.replace('`', "'")
        .replace(['\n', '\r'], " ")
        .replace('|', "¦")
}

/// Text for an HTML element in a summary line.
fn html(s: &str) -> String {
    super::escape_html(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_and_cells_are_escaped() {
        assert_eq!(
            escape("a|b <script> *x* [l](u)\nnext"),
            "a&#124;b &lt;script&gt; \\*x\\* \\[l\\](u) next"
        );
        assert_eq!(code("a`b|c"), "a'b¦c");
    }

    #[test]
    fn past_the_budget_failures_are_listed_by_id() {
        let stream = crate::report::stream::parse_stream(
            std::path::Path::new("small.jsonl"),
            include_str!("../../tests/data/reports/small.jsonl"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let report = Report::from_streams(vec![stream]);
        let whole = render(&report, &Options::default());
        assert!(whole.contains("```diff"), "{whole}");
        assert!(!whole.contains("listed by id only"), "{whole}");
        let cut = render(&report, &Options { detail_budget: 0 });
        assert!(!cut.contains("```diff"), "{cut}");
        assert!(
            cut.contains("- `report-002` @ `reference` (features/prisma1/report.feature:18)"),
            "{cut}"
        );
        assert!(
            cut.contains("_10 failures listed by id only, to keep this summary small"),
            "{cut}"
        );
    }

    #[test]
    fn fences_outgrow_the_backticks_inside() {
        let mut out = String::new();
        fenced(&mut out, "text", "a ```` b");
        assert!(out.starts_with("`````text\n"), "{out}");
        assert!(out.ends_with("\n`````\n"), "{out}");
    }
}
