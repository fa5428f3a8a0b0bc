//! `crudspec report`, `crudspec run --report` and `crudspec compare`, end to end through the
//! binary.
//!
//! **Goldens.** `tests/data/reports/small.jsonl` is a small fixed stream: the scenarios of
//! `tests/data/reports/features/` (every outcome: pass, fail with a server answer full of
//! markup, one cause twice, setup, n/a, skip, xfail through an expected-failure list, an outline)
//! run on `reference` and `reference-http`, then made deterministic: fixed `started_at`,
//! `suite_version`, `suite_commit`, durations and loopback port, records in column order. Two
//! things the reference targets cannot produce are written in by the generator: a transport
//! `error` (report-010 on reference-http) and an advisory (report-001 on reference-http).
//! Every format rendered from it is pinned under `tests/data/reports/golden/` (badges in
//! `golden/badge/`), with the Markdown and text of `compare --left reference --right
//! reference-http` and the table of two streams.
//!
//! To regenerate the stream and every golden after an intended change:
//!
//! ```sh
//! CRUDSPEC_UPDATE_GOLDEN=1 cargo test -p crudspec --test integration -- report::
//! ```
//!
//! then review the diff of `tests/data/reports/`.
//!
//! **Also:** the JUnit output read back by a real XML parser (`roxmltree`), counts checked
//! against the elements; a malformed stream names file and line; `run --report` writes the same
//! views as `report` does from the run's stream, and appends Markdown to `$GITHUB_STEP_SUMMARY`;
//! `compare` on two runs of the whole suite where one expectation was flipped in a scratch copy
//! of the features names exactly that scenario and exits 1, two identical runs exit 0; the HTML
//! page of the whole suite on both references stays under 3 MB, and when `/usr/bin/chromium`
//! (or `$CRUDSPEC_CHROMIUM`) exists it is loaded in headless Chromium (its script runs under the
//! page's CSP, the filters and matrix work); without Chromium (or with `CRUDSPEC_CHROMIUM=none`)
//! that check prints a `SKIPPED` line on stderr and passes.

use crate::support::workspace;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

/// The binary, without the caller's `CRUDSPEC_*` and `GITHUB_STEP_SUMMARY` variables.
fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_crudspec"));
    for v in [
        "CRUDSPEC_TARGET",
        "CRUDSPEC_DIALECT",
        "CRUDSPEC_HEADERS",
        "CRUDSPEC_FIXTURE",
        "GITHUB_STEP_SUMMARY",
    ] {
        c.env_remove(v);
    }
    c
}

fn run(cmd: &mut Command) -> (Output, String, String) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run crudspec: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

/// A line on the test process's stderr that `cargo test` shows even for a passing test (the
/// print macros are captured, a direct write is not).
fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "report.rs: {line}");
}

