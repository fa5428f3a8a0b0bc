//! Connections of the HTTP server: the accept loop over hyper's HTTP/1.1 connection builder,
//! with what `axum::serve` does not offer:
//!
//! - a **connection cap**: beyond [`ServerConfig::max_connections`] open connections, a new
//!   one is answered `503 Service Unavailable` (JSON body, `Retry-After: 1`,
//!   `Connection: close`) at once and closed (after reading what the client sends for at most
//!   a second, so that the close does not reset the answer away), so the server stays
//!   reachable for the clients it serves and tells the others why;
//! - a **header timeout**: a request head must arrive completely within
//!   [`ServerConfig::header_timeout`] of the connection opening, or of its first byte on a
//!   kept-alive connection; otherwise the connection is closed;
//! - an **idle timeout**: a kept-alive connection with no request in flight and no byte in
//!   either direction for [`ServerConfig::idle_timeout`] is closed;
//! - **graceful shutdown**: when the shutdown future completes the listener is closed, every
//!   connection finishes the request it is serving (idle ones close at once), and after
//!   [`ServerConfig::shutdown_grace`] whatever is left is dropped.
//!
//! The body-read timeout is the handlers' (`super::read_body`): it bounds the whole body, not
//! each chunk. The timers are one watchdog per connection fed by an I/O wrapper that notes
//! when bytes move ([`Activity`]); hyper's own `header_read_timeout` is not used because it
//! also runs while a kept-alive connection waits, which would make it the idle timeout too.

use super::{ServerConfig, ServerError};
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;

/// "No time" in an [`AtomicU64`] of milliseconds.
const NONE: u64 = u64::MAX;

/// What the watchdog of one connection needs to know, in milliseconds since it opened.
struct Activity {
    opened: Instant,
    /// The last time a byte was read or written.
    last_io: AtomicU64,
    /// When the first byte of the next request head arrived (NONE: no head under way).
    head_started: AtomicU64,
    /// Requests being served (from the parsed head until the response is handed over).
    busy: AtomicUsize,
    /// Requests started on this connection.
    requests: AtomicU64,
}

impl Activity {
    fn new() -> Self {
        Activity {
            opened: Instant::now(),
            last_io: AtomicU64::new(0),
            head_started: AtomicU64::new(NONE),
            busy: AtomicUsize::new(0),
            requests: AtomicU64::new(0),
        }
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(NONE - 1)
    }

    fn at(&self, ms: u64) -> Instant {
        self.opened + Duration::from_millis(ms)
    }

    fn bytes_read(&self) {
        let now = self.now_ms();
        self.last_io.store(now, Ordering::Relaxed);
        if self.busy.load(Ordering::Acquire) == 0 {
            let _ =
                self.head_started
                    .compare_exchange(NONE, now, Ordering::AcqRel, Ordering::Relaxed);
        }
    }

    fn bytes_written(&self) {
        self.last_io.store(self.now_ms(), Ordering::Relaxed);
    }

    /// When the connection is to be closed if nothing changes (None: a request is in flight).
    fn deadline(&self, config: &ServerConfig) -> Option<Instant> {
        if self.busy.load(Ordering::Acquire) > 0 {
            return None;
        }
        let head = self.head_started.load(Ordering::Acquire);
        if head != NONE {
            return Some(self.at(head) + config.header_timeout);
        }
        if self.requests.load(Ordering::Acquire) == 0 {
            // A new connection must send its first head within the header timeout.
            return Some(self.opened + config.header_timeout);
        }
        Some(self.at(self.last_io.load(Ordering::Relaxed)) + config.idle_timeout)
    }
}

/// Marks a request in flight for as long as it lives.
struct InFlight(Arc<Activity>);

impl InFlight {
    fn enter(activity: &Arc<Activity>) -> InFlight {
        activity.busy.fetch_add(1, Ordering::AcqRel);
        activity.requests.fetch_add(1, Ordering::AcqRel);
        activity.head_started.store(NONE, Ordering::Release);
        InFlight(activity.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.bytes_written();
        self.0.busy.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A TCP stream that tells its [`Activity`] when bytes move.
struct Watched {
    io: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let r = Pin::new(&mut this.io).poll_read(cx, buf);
        if matches!(r, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            this.activity.bytes_read();
        }
        r
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.io).poll_write(cx, buf);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            this.activity.bytes_written();
        }
        r
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.io).poll_write_vectored(cx, bufs);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            this.activity.bytes_written();
        }
        r
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

