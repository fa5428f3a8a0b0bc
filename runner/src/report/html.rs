//! `--format html`: one self-contained page (inline CSS and script, no network asset; a
//! Content-Security-Policy forbids any, and lets only the page's own script run, by hash).
//!
//! - per target: passed/judged, a bar of outcomes, the counts;
//! - filters by outcome, behaviour, dialect, target and text (kept in the address's `#…`, so a
//!   filtered view can be linked: `report.html#o=fail,error&b=connect&d=prisma1&t=1&q=text`;
//!   `x=1` also opens the scenarios shown);
//! - the matrix (behaviours × targets) with coloured cells, recounted for the dialect and
//!   text filters; a click on a cell shows its scenarios;
//! - the failures grouped by cause as the terminal groups them, linked to the scenarios;
//! - per feature, per scenario (collapsed): its outcome per target, tags with the seed
//!   example it cites (`@seed:`) and the erratum it pins (`@erratum:`), its Gherkin text (cut
//!   from the feature file the record names when it can be read, else the record's name, tags
//!   and step), and per target: the message, the step, the diff, the expected answer (the
//!   failing step's docstring or table), the request, HTTP status and actual answer. An
//!   identical request and answer on a second target is shown once.
//!
//! Every text from the stream or a feature file is HTML-escaped (server answers included), so
//! the page is safe to open whatever the server answered. Long texts (an answer of megabytes)
//! are cut at [`CLIP`] bytes with a note; the stream keeps them whole. The whole suite on two
//! targets renders to well under 3 MB.

use super::gherkin::{FeatureText, Line};
use super::{CATEGORIES, Report, cell_state, escape_html as a, escape_text as e, passing};
use crate::results::{self, Category, Cell, Record};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;

const CSS: &str = include_str!("html.css");
const SCRIPT: &str = include_str!("html.js");

/// Longest text shown for one message, diff, request or answer.
pub const CLIP: usize = 64 * 1024;

/// The key of a category in classes and data attributes.
fn key(c: Category) -> &'static str {
    match c {
        Category::Pass => "pass",
        Category::Fail => "fail",
        Category::Setup => "setup",
        Category::Error => "error",
        Category::NotApplicable => "na",
        Category::Skip => "skip",
        Category::Xfail => "xfail",
    }
}

fn label(c: Category) -> &'static str {
    super::category_str(c)
}

fn clip(s: &str) -> String {
    if s.len() <= CLIP {
        return e(s);
    }
    let mut end = CLIP;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!(
        "{}\n<span class=\"cut\">… {} more bytes (the results stream holds the whole text)</span>",
        e(&s[..end]),
        s.len() - end
    )
}

/// `sha256-<base64>` of the script, for the Content-Security-Policy.
fn script_hash(script: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, script.as_bytes());
    format!("sha256-{}", base64(digest.as_ref()))
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The scenarios of the report, each with its runs per column.
struct Scenario<'a> {
    first: &'a Record,
    runs: Vec<(usize, &'a Record)>,
}

/// Feature files read once.
struct Features {
    cache: HashMap<PathBuf, Option<FeatureText>>,
}

/// The bytes of evidence (request, answer, expected, diff) still allowed: [`PASS_BUDGET`] for
/// passing runs, [`FAIL_BUDGET`] for the others. Past a budget a run's evidence is left out
/// with a note (the stream keeps it), so a run full of huge answers still gives a page a
/// browser opens.
struct Budget {
    pass_left: usize,
    other_left: usize,
}

/// Bytes of evidence shown for passing runs (the whole suite on two references uses ~0.3 MB).
pub const PASS_BUDGET: usize = 1024 * 1024;
/// Bytes of evidence shown for the runs that did not pass.
pub const FAIL_BUDGET: usize = 4 * 1024 * 1024;

impl Features {
    fn get(&mut self, report: &Report, r: &Record) -> Option<&FeatureText> {
        let path = report.feature_file(r)?;
        self.cache
            .entry(path)
            .or_insert_with_key(|p| {
                std::fs::read_to_string(p)
                    .ok()
                    .map(|t| FeatureText::new(&t))
            })
            .as_ref()
    }
}

