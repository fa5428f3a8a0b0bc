//! The command line.
//!
//! ```text
//! crudspec run   [--target reference|reference-http|<url>|<config.json>]... [--dialect D]
//!                [--tags EXPR] [--name REGEX] [--features DIR] [--fixtures DIR] [-j N]
//!                [--out results.jsonl] [--header 'Name: value']... [--max-fail N | --fail-fast]
//!                [--fixture NAME] [--report FORMAT=PATH]... [--quiet]
//! crudspec list  [--tags EXPR] [--name REGEX] [--features DIR] [--dialect D]
//! crudspec lint  [--features DIR] [--fixtures DIR] [--dialect D] [--inventory FILE] [--catalogue FILE]
//!                [--errata FILE]
//! crudspec docs  [--out docs/] [--check] [--features DIR] [--fixtures DIR] [--dialect D]
//! crudspec probe --target <url>|<config.json> [--dialect D] [--fixture NAME] [--header 'Name: value']...
//! crudspec serve --dialect D --datamodel FILE|--fixture NAME [--fixtures DIR] [--host 127.0.0.1] [--port 4466] [--max-body-bytes N]
//!                [--header-timeout 10] [--body-timeout 30] [--idle-timeout 60] [--max-connections 512]
//!                [--shutdown-grace 10] [--legacy-shapes] [--id-seed N]
//! crudspec report <results.jsonl>... [--format table|markdown|html|junit|badge] [--out PATH]
//!                [--features DIR]
//! crudspec compare A.jsonl B.jsonl | R.jsonl --left T1 --right T2 [--format text|markdown]
//! ```
//!
//! `run --report FORMAT=PATH` (repeatable) writes the views of [`crate::report`] from the run's
//! records at its end; `run` appends the Markdown view to `$GITHUB_STEP_SUMMARY` when that is
//! set. `report` renders them from streams (several streams: several target columns);
//! `compare` lists regressions, fixes and other changes by scenario id ([`crate::compare`]).
//!
//! `run` also reads `CRUDSPEC_TARGET` (one target, when no `--target` is given),
//! `CRUDSPEC_DIALECT` (as `--dialect`, also for `list` and `lint`) and `CRUDSPEC_HEADERS`
//! (`'Name: value; Name2: value2'`, before any `--header`), as the `cargo test` harness does.
//!
//! Exit codes (also in `--help`, see [`EXIT_CODES`]): 0 success; 1 failing scenarios (`fail`,
//! `error`, an `xfail` that passed), lint problems, or regressions (`compare`); 2 usage errors (unknown dialect, bad
//! target, tag expression, regex, data model, unwritable `--out`, a malformed results stream); 3 a target cannot be used
//! (external targets are probed before the run, see [`crate::targets`]); 4 the selection matches no
//! scenario run (`run`, `list`); 5 nothing failed but a target was skipped as unavailable (a
//! container target without a Docker engine); 130 `run` interrupted by Ctrl-C or SIGTERM (the results stream
//! then holds the scenarios that finished, its footer says `"interrupted": true`).
//! Output to a closed pipe (`crudspec list | head -1`) ends quietly.

use crate::compare::{self, CompareFormat};
use crate::docs;
use crate::lint::{LintOptions, lint};
use crate::paths::{SuitePaths, check_dialect};
use crate::report::{self, Format, Report, Written};
use crate::results::{self, Filters, Header, StreamWriter, TargetInfo};
use crate::run::{self, Plan, Stop};
use crate::serve::{self, ServeOptions};
use crate::targets::{self, TargetOptions, TargetsError, parse_header_list};
use crate::xfail::Xfail;
use clap::{Args, Parser, Subcommand};
use crudspec_steps::driver::{Profiles, RunConfig};
use crudspec_steps::suite::{self, Filter, ScenarioSpec};
use crudspec_steps::target::{Target, TargetSpec};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Exit codes, as shown by `--help`.
pub const EXIT_CODES: &str = "\
Exit codes:
  0    success
  1    failing scenarios (fail, error, an xfail that passed), lint problems, or (compare)
       regressions: a scenario that passed on the left fails, or errs, on the right
  2    usage error (unknown dialect, bad target, tag expression or regex, unwritable --out,
       a results stream that cannot be read: file:line named)
  3    a target cannot be used (the probe before the run: unreachable, not GraphQL, no fixture)
  4    the selection (tags, name, dialect, targets) matches no scenario run
  5    nothing failed, but a target was skipped (a container target without a Docker engine)
  130  run interrupted (Ctrl-C, SIGTERM): the matrix and --out hold what finished";

