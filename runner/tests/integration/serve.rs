//! `crudspec serve` as a process, with a raw HTTP/1.1 client on 127.0.0.1: idle and silent
//! connections are closed after their (short, configured) timeouts, SIGTERM and Ctrl-C exit 0
//! while a slow client is mid-body, the connection cap answers the extra connection 503 and
//! serves again once a slot is free, and `--host localhost` works. Assertions are on
//! outcomes; every wait has a generous upper bound only so that a bug cannot hang the run.

use crate::support::workspace;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Upper bound of every wait: far above any configured timeout, so only a bug reaches it.
const BOUND: Duration = Duration::from_secs(20);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

/// A `crudspec serve` child on 127.0.0.1, killed when dropped (also when an assertion fails).
struct Served {
    child: Option<Child>,
    port: u16,
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            // When a test fails, what the server said is the first thing to read.
            match c.wait_with_output() {
                Ok(out) if std::thread::panicking() => eprintln!(
                    "crudspec serve on port {} ended with {}; its stderr:\n{}",
                    self.port,
                    out.status,
                    String::from_utf8_lossy(&out.stderr)
                ),
                _ => {}
            }
        }
    }
}

fn serve(host: &str, extra: &[&str]) -> Served {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_crudspec"))
        .args(["serve", "--dialect", "prisma1", "--host", host, "--port"])
        .arg(port.to_string())
        .arg("--datamodel")
        .arg(workspace().join("fixtures/datamodels/user_posts.graphql"))
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start crudspec serve: {e}"));
    let mut served = Served {
        child: Some(child),
        port,
    };
    let deadline = Instant::now() + BOUND;
    loop {
        // A server that could not start (its port taken meanwhile) is not waited for.
        if let Some(child) = served.child.as_mut()
            && let Ok(Some(status)) = child.try_wait()
        {
            served.child = None;
            panic!("crudspec serve on {port} ended before it listened: {status}");
        }
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return served;
        }
        assert!(
            Instant::now() < deadline,
            "crudspec serve did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Served {
    fn connect(&self) -> TcpStream {
        let s =
            TcpStream::connect(("127.0.0.1", self.port)).unwrap_or_else(|e| panic!("connect: {e}"));
        s.set_read_timeout(Some(BOUND))
            .unwrap_or_else(|e| panic!("{e}"));
        s
    }

    /// A connection that got a 200, retried (bounded) while the server answers 503.
    fn served_connection(&self) -> TcpStream {
        let deadline = Instant::now() + BOUND;
        loop {
            let mut s = self.connect();
            if request(&mut s, "{ users { id } }").0 == 200 {
                return s;
            }
            assert!(Instant::now() < deadline, "no connection slot came free");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, name: &str) {
        let pid = self.child.as_ref().map(Child::id).unwrap_or_default();
        let status = Command::new("kill")
            .args([&format!("-{name}"), &pid.to_string()])
            .status()
            .unwrap_or_else(|e| panic!("kill: {e}"));
        assert!(status.success());
    }

    /// Waits (at most [`BOUND`]) for the process to end.
    fn wait(mut self) -> (Output, String) {
        let mut child = self.child.take().unwrap_or_else(|| panic!("no child"));
        let deadline = Instant::now() + BOUND;
        while matches!(child.try_wait(), Ok(None)) {
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("crudspec serve did not stop within {BOUND:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out, stderr)
    }
}

/// Sends one keep-alive POST of a query; returns (status, body).
fn request(s: &mut TcpStream, query: &str) -> (u16, String) {
    let body = serde_json::json!({ "query": query }).to_string();
    let head = format!(
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes())
        .and_then(|()| s.write_all(body.as_bytes()))
        .unwrap_or_else(|e| panic!("write: {e}"));
    read_response(s)
}

/// Reads one response (Content-Length framed).
fn read_response(s: &mut TcpStream) -> (u16, String) {
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        match s.read(&mut byte) {
            Ok(1) => raw.push(byte[0]),
            other => panic!("the response head ended early ({other:?}): {raw:?}"),
        }
    }
    let head = String::from_utf8_lossy(&raw).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head}"));
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or_else(|| panic!("no content-length in {head}"));
    let mut body = vec![0; length];
    s.read_exact(&mut body)
        .unwrap_or_else(|e| panic!("read body: {e}"));
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// Does the server close the connection (end of stream or reset) before [`BOUND`]?
fn closed_by_server(s: &mut TcpStream) -> bool {
    let mut buf = [0u8; 64];
    match s.read(&mut buf) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(
            e.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
    }
}

#[test]
fn idle_and_silent_connections_are_closed_after_their_timeouts() {
    let served = serve(
        "127.0.0.1",
        &["--idle-timeout", "1", "--header-timeout", "1"],
    );
    // A kept-alive connection after one answered request.
    let mut idle = served.connect();
    let (status, body) = request(&mut idle, "{ users { id } }");
    assert_eq!((status, body.as_str()), (200, r#"{"data":{"users":[]}}"#));
    // A connection that never sends a byte.
    let mut silent = served.connect();
    // A connection that stops in the middle of its head.
    let mut slow_head = served.connect();
    slow_head
        .write_all(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        closed_by_server(&mut idle),
        "the idle connection stayed open"
    );
    assert!(
        closed_by_server(&mut silent),
        "the silent connection stayed open"
    );
    assert!(
        closed_by_server(&mut slow_head),
        "the slow head stayed open"
    );
    // The server itself is fine.
    let mut fresh = served.connect();
    assert_eq!(request(&mut fresh, "{ users { id } }").0, 200);
}

#[test]
fn sigterm_and_ctrl_c_exit_0_while_a_slow_client_is_mid_body() {
    for signal in ["TERM", "INT"] {
        let served = serve("127.0.0.1", &["--shutdown-grace", "1"]);
        let mut ok = served.connect();
        assert_eq!(request(&mut ok, "{ users { id } }").0, 200);
        // Half a body: the request is in flight when the signal comes.
        let mut slow = served.connect();
        slow.write_all(
            b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\": \"{ users",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        // One more complete request on the other connection, so the slow head has been read.
        assert_eq!(request(&mut ok, "{ users { id } }").0, 200);
        served.signal(signal);
        let (out, stderr) = served.wait();
        assert_eq!(out.status.code(), Some(0), "SIG{signal}: {stderr}");
        assert!(stderr.contains("shutting down"), "{stderr}");
        assert!(closed_by_server(&mut slow), "SIG{signal}: the slow client");
    }
}

#[test]
fn the_connection_cap_answers_the_extra_connection_503_until_a_slot_frees() {
    let served = serve(
        "127.0.0.1",
        &["--max-connections", "2", "--header-timeout", "60"],
    );
    // The readiness probe's connection may still hold a slot for a moment.
    let mut first = served.served_connection();
    let second = served.served_connection();
    let mut third = served.connect();
    let (status, body) = request(&mut third, "{ users { id } }");
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("--max-connections"), "{body}");
    assert!(closed_by_server(&mut third));
    // Both kept connections still work.
    assert_eq!(request(&mut first, "{ users { id } }").0, 200);
    // Once one closes, a new connection is served (the slot is freed asynchronously).
    drop(second);
    served.served_connection();
}

#[test]
fn host_localhost_is_accepted() {
    let served = serve("localhost", &[]);
    let mut s = served.connect();
    assert_eq!(request(&mut s, "{ users { id } }").0, 200);
    served.signal("TERM");
    let (out, stderr) = served.wait();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("http://127.0.0.1:"), "{stdout}");
    assert!(!stderr.contains("warning"), "{stderr}");
}
