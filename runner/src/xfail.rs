//! Expected failures: `fixtures/xfail/<target>.txt` lists scenario ids (one per line, `#`
//! comments) that are known to fail on that target. A listed scenario that fails or errors gets
//! the outcome `xfail`; a listed scenario that passes fails the run until its entry is removed.
//! An entry may be an expanded outline id (`x-010[PM-C1]`) or a base id (all its rows).

use crudspec_steps::driver::{Outcome, ScenarioResult};
use crudspec_steps::suite::ScenarioSpec;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The expected failures of one target.
#[derive(Debug, Clone, Default)]
pub struct Xfail {
    pub file: Option<PathBuf>,
    ids: BTreeSet<String>,
}

impl Xfail {
    /// Reads `<fixtures>/xfail/<target>.txt` (absent file: nothing expected to fail).
    pub fn load(fixtures: &Path, target: &str) -> Result<Xfail, std::io::Error> {
        let file = fixtures.join("xfail").join(format!("{target}.txt"));
        if !file.is_file() {
            return Ok(Xfail::default());
        }
        let text = std::fs::read_to_string(&file)?;
        Ok(Xfail {
            ids: parse(&text),
            file: Some(file),
        })
    }

    pub fn lists(&self, spec: &ScenarioSpec) -> bool {
        spec.id.as_ref().is_some_and(|id| self.ids.contains(id))
            || spec
                .base_id
                .as_ref()
                .is_some_and(|id| self.ids.contains(id))
    }

    /// Applies the list to a result.
    pub fn apply(&self, spec: &ScenarioSpec, mut result: ScenarioResult) -> ScenarioResult {
        if !self.lists(spec) {
            return result;
        }
        let file = self
            .file
            .as_ref()
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        match result.outcome {
            Outcome::Fail | Outcome::Error => {
                result.message = Some(format!(
                    "expected failure ({file}): {}",
                    result.message.unwrap_or_default()
                ));
                result.outcome = Outcome::Xfail;
            }
            Outcome::Pass => {
                result.outcome = Outcome::Fail;
                result.message = Some(format!(
                    "listed as an expected failure in {file} but passed: remove the entry"
                ));
            }
            _ => {}
        }
        result
    }
}

fn parse(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids_and_comments() {
        let ids = parse("# header\nx-001\n  x-002[PM-C1]  # why\n\n");
        assert_eq!(ids.len(), 2);
        assert!(ids.contains("x-002[PM-C1]"));
    }
}