/// Process exit code: success.
pub const EXIT_OK: i32 = 0;
/// Process exit code: failing scenarios or lint problems.
pub const EXIT_FAILED: i32 = 1;
/// Process exit code: usage error.
pub const EXIT_USAGE: i32 = 2;
/// Process exit code: a target cannot be used (the probe before the run found it unreachable,
/// not GraphQL, or serving none of the fixtures).
pub const EXIT_TARGET_UNUSABLE: i32 = 3;
/// Process exit code: the selection matches no scenario.
pub const EXIT_NO_MATCH: i32 = 4;
/// Process exit code: nothing failed, but a target was skipped as unavailable (a container
/// target without a Docker engine).
pub const EXIT_TARGET_SKIPPED: i32 = 5;
/// Process exit code: the run was interrupted.
pub const EXIT_INTERRUPTED: i32 = 130;

#[derive(Debug, Parser)]
#[command(
    name = "crudspec",
    version = crate::paths::LONG_VERSION,
    about = "Conformance suite for generated GraphQL CRUD APIs (Prisma 1, GraphCMS, Graphcool, 8base)",
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the features against one or more targets; prints the conformance matrix.
    #[command(after_help = EXIT_CODES)]
    Run(RunArgs),
    /// List scenarios with ids, names and tags.
    #[command(after_help = EXIT_CODES)]
    List(ListArgs),
    /// Check the suite: ids, steps, docstrings (parse and validate), coverage of the seeds.
    #[command(after_help = EXIT_CODES)]
    Lint(LintArgs),
    /// Generate the behaviour reference (Markdown) from the features; --check fails when the
    /// output folder is stale.
    Docs(DocsArgs),
    /// Serve the reference executor for a dialect and data model over HTTP.
    Serve(ServeArgs),
    /// Check an external target before a run: reachable, GraphQL, which fixture it serves,
    /// count queries and reset mutations present.
    #[command(after_help = EXIT_CODES)]
    Probe(ProbeArgs),
    /// Render results streams (crudspec run --out) as a table, Markdown, HTML, JUnit XML or
    /// shields.io badge JSON; several streams are several target columns.
    #[command(after_help = EXIT_CODES)]
    Report(ReportArgs),
    /// Compare two runs (A.jsonl B.jsonl) or two targets of one run (--left, --right) by
    /// scenario id: regressions, fixes, other changes, added, removed, per behaviour.
    #[command(after_help = EXIT_CODES)]
    Compare(CompareArgs),
}

#[derive(Debug, Args, Clone)]
pub struct SuiteArgs {
    /// Features folder (default: the checkout's features/ when run inside the crudspec checkout,
    /// else the suite bundled in this binary; a ./features of your own needs --features).
    #[arg(long)]
    pub features: Option<PathBuf>,
    /// Fixtures folder (default: fixtures/ next to the features folder, else the bundled one).
    #[arg(long)]
    pub fixtures: Option<PathBuf>,
    /// Dialect of features outside a dialect folder, and of an external target (one of the
    /// profiles in fixtures/profiles).
    #[arg(long, env = "CRUDSPEC_DIALECT")]
    pub dialect: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct FilterArgs {
    /// Cucumber tag expression, e.g. '@behaviour:connect and not @relation:PM-CM'.
    #[arg(long)]
    pub tags: Option<String>,
    /// Regex matched against scenario names and ids.
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub suite: SuiteArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// reference (default), reference-http, an http(s):// URL or a target config file; repeatable.
    #[arg(long = "target", value_name = "TARGET", env = "CRUDSPEC_TARGET")]
    pub targets: Vec<String>,
    /// Worker threads (default: available cores).
    #[arg(short = 'j', long = "jobs")]
    pub jobs: Option<usize>,
    /// Write the JSON-lines results stream here (record by record, as scenarios finish).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Extra HTTP header for external targets ('Name: value', ${VAR} from the environment);
    /// repeatable. CRUDSPEC_HEADERS='Name: value; Name2: value2' adds headers too.
    #[arg(long = "header", value_name = "HEADER")]
    pub headers: Vec<String>,
    /// Start no new scenario after N failing (fail or error) scenario runs; the runs not
    /// started are recorded as skip.
    #[arg(long, value_name = "N", value_parser = positive)]
    pub max_fail: Option<usize>,
    /// Same as --max-fail 1.
    #[arg(long, conflicts_with = "max_fail")]
    pub fail_fast: bool,
    /// The fixture (fixtures/datamodels/NAME.graphql) a bare URL serves; default: the one the
    /// probe finds by comparing schemas.
    #[arg(long, value_name = "NAME", env = "CRUDSPEC_FIXTURE")]
    pub fixture: Option<String>,
    /// No progress on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    /// Largest response body read from an HTTP target; a larger one is an `error` naming its
    /// size (default: the target config's `max_response_bytes`, else 8 MiB).
    #[arg(long, value_name = "BYTES")]
    pub max_response_bytes: Option<usize>,
    /// Also write a report of the run's records: FORMAT=PATH with FORMAT one of table,
    /// markdown, html, junit, badge (badge: PATH a folder, or a .json file for one target);
    /// repeatable.
    #[arg(long = "report", value_name = "FORMAT=PATH", value_parser = report_spec)]
    pub reports: Vec<(Format, PathBuf)>,
}

/// A duration in seconds (`10`, `0.5`): positive and at most a day.
fn seconds(s: &str) -> Result<std::time::Duration, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 86_400.0 => Ok(std::time::Duration::from_secs_f64(v)),
        _ => Err(format!(
            "`{s}`: expected a number of seconds above 0 (e.g. 10 or 0.5), at most 86400"
        )),
    }
}

