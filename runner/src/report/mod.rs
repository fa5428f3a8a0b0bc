//! `crudspec report`: every view of a run rendered from results streams alone, never by
//! running anything again (`crudspec run --report FORMAT=PATH` renders the same views from the
//! records it has just written).
//!
//! - [`stream`]: reading a stream back ([`read_stream`]); a malformed line is an error naming
//!   `file:line`.
//! - [`Report`]: one or more streams merged, one column per target (a target name that two
//!   streams share gets the second stream's file stem: `reference (b)`), the records in one
//!   canonical order (column, feature file, line, id), so every view is deterministic.
//! - one module per [`Format`]: [`table`] (what `run` prints), [`markdown`] (CI step summaries,
//!   pull requests), [`html`] (one self-contained page), [`junit`] (CI test tabs), [`badge`]
//!   (shields.io endpoint JSON per target).
//!
//! The matrix cells, totals, failure grouping and causes are those of [`crate::results`]: the
//! terminal, Markdown, HTML and JUnit views count alike.

pub mod badge;
pub mod gherkin;
pub mod html;
pub mod junit;
pub mod markdown;
pub mod stream;
pub mod table;

use crate::results::{Category, Cell, Header, Record, Totals};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use stream::{Stream, StreamError, StreamFooter, StreamHeader, StreamTarget, read_stream};

/// A report format (`--format`, `--report FORMAT=PATH`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Markdown,
    Html,
    Junit,
    Badge,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Table,
        Format::Markdown,
        Format::Html,
        Format::Junit,
        Format::Badge,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Junit => "junit",
            Format::Badge => "badge",
        }
    }
}

impl FromStr for Format {
    type Err = ReportError;

    fn from_str(s: &str) -> Result<Format, ReportError> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str() == s || (s == "md" && *f == Format::Markdown))
            .ok_or_else(|| ReportError::UnknownFormat(s.to_string()))
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What can go wrong rendering or writing a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Stream(#[from] StreamError),
    #[error("unknown report format `{0}` (known: table, markdown, html, junit, badge)")]
    UnknownFormat(String),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "--out {path}: {count} targets give {count} badges; name a directory (one <target>.json each), not a .json file"
    )]
    BadgeFile { path: String, count: usize },
    #[error("the run's header cannot be read back: {0}")]
    Header(String),
}

/// One stream of a report.
#[derive(Debug, Clone)]
pub struct Run {
    /// The stream file as given (`None` for the records of a run in progress).
    pub path: Option<PathBuf>,
    pub header: StreamHeader,
    pub footer: Option<StreamFooter>,
}

/// One column of the views: a target of one run.
#[derive(Debug, Clone)]
pub struct Column {
    /// The name shown (the target's name, or `name (stream)` when two streams share it).
    pub name: String,
    pub run: usize,
    pub info: StreamTarget,
}

/// One or more runs, merged: what every view is rendered from.
#[derive(Debug, Clone)]
pub struct Report {
    pub runs: Vec<Run>,
    pub columns: Vec<Column>,
    /// Every record, `target` renamed to its column, in canonical order.
    pub records: Vec<Record>,
    /// `--features DIR`: where to read the feature files named in the records (the record's
    /// path relative to the run's features folder is looked up there first).
    pub features: Option<PathBuf>,
}