pub fn render(report: &Report) -> String {
    let targets = report.target_names();
    let col: HashMap<&str, usize> = targets
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i))
        .collect();
    // Scenarios by id, ordered by feature file, line, id.
    let mut by_id: BTreeMap<&str, Scenario> = BTreeMap::new();
    for r in &report.records {
        let c = col.get(r.target.as_str()).copied().unwrap_or(0);
        by_id
            .entry(r.id.as_str())
            .or_insert_with(|| Scenario {
                first: r,
                runs: Vec::new(),
            })
            .runs
            .push((c, r));
    }
    let mut scenarios: Vec<Scenario> = by_id.into_values().collect();
    scenarios.sort_by(|a, b| {
        report
            .feature_rel(a.first)
            .cmp(&report.feature_rel(b.first))
            .then_with(|| a.first.line.cmp(&b.first.line))
            .then_with(|| a.first.id.cmp(&b.first.id))
    });
    for s in &mut scenarios {
        s.runs.sort_by_key(|(c, _)| *c);
    }

    let mut out = String::with_capacity(1 << 20);
    let title = format!("crudspec conformance — {}", targets.join(", "));
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src '{}'; img-src data:\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        script_hash(SCRIPT),
        e(&title)
    );
    header(&mut out, report, &targets, scenarios.len());
    filters(&mut out, report, &targets, &scenarios);
    matrix(&mut out, report, &targets);
    failures(&mut out, report);
    scenario_list(&mut out, report, &targets, &scenarios);
    let _ = write!(
        out,
        "<footer><p>{}</p><p>Rendered by crudspec report from the results stream{}; every text is \
         the stream's or the feature file's, escaped.</p></footer>\n<script>{SCRIPT}</script>\n\
         </body>\n</html>\n",
        e(&results::MATRIX_LEGEND
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")),
        if report.runs.len() == 1 { "" } else { "s" }
    );
    out
}

fn header(out: &mut String, report: &Report, targets: &[String], scenarios: usize) {
    let _ = writeln!(out, "<header>\n<h1>crudspec conformance</h1>");
    let mut meta = Vec::new();
    for run in &report.runs {
        let mut m = format!(
            "suite {} · started {}",
            e(&run.header.suite_version),
            e(&run.header.started_at)
        );
        if let Some(p) = &run.path {
            let _ = write!(m, " · <code>{}</code>", e(&p.display().to_string()));
        }
        if let Some(f) = &run.footer {
            let _ = write!(m, " · {:.1} s", f.duration_ms / 1000.0);
        }
        for (k, v) in run.header.extra_fields() {
            let _ = write!(m, " · {}: {}", e(&k), e(&v));
        }
        if let Some(filters) = run.header.filters.as_ref().and_then(Value::as_object) {
            for (k, v) in filters {
                if let Some(s) = v.as_str() {
                    let _ = write!(m, " · --{} <code>{}</code>", e(k), e(s));
                }
            }
        }
        meta.push(m);
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">{scenarios} scenarios · {}</p>",
        meta.join("<br>")
    );
    for note in report.incomplete() {
        let _ = writeln!(
            out,
            "<p class=\"warn\">{}: the records are those of the scenario runs that finished.</p>",
            e(&note)
        );
    }
    let _ = writeln!(out, "<div class=\"cards\">");
    for (i, t) in targets.iter().enumerate() {
        let cell = results::target_cell(&report.records, t);
        let state = cell_state(&cell).map_or("none", key);
        let _ = write!(
            out,
            "<div class=\"card k-{state}\" data-t=\"{i}\"><h2>{}</h2><div class=\"big\">{}</div>",
            e(t),
            e(&passing(&cell))
        );
        let total = cell.ran() + cell.not_applicable + cell.skip;
        let _ = write!(out, "<div class=\"bar\">");
        for (n, c) in counts(&cell) {
            if n > 0 && total > 0 {
                let _ = write!(
                    out,
                    "<i class=\"b-{}\" style=\"width:{:.2}%\" title=\"{n} {}\"></i>",
                    key(c),
                    n as f64 * 100.0 / total as f64,
                    label(c)
                );
            }
        }
        let _ = write!(out, "</div><ul class=\"counts\">");
        for (n, c) in counts(&cell) {
            if n > 0 {
                let _ = write!(
                    out,
                    "<li><span class=\"dot d-{}\"></span>{n} {}</li>",
                    key(c),
                    label(c)
                );
            }
        }
        let _ = write!(out, "</ul>");
        if let Some(info) = report.column(t).map(|c| &c.info) {
            let mut about = vec![e(&info.kind), e(&info.location)];
            if let Some(d) = &info.dialect {
                about.push(format!("dialect {}", e(d)));
            }
            for (k, v) in info.extra_fields() {
                about.push(format!("{}: {}", e(&k), e(&v)));
            }
            about.retain(|s| !s.is_empty());
            let _ = write!(out, "<p class=\"loc\">{}</p>", about.join(" · "));
            if let Some(a) = &info.adaptation {
                let _ = write!(
                    out,
                    "<details class=\"adapt\"><summary>adaptation</summary><pre>{}</pre></details>",
                    clip(&serde_json::to_string_pretty(a).unwrap_or_default())
                );
            }
        }
        let _ = writeln!(out, "</div>");
    }
    let _ = writeln!(out, "</div>\n</header>");
}