fn report_spec(s: &str) -> Result<(Format, PathBuf), String> {
    let (format, path) = s
        .split_once('=')
        .filter(|(_, p)| !p.is_empty())
        .ok_or_else(|| format!("`{s}`: write FORMAT=PATH, e.g. junit=results.xml"))?;
    let format = format.parse::<Format>().map_err(|e| e.to_string())?;
    Ok((format, PathBuf::from(path)))
}

fn positive(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!("`{s}` is not a positive number")),
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub suite: SuiteArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct ProbeArgs {
    #[command(flatten)]
    pub suite: SuiteArgs,
    /// An http(s):// URL (with --dialect) or a target config file.
    #[arg(long, value_name = "TARGET", env = "CRUDSPEC_TARGET")]
    pub target: String,
    /// The fixture a bare URL serves (default: found by comparing schemas).
    #[arg(long, value_name = "NAME", env = "CRUDSPEC_FIXTURE")]
    pub fixture: Option<String>,
    /// Extra HTTP header ('Name: value', ${VAR} from the environment); repeatable.
    #[arg(long = "header", value_name = "HEADER")]
    pub headers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DocsArgs {
    #[command(flatten)]
    pub suite: SuiteArgs,
    /// Output folder.
    #[arg(long, default_value = "docs")]
    pub out: PathBuf,
    /// Write nothing; exit 1 naming the pages that differ from what would be generated.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    #[command(flatten)]
    pub suite: SuiteArgs,
    /// Example inventory (default: <fixtures>/catalogue/examples.tsv).
    #[arg(long)]
    pub inventory: Option<PathBuf>,
    /// Behaviour catalogue (default: <fixtures>/catalogue/behaviours.tsv).
    #[arg(long)]
    pub catalogue: Option<PathBuf>,
    /// Errata list (default: <fixtures>/catalogue/errata.tsv).
    #[arg(long)]
    pub errata: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("model").required(true).args(["datamodel", "fixture"])))]
pub struct ServeArgs {
    #[arg(long, env = "CRUDSPEC_DIALECT")]
    pub dialect: String,
    /// The data model (SDL file).
    #[arg(long, env = "CRUDSPEC_DATAMODEL")]
    pub datamodel: Option<PathBuf>,
    /// Serve a fixture's data model instead (NAME.graphql under <fixtures>/datamodels).
    #[arg(
        long,
        value_name = "NAME",
        env = "CRUDSPEC_FIXTURE",
        conflicts_with = "datamodel"
    )]
    pub fixture: Option<String>,
    /// The fixtures folder for --fixture (default: ./fixtures, else the bundled one).
    #[arg(long, value_name = "DIR", env = "CRUDSPEC_FIXTURES")]
    pub fixtures: Option<PathBuf>,
    /// Address to listen on: an IP address or `localhost` (127.0.0.1). Anything but a
    /// loopback address is warned about: the reference has no authentication.
    #[arg(long, default_value = "127.0.0.1", env = "CRUDSPEC_HOST")]
    pub host: String,
    #[arg(long, default_value_t = 4466, env = "CRUDSPEC_PORT")]
    pub port: u16,
    /// Largest accepted request body in bytes (default 1 MiB); larger ones get 413.
    #[arg(long)]
    pub max_body_bytes: Option<usize>,
    /// Seconds a request head may take to arrive, from the connection opening (or from its
    /// first byte on a kept-alive connection); the connection is closed after.
    #[arg(long, value_name = "SECS", default_value = "10", value_parser = seconds)]
    pub header_timeout: std::time::Duration,
    /// Seconds a request body may take to arrive completely after its head (408 after).
    #[arg(long, value_name = "SECS", default_value = "30", value_parser = seconds)]
    pub body_timeout: std::time::Duration,
    /// Seconds a kept-alive connection may stay idle (no request, no byte) before it is closed.
    #[arg(long, value_name = "SECS", default_value = "60", value_parser = seconds)]
    pub idle_timeout: std::time::Duration,
    /// Open connections at most; one more is answered 503 (Retry-After: 1) and closed.
    #[arg(long, value_name = "N", default_value_t = 512, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,
    /// On Ctrl-C or SIGTERM, seconds open requests get to finish before the server stops
    /// anyway (exit code 0 either way).
    #[arg(long, value_name = "SECS", default_value = "10", value_parser = seconds)]
    pub shutdown_grace: std::time::Duration,
    /// GraphCMS only: also accept the Prisma 1.0–1.3 to-one shapes of seed 004
    /// (`update: {where, data}`, `upsert: {where, update, create}`).
    #[arg(long)]
    pub legacy_shapes: bool,
    /// Seed for generated ids, for reproducible responses.
    #[arg(long)]
    pub id_seed: Option<u64>,
    #[command(flatten)]
    pub limits: crate::limits::LimitArgs,
}

