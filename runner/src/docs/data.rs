//! The project's own reference data, in `fixtures/catalogue/` (tab-separated, `#` comment lines,
//! a header line naming the columns, `-` for an empty cell):
//!
//! - `documents.tsv`: the five source documents (seed number, file, system, dialect, title);
//! - `examples.tsv`: every documented example `E-<seed>-<nn>` (kind, lines, section, behaviour
//!   group, description);
//! - `example-behaviours.tsv`: the behaviour groups `B-nn` of the examples;
//! - `errata.tsv`: every erratum `ERR-<seed>-<n>` (examples, what the document says, what the
//!   real system does);
//! - `behaviours.tsv`: the behaviour catalogue (`P1-nnn`, `G-nn`, `E-nn`, `C-nn`) that `lint`
//!   checks coverage against.
//!
//! `lint` reads the examples, the catalogue and the errata; `docs` reads all five. Loading checks
//! the columns, unique ids and references between the files, each problem with file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The folder, under the fixtures folder, holding the data files.
pub const DIR: &str = "catalogue";
pub const DOCUMENTS: &str = "documents.tsv";
pub const EXAMPLES: &str = "examples.tsv";
pub const EXAMPLE_BEHAVIOURS: &str = "example-behaviours.tsv";
pub const ERRATA: &str = "errata.tsv";
pub const BEHAVIOURS: &str = "behaviours.tsv";

/// A data file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("{}: cannot read: {source}", file.display())]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}: {message}", file.display())]
    Invalid {
        file: PathBuf,
        line: usize,
        message: String,
    },
}

impl DataError {
    /// Whether the file does not exist (as opposed to existing and being wrong).
    pub fn is_missing(&self) -> bool {
        matches!(self, DataError::Read { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }

    /// `(file, line)` of the problem (line 0 for a file that cannot be read).
    pub fn location(&self) -> (&Path, usize) {
        match self {
            DataError::Read { file, .. } => (file, 0),
            DataError::Invalid { file, line, .. } => (file, *line),
        }
    }

    /// The message without the location.
    pub fn message(&self) -> String {
        match self {
            DataError::Read { source, .. } => format!("cannot read: {source}"),
            DataError::Invalid { message, .. } => message.clone(),
        }
    }
}

/// One data row: its line in the file and its cells.
#[derive(Debug, Clone)]
struct Row {
    line: usize,
    cells: Vec<String>,
}

fn invalid(file: &Path, line: usize, message: impl Into<String>) -> DataError {
    DataError::Invalid {
        file: file.to_path_buf(),
        line,
        message: message.into(),
    }
}

/// Parses a TSV data file whose header must be exactly `columns`.
fn parse(file: &Path, text: &str, columns: &[&str]) -> Result<Vec<Row>, DataError> {
    let mut header_seen = false;
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let cells: Vec<String> = l.split('\t').map(|c| c.trim().to_string()).collect();
        if !header_seen {
            if cells != columns {
                return Err(invalid(
                    file,
                    line,
                    format!(
                        "the header must be the tab-separated columns `{}`, found `{}`",
                        columns.join(" "),
                        cells.join(" ")
                    ),
                ));
            }
            header_seen = true;
            continue;
        }
        if cells.len() != columns.len() {
            return Err(invalid(
                file,
                line,
                format!(
                    "{} tab-separated cells, expected {} ({})",
                    cells.len(),
                    columns.len(),
                    columns.join(", ")
                ),
            ));
        }
        if let Some(n) = cells.iter().position(String::is_empty) {
            return Err(invalid(
                file,
                line,
                format!("empty `{}` (write - for nothing)", columns[n]),
            ));
        }
        rows.push(Row { line, cells });
    }
    if !header_seen {
        return Err(invalid(file, 1, "no header line"));
    }
    Ok(rows)
}

fn read(file: &Path) -> Result<String, DataError> {
    std::fs::read_to_string(file).map_err(|source| DataError::Read {
        file: file.to_path_buf(),
        source,
    })
}

/// Refuses an id seen before.
fn unique(
    file: &Path,
    seen: &mut BTreeSet<String>,
    id: &str,
    line: usize,
) -> Result<(), DataError> {
    if seen.insert(id.to_string()) {
        Ok(())
    } else {
        Err(invalid(file, line, format!("duplicate id `{id}`")))
    }
}

/// A source document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub seed: String,
    pub file: String,
    pub system: String,
    pub dialect: String,
    pub title: String,
}