fn counts(c: &Cell) -> [(usize, Category); 7] {
    [
        (c.pass, Category::Pass),
        (c.fail, Category::Fail),
        (c.setup, Category::Setup),
        (c.error, Category::Error),
        (c.xfail, Category::Xfail),
        (c.not_applicable, Category::NotApplicable),
        (c.skip, Category::Skip),
    ]
}

fn filters(out: &mut String, report: &Report, targets: &[String], scenarios: &[Scenario]) {
    let _ = writeln!(out, "<nav id=\"filters\" aria-label=\"filters\">");
    let _ = write!(out, "<fieldset id=\"f-o\"><legend>outcome</legend>");
    let mut n_by_cat: HashMap<&str, usize> = HashMap::new();
    for r in &report.records {
        *n_by_cat.entry(key(r.category())).or_default() += 1;
    }
    for c in CATEGORIES {
        let n = n_by_cat.get(key(c)).copied().unwrap_or(0);
        let _ = write!(
            out,
            "<label class=\"ck{}\"><input type=\"checkbox\" value=\"{}\" checked><span class=\"dot d-{}\"></span>{} <small>{n}</small></label>",
            if n == 0 { " zero" } else { "" },
            key(c),
            key(c),
            label(c)
        );
    }
    let _ = write!(
        out,
        "<button type=\"button\" id=\"f-problems\" title=\"fail, setup, error\">problems only</button></fieldset>"
    );
    let behaviours: BTreeSet<&str> = report.records.iter().flat_map(|r| r.behaviours()).collect();
    let _ = write!(
        out,
        "<label>behaviour <select id=\"f-b\"><option value=\"\">all</option>"
    );
    for b in &behaviours {
        let _ = write!(out, "<option>{}</option>", e(b));
    }
    let _ = write!(out, "</select></label>");
    let dialects: BTreeSet<&str> = scenarios
        .iter()
        .map(|s| s.first.dialect.as_deref().unwrap_or(""))
        .collect();
    let _ = write!(
        out,
        "<label>dialect <select id=\"f-d\"><option value=\"\">all</option>"
    );
    for d in dialects.iter().filter(|d| !d.is_empty()) {
        let _ = write!(out, "<option>{}</option>", e(d));
    }
    let _ = write!(out, "</select></label>");
    let _ = write!(
        out,
        "<label>target <select id=\"f-t\"><option value=\"\">all</option>"
    );
    for (i, t) in targets.iter().enumerate() {
        let _ = write!(out, "<option value=\"{i}\">{}</option>", e(t));
    }
    let _ = write!(out, "</select></label>");
    let _ = write!(
        out,
        "<label>text <input type=\"search\" id=\"f-q\" placeholder=\"id, name, tag\"></label>\
         <button type=\"button\" id=\"f-reset\">reset</button>\
         <button type=\"button\" id=\"f-open\">expand shown</button>\
         <button type=\"button\" id=\"f-close\">collapse all</button>\
         <output id=\"f-n\">{} scenarios</output>\n</nav>\n",
        scenarios.len()
    );
}

