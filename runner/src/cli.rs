//! The command line.
//!
//! ```text
//! crudspec run   [--target reference|reference-http|<url>|<config.json>]... [--dialect D]
//!                [--tags EXPR] [--name REGEX] [--features DIR] [--fixtures DIR] [-j N]
//!                [--out results.jsonl] [--header 'Name: value']... [--quiet]
//! crudspec list  [--tags EXPR] [--name REGEX] [--features DIR] [--dialect D]
//! crudspec lint  [--features DIR] [--fixtures DIR] [--dialect D] [--inventory FILE] [--catalogue FILE]
//! crudspec serve --dialect D --datamodel FILE [--host 127.0.0.1] [--port 4466] [--max-body-bytes N]
//!                [--legacy-shapes] [--id-seed N]
//! ```
//!
//! Exit codes: 0 success; 1 failing scenarios or lint problems; 2 usage errors (bad target,
//! tag expression, data model).

use crate::lint::{LintOptions, lint};
use crate::paths::SuitePaths;
use crate::results::{self, Filters, Header, TargetInfo};
use crate::run;
use crate::serve::{self, ServeOptions};
use crate::xfail::Xfail;
use clap::{Args, Parser, Subcommand};
use crudspec_steps::driver::RunConfig;
use crudspec_steps::suite::{self, Filter, ScenarioSpec};
use crudspec_steps::target::{Target, parse_target};
use std::collections::BTreeSet;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

#[derive(Debug, Parser)]
#[command(
    name = "crudspec",
    version,
    about = "Conformance suite for generated GraphQL CRUD APIs (Prisma 1, GraphCMS)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the features against one or more targets; prints the conformance matrix.
    Run(RunArgs),
    /// List scenarios with ids, names and tags.
    List(ListArgs),
    /// Check the suite: ids, steps, docstrings (parse and validate), coverage of the seeds.
    Lint(LintArgs),
    /// Serve the reference executor for a dialect and data model over HTTP.
    Serve(ServeArgs),
}

#[derive(Debug, Args, Clone)]
pub struct SuiteArgs {
    /// Features folder (default: ./features, else the bundled one).
    #[arg(long)]
    pub features: Option<PathBuf>,
    /// Fixtures folder (default: fixtures/ next to the features folder).
    #[arg(long)]
    pub fixtures: Option<PathBuf>,
    /// Dialect of features outside a dialect folder, and of an external target.
    #[arg(long)]
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
    #[arg(long = "target", value_name = "TARGET")]
    pub targets: Vec<String>,
    /// Worker threads (default: available cores).
    #[arg(short = 'j', long = "jobs")]
    pub jobs: Option<usize>,
    /// Write the JSON-lines results stream here.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Extra HTTP header for external targets ('Name: value', ${VAR} from the environment).
    #[arg(long = "header", value_name = "HEADER")]
    pub headers: Vec<String>,
    /// No progress on stderr.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub suite: SuiteArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    #[command(flatten)]
    pub suite: SuiteArgs,
    /// Seed inventory (default: ../shared/spec/seed-inventory.md from the workspace root).
    #[arg(long)]
    pub inventory: Option<PathBuf>,
    /// Behaviour catalogue (default: ../shared/spec/prisma1-behaviours.md from the workspace root).
    #[arg(long)]
    pub catalogue: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[arg(long)]
    pub dialect: String,
    /// The data model (SDL file).
    #[arg(long)]
    pub datamodel: PathBuf,
    #[arg(long, default_value = "127.0.0.1")]
    pub host: IpAddr,
    #[arg(long, default_value_t = 4466)]
    pub port: u16,
    /// Largest accepted request body.
    #[arg(long)]
    pub max_body_bytes: Option<usize>,
    /// GraphCMS only: also accept the Prisma 1.0–1.3 to-one shapes of seed 004
    /// (`update: {where, data}`, `upsert: {where, update, create}`).
    #[arg(long)]
    pub legacy_shapes: bool,
    /// Seed for generated ids, for reproducible responses.
    #[arg(long)]
    pub id_seed: Option<u64>,
}

