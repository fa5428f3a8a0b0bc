//! `crudspec run`: schedules every selected scenario on every target, runs them on worker
//! threads (each with its own single-threaded runtime; scenarios of a serial target, i.e. an
//! external endpoint, on one dedicated worker, one at a time), shows progress on stderr, applies
//! the expected-failure lists and hands each record over as soon as it finishes.
//!
//! Stopping: [`Stop`] is shared by the workers and the signal watcher ([`watch_signals`]).
//! After the first Ctrl-C or SIGTERM, or once `--max-fail` failing runs have finished, no new
//! scenario starts; the running ones finish (waited for at most the step timeout after an
//! interrupt). A second interrupt stops waiting at once. Scenarios not run because of
//! `--max-fail` are recorded as `skip`; after an interrupt only what finished is recorded.

use crate::results::{self, Record};
use crate::xfail::Xfail;
use crudspec_steps::driver::{Outcome, RunConfig, run_scenario_blocking};
use crudspec_steps::suite::ScenarioSpec;
use crudspec_steps::target::Target;
use std::collections::{HashMap, VecDeque};
use std::io::{IsTerminal as _, Write as _};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// One scenario on one target.
#[derive(Debug, Clone, Copy)]
pub struct Job {
    pub scenario: usize,
    pub target: usize,
}

/// Which scenarios run on which target: a target that speaks a single dialect only gets the
/// scenarios of that dialect (and those without a dialect folder).
pub fn schedule(scenarios: &[&ScenarioSpec], targets: &[Arc<dyn Target>]) -> Vec<Job> {
    let mut jobs = Vec::new();
    for (t, target) in targets.iter().enumerate() {
        for (s, spec) in scenarios.iter().enumerate() {
            let fits = match (target.dialect(), spec.dialect.as_deref()) {
                (Some(td), Some(sd)) => td == sd,
                _ => true,
            };
            if fits {
                jobs.push(Job {
                    scenario: s,
                    target: t,
                });
            }
        }
    }
    jobs
}

/// When to stop scheduling: interrupts (Ctrl-C, SIGTERM) and the `--max-fail` budget.
#[derive(Debug, Default)]
pub struct Stop {
    signals: AtomicUsize,
    failures: AtomicUsize,
    max_fail: Option<usize>,
}

impl Stop {
    pub fn new(max_fail: Option<usize>) -> Stop {
        Stop {
            max_fail: max_fail.map(|n| n.max(1)),
            ..Stop::default()
        }
    }

    /// Records one interrupt (the first stops scheduling, the second stops waiting).
    pub fn interrupt(&self) {
        self.signals.fetch_add(1, Ordering::SeqCst);
    }

    pub fn interrupts(&self) -> usize {
        self.signals.load(Ordering::SeqCst)
    }

    fn failed(&self) {
        self.failures.fetch_add(1, Ordering::SeqCst);
    }

    /// Whether `--max-fail` failing runs have finished.
    pub fn max_fail_reached(&self) -> bool {
        self.max_fail
            .is_some_and(|m| self.failures.load(Ordering::SeqCst) >= m)
    }

    /// No new scenario may start.
    pub fn halted(&self) -> bool {
        self.interrupts() > 0 || self.max_fail_reached()
    }
}

/// Watches Ctrl-C (SIGINT) and SIGTERM on a background thread for the rest of the process,
/// counting each in `stop`. The handlers are installed when this returns `true`; `false` when
/// they cannot be (the default actions then apply).
#[cfg(unix)]
pub fn watch_signals(stop: Arc<Stop>) -> bool {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return false;
    };
    let installed = rt.block_on(async {
        Ok::<_, std::io::Error>((
            signal(SignalKind::interrupt())?,
            signal(SignalKind::terminate())?,
        ))
    });
    let Ok((mut int, mut term)) = installed else {
        return false;
    };
    std::thread::Builder::new()
        .name("crudspec-signals".to_string())
        .spawn(move || {
            rt.block_on(async move {
                loop {
                    let got = tokio::select! {
                        s = int.recv() => s,
                        s = term.recv() => s,
                    };
                    if got.is_none() {
                        return;
                    }
                    stop.interrupt();
                }
            });
        })
        .is_ok()
}

/// Watches Ctrl-C on a background thread for the rest of the process, counting each in `stop`.
#[cfg(not(unix))]
pub fn watch_signals(stop: Arc<Stop>) -> bool {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return false;
    };
    std::thread::Builder::new()
        .name("crudspec-signals".to_string())
        .spawn(move || {
            rt.block_on(async move {
                while tokio::signal::ctrl_c().await.is_ok() {
                    stop.interrupt();
                }
            });
        })
        .is_ok()
}

/// What a run needs, owned (the workers outlive a second Ctrl-C's early return).
pub struct Plan {
    pub scenarios: Vec<ScenarioSpec>,
    pub targets: Vec<Arc<dyn Target>>,
    pub xfails: Vec<Xfail>,
    pub jobs: Vec<Job>,
    pub config: RunConfig,
    pub workers: usize,
    pub quiet: bool,
}