fn matrix(out: &mut String, report: &Report, targets: &[String]) {
    let _ = write!(
        out,
        "<section id=\"matrix\"><h2>By behaviour</h2>\n<table class=\"mx\"><thead><tr><th>behaviour</th>"
    );
    for t in targets {
        let _ = write!(out, "<th>{}</th>", e(t));
    }
    let _ = writeln!(out, "</tr></thead><tbody>");
    let cells = results::matrix_cells(&report.records);
    let td = |out: &mut String, i: usize, c: Option<&Cell>| {
        let (state, text) = match c {
            None => ("none", "-".to_string()),
            Some(c) => (cell_state(c).map_or("none", key), c.render()),
        };
        let _ = write!(
            out,
            "<td class=\"c c-{state}\" data-t=\"{i}\">{}</td>",
            e(&text)
        );
    };
    for (b, per_target) in &cells {
        let _ = write!(
            out,
            "<tr data-b=\"{}\"><th><a href=\"#\" class=\"bl\">{}</a></th>",
            a(b),
            e(b)
        );
        for (i, t) in targets.iter().enumerate() {
            td(out, i, per_target.get(t.as_str()));
        }
        let _ = writeln!(out, "</tr>");
    }
    let _ = write!(out, "</tbody><tfoot><tr data-b=\"\"><th>all scenarios</th>");
    for (i, t) in targets.iter().enumerate() {
        td(out, i, Some(&results::target_cell(&report.records, t)));
    }
    let _ = writeln!(out, "</tr></tfoot></table></section>");
}

fn failures(out: &mut String, report: &Report) {
    let groups = results::group_failures(&report.records);
    if groups.is_empty() {
        return;
    }
    let runs: usize = groups.iter().map(Vec::len).sum();
    let _ = writeln!(
        out,
        "<section id=\"failures\"><h2>Failures <small>{runs} run{} · {} cause{}</small></h2><ul class=\"groups\">",
        if runs == 1 { "" } else { "s" },
        groups.len(),
        if groups.len() == 1 { "" } else { "s" }
    );
    for group in &groups {
        let first = group[0];
        let cat = first.category();
        let _ = write!(
            out,
            "<li><span class=\"o o-{}\">{}</span> ",
            key(cat),
            label(cat)
        );
        if group.len() > 1 {
            let _ = write!(out, "<b>{} ×</b> ", group.len());
        }
        let _ = write!(out, "<code>{}</code>", clip(&results::cause(first)));
        if first.is_setup_failure() {
            let _ = write!(
                out,
                " <span class=\"note\">setup failed (in {}): says nothing about the behaviour under test</span>",
                first.phase.map_or("setup", |p| p.as_str())
            );
        }
        let _ = write!(out, "<div class=\"ids\">");
        for (i, r) in group.iter().enumerate() {
            if i == 50 {
                let _ = write!(out, "<span>and {} more</span>", group.len() - 50);
                break;
            }
            let _ = write!(
                out,
                "<a href=\"#s-{}\">{} <small>@ {}</small></a> ",
                a(&r.id),
                e(&r.id),
                e(&r.target)
            );
        }
        let _ = writeln!(out, "</div></li>");
    }
    let _ = writeln!(out, "</ul></section>");
}

