//! SDL → [`DataModel`]: graphql-parser for the syntax, then the v1 data-model rules: `@unique`
//! (alias `@isUnique`), `@relation(name:, onDelete:)`, `@default(value:)` (Graphcool:
//! `@defaultValue(value:)`; `@migrationValue` is accepted and ignored), enums, scalar lists,
//! relation pairing (by name, else by type pair) and the default relation names of spec §2.

use super::{
    DataModel, EnumDef, Field, FieldKind, Model, Relation, RelationEnd, ScalarType, Side,
    SystemField, scalars::normalize_datetime,
};
use graphql_parser::schema::{Definition, Directive, Type, TypeDefinition, Value as GqlValue};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What a type name of the data model is: the index of a model or of an enum (one map for
/// both, so every name lookup while parsing is O(1) whatever the model's size).
#[derive(Debug, Clone, Copy)]
enum Named {
    Model(usize),
    Enum(usize),
}

/// A data-model error with the position it was found at (1-based; 0:0 when not tied to a line).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("data model error at {line}:{column}: {message}")]
pub struct DataModelError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl DataModelError {
    fn at(pos: graphql_parser::Pos, message: impl Into<String>) -> Self {
        DataModelError {
            line: pos.line,
            column: pos.column,
            message: message.into(),
        }
    }
}

/// Directives a v1 data model may carry; anything else is an error.
const KNOWN_DIRECTIVES: &[&str] = &[
    "unique",
    "isUnique",
    "relation",
    "default",
    "defaultValue",
    "migrationValue",
    "model",
    "id",
    "createdAt",
    "updatedAt",
    "scalarList",
    "rename",
    "db",
];

struct PendingRelationField {
    model: usize,
    field: usize,
    target: usize,
    name: Option<String>,
    cascade: bool,
    pos: graphql_parser::Pos,
}

pub fn parse(sdl: &str) -> Result<DataModel, DataModelError> {
    let doc = graphql_parser::parse_schema::<String>(sdl).map_err(|e| parse_error(&e))?;
    let mut dm = DataModel::default();
    let mut objects = Vec::new();
    let mut names: HashMap<String, Named> = HashMap::new();
    // Pass 1: names of models and enums.
    for def in &doc.definitions {
        match def {
            Definition::TypeDefinition(TypeDefinition::Object(o)) => {
                if names.contains_key(&o.name) {
                    return Err(DataModelError::at(
                        o.position,
                        format!("type `{}` is defined twice", o.name),
                    ));
                }
                if ScalarType::from_name(&o.name).is_some() {
                    return Err(DataModelError::at(
                        o.position,
                        format!("`{}` is a built-in scalar and cannot be a model", o.name),
                    ));
                }
                names.insert(o.name.clone(), Named::Model(dm.models.len()));
                dm.models.push(Model {
                    name: o.name.clone(),
                    fields: Vec::new(),
                });
                objects.push(o);
            }
            Definition::TypeDefinition(TypeDefinition::Enum(e)) => {
                if names.contains_key(&e.name) {
                    return Err(DataModelError::at(
                        e.position,
                        format!("type `{}` is defined twice", e.name),
                    ));
                }
                names.insert(e.name.clone(), Named::Enum(dm.enums.len()));
                dm.enums.push(EnumDef {
                    name: e.name.clone(),
                    values: e.values.iter().map(|v| v.name.clone()).collect(),
                });
            }
            Definition::DirectiveDefinition(_) => {}
            Definition::TypeDefinition(other) => {
                let (pos, what) = match other {
                    TypeDefinition::Scalar(s) => (s.position, "scalar"),
                    TypeDefinition::Interface(i) => (i.position, "interface"),
                    TypeDefinition::Union(u) => (u.position, "union"),
                    TypeDefinition::InputObject(i) => (i.position, "input"),
                    _ => (graphql_parser::Pos { line: 0, column: 0 }, "definition"),
                };
                return Err(DataModelError::at(
                    pos,
                    format!("a data model may only define types and enums, found a {what}"),
                ));
            }
            Definition::SchemaDefinition(s) => {
                return Err(DataModelError::at(
                    s.position,
                    "a data model may not contain a schema definition",
                ));
            }
            Definition::TypeExtension(_) => {
                return Err(DataModelError {
                    line: 0,
                    column: 0,
                    message: "type extensions are not supported in a data model".into(),
                });
            }
        }
    }
    if dm.models.is_empty() {
        return Err(DataModelError {
            line: 1,
            column: 1,
            message: "the data model defines no type".into(),
        });
    }
    // Pass 2: fields.
    let mut pending = Vec::new();
    for (mi, o) in objects.iter().enumerate() {
        // This model's relation fields are the ones pending from here on.
        let own_pending = pending.len();
        for d in &o.directives {
            check_known(d)?;
        }
        for f in &o.fields {
            if dm.models[mi].fields.iter().any(|x| x.name == f.name) {
                return Err(DataModelError::at(
                    f.position,
                    format!("field `{}.{}` is defined twice", o.name, f.name),
                ));
            }
            for d in &f.directives {
                check_known(d)?;
            }
            let (base, list, required) = unwrap_type(&f.field_type);
            let unique = has(&f.directives, "unique") || has(&f.directives, "isUnique");
            let mut field = Field {
                name: f.name.clone(),
                kind: FieldKind::Scalar(ScalarType::String),
                required: required && !list,
                list,
                list_required: required && list,
                unique,
                default: None,
                system: None,
                line: f.position.line,
                column: f.position.column,
            };
            if let Some(t) = ScalarType::from_name(base) {
                field.kind = FieldKind::Scalar(t);
                if f.name == "id" {
                    if t != ScalarType::Id || list {
                        return Err(DataModelError::at(
                            f.position,
                            format!("`{}.id` must be of type ID!", o.name),
                        ));
                    }
                    field.unique = true;
                    field.system = Some(SystemField::Id);
                } else if t == ScalarType::DateTime && !list {
                    if f.name == "createdAt" || has(&f.directives, "createdAt") {
                        field.system = Some(SystemField::CreatedAt);
                    } else if f.name == "updatedAt" || has(&f.directives, "updatedAt") {
                        field.system = Some(SystemField::UpdatedAt);
                    }
                }
                if has(&f.directives, "id") {
                    field.unique = true;
                    field.system = Some(SystemField::Id);
                }
            } else if let Some(Named::Enum(_)) = names.get(base) {
                field.kind = FieldKind::Enum(base.to_string());
            } else if let Some(&Named::Model(target)) = names.get(base) {
                if unique {
                    return Err(DataModelError::at(
                        f.position,
                        format!("relation field `{}.{}` cannot be @unique", o.name, f.name),
                    ));
                }
                let rel = directive(&f.directives, "relation");
                let mut name = None;
                let mut cascade = false;
                if let Some(d) = rel {
                    for (arg, v) in &d.arguments {
                        match (arg.as_str(), v) {
                            ("name", GqlValue::String(s)) if !s.is_empty() => {
                                name = Some(s.clone())
                            }
                            ("onDelete", GqlValue::Enum(e)) if e == "CASCADE" => cascade = true,
                            ("onDelete", GqlValue::Enum(e)) if e == "SET_NULL" => {}
                            ("link", GqlValue::Enum(_)) => {}
                            _ => {
                                return Err(DataModelError::at(
                                    d.position,
                                    format!(
                                        "bad argument `{arg}: {v}` of @relation on `{}.{}`: expected name: \"...\" or onDelete: CASCADE | SET_NULL",
                                        o.name, f.name
                                    ),
                                ));
                            }
                        }
                    }
                }
                pending.push(PendingRelationField {
                    model: mi,
                    field: dm.models[mi].fields.len(),
                    target,
                    name,
                    cascade,
                    pos: f.position,
                });
            } else {
                return Err(DataModelError::at(
                    f.position,
                    format!("unknown type `{base}` of field `{}.{}`", o.name, f.name),
                ));
            }
            if let Some(d) = directive(&f.directives, "default")
                .or_else(|| directive(&f.directives, "defaultValue"))
            {
                field.default = Some(default_value(&dm, &names, &field, d, &o.name)?);
            }
            if field.unique && list {
                return Err(DataModelError::at(
                    f.position,
                    format!("list field `{}.{}` cannot be @unique", o.name, f.name),
                ));
            }
            dm.models[mi].fields.push(field);
        }
        if !dm.models[mi]
            .fields
            .iter()
            .any(|f| f.system == Some(SystemField::Id))
        {
            // Graphcool-era models may omit `id`; every node has one all the same.
            dm.models[mi].fields.insert(
                0,
                Field {
                    name: "id".into(),
                    kind: FieldKind::Scalar(ScalarType::Id),
                    required: true,
                    list: false,
                    list_required: false,
                    unique: true,
                    default: None,
                    system: Some(SystemField::Id),
                    line: 0,
                    column: 0,
                },
            );
            for p in pending[own_pending..].iter_mut() {
                p.field += 1;
            }
        }
    }
    pair_relations(&mut dm, pending)?;
    Ok(dm)
}

fn parse_error(e: &graphql_parser::schema::ParseError) -> DataModelError {
    // graphql-parser renders "schema parse error: Parse error at L:C\n...".
    let text = e.to_string();
    let (mut line, mut column) = (0, 0);
    if let Some(rest) = text.split("Parse error at ").nth(1) {
        let pos = rest.split_whitespace().next().unwrap_or("");
        if let Some((l, c)) = pos.split_once(':') {
            line = l.parse().unwrap_or(0);
            column = c.parse().unwrap_or(0);
        }
    }
    let message = text
        .lines()
        .skip(1)
        .collect::<Vec<_>>()
        .join("; ")
        .trim()
        .to_string();
    DataModelError {
        line,
        column,
        message: if message.is_empty() {
            text
        } else {
            format!("syntax error: {message}")
        },
    }
}

fn check_known(d: &Directive<'_, String>) -> Result<(), DataModelError> {
    if KNOWN_DIRECTIVES.contains(&d.name.as_str()) {
        Ok(())
    } else {
        Err(DataModelError::at(
            d.position,
            format!("unknown directive @{}", d.name),
        ))
    }
}

fn has(ds: &[Directive<'_, String>], name: &str) -> bool {
    ds.iter().any(|d| d.name == name)
}

fn directive<'a, 'd>(
    ds: &'a [Directive<'d, String>],
    name: &str,
) -> Option<&'a Directive<'d, String>> {
    ds.iter().find(|d| d.name == name)
}

/// (base type name, is list, is non-null at the outer level).
fn unwrap_type<'a, 'd>(t: &'a Type<'d, String>) -> (&'a str, bool, bool) {
    match t {
        Type::NamedType(n) => (n, false, false),
        Type::NonNullType(inner) => {
            let (b, l, _) = unwrap_type(inner);
            (b, l, true)
        }
        Type::ListType(inner) => {
            let (b, _, _) = unwrap_type(inner);
            (b, true, false)
        }
    }
}

fn default_value(
    dm: &DataModel,
    names: &HashMap<String, Named>,
    field: &Field,
    d: &Directive<'_, String>,
    model: &str,
) -> Result<Value, DataModelError> {
    let bad = |why: &str| {
        DataModelError::at(
            d.position,
            format!("bad @default on `{model}.{}`: {why}", field.name),
        )
    };
    let raw = match d.arguments.as_slice() {
        [(name, v)] if name == "value" => v,
        _ => return Err(bad("expected exactly one argument `value`")),
    };
    if field.list || field.is_relation() {
        return Err(bad("defaults are only allowed on scalar and enum fields"));
    }
    let text = match raw {
        GqlValue::String(s) => s.clone(),
        GqlValue::Int(i) => i.as_i64().map(|i| i.to_string()).unwrap_or_default(),
        GqlValue::Float(f) => f.to_string(),
        GqlValue::Boolean(b) => b.to_string(),
        GqlValue::Enum(e) => e.clone(),
        _ => {
            return Err(bad(
                "the value must be a string, number, boolean or enum value",
            ));
        }
    };
    let v = match &field.kind {
        FieldKind::Enum(e) => {
            let def = match names.get(e) {
                Some(&Named::Enum(i)) => dm.enums.get(i),
                _ => None,
            };
            if def.is_some_and(|en| en.values.contains(&text)) {
                Value::String(text)
            } else {
                return Err(bad(&format!("`{text}` is not a value of enum {e}")));
            }
        }
        FieldKind::Scalar(t) => match t {
            ScalarType::String | ScalarType::Id => Value::String(text),
            ScalarType::Int | ScalarType::Long => Value::from(
                text.parse::<i64>()
                    .map_err(|_| bad(&format!("`{text}` is not an integer")))?,
            ),
            ScalarType::Float => Value::from(
                text.parse::<f64>()
                    .map_err(|_| bad(&format!("`{text}` is not a number")))?,
            ),
            ScalarType::Boolean => Value::Bool(
                text.parse::<bool>()
                    .map_err(|_| bad(&format!("`{text}` is not true or false")))?,
            ),
            ScalarType::DateTime => Value::String(
                normalize_datetime(&text)
                    .ok_or_else(|| bad(&format!("`{text}` is not a DateTime")))?,
            ),
            ScalarType::Json => serde_json::from_str(&text)
                .map_err(|_| bad(&format!("`{text}` is not valid JSON")))?,
        },
        FieldKind::Relation { .. } => unreachable!("checked above"),
    };
    Ok(v)
}

fn pair_relations(
    dm: &mut DataModel,
    pending: Vec<PendingRelationField>,
) -> Result<(), DataModelError> {
    let fname = |dm: &DataModel, p: &PendingRelationField| {
        format!(
            "{}.{}",
            dm.models[p.model].name, dm.models[p.model].fields[p.field].name
        )
    };
    // Group: named relations by name; unnamed by the unordered model pair.
    let mut named: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut unnamed: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, p) in pending.iter().enumerate() {
        match &p.name {
            Some(n) => named.entry(n.clone()).or_default().push(i),
            None => unnamed
                .entry((p.model.min(p.target), p.model.max(p.target)))
                .or_default()
                .push(i),
        }
    }
    let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
    for (name, idx) in named {
        if idx.len() > 2 {
            let p = &pending[idx[2]];
            return Err(DataModelError::at(
                p.pos,
                format!(
                    "relation `{name}` is used by more than two fields ({})",
                    idx.iter()
                        .map(|&i| fname(dm, &pending[i]))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        if idx.len() == 2 {
            let (x, y) = (&pending[idx[0]], &pending[idx[1]]);
            if x.model != y.target || y.model != x.target {
                return Err(DataModelError::at(
                    y.pos,
                    format!(
                        "relation `{name}` joins {} and {}, which do not point at each other",
                        fname(dm, x),
                        fname(dm, y)
                    ),
                ));
            }
        }
        groups.push((Some(name), idx));
    }
    for ((a, b), idx) in unnamed {
        let (one_way, other_way): (Vec<usize>, Vec<usize>) =
            idx.iter().partition(|&&i| pending[i].model == a);
        let ambiguous = if a == b {
            idx.len() > 1
        } else {
            one_way.len() > 1 || other_way.len() > 1
        };
        if ambiguous {
            let p = &pending[idx[1]];
            return Err(DataModelError::at(
                p.pos,
                format!(
                    "ambiguous relation between {} and {}: fields {} must be named with @relation(name: \"...\")",
                    dm.models[a].name,
                    dm.models[b].name,
                    idx.iter()
                        .map(|&i| fname(dm, &pending[i]))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        groups.push((None, idx));
    }
    for (name, idx) in groups {
        let first = &pending[idx[0]];
        let second = idx.get(1).map(|&i| &pending[i]);
        let end = |dm: &DataModel, p: &PendingRelationField| {
            let f = &dm.models[p.model].fields[p.field];
            RelationEnd {
                model: p.model,
                field: Some(f.name.clone()),
                list: f.list,
                required: f.required,
            }
        };
        let e1 = end(dm, first);
        // A hidden back-relation: to-many and optional (spec §2: `User.roles`, `Owner.cat`).
        let e2 = match second {
            Some(p) => end(dm, p),
            None => RelationEnd {
                model: first.target,
                field: None,
                list: true,
                required: false,
            },
        };
        let key = |e: &RelationEnd| (dm.models[e.model].name.clone(), e.field.clone());
        let first_is_a = key(&e1) <= key(&e2) || e2.field.is_none() && e1.model == e2.model;
        let (a, b, pa, pb) = if first_is_a {
            (e1, e2, Some(first), second)
        } else {
            (e2, e1, second, Some(first))
        };
        let default_name = {
            let mut names = [
                dm.models[a.model].name.clone(),
                dm.models[b.model].name.clone(),
            ];
            names.sort();
            format!("{}To{}", names[0], names[1])
        };
        let rid = dm.relations.len();
        dm.relations.push(Relation {
            explicit_name: name.is_some(),
            name: name.unwrap_or(default_name),
            a,
            b,
            on_delete_cascade: [pa.is_some_and(|p| p.cascade), pb.is_some_and(|p| p.cascade)],
        });
        for (p, side) in [(pa, Side::A), (pb, Side::B)] {
            if let Some(p) = p {
                dm.models[p.model].fields[p.field].kind = FieldKind::Relation {
                    relation: rid,
                    side,
                };
            }
        }
    }
    // Two relations with the same default name (e.g. a named and an unnamed one between the
    // same pair) would be indistinguishable in error texts.
    let mut seen = HashSet::new();
    for r in &dm.relations {
        if !seen.insert(r.name.as_str()) {
            return Err(DataModelError {
                line: 0,
                column: 0,
                message: format!(
                    "two relations are named `{}`: name them apart with @relation(name: \"...\")",
                    r.name
                ),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOG: &str = r#"
type User {
  id: ID! @unique
  username: String! @unique
  name: String
  posts: [Post!]!
}

type Post {
  id: ID! @unique
  title: String!
  author: User
}
"#;

    #[test]
    fn pairs_unnamed_relation_by_type_pair() {
        let dm = parse(BLOG).unwrap();
        assert_eq!(dm.relations.len(), 1);
        let r = &dm.relations[0];
        assert_eq!(r.name, "PostToUser");
        let user = dm.model_id("User").unwrap();
        let v = dm.relation_view(user, "posts").unwrap();
        assert_eq!(v.kind_code(), "PM-C1");
        let post = dm.model_id("Post").unwrap();
        assert_eq!(
            dm.relation_view(post, "author").unwrap().kind_code(),
            "P1-CM"
        );
        assert_eq!(dm.models[user].unique_fields().count(), 2);
    }

    #[test]
    fn named_relations_and_hidden_back_fields() {
        let dm = parse(
            r#"
type Author { id: ID! @unique contactDetails: ContactDetails @relation(name: "AuthorContactDetails") roles: [Role] }
type ContactDetails { id: ID! @unique author: Author @relation(name: "AuthorContactDetails") email: String! }
type Role { id: ID! @unique name: String! @isUnique }
"#,
        )
        .unwrap();
        assert_eq!(dm.relations.len(), 2);
        let a = dm.model_id("Author").unwrap();
        let cd = dm.relation_view(a, "contactDetails").unwrap();
        assert_eq!(cd.relation.name, "AuthorContactDetails");
        assert_eq!(cd.kind_code(), "P1-C1");
        let roles = dm.relation_view(a, "roles").unwrap();
        assert_eq!(roles.relation.name, "AuthorToRole");
        assert_eq!(roles.child.field, None);
        assert!(dm.model("Role").unwrap().field("name").unwrap().unique);
    }

    #[test]
    fn defaults_enums_lists_and_system_fields() {
        let dm = parse(
            r#"
enum Status { DRAFT PUBLISHED }
type Post {
  id: ID! @unique
  status: Status! @default(value: "DRAFT")
  views: Int! @default(value: "0")
  tags: [String!]!
  createdAt: DateTime!
}
"#,
        )
        .unwrap();
        let p = dm.model("Post").unwrap();
        assert_eq!(
            p.field("status").unwrap().default,
            Some(Value::from("DRAFT"))
        );
        assert_eq!(p.field("views").unwrap().default, Some(Value::from(0)));
        assert!(p.field("tags").unwrap().list);
        assert_eq!(
            p.field("createdAt").unwrap().system,
            Some(SystemField::CreatedAt)
        );
    }

    #[test]
    fn graphcool_default_value_directive() {
        let dm = parse(
            "type Todo @model { id: ID! @isUnique done: Boolean! @defaultValue(value: false) \
             n: Int @migrationValue(value: 1) @defaultValue(value: \"3\") }",
        )
        .unwrap();
        let t = dm.model("Todo").unwrap();
        assert_eq!(t.field("done").unwrap().default, Some(Value::Bool(false)));
        assert_eq!(t.field("n").unwrap().default, Some(Value::from(3)));
    }

    #[test]
    fn self_relation_with_two_fields() {
        let dm = parse(
            r#"type User { id: ID! @unique name: String! @unique
                friends: [User] @relation(name: "Friends") friendOf: [User] @relation(name: "Friends") }"#,
        )
        .unwrap();
        let u = dm.model_id("User").unwrap();
        let v = dm.relation_view(u, "friends").unwrap();
        assert_eq!(v.child.field.as_deref(), Some("friendOf"));
        assert_eq!(v.kind_code(), "PM-CM");
    }

    fn err(sdl: &str) -> DataModelError {
        parse(sdl).unwrap_err()
    }

    #[test]
    fn errors_carry_positions() {
        let e = err("type A {\n  id: ID! @unique\n  b: Nope\n}");
        assert_eq!((e.line, e.column), (3, 3));
        assert!(e.message.contains("unknown type `Nope`"), "{e}");

        let e = err("type A { id: ID! @unique\n x: String @foo }");
        assert!(e.message.contains("unknown directive @foo"), "{e}");
        assert_eq!(e.line, 2);

        let e = err("type A { id: ID! }\ntype A { id: ID! }");
        assert!(e.message.contains("defined twice"), "{e}");
        assert_eq!(e.line, 2);

        let e = err("type A { id: ID! b1: B b2: B }\ntype B { id: ID! a: A }");
        assert!(e.message.contains("ambiguous relation"), "{e}");

        let e = err("type A { id: ID! n: Int @default(val: 1) }");
        assert!(e.message.contains("bad @default"), "{e}");

        let e = err("type A { id: ID! b: B @relation(nme: \"x\") }\ntype B { id: ID! }");
        assert!(e.message.contains("bad argument"), "{e}");

        let e = err("type A { id: ID! n: Int @default(value: \"abc\") }");
        assert!(e.message.contains("not an integer"), "{e}");

        let e = err("type A {\n id: ID!\n");
        assert!(e.line > 0, "{e}");
        assert!(e.message.contains("syntax error"), "{e}");
    }
}