/// `eprintln!` that never panics (stderr closed).
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// Writes to stdout; a closed pipe (or any write error) is not an error of the command: the
/// text is dropped and the command ends as it would have.
fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Parses the process arguments and runs; returns the exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(a) => cmd_run(&a),
        Command::List(a) => cmd_list(&a),
        Command::Lint(a) => cmd_lint(&a),
        Command::Docs(a) => cmd_docs(&a),
        Command::Probe(a) => cmd_probe(&a),
        Command::Report(a) => cmd_report(&a),
        Command::Compare(a) => cmd_compare(&a),
        Command::Serve(a) => serve::run(&ServeOptions {
            dialect: a.dialect,
            datamodel: match (a.datamodel, a.fixture) {
                (Some(d), _) => d,
                (None, f) => SuitePaths::resolve(None, a.fixtures.as_deref())
                    .fixtures
                    .join("datamodels")
                    .join(format!("{}.graphql", f.unwrap_or_default())),
            },
            host: a.host,
            port: a.port,
            max_body_bytes: a.max_body_bytes,
            header_timeout: a.header_timeout,
            body_timeout: a.body_timeout,
            idle_timeout: a.idle_timeout,
            max_connections: a.max_connections as usize,
            shutdown_grace: a.shutdown_grace,
            legacy_shapes: a.legacy_shapes,
            id_seed: a.id_seed,
            limits: a.limits.limits(),
        }),
    }
}

/// The suite as selected by the command line.
pub struct Loaded {
    pub paths: SuitePaths,
    pub config: RunConfig,
    pub scenarios: Vec<ScenarioSpec>,
    pub problems: Vec<String>,
}

/// Loads features and profiles; refuses a `--dialect` without a profile.
pub fn load_suite(args: &SuiteArgs) -> Result<Loaded, String> {
    let paths = SuitePaths::try_resolve(args.features.as_deref(), args.fixtures.as_deref())
        .map_err(|e| e.to_string())?;
    let config = RunConfig::new(&paths.fixtures);
    let known = config.profiles.names();
    check_dialect(args.dialect.as_deref(), &known)?;
    let suite = suite::load(&paths.features, args.dialect.as_deref(), &known);
    let problems = suite
        .problems
        .iter()
        .map(|p| format!("{}:{}: {}", p.file.display(), p.line, p.message))
        .collect();
    Ok(Loaded {
        paths,
        config,
        scenarios: suite.scenarios,
        problems,
    })
}

fn parse_headers(raw: &[String]) -> Result<Vec<(String, String)>, String> {
    raw.iter()
        .map(|h| {
            h.split_once(':')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .ok_or_else(|| format!("--header `{h}` must look like 'Name: value'"))
        })
        .collect()
}

/// What was asked for, for the "no scenario matches" message.
fn describe_selection(
    filter: &FilterArgs,
    dialect: Option<&str>,
    targets: &[String],
    loaded: &Loaded,
    selected: usize,
) -> String {
    let mut parts = Vec::new();
    if let Some(t) = &filter.tags {
        parts.push(format!("--tags '{t}'"));
    }
    if let Some(n) = &filter.name {
        parts.push(format!("--name '{n}'"));
    }
    if let Some(d) = dialect {
        parts.push(format!("--dialect {d}"));
    }
    if !targets.is_empty() {
        parts.push(format!("targets: {}", targets.join(", ")));
    }
    let mut s = format!(
        "{} scenarios in {}",
        loaded.scenarios.len(),
        loaded.paths.features.display()
    );
    if selected > 0 {
        s.push_str(&format!(
            ", {selected} selected, none in the dialect of the targets"
        ));
    }
    parts.push(s);
    parts.join(", ")
}