fn scenario_list(out: &mut String, report: &Report, targets: &[String], scenarios: &[Scenario]) {
    let mut features = Features {
        cache: HashMap::new(),
    };
    let mut budget = Budget {
        pass_left: PASS_BUDGET,
        other_left: FAIL_BUDGET,
    };
    let _ = writeln!(out, "<main id=\"scenarios\"><h2>Scenarios</h2>");
    let mut current: Option<String> = None;
    for s in scenarios {
        let rel = report.feature_rel(s.first);
        if current.as_deref() != Some(rel.as_str()) {
            if current.is_some() {
                let _ = writeln!(out, "</section>");
            }
            let title = features
                .get(report, s.first)
                .and_then(FeatureText::title)
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<section class=\"feature\"><h3>{} <small>{}</small></h3>",
                e(&title),
                e(&rel)
            );
            current = Some(rel);
        }
        scenario(out, report, targets, s, &mut features, &mut budget);
    }
    if current.is_some() {
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</main>");
}

fn scenario(
    out: &mut String,
    report: &Report,
    targets: &[String],
    s: &Scenario,
    features: &mut Features,
    budget: &mut Budget,
) {
    let r = s.first;
    let runs: Vec<String> = s
        .runs
        .iter()
        .map(|(c, r)| format!("{c}:{}", key(r.category())))
        .collect();
    let _ = write!(
        out,
        "<details class=\"sc\" id=\"s-{}\" data-b=\"{}\" data-d=\"{}\" data-r=\"{}\"><summary>",
        a(&r.id),
        a(&r.behaviours().join(" ")),
        a(r.dialect.as_deref().unwrap_or("")),
        runs.join(" ")
    );
    for (c, run) in &s.runs {
        let cat = run.category();
        let _ = write!(
            out,
            "<span class=\"o o-{}\" title=\"{}: {}\">{}</span>",
            key(cat),
            a(targets.get(*c).map_or("", String::as_str)),
            label(cat),
            label(cat)
        );
    }
    let _ = write!(
        out,
        " <code class=\"id\">{}</code> <span class=\"nm\">{}</span>",
        e(&r.id),
        e(&r.name)
    );
    for b in r.behaviours() {
        let _ = write!(out, " <span class=\"bh\">{}</span>", e(b));
    }
    let _ = write!(out, "</summary><div class=\"body\">");

    // Citations and tags.
    let tag_values = |prefix: &str| -> Vec<&str> {
        r.tags
            .iter()
            .filter_map(|t| t.strip_prefix(prefix))
            .collect()
    };
    let seeds = tag_values("@seed:");
    let errata = tag_values("@erratum:");
    if !seeds.is_empty() || !errata.is_empty() {
        let _ = write!(out, "<div class=\"cite\">");
        if !seeds.is_empty() {
            let _ = write!(
                out,
                "<p><b>Seed example</b> {}: the scenario transcribes this documented example.</p>",
                seeds
                    .iter()
                    .map(|s| format!("<span class=\"seed\">{}</span>", e(s)))
                    .collect::<Vec<_>>()
                    .join(" ")
            );
        }
        if !errata.is_empty() {
            let _ = write!(
                out,
                "<p><b>Erratum</b> {}: the document is wrong here; the scenario follows the real system.</p>",
                errata
                    .iter()
                    .map(|s| format!("<span class=\"err\">{}</span>", e(s)))
                    .collect::<Vec<_>>()
                    .join(" ")
            );
        }
        let _ = write!(out, "</div>");
    }
    let _ = write!(out, "<p class=\"tags\">");
    for t in &r.tags {
        let class = if t.starts_with("@seed:") {
            " seed"
        } else if t.starts_with("@erratum:") {
            " err"
        } else {
            ""
        };
        let _ = write!(out, "<span class=\"tag{class}\">{}</span> ", e(t));
    }
    let _ = write!(
        out,
        "<span class=\"where\">{}:{}</span></p>",
        e(&report.feature_rel(r)),
        r.line
    );

    // The Gherkin text.
    let failing: BTreeSet<usize> = s
        .runs
        .iter()
        .filter(|(_, r)| r.outcome.is_failure() || r.category() == Category::Xfail)
        .filter_map(|(_, r)| r.step.as_ref().map(|s| s.line))
        .collect();
    let feature = features.get(report, r);
    let cut = feature.and_then(|f| f.scenario(r.line));
    let values = cut.as_ref().map(|(_, v)| v.clone()).unwrap_or_default();
    match (feature, &cut) {
        (Some(f), Some((lines, _))) => {
            let _ = write!(out, "<pre class=\"gk\">");
            let bg = f.background();
            if !bg.is_empty() {
                gherkin(out, &bg, &failing, r.line);
                out.push('\n');
            }
            gherkin(out, lines, &failing, r.line);
            let _ = write!(out, "</pre>");
        }
        _ => {
            let _ = write!(
                out,
                "<p class=\"note\">The feature file is not at hand: what the record holds.</p><pre class=\"gk\">{}\n<b>Scenario:</b> {}",
                e(&r.tags.join(" ")),
                e(&r.name)
            );
            for (_, run) in &s.runs {
                if let Some(step) = &run.step {
                    let _ = write!(
                        out,
                        "\n  <mark>{}</mark>  <small>line {}</small>",
                        e(&step.text),
                        step.line
                    );
                    break;
                }
            }
            let _ = write!(out, "</pre>");
        }
    }

    // Per target.
    let mut shown: Vec<(String, usize)> = Vec::new();
    for (c, run) in &s.runs {
        let cat = run.category();
        let target = targets.get(*c).map_or("", String::as_str);
        let _ = write!(
            out,
            "<div class=\"run r-{}\"><p class=\"rh\"><span class=\"o o-{}\">{}</span> <b>{}</b>",
            key(cat),
            key(cat),
            label(cat),
            e(target)
        );
        if let Some(p) = run.phase {
            let _ = write!(out, " · in {}", p.as_str());
        }
        let _ = write!(out, " · {} ms", run.duration_ms);
        if let Some(ep) = &run.endpoint {
            let _ = write!(out, " · <span class=\"ep\">{}</span>", e(ep));
        }
        let _ = write!(out, "</p>");
        if run.is_setup_failure() {
            let _ = write!(
                out,
                "<p class=\"note\">Failed in {}, before the behaviour under test: says nothing about the behaviour.</p>",
                run.phase.map_or("setup", |p| p.as_str())
            );
        }
        if let Some(m) = &run.message {
            let _ = write!(out, "<pre class=\"msg\">{}</pre>", clip(m));
        }
        if let Some(step) = &run.step {
            let _ = write!(
                out,
                "<p class=\"at\">at line {}: <code>{}</code></p>",
                step.line,
                e(&step.text)
            );
        }
        for a in &run.advisories {
            let _ = write!(out, "<p class=\"adv\">advisory: {}</p>", e(a));
        }
        let mut panes = String::new();
        if let Some(d) = &run.diff {
            let _ = write!(
                panes,
                "<div class=\"pane wide\"><h4>Diff <small>− expected, + actual</small></h4><pre class=\"diff\">"
            );
            diff(&mut panes, d);
            let _ = write!(panes, "</pre></div>");
        }
        let expected = run
            .step
            .as_ref()
            .filter(|_| run.outcome.is_failure() || cat == Category::Xfail)
            .and_then(|step| {
                feature
                    .and_then(|f| f.argument(step.line, &values))
                    .map(|a| (step.line, a))
            });
        let evidence = evidence_key(run);
        let same_as = evidence.as_ref().and_then(|k| {
            shown
                .iter()
                .find(|(s, _)| s == k)
                .and_then(|(_, c)| targets.get(*c))
        });
        if let Some(t) = same_as.filter(|_| expected.is_none()) {
            let _ = write!(
                panes,
                "<p class=\"same\">Request and answer as on {}.</p>",
                e(t)
            );
        } else {
            if let Some(k) = evidence {
                shown.push((k, *c));
            }
            if let Some(q) = &run.request {
                let _ = write!(
                    panes,
                    "<div class=\"pane\"><h4>Request</h4><pre>{}</pre>",
                    clip(q.query.trim_end())
                );
                if let Some(v) = &q.variables {
                    let _ = write!(
                        panes,
                        "<h4>Variables</h4><pre>{}</pre>",
                        clip(&serde_json::to_string_pretty(v).unwrap_or_default())
                    );
                }
                if let Some(op) = &q.operation_name {
                    let _ = write!(panes, "<p>operation <code>{}</code></p>", e(op));
                }
                let _ = write!(panes, "</div>");
            }
            if let Some((line, text)) = &expected {
                let _ = write!(
                    panes,
                    "<div class=\"pane\"><h4>Expected <small>line {line}</small></h4><pre>{}</pre></div>",
                    clip(text)
                );
            }
            if run.response.is_some() || run.http.is_some() {
                let _ = write!(panes, "<div class=\"pane\"><h4>Actual answer");
                if let Some(h) = &run.http {
                    let _ = write!(panes, " <small>HTTP {}</small>", h.status);
                }
                let _ = write!(panes, "</h4>");
                if let Some(h) = run.http.as_ref().filter(|h| !h.headers.is_empty()) {
                    let _ = write!(panes, "<p class=\"hdrs\">");
                    for (k, v) in &h.headers {
                        let _ = write!(panes, "{}: {}<br>", e(k), e(v));
                    }
                    let _ = write!(panes, "</p>");
                }
                let body = match &run.response {
                    None => "(no answer)".to_string(),
                    Some(Value::String(raw)) => raw.clone(),
                    Some(v) => serde_json::to_string_pretty(v).unwrap_or_default(),
                };
                let _ = write!(panes, "<pre>{}</pre></div>", clip(&body));
            }
        }
        let passed = run.outcome == crudspec_steps::driver::Outcome::Pass;
        let left = if passed {
            &mut budget.pass_left
        } else {
            &mut budget.other_left
        };
        if panes.len() > *left {
            *left = 0;
            panes =
                "<p class=\"cut\">Request, answer and diff left out: the page keeps to its size \
                     budget. The results stream holds them.</p>"
                    .to_string();
        } else {
            *left -= panes.len();
        }
        if !panes.is_empty() {
            if passed {
                let _ = write!(
                    out,
                    "<details class=\"ev\"><summary>request and answer</summary><div class=\"panes\">{panes}</div></details>"
                );
            } else {
                let _ = write!(out, "<div class=\"panes\">{panes}</div>");
            }
        }
        let _ = write!(out, "</div>");
    }
    let _ = writeln!(out, "</div></details>");
}

