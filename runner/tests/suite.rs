//! `cargo test` entry of the suite (`harness = false`, libtest-mimic): one trial per scenario
//! and target, named `<id> @ <target>`, so `cargo test -- <filter>`, `--exact`, `--list`,
//! `--ignored` and `cargo nextest run` work and the run ends with libtest's summary line.
//!
//! Targets: the in-process reference and the reference over HTTP on loopback; with
//! `CRUDSPEC_TARGET=<url or target config>` (and `CRUDSPEC_DIALECT=<dialect>` for a URL,
//! `CRUDSPEC_FIXTURE=<fixture>` for the data model a URL serves when the probe cannot find it,
//! `CRUDSPEC_HEADERS='Name: value; Name2: value2'` for extra headers) also that endpoint, probed
//! first as `crudspec run` does.
//! Scenarios tagged `@skip`/`@ignore`, and scenarios whose data model the target does not serve
//! (outcome `n/a`: inline data model or unmapped fixture on an external endpoint), are ignored
//! trials; `fixtures/xfail/<target>.txt` applies as in `crudspec run`. Trials run through the
//! same driver as `crudspec run`.
//!
//! Listing parses the whole suite; a trial run alone (`--exact '<name>'`, as nextest runs each
//! trial in a process of its own) parses only the feature file its name points to.

use crudspec::paths::{SuitePaths, bundled_root};
use crudspec::run::schedule;
use crudspec::targets::{TargetOptions, parse_header_list, resolve};
use crudspec::xfail::Xfail;
use crudspec_steps::driver::{Outcome, RunConfig, SKIP_TAGS, run_scenario_blocking};
use crudspec_steps::suite::{self, ScenarioSpec};
use crudspec_steps::target::{ReferenceHttpTarget, ReferenceTarget, Target};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