/// Serves `app` on `listener` until `shutdown` completes and the open connections are done
/// (or [`ServerConfig::shutdown_grace`] has passed).
pub(super) async fn run(
    listener: TcpListener,
    app: Router,
    config: ServerConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    let config = Arc::new(config);
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut connections: JoinSet<()> = JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => {
                let Ok((stream, _peer)) = accepted else {
                    // Out of file descriptors, a connection reset before it was accepted and
                    // the like: wait a little rather than spin, as axum::serve does.
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                if connections.len() >= config.max_connections {
                    tokio::spawn(refuse(stream, config.max_connections));
                    continue;
                }
                connections.spawn(connection(stream, app.clone(), config.clone(), stop_rx.clone()));
            }
        }
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let drained = tokio::time::timeout(config.shutdown_grace, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        connections.shutdown().await;
    }
    Ok(())
}

/// Answers a connection over the cap with 503 and closes it (bounded: one second to write the
/// answer, one more to linger).
async fn refuse(stream: TcpStream, cap: usize) {
    let body = serde_json::json!({"data": null, "errors": [{"message": format!(
        "Service unavailable: the server has {cap} open connections, its limit (--max-connections); retry later"
    )}]})
    .to_string();
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: {}\r\nretry-after: 1\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let written = tokio::time::timeout(Duration::from_secs(1), async {
        let mut rest = answer.as_bytes();
        while !rest.is_empty() {
            if stream.writable().await.is_err() {
                return;
            }
            match stream.try_write(rest) {
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(_) => return,
            }
        }
    })
    .await;
    if written.is_err() {
        return;
    }
    // A lingering close: the answer is followed by end-of-stream, then what the client sends
    // (its request, usually sent after the 503 was written: the answer does not wait for it)
    // is read and discarded until the client closes or a second has passed. Closing with
    // unread bytes, or before they arrive, would answer them with a reset, and a reset makes
    // the client's write fail or discards the 503 before the client has read it.
    let Ok(std) = stream.into_std() else { return };
    let _ = std.shutdown(std::net::Shutdown::Write);
    let Ok(stream) = TcpStream::from_std(std) else {
        return;
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let mut sink = [0u8; 4096];
        loop {
            if stream.readable().await.is_err() {
                return;
            }
            match stream.try_read(&mut sink) {
                Ok(0) => return,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(_) => return,
            }
        }
    })
    .await;
}

/// One connection: hyper's HTTP/1.1 state machine, its watchdog and the shutdown signal.
async fn connection(
    stream: TcpStream,
    app: Router,
    config: Arc<ServerConfig>,
    mut stop: watch::Receiver<bool>,
) {
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Watched {
        io: stream,
        activity: activity.clone(),
    });
    let tower = TowerToHyperService::new(app);
    let counted = activity.clone();
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        let guard = InFlight::enter(&counted);
        let answer = hyper::service::Service::call(&tower, req);
        async move {
            let r = answer.await;
            drop(guard);
            r
        }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .serve_connection(io, service);
    let mut conn = std::pin::pin!(conn);
    let mut stopping = *stop.borrow();
    if stopping {
        conn.as_mut().graceful_shutdown();
    }
    loop {
        // Re-checked at least every second so that a request finishing re-arms the timers.
        let wake = activity
            .deadline(&config)
            .unwrap_or_else(|| Instant::now() + Duration::from_secs(1))
            .min(Instant::now() + Duration::from_secs(1));
        // Biased, the connection first: when this task is polled late (a loaded machine),
        // bytes that already arrived are read before the watchdog judges the connection
        // silent, so a request sent in time is never dropped for the server's own delay.
        tokio::select! {
            biased;
            _ = conn.as_mut() => return,
            _ = stop.changed(), if !stopping => {
                // Idle connections close now, busy ones after their response.
                stopping = true;
                conn.as_mut().graceful_shutdown();
            }
            () = tokio::time::sleep_until(wake) => {
                if activity.deadline(&config).is_some_and(|d| d <= Instant::now()) {
                    // Nothing in flight: a head too slow, or idle too long. Dropping the
                    // connection closes the socket.
                    return;
                }
            }
        }
    }
}
