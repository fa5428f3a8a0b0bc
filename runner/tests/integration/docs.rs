//! The behaviour reference, the project's own data and the installable binary (issue 10, items
//! 3–6):
//!
//! - `docs` on the small suite of `tests/data/docs/` gives exactly the pages of
//!   `tests/data/docs/expected/` (golden; `CRUDSPEC_UPDATE_GOLDEN=1` rewrites them), twice the
//!   same; `docs --check` names missing, stale and leftover pages and leaves other files alone;
//! - `lint` needs nothing but the project's own files: a copy of `features/` and `fixtures/`
//!   alone lints clean, unknown `@seed`/`@erratum`/`@catalogue` ids are refused, and a document
//!   turns strict once its dialect has a features folder;
//! - the binary copied into an empty folder runs the whole suite bundled in it, a `./features`
//!   of the user's own does not replace it silently, and an altered unpacked copy is repaired;
//! - the results stream records the suite's commit and a target's configured version.

use crate::support::{data, workspace};
use crudspec::docs::{self, DocsOptions};
use crudspec::paths::{SUITE_COMMIT, SuitePaths};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_crudspec"))
}

/// A command without the `CRUDSPEC_*` variables of the caller's environment.
fn command(program: &Path) -> Command {
    let mut c = Command::new(program);
    for v in [
        "CRUDSPEC_TARGET",
        "CRUDSPEC_DIALECT",
        "CRUDSPEC_HEADERS",
        "CRUDSPEC_FIXTURE",
        "CRUDSPEC_CACHE_DIR",
    ] {
        c.env_remove(v);
    }
    c
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("crudspec-docs-{}-{name}", std::process::id()));
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

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    let entries = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

fn small_suite(out: &Path) -> DocsOptions {
    let root = data("docs");
    let paths = SuitePaths::try_resolve(Some(&root.join("features")), Some(&root.join("fixtures")))
        .unwrap_or_else(|e| panic!("{e}"));
    DocsOptions {
        paths,
        dialect: None,
        out: out.to_path_buf(),
    }
}

#[test]
fn docs_of_a_small_suite_are_the_golden_pages() {
    let expected = data("docs/expected");
    let opts = small_suite(&expected);
    let pages = docs::generate(&opts).unwrap_or_else(|e| panic!("{e}"));
    let again = docs::generate(&opts).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pages, again, "the same input must give the same pages");
    if std::env::var_os("CRUDSPEC_UPDATE_GOLDEN").is_some() {
        docs::write(&expected, &pages).unwrap_or_else(|e| panic!("{e}"));
    }
    let stale = docs::compare(&expected, &pages);
    if let Some(path) = stale.changed.first() {
        let rel = path
            .strip_prefix(&expected)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let want = std::fs::read_to_string(path).unwrap_or_default();
        let got = pages.get(&rel).cloned().unwrap_or_default();
        let first = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(got.lines().count()));
        panic!(
            "{} differs at line {}:\n  golden:    {:?}\n  generated: {:?}\n(CRUDSPEC_UPDATE_GOLDEN=1 rewrites the golden pages)",
            path.display(),
            first + 1,
            want.lines().nth(first),
            got.lines().nth(first)
        );
    }
    assert!(!stale.is_stale(), "{stale:?}");
    assert_eq!(
        pages.keys().map(String::as_str).collect::<Vec<_>>(),
        vec![
            "README.md",
            "catalogue.md",
            "cross-dialect.md",
            "datamodels.md",
            "errata.md",
            "graphcms/README.md",
            "graphcms/object.md",
            "prisma1/README.md",
            "prisma1/top_level.md",
            "seeds.md",
        ]
    );
    // What the pages say, beyond being stable.
    let page = |p: &str| pages.get(p).cloned().unwrap_or_default();
    let area = page("prisma1/top_level.md");
    assert!(
        area.contains(
            "an error \"UniqueConstraintViolation\" should be raised — prisma1: code `3010`"
        ),
        "{area}"
    );
    assert!(area.contains("| dash | x-y |"), "{area}");
    assert!(
        area.contains("[features/prisma1/top_level/create.feature:8](../../features/prisma1/top_level/create.feature#L8)"),
        "{area}"
    );
    let errata = page("errata.md");
    assert!(
        errata.contains("[docs-top-001](prisma1/top_level.md#docs-top-001)"),
        "{errata}"
    );
    assert!(
        errata.contains("no scenario yet (no features/8base yet)"),
        "{errata}"
    );
    let seeds = page("seeds.md");
    assert!(
        seeds.contains("authorUpdate creates a post \\| with a pipe"),
        "{seeds}"
    );
    let cross = page("cross-dialect.md");
    assert!(
        cross.contains("| create | [1](graphcms/README.md#behaviour-create) | [1](prisma1/README.md#behaviour-create) |"),
        "{cross}"
    );
}

