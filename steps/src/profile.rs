//! Dialect profiles: everything dialect-specific the steps need, as data
//! (`fixtures/profiles/<dialect>.json`), so the World and the steps stay dialect-neutral.
//!
//! A profile holds:
//! - `errors`: where an error object carries its native code (`code_paths`, tried in order) and
//!   the native code of each canonical error class (`null` = an error without any code, i.e. a
//!   GraphQL validation error; a list = any of these codes); read through
//!   [`ErrorRules`](crate::adapt::ErrorRules), which a target's adaptation may change;
//! - `counts`: the GraphQL selections that count the nodes of a model and the links of a
//!   relation (templates, combined with aliases into one query per measurement);
//! - `reset`: the selection of the mutation that deletes all nodes of a model (`delete-all`);
//! - `capabilities`: what every target of this dialect offers (matched by `@requires:` tags).
//!
//! Template variables: `{{model}}` (`Post`), `{{model_lower}}` (`post`), `{{plural}}`
//! (`Posts`, Prisma's pluraliser), `{{plural_lower}}` (`posts`), `{{field}}` (a relation field).

use crudspec_reference::datamodel::{lower_first, plural, plural_8base, plural_graphcool};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DialectProfile {
    pub dialect: String,
    #[serde(default)]
    pub description: String,
    pub errors: ErrorProfile,
    pub counts: CountProfile,
    pub reset: ResetProfile,
    #[serde(default)]
    pub capabilities: Vec<String>,
    /// How the dialect pluralises model names (`{{plural}}` in templates).
    #[serde(default)]
    pub plural: PluralRule,
}

/// How a dialect pluralises model names: Prisma 1 and Graphcool use the Evo Inflector, Prisma 1
/// appends `s` where it leaves a name unchanged (`Fish` → `Fishs`), Graphcool does not
/// (`allFish`); 8base uses npm's `pluralize` 7.0.0 (`Person` → `peopleList`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PluralRule {
    #[default]
    Prisma,
    Graphcool,
    #[serde(rename = "8base")]
    EightBase,
}

