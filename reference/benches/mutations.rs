//! In-process mutation throughput through `Executor::execute` (schema validation, argument
//! conversion, one engine transaction, response post-processing): `createUser` and a nested
//! connect (`updateUser(where: {id}, data: {posts: {connect: {id}}})`) at 1k and 100k stored
//! records. `cargo bench -p crudspec-reference` runs the full measurement; under `cargo test`
//! (no `--bench` argument) it runs a small smoke version. Sizes and operation counts can be set
//! with CRUDSPEC_BENCH_SIZES=1000,100000 and CRUDSPEC_BENCH_OPS=5000 and
//! CRUDSPEC_BENCH_ROUNDS=5 (the best round is reported).

use crudspec_reference::{Dialect, Executor, ExecutorOptions, GraphqlRequest};
use serde_json::{Value, json};
use std::time::Instant;

/// The seed-002 User/Post model the suite deploys as the fixture `user_posts`.
const SDL: &str = include_str!("../../fixtures/datamodels/user_posts.graphql");

const CREATE_USER: &str = "mutation ($d: UserCreateInput!) { createUser(data: $d) { id } }";
const CREATE_POST: &str = "mutation ($d: PostCreateInput!) { createPost(data: $d) { id } }";
const CONNECT: &str = "mutation ($u: ID!, $p: ID!) { updateUser(where: {id: $u}, data: {posts: {connect: {id: $p}}}) { id } }";

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: Vec<usize> = env_list("CRUDSPEC_BENCH_SIZES").unwrap_or_else(|| {
        if full {
            vec![1_000, 100_000]
        } else {
            vec![100]
        }
    });
    let ops: usize = std::env::var("CRUDSPEC_BENCH_OPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if full { 5_000 } else { 50 });
    let rounds: usize = std::env::var("CRUDSPEC_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if full { 5 } else { 1 });
    let rt = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start a tokio runtime: {e}");
            std::process::exit(1);
        }
    };
    println!(
        "crudspec-reference mutations through Executor::execute (single thread, {ops} ops, best of {rounds} rounds on a fresh store)"
    );
    println!(
        "{:<14} {:>16} {:>14} {:>14}",
        "operation", "stored records", "mutations/s", "µs/mutation"
    );
    for &size in &sizes {
        match rt.block_on(best_of(rounds, size, ops)) {
            Ok(rows) => {
                for (name, rate) in rows {
                    println!(
                        "{name:<14} {size:>16} {rate:>14.0} {:>14.1}",
                        1e6 / rate.max(f64::MIN_POSITIVE)
                    );
                }
            }
            Err(e) => {
                eprintln!("benchmark at {size} records failed: {e}");
                std::process::exit(1);
            }
        }
    }
}

fn env_list(name: &str) -> Option<Vec<usize>> {
    let v = std::env::var(name).ok()?;
    let list: Vec<usize> = v.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    (!list.is_empty()).then_some(list)
}

async fn exec(ex: &Executor, query: &str, variables: Value) -> Result<Value, String> {
    let r = ex
        .execute(GraphqlRequest::new(query).with_variables(variables))
        .await;
    if r.get("errors").is_some() {
        return Err(format!("{query}: {r}"));
    }
    Ok(r["data"].clone())
}

fn id(v: &Value, field: &str) -> Result<String, String> {
    v[field]["id"]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("no id in {v}"))
}

/// The best rate of each operation over `rounds` independent measurements (each on a fresh
/// store), which filters out the noise of other work on a shared machine.
async fn best_of(
    rounds: usize,
    size: usize,
    ops: usize,
) -> Result<Vec<(&'static str, f64)>, String> {
    let mut best: Vec<(&'static str, f64)> = Vec::new();
    for _ in 0..rounds.max(1) {
        for (name, rate) in measure(size, ops).await? {
            match best.iter_mut().find(|(n, _)| *n == name) {
                Some(entry) => entry.1 = entry.1.max(rate),
                None => best.push((name, rate)),
            }
        }
    }
    Ok(best)
}

/// Fills the store with `size` records (half users, half posts), then times `ops` creates and
/// `ops` nested connects.
async fn measure(size: usize, ops: usize) -> Result<Vec<(&'static str, f64)>, String> {
    let ex = Executor::deploy(
        Dialect::Prisma1,
        SDL,
        ExecutorOptions {
            id_seed: Some(1),
            ..Default::default()
        },
    )
    .map_err(|e| e.to_string())?;
    let half = (size / 2).max(1);
    let mut users = Vec::with_capacity(half);
    let mut posts = Vec::with_capacity(half);
    for i in 0..half {
        let u = exec(
            &ex,
            CREATE_USER,
            json!({"d": {"username": format!("fill{i}")}}),
        )
        .await?;
        users.push(id(&u, "createUser")?);
        let p = exec(
            &ex,
            CREATE_POST,
            json!({"d": {"title": format!("post{i}")}}),
        )
        .await?;
        posts.push(id(&p, "createPost")?);
    }

    let start = Instant::now();
    for i in 0..ops {
        exec(
            &ex,
            CREATE_USER,
            json!({"d": {"username": format!("bench{i}"), "name": "n"}}),
        )
        .await?;
    }
    let create = ops as f64 / start.elapsed().as_secs_f64();

    let start = Instant::now();
    for i in 0..ops {
        let u = &users[(i * 7919) % users.len()];
        let p = &posts[i % posts.len()];
        exec(&ex, CONNECT, json!({"u": u, "p": p})).await?;
    }
    let connect = ops as f64 / start.elapsed().as_secs_f64();
    Ok(vec![("createUser", create), ("nested connect", connect)])
}