#[test]
fn docs_check_names_missing_stale_and_leftover_pages_and_keeps_other_files() {
    let root = data("docs");
    let dir = temp("check");
    let out = dir.join("reference");
    let docs_cmd = |check: bool| {
        let mut c = command(&bin_path());
        c.arg("docs")
            .arg("--features")
            .arg(root.join("features"))
            .arg("--fixtures")
            .arg(root.join("fixtures"))
            .arg("--out")
            .arg(&out);
        if check {
            c.arg("--check");
        }
        run(&mut c)
    };
    let (o, _, stderr) = docs_cmd(true);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("README.md: missing"), "{stderr}");

    let (o, _, stderr) = docs_cmd(false);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("10 pages") && stderr.contains("10 written"),
        "{stderr}"
    );
    let (o, _, stderr) = docs_cmd(true);
    assert_eq!(o.status.code(), Some(0), "{stderr}");

    let write = |rel: &str, text: &str| {
        std::fs::write(out.join(rel), text).unwrap_or_else(|e| panic!("{e}"));
    };
    let errata = std::fs::read_to_string(out.join("errata.md")).unwrap_or_default();
    write("errata.md", &errata.replace("ERR-002-2", "ERR-002-3"));
    std::fs::remove_file(out.join("seeds.md")).unwrap_or_else(|e| panic!("{e}"));
    write("old.md", &format!("{}\n\n# gone\n", docs::render::MARKER));
    write("notes.md", "# written by a person\n");
    let (o, _, stderr) = docs_cmd(true);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("errata.md: stale"), "{stderr}");
    assert!(stderr.contains("seeds.md: missing"), "{stderr}");
    assert!(stderr.contains("old.md: no longer generated"), "{stderr}");
    assert!(!stderr.contains("notes.md"), "{stderr}");
    assert!(stderr.contains("3 of 10 pages"), "{stderr}");

    let (o, _, stderr) = docs_cmd(false);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("2 written, 1 removed, 8 unchanged"),
        "{stderr}"
    );
    assert!(!out.join("old.md").exists());
    assert!(out.join("notes.md").exists());
    let (o, _, stderr) = docs_cmd(true);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lint_needs_only_the_projects_own_files() {
    // The project's suite and data, copied where nothing else is around.
    let dir = temp("lint-alone");
    copy_dir(&workspace().join("features"), &dir.join("features"));
    copy_dir(&workspace().join("fixtures"), &dir.join("fixtures"));
    let (o, stdout, stderr) =
        run(command(&bin_path())
            .current_dir(&dir)
            .args(["lint", "--features", "features"]));
    assert_eq!(o.status.code(), Some(0), "{stdout}\n{stderr}");
    for note in [
        "seed 002 (prisma1): 23 example ids, 0 missing",
        "seed 004 (graphcms): 16 example ids, 0 missing",
        "catalogue P1 (prisma1): 133 items, 0 missing",
        "errata: 50 ids",
    ] {
        assert!(stderr.contains(note), "{note}\n{stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lint_refuses_unknown_ids_and_turns_strict_when_a_dialect_folder_appears() {
    let dir = temp("lint-ids");
    copy_dir(&data("docs/features"), &dir.join("features"));
    copy_dir(&data("docs/fixtures"), &dir.join("fixtures"));
    let lint = || {
        run(command(&bin_path())
            .current_dir(&dir)
            .args(["lint", "--features", "features"]))
    };
    let (o, stdout, stderr) = lint();
    assert_eq!(o.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("seed 000 (8base): not covered yet: 1 id (no features/8base)"),
        "{stderr}"
    );

    let feature = dir.join("features/prisma1/top_level/unknown.feature");
    std::fs::write(
        &feature,
        "Feature: unknown ids\n\n  @id:docs-x-001 @behaviour:create @seed:E-002-99 @erratum:ERR-002-99 @catalogue:P1-999\n  Scenario: x\n    Given the data model \"tiny_post\"\n    When executing:\n      \"\"\"\n      { posts { id } }\n      \"\"\"\n    Then the result should be:\n      \"\"\"\n      {\"posts\": []}\n      \"\"\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(dir.join("features/8base")).unwrap_or_else(|e| panic!("{e}"));
    let (o, stdout, stderr) = lint();
    assert_eq!(o.status.code(), Some(1), "{stdout}\n{stderr}");
    for problem in [
        "unknown.feature:4: @seed:E-002-99 is not an example id of",
        "unknown.feature:4: @erratum:ERR-002-99 is not an erratum of",
        "unknown.feature:4: @catalogue:P1-999 is not an item of",
        "examples.tsv:3: E-000-01 (8base) is on no scenario: tag one @seed:E-000-01",
    ] {
        assert!(stdout.contains(problem), "{problem}\n{stdout}");
    }
    assert_eq!(stdout.lines().count(), 4, "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The results stream of a run, parsed.
fn read_stream(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn validate(schema_path: &Path, lines: &[Value]) {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(schema_path).unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("schema: {e}"));
    for (i, line) in lines.iter().enumerate() {
        let errors: Vec<String> = validator
            .iter_errors(line)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "line {}: {errors:?}", i + 1);
    }
}

#[test]
fn a_copied_binary_runs_its_bundled_suite_from_an_empty_folder() {
    let dir = temp("installed");
    let bin_dir = dir.join("bin");
    std::fs::create_dir_all(&bin_dir).unwrap_or_else(|e| panic!("{e}"));
    let installed = bin_dir.join(bin_path().file_name().unwrap_or_default());
    std::fs::copy(bin_path(), &installed).unwrap_or_else(|e| panic!("{e}"));
    let cache = dir.join("cache");
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap_or_else(|e| panic!("{e}"));
    let crudspec = |cwd: &Path| {
        let mut c = command(&installed);
        c.current_dir(cwd).env("CRUDSPEC_CACHE_DIR", &cache);
        c
    };

    // The whole bundled suite, from a folder holding nothing.
    let stream = dir.join("r.jsonl");
    let (o, stdout, stderr) = run(crudspec(&empty).args(["run", "-q", "--out"]).arg(&stream));
    assert_eq!(o.status.code(), Some(0), "{stdout}\n{stderr}");
    assert!(!stderr.contains("note:"), "{stderr}");
    let lines = read_stream(&stream);
    let header = &lines[0];
    let features = header["features"].as_str().unwrap_or_default();
    assert!(
        Path::new(features).starts_with(&cache),
        "the bundled copy is used: {features}"
    );
    assert_eq!(header["suite_commit"], SUITE_COMMIT);
    let footer = &lines[lines.len() - 1];
    assert_eq!(footer["success"], true, "{footer}");
    let total = footer["totals"]["total"].as_u64().unwrap_or(0);
    let pass = footer["totals"]["pass"].as_u64().unwrap_or(0);
    // n/a only where a scenario needs what the reference lacks (`@requires:custom-resolvers`).
    let not_applicable = footer["totals"]["n/a"].as_u64().unwrap_or(0);
    assert!(
        total >= 479 && pass + not_applicable == total && not_applicable <= 6,
        "{footer}"
    );
    // The schema travels with the binary too.
    let unpacked = Path::new(features).parent().unwrap_or(Path::new("."));
    validate(
        &unpacked.join("fixtures/schema/results.schema.json"),
        &lines,
    );

    // A ./features of the user's own is not used unless asked for.
    let mine = dir.join("mine");
    std::fs::create_dir_all(mine.join("features/prisma1")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        mine.join("features/prisma1/own.feature"),
        "Feature: own\n\n  @id:mine-001 @behaviour:create\n  Scenario: mine\n    Given the data model \"todo_uniques_defaults\"\n    When executing:\n      \"\"\"\n      { todoes { id } }\n      \"\"\"\n    Then the result should be:\n      \"\"\"\n      {\"todoes\": []}\n      \"\"\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (o, stdout, stderr) = run(crudspec(&mine).args(["list"]));
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("note: using the suite bundled in crudspec")
            && stderr.contains("./features is not used (pass --features features to use it)"),
        "{stderr}"
    );
    assert!(!stdout.contains("mine-001"), "{stdout}");
    assert!(stdout.contains("prisma1-matrix-020"), "{stdout}");
    let (o, stdout, stderr) = run(crudspec(&mine).args(["list", "--features", "features"]));
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stdout.contains("mine-001") && !stdout.contains("prisma1-matrix-020"),
        "{stdout}"
    );

    // An altered unpacked copy is put back before use.
    let profile = unpacked.join("fixtures/profiles/prisma1.json");
    let original = std::fs::read(&profile).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&profile, b"{}").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(unpacked.join("features/extra.feature"), "Feature: extra\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let (o, _, stderr) = run(crudspec(&empty).args(["list", "--name", "^prisma1-top-001$"]));
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert_eq!(std::fs::read(&profile).unwrap_or_default(), original);
    assert!(!unpacked.join("features/extra.feature").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_stream_header_records_the_suite_commit_and_a_configured_target_version() {
    use crudspec::results::{Filters, Header, SCHEMA_ID, TargetInfo};
    use crudspec_steps::target::{ExternalConfig, ExternalTarget, ReferenceTarget};
    let config: ExternalConfig = serde_json::from_str(
        r#"{"dialect": "prisma1", "url": "http://127.0.0.1:9/", "fixture": "todo_uniques_defaults", "version": "1.34.10"}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let external = ExternalTarget::new(config, None).unwrap_or_else(|e| panic!("{e}"));
    let header = Header {
        kind: "header",
        schema: SCHEMA_ID,
        suite_version: crudspec::paths::SUITE_VERSION.to_string(),
        suite_commit: SUITE_COMMIT.to_string(),
        started_at: "2024-01-01T00:00:00Z".to_string(),
        features: "features".to_string(),
        dialect: None,
        dialects: vec!["prisma1".to_string()],
        targets: vec![TargetInfo::of(&ReferenceTarget), TargetInfo::of(&external)],
        filters: Filters {
            tags: None,
            name: None,
        },
    };
    let value = serde_json::to_value(&header).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(value["targets"][0]["version"], Value::Null);
    assert_eq!(value["targets"][1]["version"], "1.34.10");
    assert_eq!(value["schema"], "crudspec-results/2");
    validate(
        &workspace().join("fixtures/schema/results.schema.json"),
        &[value],
    );
}
