//! `crudspec serve`: serves the reference executor for one dialect and data model over HTTP
//! (`crudspec_reference::server::serve_on`), prints the URL and stops gracefully on Ctrl-C or
//! SIGTERM: the listener closes, open requests get `--shutdown-grace` seconds, and the process
//! exits 0. `--host` takes an IP address or `localhost`; a non-loopback address is warned
//! about on stderr. A data model that does not deploy exits with code 2 and
//! `file:line:column: message`.

use crudspec_reference::server::{ServerConfig, serve_on};
use crudspec_reference::{DeployError, Dialect, Executor, ExecutorOptions};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub dialect: String,
    pub datamodel: std::path::PathBuf,
    /// An IP address, `localhost`, or a host name (its first address).
    pub host: String,
    pub port: u16,
    pub max_body_bytes: Option<usize>,
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub idle_timeout: Duration,
    pub max_connections: usize,
    pub shutdown_grace: Duration,
    pub legacy_shapes: bool,
    pub id_seed: Option<u64>,
    /// Cost limits (`--max-cost`, …).
    pub limits: crudspec_reference::limits::Limits,
}

/// The address `--host` names: an IP address, `localhost` (127.0.0.1, whatever the resolver
/// says), or a host name (its first address).
pub fn host_address(host: &str) -> Result<IpAddr, String> {
    let host = host.trim();
    if host.eq_ignore_ascii_case("localhost") {
        return Ok(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    if let Ok(ip) = host.trim_matches(['[', ']']).parse::<IpAddr>() {
        return Ok(ip);
    }
    (host, 0)
        .to_socket_addrs()
        .map_err(|e| format!("--host `{host}`: not an IP address or a known host name: {e}"))?
        .next()
        .map(|a| a.ip())
        .ok_or_else(|| format!("--host `{host}`: the name has no address"))
}

/// The warning for an address other machines can reach (None for loopback).
pub fn exposure_warning(host: IpAddr) -> Option<String> {
    (!host.is_loopback()).then(|| {
        format!(
            "crudspec serve: warning: listening on {host}, which other machines can reach; the reference executor has no authentication and is meant for loopback (--host 127.0.0.1)"
        )
    })
}

/// Ctrl-C (SIGINT) and SIGTERM, listened to from creation on (so a signal that arrives while
/// the server starts is not lost, nor fatal).
struct StopSignals {
    #[cfg(unix)]
    unix: Option<(tokio::signal::unix::Signal, tokio::signal::unix::Signal)>,
}

impl StopSignals {
    /// Must be called inside the runtime.
    fn install() -> StopSignals {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let unix = signal(SignalKind::interrupt())
                .and_then(|int| Ok((int, signal(SignalKind::terminate())?)))
                .ok();
            StopSignals { unix }
        }
        #[cfg(not(unix))]
        {
            StopSignals {}
        }
    }

    /// Completes on the first of them.
    async fn recv(self) {
        #[cfg(unix)]
        if let Some((mut int, mut term)) = self.unix {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Runs the server until Ctrl-C or SIGTERM; returns the process exit code.
pub fn run(opts: &ServeOptions) -> i32 {
    let host = match host_address(&opts.host) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("crudspec serve: {e}");
            return 2;
        }
    };
    let dialect = match opts.dialect.parse::<Dialect>() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("crudspec serve: {e}");
            return 2;
        }
    };
    let sdl = match std::fs::read_to_string(&opts.datamodel) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", opts.datamodel.display());
            return 2;
        }
    };
    if opts.legacy_shapes && dialect != Dialect::GraphCms {
        eprintln!("crudspec serve: --legacy-shapes is an option of the graphcms dialect only");
        return 2;
    }
    let options = ExecutorOptions {
        legacy_shapes: opts.legacy_shapes,
        id_seed: opts.id_seed,
        limits: opts.limits.clone(),
        ..ExecutorOptions::default()
    };
    let executor = match Executor::deploy(dialect, &sdl, options) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{}", deploy_error(&opts.datamodel, &e));
            return 2;
        }
    };
    let mut config = ServerConfig {
        header_timeout: opts.header_timeout,
        body_timeout: opts.body_timeout,
        idle_timeout: opts.idle_timeout,
        max_connections: opts.max_connections.max(1),
        shutdown_grace: opts.shutdown_grace,
        ..ServerConfig::default()
    };
    if let Some(n) = opts.max_body_bytes {
        config.max_body_bytes = n;
    }
    let grace = config.shutdown_grace;
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("crudspec serve: cannot start a runtime: {e}");
            return 1;
        }
    };
    // Bound before the URL is printed, so that a busy port is reported first and port 0 shows
    // the port actually used. This listener is the one served: a probe bound and dropped here,
    // with the address bound again later, would leave the port closed in between and reset a
    // client that connected to the probe.
    let bound = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(SocketAddr::new(host, opts.port)).await?;
        let addr = listener.local_addr()?;
        Ok::<_, std::io::Error>((listener, addr))
    });
    let (listener, addr) = match bound {
        Ok(bound) => bound,
        Err(e) => {
            eprintln!("crudspec serve: cannot listen on {host}:{}: {e}", opts.port);
            return 1;
        }
    };
    if let Some(warning) = exposure_warning(host) {
        eprintln!("{warning}");
    }
    let code = runtime.block_on(async move {
        let signals = StopSignals::install();
        let shown_host = match host {
            IpAddr::V6(h) => format!("[{h}]"),
            IpAddr::V4(h) => h.to_string(),
        };
        println!(
            "crudspec serve: {dialect} API for {} at http://{shown_host}:{}/ (Ctrl-C stops)",
            opts.datamodel.display(),
            addr.port()
        );
        let shutdown = async move {
            signals.recv().await;
            eprintln!(
                "crudspec serve: shutting down (open requests get up to {} s)",
                grace.as_secs_f64()
            );
        };
        match serve_on(executor, listener, config, shutdown).await {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("crudspec serve: {e}");
                1
            }
        }
    });
    // Connections still open after the grace period are dropped with the runtime.
    runtime.shutdown_timeout(Duration::from_millis(500));
    code
}

/// `file:line:column: message` for a data model that does not deploy.
pub fn deploy_error(file: &Path, e: &DeployError) -> String {
    match e {
        DeployError::DataModel(d) => {
            format!("{}:{}:{}: {}", file.display(), d.line, d.column, d.message)
        }
        other => format!("{}:0:0: {other}", file.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_the_exposure_warning() {
        let local = IpAddr::V4(Ipv4Addr::LOCALHOST);
        assert_eq!(host_address("localhost"), Ok(local));
        assert_eq!(host_address("LOCALHOST"), Ok(local));
        assert_eq!(host_address("127.0.0.1"), Ok(local));
        assert_eq!(host_address("[::1]"), Ok("::1".parse().unwrap_or(local)));
        assert!(host_address("no such host.invalid").is_err());
        assert_eq!(exposure_warning(local), None);
        assert_eq!(exposure_warning("::1".parse().unwrap_or(local)), None);
        for exposed in ["0.0.0.0", "192.168.1.2", "::"] {
            let ip: IpAddr = exposed.parse().unwrap_or(local);
            let w = exposure_warning(ip).unwrap_or_default();
            assert!(w.contains("warning") && w.contains(exposed), "{w}");
        }
    }
}
