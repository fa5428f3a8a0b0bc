//! From `--target` values to targets: each is parsed, an external endpoint is probed first
//! (`crudspec_steps::probe`) and what the probe found is applied (a bare URL serves the fixture it
//! was found to serve); a target that cannot work stops the run with one message. `crudspec
//! probe` prints the probe's findings alone.

use crudspec_steps::driver::Profiles;
use crudspec_steps::probe::{ProbeContext, ProbeReport, probe};
use crudspec_steps::redact::Redactor;
use crudspec_steps::suite::ScenarioSpec;
use crudspec_steps::target::{ExternalConfig, Target, TargetError, TargetSpec};
use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::Path;
use std::sync::Arc;

/// What the command line says about the targets.
#[derive(Debug, Clone, Default)]
pub struct TargetOptions {
    pub dialect: Option<String>,
    /// The fixture a bare URL serves (`--fixture`).
    pub fixture: Option<String>,
    pub headers: Vec<(String, String)>,
    /// Print the probe's findings (fatal ones are always printed).
    pub show_probe: bool,
    /// `--max-response-bytes`: replaces the target configs' `max_response_bytes`.
    pub max_response_bytes: Option<usize>,
}

/// Why the targets cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum TargetsError {
    #[error("{0}")]
    Target(#[from] TargetError),
    #[error("{0}")]
    Probe(String),
    #[error("cannot start a runtime for the probe: {0}")]
    Runtime(std::io::Error),
}

/// Parses `CRUDSPEC_HEADERS` (`Name: value; Name2: value2`).
pub fn parse_header_list(text: &str) -> Vec<(String, String)> {
    text.split(';')
        .filter_map(|h| h.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

/// The fixtures the scenarios of `dialect` set up (candidates for a bare URL).
fn fixtures_of(scenarios: &[&ScenarioSpec], dialect: &str) -> Vec<String> {
    let set: BTreeSet<String> = scenarios
        .iter()
        .filter(|s| s.dialect.as_deref().is_none_or(|d| d == dialect))
        .flat_map(|s| s.data_models().into_iter().flatten())
        .collect();
    set.into_iter().collect()
}

/// Probes an external config; `Err` with one message when the profile is missing.
pub fn probe_config(
    config: &ExternalConfig,
    path: Option<&Path>,
    fixtures_dir: &Path,
    profiles: &Profiles,
    scenarios: &[&ScenarioSpec],
) -> Result<ProbeReport, TargetsError> {
    let profile = profiles
        .get(&config.dialect)
        .map_err(|e| TargetsError::Probe(format!("target config: {e}")))?;
    let ctx = ProbeContext {
        fixtures_dir,
        profile: &profile,
        fixtures: fixtures_of(scenarios, &config.dialect),
    };
    let name = config.target_name(path);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(TargetsError::Runtime)?;
    let report = rt.block_on(probe(config, &name, &ctx));
    Ok(report)
}

/// The targets of `specs`, external ones probed and adapted; `Err` names the first target that
/// cannot work.
pub fn resolve(
    specs: &[String],
    options: &TargetOptions,
    fixtures_dir: &Path,
    profiles: &Profiles,
    scenarios: &[&ScenarioSpec],
) -> Result<Vec<Arc<dyn Target>>, TargetsError> {
    let mut targets = Vec::new();
    for s in specs {
        let spec = TargetSpec::parse(
            s,
            options.dialect.as_deref(),
            options.fixture.as_deref(),
            &options.headers,
        )?;
        let spec = match spec {
            TargetSpec::External { mut config, path } if options.max_response_bytes.is_some() => {
                config.max_response_bytes = options.max_response_bytes;
                TargetSpec::External { config, path }
            }
            other => other,
        };
        let spec = match spec {
            // A container target is checked when it starts (engine, readiness), not probed.
            TargetSpec::External { config, path } if config.container.is_some() => {
                TargetSpec::External { config, path }
            }
            TargetSpec::External { mut config, path } => {
                let report =
                    probe_config(&config, path.as_deref(), fixtures_dir, profiles, scenarios)?;
                let redactor = secrets_of(&config);
                if options.show_probe {
                    let _ = std::io::stderr().write_all(redactor.text(&report.render()).as_bytes());
                }
                if let Some(m) = report.fatal_message() {
                    return Err(TargetsError::Probe(redactor.text(&m)));
                }
                report.apply(&mut config);
                TargetSpec::External { config, path }
            }
            other => other,
        };
        let target = spec.build()?;
        if let Some(why) = target.unavailable() {
            // One line, always: the target's scenarios are skipped, the run goes on.
            let _ = writeln!(std::io::stderr(), "target {} skipped: {why}", target.name());
        }
        targets.push(target);
    }
    Ok(targets)
}

/// The secrets of a config (header values, URL credentials), for masking probe output.
fn secrets_of(config: &ExternalConfig) -> Redactor {
    Redactor::new(config.secrets())
}

/// `crudspec probe`: prints the findings; exit 0 when the target can be used, 3 when not, 2
/// for a bad target value.
pub fn probe_command(
    target: &str,
    options: &TargetOptions,
    fixtures_dir: &Path,
    profiles: &Profiles,
    scenarios: &[&ScenarioSpec],
) -> i32 {
    let spec = match TargetSpec::parse(
        target,
        options.dialect.as_deref(),
        options.fixture.as_deref(),
        &options.headers,
    ) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "crudspec probe: {e}");
            return 2;
        }
    };
    let TargetSpec::External { config, path } = spec else {
        let _ = writeln!(
            std::io::stdout(),
            "{target}: the bundled reference executor; nothing to probe"
        );
        return 0;
    };
    if let Some(c) = &config.container {
        let line = match crudspec_steps::container::engine_status() {
            Ok(()) => format!(
                "{target}: container image {}; a Docker engine answers (the image is checked \
                 when the run starts it)",
                c.image
            ),
            Err(e) => format!(
                "{target}: container image {}: {e}; {}",
                c.image,
                crudspec_steps::container::ENGINE_HINT
            ),
        };
        let _ = writeln!(std::io::stdout(), "{line}");
        return 0;
    }
    match probe_config(&config, path.as_deref(), fixtures_dir, profiles, scenarios) {
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "crudspec probe: {e}");
            2
        }
        Ok(report) => {
            let text = secrets_of(&config).text(&report.render());
            let _ = std::io::stdout().write_all(text.as_bytes());
            if report.is_fatal() { 3 } else { 0 }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lists() {
        assert_eq!(
            parse_header_list("Authorization: Bearer x:y; X-Trace: 1;;bad"),
            vec![
                ("Authorization".to_string(), "Bearer x:y".to_string()),
                ("X-Trace".to_string(), "1".to_string())
            ]
        );
        assert!(parse_header_list("").is_empty());
    }
}
