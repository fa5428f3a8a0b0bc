//! `crudspec list`: one line per scenario (expanded outlines included): id, name and tags.

use crudspec_steps::suite::{Filter, ScenarioSpec};
use std::fmt::Write as _;

/// The scenarios the filter accepts, in suite order.
pub fn select<'a>(scenarios: &'a [ScenarioSpec], filter: &Filter) -> Vec<&'a ScenarioSpec> {
    scenarios.iter().filter(|s| filter.accepts(s)).collect()
}

/// The listing of the selected scenarios: id (padded), name, tags other than `@id`.
pub fn render(selected: &[&ScenarioSpec]) -> String {
    let width = selected
        .iter()
        .map(|s| s.label().chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for s in selected {
        let tags: Vec<String> = s
            .tags
            .iter()
            .filter(|t| !t.starts_with("id:"))
            .map(|t| format!("@{t}"))
            .collect();
        let _ = writeln!(out, "{:<width$}  {}  {}", s.label(), s.name, tags.join(" "));
    }
    out
}
