//! `--format junit`: JUnit XML as CI systems read it (GitLab, Jenkins, Azure, GitHub test
//! reporters). One `<testsuite>` per feature file (named by its path under the features
//! folder), one `<testcase>` per scenario and target (`name="<id> @ <target>"`, `classname` the
//! feature path with dots, `file` and `line`), and per outcome:
//!
//! | outcome | element |
//! |---|---|
//! | pass | none |
//! | fail | `<failure type="fail">` (or `type="setup"` for a setup failure): message, step, diff |
//! | error | `<error type="error">` (or `type="setup"`): message |
//! | n/a, skip, xfail | `<skipped message="…">` |
//!
//! A failing testcase also carries the request and the answer in `<system-out>`. Counts
//! (`tests`, `failures`, `errors`, `skipped`, `time` in seconds) are on every suite and on
//! `<testsuites>`. Characters XML 1.0 does not allow (control characters from a server's
//! answer) are written as `\u{..}`.

use super::Report;
use crate::results::{Category, Record};
use crudspec_steps::driver::Outcome;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// XML text with the five entities, line breaks as character references in attributes, and
/// the characters XML 1.0 cannot hold spelled out.
pub fn escape_xml(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' if attribute => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

fn secs(ms: f64) -> String {
    format!("{:.3}", ms / 1000.0)
}

#[derive(Default)]
struct Counts {
    tests: usize,
    failures: usize,
    errors: usize,
    skipped: usize,
    ms: f64,
}

impl Counts {
    fn add(&mut self, r: &Record) {
        self.tests += 1;
        self.ms += r.duration_ms;
        match r.outcome {
            Outcome::Fail => self.failures += 1,
            Outcome::Error => self.errors += 1,
            Outcome::Skip | Outcome::NotApplicable | Outcome::Xfail => self.skipped += 1,
            Outcome::Pass => {}
        }
    }

    fn attrs(&self) -> String {
        format!(
            "tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\"",
            self.tests,
            self.failures,
            self.errors,
            self.skipped,
            secs(self.ms)
        )
    }
}

pub fn render(report: &Report) -> String {
    let mut suites: BTreeMap<String, Vec<&Record>> = BTreeMap::new();
    for r in &report.records {
        suites.entry(report.feature_rel(r)).or_default().push(r);
    }
    let mut all = Counts::default();
    for r in &report.records {
        all.add(r);
    }
    let timestamp = report
        .runs
        .first()
        .map(|r| r.header.started_at.trim_end_matches('Z').to_string())
        .unwrap_or_default();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<testsuites name=\"crudspec\" {}>", all.attrs());
    for (feature, records) in &suites {
        let mut counts = Counts::default();
        for r in records {
            counts.add(r);
        }
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" {} timestamp=\"{}\">",
            escape_xml(feature, true),
            counts.attrs(),
            escape_xml(&timestamp, true)
        );
        let classname = feature
            .trim_end_matches(".feature")
            .replace(['/', '\\'], ".");
        for r in records {
            testcase(&mut out, r, &classname);
        }
        let _ = writeln!(out, "  </testsuite>");
    }
    out.push_str("</testsuites>\n");
    out
}

fn testcase(out: &mut String, r: &Record, classname: &str) {
    let _ = write!(
        out,
        "    <testcase name=\"{} @ {}\" classname=\"{}\" time=\"{}\" file=\"{}\" line=\"{}\"",
        escape_xml(&r.id, true),
        escape_xml(&r.target, true),
        escape_xml(classname, true),
        secs(r.duration_ms),
        escape_xml(&r.feature, true),
        r.line
    );
    let message = r.message.as_deref().unwrap_or("");
    let first_line = message.lines().next().unwrap_or("");
    let kind = if r.category() == Category::Setup {
        "setup"
    } else {
        r.outcome.as_str()
    };
    match r.outcome {
        Outcome::Pass => {
            out.push_str("/>\n");
            return;
        }
        Outcome::Skip | Outcome::NotApplicable | Outcome::Xfail => {
            let _ = writeln!(
                out,
                ">\n      <skipped message=\"{}: {}\"/>\n    </testcase>",
                r.outcome.as_str(),
                escape_xml(first_line, true)
            );
            return;
        }
        Outcome::Fail | Outcome::Error => {}
    }
    let element = if r.outcome == Outcome::Fail {
        "failure"
    } else {
        "error"
    };
    let mut body = String::new();
    if r.category() == Category::Setup {
        let _ = writeln!(
            body,
            "setup failed (in {}): says nothing about the behaviour under test",
            r.phase.map_or("setup", |p| p.as_str())
        );
    }
    if let Some(step) = &r.step {
        let _ = writeln!(body, "at line {}: {}", step.line, step.text);
    }
    body.push_str(message);
    if let Some(d) = &r.diff {
        let _ = write!(body, "\n\n{d}");
    }
    let _ = writeln!(
        out,
        ">\n      <{element} message=\"{}\" type=\"{kind}\">{}</{element}>",
        escape_xml(first_line, true),
        escape_xml(&body, false)
    );
    let mut evidence = String::new();
    if let Some(q) = &r.request {
        let _ = writeln!(
            evidence,
            "request ({}):\n{}",
            r.endpoint.as_deref().unwrap_or("-"),
            q.query.trim_end()
        );
        if let Some(v) = &q.variables {
            let _ = writeln!(evidence, "variables: {v}");
        }
    }
    if let Some(h) = &r.http {
        let _ = writeln!(evidence, "HTTP {}", h.status);
    }
    if let Some(resp) = &r.response {
        let text = serde_json::to_string_pretty(resp).unwrap_or_else(|_| resp.to_string());
        let _ = writeln!(evidence, "answer:\n{text}");
    }
    if !evidence.is_empty() {
        let _ = writeln!(
            out,
            "      <system-out>{}</system-out>",
            escape_xml(&evidence, false)
        );
    }
    out.push_str("    </testcase>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escaping_spells_out_what_xml_cannot_hold() {
        assert_eq!(
            escape_xml("a<b>&\"'\u{1}\u{1b}[0m\nz", false),
            "a&lt;b&gt;&amp;&quot;&apos;\\u{1}\\u{1b}[0m\nz"
        );
        assert_eq!(escape_xml("l1\nl2", true), "l1&#10;l2");
    }
}
