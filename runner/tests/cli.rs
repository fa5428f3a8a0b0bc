//! End-to-end tests of the `crudspec` binary on the small feature files under `tests/data/`:
//! a wrong expectation names the JSON path; lint reports file:line for an unknown step, a
//! duplicate @id and GraphQL that does not validate; an unreachable or silent endpoint gives
//! `error` with its cause within the timeout; expected-failure lists; the results stream
//! validates against `fixtures/schema/results.schema.json`; `serve` rejects a bad data model;
//! a live endpoint (`crudspec serve`) named in a target config runs its fixture's scenarios.

use serde_json::Value;
use std::io::Read as _;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crudspec"))
}

fn data(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(dir)
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("crudspec-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap_or_else(|e| panic!("{e}"));
    d
}

fn run(cmd: &mut Command) -> (Output, String, String) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run crudspec: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

fn read_stream(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn validate_stream(lines: &[Value]) {
    let schema_path = workspace().join("fixtures/schema/results.schema.json");
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(&schema_path).unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("schema: {e}"));
    for (i, line) in lines.iter().enumerate() {
        let errors: Vec<String> = validator
            .iter_errors(line)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "line {}: {errors:?}\n{line}", i + 1);
    }
    assert_eq!(
        lines.first().and_then(|l| l["type"].as_str()),
        Some("header")
    );
    assert_eq!(
        lines.last().and_then(|l| l["type"].as_str()),
        Some("footer")
    );
    assert!(
        lines[1..lines.len() - 1]
            .iter()
            .all(|l| l["type"] == "scenario")
    );
}

fn record<'a>(lines: &'a [Value], id: &str, target: &str) -> &'a Value {
    lines
        .iter()
        .find(|l| l["id"] == id && l["target"] == target)
        .unwrap_or_else(|| panic!("no record {id} @ {target}"))
}

