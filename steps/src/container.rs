//! Container targets: a server image started through testcontainers, one container per fixture
//! data model, on the host network (only loopback addresses are used), each told what to serve
//! through its environment (`CRUDSPEC_FIXTURE`, `CRUDSPEC_DIALECT`, `CRUDSPEC_PORT`,
//! `CRUDSPEC_HOST`) and optional command/env templates, and used once it answers GraphQL.
//!
//! testcontainers' blocking API runs its own runtime, which cannot be entered from a scenario's
//! runtime, so a [`ContainerPool`] owns one manager thread that starts, inspects and removes the
//! containers; scenarios ask it for a fixture's URL over a channel. [`ContainerPool::shutdown`]
//! removes every container (the run calls it at the end, also after Ctrl-C). When the
//! delete-all or delete-each reset cannot empty a store (required relations on both sides),
//! the container is restarted instead ([`ContainerPool::restart`]).
//!
//! Without a Docker engine ([`engine_status`] answers within a second) the target is reported as
//! unavailable and its scenarios as skipped: never a hang or a panic.

use crate::exchange::Request;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use testcontainers::core::WaitFor;
use testcontainers::runners::SyncRunner;
use testcontainers::{Container, GenericImage, ImageExt};

/// The `container` part of a target config.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContainerConfig {
    /// `name` or `name:tag` (default tag `latest`); a local image is used, none is pulled if
    /// present.
    pub image: String,
    /// Command (arguments after the image's entrypoint); `{{fixture}}`, `{{dialect}}`,
    /// `{{port}}` are filled in.
    #[serde(default)]
    pub command: Vec<String>,
    /// Extra environment; values are templates as for `command`.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// The GraphQL path (default `/`).
    #[serde(default = "default_path")]
    pub path: String,
    /// The fixtures the image can serve (default: any).
    #[serde(default)]
    pub fixtures: Vec<String>,
    /// How long a container may take to answer GraphQL (default 30 s).
    #[serde(default)]
    pub ready_timeout_secs: Option<u64>,
}

fn default_path() -> String {
    "/".to_string()
}

impl ContainerConfig {
    /// The simple case `--target container:IMAGE`.
    pub fn of_image(image: &str) -> ContainerConfig {
        ContainerConfig {
            image: image.to_string(),
            command: Vec::new(),
            env: BTreeMap::new(),
            path: default_path(),
            fixtures: Vec::new(),
            ready_timeout_secs: None,
        }
    }

    pub fn serves(&self, fixture: &str) -> bool {
        self.fixtures.is_empty() || self.fixtures.iter().any(|f| f == fixture)
    }

    fn name_and_tag(&self) -> (String, String) {
        // A registry host may carry a port (`host:5000/name:tag`): the tag follows the last `/`.
        let (prefix, last) = match self.image.rsplit_once('/') {
            Some((p, l)) => (format!("{p}/"), l),
            None => (String::new(), self.image.as_str()),
        };
        match last.split_once(':') {
            Some((n, t)) => (format!("{prefix}{n}"), t.to_string()),
            None => (self.image.clone(), "latest".to_string()),
        }
    }
}

/// Whether a Docker engine answers (`Err` says why not and how to get one), within a second.
pub fn engine_status() -> Result<(), String> {
    engine_status_at(&std::env::var("DOCKER_HOST").unwrap_or_default())
}

/// [`engine_status`] for a `DOCKER_HOST` value (`unix://PATH`, `tcp://HOST:PORT`, or empty for
/// the default socket).
pub fn engine_status_at(host: &str) -> Result<(), String> {
    let timeout = Duration::from_secs(1);
    let ping = b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n";
    let answer = if let Some(addr) = host.strip_prefix("tcp://") {
        let addr = addr.trim_end_matches('/');
        let sock = addr
            .parse::<std::net::SocketAddr>()
            .map_err(|e| format!("DOCKER_HOST={host}: {e}"))?;
        let mut s = std::net::TcpStream::connect_timeout(&sock, timeout)
            .map_err(|e| format!("no Docker engine at {host}: {e}"))?;
        exchange(&mut s, ping, timeout)
    } else {
        let path = host
            .strip_prefix("unix://")
            .filter(|p| !p.is_empty())
            .unwrap_or("/var/run/docker.sock");
        let mut s = std::os::unix::net::UnixStream::connect(path)
            .map_err(|e| format!("no Docker engine at {path}: {e}"))?;
        exchange(&mut s, ping, timeout)
    };
    match answer {
        Ok(text) if text.starts_with("HTTP/1.") && text.contains("OK") => Ok(()),
        Ok(text) => Err(format!(
            "the Docker engine answered its ping with: {}",
            text.lines().next().unwrap_or("")
        )),
        Err(e) => Err(format!("the Docker engine does not answer: {e}")),
    }
}

