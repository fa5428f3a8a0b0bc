//! The Gherkin text of one scenario, cut from its feature file for the HTML report: the
//! feature's title and Background, the scenario with its tags, and for an outline row the
//! steps with that row's values put in and its Examples table reduced to the header and that
//! row. A step's argument (docstring or table) is the expected answer a failing check names.

use std::collections::BTreeMap;

/// A feature file's lines.
#[derive(Debug, Clone)]
pub struct FeatureText {
    lines: Vec<String>,
}

/// One line of a cut, with its line number in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub number: usize,
    pub text: String,
}

fn starts_scenario(t: &str) -> bool {
    [
        "Scenario:",
        "Scenario Outline:",
        "Scenario Template:",
        "Example:",
        "Rule:",
    ]
    .iter()
    .any(|k| t.starts_with(k))
}

fn starts_examples(t: &str) -> bool {
    t.starts_with("Examples:") || t.starts_with("Scenarios:")
}

fn is_delimiter(t: &str) -> bool {
    t.starts_with("\"\"\"") || t.starts_with("```")
}

/// The cells of a table row (`| a | b\|c |` → `a`, `b|c`).
pub fn cells(row: &str) -> Vec<String> {
    let t = row.trim();
    let inner = t.strip_prefix('|').unwrap_or(t);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('|') => cur.push('|'),
                Some('n') => cur.push('\n'),
                Some(o) => {
                    cur.push('\\');
                    cur.push(o);
                }
                None => cur.push('\\'),
            },
            '|' => out.push(std::mem::take(&mut cur).trim().to_string()),
            c => cur.push(c),
        }
    }
    out.push(cur.trim().to_string());
    out
}

