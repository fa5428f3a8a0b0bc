//! Reading a results stream back (`fixtures/schema/results.schema.json`): the header, every
//! scenario record (as [`Record`], so the views are those of [`crate::results`]) and the footer
//! when there is one (a killed run has none). A line that is not JSON, not one of the three
//! kinds, or a record missing a required field is an error naming `file:line`.
//!
//! Unknown keys are kept where a view can show them (header and targets, [`StreamHeader::extra`])
//! and otherwise ignored, so a newer stream of the same schema family (`crudspec-results/N`)
//! still reads.

use crate::results::Record;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The schema family a stream must declare in its header.
pub const SCHEMA_FAMILY: &str = "crudspec-results/";

/// The header as read back.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StreamHeader {
    pub schema: String,
    #[serde(default)]
    pub suite_version: String,
    #[serde(default)]
    pub started_at: String,
    /// The features folder of the run (record paths start with it).
    #[serde(default)]
    pub features: String,
    #[serde(default)]
    pub dialect: Option<String>,
    #[serde(default)]
    pub dialects: Vec<String>,
    #[serde(default)]
    pub targets: Vec<StreamTarget>,
    #[serde(default)]
    pub filters: Option<Value>,
    /// Any other key (e.g. the suite's commit): shown as it is.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl StreamHeader {
    /// The extra keys worth showing (`type` left out), as `key: value` with strings unquoted.
    pub fn extra_fields(&self) -> Vec<(String, String)> {
        shown_fields(&self.extra)
    }
}

/// A target of the header.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StreamTarget {
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub dialect: Option<String>,
    #[serde(default)]
    pub capabilities: Vec<String>,
    #[serde(default)]
    pub adaptation: Option<Value>,
    /// Any other key (e.g. the version the target reports).
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl StreamTarget {
    /// A target known only by the records that name it.
    pub fn named(name: &str) -> StreamTarget {
        StreamTarget {
            name: name.to_string(),
            kind: String::new(),
            location: String::new(),
            dialect: None,
            capabilities: Vec::new(),
            adaptation: None,
            extra: BTreeMap::new(),
        }
    }

    pub fn extra_fields(&self) -> Vec<(String, String)> {
        shown_fields(&self.extra)
    }
}

fn shown_fields(extra: &BTreeMap<String, Value>) -> Vec<(String, String)> {
    extra
        .iter()
        .filter(|(k, v)| k.as_str() != "type" && !v.is_null())
        .map(|(k, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.clone(), text)
        })
        .collect()
}

/// The footer as read back (the totals are recomputed from the records).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StreamFooter {
    #[serde(default)]
    pub duration_ms: f64,
    #[serde(default)]
    pub success: bool,
    #[serde(default)]
    pub interrupted: bool,
}

/// One stream read back.
#[derive(Debug, Clone)]
pub struct Stream {
    pub path: PathBuf,
    pub header: StreamHeader,
    pub records: Vec<Record>,
    /// `None` when the run was killed before it wrote one.
    pub footer: Option<StreamFooter>,
}

/// Why a stream cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Malformed {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: empty: not a results stream (crudspec run --out FILE writes one)")]
    Empty { path: String },
}

/// Reads a results stream.
pub fn read_stream(path: &Path) -> Result<Stream, StreamError> {
    let text = std::fs::read_to_string(path).map_err(|source| StreamError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse_stream(path, &text)
}

/// Parses the text of a stream (`path` names it in errors).
pub fn parse_stream(path: &Path, text: &str) -> Result<Stream, StreamError> {
    let bad = |line: usize, message: String| StreamError::Malformed {
        path: path.display().to_string(),
        line,
        message,
    };
    let mut header: Option<StreamHeader> = None;
    let mut records = Vec::new();
    let mut footer: Option<StreamFooter> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(raw).map_err(|e| bad(n, format!("not a JSON document: {e}")))?;
        let kind = value
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if header.is_none() && kind != "header" {
            return Err(bad(
                n,
                format!(
                    "the first line must be the header (`\"type\": \"header\"`), found {}: not a results stream",
                    describe(&kind)
                ),
            ));
        }
        if footer.is_some() {
            return Err(bad(n, format!("{} after the footer", describe(&kind))));
        }
        match kind.as_str() {
            "header" if header.is_some() => return Err(bad(n, "a second header".to_string())),
            "header" => {
                let h: StreamHeader = serde_json::from_value(value)
                    .map_err(|e| bad(n, format!("not a valid header: {e}")))?;
                if !h.schema.starts_with(SCHEMA_FAMILY) {
                    return Err(bad(
                        n,
                        format!(
                            "schema `{}` is not a crudspec results stream ({SCHEMA_FAMILY}N)",
                            h.schema
                        ),
                    ));
                }
                header = Some(h);
            }
            "scenario" => {
                let r: Record = serde_json::from_value(value)
                    .map_err(|e| bad(n, format!("not a valid scenario record: {e}")))?;
                records.push(r);
            }
            "footer" => {
                let f: StreamFooter = serde_json::from_value(value)
                    .map_err(|e| bad(n, format!("not a valid footer: {e}")))?;
                footer = Some(f);
            }
            other => return Err(bad(n, format!("unknown line type {}", describe(other)))),
        }
    }
    let Some(header) = header else {
        return Err(StreamError::Empty {
            path: path.display().to_string(),
        });
    };
    Ok(Stream {
        path: path.to_path_buf(),
        header,
        records,
        footer,
    })
}