fn cmd_run(args: &RunArgs) -> i32 {
    let filter = match Filter::new(args.filter.tags.as_deref(), args.filter.name.as_deref()) {
        Ok(f) => f,
        Err(e) => {
            say!("crudspec run: {e}");
            return EXIT_USAGE;
        }
    };
    // As the `cargo test` harness reads it.
    let mut headers = parse_header_list(&std::env::var("CRUDSPEC_HEADERS").unwrap_or_default());
    match parse_headers(&args.headers) {
        Ok(h) => headers.extend(h),
        Err(e) => {
            say!("crudspec run: {e}");
            return EXIT_USAGE;
        }
    }
    let loaded = match load_suite(&args.suite) {
        Ok(l) => l,
        Err(e) => {
            say!("crudspec run: {e}");
            return EXIT_USAGE;
        }
    };
    for p in &loaded.problems {
        say!("{p}");
    }
    if !loaded.paths.features.is_dir() {
        say!(
            "crudspec run: no features folder at {}",
            loaded.paths.features.display()
        );
        return EXIT_USAGE;
    }
    let specs = if args.targets.is_empty() {
        vec!["reference".to_string()]
    } else {
        args.targets.clone()
    };
    let selected: Vec<&ScenarioSpec> = loaded
        .scenarios
        .iter()
        .filter(|s| filter.accepts(s))
        .collect();
    // Nothing to run: say so before probing any endpoint.
    let mut target_dialects = Vec::new();
    for s in &specs {
        match TargetSpec::parse(s, args.suite.dialect.as_deref(), None, &headers) {
            Ok(TargetSpec::External { config, .. }) => target_dialects.push(Some(config.dialect)),
            Ok(_) => target_dialects.push(None),
            Err(e) => {
                say!("crudspec run: {e}");
                return EXIT_USAGE;
            }
        }
    }
    let fits = |s: &ScenarioSpec| {
        target_dialects
            .iter()
            .any(|t| match (t.as_deref(), s.dialect.as_deref()) {
                (Some(td), Some(sd)) => td == sd,
                _ => true,
            })
    };
    let no_match = || {
        say!(
            "crudspec run: no scenario matches the selection ({})",
            describe_selection(
                &args.filter,
                args.suite.dialect.as_deref(),
                &args.targets,
                &loaded,
                selected.len()
            )
        );
        EXIT_NO_MATCH
    };
    if !selected.iter().any(|s| fits(s)) {
        return no_match();
    }
    if let Err(e) = check_fixture(args.fixture.as_deref(), &loaded) {
        say!("crudspec run: {e}");
        return EXIT_USAGE;
    }
    let options = TargetOptions {
        dialect: args.suite.dialect.clone(),
        fixture: args.fixture.clone(),
        headers,
        show_probe: !args.quiet,
        max_response_bytes: args.max_response_bytes,
    };
    let targets: Vec<Arc<dyn Target>> = match targets::resolve(
        &specs,
        &options,
        &loaded.paths.fixtures,
        &loaded.config.profiles,
        &selected,
    ) {
        Ok(t) => t,
        Err(e @ TargetsError::Probe(_)) => {
            say!("crudspec run: {e}");
            return EXIT_TARGET_UNUSABLE;
        }
        Err(e) => {
            say!("crudspec run: {e}");
            return EXIT_USAGE;
        }
    };
    let mut xfails = Vec::new();
    for t in &targets {
        match Xfail::load(&loaded.paths.fixtures, t.name()) {
            Ok(x) => xfails.push(x),
            Err(e) => {
                say!(
                    "crudspec run: cannot read the expected failures of {}: {e}",
                    t.name()
                );
                return EXIT_USAGE;
            }
        }
    }
    let jobs = run::schedule(&selected, &targets);
    if jobs.is_empty() {
        return no_match();
    }
    let unscheduled = selected.len() * targets.len() - jobs.len();
    if unscheduled > 0 && !args.quiet {
        say!("{unscheduled} scenario runs left out: their dialect differs from the target's");
    }
    let workers = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });

    let dialects: BTreeSet<String> = jobs
        .iter()
        .filter_map(|j| selected[j.scenario].dialect.clone())
        .collect();
    let header = Header {
        kind: "header",
        schema: results::SCHEMA_ID,
        suite_version: crate::paths::SUITE_VERSION.to_string(),
        suite_commit: crate::paths::SUITE_COMMIT.to_string(),
        started_at: results::now_rfc3339(),
        features: loaded.paths.features.display().to_string(),
        dialect: args.suite.dialect.clone(),
        dialects: dialects.into_iter().collect(),
        targets: targets
            .iter()
            .map(|t| {
                let mut info = TargetInfo::of(t.as_ref());
                if let Some(d) = &info.dialect
                    && let Ok(p) = loaded.config.profiles.get(d)
                {
                    info.capabilities.extend(p.capabilities.iter().cloned());
                }
                info
            })
            .collect(),
        filters: Filters {
            tags: args.filter.tags.clone(),
            name: args.filter.name.clone(),
        },
    };
    let max_fail = if args.fail_fast {
        Some(1)
    } else {
        args.max_fail
    };
    let stop = Arc::new(Stop::new(max_fail));
    // Before the header is written: whoever sees the header may interrupt the run.
    run::watch_signals(stop.clone());
    let mut stream = match &args.out {
        None => None,
        Some(out) => match StreamWriter::create(out, &header) {
            Ok(w) => Some(w),
            Err(e) => {
                say!("crudspec run: cannot write {}: {e}", out.display());
                return EXIT_USAGE;
            }
        },
    };

    let target_names: Vec<String> = targets.iter().map(|t| t.name().to_string()).collect();
    // Kept to release what the targets hold (containers) once the run ends, however it ends.
    let held: Vec<Arc<dyn Target>> = targets.clone();
    let plan = Plan {
        scenarios: selected.iter().map(|s| (*s).clone()).collect(),
        targets,
        xfails,
        jobs,
        config: loaded.config.clone(),
        workers,
        quiet: args.quiet,
    };
    let started = Instant::now();
    let finished = run::execute(plan, &stop, &mut |r| {
        if let Some(w) = stream.as_mut() {
            w.record(r);
        }
    });
    let duration = started.elapsed();
    for t in &held {
        for problem in t.finish() {
            say!("crudspec run: target {}: {problem}", t.name());
        }
    }
    let unavailable: Vec<String> = held
        .iter()
        .filter(|t| t.unavailable().is_some())
        .map(|t| t.name().to_string())
        .collect();
    let mut code = EXIT_OK;
    if let (Some(w), Some(out)) = (stream, &args.out)
        && let Err(e) = w.finish(duration, finished.interrupted)
    {
        say!("crudspec run: cannot write {}: {e}", out.display());
        code = EXIT_USAGE;
    }

    let records = &finished.records;
    let mut text = results::render_console(records, &target_names);
    let totals = results::Totals::of(records);
    text.push_str(&format!(
        "{} in {:.1} s\n",
        results::render_totals(&totals),
        duration.as_secs_f64()
    ));
    if finished.max_fail_reached {
        let n = max_fail.unwrap_or(1);
        text.push_str(&format!(
            "stopped after {n} failing scenario run{} (--max-fail {n}): {} not run, recorded as skip\n",
            if n == 1 { "" } else { "s" },
            finished.not_run
        ));
    }
    if finished.interrupted {
        text.push_str(&format!(
            "interrupted: {} scenario runs finished, {} not started{}\n",
            records.len(),
            finished.not_run,
            if finished.abandoned > 0 {
                format!(
                    ", {} stopped while running (not recorded)",
                    finished.abandoned
                )
            } else {
                String::new()
            }
        ));
    }
    emit(&text);
    if let Err(e) = write_run_reports(
        &args.reports,
        &header,
        records,
        duration,
        finished.interrupted,
    ) {
        say!("crudspec run: {e}");
        code = EXIT_USAGE;
    }

    if finished.interrupted {
        EXIT_INTERRUPTED
    } else if code != EXIT_OK {
        code
    } else if !(totals.success() && loaded.problems.is_empty()) {
        EXIT_FAILED
    } else if !unavailable.is_empty() {
        say!(
            "crudspec run: skipped target{} {}: nothing was verified there",
            if unavailable.len() == 1 { "" } else { "s" },
            unavailable.join(", ")
        );
        EXIT_TARGET_SKIPPED
    } else {
        EXIT_OK
    }
}