/// How a run ended.
#[derive(Debug)]
pub struct Finished {
    /// In job order: the runs that finished, and with `--max-fail` the ones not run (`skip`).
    pub records: Vec<Record>,
    /// Stopped by an interrupt.
    pub interrupted: bool,
    /// Runs still going when the run stopped waiting (second interrupt or grace period over).
    pub abandoned: usize,
    /// Runs not started because of an interrupt or `--max-fail`.
    pub not_run: usize,
    /// Whether the `--max-fail` budget was used up.
    pub max_fail_reached: bool,
}

/// `not run: stopped after 3 failures (--max-fail)`.
pub fn max_fail_reason(n: usize) -> String {
    format!(
        "not run: stopped after {n} failure{} (--max-fail)",
        if n == 1 { "" } else { "s" }
    )
}

/// Runs the plan; `on_record` gets each record as it finishes (arrival order), the result has
/// them in job order.
pub fn execute(plan: Plan, stop: &Arc<Stop>, on_record: &mut dyn FnMut(&Record)) -> Finished {
    let plan = Arc::new(plan);
    let total = plan.jobs.len();
    let parallel: Arc<Mutex<VecDeque<usize>>> = Arc::new(Mutex::new(
        plan.jobs
            .iter()
            .enumerate()
            .filter(|(_, j)| !plan.targets[j.target].serial())
            .map(|(i, _)| i)
            .collect(),
    ));
    let started = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel::<(usize, Record)>();
    let run_job = |plan: &Plan, stop: &Stop, i: usize| {
        let job = plan.jobs[i];
        let spec = &plan.scenarios[job.scenario];
        let target = &plan.targets[job.target];
        let result = run_scenario_blocking(spec, target, &plan.config);
        let result = plan.xfails[job.target].apply(spec, result);
        let record = Record::new(spec, target.name(), result);
        if record.outcome.is_failure() {
            stop.failed();
        }
        record
    };
    let spawn = |name: String, work: Box<dyn FnOnce() + Send>| {
        if let Err(e) = std::thread::Builder::new().name(name).spawn(work) {
            eprintln!("crudspec run: cannot start a worker thread: {e}");
        }
    };
    let has_parallel = parallel.lock().map(|q| !q.is_empty()).unwrap_or(false);
    let workers = if has_parallel { plan.workers.max(1) } else { 0 };
    for w in 0..workers {
        let (tx, plan, stop, parallel, started) = (
            tx.clone(),
            plan.clone(),
            stop.clone(),
            parallel.clone(),
            started.clone(),
        );
        spawn(
            format!("crudspec-worker-{w}"),
            Box::new(move || {
                loop {
                    if stop.halted() {
                        break;
                    }
                    let next = parallel.lock().ok().and_then(|mut q| q.pop_front());
                    let Some(i) = next else { break };
                    started.fetch_add(1, Ordering::SeqCst);
                    if tx.send((i, run_job(&plan, &stop, i))).is_err() {
                        break;
                    }
                }
            }),
        );
    }
    for t in (0..plan.targets.len()).filter(|t| plan.targets[*t].serial()) {
        let (tx, plan, stop, started) = (tx.clone(), plan.clone(), stop.clone(), started.clone());
        spawn(
            format!("crudspec-serial-{t}"),
            Box::new(move || {
                for i in (0..plan.jobs.len()).filter(|i| plan.jobs[*i].target == t) {
                    if stop.halted() {
                        break;
                    }
                    started.fetch_add(1, Ordering::SeqCst);
                    if tx.send((i, run_job(&plan, &stop, i))).is_err() {
                        break;
                    }
                }
            }),
        );
    }
    drop(tx);

    let grace = plan.config.step_timeout;
    let mut slots: Vec<Option<Record>> = vec![None; total];
    let mut progress = Progress::new(total, plan.quiet);
    let mut received = 0usize;
    let mut seen_interrupts = 0usize;
    let mut deadline: Option<Instant> = None;
    let mut abandoned = 0usize;
    let mut announced_max_fail = false;
    loop {
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok((i, record)) => {
                received += 1;
                progress.update(&record);
                on_record(&record);
                slots[i] = Some(record);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        let running = started.load(Ordering::SeqCst).saturating_sub(received);
        if stop.max_fail_reached() && !announced_max_fail {
            announced_max_fail = true;
            progress.note(&format!(
                "--max-fail reached: no new scenarios; {running} still running"
            ));
        }
        let interrupts = stop.interrupts();
        if interrupts > seen_interrupts {
            seen_interrupts = interrupts;
            if interrupts >= 2 {
                abandoned = running;
                progress.note(&format!(
                    "interrupted again: stopping now ({running} running scenario runs not recorded)"
                ));
                break;
            }
            deadline = Some(Instant::now() + grace);
            progress.note(&format!(
                "interrupted: no new scenarios; waiting up to {} s for {running} running \
                 (Ctrl-C again to stop now)",
                grace.as_secs()
            ));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            abandoned = running;
            progress.note(&format!(
                "stopped waiting after {} s ({running} running scenario runs not recorded)",
                grace.as_secs()
            ));
            break;
        }
    }
    progress.finish();

    let interrupted = stop.interrupts() > 0;
    let max_fail_reached = stop.max_fail_reached();
    let not_run = total - received - abandoned;
    let mut records = Vec::with_capacity(total);
    for (i, slot) in slots.into_iter().enumerate() {
        match slot {
            Some(r) => records.push(r),
            None if max_fail_reached && !interrupted => {
                let job = plan.jobs[i];
                let r = Record::not_run(
                    &plan.scenarios[job.scenario],
                    plan.targets[job.target].name(),
                    max_fail_reason(stop.max_fail.unwrap_or(1)),
                );
                on_record(&r);
                records.push(r);
            }
            None if interrupted => {}
            None => {
                // Only when no worker thread could be started: never a silent gap.
                let job = plan.jobs[i];
                let mut r = Record::not_run(
                    &plan.scenarios[job.scenario],
                    plan.targets[job.target].name(),
                    "not run: no worker thread could be started".to_string(),
                );
                r.outcome = Outcome::Error;
                on_record(&r);
                records.push(r);
            }
        }
    }
    Finished {
        records,
        interrupted,
        abandoned,
        not_run,
        max_fail_reached,
    }
}

/// Progress on stderr: a live counter on a terminal, a line per problem always; failures with
/// the same cause as an earlier one are not repeated, only counted (a line at 2, 10, 100, …).
struct Progress {
    total: usize,
    done: usize,
    counts: [usize; 6],
    causes: HashMap<String, usize>,
    tty: bool,
    quiet: bool,
}

impl Progress {
    fn new(total: usize, quiet: bool) -> Self {
        let tty = std::io::stderr().is_terminal();
        if !quiet {
            let _ = writeln!(std::io::stderr(), "running {total} scenario runs");
        }
        Progress {
            total,
            done: 0,
            counts: [0; 6],
            causes: HashMap::new(),
            tty,
            quiet,
        }
    }

    fn clear(&self, err: &mut impl std::io::Write) {
        if self.tty {
            let _ = write!(err, "\r\x1b[K");
        }
    }

    /// A line that is always shown, also with `--quiet` (interrupts, `--max-fail`).
    fn note(&self, text: &str) {
        let mut err = std::io::stderr().lock();
        self.clear(&mut err);
        let _ = writeln!(err, "{text}");
    }

    fn update(&mut self, r: &Record) {
        self.done += 1;
        if let Some(i) = Outcome::ALL.iter().position(|o| *o == r.outcome) {
            self.counts[i] += 1;
        }
        if self.quiet {
            return;
        }
        let mut err = std::io::stderr().lock();
        if r.outcome.is_failure() {
            let seen = {
                let n = self.causes.entry(results::group_key(r)).or_insert(0);
                *n += 1;
                *n
            };
            let setup = if r.is_setup_failure() {
                " (setup failed)"
            } else {
                ""
            };
            if seen == 1 {
                self.clear(&mut err);
                let _ = writeln!(
                    err,
                    "{:<5} {} @ {}{setup}: {}",
                    r.outcome.as_str(),
                    r.id,
                    r.target,
                    r.message
                        .as_deref()
                        .and_then(|m| m.lines().next())
                        .unwrap_or("")
                );
            } else if seen == 2 || [10, 100, 1000, 10_000].contains(&seen) {
                self.clear(&mut err);
                let _ = writeln!(
                    err,
                    "{:<5} {} × {}{setup} (latest: {} @ {})",
                    r.outcome.as_str(),
                    seen,
                    results::cause(r),
                    r.id,
                    r.target
                );
            }
        }
        let status = format!(
            "[{}/{}] {} pass, {} fail, {} error, {} skip, {} n/a, {} xfail",
            self.done,
            self.total,
            self.counts[0],
            self.counts[1],
            self.counts[2],
            self.counts[3],
            self.counts[4],
            self.counts[5]
        );
        if self.tty {
            let _ = write!(err, "\r\x1b[K{status}");
            let _ = err.flush();
        } else if self.done.is_multiple_of(100) || self.done == self.total {
            let _ = writeln!(err, "{status}");
        }
    }

    fn finish(&self) {
        if self.tty && !self.quiet {
            let _ = writeln!(std::io::stderr());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_fail_reason_wording() {
        assert_eq!(
            max_fail_reason(1),
            "not run: stopped after 1 failure (--max-fail)"
        );
        assert_eq!(
            max_fail_reason(3),
            "not run: stopped after 3 failures (--max-fail)"
        );
    }

    #[test]
    fn stop_halts_on_interrupt_or_max_fail() {
        let s = Stop::new(Some(2));
        assert!(!s.halted());
        s.failed();
        assert!(!s.halted());
        s.failed();
        assert!(s.max_fail_reached() && s.halted());
        let s = Stop::new(None);
        s.failed();
        assert!(!s.halted());
        s.interrupt();
        assert!(s.halted());
        assert_eq!(s.interrupts(), 1);
    }
}