fn indent(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

impl FeatureText {
    pub fn new(text: &str) -> FeatureText {
        FeatureText {
            lines: text.lines().map(str::to_string).collect(),
        }
    }

    fn get(&self, number: usize) -> Option<&str> {
        number
            .checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .map(String::as_str)
    }

    /// The `Feature:` title.
    pub fn title(&self) -> Option<String> {
        self.lines.iter().find_map(|l| {
            l.trim()
                .strip_prefix("Feature:")
                .map(|t| t.trim().to_string())
        })
    }

    /// Lines `[from, to)` (0-based) without docstrings' insides counting as keywords: the
    /// index of the first line at or after `from` that starts a scenario (or `Background:`).
    fn next_block(&self, from: usize) -> usize {
        let mut in_doc = false;
        for i in from..self.lines.len() {
            let t = self.lines[i].trim();
            if is_delimiter(t) {
                in_doc = !in_doc;
                continue;
            }
            if !in_doc && (starts_scenario(t) || t.starts_with("Background:")) {
                return i;
            }
        }
        self.lines.len()
    }

    /// Moves an end index back over the blank, tag and comment lines of the next block.
    fn trim_end(&self, start: usize, mut end: usize) -> usize {
        while end > start + 1 {
            let t = self.lines[end - 1].trim();
            if t.is_empty() || t.starts_with('@') || t.starts_with('#') {
                end -= 1;
            } else {
                break;
            }
        }
        end
    }

    /// The Background block, if the feature has one.
    pub fn background(&self) -> Vec<Line> {
        let Some(b) = self
            .lines
            .iter()
            .position(|l| l.trim().starts_with("Background:"))
        else {
            return Vec::new();
        };
        let end = self.trim_end(b, self.next_block(b + 1));
        self.cut(b, end)
    }

    fn cut(&self, start: usize, end: usize) -> Vec<Line> {
        let base = self.lines.get(start).map_or(0, |l| indent(l));
        (start..end)
            .map(|i| {
                let l = &self.lines[i];
                let strip = indent(l).min(base);
                Line {
                    number: i + 1,
                    text: l[strip..].to_string(),
                }
            })
            .collect()
    }

    /// The scenario around `line` (its `Scenario` line, or an Examples row of an outline),
    /// with the tags above it; `values` are the outline row's (column → value) when `line` is
    /// an Examples row.
    pub fn scenario(&self, line: usize) -> Option<(Vec<Line>, BTreeMap<String, String>)> {
        let idx = line.checked_sub(1)?;
        if idx >= self.lines.len() {
            return None;
        }
        let mut s = idx;
        while !starts_scenario(self.lines[s].trim()) {
            s = s.checked_sub(1)?;
        }
        let mut start = s;
        while start > 0 {
            let t = self.lines[start - 1].trim();
            if t.starts_with('@') || t.starts_with('#') {
                start -= 1;
            } else {
                break;
            }
        }
        let end = self.trim_end(s, self.next_block(s + 1));
        let mut lines = self.cut(start, end);
        let mut values = BTreeMap::new();
        // An outline row: keep the Examples block holding it, reduced to header and row.
        if idx != s
            && let Some(row) = self.lines.get(idx).filter(|l| l.trim().starts_with('|'))
        {
            let mut header_idx = idx;
            while header_idx > s && self.lines[header_idx - 1].trim().starts_with('|') {
                header_idx -= 1;
            }
            let mut examples_idx = header_idx;
            while examples_idx > s && !starts_examples(self.lines[examples_idx].trim()) {
                examples_idx -= 1;
            }
            for (k, v) in cells(&self.lines[header_idx]).into_iter().zip(cells(row)) {
                values.insert(k, v);
            }
            let first_examples = (s..end)
                .find(|i| starts_examples(self.lines[*i].trim()))
                .unwrap_or(end);
            // The Examples line's own tags stay with it.
            let mut examples_start = examples_idx;
            while examples_start > s && self.lines[examples_start - 1].trim().starts_with('@') {
                examples_start -= 1;
            }
            let mut keep_from = first_examples;
            while keep_from > s && self.lines[keep_from - 1].trim().starts_with('@') {
                keep_from -= 1;
            }
            let keep = |n: usize| {
                let i = n - 1;
                i < keep_from
                    || ((examples_start..header_idx).contains(&i)
                        && !self.lines[i].trim().is_empty())
                    || i == header_idx
                    || i == idx
            };
            lines.retain(|l| keep(l.number));
            for l in lines.iter_mut().filter(|l| l.number - 1 < keep_from) {
                l.text = substitute(&l.text, &values);
            }
        }
        Some((lines, values))
    }

    /// The argument of the step at `line`: its docstring (dedented) or its table, with an
    /// outline row's values put in.
    pub fn argument(&self, line: usize, values: &BTreeMap<String, String>) -> Option<String> {
        let mut i = line;
        while self.get(i + 1).is_some_and(|l| l.trim().is_empty()) {
            i += 1;
        }
        let next = self.get(i + 1)?;
        let t = next.trim();
        let mut out = Vec::new();
        if is_delimiter(t) {
            let base = indent(next);
            let fence = &t[..3];
            let mut n = i + 2;
            while let Some(l) = self.get(n) {
                if l.trim().starts_with(fence) {
                    break;
                }
                let strip = indent(l).min(base);
                out.push(l[strip..].to_string());
                n += 1;
            }
        } else if t.starts_with('|') {
            let mut n = i + 1;
            while let Some(l) = self.get(n).filter(|l| l.trim().starts_with('|')) {
                out.push(l.trim().to_string());
                n += 1;
            }
        } else {
            return None;
        }
        Some(substitute(&out.join("\n"), values))
    }
}

/// `<column>` replaced by the row's value, for the columns of the row only.
pub fn substitute(text: &str, values: &BTreeMap<String, String>) -> String {
    let mut s = text.to_string();
    for (k, v) in values {
        s = s.replace(&format!("<{k}>"), v);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEATURE: &str = "Feature: f title
  About it.

  Background:
    Given the data model \"m\"

  @id:a-1 @behaviour:create
  Scenario: one
    When executing:
      \"\"\"
      { a }
      Scenario: not a keyword inside a docstring
      \"\"\"
    Then the result should be:
      \"\"\"
      {\"a\": 1}
      \"\"\"

  @id:a-2
  Scenario Outline: rows (<key>)
    When executing:
      \"\"\"
      { <field> }
      \"\"\"
    Then the side effects should be:
      | +nodes <field> | 1 |

    Examples:
      | key | field |
      | one | x     |
      | two | y\\|z  |

  @id:a-3
  Scenario: last
    Then done
";

    #[test]
    fn a_scenario_is_cut_with_its_tags_and_without_the_next_ones() {
        let f = FeatureText::new(FEATURE);
        assert_eq!(f.title().as_deref(), Some("f title"));
        let bg: Vec<String> = f.background().into_iter().map(|l| l.text).collect();
        assert_eq!(bg, vec!["Background:", "  Given the data model \"m\""]);
        let (lines, values) = f.scenario(8).unwrap_or_default();
        assert!(values.is_empty());
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(text.first().copied(), Some("@id:a-1 @behaviour:create"));
        assert_eq!(text.last().copied(), Some("    \"\"\""));
        assert!(text.contains(&"    Scenario: not a keyword inside a docstring"));
        assert_eq!(lines[0].number, 7);
        assert_eq!(f.argument(14, &values).as_deref(), Some("{\"a\": 1}"));
    }

    #[test]
    fn an_outline_row_shows_its_values_and_only_its_row() {
        let f = FeatureText::new(FEATURE);
        let (lines, values) = f.scenario(31).unwrap_or_default();
        assert_eq!(values.get("field").map(String::as_str), Some("y|z"));
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert!(text.contains(&"Scenario Outline: rows (two)"), "{text:?}");
        assert!(text.contains(&"    { y|z }"), "{text:?}");
        assert!(text.contains(&"  Examples:"), "{text:?}");
        assert!(text.contains(&"    | key | field |"), "{text:?}");
        assert!(!text.iter().any(|l| l.contains("| one |")), "{text:?}");
        assert_eq!(text.last().copied(), Some("    | two | y\\|z  |"));
        assert_eq!(
            f.argument(25, &values).as_deref(),
            Some("| +nodes y|z | 1 |")
        );
        let (last, _) = f.scenario(34).unwrap_or_default();
        assert_eq!(last.len(), 3);
        assert_eq!(f.scenario(2), None);
    }

    #[test]
    fn table_cells_unescape_pipes() {
        assert_eq!(cells("| a | b\\|c |"), vec!["a", "b|c"]);
    }
}