impl Report {
    /// The streams as columns (in the order given, each stream's targets in header order).
    pub fn from_streams(streams: Vec<Stream>) -> Report {
        let mut report = Report {
            runs: Vec::new(),
            columns: Vec::new(),
            records: Vec::new(),
            features: None,
        };
        for s in streams {
            let label = s
                .path
                .file_stem()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| s.path.display().to_string());
            report.add(Some(s.path), s.header, s.footer, s.records, &label);
        }
        report.sort();
        report
    }

    /// The records of the run that has just finished (`crudspec run --report`), with its
    /// header as the stream holds it.
    pub fn from_run(
        header: &Header,
        records: &[Record],
        duration_ms: f64,
        interrupted: bool,
    ) -> Result<Report, ReportError> {
        let value = serde_json::to_value(header).map_err(|e| ReportError::Header(e.to_string()))?;
        let header: StreamHeader =
            serde_json::from_value(value).map_err(|e| ReportError::Header(e.to_string()))?;
        let totals = Totals::of(records);
        let footer = StreamFooter {
            success: totals.success() && !interrupted,
            duration_ms,
            interrupted,
        };
        let mut report = Report {
            runs: Vec::new(),
            columns: Vec::new(),
            records: Vec::new(),
            features: None,
        };
        report.add(None, header, Some(footer), records.to_vec(), "run");
        report.sort();
        Ok(report)
    }

    fn add(
        &mut self,
        path: Option<PathBuf>,
        header: StreamHeader,
        footer: Option<StreamFooter>,
        mut records: Vec<Record>,
        label: &str,
    ) {
        let run = self.runs.len();
        let mut rename: HashMap<String, String> = HashMap::new();
        let mut targets = header.targets.clone();
        // Targets that have records but are missing from the header still get a column.
        for r in &records {
            if !targets.iter().any(|t| t.name == r.target) {
                targets.push(StreamTarget::named(&r.target));
            }
        }
        for info in targets {
            let mut name = info.name.clone();
            if self.columns.iter().any(|c| c.name == name) {
                name = format!("{} ({label})", info.name);
                let mut n = 2;
                while self.columns.iter().any(|c| c.name == name) {
                    name = format!("{} ({label} #{n})", info.name);
                    n += 1;
                }
            }
            rename.insert(info.name.clone(), name.clone());
            self.columns.push(Column { name, run, info });
        }
        for r in &mut records {
            if let Some(n) = rename.get(&r.target) {
                r.target = n.clone();
            }
        }
        self.records.extend(records);
        self.runs.push(Run {
            path,
            header,
            footer,
        });
    }

    /// Column, then feature file (by path components), line, id: the order `run` uses.
    fn sort(&mut self) {
        let index: HashMap<&str, usize> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| (c.name.as_str(), i))
            .collect();
        let mut keyed: Vec<(usize, Record)> = self
            .records
            .drain(..)
            .map(|r| (index.get(r.target.as_str()).copied().unwrap_or(0), r))
            .collect();
        keyed.sort_by(|(ca, a), (cb, b)| {
            ca.cmp(cb)
                .then_with(|| Path::new(&a.feature).cmp(Path::new(&b.feature)))
                .then_with(|| a.line.cmp(&b.line))
                .then_with(|| a.id.cmp(&b.id))
        });
        self.records = keyed.into_iter().map(|(_, r)| r).collect();
    }

    /// The column names, in order.
    pub fn target_names(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.name.clone()).collect()
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The run a record belongs to.
    pub fn run_of(&self, r: &Record) -> Option<&Run> {
        self.column(&r.target).and_then(|c| self.runs.get(c.run))
    }

    pub fn totals(&self) -> Totals {
        Totals::of(&self.records)
    }

    /// Whether some run was interrupted or has no footer (killed).
    pub fn incomplete(&self) -> Vec<String> {
        self.runs
            .iter()
            .filter_map(|r| {
                let name = r
                    .path
                    .as_ref()
                    .map_or_else(|| "this run".to_string(), |p| p.display().to_string());
                match &r.footer {
                    None => Some(format!("{name}: no footer (the run was killed)")),
                    Some(f) if f.interrupted => Some(format!("{name}: interrupted")),
                    Some(_) => None,
                }
            })
            .collect()
    }

    /// The sum of the runs' durations, when every run has a footer.
    pub fn duration_ms(&self) -> Option<f64> {
        self.runs
            .iter()
            .map(|r| r.footer.as_ref().map(|f| f.duration_ms))
            .sum()
    }

    /// The record's feature file relative to its run's features folder (`prisma1/x.feature`),
    /// with `/` separators; the path as recorded when it is not under that folder.
    pub fn feature_rel(&self, r: &Record) -> String {
        let rel = self
            .run_of(r)
            .and_then(|run| {
                Path::new(&r.feature)
                    .strip_prefix(&run.header.features)
                    .ok()
            })
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from(&r.feature));
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The feature file a record names, where it can be read: under `--features` (by its
    /// path relative to the run's features folder), as recorded (absolute, or relative to the
    /// current directory), or relative to the stream's folder.
    pub fn feature_file(&self, r: &Record) -> Option<PathBuf> {
        let mut candidates = Vec::new();
        if let Some(dir) = &self.features {
            candidates.push(dir.join(self.feature_rel(r)));
        }
        candidates.push(PathBuf::from(&r.feature));
        if let Some(dir) = self
            .run_of(r)
            .and_then(|run| run.path.as_ref())
            .and_then(|p| p.parent())
            && Path::new(&r.feature).is_relative()
        {
            candidates.push(dir.join(&r.feature));
        }
        candidates.into_iter().find(|p| p.is_file())
    }
}