/// The request, HTTP status and answer of a run, to show an identical one once.
fn evidence_key(r: &Record) -> Option<String> {
    if r.request.is_none() && r.response.is_none() {
        return None;
    }
    let q = r.request.as_ref().map(|q| {
        (
            q.query.as_str(),
            q.variables.as_ref(),
            q.operation_name.as_deref(),
        )
    });
    serde_json::to_string(&(q, r.http.as_ref().map(|h| h.status), &r.response)).ok()
}

fn diff(out: &mut String, d: &str) {
    let mut budget = CLIP;
    for l in d.lines() {
        if l.len() > budget {
            let _ = writeln!(
                out,
                "<span class=\"cut\">… the rest of the diff is in the results stream</span>"
            );
            return;
        }
        budget -= l.len();
        let class = if l.starts_with("---") || l.starts_with("+++") {
            "dh"
        } else if l.starts_with('-') {
            "dm"
        } else if l.starts_with('+') {
            "dp"
        } else {
            ""
        };
        if class.is_empty() {
            let _ = writeln!(out, "{}", e(l));
        } else {
            let _ = writeln!(out, "<span class=\"{class}\">{}</span>", e(l));
        }
    }
}

/// Gherkin lines with keywords in bold, tags and docstrings apart, the failing steps and the
/// outline row marked.
fn gherkin(out: &mut String, lines: &[Line], failing: &BTreeSet<usize>, row: usize) {
    let mut in_doc = false;
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let t = l.text.trim_start();
        let lead = &l.text[..l.text.len() - t.len()];
        if t.starts_with("\"\"\"") || t.starts_with("```") {
            if in_doc {
                let _ = write!(out, "{}</span>", e(&l.text));
            } else {
                let _ = write!(out, "<span class=\"ds\">{}", e(&l.text));
            }
            in_doc = !in_doc;
            continue;
        }
        if in_doc {
            out.push_str(&e(&l.text));
            continue;
        }
        let mark = failing.contains(&l.number) || (l.number == row && t.starts_with('|'));
        if mark {
            out.push_str("<mark>");
        }
        if t.starts_with('@') {
            let _ = write!(out, "{}<span class=\"tg\">{}</span>", lead, e(t));
        } else if let Some((kw, rest)) = keyword(t) {
            let _ = write!(out, "{}<b>{}</b>{}", lead, e(kw), e(rest));
        } else {
            out.push_str(&e(&l.text));
        }
        if mark {
            out.push_str("</mark>");
        }
    }
    if in_doc {
        out.push_str("</span>");
    }
}