fn describe(kind: &str) -> String {
    if kind.is_empty() {
        "a line without `type`".to_string()
    } else {
        format!("`{kind}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crudspec_steps::driver::Outcome;

    const HEADER: &str = r#"{"type":"header","schema":"crudspec-results/1","suite_version":"0.1.0","started_at":"2026-01-01T00:00:00Z","features":"features","dialect":null,"dialects":["prisma1"],"targets":[{"name":"reference","kind":"reference","location":"in-process","dialect":null,"capabilities":[],"adaptation":null,"version":"1.34"}],"filters":{"tags":null,"name":null},"suite_commit":"abc123"}"#;
    const RECORD: &str = r#"{"type":"scenario","id":"x-1","base_id":"x-1","feature":"features/prisma1/a.feature","line":4,"name":"n","tags":["@id:x-1","@behaviour:create"],"dialect":"prisma1","target":"reference","outcome":"fail","phase":"check","duration_ms":1.5,"message":"m","diff":"- a\n+ b","advisories":[],"step":{"line":9,"text":"Then the result should be:"},"endpoint":"in-process","request":{"query":"{ a }","variables":{"x":1},"operationName":"Op"},"http":{"status":200,"headers":{}},"response":{"data":null}}"#;
    const FOOTER: &str =
        r#"{"type":"footer","totals":{},"duration_ms":12.5,"success":false,"interrupted":false}"#;

    #[test]
    fn a_stream_reads_back_with_unknown_keys_kept() {
        let text = format!("{HEADER}\n{RECORD}\n{FOOTER}\n");
        let s = parse_stream(Path::new("r.jsonl"), &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.records.len(), 1);
        let r = &s.records[0];
        assert_eq!(r.outcome, Outcome::Fail);
        assert_eq!(r.kind, "scenario");
        assert_eq!(r.step.as_ref().map(|s| s.line), Some(9));
        assert_eq!(
            r.request.as_ref().and_then(|q| q.operation_name.as_deref()),
            Some("Op")
        );
        assert_eq!(s.footer.as_ref().map(|f| f.duration_ms), Some(12.5));
        assert_eq!(
            s.header.extra_fields(),
            vec![("suite_commit".to_string(), "abc123".to_string())]
        );
        assert_eq!(
            s.header.targets[0].extra_fields(),
            vec![("version".to_string(), "1.34".to_string())]
        );
        // Written again, the record is the same line.
        let again: Value = serde_json::to_value(r).unwrap_or_default();
        let orig: Value = serde_json::from_str(RECORD).unwrap_or_default();
        assert_eq!(again, orig);
    }

    #[test]
    fn malformed_lines_are_named_by_file_and_line() {
        let cases = [
            (
                format!("{HEADER}\n{{oops\n"),
                "r.jsonl:2: not a JSON document",
            ),
            (
                RECORD.to_string(),
                "r.jsonl:1: the first line must be the header",
            ),
            (
                format!(
                    "{HEADER}\n\n{}\n",
                    RECORD.replace(r#""outcome":"fail","#, "")
                ),
                "r.jsonl:3: not a valid scenario record: missing field `outcome`",
            ),
            (
                format!("{HEADER}\n{}\n", RECORD.replace("\"fail\"", "\"meh\"")),
                "r.jsonl:2: not a valid scenario record: unknown variant `meh`",
            ),
            (
                format!("{HEADER}\n{{\"type\":\"other\"}}\n"),
                "r.jsonl:2: unknown line type `other`",
            ),
            (
                format!("{HEADER}\n{FOOTER}\n{RECORD}\n"),
                "r.jsonl:3: `scenario` after the footer",
            ),
            (
                HEADER.replace("crudspec-results/1", "other/1"),
                "r.jsonl:1: schema `other/1` is not a crudspec results stream",
            ),
            (String::new(), "r.jsonl: empty"),
        ];
        for (text, want) in cases {
            let e = parse_stream(Path::new("r.jsonl"), &text)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(e.starts_with(want), "{e}\nwanted: {want}");
        }
    }

    #[test]
    fn a_stream_without_footer_reads() {
        let s = parse_stream(Path::new("r"), &format!("{HEADER}\n{RECORD}"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(s.footer.is_none());
    }
}