/// What an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleKind {
    /// Code shown.
    Code,
    /// Promised, but the code is empty or missing.
    Missing,
    /// Described in prose only.
    Prose,
}

impl ExampleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ExampleKind::Code => "code",
            ExampleKind::Missing => "missing",
            ExampleKind::Prose => "prose",
        }
    }
}

/// A documented example.
#[derive(Debug, Clone)]
pub struct Example {
    pub id: String,
    /// The document's seed number (`002`).
    pub seed: String,
    pub kind: ExampleKind,
    pub lines: String,
    pub section: String,
    /// Its behaviour group (`B-13`).
    pub behaviour: String,
    pub description: String,
    /// Line in `examples.tsv`.
    pub line: usize,
}

/// The example inventory: the documents and their examples, in file order.
#[derive(Debug, Clone)]
pub struct Inventory {
    pub file: PathBuf,
    pub documents: Vec<Document>,
    pub examples: Vec<Example>,
    /// Behaviour group id → title (`example-behaviours.tsv`).
    pub behaviours: BTreeMap<String, String>,
}

impl Inventory {
    /// Reads `examples.tsv` and, beside it, `documents.tsv` and `example-behaviours.tsv`.
    pub fn load(examples: &Path) -> Result<Inventory, DataError> {
        let text = read(examples)?;
        let dir = examples.parent().unwrap_or(Path::new("."));
        let documents = load_documents(&dir.join(DOCUMENTS))?;
        let behaviours = load_example_behaviours(&dir.join(EXAMPLE_BEHAVIOURS))?;
        let rows = parse(
            examples,
            &text,
            &["id", "kind", "lines", "section", "behaviour", "description"],
        )?;
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for r in rows {
            let [id, kind, lines, section, behaviour, description] =
                <[String; 6]>::try_from(r.cells)
                    .map_err(|_| invalid(examples, r.line, "wrong number of cells"))?;
            let seed = example_seed(&id).ok_or_else(|| {
                invalid(
                    examples,
                    r.line,
                    format!("`{id}` is not an example id E-<seed>-<nn>"),
                )
            })?;
            unique(examples, &mut seen, &id, r.line)?;
            if !documents.iter().any(|d| d.seed == seed) {
                return Err(invalid(
                    examples,
                    r.line,
                    format!("`{id}`: no document {seed} in {DOCUMENTS}"),
                ));
            }
            if !behaviours.contains_key(&behaviour) {
                return Err(invalid(
                    examples,
                    r.line,
                    format!("`{id}`: behaviour `{behaviour}` is not in {EXAMPLE_BEHAVIOURS}"),
                ));
            }
            let kind = match kind.as_str() {
                "C" => ExampleKind::Code,
                "X" => ExampleKind::Missing,
                "P" => ExampleKind::Prose,
                k => {
                    return Err(invalid(
                        examples,
                        r.line,
                        format!("`{id}`: kind `{k}` is not C, X or P"),
                    ));
                }
            };
            out.push(Example {
                id,
                seed,
                kind,
                lines,
                section,
                behaviour,
                description,
                line: r.line,
            });
        }
        Ok(Inventory {
            file: examples.to_path_buf(),
            documents,
            examples: out,
            behaviours,
        })
    }

    /// The dialect (features folder) of a document.
    pub fn dialect_of(&self, seed: &str) -> Option<&str> {
        self.documents
            .iter()
            .find(|d| d.seed == seed)
            .map(|d| d.dialect.as_str())
    }

    pub fn example(&self, id: &str) -> Option<&Example> {
        self.examples.iter().find(|e| e.id == id)
    }
}

/// `E-002-13` → `002`.
pub fn example_seed(id: &str) -> Option<String> {
    let rest = id.strip_prefix("E-")?;
    let (seed, n) = rest.split_once('-')?;
    let digits = |s: &str, len: Option<usize>| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) && len.is_none_or(|l| s.len() == l)
    };
    (digits(seed, Some(3)) && digits(n, None)).then(|| seed.to_string())
}

fn load_documents(file: &Path) -> Result<Vec<Document>, DataError> {
    let text = read(file)?;
    let rows = parse(file, &text, &["seed", "file", "system", "dialect", "title"])?;
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for r in rows {
        let [seed, f, system, dialect, title] = <[String; 5]>::try_from(r.cells)
            .map_err(|_| invalid(file, r.line, "wrong number of cells"))?;
        unique(file, &mut seen, &seed, r.line)?;
        out.push(Document {
            seed,
            file: f,
            system,
            dialect,
            title,
        });
    }
    Ok(out)
}

