//! The suite against endpoints it did not write the framing of (issue 7): the quirky loopback
//! endpoint of `support::quirky` imitates Prisma's query engine 3.13 in Prisma-1-names mode
//! (errors under `user_facing_error` with string codes, only the last root field answered, HTTP
//! 400 with an empty body without `variables`) and an Apollo server (validation errors with
//! `GRAPHQL_VALIDATION_FAILED`, no introspection). Its answers come from the reference executor,
//! so every scenario's *behaviour* is right there and only the framing differs:
//!
//! - with a target config that declares the endpoint's limits, the suite passes by behaviour with
//!   no `error` (wording differences are advisories);
//! - without one, every scenario that does not pass names the real cause;
//! - the probe finds which fixture a bare URL serves, and stops a run with a wrong dialect or no
//!   server with one message.

use crate::support::quirky::{Quirks, QuirkyThread, spawn_quirky_thread};
use crudspec::paths::bundled_root;
use crudspec::targets::{TargetOptions, resolve};
use crudspec_steps::driver::{Outcome, RunConfig, ScenarioResult, run_scenario_blocking};
use crudspec_steps::suite::{self, ScenarioSpec};
use crudspec_steps::target::Target;
use std::path::PathBuf;
use std::sync::Arc;

const FIXTURE: &str = "todo_uniques_defaults";

fn fixtures_dir() -> PathBuf {
    bundled_root().join("fixtures")
}

