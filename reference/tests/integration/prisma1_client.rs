//! The Prisma 1 dialect against Prisma's own client libraries: `data/prisma1_client/` holds every
//! HTTP exchange of a session of `prisma-client-lib` 1.34.12 (`session.json`) and one of
//! `prisma-binding` 2.3.16 (`binding.json`), both from npm, with `crudspec serve --dialect
//! prisma1 --fixture blog_user_post --id-seed 11`: the request bodies exactly as the clients
//! wrote them (their query texts, variables and batch arrays, which their transport
//! `http-link-dataloader` always sends) and the answers, each checked by the recording script
//! against what the operation documents (`scripts/prisma1-client/record.sh`; nothing here runs
//! Node.js). The reference, served over loopback with the same id seed, must answer the
//! clients' requests, in order, exactly as recorded, but for the value of `requestId` (a
//! counter of the server's requests; the recording's readiness probe took one).

use crate::common::*;
use crate::http_server::http;
use crudspec_reference::server::{ServerConfig, spawn_local};
use crudspec_reference::{Dialect, ExecutorOptions};
use serde_json::Value;

#[tokio::test]
async fn the_prisma_client_libs_session_is_answered_as_recorded() {
    replay(include_str!("../data/prisma1_client/session.json"), 15).await;
}

#[tokio::test]
async fn the_prisma_bindings_session_is_answered_as_recorded() {
    replay(include_str!("../data/prisma1_client/binding.json"), 10).await;
}

/// Replays a recorded session (at least `min` exchanges) against a fresh reference.
async fn replay(recorded: &str, min: usize) {
    let exchanges: Vec<Value> = serde_json::from_str(recorded).expect("a session is JSON");
    assert!(exchanges.len() >= min, "{} exchanges", exchanges.len());
    assert!(
        exchanges.iter().all(|e| e["request"].is_array()),
        "the client sends every request as a batch"
    );
    let ex = deploy_with(
        Dialect::Prisma1,
        "blog_user_post",
        ExecutorOptions {
            id_seed: Some(11),
            ..ExecutorOptions::default()
        },
    );
    let server = spawn_local(ex, ServerConfig::default())
        .await
        .expect("spawn");
    for (i, e) in exchanges.iter().enumerate() {
        let body = e["request"].to_string();
        let (status, _, answer) = http(server.addr, "POST", "/", body.as_bytes()).await;
        assert_eq!(
            (Value::from(status), without_request_ids(answer)),
            (
                e["status"].clone(),
                without_request_ids(e["response"].clone())
            ),
            "exchange {i}: {body}"
        );
    }
    server.shutdown().await.expect("shutdown");
}

/// The answers with every error's `requestId` taken out.
fn without_request_ids(mut v: Value) -> Value {
    for answer in v.as_array_mut().into_iter().flatten() {
        let errors = answer.get_mut("errors").and_then(Value::as_array_mut);
        for e in errors.into_iter().flatten() {
            if let Some(e) = e.as_object_mut() {
                e.remove("requestId");
            }
        }
    }
    v
}