fn keyword(t: &str) -> Option<(&str, &str)> {
    for kw in [
        "Scenario Outline:",
        "Scenario Template:",
        "Scenario:",
        "Example:",
        "Examples:",
        "Scenarios:",
        "Background:",
        "Feature:",
        "Rule:",
        "Given ",
        "When ",
        "Then ",
        "And ",
        "But ",
        "* ",
    ] {
        if let Some(rest) = t.strip_prefix(kw) {
            return Some((kw, rest));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_of_known_values() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        // RFC 6234 test vector, as a CSP hash.
        assert_eq!(
            script_hash("abc"),
            "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
    }

    #[test]
    fn huge_answers_keep_the_page_within_its_budget() {
        let mut stream = crate::report::stream::parse_stream(
            std::path::Path::new("small.jsonl"),
            include_str!("../../tests/data/reports/small.jsonl"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let originals = stream.records.clone();
        stream.records.clear();
        for i in 0..20 {
            for r in &originals {
                let mut r = r.clone();
                r.id = format!("{}-{i}", r.id);
                r.response = Some(Value::String("x".repeat(70 * 1024)));
                stream.records.push(r);
            }
        }
        let html = render(&Report::from_streams(vec![stream]));
        assert!(
            html.len() < PASS_BUDGET + FAIL_BUDGET + 1024 * 1024,
            "{} bytes",
            html.len()
        );
        assert!(html.contains("left out: the page keeps to its size"));
        assert!(html.contains("more bytes (the results stream holds the whole text)"));
    }

    #[test]
    fn a_long_text_is_clipped_on_a_char_boundary() {
        let s = "é".repeat(CLIP);
        let c = clip(&s);
        assert!(c.contains("more bytes"), "{}", &c[c.len() - 100..]);
        assert!(c.len() < CLIP + 200);
    }

    #[test]
    fn gherkin_lines_are_escaped_and_marked() {
        let lines = vec![
            Line {
                number: 1,
                text: "@id:x <b>".to_string(),
            },
            Line {
                number: 2,
                text: "  Then <script>".to_string(),
            },
            Line {
                number: 3,
                text: "    \"\"\"".to_string(),
            },
            Line {
                number: 4,
                text: "    Given </span><script>".to_string(),
            },
            Line {
                number: 5,
                text: "    \"\"\"".to_string(),
            },
        ];
        let mut out = String::new();
        gherkin(&mut out, &lines, &BTreeSet::from([2]), 0);
        assert_eq!(
            out,
            "<span class=\"tg\">@id:x &lt;b&gt;</span>\n<mark>  <b>Then </b>&lt;script&gt;</mark>\n\
             <span class=\"ds\">    \"\"\"\n    Given &lt;/span&gt;&lt;script&gt;\n    \"\"\"</span>"
        );
    }
}
