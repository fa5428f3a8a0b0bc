//! The Prisma 1 dialect's schema against Prisma 1.34's own schema generator: for every Prisma 1
//! data model in `fixtures/datamodels`, `data/prisma1_schema/<fixture>.graphql` holds what
//! `prisma-generate-schema` 1.34.12 (npm; the TypeScript port of the server's `SchemaBuilder`,
//! which Prisma checked against real server schemas) generates, subscriptions left out
//! (`scripts/prisma1-schema/generate.sh` writes them; nothing here runs Node.js). The reference's
//! introspected schema must have the same types, each of the same kind, with the same fields,
//! field types, arguments (in order) and enum values (in order).
//!
//! Not compared: the order of fields (the reference orders root fields as the Scala
//! `SchemaBuilder` does: `xs`, `x`, `xsConnection`, `node`; the port groups them by model),
//! which built-in scalars are listed (async-graphql lists `Float` whether used or not), and
//! interfaces: the port prints none, where the server's schemas in its black-box cases declare
//! `implements Node` on every model type with an id. That is checked on its own: every model type
//! (one with an `XConnection`) that has an `id` implements `Node`.

use crate::common::*;
use crudspec_reference::{Dialect, Executor, ExecutorOptions};
use graphql_parser::schema::{Definition, Document, Type, TypeDefinition, parse_schema};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const BUILT_IN_SCALARS: &[&str] = &["Int", "Float", "String", "Boolean", "ID"];

/// What is compared of one named type.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    kind: String,
    /// Field (or input field) → its type and its arguments (`name: Type`, in order).
    fields: BTreeMap<String, (String, Vec<String>)>,
    values: Vec<String>,
    interfaces: BTreeSet<String>,
}

fn type_string(t: &Type<'_, String>) -> String {
    match t {
        Type::NamedType(n) => n.clone(),
        Type::ListType(inner) => format!("[{}]", type_string(inner)),
        Type::NonNullType(inner) => format!("{}!", type_string(inner)),
    }
}

/// The shapes of the generator's schema.
fn expected(doc: &Document<'_, String>) -> BTreeMap<String, Shape> {
    let mut out = BTreeMap::new();
    for d in &doc.definitions {
        let Definition::TypeDefinition(t) = d else {
            continue;
        };
        let (name, shape) = match t {
            TypeDefinition::Scalar(s) => (&s.name, shape("SCALAR")),
            TypeDefinition::Object(o) => (
                &o.name,
                Shape {
                    fields: o
                        .fields
                        .iter()
                        .map(|f| {
                            let args = f
                                .arguments
                                .iter()
                                .map(|a| format!("{}: {}", a.name, type_string(&a.value_type)))
                                .collect();
                            (f.name.clone(), (type_string(&f.field_type), args))
                        })
                        .collect(),
                    interfaces: o.implements_interfaces.iter().cloned().collect(),
                    ..shape("OBJECT")
                },
            ),
            TypeDefinition::Interface(i) => (
                &i.name,
                Shape {
                    fields: i
                        .fields
                        .iter()
                        .map(|f| (f.name.clone(), (type_string(&f.field_type), Vec::new())))
                        .collect(),
                    ..shape("INTERFACE")
                },
            ),
            TypeDefinition::InputObject(i) => (
                &i.name,
                Shape {
                    fields: i
                        .fields
                        .iter()
                        .map(|f| (f.name.clone(), (type_string(&f.value_type), Vec::new())))
                        .collect(),
                    ..shape("INPUT_OBJECT")
                },
            ),
            TypeDefinition::Enum(e) => (
                &e.name,
                Shape {
                    values: e.values.iter().map(|v| v.name.clone()).collect(),
                    ..shape("ENUM")
                },
            ),
            TypeDefinition::Union(u) => (&u.name, shape("UNION")),
        };
        out.insert(name.clone(), shape);
    }
    out
}

fn shape(kind: &str) -> Shape {
    Shape {
        kind: kind.to_string(),
        ..Shape::default()
    }
}

/// `{kind: NON_NULL, ofType: {kind: LIST, ...}}` → `[X!]!`.
fn ref_string(t: &Value) -> String {
    match t["kind"].as_str() {
        Some("NON_NULL") => format!("{}!", ref_string(&t["ofType"])),
        Some("LIST") => format!("[{}]", ref_string(&t["ofType"])),
        _ => t["name"].as_str().unwrap_or("?").to_string(),
    }
}

fn items(v: &Value) -> impl Iterator<Item = &Value> {
    v.as_array().into_iter().flatten()
}