fn load_example_behaviours(file: &Path) -> Result<BTreeMap<String, String>, DataError> {
    let text = read(file)?;
    let rows = parse(file, &text, &["id", "title"])?;
    let mut out = BTreeMap::new();
    for r in rows {
        let [id, title] = <[String; 2]>::try_from(r.cells)
            .map_err(|_| invalid(file, r.line, "wrong number of cells"))?;
        if out.insert(id.clone(), title).is_some() {
            return Err(invalid(file, r.line, format!("duplicate id `{id}`")));
        }
    }
    Ok(out)
}

/// A documented mistake.
#[derive(Debug, Clone)]
pub struct Erratum {
    pub id: String,
    /// The document's seed number.
    pub seed: String,
    /// The examples it concerns, as written (`E-002-06..10`), or `-`.
    pub examples: String,
    pub says: String,
    pub actually: String,
    pub line: usize,
}

/// The errata list, in file order.
#[derive(Debug, Clone)]
pub struct Errata {
    pub file: PathBuf,
    pub errata: Vec<Erratum>,
}

impl Errata {
    pub fn load(file: &Path) -> Result<Errata, DataError> {
        let text = read(file)?;
        let rows = parse(file, &text, &["id", "examples", "says", "actually"])?;
        let mut seen = BTreeSet::new();
        let mut errata = Vec::new();
        for r in rows {
            let [id, examples, says, actually] = <[String; 4]>::try_from(r.cells)
                .map_err(|_| invalid(file, r.line, "wrong number of cells"))?;
            let seed = id
                .strip_prefix("ERR-")
                .and_then(|rest| rest.split_once('-'))
                .filter(|(s, n)| {
                    s.len() == 3
                        && !n.is_empty()
                        && s.chars().chain(n.chars()).all(|c| c.is_ascii_digit())
                })
                .map(|(s, _)| s.to_string())
                .ok_or_else(|| {
                    invalid(
                        file,
                        r.line,
                        format!("`{id}` is not an erratum id ERR-<seed>-<n>"),
                    )
                })?;
            unique(file, &mut seen, &id, r.line)?;
            errata.push(Erratum {
                id,
                seed,
                examples,
                says,
                actually,
                line: r.line,
            });
        }
        Ok(Errata {
            file: file.to_path_buf(),
            errata,
        })
    }

    pub fn get(&self, id: &str) -> Option<&Erratum> {
        self.errata.iter().find(|e| e.id == id)
    }
}

/// One item of the behaviour catalogue.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    /// `P1`, `G`, `E` or `C`: the part of the id before the number.
    pub family: String,
    pub dialect: String,
    /// The research note's short code (`CO01`), if any.
    pub code: Option<String>,
    pub source: String,
    pub description: String,
    pub line: usize,
}

/// The behaviour catalogue, in file order.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub file: PathBuf,
    pub items: Vec<Item>,
}

impl Catalogue {
    pub fn load(file: &Path) -> Result<Catalogue, DataError> {
        let text = read(file)?;
        let rows = parse(
            file,
            &text,
            &["id", "dialect", "code", "source", "description"],
        )?;
        let mut seen = BTreeSet::new();
        let mut items = Vec::new();
        for r in rows {
            let [id, dialect, code, source, description] = <[String; 5]>::try_from(r.cells)
                .map_err(|_| invalid(file, r.line, "wrong number of cells"))?;
            let family = item_family(&id).ok_or_else(|| {
                invalid(
                    file,
                    r.line,
                    format!("`{id}` is not a catalogue id <family>-<number> (P1-001, G-01, ...)"),
                )
            })?;
            unique(file, &mut seen, &id, r.line)?;
            items.push(Item {
                family: family.to_string(),
                id,
                dialect,
                code: (code != "-").then_some(code),
                source,
                description,
                line: r.line,
            });
        }
        Ok(Catalogue {
            file: file.to_path_buf(),
            items,
        })
    }

    /// The families in file order, each with its dialect and items.
    pub fn families(&self) -> Vec<(&str, &str, Vec<&Item>)> {
        let mut out: Vec<(&str, &str, Vec<&Item>)> = Vec::new();
        for item in &self.items {
            match out.iter_mut().find(|(f, _, _)| *f == item.family) {
                Some((_, _, items)) => items.push(item),
                None => out.push((&item.family, &item.dialect, vec![item])),
            }
        }
        out
    }

