//! End-to-end tests of the `crudspec` binary on the small feature files under `tests/data/`:
//! a wrong expectation names the JSON path; lint reports file:line for an unknown step, a
//! duplicate @id and GraphQL that does not validate; an unreachable or silent endpoint stops
//! the run (exit 3) with its cause within the timeout; expected-failure lists; the results stream
//! validates against `fixtures/schema/results.schema.json`; `serve` rejects a bad data model;
//! a live endpoint (`crudspec serve`) named in a target config runs its fixture's scenarios;
//! Ctrl-C leaves a valid stream of what finished; `--fail-fast`; identical causes grouped;
//! exit code 4 for an empty selection; unknown dialects refused; `CRUDSPEC_*` variables for
//! `run`; a closed stdout pipe ends quietly.

use crate::support::{data, workspace};
use serde_json::Value;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// The binary, without the `CRUDSPEC_*` variables of the caller's environment.
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
    assert_eq!(footer["interrupted"], false);
    // The same wrong title on both targets: one group, details once.
    assert!(
        stdout.contains(
            "FAIL 2 × data.createUser.posts[#].title: expected \"…\", got \"…\"\n  test-run-001 @ reference, test-run-001 @ reference-http\n"
        ),
        "{stdout}"
    );
    assert_eq!(
        stdout.matches(r#"-         "title": "c""#).count(),
        1,
        "{stdout}"
    );
    // Matrix cells: passed/ran, then fail, n/a and skip apart.
    let total_row = stdout
        .lines()
        .find(|l| l.starts_with("all scenarios"))
        .unwrap_or_default();
    assert_eq!(
        total_row.matches("4/5 · 1 fail · 1 n/a · 1 skip").count(),
        2,
        "{stdout}"
    );
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
fn an_unreachable_endpoint_stops_the_run_with_one_message_naming_its_cause() {
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
    // The probe before the run: one message, exit 3, no scenario run.
    assert_eq!(out.status.code(), Some(3), "{stdout}\n{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cannot connect") && stderr.contains(&port.to_string()),
        "{stderr}"
    );
    assert!(stdout.is_empty(), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_silent_endpoint_stops_the_run_within_its_timeout() {
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
            r#"{{"name": "silent", "dialect": "prisma1", "fixtures": {{"user_posts": "http://127.0.0.1:{port}/"}}, "timeout_secs": 1, "reset": "delete-all"}}"#
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let (out, stdout, stderr) = run(bin()
        .args(["run", "--quiet", "--target"])
        .arg(&config)
        .arg("--features")
        .arg(data("unreachable")));
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(3), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("target silent") && stderr.contains("within 1 s"),
        "{stderr}"
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
    for f in ["profiles/prisma1.json", "datamodels/user_posts.graphql"] {
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
        stdout
            .contains("2 scenario runs: 1 pass, 0 fail, 0 setup, 0 error, 0 skip, 0 n/a, 1 xfail"),
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
    let datamodel = workspace().join("fixtures/datamodels/blog_user_post.graphql");
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
    let datamodel = workspace().join("fixtures/datamodels/user_posts.graphql");
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
            r#"{{"name": "live", "dialect": "prisma1", "fixtures": {{"user_posts": "http://127.0.0.1:{port}/"}}, "timeout_secs": 5, "reset": "delete-all"}}"#
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

/// A GraphQL endpoint on loopback: the reference executor (prisma1, `user_posts`)
/// answering each POST, after `delay` when its body contains `slow_when` (e.g. the operation
/// under test, not the probe's or the reset's requests), recording every request (request line,
/// headers, body). Keeps serving until the test process ends.
struct Endpoint {
    port: u16,
    /// Every request: head, blank line, body.
    heads: Arc<Mutex<Vec<String>>>,
}

fn endpoint(delay: Duration, slow_when: &'static str) -> Endpoint {
    type Job = (Vec<u8>, mpsc::Sender<String>);
    let sdl = std::fs::read_to_string(workspace().join("fixtures/datamodels/user_posts.graphql"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (jobs_tx, jobs_rx) = mpsc::channel::<Job>();
    // One thread owns the executor; connections hand it their bodies.
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        let executor = crudspec_reference::Executor::deploy(
            crudspec_reference::Dialect::Prisma1,
            &sdl,
            crudspec_reference::ExecutorOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        for (body, reply) in jobs_rx {
            let answer = match serde_json::from_slice::<crudspec_reference::GraphqlRequest>(&body) {
                Ok(req) => rt.block_on(executor.execute(req)).to_string(),
                Err(e) => serde_json::json!({"errors": [{"message": e.to_string()}]}).to_string(),
            };
            let _ = reply.send(answer);
        }
    });
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let port = listener
        .local_addr()
        .unwrap_or_else(|e| panic!("{e}"))
        .port();
    let heads = Arc::new(Mutex::new(Vec::new()));
    let recorded = heads.clone();
    let jobs_tx = Mutex::new(jobs_tx);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let jobs = jobs_tx.lock().unwrap_or_else(|p| p.into_inner()).clone();
            let recorded = recorded.clone();
            std::thread::spawn(move || {
                serve_connection(stream, (delay, slow_when), &jobs, &recorded)
            });
        }
    });
    Endpoint { port, heads }
}

/// HTTP/1.1 keep-alive: request head, `content-length` body, JSON answer.
fn serve_connection(
    stream: TcpStream,
    (delay, slow_when): (Duration, &str),
    jobs: &mpsc::Sender<(Vec<u8>, mpsc::Sender<String>)>,
    recorded: &Mutex<Vec<String>>,
) {
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let mut head = String::new();
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            if line == "\r\n" || line == "\n" {
                break;
            }
            head.push_str(&line);
        }
        let length = head
            .lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse::<usize>().ok())
            .unwrap_or(0);
        let mut body = vec![0u8; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        recorded
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(format!("{head}\r\n{}", String::from_utf8_lossy(&body)));
        if String::from_utf8_lossy(&body).contains(slow_when) {
            std::thread::sleep(delay);
        }
        let (reply_tx, reply_rx) = mpsc::channel();
        if jobs.send((body, reply_tx)).is_err() {
            return;
        }
        let Ok(answer) = reply_rx.recv() else { return };
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{answer}",
            answer.len()
        );
        if writer.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

fn target_config(dir: &Path, port: u16, timeout_secs: u64) -> PathBuf {
    let config = dir.join("slow.json");
    std::fs::write(
        &config,
        format!(
            r#"{{"name": "slow", "dialect": "prisma1", "fixtures": {{"user_posts": "http://127.0.0.1:{port}/"}}, "timeout_secs": {timeout_secs}, "reset": "delete-all"}}"#
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    config
}

fn lines_of(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .map(|t| t.lines().count())
        .unwrap_or(0)
}

fn interrupt(child: &std::process::Child) {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap_or_else(|e| panic!("kill: {e}"));
    assert!(status.success());
}

/// Waits for the child at most `limit`; kills it (and fails) beyond.
fn wait_for(mut child: std::process::Child, limit: Duration) -> (Output, String, String) {
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            _ => {
                let _ = child.kill();
                let out = child.wait_with_output();
                panic!("crudspec did not stop within {limit:?}: {out:?}");
            }
        }
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

#[test]
fn an_interrupted_run_keeps_a_valid_stream_of_what_finished() {
    let ep = endpoint(Duration::from_millis(700), "createUser");
    let dir = temp("interrupt");
    let config = target_config(&dir, ep.port, 10);
    let out_file = dir.join("r.jsonl");
    let child = bin()
        .args(["run", "--quiet", "--target"])
        .arg(&config)
        .arg("--features")
        .arg(data("slow"))
        .arg("--out")
        .arg(&out_file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    // Header and a first record: written as the run goes, not at the end.
    let deadline = Instant::now() + Duration::from_secs(60);
    while lines_of(&out_file) < 2 {
        assert!(Instant::now() < deadline, "no record written within 60 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    interrupt(&child);
    let (out, stdout, stderr) = wait_for(child, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(130), "{stdout}\n{stderr}");
    let lines = read_stream(&out_file);
    validate_stream(&lines);
    let records: Vec<&Value> = lines.iter().filter(|l| l["type"] == "scenario").collect();
    assert!(
        !records.is_empty() && records.len() < 6,
        "{} records\n{stdout}",
        records.len()
    );
    assert!(
        records.iter().all(|r| r["outcome"] == "pass"),
        "{records:?}"
    );
    let footer = lines.last().unwrap_or_else(|| unreachable!());
    assert_eq!(footer["interrupted"], true, "{footer}");
    assert_eq!(footer["success"], false, "{footer}");
    assert_eq!(footer["totals"]["total"], records.len(), "{footer}");
    // The matrix of what finished, and what did not.
    assert!(stdout.contains("all scenarios"), "{stdout}");
    assert!(stdout.contains("interrupted: "), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_second_interrupt_stops_at_once_with_a_footer() {
    // The operation takes 20 s: the first interrupt would wait for the running scenario.
    let ep = endpoint(Duration::from_secs(20), "createUser");
    let dir = temp("interrupt2");
    let config = target_config(&dir, ep.port, 60);
    let out_file = dir.join("r.jsonl");
    let child = bin()
        .args(["run", "--target"])
        .arg(&config)
        .arg("--features")
        .arg(data("slow"))
        .arg("--out")
        .arg(&out_file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let deadline = Instant::now() + Duration::from_secs(60);
    let in_flight = || {
        ep.heads
            .lock()
            .map(|h| h.iter().any(|r| r.contains("createUser")))
            .unwrap_or(false)
    };
    while lines_of(&out_file) < 1 || !in_flight() {
        assert!(
            Instant::now() < deadline,
            "the run did not start within 60 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let signalled = Instant::now();
    interrupt(&child);
    std::thread::sleep(Duration::from_millis(300));
    interrupt(&child);
    let (out, stdout, stderr) = wait_for(child, Duration::from_secs(15));
    assert!(
        signalled.elapsed() < Duration::from_secs(10),
        "{:?}",
        signalled.elapsed()
    );
    assert_eq!(out.status.code(), Some(130), "{stdout}\n{stderr}");
    assert!(stderr.contains("interrupted again"), "{stderr}");
    let lines = read_stream(&out_file);
    validate_stream(&lines);
    let footer = lines.last().unwrap_or_else(|| unreachable!());
    assert_eq!(footer["interrupted"], true, "{footer}");
    assert_eq!(footer["totals"]["total"], 0, "{footer}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fail_fast_stops_scheduling_and_records_the_rest_as_not_run() {
    let dir = temp("failfast");
    let out_file = dir.join("r.jsonl");
    let (out, stdout, stderr) = run(bin()
        .args(["run", "--quiet", "--fail-fast", "-j", "1", "--features"])
        .arg(data("run"))
        .arg("--out")
        .arg(&out_file));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    let lines = read_stream(&out_file);
    validate_stream(&lines);
    assert_eq!(
        record(&lines, "test-run-001", "reference")["outcome"],
        "fail"
    );
    let not_run: Vec<&Value> = lines
        .iter()
        .filter(|l| l["message"] == "not run: stopped after 1 failure (--max-fail)")
        .collect();
    assert_eq!(not_run.len(), 6, "{lines:?}");
    assert!(not_run.iter().all(|r| r["outcome"] == "skip"));
    assert!(
        stdout.contains("stopped after 1 failing scenario run (--max-fail 1): 6 not run"),
        "{stdout}"
    );
    // --max-fail takes a positive count and excludes --fail-fast.
    let (out, _, stderr) = run(bin().args(["run", "--max-fail", "0"]));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let (out, _, stderr) = run(bin().args(["run", "--max-fail", "2", "--fail-fast"]));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_selection_that_matches_no_scenario_exits_with_code_4() {
    let (out, stdout, stderr) = run(bin()
        .args(["run", "--quiet", "--name", "^nothing-at-all$", "--features"])
        .arg(data("run")));
    assert_eq!(out.status.code(), Some(4), "{stdout}\n{stderr}");
    assert!(
        stderr
            .contains("crudspec run: no scenario matches the selection (--name '^nothing-at-all$'"),
        "{stderr}"
    );
    // Scenarios of one dialect, a target of another: nothing to run either.
    let (out, stdout, stderr) = run(bin()
        .args([
            "run",
            "--dialect",
            "graphcms",
            "--target",
            "http://127.0.0.1:9/",
            "--features",
        ])
        .arg(data("run")));
    assert_eq!(out.status.code(), Some(4), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("none in the dialect of the targets"),
        "{stderr}"
    );
    let (out, stdout, stderr) = run(bin()
        .args(["list", "--tags", "@behaviour:nothing", "--features"])
        .arg(data("run")));
    assert_eq!(out.status.code(), Some(4), "{stdout}\n{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains(
            "crudspec list: no scenario matches the selection (--tags '@behaviour:nothing'"
        ),
        "{stderr}"
    );
    let (_, help, _) = run(bin().args(["run", "--help"]));
    assert!(help.contains("4    the selection"), "{help}");
}

#[test]
fn an_unknown_dialect_is_refused_by_every_command() {
    for cmd in ["run", "list", "lint"] {
        let (out, stdout, stderr) = run(bin()
            .args([cmd, "--dialect", "prisma9", "--features"])
            .arg(data("run")));
        assert_eq!(out.status.code(), Some(2), "{cmd}: {stdout}\n{stderr}");
        assert!(
            stderr.contains(&format!(
                "crudspec {cmd}: unknown dialect `prisma9` (known: 8base, graphcms, graphcool, prisma1)"
            )),
            "{cmd}: {stderr}"
        );
    }
    let (out, stdout, stderr) = run(bin()
        .env("CRUDSPEC_DIALECT", "prisma9")
        .args(["list", "--features"])
        .arg(data("run")));
    assert_eq!(out.status.code(), Some(2), "{stdout}\n{stderr}");
    assert!(stderr.contains("from CRUDSPEC_DIALECT"), "{stderr}");
    let datamodel = workspace().join("fixtures/datamodels/user_posts.graphql");
    let (out, stdout, stderr) = run(bin()
        .args([
            "serve",
            "--dialect",
            "prisma9",
            "--port",
            "0",
            "--datamodel",
        ])
        .arg(&datamodel));
    assert_eq!(out.status.code(), Some(2), "{stdout}\n{stderr}");
    assert!(stderr.contains("prisma9"), "{stderr}");
}

#[test]
fn run_reads_its_target_dialect_and_headers_from_the_environment() {
    let ep = endpoint(Duration::ZERO, "");
    let (out, stdout, stderr) = run(bin()
        .env("CRUDSPEC_TARGET", format!("http://127.0.0.1:{}/", ep.port))
        .env("CRUDSPEC_DIALECT", "prisma1")
        .env("CRUDSPEC_HEADERS", "X-Crudspec-Test: from-env; X-Second: 2")
        .args(["run", "--quiet", "--name", "^test-slow-001$", "--features"])
        .arg(data("slow")));
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(
        stdout.contains(&format!("127.0.0.1-{}", ep.port)),
        "{stdout}"
    );
    let heads = ep.heads.lock().map(|h| h.clone()).unwrap_or_default();
    assert!(!heads.is_empty());
    for head in &heads {
        let lower = head.to_ascii_lowercase();
        assert!(lower.contains("x-crudspec-test: from-env"), "{head}");
        assert!(lower.contains("x-second: 2"), "{head}");
    }
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    for args in [
        vec!["list"],
        vec![
            "run",
            "--quiet",
            "--name",
            "^test-run-00[12]$",
            "--features",
        ],
    ] {
        let mut cmd = bin();
        cmd.current_dir(workspace()).args(&args);
        if args[0] == "run" {
            cmd.arg(data("run"));
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        // Close the reading end before the command writes (as `| head -0` would).
        drop(child.stdout.take());
        let (out, _, stderr) = wait_for(child, Duration::from_secs(60));
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        let expected = if args[0] == "list" { 0 } else { 1 };
        assert_eq!(out.status.code(), Some(expected), "{args:?}: {stderr}");
    }
}

/// Issue 11: a feature whose docstrings nest thousands of levels deep (a GraphQL value, a JSON
/// expectation, JSON variables) gets failures naming the problem and its scenario's file:line;
/// neither `run` nor `lint` crashes.
#[test]
fn deeply_nested_docstrings_fail_their_scenarios_without_crashing_the_run() {
    let dir = temp("deep-docstrings");
    let features = dir.join("prisma1");
    std::fs::create_dir_all(&features).unwrap_or_else(|e| panic!("{e}"));
    let deep_list = format!("{}\"x\"{}", "[".repeat(2000), "]".repeat(2000));
    let block = |text: &str| format!("      \"\"\"\n      {text}\n      \"\"\"\n");
    let feature = format!(
        "Feature: deep docstrings\n\n\
         \x20 @id:deep-001\n\
         \x20 Scenario: a deep GraphQL value\n\
         \x20   Given the data model \"user_posts\"\n\
         \x20   When executing:\n{}\
         \x20   Then the result should be:\n{}\n\
         \x20 @id:deep-002\n\
         \x20 Scenario: a deep JSON expectation\n\
         \x20   Given the data model \"user_posts\"\n\
         \x20   When executing:\n{}\
         \x20   Then the result should be:\n{}\n\
         \x20 @id:deep-003\n\
         \x20 Scenario: deep JSON variables\n\
         \x20   Given the data model \"user_posts\"\n\
         \x20   And the variables are:\n{}\
         \x20   When executing:\n{}\
         \x20   Then the result should be:\n{}",
        block(&format!(
            "{{ users(where: {{id_in: {deep_list}}}) {{ id }} }}"
        )),
        block("{\"users\": []}"),
        block("{ users { id } }"),
        block(&format!("{{\"users\": {deep_list}}}")),
        block(&format!("{{\"ids\": {deep_list}}}")),
        block("query ($ids: [ID!]) { users(where: {id_in: $ids}) { id } }"),
        block("{\"users\": []}"),
    );
    std::fs::write(features.join("deep.feature"), feature).unwrap_or_else(|e| panic!("{e}"));
    let (out, stdout, stderr) = run(bin()
        .args(["run", "--quiet", "--target", "reference", "--features"])
        .arg(&dir));
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stdout.contains("nest deeper than 64"), "{stdout}");
    assert!(stdout.contains("recursion limit exceeded"), "{stdout}");
    for id in ["deep-001", "deep-002"] {
        assert!(
            stdout.contains(&format!("FAIL {id} @ reference")),
            "{stdout}"
        );
    }
    // The variables are set up before the operation: a setup error.
    assert!(stdout.contains("ERROR deep-003 @ reference"), "{stdout}");
    assert!(stdout.contains("deep.feature:"), "{stdout}");
    let (out, stdout, stderr) = run(bin().args(["lint", "--features"]).arg(&dir));
    assert!(
        out.status.code().is_some(),
        "lint crashed: {stdout}\n{stderr}"
    );
    assert!(
        stderr.contains("deep.feature:") || stdout.contains("deep.feature:"),
        "{stdout}\n{stderr}"
    );
}