/// `Err` when `--fixture` names no data model of the fixtures folder.
fn check_fixture(fixture: Option<&str>, loaded: &Loaded) -> Result<(), String> {
    let Some(f) = fixture else { return Ok(()) };
    let path = loaded
        .paths
        .fixtures
        .join("datamodels")
        .join(format!("{f}.graphql"));
    if path.is_file() {
        Ok(())
    } else {
        Err(format!(
            "--fixture `{f}`: no data model {} (the fixtures are the .graphql files there)",
            path.display()
        ))
    }
}

fn cmd_probe(args: &ProbeArgs) -> i32 {
    let mut headers = parse_header_list(&std::env::var("CRUDSPEC_HEADERS").unwrap_or_default());
    match parse_headers(&args.headers) {
        Ok(h) => headers.extend(h),
        Err(e) => {
            say!("crudspec probe: {e}");
            return EXIT_USAGE;
        }
    }
    let loaded = match load_suite(&args.suite) {
        Ok(l) => l,
        Err(e) => {
            say!("crudspec probe: {e}");
            return EXIT_USAGE;
        }
    };
    if let Err(e) = check_fixture(args.fixture.as_deref(), &loaded) {
        say!("crudspec probe: {e}");
        return EXIT_USAGE;
    }
    let options = TargetOptions {
        dialect: args.suite.dialect.clone(),
        fixture: args.fixture.clone(),
        headers,
        show_probe: true,
        max_response_bytes: None,
    };
    let all: Vec<&ScenarioSpec> = loaded.scenarios.iter().collect();
    targets::probe_command(
        &args.target,
        &options,
        &loaded.paths.fixtures,
        &loaded.config.profiles,
        &all,
    )
}