impl PluralRule {
    pub fn plural(self, name: &str) -> String {
        match self {
            PluralRule::Prisma => plural(name),
            PluralRule::Graphcool => plural_graphcool(name),
            PluralRule::EightBase => plural_8base(name),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorProfile {
    /// Capture paths into an error object where its native code may be (`code`,
    /// `extensions.code`); the first present one wins.
    pub code_paths: Vec<String>,
    /// Canonical class → native code (`null`: no code at all; a list: any of these).
    pub classes: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CountProfile {
    pub nodes: NodeCount,
    pub links: LinkCount,
    /// Node counts for a target that lacks `connection-aggregate` (e.g. a list of ids).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nodes_without_aggregate: Option<NodeCount>,
}

/// `selection` answers, under its alias, an object in which `path` leads to the node count (a
/// number, or a list whose length is the count).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NodeCount {
    pub selection: String,
    pub path: String,
}

/// `selection` answers, under its alias, an object in which `path` leads to the list of nodes of
/// one side of the relation; each node holds the relation field under the key `field`
/// (a list: its length is the number of links; an object: 1; null: 0).
///
/// Where a to-many relation field answers an object rather than a list (8base's `{count
/// items}`), `list_selection` is used when the counted side's field is to-many, and the
/// number of links is the field object's `list_count` key.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LinkCount {
    pub selection: String,
    #[serde(default)]
    pub path: String,
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_selection: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_count: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResetProfile {
    /// Mutation selection deleting every node of `{{model}}` (used by the `delete-all` reset).
    pub delete_all: String,
    /// Query selection listing the ids of every node of `{{model}}` (the `delete-each` reset).
    #[serde(default)]
    pub list_ids: Option<String>,
    /// Mutation selection deleting one node; `{{id}}` is its id as a GraphQL string literal
    /// (the `delete-each` reset).
    #[serde(default)]
    pub delete_one: Option<String>,
}

/// The names a template may use, for one model (and optionally one field).
#[derive(Debug, Clone)]
pub struct TemplateVars {
    pub model: String,
    pub field: Option<String>,
    pub rule: PluralRule,
}

impl TemplateVars {
    pub fn model(model: &str, rule: PluralRule) -> Self {
        TemplateVars {
            model: model.to_string(),
            field: None,
            rule,
        }
    }

    pub fn with_field(model: &str, field: &str, rule: PluralRule) -> Self {
        TemplateVars {
            model: model.to_string(),
            field: Some(field.to_string()),
            rule,
        }
    }

    /// Fills a template.
    pub fn render(&self, template: &str) -> String {
        let p = self.rule.plural(&self.model);
        template
            .replace("{{model}}", &self.model)
            .replace("{{model_lower}}", &lower_first(&self.model))
            .replace("{{plural_lower}}", &lower_first(&p))
            .replace("{{plural}}", &p)
            .replace("{{field}}", self.field.as_deref().unwrap_or(""))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("no dialect profile for `{dialect}` (looked for {path})")]
    Missing { dialect: String, path: PathBuf },
    #[error("cannot read the dialect profile {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid dialect profile {path}: {source}")]
    Invalid {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("dialect profile {path} is for `{found}`, not `{expected}`")]
    WrongDialect {
        path: PathBuf,
        found: String,
        expected: String,
    },
}

impl DialectProfile {
    /// Loads `<profiles_dir>/<dialect>.json`.
    pub fn load(profiles_dir: &Path, dialect: &str) -> Result<DialectProfile, ProfileError> {
        let path = profiles_dir.join(format!("{dialect}.json"));
        if !path.is_file() {
            return Err(ProfileError::Missing {
                dialect: dialect.to_string(),
                path,
            });
        }
        let text = std::fs::read_to_string(&path).map_err(|source| ProfileError::Read {
            path: path.clone(),
            source,
        })?;
        let profile: DialectProfile =
            serde_json::from_str(&text).map_err(|source| ProfileError::Invalid {
                path: path.clone(),
                source,
            })?;
        if profile.dialect != dialect {
            return Err(ProfileError::WrongDialect {
                path,
                found: profile.dialect,
                expected: dialect.to_string(),
            });
        }
        Ok(profile)
    }

    /// The dialects that have a profile in `profiles_dir` (file stems, sorted).
    pub fn available(profiles_dir: &Path) -> Vec<String> {
        let mut out: Vec<String> = std::fs::read_dir(profiles_dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let p = e.path();
                (p.extension().is_some_and(|x| x == "json"))
                    .then(|| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                    .flatten()
            })
            .collect();
        out.sort();
        out
    }

    /// The canonical class names, for messages.
    pub fn class_names(&self) -> Vec<&str> {
        self.errors.classes.keys().map(String::as_str).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profiles_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/profiles")
    }

    #[test]
    fn bundled_profiles_load() {
        let dir = profiles_dir();
        let names = DialectProfile::available(&dir);
        assert!(names.contains(&"prisma1".to_string()), "{names:?}");
        assert!(names.contains(&"graphcms".to_string()), "{names:?}");
        assert!(names.contains(&"8base".to_string()), "{names:?}");
        for n in names {
            let p = DialectProfile::load(&dir, &n).unwrap_or_else(|e| panic!("{e}"));
            for class in [
                "ValueTooLong",
                "UniqueConstraintViolation",
                "NullInRequiredField",
                "RequiredFieldMissing",
                "InvalidValue",
                "NodeNotFound",
                "InvalidSelector",
                "NodesNotConnected",
                "RequiredRelationViolation",
                "AmbiguousSelector",
                "ForceRequired",
                "ValidationError",
            ] {
                assert!(p.errors.classes.contains_key(class), "{n}: {class}");
            }
        }
    }

    #[test]
    fn templates() {
        let v = TemplateVars::with_field("Child", "parentReq", PluralRule::Prisma);
        assert_eq!(
            v.render("{{plural_lower}}Connection {{model}} {{model_lower}} {{plural}} {{field}}"),
            "childrenConnection Child child Children parentReq"
        );
        let fish = |rule| TemplateVars::model("Fish", rule).render("all{{plural}}");
        assert_eq!(fish(PluralRule::Prisma), "allFishs");
        assert_eq!(fish(PluralRule::Graphcool), "allFish");
        let person = |rule| TemplateVars::model("Person", rule).render("{{plural_lower}}List");
        assert_eq!(person(PluralRule::Graphcool), "personsList");
        assert_eq!(person(PluralRule::EightBase), "peopleList");
    }
}
