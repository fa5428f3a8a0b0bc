//! Schema build time against data model size: generates a data model of N types (each with
//! scalars, a unique field, an enum field and relations to its neighbours, named and unnamed,
//! to-one and to-many) and times `Executor::deploy` for each dialect asked, one size per child
//! process so that the peak RSS (VmHWM) reported is that size's own.
//!
//! Two shapes (CRUDSPEC_SCHEMA_SHAPE): `star` (default: 3 scalars and a to-one relation to the
//! first type, whose back field is hidden: ~60 KB of schema per type) and `rich` (8 scalars, an
//! enum, a to-one/to-many relation chaining every type to the next and a second relation for
//! every other type: ~370 KB per type, and relations 1 type deep per type, which overflowed
//! the stack of the recursive builder at about 3k types).
//!
//! `cargo bench -p crudspec-reference --bench schema_build` measures 1k, 8k, 16k and 50k types
//! (Prisma 1); CRUDSPEC_SCHEMA_SIZES=8000,16000 and CRUDSPEC_SCHEMA_DIALECTS=prisma1,graphcool
//! choose; under `cargo test` it runs a 200-type smoke version. `schema_build --write N FILE
//! [DIALECT [SHAPE]]` writes the generated SDL for `crudspec serve` instead.

use crudspec_reference::{Dialect, Executor, ExecutorOptions};
use std::fmt::Write as _;
use std::process::Command;
use std::time::Instant;

/// A data model of `n` types for `dialect` (Graphcool wants `@model`, `@isUnique` and named
/// relations; the Prisma family takes the v1 SDL).
fn generate(n: usize, dialect: Dialect, shape: &str) -> String {
    if shape == "star" {
        return generate_star(n, dialect);
    }
    let graphcool = dialect == Dialect::Graphcool;
    let (model, unique) = if graphcool {
        (" @model", "@isUnique")
    } else {
        ("", "@unique")
    };
    let mut sdl = String::with_capacity(n * 400);
    sdl.push_str("enum Level { LOW MEDIUM HIGH }\n\n");
    for i in 0..n {
        let _ = writeln!(sdl, "type T{i}{model} {{");
        let _ = writeln!(sdl, "  id: ID! {unique}");
        let _ = writeln!(sdl, "  key: String! {unique}");
        let _ = writeln!(sdl, "  title: String");
        let _ = writeln!(sdl, "  count: Int");
        let _ = writeln!(sdl, "  score: Float");
        let _ = writeln!(sdl, "  done: Boolean");
        let _ = writeln!(sdl, "  level: Level");
        let _ = writeln!(sdl, "  at: DateTime");
        // T(i) belongs to T(i-1) (named, to-one/to-many) and T(i-1) knows its children.
        if i > 0 {
            let _ = writeln!(sdl, "  parent: T{} @relation(name: \"Parent{i}\")", i - 1);
        }
        if i + 1 < n {
            let _ = writeln!(
                sdl,
                "  children: [T{}!]! @relation(name: \"Parent{}\")",
                i + 1,
                i + 1
            );
        }
        // Every other type also points at T(i/2): an unnamed (Prisma) or named (Graphcool)
        // one-way relation with a hidden back field.
        if i % 2 == 1 {
            if graphcool {
                let _ = writeln!(sdl, "  peer: T{} @relation(name: \"Peer{i}\")", i / 2);
            } else {
                let _ = writeln!(sdl, "  peer: T{}", i / 2);
            }
        }
        sdl.push_str("}\n\n");
    }
    if graphcool {
        // Graphcool needs every relation named on both ends: give the peers a back field.
        let mut back = vec![Vec::new(); n];
        for i in (1..n).step_by(2) {
            back[i / 2].push(i);
        }
        let mut out = String::with_capacity(sdl.len() + n * 60);
        let mut t = 0;
        for line in sdl.lines() {
            if line == "}" {
                for &j in &back[t] {
                    let _ = writeln!(out, "  peerOf{j}: [T{j}!]! @relation(name: \"Peer{j}\")");
                }
                t += 1;
            }
            out.push_str(line);
            out.push('\n');
        }
        sdl = out;
    }
    sdl
}