fn main() {
    let args = Arguments::from_args();
    let root = bundled_root();
    let paths = SuitePaths::resolve(Some(&root.join("features")), Some(&root.join("fixtures")));
    let config = Arc::new(RunConfig::new(&paths.fixtures));
    let dialect = std::env::var("CRUDSPEC_DIALECT").ok();
    let external = std::env::var("CRUDSPEC_TARGET").ok();
    let known = config.profiles.names();
    // A single trial (nextest runs each in a process of its own) parses only its feature file.
    let loaded = match single_trial_file(&args, &paths.features, external.is_some()) {
        Some(file) => suite::load_files(&paths.features, vec![file], dialect.as_deref(), &known),
        None => suite::load(&paths.features, dialect.as_deref(), &known),
    };

    let mut trials = Vec::new();
    if !loaded.problems.is_empty() {
        let text: Vec<String> = loaded
            .problems
            .iter()
            .map(|p| format!("{}:{}: {}", p.file.display(), p.line, p.message))
            .collect();
        trials.push(Trial::test("suite: feature files load", move || {
            Err(Failed::from(text.join("\n")))
        }));
    }

    let mut targets: Vec<Arc<dyn Target>> =
        vec![Arc::new(ReferenceTarget), Arc::new(ReferenceHttpTarget)];
    if let Some(spec) = external {
        // The same path as `crudspec run`: parsed, probed (a bare URL serves the fixture its
        // schema matches, or CRUDSPEC_FIXTURE), adapted by its target config.
        let options = TargetOptions {
            dialect: dialect.clone(),
            fixture: std::env::var("CRUDSPEC_FIXTURE").ok(),
            headers: parse_header_list(&std::env::var("CRUDSPEC_HEADERS").unwrap_or_default()),
            show_probe: false,
            max_response_bytes: None,
        };
        let all: Vec<&ScenarioSpec> = loaded.scenarios.iter().collect();
        match resolve(&[spec], &options, &paths.fixtures, &config.profiles, &all) {
            Ok(mut t) => targets.append(&mut t),
            Err(e) => {
                let msg = e.to_string();
                trials.push(Trial::test("suite: CRUDSPEC_TARGET", move || {
                    Err(Failed::from(msg))
                }));
            }
        }
    }

    // The expected failures of each target, read once.
    let xfails: Vec<Arc<Xfail>> = targets
        .iter()
        .map(|target| match Xfail::load(&paths.fixtures, target.name()) {
            Ok(x) => Arc::new(x),
            Err(e) => {
                let msg = format!(
                    "cannot read the expected failures of {}: {e}",
                    target.name()
                );
                trials.push(Trial::test(
                    format!("suite: xfail {}", target.name()),
                    move || Err(Failed::from(msg)),
                ));
                Arc::new(Xfail::default())
            }
        })
        .collect();

    let specs: Vec<&ScenarioSpec> = loaded.scenarios.iter().collect();
    for job in schedule(&specs, &targets) {
        let spec = specs[job.scenario].clone();
        let target = targets[job.target].clone();
        let xfail = xfails[job.target].clone();
        let skipped = SKIP_TAGS.iter().any(|t| spec.has_tag(t));
        // A data model the target cannot set up would be `n/a`: an ignored trial, not an `ok`.
        let unserved = spec
            .data_models()
            .iter()
            .any(|m| !target.serves(m.as_deref()));
        let ignored = skipped || unserved;
        let mut config = (*config).clone();
        config.run_skipped = skipped;
        // One scenario at a time on a shared external endpoint.
        let lock = target.serial().then(|| serial_lock(target.name()));
        let name = format!("{} @ {}", spec.label(), target.name());
        trials.push(
            Trial::test(name, move || {
                let _guard = lock
                    .as_ref()
                    .map(|l| l.lock().unwrap_or_else(|p| p.into_inner()));
                let result = xfail.apply(&spec, run_scenario_blocking(&spec, &target, &config));
                match result.outcome {
                    Outcome::Fail | Outcome::Error => Err(Failed::from(format!(
                        "{} ({}): {}\n{}",
                        result.outcome.as_str(),
                        spec.location(),
                        spec.name,
                        result.explanation()
                    ))),
                    Outcome::Pass | Outcome::Xfail | Outcome::NotApplicable | Outcome::Skip => {
                        Ok(())
                    }
                }
            })
            .with_ignored_flag(ignored),
        );
    }
    libtest_mimic::run(&args, trials).exit();
}

/// The one feature file a run of a single trial needs: `--exact '<label> @ <target>'` (how
/// nextest runs every trial, each in a process of its own), the label being a scenario id (an
/// outline row's `<id>[<value>]`) or `<file>:<line>`. Found by reading the feature files as text,
/// so such a run parses that file alone instead of the whole suite. `None` (load everything)
/// for any other run, with an external target (its probe looks at every scenario's data model),
/// and when the name does not lead to exactly one file.
fn single_trial_file(args: &Arguments, features: &Path, external: bool) -> Option<PathBuf> {
    if external || !args.exact || args.list {
        return None;
    }
    let (label, _target) = args.filter.as_deref()?.rsplit_once(" @ ")?;
    if let Some((file, line)) = label.rsplit_once(':')
        && line.parse::<usize>().is_ok()
        && file.ends_with(".feature")
    {
        let file = PathBuf::from(file);
        return (file.starts_with(features) && file.is_file()).then_some(file);
    }
    let id = label.split_once('[').map_or(label, |(id, _)| id);
    match suite::files_declaring(features, id).as_slice() {
        [file] => Some(file.clone()),
        _ => None,
    }
}

fn serial_lock(target: &str) -> Arc<Mutex<()>> {
    static LOCKS: Mutex<Vec<(String, Arc<Mutex<()>>)>> = Mutex::new(Vec::new());
    let mut locks = LOCKS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, l)) = locks.iter().find(|(n, _)| n == target) {
        return l.clone();
    }
    let l = Arc::new(Mutex::new(()));
    locks.push((target.to_string(), l.clone()));
    l
}
