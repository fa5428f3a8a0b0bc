//! `crudspec serve` against a bare axum handler, side by side in one run: both servers listen
//! on 127.0.0.1 in this process (each on its own 2-thread tokio runtime), and a load
//! generator of C keep-alive connections (one OS thread each, plain HTTP/1.1) POSTs the same
//! `createUser` request body shape to each in turn for D seconds, R rounds alternating. The
//! bare handler parses the body as a GraphQL request (JSON) and answers a fixed small JSON:
//! the HTTP floor of this machine. Each round starts the reference on an empty store. It
//! prints each round's rates, the CPU time per request of each side, and the median ratios.
//!
//! `cargo bench -p crudspec-reference --bench serve` (8 connections, 3 s, 5 rounds);
//! CRUDSPEC_SERVE_CONNECTIONS, CRUDSPEC_SERVE_SECONDS and CRUDSPEC_SERVE_ROUNDS change them.
//! With CRUDSPEC_SERVE_WRK=1 the load comes from `wrk` (2 threads, a Lua script giving every
//! request its own username) instead of the built-in client, whose own cost flatters the
//! ratio a little (it shares the 2 CPUs with the servers). Under `cargo test` it runs a short
//! smoke version.

use axum::Router;
use axum::body::Bytes;
use crudspec_reference::server::{ServerConfig, spawn_local};
use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The seed-002 User/Post model the suite deploys as the fixture `user_posts`.
const SDL: &str = include_str!("../../fixtures/datamodels/user_posts.graphql");

const CREATE_USER: &str = "mutation ($d: UserCreateInput!) { createUser(data: $d) { id } }";

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(env_num("CRUDSPEC_SERVE_WORKERS", 2).max(1) as usize)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start a runtime: {e}"))
}

/// The floor: parse the body as a GraphQL request, answer a fixed JSON.
async fn bare(body: Bytes) -> ([(axum::http::HeaderName, &'static str); 1], String) {
    let answer = match serde_json::from_slice::<GraphqlRequest>(&body) {
        Ok(r) => format!(
            "{{\"data\":{{\"createUser\":{{\"id\":\"{}\"}}}}}}",
            r.query.len()
        ),
        Err(e) => format!("{{\"errors\":[{{\"message\":\"{e}\"}}]}}"),
    };
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        answer,
    )
}

/// One keep-alive connection: sends requests until `stop`, counts good answers.
fn client(
    addr: SocketAddr,
    tag: String,
    stop: Arc<AtomicBool>,
    done: Arc<AtomicU64>,
) -> Result<(), String> {
    let stream = TcpStream::connect(addr).map_err(|e| format!("connect {addr}: {e}"))?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|e| e.to_string())?;
    let mut writer = stream.try_clone().map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(stream);
    let mut n = 0u64;
    let mut line = String::new();
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let body = serde_json::json!({
            "query": CREATE_USER,
            "variables": {"d": {"username": format!("{tag}-{n}"), "name": "n"}}
        })
        .to_string();
        let request = format!(
            "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        writer
            .write_all(request.as_bytes())
            .map_err(|e| format!("write: {e}"))?;
        let mut length = None;
        let mut status_ok = false;
        let mut first = true;
        loop {
            line.clear();
            let read = reader
                .read_line(&mut line)
                .map_err(|e| format!("read: {e}"))?;
            if read == 0 {
                return Err("the server closed the connection".into());
            }
            let l = line.trim_end();
            if first {
                status_ok = l.split_whitespace().nth(1) == Some("200");
                first = false;
            } else if l.is_empty() {
                break;
            } else if let Some((k, v)) = l.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse::<usize>().ok();
            }
        }
        let length = length.ok_or("an answer without content-length")?;
        let mut body = vec![0; length];
        reader
            .read_exact(&mut body)
            .map_err(|e| format!("read body: {e}"))?;
        if !status_ok || body.windows(8).any(|w| w == b"\"errors\"") {
            return Err(format!("a bad answer: {}", String::from_utf8_lossy(&body)));
        }
        done.fetch_add(1, Ordering::Relaxed);
    }
    Ok(())
}

/// The Lua script of `wrk`: createUser with a username unique per run, thread and request.
const WRK_SCRIPT: &str = r#"
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  prefix = args[1] or "w"
  counter = 0
end
function request()
  counter = counter + 1
  local body = '{"query":"mutation ($d: UserCreateInput!) { createUser(data: $d) { id } }","variables":{"d":{"username":"' .. prefix .. '-' .. tid .. '-' .. counter .. '","name":"n"}}}'
  return wrk.format("POST", "/", {["Content-Type"] = "application/json"}, body)
end
"#;