    pub fn get(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }
}

/// `P1-042` → `P1`, `G-07` → `G`; `None` unless the id ends in `-<digits>`.
pub fn item_family(id: &str) -> Option<&str> {
    let (family, n) = id.rsplit_once('-')?;
    (!family.is_empty()
        && family.chars().all(|c| c.is_ascii_alphanumeric())
        && !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit()))
    .then_some(family)
}

/// Everything `docs` reads, from one catalogue folder.
#[derive(Debug, Clone)]
pub struct ProjectData {
    pub inventory: Inventory,
    pub errata: Errata,
    pub catalogue: Catalogue,
}

impl ProjectData {
    /// Reads the data files of `dir` (`fixtures/catalogue`).
    pub fn load(dir: &Path) -> Result<ProjectData, DataError> {
        Ok(ProjectData {
            inventory: Inventory::load(&dir.join(EXAMPLES))?,
            errata: Errata::load(&dir.join(ERRATA))?,
            catalogue: Catalogue::load(&dir.join(BEHAVIOURS))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn the_project_files_load_and_hold_every_id() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/catalogue");
        let data = ProjectData::load(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(data.inventory.documents.len(), 5);
        assert_eq!(data.inventory.examples.len(), 85);
        let per_seed = |s: &str| {
            data.inventory
                .examples
                .iter()
                .filter(|e| e.seed == s)
                .count()
        };
        assert_eq!(
            ["000", "001", "002", "003", "004"].map(per_seed),
            [5, 10, 23, 31, 16]
        );
        assert_eq!(data.inventory.behaviours.len(), 48);
        assert_eq!(data.errata.errata.len(), 50);
        let families: Vec<(&str, usize)> = data
            .catalogue
            .families()
            .iter()
            .map(|(f, _, items)| (*f, items.len()))
            .collect();
        assert_eq!(families, vec![("P1", 133), ("G", 41), ("E", 23), ("C", 30)]);
        assert_eq!(data.inventory.dialect_of("004"), Some("graphcms"));
    }

    #[test]
    fn problems_are_named_with_file_and_line() {
        let dir = std::env::temp_dir().join(format!("crudspec-data-{}", std::process::id()));
        write(
            &dir,
            DOCUMENTS,
            "seed\tfile\tsystem\tdialect\ttitle\n002\tf\ts\tprisma1\tt\n",
        );
        write(&dir, EXAMPLE_BEHAVIOURS, "id\ttitle\nB-01\tx\n");
        write(
            &dir,
            EXAMPLES,
            "# c\nid\tkind\tlines\tsection\tbehaviour\tdescription\nE-002-01\tC\t1\ts\tB-01\td\nE-002-01\tC\t1\ts\tB-01\td\n",
        );
        let e = Inventory::load(&dir.join(EXAMPLES))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.ends_with("examples.tsv:4: duplicate id `E-002-01`"),
            "{e}"
        );
        write(
            &dir,
            EXAMPLES,
            "id\tkind\tlines\tsection\tbehaviour\tdescription\nE-003-01\tC\t1\ts\tB-01\td\n",
        );
        let e = Inventory::load(&dir.join(EXAMPLES))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains(":2: `E-003-01`: no document 003"), "{e}");
        write(&dir, EXAMPLES, "id\tkind\nE-002-01\tC\n");
        let e = Inventory::load(&dir.join(EXAMPLES))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains(":1: the header must be"), "{e}");
        write(
            &dir,
            ERRATA,
            "id\texamples\tsays\tactually\nERR-002-1\t-\ta\t\n",
        );
        let e = Errata::load(&dir.join(ERRATA))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains(":2: 3 tab-separated cells") || e.contains(":2: empty `actually`"),
            "{e}"
        );
        let missing = Catalogue::load(&dir.join("nope.tsv")).err();
        assert!(missing.is_some_and(|e| e.is_missing()));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn ids() {
        assert_eq!(example_seed("E-002-13").as_deref(), Some("002"));
        assert_eq!(example_seed("E-42"), None);
        assert_eq!(item_family("P1-042"), Some("P1"));
        assert_eq!(item_family("E-42"), Some("E"));
        assert_eq!(item_family("P1"), None);
    }
}