fn sdl(fixture: &str) -> String {
    let path = fixtures_dir()
        .join("datamodels")
        .join(format!("{fixture}.graphql"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every prisma1 scenario of the bundled suite.
fn prisma1_scenarios() -> Vec<ScenarioSpec> {
    let config = RunConfig::new(&fixtures_dir());
    let loaded = suite::load(
        &bundled_root().join("features/prisma1"),
        None,
        &config.profiles.names(),
    );
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.scenarios
}

/// The prisma1 scenarios that deploy `fixture`.
fn scenarios_of(fixture: &str) -> Vec<ScenarioSpec> {
    let mine: Vec<ScenarioSpec> = prisma1_scenarios()
        .into_iter()
        .filter(|s| {
            s.data_models()
                .iter()
                .any(|m| m.as_deref() == Some(fixture))
        })
        .collect();
    assert!(
        mine.len() >= 20,
        "only {} scenarios use {fixture}",
        mine.len()
    );
    mine
}

fn quirky(quirks: Quirks) -> (String, QuirkyThread) {
    spawn_quirky_thread("prisma1", &sdl(FIXTURE), quirks)
}

/// The quirks of the query engine and of an Apollo server at once.
fn engine_and_apollo() -> Quirks {
    Quirks {
        apollo_validation: true,
        no_introspection: true,
        ..Quirks::query_engine()
    }
}

/// Writes `config` (JSON) to a temporary file.
fn config_file(name: &str, config: &serde_json::Value) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crudspec-real-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, config.to_string()).unwrap_or_else(|e| panic!("{e}"));
    path
}

/// The sample config of the README and `fixtures/targets/`, pointed at `url`.
fn sample_config(url: &str) -> serde_json::Value {
    let path = fixtures_dir().join("targets/quirky-example.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut config: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    config["url"] = url.into();
    config["fixture"] = FIXTURE.into();
    if let Some(o) = config.as_object_mut() {
        o.remove("headers");
    }
    config
}

fn target(spec: &str, fixture: Option<&str>, scenarios: &[ScenarioSpec]) -> Arc<dyn Target> {
    let config = RunConfig::new(&fixtures_dir());
    let refs: Vec<&ScenarioSpec> = scenarios.iter().collect();
    let options = TargetOptions {
        dialect: Some("prisma1".into()),
        fixture: fixture.map(str::to_string),
        ..TargetOptions::default()
    };
    let mut targets = resolve(
        &[spec.to_string()],
        &options,
        &fixtures_dir(),
        &config.profiles,
        &refs,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    targets.remove(0)
}

fn run_all(
    scenarios: &[ScenarioSpec],
    target: &Arc<dyn Target>,
    server: &QuirkyThread,
) -> Vec<(String, ScenarioResult)> {
    let config = RunConfig::new(&fixtures_dir());
    scenarios
        .iter()
        .map(|s| {
            server.reset();
            (s.label(), run_scenario_blocking(s, target, &config))
        })
        .collect()
}

fn count(results: &[(String, ScenarioResult)], outcome: Outcome) -> usize {
    results.iter().filter(|(_, r)| r.outcome == outcome).count()
}

fn show(results: &[(String, ScenarioResult)]) -> String {
    results
        .iter()
        .filter(|(_, r)| r.outcome != Outcome::Pass)
        .map(|(id, r)| {
            format!(
                "{id}: {} [{:?}] {}",
                r.outcome.as_str(),
                r.phase,
                r.message.as_deref().unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_config_that_declares_the_limits_passes_by_behaviour_with_no_error() {
    let scenarios = scenarios_of(FIXTURE);
    let (url, server) = quirky(engine_and_apollo());
    let path = config_file("declared", &sample_config(&url));
    let t = target(&path.display().to_string(), None, &scenarios);
    let results = run_all(&scenarios, &t, &server);
    let report = show(&results);
    assert_eq!(count(&results, Outcome::Error), 0, "{report}");
    assert_eq!(count(&results, Outcome::Fail), 0, "{report}");
    assert!(count(&results, Outcome::Pass) >= 20, "{report}");
    // The scenarios that need what the endpoint lacks are n/a, with the reason.
    for (id, r) in &results {
        if r.outcome == Outcome::NotApplicable {
            let m = r.message.as_deref().unwrap_or("");
            assert!(m.contains("declares that it lacks"), "{id}: {m}");
        }
    }
    // Error wording differs (Apollo rewording): reported, not failing.
    let advisories: usize = results.iter().map(|(_, r)| r.advisories.len()).sum();
    let wording = results
        .iter()
        .flat_map(|(_, r)| r.advisories.iter())
        .all(|a| a.starts_with("error wording:"));
    assert!(wording, "{report}");
    // The endpoint saw one root field per request (counts and setup split) and every body
    // carried `variables`.
    let received = server.received();
    assert!(!received.is_empty());
    assert!(
        received.iter().all(|r| r.body.contains("\"variables\"")),
        "a request without variables"
    );
    eprintln!(
        "{} scenarios: {} pass, {} n/a, {advisories} advisories",
        results.len(),
        count(&results, Outcome::Pass),
        count(&results, Outcome::NotApplicable)
    );
}

/// Runs the fixture's scenarios on an endpoint with `quirks` and no adaptation, and checks that
/// every outcome other than pass names `cause` (a text of its message); returns how many did not
/// pass.
fn undeclared(quirks: Quirks, cause: &[&str]) -> usize {
    let scenarios = scenarios_of(FIXTURE);
    let (url, server) = quirky(quirks.clone());
    let t = target(&url, Some(FIXTURE), &scenarios);
    let results = run_all(&scenarios, &t, &server);
    let report = show(&results);
    for (id, r) in &results {
        if r.outcome == Outcome::Pass {
            continue;
        }
        let m = r.message.as_deref().unwrap_or("");
        assert!(!m.contains("(no message)"), "{quirks:?}: {id}: {m}");
        assert!(
            cause.iter().any(|c| m.contains(c)),
            "{quirks:?}: {id} does not name its cause ({cause:?}): {m}\n\n{report}"
        );
        // A failure before the operation under test is an `error` of the setup or the counts.
        if r.outcome == Outcome::Error {
            assert!(
                m.starts_with("setup failed") || m.starts_with("counting side effects failed"),
                "{id}: {m}"
            );
        }
    }
    results.len() - count(&results, Outcome::Pass)
}

#[test]
fn without_a_config_every_outcome_names_its_real_cause() {
    // One root field per document: setup and count requests with several are named.
    let n = undeclared(
        Quirks {
            last_root_field_only: true,
            ..Quirks::default()
        },
        &["\"lacks\": [\"multiple-root-fields\"]"],
    );
    assert!(n >= 20, "{n}");
    // Errors at another path with string codes: the error object is shown whole.
    let n = undeclared(
        Quirks {
            user_facing_errors: true,
            ..Quirks::default()
        },
        &["`user_facing_error.error_code` = \"P2"],
    );
    assert!(n >= 10, "{n}");
    // Validation errors with a code and other wording.
    let n = undeclared(
        Quirks {
            apollo_validation: true,
            ..Quirks::default()
        },
        &[
            "code \"GRAPHQL_VALIDATION_FAILED\"",
            "expected an error message containing",
        ],
    );
    assert!(n >= 1, "{n}");
    // A body without `variables` is refused with 400 and an empty body: the suite always sends
    // `variables`, so nothing fails.
    assert_eq!(
        undeclared(
            Quirks {
                require_variables: true,
                ..Quirks::default()
            },
            &[],
        ),
        0
    );
}

#[test]
fn a_bare_url_runs_the_fixture_its_schema_matches_and_nothing_else() {
    let scenarios = prisma1_scenarios();
    let (url, server) = quirky(Quirks::default());
    let t = target(&url, None, &scenarios);
    assert!(t.serves(Some(FIXTURE)), "{FIXTURE} not detected");
    assert!(!t.serves(Some("author_contact_posts")));
    assert!(!t.serves(None));
    let mine: Vec<ScenarioSpec> = scenarios_of(FIXTURE);
    let results = run_all(&mine, &t, &server);
    assert_eq!(
        count(&results, Outcome::Pass) + count(&results, Outcome::NotApplicable),
        results.len(),
        "{}",
        show(&results)
    );
    let other = scenarios
        .iter()
        .find(|s| {
            s.data_models()
                .iter()
                .all(|m| m.as_deref() == Some("author_contact_posts"))
        })
        .unwrap_or_else(|| panic!("no author_contact_posts scenario"));
    let r = run_scenario_blocking(other, &t, &RunConfig::new(&fixtures_dir()));
    assert_eq!(r.outcome, Outcome::NotApplicable, "{:?}", r.message);
}

fn crudspec(args: &[&str], envs: &[(&str, &str)]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crudspec"))
        .args(args)
        .envs(envs.iter().copied())
        .env_remove("CRUDSPEC_TARGET")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("CRUDSPEC_DIALECT")
        .env_remove("CRUDSPEC_HEADERS")
        .env_remove("CRUDSPEC_FIXTURE")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run crudspec: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_secret_header_never_appears_in_stdout_stderr_or_the_stream_even_when_echoed() {
    const SECRET: &str = "s3cr3t-t0ken-8f2b1c";
    let (url, server) = quirky(Quirks {
        echo_headers: true,
        user_facing_errors: true,
        ..Quirks::default()
    });
    let dir = std::env::temp_dir().join(format!("crudspec-secret-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let stream = dir.join("r.jsonl");
    let config = config_file(
        "secret",
        &serde_json::json!({
            "dialect": "prisma1",
            "url": url,
            "headers": {"Authorization": "Bearer ${CRUDSPEC_TEST_TOKEN}", "X-Api-Key": SECRET},
        }),
    );
    let (code, stdout, stderr) = crudspec(
        &[
            "run",
            "--target",
            &config.display().to_string(),
            "--header",
            &format!("X-Other: other-{SECRET}"),
            "--out",
            &stream.display().to_string(),
        ],
        &[("CRUDSPEC_TEST_TOKEN", SECRET)],
    );
    // The endpoint frames errors differently: failures, whose records carry the echoed headers.
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    let recorded = std::fs::read_to_string(&stream).unwrap_or_else(|e| panic!("{e}"));
    assert!(recorded.contains("\"echo\""), "the endpoint did not echo");
    assert!(recorded.contains("***"), "nothing was masked");
    for (what, text) in [
        ("stdout", &stdout),
        ("stderr", &stderr),
        ("stream", &recorded),
    ] {
        assert!(!text.contains(SECRET), "the secret is in {what}");
    }
    // It was sent, all the same.
    assert!(
        server
            .received()
            .iter()
            .any(|r| r.headers.get("x-api-key").map(String::as_str) == Some(SECRET))
    );
}

#[test]
fn probe_names_the_fixture_and_run_stops_early_on_a_wrong_dialect_or_no_server() {
    let (url, _server) = quirky(Quirks::default());
    let (code, stdout, _) = crudspec(&["probe", "--target", &url, "--dialect", "prisma1"], &[]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains(&format!("serves the data model of \"{FIXTURE}\"")),
        "{stdout}"
    );
    // A wrong dialect: one message, exit 3, no scenario run.
    let (code, stdout, stderr) = crudspec(&["run", "--target", &url, "--dialect", "graphcms"], &[]);
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    assert!(stderr.contains("matches none of the"), "{stderr}");
    assert!(!stdout.contains("scenario runs"), "{stdout}");
    // No server.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let port = l.local_addr().map(|a| a.port()).unwrap_or(1);
        drop(l);
        format!("http://127.0.0.1:{port}/")
    };
    let (code, _, stderr) = crudspec(&["run", "--target", &closed, "--dialect", "prisma1"], &[]);
    assert_eq!(code, 3, "{stderr}");
    assert_eq!(
        stderr.matches("Connection refused").count(),
        2,
        "once in the probe listing, once in the final message: {stderr}"
    );
    // A fixture that does not exist is a usage error.
    let (code, _, stderr) = crudspec(
        &[
            "run",
            "--target",
            &url,
            "--dialect",
            "prisma1",
            "--fixture",
            "nope",
        ],
        &[],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--fixture `nope`"), "{stderr}");
    // --fixture names the data model of a bare URL.
    let (code, stdout, stderr) = crudspec(
        &[
            "run",
            "--target",
            &url,
            "--dialect",
            "prisma1",
            "--fixture",
            FIXTURE,
            "-q",
        ],
        &[],
    );
    assert_eq!(code, 0, "{stdout}\n{stderr}");
}

#[test]
fn an_api_without_delete_all_is_reset_node_by_node() {
    // Graphcool has no deleteMany: delete-all cannot work, delete-each lists and deletes.
    let (url, _server) = spawn_quirky_thread(
        "graphcool",
        &sdl("author_contact_posts_graphcool"),
        Quirks::default(),
    );
    let config = |name: &str, reset: &str| {
        config_file(
            name,
            &serde_json::json!({"dialect": "graphcool", "url": url, "reset": reset}),
        )
        .display()
        .to_string()
    };
    let (code, _, stderr) = crudspec(&["run", "--target", &config("gc-all", "delete-all")], &[]);
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("\"reset\": \"delete-each\""), "{stderr}");
    let (code, stdout, stderr) =
        crudspec(&["run", "--target", &config("gc-none", "none"), "-q"], &[]);
    assert_eq!(
        code, 1,
        "without a reset, scenarios see each other's nodes: {stdout}\n{stderr}"
    );
    let (code, stdout, stderr) = crudspec(
        &["run", "--target", &config("gc-each", "delete-each"), "-q"],
        &[],
    );
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(stdout.contains(" 0 fail, 0 setup, 0 error"), "{stdout}");
}

/// Issue 11: an answer larger than `--max-response-bytes` is an `error` naming its size (read
/// in chunks, never whole), and the run goes on to report it.
#[test]
fn an_answer_over_the_response_cap_is_an_error_naming_its_size() {
    let (url, _server) = quirky(Quirks {
        huge_create_answers: 3_000_000,
        ..Quirks::default()
    });
    let (code, stdout, stderr) = crudspec(
        &[
            "run",
            "--quiet",
            "--target",
            &url,
            "--dialect",
            "prisma1",
            "--fixture",
            FIXTURE,
            "--max-response-bytes",
            "1000000",
            "--fail-fast",
        ],
        &[],
    );
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(
        stdout.contains("bytes, larger than the limit of 1000000 bytes"),
        "{stdout}\n{stderr}"
    );
    assert!(stdout.contains("--max-response-bytes"), "{stdout}");
}

#[test]
fn a_bare_url_whose_fields_differ_only_in_nullability_still_finds_its_fixture() {
    let scenarios = prisma1_scenarios();
    let (url, _server) = quirky(Quirks {
        nullable_object_fields: true,
        ..Quirks::default()
    });
    let t = target(&url, None, &scenarios);
    assert!(t.serves(Some(FIXTURE)), "{FIXTURE} not detected");
    assert!(!t.serves(Some("author_contact_posts")));
}
