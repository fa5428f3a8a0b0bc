//! `crudspec serve`: serves the reference executor for one dialect and data model over HTTP
//! (`crudspec_reference::server::serve`), prints the URL and stops gracefully on Ctrl-C.
//! A data model that does not deploy exits with code 2 and `file:line:column: message`.

use crudspec_reference::server::{ServerConfig, serve};
use crudspec_reference::{DeployError, Dialect, Executor, ExecutorOptions};
use std::net::{IpAddr, SocketAddr};
use std::path::Path;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub dialect: String,
    pub datamodel: std::path::PathBuf,
    pub host: IpAddr,
    pub port: u16,
    pub max_body_bytes: Option<usize>,
    pub legacy_shapes: bool,
    pub id_seed: Option<u64>,
    /// Cost limits (`--max-cost`, …).
    pub limits: crudspec_reference::limits::Limits,
}

/// Runs the server until Ctrl-C; returns the process exit code.
pub fn run(opts: &ServeOptions) -> i32 {
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
    let mut config = ServerConfig::default();
    if let Some(n) = opts.max_body_bytes {
        config.max_body_bytes = n;
    }
    // Probe the address first so that a busy port is reported before the URL is printed and
    // port 0 shows the port actually used (serve() binds it again right after).
    let addr = match std::net::TcpListener::bind(SocketAddr::new(opts.host, opts.port))
        .and_then(|l| l.local_addr())
    {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "crudspec serve: cannot listen on {}:{}: {e}",
                opts.host, opts.port
            );
            return 1;
        }
    };
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
    runtime.block_on(async move {
        let shown_host = match opts.host {
            IpAddr::V6(h) => format!("[{h}]"),
            IpAddr::V4(h) => h.to_string(),
        };
        println!(
            "crudspec serve: {dialect} API for {} at http://{shown_host}:{}/ (Ctrl-C stops)",
            opts.datamodel.display(),
            addr.port()
        );
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("crudspec serve: shutting down");
        };
        match serve(executor, addr, config, shutdown).await {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("crudspec serve: {e}");
                1
            }
        }
    })
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
