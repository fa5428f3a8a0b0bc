//! `crudspec run`: schedules every selected scenario on every target, runs them on worker
//! threads (each with its own single-threaded runtime; scenarios of a serial target, i.e. an
//! external endpoint, on one dedicated worker, one at a time), shows progress on stderr, applies
//! the expected-failure lists and collects the records in suite order.

use crate::results::Record;
use crate::xfail::Xfail;
use crudspec_steps::driver::{Outcome, RunConfig, run_scenario_blocking};
use crudspec_steps::suite::ScenarioSpec;
use crudspec_steps::target::Target;
use std::collections::VecDeque;
use std::io::{IsTerminal as _, Write as _};
use std::sync::{Arc, Mutex, mpsc};

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

/// Runs the jobs with `workers` threads and returns the records in job order.
pub fn execute(
    scenarios: &[&ScenarioSpec],
    targets: &[Arc<dyn Target>],
    xfails: &[Xfail],
    jobs: &[Job],
    config: &RunConfig,
    workers: usize,
    quiet: bool,
) -> Vec<Record> {
    let parallel: Mutex<VecDeque<usize>> = Mutex::new(
        jobs.iter()
            .enumerate()
            .filter(|(_, j)| !targets[j.target].serial())
            .map(|(i, _)| i)
            .collect(),
    );
    let serial_targets: Vec<usize> = (0..targets.len())
        .filter(|t| targets[*t].serial())
        .collect();
    let (tx, rx) = mpsc::channel::<(usize, Record)>();
    let mut slots: Vec<Option<Record>> = vec![None; jobs.len()];
    let run_job = |i: usize| {
        let job = jobs[i];
        let spec = scenarios[job.scenario];
        let target = &targets[job.target];
        let result = run_scenario_blocking(spec, target, config);
        let result = xfails[job.target].apply(spec, result);
        Record::new(spec, target.name(), result)
    };
    std::thread::scope(|scope| {
        for _ in 0..workers.max(1) {
            let tx = tx.clone();
            let parallel = &parallel;
            let run_job = &run_job;
            scope.spawn(move || {
                loop {
                    let next = parallel.lock().ok().and_then(|mut q| q.pop_front());
                    let Some(i) = next else { break };
                    if tx.send((i, run_job(i))).is_err() {
                        break;
                    }
                }
            });
        }
        for t in serial_targets {
            let tx = tx.clone();
            let run_job = &run_job;
            scope.spawn(move || {
                for (i, job) in jobs.iter().enumerate() {
                    if job.target == t && tx.send((i, run_job(i))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut progress = Progress::new(jobs.len(), quiet);
        for (i, record) in rx {
            progress.update(&record);
            slots[i] = Some(record);
        }
        progress.finish();
    });
    slots.into_iter().flatten().collect()
}

/// Progress on stderr: a live counter on a terminal, a line per problem always.
struct Progress {
    total: usize,
    done: usize,
    counts: [usize; 6],
    tty: bool,
    quiet: bool,
}

impl Progress {
    fn new(total: usize, quiet: bool) -> Self {
        let tty = std::io::stderr().is_terminal();
        if !quiet {
            eprintln!("running {total} scenario runs");
        }
        Progress {
            total,
            done: 0,
            counts: [0; 6],
            tty,
            quiet,
        }
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
            if self.tty {
                let _ = write!(err, "\r\x1b[K");
            }
            let _ = writeln!(
                err,
                "{:<5} {} @ {}: {}",
                r.outcome.as_str(),
                r.id,
                r.target,
                r.message
                    .as_deref()
                    .and_then(|m| m.lines().next())
                    .unwrap_or("")
            );
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
            eprintln!();
        }
    }
}