/// The shapes of the reference's introspected schema.
fn actual(schema: &Value) -> BTreeMap<String, Shape> {
    let mut out = BTreeMap::new();
    for t in items(&schema["types"]) {
        let name = t["name"].as_str().unwrap_or_default();
        if name.starts_with("__") {
            continue;
        }
        let fields = items(&t["fields"])
            .map(|f| {
                let args = items(&f["args"])
                    .map(|a| {
                        format!(
                            "{}: {}",
                            a["name"].as_str().unwrap_or("?"),
                            ref_string(&a["type"])
                        )
                    })
                    .collect();
                (
                    f["name"].as_str().unwrap_or("?").to_string(),
                    (ref_string(&f["type"]), args),
                )
            })
            .chain(items(&t["inputFields"]).map(|f| {
                (
                    f["name"].as_str().unwrap_or("?").to_string(),
                    (ref_string(&f["type"]), Vec::new()),
                )
            }))
            .collect();
        let shape = Shape {
            kind: t["kind"].as_str().unwrap_or("?").to_string(),
            fields,
            values: items(&t["enumValues"])
                .filter_map(|v| v["name"].as_str().map(str::to_string))
                .collect(),
            interfaces: items(&t["interfaces"])
                .filter_map(|i| i["name"].as_str().map(str::to_string))
                .collect(),
        };
        out.insert(name.to_string(), shape);
    }
    out
}

const INTROSPECTION: &str = "{ __schema { types { kind name \
     fields { name args { name type { ...T } } type { ...T } } \
     inputFields { name type { ...T } } enumValues { name } interfaces { name } } } } \
     fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name \
     ofType { kind name } } } } }";

/// The differences between the two schemas, each on a line naming the type and the field.
fn differences(want: &BTreeMap<String, Shape>, got: &BTreeMap<String, Shape>) -> Vec<String> {
    let mut out = Vec::new();
    let names: BTreeSet<&String> = want.keys().chain(got.keys()).collect();
    for name in names {
        if BUILT_IN_SCALARS.contains(&name.as_str()) {
            continue;
        }
        let (w, g) = match (want.get(name), got.get(name)) {
            (Some(w), Some(g)) => (w, g),
            (Some(_), None) => {
                out.push(format!("{name}: missing"));
                continue;
            }
            _ => {
                out.push(format!("{name}: not in the generator's schema"));
                continue;
            }
        };
        if w.kind != g.kind {
            out.push(format!("{name}: a {} (generator: {})", g.kind, w.kind));
            continue;
        }
        let fields: BTreeSet<&String> = w.fields.keys().chain(g.fields.keys()).collect();
        for f in fields {
            match (w.fields.get(f), g.fields.get(f)) {
                (Some(wf), Some(gf)) if wf != gf => {
                    out.push(format!("{name}.{f}: {gf:?} (generator: {wf:?})"))
                }
                (Some(_), None) => out.push(format!("{name}.{f}: missing")),
                (None, Some(_)) => out.push(format!("{name}.{f}: not in the generator's schema")),
                _ => {}
            }
        }
        if w.values != g.values {
            out.push(format!(
                "{name}: values {:?} (generator: {:?})",
                g.values, w.values
            ));
        }
        let model = got.contains_key(&format!("{name}Connection"));
        if model && g.fields.contains_key("id") && !g.interfaces.contains("Node") {
            out.push(format!("{name}: does not implement Node"));
        }
    }
    out
}

#[tokio::test]
async fn every_prisma1_schema_is_the_generators() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/prisma1_schema");
    let mut files: Vec<_> = std::fs::read_dir(&data)
        .unwrap_or_else(|e| panic!("{}: {e}", data.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "graphql"))
        .collect();
    files.sort();
    assert!(files.len() >= 40, "{} generated schemas", files.len());
    let mut wrong = Vec::new();
    let mut fields_compared = 0;
    for path in &files {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let doc = parse_schema::<String>(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let want = expected(&doc);
        let ex = Executor::deploy(Dialect::Prisma1, &fixture(name), ExecutorOptions::default())
            .unwrap_or_else(|e| panic!("deploy {name}: {e}"));
        let got = actual(&ok(&ex, INTROSPECTION).await["__schema"]);
        fields_compared += want.values().map(|s| s.fields.len()).sum::<usize>();
        wrong.extend(
            differences(&want, &got)
                .into_iter()
                .map(|d| format!("{name}: {d}")),
        );
    }
    assert!(
        fields_compared > 10_000,
        "{fields_compared} fields compared"
    );
    assert!(
        wrong.is_empty(),
        "{} differences from prisma-generate-schema:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