fn exchange<S: std::io::Read + std::io::Write + SetTimeouts>(
    s: &mut S,
    request: &[u8],
    timeout: Duration,
) -> std::io::Result<String> {
    s.set_timeouts(timeout)?;
    s.write_all(request)?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 512];
    while buf.len() < 4096 {
        match s.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if buf.is_empty() => return Err(e),
            Err(_) => break,
        }
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

trait SetTimeouts {
    fn set_timeouts(&self, t: Duration) -> std::io::Result<()>;
}

impl SetTimeouts for std::net::TcpStream {
    fn set_timeouts(&self, t: Duration) -> std::io::Result<()> {
        self.set_read_timeout(Some(t))?;
        self.set_write_timeout(Some(t))
    }
}

impl SetTimeouts for std::os::unix::net::UnixStream {
    fn set_timeouts(&self, t: Duration) -> std::io::Result<()> {
        self.set_read_timeout(Some(t))?;
        self.set_write_timeout(Some(t))
    }
}

/// How to get an engine, for messages.
pub const ENGINE_HINT: &str =
    "install one (Debian: apt-get install -y docker.io) and start it (dockerd &)";

enum Command {
    Start {
        fixture: String,
        reply: tokio::sync::oneshot::Sender<Result<String, String>>,
    },
    Logs {
        url: String,
        reply: mpsc::Sender<Option<String>>,
    },
    Restart {
        url: String,
        reply: tokio::sync::oneshot::Sender<Result<(), String>>,
    },
    Shutdown {
        reply: mpsc::Sender<Vec<String>>,
    },
}

/// The containers of one target, behind a manager thread.
pub struct ContainerPool {
    config: ContainerConfig,
    dialect: String,
    commands: Mutex<Option<mpsc::Sender<Command>>>,
    /// fixture → URL (or why it could not start); a fixture is started once per run.
    started: tokio::sync::Mutex<BTreeMap<String, Result<String, String>>>,
}

impl ContainerPool {
    pub fn new(config: ContainerConfig, dialect: &str) -> ContainerPool {
        ContainerPool {
            config,
            dialect: dialect.to_string(),
            commands: Mutex::new(None),
            started: tokio::sync::Mutex::new(BTreeMap::new()),
        }
    }

    pub fn config(&self) -> &ContainerConfig {
        &self.config
    }

    fn sender(&self) -> Result<mpsc::Sender<Command>, String> {
        let mut guard = self
            .commands
            .lock()
            .map_err(|_| "the container manager is poisoned".to_string())?;
        if let Some(tx) = guard.as_ref() {
            return Ok(tx.clone());
        }
        let (tx, rx) = mpsc::channel::<Command>();
        let config = self.config.clone();
        let dialect = self.dialect.clone();
        std::thread::Builder::new()
            .name("crudspec-containers".to_string())
            .spawn(move || manage(config, dialect, rx))
            .map_err(|e| format!("cannot start the container manager: {e}"))?;
        *guard = Some(tx.clone());
        Ok(tx)
    }

    /// The URL of the container serving `fixture`, started on first use.
    pub async fn url_for(&self, fixture: &str) -> Result<String, String> {
        let mut started = self.started.lock().await;
        if let Some(r) = started.get(fixture) {
            return r.clone();
        }
        let (reply, answer) = tokio::sync::oneshot::channel();
        let result = match self.sender().and_then(|tx| {
            tx.send(Command::Start {
                fixture: fixture.to_string(),
                reply,
            })
            .map_err(|_| "the container manager stopped".to_string())
        }) {
            Ok(()) => answer
                .await
                .unwrap_or_else(|_| Err("the container manager stopped".to_string())),
            Err(e) => Err(e),
        };
        started.insert(fixture.to_string(), result.clone());
        result
    }