/// Headless Chromium: `$CRUDSPEC_CHROMIUM` (`none` skips), else `/usr/bin/chromium` (Debian's
/// `chromium` package); `None`, with a line saying `what` is skipped, when there is none.
fn chromium(what: &str) -> Option<PathBuf> {
    let path = match std::env::var("CRUDSPEC_CHROMIUM") {
        Ok(p) if p == "none" => None,
        Ok(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => Some(PathBuf::from("/usr/bin/chromium")),
    };
    match path.filter(|p| p.exists()) {
        Some(p) => Some(p),
        None => {
            say(&format!(
                "SKIPPED: {what}: no Chromium (apt-get install chromium, or CRUDSPEC_CHROMIUM=PATH)"
            ));
            None
        }
    }
}

fn reports_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reports")
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("crudspec-report-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap_or_else(|e| panic!("{e}"));
    d
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn updating() -> bool {
    std::env::var_os("CRUDSPEC_UPDATE_GOLDEN").is_some_and(|v| !v.is_empty() && v != "0")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name()))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

/// A fixtures folder with the workspace's profiles and data models and `xfail` lists.
fn fixtures_with_xfail(dir: &Path, xfail: &[(&str, &str)]) -> PathBuf {
    let fixtures = dir.join("fixtures");
    for sub in ["profiles", "datamodels"] {
        copy_dir(&workspace().join("fixtures").join(sub), &fixtures.join(sub));
    }
    for (target, ids) in xfail {
        write(&fixtures.join("xfail").join(format!("{target}.txt")), ids);
    }
    fixtures
}

/// Regenerates `small.jsonl` (see the module doc).
fn regenerate_small_stream() {
    let dir = temp("regenerate");
    let fixtures = fixtures_with_xfail(&dir, &[("reference", "report-009\n")]);
    let raw = dir.join("raw.jsonl");
    let (out, stdout, stderr) = run(bin()
        .current_dir(reports_dir())
        .args(["run", "-q", "--features", "features", "--fixtures"])
        .arg(&fixtures)
        .args([
            "--target",
            "reference",
            "--target",
            "reference-http",
            "--out",
        ])
        .arg(&raw));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    // The expected-failure list is named by its path: the scratch folder's, made stable.
    let raw_text = read(&raw).replace(&fixtures.display().to_string(), "fixtures");
    let mut lines: Vec<Value> = raw_text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let port = regex::Regex::new(r"127\.0\.0\.1:\d+").unwrap_or_else(|e| panic!("{e}"));
    let feature = read(&reports_dir().join("features/prisma1/report.feature"));
    let when_010 = feature
        .lines()
        .enumerate()
        .skip_while(|(_, l)| !l.contains("@id:report-010"))
        .find(|(_, l)| l.trim() == "When executing:")
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("report-010 has no When"));
    for l in &mut lines {
        match l["type"].as_str() {
            Some("header") => {
                l["started_at"] = "2026-01-01T00:00:00Z".into();
                l["suite_version"] = "0.0.0".into();
                if l.get("suite_commit").is_some() {
                    l["suite_commit"] = "0000000".into();
                }
            }
            Some("scenario") => {
                l["duration_ms"] = 1.5.into();
                if let Some(ep) = l["endpoint"].as_str() {
                    l["endpoint"] = port.replace_all(ep, "127.0.0.1:4466").into_owned().into();
                }
                let on_http = l["target"] == "reference-http";
                if l["id"] == "report-010" && on_http {
                    l["outcome"] = "error".into();
                    l["phase"] = "operation".into();
                    l["message"] = "cannot connect to http://127.0.0.1:4466/: connection refused (os error 111)".into();
                    l["step"] = serde_json::json!({"line": when_010, "text": "When executing:"});
                    l["http"] = Value::Null;
                    l["response"] = Value::Null;
                }
                if l["id"] == "report-001" && on_http {
                    l["advisories"] = serde_json::json!([
                        "error message: expected it to contain \"No Node\", got \"Record not found\" (message checks are advisory on this target)"
                    ]);
                }
            }
            _ => {}
        }
    }
    let header = lines.remove(0);
    lines.pop();
    let targets = ["reference", "reference-http"];
    lines.sort_by_key(|l| {
        (
            targets.iter().position(|t| l["target"] == *t),
            l["feature"].as_str().unwrap_or_default().to_string(),
            l["line"].as_u64(),
            l["id"].as_str().unwrap_or_default().to_string(),
        )
    });
    let mut totals = serde_json::json!({"pass": 0, "fail": 0, "error": 0, "skip": 0, "n/a": 0, "xfail": 0, "total": 0, "setup": 0});
    for l in &lines {
        let o = l["outcome"].as_str().unwrap_or_default();
        totals[o] = (totals[o].as_u64().unwrap_or(0) + 1).into();
        totals["total"] = (totals["total"].as_u64().unwrap_or(0) + 1).into();
        if (o == "fail" || o == "error") && (l["phase"] == "setup" || l["phase"] == "count") {
            totals["setup"] = (totals["setup"].as_u64().unwrap_or(0) + 1).into();
        }
    }
    let footer = serde_json::json!({"type": "footer", "totals": totals, "duration_ms": 100.0, "success": false, "interrupted": false});
    let mut text = String::new();
    for l in std::iter::once(&header).chain(&lines).chain([&footer]) {
        text.push_str(&serde_json::to_string(l).unwrap_or_default());
        text.push('\n');
    }
    write(&reports_dir().join("small.jsonl"), &text);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Compares `actual` with the golden file (or writes it when updating).
fn golden(name: &str, actual: &str) {
    let path = reports_dir().join("golden").join(name);
    if updating() {
        write(&path, actual);
        return;
    }
    let expected = read(&path);
    if expected != actual {
        let at = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the rendering at line {}:\n  golden: {:?}\n  now:    {:?}\n\
             (CRUDSPEC_UPDATE_GOLDEN=1 cargo test -p crudspec --test integration -- report:: regenerates it)",
            path.display(),
            at + 1,
            expected.lines().nth(at),
            actual.lines().nth(at)
        );
    }
}