/// The name of a category as the views show it.
pub fn category_str(c: Category) -> &'static str {
    match c {
        Category::Pass => "pass",
        Category::Fail => "fail",
        Category::Setup => "setup",
        Category::Error => "error",
        Category::NotApplicable => "n/a",
        Category::Skip => "skip",
        Category::Xfail => "xfail",
    }
}

/// Every category, in the order the views list them.
pub const CATEGORIES: [Category; 7] = [
    Category::Pass,
    Category::Fail,
    Category::Setup,
    Category::Error,
    Category::Xfail,
    Category::NotApplicable,
    Category::Skip,
];

/// The cell's most telling category (fail, error, setup, xfail, pass, n/a, skip), `None` when
/// empty: the colour of a matrix cell.
pub fn cell_state(c: &Cell) -> Option<Category> {
    [
        (c.fail, Category::Fail),
        (c.error, Category::Error),
        (c.setup, Category::Setup),
        (c.xfail, Category::Xfail),
        (c.pass, Category::Pass),
        (c.not_applicable, Category::NotApplicable),
        (c.skip, Category::Skip),
    ]
    .into_iter()
    .find(|(n, _)| *n > 0)
    .map(|(_, cat)| cat)
}

/// `472/479 passing`: passed / judged runs (n/a and skip left out).
pub fn passing(c: &Cell) -> String {
    format!("{}/{} passing", c.pass, c.ran())
}

/// Text escaped for HTML and XML content and (double- or single-quoted) attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text escaped for HTML element content (not attributes): `&`, `<`, `>`.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Writes text to a file, creating its folder.
pub fn write_file(path: &Path, text: &str) -> Result<(), ReportError> {
    let err = |source| ReportError::Write {
        path: path.display().to_string(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    std::fs::write(path, text).map_err(err)
}

/// Renders one format; `out` is a file, or for `badge` a folder (one `<target>.json` per
/// target) or a `.json` file when there is a single target. Without `out` the text is
/// returned (badges: one JSON document per line) for the caller to print. Returns the text
/// printed or the files written.
pub fn write(report: &Report, format: Format, out: Option<&Path>) -> Result<Written, ReportError> {
    if format == Format::Badge {
        let docs = badge::documents(report);
        return match out {
            None => Ok(Written::Text(
                docs.iter().map(|(_, json)| format!("{json}\n")).collect(),
            )),
            Some(path) => badge::write(path, &docs).map(Written::Files),
        };
    }
    let text = render(report, format);
    match out {
        None => Ok(Written::Text(text)),
        Some(path) => {
            write_file(path, &text)?;
            Ok(Written::Files(vec![path.to_path_buf()]))
        }
    }
}

/// What [`write`] did.
#[derive(Debug)]
pub enum Written {
    Text(String),
    Files(Vec<PathBuf>),
}

/// One format as text (`badge`: one JSON document per line).
pub fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Table => table::render(report),
        Format::Markdown => markdown::render(report, &markdown::Options::default()),
        Format::Html => html::render(report),
        Format::Junit => junit::render(report),
        Format::Badge => badge::documents(report)
            .iter()
            .map(|(_, json)| format!("{json}\n"))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_by_name() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>().ok(), Some(f));
        }
        assert_eq!("md".parse::<Format>().ok(), Some(Format::Markdown));
        let e = "pdf".parse::<Format>().err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("unknown report format `pdf` (known: table, markdown, html, junit, badge)")
        );
    }

    #[test]
    fn html_escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape_html(r#"</script><img src=x onerror='a("b")'>&"#),
            "&lt;/script&gt;&lt;img src=x onerror=&#39;a(&quot;b&quot;)&#39;&gt;&amp;"
        );
    }

    #[test]
    fn a_cell_is_coloured_by_its_most_telling_outcome() {
        let c = Cell {
            pass: 3,
            setup: 1,
            not_applicable: 2,
            ..Cell::default()
        };
        assert_eq!(cell_state(&c), Some(Category::Setup));
        assert_eq!(passing(&c), "3/4 passing");
        assert_eq!(cell_state(&Cell::default()), None);
        assert_eq!(
            cell_state(&Cell {
                skip: 1,
                not_applicable: 1,
                ..Cell::default()
            }),
            Some(Category::NotApplicable)
        );
    }
}