    /// The last lines of the logs of the container behind `url`.
    pub fn logs(&self, url: &str) -> Option<String> {
        let tx = self.commands.lock().ok()?.as_ref()?.clone();
        let (reply, answer) = mpsc::channel();
        tx.send(Command::Logs {
            url: url.to_string(),
            reply,
        })
        .ok()?;
        answer.recv_timeout(Duration::from_secs(10)).ok().flatten()
    }

    /// Restarts the container behind `url` (an empty store for an in-memory server), and
    /// waits until it answers again.
    pub async fn restart(&self, url: &str) -> Result<(), String> {
        let tx = self.sender()?;
        let (reply, answer) = tokio::sync::oneshot::channel();
        tx.send(Command::Restart {
            url: url.to_string(),
            reply,
        })
        .map_err(|_| "the container manager stopped".to_string())?;
        answer
            .await
            .unwrap_or_else(|_| Err("the container manager stopped".to_string()))
    }

    /// Removes every container; returns the problems met.
    pub fn shutdown(&self) -> Vec<String> {
        let Some(tx) = self.commands.lock().ok().and_then(|mut g| g.take()) else {
            return Vec::new();
        };
        let (reply, answer) = mpsc::channel();
        if tx.send(Command::Shutdown { reply }).is_err() {
            return vec!["the container manager stopped early".to_string()];
        }
        answer
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| vec!["removing the containers timed out".to_string()])
    }
}

fn render(template: &str, fixture: &str, dialect: &str, port: u16) -> String {
    template
        .replace("{{fixture}}", fixture)
        .replace("{{dialect}}", dialect)
        .replace("{{port}}", &port.to_string())
}

fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("cannot find a free port: {e}"))
}