/// `crudspec <args>` in `tests/data/reports`, expecting exit code `code`; its stdout.
fn crudspec_in_reports(args: &[&str], code: i32) -> String {
    let (out, stdout, stderr) = run(bin().current_dir(reports_dir()).args(args));
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}\n{stdout}\n{stderr}"
    );
    stdout
}

#[test]
fn goldens_pin_every_format_on_the_small_stream() {
    if updating() {
        regenerate_small_stream();
    }
    for (format, file) in [
        ("table", "small.table.txt"),
        ("markdown", "small.md"),
        ("html", "small.html"),
        ("junit", "small.junit.xml"),
    ] {
        let text = crudspec_in_reports(&["report", "small.jsonl", "--format", format], 0);
        golden(file, &text);
    }
    // Badges: a folder, one file per target.
    let dir = temp("badges");
    let (out, _, stderr) = run(bin()
        .current_dir(reports_dir())
        .args(["report", "small.jsonl", "--format", "badge", "--out"])
        .arg(dir.join("badges")));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    for target in ["reference", "reference-http"] {
        let text = read(&dir.join("badges").join(format!("{target}.json")));
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(v["schemaVersion"], 1);
        assert_eq!(v["label"], format!("crudspec {target}"));
        golden(&format!("badge/{target}.json"), &text);
    }
    // A single .json file is refused for two targets.
    let (out, _, stderr) = run(bin()
        .current_dir(reports_dir())
        .args(["report", "small.jsonl", "--format", "badge", "--out"])
        .arg(dir.join("one.json")));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("2 targets give 2 badges"), "{stderr}");
    // Two streams: four columns, the second stream's named after its file.
    let text = crudspec_in_reports(&["report", "small.jsonl", "small.jsonl"], 0);
    assert!(text.contains("reference (small)"), "{text}");
    golden("two-streams.table.txt", &text);
    // compare, two targets of one run.
    let text = crudspec_in_reports(
        &[
            "compare",
            "small.jsonl",
            "--left",
            "reference",
            "--right",
            "reference-http",
        ],
        1,
    );
    golden("small.compare.txt", &text);
    let text = crudspec_in_reports(&["compare", "small.jsonl", "--format", "markdown"], 1);
    golden("small.compare.md", &text);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_table_is_what_run_printed() {
    // The stream's run printed the same matrix and failures (durations aside).
    let table = read(&reports_dir().join("golden/small.table.txt"));
    assert!(table.contains(
        "all scenarios  5/10 · 3 fail · 1 setup · 1 xfail · 1 n/a · 1 skip  4/10 · 4 fail · 1 setup · 1 error · 1 n/a · 1 skip"
    ), "{table}");
    assert!(
        table.contains("FAIL 4 × data.createUser.posts[#].title: expected \"…\", got \"…\""),
        "{table}"
    );
    assert!(
        table.contains("ERROR report-010 @ reference-http"),
        "{table}"
    );
    assert!(
        table.contains("advisories (1; checks that did not count"),
        "{table}"
    );
}