/// Parses the process arguments and runs; returns the exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(a) => cmd_run(&a),
        Command::List(a) => cmd_list(&a),
        Command::Lint(a) => cmd_lint(&a),
        Command::Serve(a) => serve::run(&ServeOptions {
            dialect: a.dialect,
            datamodel: a.datamodel,
            host: a.host,
            port: a.port,
            max_body_bytes: a.max_body_bytes,
            legacy_shapes: a.legacy_shapes,
            id_seed: a.id_seed,
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

/// Loads features and profiles.
pub fn load_suite(args: &SuiteArgs) -> Loaded {
    let paths = SuitePaths::resolve(args.features.as_deref(), args.fixtures.as_deref());
    let config = RunConfig::new(&paths.fixtures);
    let known = config.profiles.names();
    let suite = suite::load(&paths.features, args.dialect.as_deref(), &known);
    let problems = suite
        .problems
        .iter()
        .map(|p| format!("{}:{}: {}", p.file.display(), p.line, p.message))
        .collect();
    Loaded {
        paths,
        config,
        scenarios: suite.scenarios,
        problems,
    }
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

fn cmd_run(args: &RunArgs) -> i32 {
    let filter = match Filter::new(args.filter.tags.as_deref(), args.filter.name.as_deref()) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("crudspec run: {e}");
            return 2;
        }
    };
    let headers = match parse_headers(&args.headers) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("crudspec run: {e}");
            return 2;
        }
    };
    let loaded = load_suite(&args.suite);
    for p in &loaded.problems {
        eprintln!("{p}");
    }
    if !loaded.paths.features.is_dir() {
        eprintln!(
            "crudspec run: no features folder at {}",
            loaded.paths.features.display()
        );
        return 2;
    }
    let specs = if args.targets.is_empty() {
        vec!["reference".to_string()]
    } else {
        args.targets.clone()
    };
    let mut targets: Vec<Arc<dyn Target>> = Vec::new();
    for s in &specs {
        match parse_target(s, args.suite.dialect.as_deref(), &headers) {
            Ok(t) => targets.push(t),
            Err(e) => {
                eprintln!("crudspec run: {e}");
                return 2;
            }
        }
    }
    let mut xfails = Vec::new();
    for t in &targets {
        match Xfail::load(&loaded.paths.fixtures, t.name()) {
            Ok(x) => xfails.push(x),
            Err(e) => {
                eprintln!(
                    "crudspec run: cannot read the expected failures of {}: {e}",
                    t.name()
                );
                return 2;
            }
        }
    }
    let selected: Vec<&ScenarioSpec> = loaded
        .scenarios
        .iter()
        .filter(|s| filter.accepts(s))
        .collect();
    let jobs = run::schedule(&selected, &targets);
    let unscheduled = selected.len() * targets.len() - jobs.len();
    if unscheduled > 0 && !args.quiet {
        eprintln!("{unscheduled} scenario runs left out: their dialect differs from the target's");
    }
    let workers = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });
    let started_at = results::now_rfc3339();
    let started = Instant::now();
    let records = run::execute(
        &selected,
        &targets,
        &xfails,
        &jobs,
        &loaded.config,
        workers,
        args.quiet,
    );
    let duration = started.elapsed();

    let target_names: Vec<String> = targets.iter().map(|t| t.name().to_string()).collect();
    print!("{}", results::render_matrix(&records, &target_names));
    println!();
    let failures = results::render_failures(&records);
    if !failures.is_empty() {
        print!("{failures}");
    }
    let totals = results::Totals::of(&records);
    println!(
        "{} in {:.1} s",
        results::render_totals(&totals),
        duration.as_secs_f64()
    );

    if let Some(out) = &args.out {
        let dialects: BTreeSet<String> = jobs
            .iter()
            .filter_map(|j| selected[j.scenario].dialect.clone())
            .collect();
        let header = Header {
            kind: "header",
            schema: results::SCHEMA_ID,
            suite_version: env!("CARGO_PKG_VERSION").to_string(),
            started_at,
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
        if let Err(e) = results::write_stream(out, &header, &records, duration) {
            eprintln!("crudspec run: cannot write {}: {e}", out.display());
            return 2;
        }
    }
    if totals.success() && loaded.problems.is_empty() {
        0
    } else {
        1
    }
}

fn cmd_list(args: &ListArgs) -> i32 {
    let filter = match Filter::new(args.filter.tags.as_deref(), args.filter.name.as_deref()) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("crudspec list: {e}");
            return 2;
        }
    };
    let loaded = load_suite(&args.suite);
    for p in &loaded.problems {
        eprintln!("{p}");
    }
    print!("{}", crate::list::render(&loaded.scenarios, &filter));
    0
}

fn cmd_lint(args: &LintArgs) -> i32 {
    let paths = SuitePaths::resolve(
        args.suite.features.as_deref(),
        args.suite.fixtures.as_deref(),
    );
    let spec_dir = paths.root.join("..").join("shared").join("spec");
    let opts = LintOptions {
        inventory: args
            .inventory
            .clone()
            .unwrap_or_else(|| spec_dir.join("seed-inventory.md")),
        catalogue: args
            .catalogue
            .clone()
            .unwrap_or_else(|| spec_dir.join("prisma1-behaviours.md")),
        dialect: args.suite.dialect.clone(),
        paths,
    };
    let started = Instant::now();
    let report = lint(&opts);
    for p in &report.problems {
        println!("{p}");
    }
    for n in &report.notes {
        eprintln!("note: {n}");
    }
    eprintln!(
        "lint: {} problem{} in {} scenarios ({} files, {} GraphQL docstrings validated) in {:.1} s",
        report.problems.len(),
        if report.problems.len() == 1 { "" } else { "s" },
        report.scenarios,
        report.files,
        report.graphql_checked,
        started.elapsed().as_secs_f64()
    );
    if report.problems.is_empty() { 0 } else { 1 }
}