/// The `star` shape: every type but the first points at the first (a hidden back field).
fn generate_star(n: usize, dialect: Dialect) -> String {
    let graphcool = dialect == Dialect::Graphcool;
    let (model, unique) = if graphcool {
        (" @model", "@isUnique")
    } else {
        ("", "@unique")
    };
    let mut sdl = String::with_capacity(n * 120);
    for i in 0..n {
        let _ = writeln!(sdl, "type T{i}{model} {{");
        let _ = writeln!(sdl, "  id: ID! {unique}");
        let _ = writeln!(sdl, "  key: String! {unique}");
        let _ = writeln!(sdl, "  title: String");
        if i > 0 {
            if graphcool {
                let _ = writeln!(sdl, "  hub: T0 @relation(name: \"Hub{i}\")");
            } else {
                let _ = writeln!(sdl, "  hub: T0");
            }
        }
        sdl.push_str("}\n\n");
    }
    sdl
}

fn shape() -> String {
    std::env::var("CRUDSPEC_SCHEMA_SHAPE").unwrap_or_else(|_| "star".into())
}

/// Peak resident set of this process in KiB (Linux), if known.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Deploys one generated model in this process and prints `types,seconds,peak_kib`.
fn child(n: usize, dialect: Dialect) -> Result<(), String> {
    let sdl = generate(n, dialect, &shape());
    let start = Instant::now();
    let ex = Executor::deploy(dialect, &sdl, ExecutorOptions::default())
        .map_err(|e| format!("{n} types: {e}"))?;
    let secs = start.elapsed().as_secs_f64();
    let models = ex.datamodel().models.len();
    println!("{models},{secs:.3},{}", peak_rss_kib().unwrap_or(0));
    Ok(())
}

fn env_list(name: &str) -> Option<Vec<String>> {
    let v = std::env::var(name).ok()?;
    let list: Vec<String> = v
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    (!list.is_empty()).then_some(list)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Err(e) = run(&args) {
        eprintln!("schema_build: {e}");
        std::process::exit(1);
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let dialect_of = |s: &str| s.parse::<Dialect>().map_err(|e| e.to_string());
    if let Some(i) = args.iter().position(|a| a == "--child") {
        let n = args
            .get(i + 1)
            .and_then(|s| s.parse().ok())
            .ok_or("--child N DIALECT")?;
        let d = dialect_of(args.get(i + 2).ok_or("--child N DIALECT")?)?;
        return child(n, d);
    }
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let usage = "--write N FILE [DIALECT]";
        let n: usize = args.get(i + 1).and_then(|s| s.parse().ok()).ok_or(usage)?;
        let file = args.get(i + 2).ok_or(usage)?;
        let d = match args.get(i + 3) {
            Some(d) => dialect_of(d)?,
            None => Dialect::Prisma1,
        };
        let shape = args.get(i + 4).cloned().unwrap_or_else(shape);
        return std::fs::write(file, generate(n, d, &shape)).map_err(|e| format!("{file}: {e}"));
    }
    let full = args.iter().any(|a| a == "--bench");
    let sizes: Vec<usize> = match env_list("CRUDSPEC_SCHEMA_SIZES") {
        Some(l) => l.iter().filter_map(|s| s.parse().ok()).collect(),
        None if full => vec![1_000, 8_000, 16_000, 50_000],
        None => vec![200],
    };
    let dialects = env_list("CRUDSPEC_SCHEMA_DIALECTS").unwrap_or_else(|| vec!["prisma1".into()]);
    let me = std::env::current_exe().map_err(|e| format!("cannot find this binary: {e}"))?;
    println!("shape {}", shape());
    println!(
        "{:<10} {:>8} {:>12} {:>14} {:>12}",
        "dialect", "types", "deploy s", "µs per type", "peak MiB"
    );
    for d in &dialects {
        dialect_of(d)?;
        for &n in &sizes {
            let out = Command::new(&me)
                .args(["--child", &n.to_string(), d])
                .output()
                .map_err(|e| format!("cannot run {}: {e}", me.display()))?;
            if !out.status.success() {
                return Err(format!(
                    "{d} at {n} types failed: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                ));
            }
            let line = String::from_utf8_lossy(&out.stdout);
            let mut cols = line.trim().split(',');
            let (types, secs, kib) = (cols.next(), cols.next(), cols.next());
            let secs: f64 = secs.and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
            let kib: f64 = kib.and_then(|s| s.parse().ok()).unwrap_or(0.0);
            let types: f64 = types.and_then(|s| s.parse().ok()).unwrap_or(n as f64);
            println!(
                "{d:<10} {types:>8} {secs:>12.3} {:>14.1} {:>12.0}",
                secs * 1e6 / types.max(1.0),
                kib / 1024.0
            );
        }
    }
    Ok(())
}