#[test]
fn junit_reads_back_with_consistent_counts() {
    let xml = crudspec_in_reports(&["report", "small.jsonl", "--format", "junit"], 0);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("not XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let num = |n: roxmltree::Node, a: &str| -> usize {
        n.attribute(a)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{a} missing on {:?}", n.tag_name()))
    };
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let names: Vec<&str> = suites.iter().filter_map(|s| s.attribute("name")).collect();
    assert_eq!(
        names,
        vec!["graphcms/report.feature", "prisma1/report.feature"]
    );
    let mut all = [0usize; 4];
    for s in &suites {
        let cases: Vec<_> = s
            .children()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        let with = |tag: &str| {
            cases
                .iter()
                .filter(|c| c.children().any(|k| k.has_tag_name(tag)))
                .count()
        };
        let counts = [cases.len(), with("failure"), with("error"), with("skipped")];
        assert_eq!(
            counts,
            [
                num(*s, "tests"),
                num(*s, "failures"),
                num(*s, "errors"),
                num(*s, "skipped")
            ],
            "{:?}",
            s.attribute("name")
        );
        for (a, b) in all.iter_mut().zip(counts) {
            *a += b;
        }
        for c in &cases {
            let name = c.attribute("name").unwrap_or_default();
            assert!(name.contains(" @ reference"), "{name}");
            assert!(
                c.attribute("classname")
                    .is_some_and(|n| n.ends_with(".report"))
            );
            assert!(
                c.attribute("time")
                    .is_some_and(|t| t.parse::<f64>().is_ok())
            );
        }
    }
    // 24 runs: 7 failures (fail), 3 errors (2 setup, 1 transport), 5 skipped (2 n/a, 2 skip, 1 xfail).
    assert_eq!(all, [24, 7, 3, 5]);
    assert_eq!(
        [
            num(root, "tests"),
            num(root, "failures"),
            num(root, "errors"),
            num(root, "skipped")
        ],
        all
    );
    // A failure carries the diff, with the server's markup as text.
    let failure = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("failure")
                && n.parent()
                    .and_then(|p| p.attribute("name"))
                    .is_some_and(|a| a == "report-002 @ reference")
        })
        .unwrap_or_else(|| panic!("no failure for report-002"));
    let text = failure.text().unwrap_or_default();
    assert!(
        text.contains(
            "+     \"username\": \"<script>alert(1)</script><img src=x onerror=alert(2)>\""
        ),
        "{text}"
    );
    assert_eq!(failure.attribute("type"), Some("fail"));
    let setup = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("error")
                && n.parent()
                    .and_then(|p| p.attribute("name"))
                    .is_some_and(|a| a == "report-005 @ reference")
        })
        .unwrap_or_else(|| panic!("no error for report-005"));
    assert_eq!(setup.attribute("type"), Some("setup"));
}

#[test]
fn the_html_page_escapes_server_answers_and_loads_nothing() {
    let html = crudspec_in_reports(&["report", "small.jsonl", "--format", "html"], 0);
    // One script element (the page's own), no markup from the stream.
    assert_eq!(html.matches("<script").count(), 1, "script elements");
    assert!(!html.contains("<img"), "an <img> from the answer");
    assert!(
        !html.contains("</pre><b>not this"),
        "the expectation's markup"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
    );
    for remote in ["src=\"http", "href=\"http", "url(", "@import", "src=\"//"] {
        assert!(!html.contains(remote), "a network asset: {remote}");
    }
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    // Citations, Gherkin from the feature file, an outline row with its values.
    assert!(html.contains("<b>Seed example</b> <span class=\"seed\">E-002-1</span>"));
    assert!(html.contains("<b>Erratum</b> <span class=\"err\">ERR-002-1</span>"));
    assert!(html.contains("<b>Scenario Outline:</b> an outline row per username (two)"));
    assert!(html.contains("{\"createUser\": {\"username\": \"bob\"}}"));
    assert!(html.contains("<h4>Expected <small>line "));
}

