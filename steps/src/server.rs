//! Serving a reference executor on loopback for the `reference-http` target: a thin adapter
//! over `crudspec_reference::server::spawn_local` (127.0.0.1, ephemeral port).

use crate::failure::StepFailure;
use crudspec_reference::Executor;
use crudspec_reference::server::{RunningServer, ServerConfig, spawn_local};

/// A running loopback server; [`ServerHandle::shutdown`] stops it.
pub struct ServerHandle {
    pub url: String,
    server: RunningServer,
}

/// Starts a server for `executor` on the current tokio runtime.
pub async fn spawn(executor: Executor) -> Result<ServerHandle, StepFailure> {
    let server = spawn_local(executor, ServerConfig::default())
        .await
        .map_err(|e| StepFailure::error(format!("cannot start the loopback server: {e}")))?;
    Ok(ServerHandle {
        url: server.url.clone(),
        server,
    })
}

impl ServerHandle {
    /// Graceful shutdown (open requests finish first).
    pub async fn shutdown(self) {
        let _ = self.server.shutdown().await;
    }
}
