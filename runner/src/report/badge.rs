//! `--format badge`: a shields.io endpoint document per target
//! (`https://img.shields.io/endpoint?url=<where the JSON is served>`):
//!
//! ```json
//! {"schemaVersion": 1, "label": "crudspec reference", "message": "472/479 passing", "color": "yellow"}
//! ```
//!
//! `message` is passed/judged runs (n/a and skip are not judged), with ` (interrupted)` when the
//! run did not finish; `color` is `brightgreen` when every judged run passed, `yellow` from 90 %,
//! `red` below, `lightgrey` when nothing ran. `--out DIR` writes `DIR/<target>.json` per target
//! (characters other than letters, digits, `.`, `_`, `-` become `-`); `--out FILE.json` is allowed
//! with a single target. Without `--out`, one document per line on stdout.

use super::{Report, ReportError, passing, write_file};
use crate::results;
use serde_json::json;
use std::path::{Path, PathBuf};

/// The colour for `pass` of `ran` judged runs.
pub fn color(pass: usize, ran: usize) -> &'static str {
    if ran == 0 {
        "lightgrey"
    } else if pass == ran {
        "brightgreen"
    } else if pass * 10 >= ran * 9 {
        "yellow"
    } else {
        "red"
    }
}

/// `(target, JSON document)` per column.
pub fn documents(report: &Report) -> Vec<(String, String)> {
    let interrupted = !report.incomplete().is_empty();
    report
        .columns
        .iter()
        .map(|c| {
            let cell = results::target_cell(&report.records, &c.name);
            let mut message = if cell.ran() == 0 {
                "no scenario run".to_string()
            } else {
                passing(&cell)
            };
            let incomplete = report
                .runs
                .get(c.run)
                .is_some_and(|run| run.footer.as_ref().is_none_or(|f| f.interrupted));
            if incomplete && interrupted {
                message.push_str(" (interrupted)");
            }
            let doc = json!({
                "schemaVersion": 1,
                "label": format!("crudspec {}", c.name),
                "message": message,
                "color": color(cell.pass, cell.ran()),
            });
            (c.name.clone(), doc.to_string())
        })
        .collect()
}

/// The file name of a target's badge in a folder.
pub fn file_name(target: &str) -> String {
    let safe: String = target
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{}.json", safe.trim_matches('.'))
}

/// Writes the documents: into the folder `out`, or the file `out` (ending in `.json`) when
/// there is one target.
pub fn write(out: &Path, docs: &[(String, String)]) -> Result<Vec<PathBuf>, ReportError> {
    let is_file = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        && !out.is_dir();
    if is_file {
        if docs.len() != 1 {
            return Err(ReportError::BadgeFile {
                path: out.display().to_string(),
                count: docs.len(),
            });
        }
        write_file(out, &format!("{}\n", docs[0].1))?;
        return Ok(vec![out.to_path_buf()]);
    }
    let mut written = Vec::new();
    for (target, json) in docs {
        let path = out.join(file_name(target));
        write_file(&path, &format!("{json}\n"))?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_follow_the_share_passing() {
        assert_eq!(color(479, 479), "brightgreen");
        assert_eq!(color(472, 479), "yellow");
        assert_eq!(color(400, 479), "red");
        assert_eq!(color(0, 0), "lightgrey");
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name("reference-http"), "reference-http.json");
        assert_eq!(file_name("my server (b)"), "my-server--b-.json");
        assert_eq!(file_name("../x"), "-x.json");
    }
}