/// `crudspec docs`: returns the exit code.
fn cmd_docs(args: &DocsArgs) -> i32 {
    let say = |msg: String| {
        let _ = writeln!(std::io::stderr(), "{msg}");
    };
    let paths = match SuitePaths::try_resolve(
        args.suite.features.as_deref(),
        args.suite.fixtures.as_deref(),
    ) {
        Ok(p) => p,
        Err(e) => {
            say(format!("crudspec docs: {e}"));
            return EXIT_USAGE;
        }
    };
    let opts = docs::DocsOptions {
        paths,
        dialect: args.suite.dialect.clone(),
        out: args.out.clone(),
    };
    let pages = match docs::generate(&opts) {
        Ok(p) => p,
        Err(e) => {
            say(format!("crudspec docs: {e}"));
            return EXIT_USAGE;
        }
    };
    if args.check {
        let stale = docs::compare(&args.out, &pages);
        if !stale.is_stale() {
            say(format!(
                "docs: {} pages in {} are current",
                stale.current,
                args.out.display()
            ));
            return EXIT_OK;
        }
        for p in &stale.missing {
            say(format!("{}: missing", p.display()));
        }
        for p in &stale.changed {
            say(format!("{}: stale", p.display()));
        }
        for p in &stale.removed {
            say(format!("{}: no longer generated", p.display()));
        }
        say(format!(
            "docs: {} of {} pages in {} are out of date: run `crudspec docs --out {}`",
            stale.missing.len() + stale.changed.len() + stale.removed.len(),
            pages.len(),
            args.out.display(),
            args.out.display()
        ));
        return EXIT_FAILED;
    }
    match docs::write(&args.out, &pages) {
        Ok(stale) => {
            say(format!(
                "docs: {} pages in {} ({} written, {} removed, {} unchanged)",
                pages.len(),
                args.out.display(),
                stale.missing.len() + stale.changed.len(),
                stale.removed.len(),
                stale.current
            ));
            EXIT_OK
        }
        Err(e) => {
            say(format!("crudspec docs: {e}"));
            EXIT_USAGE
        }
    }
}

fn cmd_list(args: &ListArgs) -> i32 {
    let filter = match Filter::new(args.filter.tags.as_deref(), args.filter.name.as_deref()) {
        Ok(f) => f,
        Err(e) => {
            say!("crudspec list: {e}");
            return EXIT_USAGE;
        }
    };
    let loaded = match load_suite(&args.suite) {
        Ok(l) => l,
        Err(e) => {
            say!("crudspec list: {e}");
            return EXIT_USAGE;
        }
    };
    for p in &loaded.problems {
        say!("{p}");
    }
    let selected = crate::list::select(&loaded.scenarios, &filter);
    if selected.is_empty() {
        say!(
            "crudspec list: no scenario matches the selection ({})",
            describe_selection(&args.filter, args.suite.dialect.as_deref(), &[], &loaded, 0)
        );
        return EXIT_NO_MATCH;
    }
    emit(&crate::list::render(&selected));
    EXIT_OK
}