#[test]
fn a_malformed_stream_is_named_by_file_and_line() {
    let dir = temp("malformed");
    let good = read(&reports_dir().join("small.jsonl"));
    let mut lines: Vec<&str> = good.lines().collect();
    lines[2] = "{\"type\": \"scenario\", \"id\": \"x\"";
    let bad = dir.join("bad.jsonl");
    write(&bad, &lines.join("\n"));
    for args in [vec!["report"], vec!["compare"]] {
        let (out, stdout, stderr) = run(bin().args(&args).arg(&bad));
        assert_eq!(out.status.code(), Some(2), "{stdout}\n{stderr}");
        assert!(
            stderr.contains(&format!("{}:3: not a JSON document", bad.display())),
            "{stderr}"
        );
    }
    lines[2] = "{\"type\": \"scenario\", \"id\": \"x\"}";
    write(&bad, &lines.join("\n"));
    let (out, _, stderr) = run(bin().arg("report").arg(&bad));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.contains(":3: not a valid scenario record: missing field"),
        "{stderr}"
    );
    let (out, _, stderr) = run(bin().args(["report", "--format", "pdf"]).arg(&bad));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("invalid value 'pdf'"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn run_writes_its_reports_and_the_step_summary() {
    let dir = temp("run-reports");
    let fixtures = fixtures_with_xfail(&dir, &[("reference", "report-009\n")]);
    let summary = dir.join("summary.md");
    write(&summary, "earlier step\n");
    let (out, stdout, stderr) = run(bin()
        .current_dir(reports_dir())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["run", "-q", "--features", "features", "--fixtures"])
        .arg(&fixtures)
        .args([
            "--target",
            "reference",
            "--target",
            "reference-http",
            "--out",
        ])
        .arg(dir.join("r.jsonl"))
        .arg("--report")
        .arg(format!("markdown={}", dir.join("out/r.md").display()))
        .arg("--report")
        .arg(format!("junit={}", dir.join("out/r.xml").display()))
        .arg("--report")
        .arg(format!("html={}", dir.join("out/r.html").display()))
        .arg("--report")
        .arg(format!("badge={}", dir.join("badges").display())));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    // The same views as `report` renders from the stream the run wrote.
    for (format, file) in [("markdown", "out/r.md"), ("junit", "out/r.xml")] {
        let (o, from_stream, e) = run(bin()
            .current_dir(reports_dir())
            .args(["report", "--format", format])
            .arg(dir.join("r.jsonl")));
        assert_eq!(o.status.code(), Some(0), "{e}");
        assert_eq!(read(&dir.join(file)), from_stream, "{format}");
    }
    let html = read(&dir.join("out/r.html"));
    assert!(html.contains("report-002"), "html");
    assert!(dir.join("badges/reference-http.json").is_file());
    let s = read(&summary);
    assert!(
        s.starts_with("earlier step\n## crudspec conformance\n"),
        "{s}"
    );
    assert!(s.contains("<details><summary>❌ <b>FAIL</b>"), "{s}");
    // A report format is checked before anything runs.
    let (out, _, stderr) = run(bin().args(["run", "--report", "pdf=x.pdf"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("unknown report format `pdf`"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The whole suite, on `targets`, from `features`; the stream's path.
fn whole_suite(dir: &Path, name: &str, features: &Path, targets: &[&str]) -> PathBuf {
    let out_file = dir.join(format!("{name}.jsonl"));
    let mut cmd = bin();
    cmd.current_dir(dir)
        .args(["run", "-q", "--features"])
        .arg(features)
        .arg("--fixtures")
        .arg(workspace().join("fixtures"))
        .arg("--out")
        .arg(&out_file);
    for t in targets {
        cmd.args(["--target", t]);
    }
    let (out, stdout, stderr) = run(&mut cmd);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{name}: {stdout}\n{stderr}"
    );
    out_file
}

#[test]
fn compare_names_exactly_the_flipped_scenario() {
    let dir = temp("compare");
    let (a, b) = (dir.join("a/features"), dir.join("b/features"));
    copy_dir(&workspace().join("features"), &a);
    copy_dir(&workspace().join("features"), &b);
    let file = b.join("prisma1/top_level/create.feature");
    let text = read(&file);
    let expectation = r#"{"createPost": {"id": "<id>", "slug": "my-great-vacation"}}"#;
    assert_eq!(
        text.matches(expectation).count(),
        1,
        "the expectation to flip"
    );
    write(
        &file,
        &text.replace(
            expectation,
            r#"{"createPost": {"id": "<id>", "slug": "not-my-vacation"}}"#,
        ),
    );
    let base = whole_suite(&dir, "base", &a, &["reference"]);
    let again = whole_suite(&dir, "again", &a, &["reference"]);
    let flipped = whole_suite(&dir, "flipped", &b, &["reference"]);

    let (out, stdout, stderr) = run(bin().arg("compare").arg(&base).arg(&flipped));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    let section: Vec<&str> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("regressions:"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("    "))
        .collect();
    assert_eq!(section.len(), 1, "{stdout}");
    assert!(
        section[0].starts_with("  prisma1-top-002 @ reference  pass → fail"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n1 regression, 0 fixes, 0 other changes, 0 added, 0 removed"),
        "{stdout}"
    );
    let (out, md, _) = run(bin()
        .arg("compare")
        .arg(&base)
        .arg(&flipped)
        .args(["--format", "markdown"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        md.contains("| `prisma1-top-002 @ reference` | pass | fail |"),
        "{md}"
    );

    let (out, stdout, stderr) = run(bin().arg("compare").arg(&base).arg(&again));
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("\n0 regressions, 0 fixes, 0 other changes, 0 added, 0 removed"),
        "{stdout}"
    );
    // The other way round the flip is a fix.
    let (out, stdout, _) = run(bin().arg("compare").arg(&flipped).arg(&base));
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("\n0 regressions, 1 fix,"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_whole_suite_page_is_small_and_works_in_a_browser() {
    let dir = temp("whole");
    let stream = whole_suite(
        &dir,
        "r",
        &workspace().join("features"),
        &["reference", "reference-http"],
    );
    let page = dir.join("report.html");
    let started = Instant::now();
    let (out, _, stderr) = run(bin()
        .current_dir(workspace())
        .arg("report")
        .arg(&stream)
        .args(["--format", "html", "--out"])
        .arg(&page));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let rendered = started.elapsed();
    let size = std::fs::metadata(&page).map(|m| m.len()).unwrap_or(0);
    say(&format!(
        "whole-suite HTML: {size} bytes, rendered in {:.2} s",
        rendered.as_secs_f64()
    ));
    let html = read(&page);
    let scenarios = html.matches("<details class=\"sc\"").count();
    assert!(scenarios > 400, "{scenarios} scenarios");
    // Small: the page grows with the suite, so the bound is per scenario (each with its two
    // targets' outcomes, its Gherkin and its evidence); about 3.8 KB measured.
    let per_scenario = 4_500;
    assert!(
        size < (scenarios as u64) * per_scenario,
        "{size} bytes for {scenarios} scenarios (over {per_scenario} bytes each)"
    );
    // The Gherkin came from the feature files.
    assert!(html.matches("<pre class=\"gk\">").count() == scenarios);
    assert!(!html.contains("The feature file is not at hand"));

    let Some(chromium) = chromium("the headless browser check of the whole-suite HTML report")
    else {
        let _ = std::fs::remove_dir_all(&dir);
        return;
    };
    let chromium = chromium.as_path();
    let dom = |fragment: &str| -> String {
        let profile = dir.join(format!("profile-{}", fragment.len()));
        let url = format!("file://{}{fragment}", page.display());
        let (out, stdout, stderr) = run(Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--virtual-time-budget=5000",
                "--dump-dom",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(&url));
        assert!(out.status.success(), "chromium: {stderr}");
        stdout
    };
    let all = dom("");
    assert!(
        all.contains("data-ready=\"1\""),
        "the page's script did not run (CSP?)"
    );
    assert!(
        all.contains(&format!(
            "<output id=\"f-n\">{scenarios} of {scenarios} scenarios</output>"
        )),
        "the filters' count"
    );
    assert!(all.contains("<table class=\"mx\">"));
    // Filtered by the address: the GraphCMS scenarios only, the matrix recounted for them.
    let graphcms = html.matches("data-d=\"graphcms\"").count();
    let filtered = dom("#d=graphcms");
    assert!(
        filtered.contains(&format!(
            "<output id=\"f-n\">{graphcms} of {scenarios} scenarios</output>"
        )),
        "dialect filter"
    );
    assert!(
        filtered.contains(&format!(
            "<td class=\"c c-pass\" data-t=\"0\">{graphcms}/{graphcms}</td>"
        )),
        "the matrix's total row for graphcms"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_small_page_filters_failures_in_a_browser() {
    let Some(chromium) = chromium("the headless browser check of the small HTML report") else {
        return;
    };
    let dir = temp("small-browser");
    let page = dir.join("small.html");
    write(
        &page,
        &crudspec_in_reports(&["report", "small.jsonl", "--format", "html"], 0),
    );
    let url = format!("file://{}#o=fail&b=create", page.display());
    let (out, dom, stderr) = run(Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(&url));
    assert!(out.status.success(), "{stderr}");
    assert!(dom.contains("data-ready=\"1\""), "script did not run");
    // create: report-001, -002, -006 ×2, -007, -008, report-graphcms-001; failing: report-002.
    assert!(
        dom.contains("<output id=\"f-n\">1 of 12 scenarios</output>"),
        "{}",
        &dom[..dom.len().min(3000)]
    );
    let visible: Vec<&str> = dom
        .split("<details class=\"sc\"")
        .skip(1)
        .filter(|d| !d.split('>').next().unwrap_or_default().contains("hidden"))
        .collect();
    assert_eq!(visible.len(), 1);
    assert!(visible[0].contains("id=\"s-report-002\""), "{}", visible[0]);
    // The script put no markup from the answer into the page.
    assert!(!dom.contains("<img src=\"x\""));
    let _ = std::fs::remove_dir_all(&dir);
}