fn tail(bytes: &[u8], lines: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

fn logs_of(container: &Container<GenericImage>) -> String {
    let out = container.stdout_to_vec().unwrap_or_default();
    let err = container.stderr_to_vec().unwrap_or_default();
    let mut s = String::new();
    if !out.is_empty() {
        s.push_str(&format!("stdout:\n{}\n", tail(&out, 40)));
    }
    if !err.is_empty() {
        s.push_str(&format!("stderr:\n{}\n", tail(&err, 40)));
    }
    if s.is_empty() {
        s.push_str("(no output)\n");
    }
    s
}

/// The manager thread: owns the containers.
fn manage(config: ContainerConfig, dialect: String, rx: mpsc::Receiver<Command>) {
    let mut running: Vec<(String, Container<GenericImage>)> = Vec::new();
    for command in rx {
        match command {
            Command::Start { fixture, reply } => {
                let result = start(&config, &dialect, &fixture).map(|(url, c)| {
                    running.push((url.clone(), c));
                    url
                });
                let _ = reply.send(result);
            }
            Command::Logs { url, reply } => {
                let logs = running
                    .iter()
                    .find(|(u, _)| *u == url)
                    .map(|(_, c)| logs_of(c));
                let _ = reply.send(logs);
            }
            Command::Restart { url, reply } => {
                let result = match running.iter().find(|(u, _)| *u == url) {
                    None => Err(format!("no container serves {url}")),
                    Some((_, c)) => c
                        .stop_with_timeout(Some(0))
                        .and_then(|()| c.start())
                        .map_err(|e| format!("cannot restart {}: {e}", config.image))
                        .and_then(|()| {
                            let timeout =
                                Duration::from_secs(config.ready_timeout_secs.unwrap_or(30).max(1));
                            wait_until_ready(&url, c, timeout)
                        }),
                };
                let _ = reply.send(result);
            }
            Command::Shutdown { reply } => {
                let problems = running
                    .drain(..)
                    .filter_map(|(_, c)| {
                        let id = c.id().to_string();
                        c.rm().err().map(|e| format!("container {id}: {e}"))
                    })
                    .collect();
                let _ = reply.send(problems);
                return;
            }
        }
    }
    // The pool was dropped without a shutdown: the containers go with `running` (their drop
    // removes them).
}

fn start(
    config: &ContainerConfig,
    dialect: &str,
    fixture: &str,
) -> Result<(String, Container<GenericImage>), String> {
    let port = free_port()?;
    let (name, tag) = config.name_and_tag();
    let mut request = GenericImage::new(name, tag)
        .with_wait_for(WaitFor::Nothing)
        .with_network("host")
        .with_label("crudspec.owner", std::process::id().to_string())
        .with_env_var("CRUDSPEC_FIXTURE", fixture)
        .with_env_var("CRUDSPEC_DIALECT", dialect)
        .with_env_var("CRUDSPEC_PORT", port.to_string())
        .with_env_var("CRUDSPEC_HOST", "127.0.0.1");
    for (k, v) in &config.env {
        request = request.with_env_var(k.clone(), render(v, fixture, dialect, port));
    }
    if !config.command.is_empty() {
        request = request.with_cmd(
            config
                .command
                .iter()
                .map(|c| render(c, fixture, dialect, port)),
        );
    }
    let container = request
        .start()
        .map_err(|e| format!("cannot start {}: {e}", config.image))?;
    let path = if config.path.starts_with('/') {
        config.path.clone()
    } else {
        format!("/{}", config.path)
    };
    let url = format!("http://127.0.0.1:{port}{path}");
    let timeout = Duration::from_secs(config.ready_timeout_secs.unwrap_or(30).max(1));
    match wait_until_ready(&url, &container, timeout) {
        Ok(()) => Ok((url, container)),
        Err(e) => {
            let logs = logs_of(&container);
            let _ = container.rm();
            Err(format!("{} for \"{fixture}\": {e}\n{logs}", config.image))
        }
    }
}

/// Polls `url` with `{ __typename }` until it answers GraphQL, the container exits, or
/// `timeout` passes.
fn wait_until_ready(
    url: &str,
    container: &Container<GenericImage>,
    timeout: Duration,
) -> Result<(), String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start a runtime: {e}"))?;
    let client = crate::http::client(Duration::from_secs(2), true)?;
    let hello = Request {
        query: "{ __typename }".to_string(),
        ..Request::default()
    };
    let deadline = Instant::now() + timeout;
    let mut last = String::from("no answer yet");
    while Instant::now() < deadline {
        let answer = rt.block_on(crate::http::post(
            &client,
            url,
            &reqwest::header::HeaderMap::new(),
            Duration::from_secs(2),
            crate::http::DEFAULT_MAX_RESPONSE_BYTES,
            &hello,
        ));
        match answer {
            Ok(_) => return Ok(()),
            Err(e) => last = e.message,
        }
        if !container.is_running().unwrap_or(true) {
            let code = container
                .exit_code()
                .ok()
                .flatten()
                .map(|c| format!(" with code {c}"))
                .unwrap_or_default();
            return Err(format!("the container exited{code} before answering"));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(format!(
        "no GraphQL answer on {url} within {} s (last: {last})",
        timeout.as_secs()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_names_and_templates() {
        let c = ContainerConfig::of_image("crudspec-reference:dev");
        assert_eq!(
            c.name_and_tag(),
            ("crudspec-reference".to_string(), "dev".to_string())
        );
        let c = ContainerConfig::of_image("registry.test:5000/team/api");
        assert_eq!(
            c.name_and_tag(),
            (
                "registry.test:5000/team/api".to_string(),
                "latest".to_string()
            )
        );
        assert!(c.serves("anything"));
        assert_eq!(
            render(
                "--fixture={{fixture}} -p {{port}} {{dialect}}",
                "blog",
                "prisma1",
                9
            ),
            "--fixture=blog -p 9 prisma1"
        );
    }

    #[test]
    fn an_absent_engine_is_named_within_a_second() {
        let started = Instant::now();
        let e = engine_status_at("unix:///nonexistent/docker.sock").unwrap_err();
        assert!(
            e.contains("no Docker engine at /nonexistent/docker.sock"),
            "{e}"
        );
        // A TCP port that refuses.
        let port = free_port().unwrap_or(1);
        let e = engine_status_at(&format!("tcp://127.0.0.1:{port}")).unwrap_err();
        assert!(e.contains("no Docker engine at tcp://"), "{e}");
        let e = engine_status_at("tcp://not an address").unwrap_err();
        assert!(e.contains("DOCKER_HOST=tcp://not an address"), "{e}");
        assert!(started.elapsed() < Duration::from_secs(2));
    }
}