fn cmd_lint(args: &LintArgs) -> i32 {
    let paths = match SuitePaths::try_resolve(
        args.suite.features.as_deref(),
        args.suite.fixtures.as_deref(),
    ) {
        Ok(p) => p,
        Err(e) => {
            say!("crudspec lint: {e}");
            return EXIT_USAGE;
        }
    };
    let known = Profiles::load(&paths.fixtures.join("profiles")).names();
    if let Err(e) = check_dialect(args.suite.dialect.as_deref(), &known) {
        say!("crudspec lint: {e}");
        return EXIT_USAGE;
    }
    let opts = LintOptions::new(
        paths,
        args.suite.dialect.clone(),
        args.inventory.clone(),
        args.catalogue.clone(),
        args.errata.clone(),
    );
    let started = Instant::now();
    let report = lint(&opts);
    let mut text = String::new();
    for p in &report.problems {
        let _ = writeln!(text, "{p}");
    }
    emit(&text);
    for n in &report.notes {
        say!("note: {n}");
    }
    say!(
        "lint: {} problem{} in {} scenarios ({} files, {} GraphQL docstrings validated) in {:.1} s",
        report.problems.len(),
        if report.problems.len() == 1 { "" } else { "s" },
        report.scenarios,
        report.files,
        report.graphql_checked,
        started.elapsed().as_secs_f64()
    );
    if report.problems.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILED
    }
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Results streams (crudspec run --out); several give several target columns.
    #[arg(required = true, value_name = "RESULTS.jsonl")]
    pub streams: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Write here instead of stdout. badge: a folder (one <target>.json per target), or a
    /// .json file when there is one target.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Where the feature files are, when not where the streams name them (html: the Gherkin
    /// text of each scenario).
    #[arg(long, value_name = "DIR")]
    pub features: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two streams (left, right), or one stream with --left and --right.
    #[arg(required = true, num_args = 1..=2, value_name = "RESULTS.jsonl")]
    pub streams: Vec<PathBuf>,
    /// The left target (in the one stream, or in the first).
    #[arg(long, value_name = "TARGET")]
    pub left: Option<String>,
    /// The right target (in the one stream, or in the second).
    #[arg(long, value_name = "TARGET")]
    pub right: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: CompareFormat,
}

fn read_streams(command: &str, paths: &[PathBuf]) -> Result<Vec<report::Stream>, i32> {
    paths
        .iter()
        .map(|p| {
            report::read_stream(p).map_err(|e| {
                say!("crudspec {command}: {e}");
                EXIT_USAGE
            })
        })
        .collect()
}

fn cmd_report(args: &ReportArgs) -> i32 {
    let streams = match read_streams("report", &args.streams) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut report = Report::from_streams(streams);
    report.features = args.features.clone();
    match report::write(&report, args.format, args.out.as_deref()) {
        Ok(Written::Text(text)) => {
            emit(&text);
            EXIT_OK
        }
        Ok(Written::Files(files)) => {
            for f in files {
                say!("wrote {}", f.display());
            }
            EXIT_OK
        }
        Err(e) => {
            say!("crudspec report: {e}");
            EXIT_USAGE
        }
    }
}

fn cmd_compare(args: &CompareArgs) -> i32 {
    let streams = match read_streams("compare", &args.streams) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let (left, right, pairing) =
        match compare::sides(&streams, args.left.as_deref(), args.right.as_deref()) {
            Ok(s) => s,
            Err(e) => {
                say!("crudspec compare: {e}");
                return EXIT_USAGE;
            }
        };
    let comparison = compare::compare(&left, &right, pairing);
    emit(&match args.format {
        CompareFormat::Text => comparison.render_text(),
        CompareFormat::Markdown => comparison.render_markdown(),
    });
    if comparison.has_regressions() {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

/// `run --report FORMAT=PATH` and `$GITHUB_STEP_SUMMARY`: the views of the run's records.
fn write_run_reports(
    reports: &[(Format, PathBuf)],
    header: &Header,
    records: &[results::Record],
    duration: std::time::Duration,
    interrupted: bool,
) -> Result<(), report::ReportError> {
    let summary = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|s| !s.is_empty());
    if reports.is_empty() && summary.is_none() {
        return Ok(());
    }
    let ms = duration.as_secs_f64() * 1000.0;
    let report = Report::from_run(header, records, ms, interrupted)?;
    for (format, path) in reports {
        report::write(&report, *format, Some(path))?;
    }
    if let Some(path) = summary {
        let text = report::render(&report, Format::Markdown);
        let path = PathBuf::from(path);
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(format!("{text}\n").as_bytes()));
        appended.map_err(|source| report::ReportError::Write {
            path: path.display().to_string(),
            source,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_dialect_is_refused_with_the_known_ones() {
        let known = vec!["graphcms".to_string(), "prisma1".to_string()];
        assert!(check_dialect(Some("prisma1"), &known).is_ok());
        assert!(check_dialect(None, &known).is_ok());
        let e = check_dialect(Some("prisma2"), &known)
            .err()
            .unwrap_or_default();
        assert!(e.contains("unknown dialect `prisma2`"), "{e}");
        assert!(e.contains("known: graphcms, prisma1"), "{e}");
    }

    #[test]
    fn max_fail_must_be_positive() {
        assert_eq!(positive("3"), Ok(3));
        assert!(positive("0").is_err());
        assert!(positive("x").is_err());
    }

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory as _;
        Cli::command().debug_assert();
    }
}
