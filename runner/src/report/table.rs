//! `--format table`: what `crudspec run` prints at the end — the conformance matrix with its
//! legend, the failures grouped by cause, the advisories and the totals — rendered from the
//! stream(s). With several streams a line per stream names it first.

use super::Report;
use crate::results;
use std::fmt::Write as _;

pub fn render(report: &Report) -> String {
    let mut text = String::new();
    if report.runs.len() > 1 {
        for (i, run) in report.runs.iter().enumerate() {
            let names: Vec<&str> = report
                .columns
                .iter()
                .filter(|c| c.run == i)
                .map(|c| c.name.as_str())
                .collect();
            let _ = writeln!(
                text,
                "{}: crudspec {}, started {}, targets {}",
                run.path
                    .as_ref()
                    .map_or_else(|| "this run".to_string(), |p| p.display().to_string()),
                run.header.suite_version,
                run.header.started_at,
                names.join(", ")
            );
        }
        text.push('\n');
    }
    text.push_str(&results::render_console(
        &report.records,
        &report.target_names(),
    ));
    text.push_str(&results::render_totals(&report.totals()));
    if let Some(ms) = report.duration_ms() {
        let _ = write!(text, " in {:.1} s", ms / 1000.0);
    }
    text.push('\n');
    for note in report.incomplete() {
        let _ = writeln!(
            text,
            "{note}: the records are those of the runs that finished"
        );
    }
    text
}