/// Requests per second measured by `wrk` (non-2xx answers make it an error).
fn drive_wrk(addr: SocketAddr, connections: u64, seconds: f64, round: &str) -> Result<f64, String> {
    let script =
        std::env::temp_dir().join(format!("crudspec-serve-bench-{}.lua", std::process::id()));
    std::fs::write(&script, WRK_SCRIPT).map_err(|e| format!("{}: {e}", script.display()))?;
    let out = std::process::Command::new("wrk")
        .args([
            "-t2",
            &format!("-c{connections}"),
            &format!("-d{}s", seconds.ceil() as u64),
        ])
        .arg("-s")
        .arg(&script)
        .arg(format!("http://{addr}/"))
        .args(["--", round])
        .output()
        .map_err(|e| format!("cannot run wrk: {e}"))?;
    let _ = std::fs::remove_file(&script);
    let text = String::from_utf8_lossy(&out.stdout);
    if text.contains("Non-2xx") {
        return Err(format!("wrk saw error answers:\n{text}"));
    }
    text.lines()
        .find_map(|l| l.trim().strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| {
            format!(
                "no Requests/sec in wrk's output:\n{text}{}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
}

/// CPU time this process has used (user + system), from `/proc/self/stat`; None elsewhere.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // The kernel's USER_HZ is 100 on every Linux this runs on.
    Some(ticks / 100.0)
}

/// What one side did in one round.
#[derive(Clone, Copy)]
struct Sample {
    /// Requests per second.
    rate: f64,
    /// CPU time of this process (both servers and the built-in client) per request, in
    /// microseconds: a figure less sensitive to other load on the machine than the rate.
    cpu_us: Option<f64>,
}

/// Requests per second over `seconds` with `connections` clients.
fn drive(addr: SocketAddr, connections: u64, seconds: f64, round: &str) -> Result<Sample, String> {
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let threads: Vec<_> = (0..connections)
        .map(|c| {
            let (stop, done) = (stop.clone(), done.clone());
            let tag = format!("{round}-{c}");
            std::thread::spawn(move || client(addr, tag, stop, done))
        })
        .collect();
    // warm-up: the first quarter second is not counted
    std::thread::sleep(Duration::from_millis(250));
    let start_count = done.load(Ordering::Relaxed);
    let start = Instant::now();
    let start_cpu = process_cpu_seconds();
    std::thread::sleep(Duration::from_secs_f64(seconds));
    let count = done.load(Ordering::Relaxed) - start_count;
    let elapsed = start.elapsed().as_secs_f64();
    let cpu = process_cpu_seconds()
        .zip(start_cpu)
        .map(|(end, start)| end - start);
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join()
            .map_err(|_| "a client thread panicked".to_string())??;
    }
    Ok(Sample {
        rate: count as f64 / elapsed,
        cpu_us: cpu.map(|c| c * 1e6 / count.max(1) as f64),
    })
}

fn main() {
    if let Err(e) = run() {
        eprintln!("serve bench: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let full = std::env::args().any(|a| a == "--bench");
    let connections = env_num("CRUDSPEC_SERVE_CONNECTIONS", 8);
    let seconds = env_num("CRUDSPEC_SERVE_SECONDS", if full { 3 } else { 1 }) as f64;
    let rounds = env_num("CRUDSPEC_SERVE_ROUNDS", if full { 5 } else { 1 });
    let wrk = env_num("CRUDSPEC_SERVE_WRK", 0) == 1;
    let drive = |addr, connections, seconds, round: &str| {
        if wrk {
            drive_wrk(addr, connections, seconds, round).map(|rate| Sample { rate, cpu_us: None })
        } else {
            drive(addr, connections, seconds, round)
        }
    };

    let crud_rt = runtime()?;
    let executor = Executor::deploy(Dialect::Prisma1, SDL, ExecutorOptions::default())
        .map_err(|e| e.to_string())?;
    let crud = crud_rt
        .block_on(spawn_local(executor.clone(), ServerConfig::default()))
        .map_err(|e| e.to_string())?;

    let bare_rt = runtime()?;
    let listener = bare_rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .map_err(|e| format!("bind: {e}"))?;
    let bare_addr = listener.local_addr().map_err(|e| e.to_string())?;
    let app = Router::new().route("/", axum::routing::post(bare));
    bare_rt.spawn(async move { axum::serve(listener, app).await });

    println!(
        "createUser over HTTP/1.1 keep-alive, {connections} connections, {seconds} s per side, {rounds} rounds, load from {} (this machine: {} CPUs)",
        if wrk {
            "wrk -t2"
        } else {
            "the built-in client"
        },
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "{:<6} {:>14} {:>14} {:>8} {:>16} {:>12} {:>10}",
        "round",
        "crudspec req/s",
        "bare req/s",
        "ratio",
        "crudspec CPU/req",
        "bare CPU/req",
        "CPU ratio"
    );
    let mut ratios = Vec::new();
    let mut cpu_ratios = Vec::new();
    for r in 0..rounds {
        // Every round starts on an empty store, as the in-process bench does: the rounds
        // compare like with like, not a store grown by the rounds before (what a store of
        // 100k records costs is the in-process bench's to say).
        executor.reset();
        // alternate which side goes first, so drift on a shared machine hits both
        let (c, b) = if r % 2 == 0 {
            let c = drive(crud.addr, connections, seconds, &format!("r{r}"))?;
            (c, drive(bare_addr, connections, seconds, &format!("r{r}"))?)
        } else {
            let b = drive(bare_addr, connections, seconds, &format!("r{r}"))?;
            (drive(crud.addr, connections, seconds, &format!("r{r}"))?, b)
        };
        let ratio = c.rate / b.rate.max(f64::MIN_POSITIVE);
        ratios.push(ratio);
        let us = |s: Sample| s.cpu_us.map_or("-".to_string(), |u| format!("{u:.1} µs"));
        let cpu_ratio = c
            .cpu_us
            .zip(b.cpu_us)
            .map(|(c, b)| b / c.max(f64::MIN_POSITIVE));
        cpu_ratios.extend(cpu_ratio);
        println!(
            "{r:<6} {:>14.0} {:>14.0} {ratio:>8.2} {:>16} {:>12} {:>10}",
            c.rate,
            b.rate,
            us(c),
            us(b),
            cpu_ratio.map_or("-".to_string(), |x| format!("{x:.2}"))
        );
    }
    let summary = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        format!(
            "median {:.2}, min {:.2}, max {:.2}",
            v[v.len() / 2],
            v[0],
            v[v.len() - 1]
        )
    };
    println!("ratio crudspec/bare: {}", summary(ratios));
    if !cpu_ratios.is_empty() {
        println!(
            "CPU per request (servers and client), bare/crudspec: {}",
            summary(cpu_ratios)
        );
    }
    Ok(())
}