#[test]
fn a_wrong_expectation_fails_with_a_diff_naming_the_json_path() {
    let (out, stdout, stderr) = run(bin()
        .args([
            "run",
            "--quiet",
            "--target",
            "reference",
            "--name",
            "^test-run-001$",
            "--features",
        ])
        .arg(data("run")));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(
        stdout.contains(r#"data.createUser.posts[1].title: expected "c", got "b""#),
        "{stdout}"
    );
    assert!(stdout.contains(r#"-         "title": "c""#), "{stdout}");
    assert!(stdout.contains(r#"+         "title": "b""#), "{stdout}");
    assert!(stdout.contains("FAIL test-run-001 @ reference"), "{stdout}");
}

#[test]
fn the_results_stream_validates_against_the_schema() {
    let dir = temp("stream");
    let out_file = dir.join("results.jsonl");
    let (out, stdout, stderr) = run(bin()
        .args([
            "run",
            "--quiet",
            "--target",
            "reference",
            "--target",
            "reference-http",
            "--features",
        ])
        .arg(data("run"))
        .arg("--out")
        .arg(&out_file));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    let lines = read_stream(&out_file);
    validate_stream(&lines);
    for target in ["reference", "reference-http"] {
        assert_eq!(record(&lines, "test-run-001", target)["outcome"], "fail");
        assert!(
            record(&lines, "test-run-001", target)["diff"]
                .as_str()
                .is_some_and(|d| d.contains("\"c\""))
        );
        assert_eq!(record(&lines, "test-run-002", target)["outcome"], "pass");
        assert_eq!(record(&lines, "test-run-003", target)["outcome"], "pass");
        assert_eq!(
            record(&lines, "test-run-004[one]", target)["outcome"],
            "pass"
        );
        assert_eq!(
            record(&lines, "test-run-004[two]", target)["outcome"],
            "pass"
        );
        assert_eq!(record(&lines, "test-run-005", target)["outcome"], "n/a");
        assert_eq!(record(&lines, "test-run-006", target)["outcome"], "skip");
    }
    let last = record(&lines, "test-run-002", "reference-http");
    assert!(
        last["endpoint"]
            .as_str()
            .is_some_and(|e| e.starts_with("http://127.0.0.1:")),
        "{last}"
    );
    assert_eq!(last["response"]["data"]["user"]["username"], "u");
    let footer = lines.last().unwrap_or_else(|| unreachable!());
    assert_eq!(footer["totals"]["total"], 14);
    assert_eq!(footer["totals"]["fail"], 2);
    assert_eq!(footer["success"], false);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lint_reports_unknown_steps_duplicate_ids_and_invalid_graphql_with_file_and_line() {
    let (out, stdout, stderr) = run(bin()
        .args([
            "lint",
            "--inventory",
            "/nonexistent/inventory.md",
            "--catalogue",
            "/nonexistent/cat.md",
            "--features",
        ])
        .arg(data("lint")));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    let has = |suffix: &str| {
        stdout
            .lines()
            .any(|l| l.contains("bad.feature:") && l.contains(suffix))
    };
    assert!(
        has("bad.feature:12: unknown step `Then the user should be happy`"),
        "{stdout}"
    );
    assert!(
        has("bad.feature:5: duplicate @id:test-lint-001"),
        "{stdout}"
    );
    assert!(
        has("bad.feature:15: duplicate @id:test-lint-001"),
        "{stdout}"
    );
    assert!(
        has("bad.feature:32: GraphQL does not validate against the prisma1 schema")
            && stdout.contains("nickname"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 4, "{stdout}");
    assert!(stderr.contains("seed coverage not checked"), "{stderr}");
}

#[test]
fn lint_reports_a_repeated_outline_key() {
    let (out, stdout, stderr) = run(bin()
        .args([
            "lint",
            "--inventory",
            "/nonexistent",
            "--catalogue",
            "/nonexistent",
            "--features",
        ])
        .arg(data("lint-outline")));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("outline.feature:19: duplicate expanded id `test-outline-001[a]` (also the Examples row at line 18)"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
}

#[test]
fn lint_accepts_the_runner_test_features_that_are_well_formed() {
    let (out, stdout, stderr) = run(bin()
        .args([
            "lint",
            "--inventory",
            "/nonexistent",
            "--catalogue",
            "/nonexistent",
            "--features",
        ])
        .arg(data("unreachable")));
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
}

#[test]
fn an_unreachable_endpoint_gives_error_with_its_cause() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        l.local_addr().unwrap_or_else(|e| panic!("{e}")).port()
    }; // closed again
    let dir = temp("unreachable");
    let out_file = dir.join("r.jsonl");
    let started = Instant::now();
    let (out, stdout, stderr) = run(bin()
        .args(["run", "--quiet", "--dialect", "prisma1", "--target"])
        .arg(format!("http://127.0.0.1:{port}/"))
        .arg("--features")
        .arg(data("unreachable"))
        .arg("--out")
        .arg(&out_file));
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    let lines = read_stream(&out_file);
    validate_stream(&lines);
    let r = record(&lines, "test-ext-001", &format!("127.0.0.1-{port}"));
    assert_eq!(r["outcome"], "error", "{r}");
    let msg = r["message"].as_str().unwrap_or_default();
    assert!(
        msg.contains("cannot connect") && msg.contains(&port.to_string()),
        "{msg}"
    );
    assert!(stdout.contains("ERROR test-ext-001"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_silent_endpoint_times_out_as_an_error() {
    // Accepts connections and never answers.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let port = listener
        .local_addr()
        .unwrap_or_else(|e| panic!("{e}"))
        .port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for mut s in listener.incoming().flatten() {
            let mut buf = [0u8; 1024];
            let _ = s.set_read_timeout(Some(Duration::from_millis(100)));
            let _ = s.read(&mut buf);
            held.push(s);
        }
    });
    let dir = temp("silent");
    let config = dir.join("silent.json");
    std::fs::write(
        &config,
        format!(
            r#"{{"name": "silent", "dialect": "prisma1", "fixtures": {{"prisma1_userpost": "http://127.0.0.1:{port}/"}}, "timeout_secs": 1, "reset": "delete-all"}}"#
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let out_file = dir.join("r.jsonl");
    let (out, stdout, stderr) = run(bin()
        .args(["run", "--quiet", "--target"])
        .arg(&config)
        .arg("--features")
        .arg(data("unreachable"))
        .arg("--out")
        .arg(&out_file));
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    let lines = read_stream(&out_file);
    validate_stream(&lines);
    let r = record(&lines, "test-ext-001", "silent");
    assert_eq!(r["outcome"], "error", "{r}");
    assert!(
        r["message"]
            .as_str()
            .is_some_and(|m| m.contains("timed out after 1 s")),
        "{r}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn expected_failures_become_xfail_and_an_xfail_that_passes_fails_the_run() {
    let dir = temp("xfail");
    let fixtures = dir.join("fixtures");
    for sub in ["profiles", "datamodels", "xfail"] {
        std::fs::create_dir_all(fixtures.join(sub)).unwrap_or_else(|e| panic!("{e}"));
    }
    let ws = workspace().join("fixtures");
    for f in [
        "profiles/prisma1.json",
        "datamodels/prisma1_userpost.graphql",
    ] {
        std::fs::copy(ws.join(f), fixtures.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
    }
    std::fs::write(
        fixtures.join("xfail/reference.txt"),
        "# known\ntest-run-001\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, stdout, stderr) = run(bin()
        .args([
            "run",
            "--quiet",
            "--name",
            "^test-run-00[12]$",
            "--features",
        ])
        .arg(data("run"))
        .arg("--fixtures")
        .arg(&fixtures));
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("2 scenario runs: 1 pass, 0 fail, 0 error, 0 skip, 0 n/a, 1 xfail"),
        "{stdout}"
    );

    std::fs::write(
        fixtures.join("xfail/reference.txt"),
        "test-run-001\ntest-run-002\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, stdout, stderr) = run(bin()
        .args([
            "run",
            "--quiet",
            "--name",
            "^test-run-00[12]$",
            "--features",
        ])
        .arg(data("run"))
        .arg("--fixtures")
        .arg(&fixtures));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stdout.contains("listed as an expected failure"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn list_shows_expanded_ids_and_filters_by_tags() {
    let (out, stdout, _) = run(bin()
        .args([
            "list",
            "--tags",
            "@behaviour:create and not @skip",
            "--features",
        ])
        .arg(data("run")));
    assert_eq!(out.status.code(), Some(0));
    let ids: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        ids,
        vec!["test-run-004[one]", "test-run-004[two]", "test-run-005"],
        "{stdout}"
    );
    assert!(
        stdout.contains("an outline row per username (one)"),
        "{stdout}"
    );
    let (out, _, stderr) = run(bin().args(["list", "--tags", "@a and and"]));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
}

#[test]
fn serve_rejects_a_bad_data_model_with_its_position() {
    let dir = temp("serve");
    let file = dir.join("bad.graphql");
    std::fs::write(&file, "type Post {\n  id: ID! @unique\n  title: Strin\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let (out, stdout, stderr) = run(bin()
        .args([
            "serve",
            "--dialect",
            "prisma1",
            "--port",
            "0",
            "--datamodel",
        ])
        .arg(&file));
    assert_eq!(out.status.code(), Some(2), "{stdout}\n{stderr}");
    let re = regex::Regex::new(r"bad\.graphql:\d+:\d+: ").unwrap_or_else(|e| panic!("{e}"));
    assert!(re.is_match(&stderr), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn serve_accepts_legacy_shapes_only_for_graphcms() {
    let datamodel = workspace().join("fixtures/datamodels/graphcms_blog.graphql");
    let (out, stdout, stderr) = run(bin()
        .args([
            "serve",
            "--dialect",
            "prisma1",
            "--legacy-shapes",
            "--port",
            "0",
            "--datamodel",
        ])
        .arg(&datamodel));
    assert_eq!(out.status.code(), Some(2), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("--legacy-shapes is an option of the graphcms dialect only"),
        "{stderr}"
    );
}

/// A `crudspec serve` child process, stopped when dropped (also when an assertion fails).
struct Served(std::process::Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

#[test]
fn a_live_endpoint_from_a_target_config_runs_the_scenarios_of_its_fixture() {
    let port = free_port();
    let datamodel = workspace().join("fixtures/datamodels/prisma1_userpost.graphql");
    let child = bin()
        .args([
            "serve",
            "--dialect",
            "prisma1",
            "--port",
            &port.to_string(),
            "--datamodel",
        ])
        .arg(&datamodel)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start crudspec serve: {e}"));
    let _served = Served(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "crudspec serve did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let dir = temp("live");
    let config = dir.join("target.json");
    std::fs::write(
        &config,
        format!(
            r#"{{"name": "live", "dialect": "prisma1", "fixtures": {{"prisma1_userpost": "http://127.0.0.1:{port}/"}}, "timeout_secs": 5, "reset": "delete-all"}}"#
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out_file = dir.join("results.jsonl");
    let (out, stdout, stderr) = run(bin()
        .current_dir(workspace())
        .args(["run", "--features", "features/prisma1", "--target"])
        .arg(&config)
        .arg("--out")
        .arg(&out_file));
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    let lines = read_stream(&out_file);
    validate_stream(&lines);
    let outcomes: Vec<&str> = lines
        .iter()
        .filter(|l| l["type"] == "scenario")
        .filter_map(|l| l["outcome"].as_str())
        .collect();
    let passed = outcomes.iter().filter(|o| **o == "pass").count();
    let not_applicable = outcomes.iter().filter(|o| **o == "n/a").count();
    // Every scenario on the served fixture ran (one endpoint, reset by delete-all between
    // scenarios) and passed; every other scenario is n/a, none failed.
    assert!(
        passed >= 10,
        "only {passed} scenarios ran on the live endpoint\n{stdout}"
    );
    assert_eq!(passed + not_applicable, outcomes.len(), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
