//! What a GraphQL operation asks for, read with graphql-parser: its root fields and their response
//! keys, whether it uses fragments, introspection or connection aggregates; and its split into one
//! request per root field, for targets that answer only one root field per document.
//!
//! Only the first operation of a document is looked at (the suite's requests carry no
//! `operationName`).

use crate::exchange::Request;
use graphql_parser::query::{
    Definition, Document, OperationDefinition, Selection, SelectionSet, Value as GqlValue,
    VariableDefinition, parse_query,
};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// A root field of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RootField {
    pub name: String,
    /// The key its answer has in `data` (the alias, else the name).
    pub response_key: String,
}

/// The shape of an operation, as far as a target's limits are concerned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shape {
    pub root_fields: Vec<RootField>,
    /// Named fragments or inline fragments anywhere.
    pub uses_fragments: bool,
    /// `__schema` or `__type` anywhere (`__typename` does not count).
    pub uses_introspection: bool,
    /// A field named `aggregate` anywhere (Prisma's connection aggregates).
    pub uses_aggregate: bool,
    /// `$variables` referenced anywhere.
    pub uses_variables: bool,
}

type Doc<'a> = Document<'a, String>;

fn operation_parts<'d, 'a>(
    doc: &'d Doc<'a>,
) -> Option<(
    &'d SelectionSet<'a, String>,
    &'d [VariableDefinition<'a, String>],
)> {
    doc.definitions.iter().find_map(|d| match d {
        Definition::Operation(op) => Some(match op {
            OperationDefinition::SelectionSet(s) => (s, &[][..]),
            OperationDefinition::Query(q) => (&q.selection_set, &q.variable_definitions[..]),
            OperationDefinition::Mutation(m) => (&m.selection_set, &m.variable_definitions[..]),
            OperationDefinition::Subscription(s) => (&s.selection_set, &s.variable_definitions[..]),
        }),
        Definition::Fragment(_) => None,
    })
}

/// Reads the shape of `query`; `Err` with the parser's message when it is not GraphQL.
pub fn shape(query: &str) -> Result<Shape, String> {
    let doc: Doc<'_> = parse_query::<String>(query).map_err(|e| e.to_string())?;
    let mut shape = Shape {
        uses_fragments: doc
            .definitions
            .iter()
            .any(|d| matches!(d, Definition::Fragment(_))),
        ..Shape::default()
    };
    if let Some((selection, vars)) = operation_parts(&doc) {
        shape.uses_variables = !vars.is_empty();
        for item in &selection.items {
            if let Selection::Field(f) = item {
                shape.root_fields.push(RootField {
                    name: f.name.clone(),
                    response_key: f.alias.clone().unwrap_or_else(|| f.name.clone()),
                });
            }
        }
    }
    for d in &doc.definitions {
        let set = match d {
            Definition::Fragment(f) => &f.selection_set,
            Definition::Operation(_) => match operation_parts(&doc) {
                Some((s, _)) => s,
                None => continue,
            },
        };
        walk(set, &mut shape);
    }
    Ok(shape)
}

fn walk(set: &SelectionSet<'_, String>, shape: &mut Shape) {
    // An explicit stack: the depth of a docstring is the user's to choose.
    let mut stack: Vec<&SelectionSet<'_, String>> = vec![set];
    while let Some(set) = stack.pop() {
        for item in &set.items {
            match item {
                Selection::Field(f) => {
                    match f.name.as_str() {
                        "__schema" | "__type" => shape.uses_introspection = true,
                        "aggregate" => shape.uses_aggregate = true,
                        _ => {}
                    }
                    if f.arguments.iter().any(|(_, v)| value_uses_variables(v)) {
                        shape.uses_variables = true;
                    }
                    stack.push(&f.selection_set);
                }
                Selection::FragmentSpread(_) => shape.uses_fragments = true,
                Selection::InlineFragment(i) => {
                    shape.uses_fragments = true;
                    stack.push(&i.selection_set);
                }
            }
        }
    }
}

fn value_uses_variables(v: &GqlValue<'_, String>) -> bool {
    let mut names = BTreeSet::new();
    variables_in(v, &mut names);
    !names.is_empty()
}

fn variables_in(v: &GqlValue<'_, String>, out: &mut BTreeSet<String>) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            GqlValue::Variable(name) => {
                out.insert(name.clone());
            }
            GqlValue::List(items) => stack.extend(items.iter()),
            GqlValue::Object(fields) => stack.extend(fields.values()),
            _ => {}
        }
    }
}

fn variables_of_set(set: &SelectionSet<'_, String>, out: &mut BTreeSet<String>) {
    let mut stack = vec![set];
    while let Some(set) = stack.pop() {
        for item in &set.items {
            match item {
                Selection::Field(f) => {
                    for (_, v) in &f.arguments {
                        variables_in(v, out);
                    }
                    stack.push(&f.selection_set);
                }
                Selection::InlineFragment(i) => stack.push(&i.selection_set),
                Selection::FragmentSpread(_) => {}
            }
        }
    }
}

/// Why an operation cannot be split into one request per root field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SplitError {
    #[error("the operation is not GraphQL: {0}")]
    Parse(String),
    #[error("the operation uses fragments, which cannot be split per root field")]
    Fragments,
}

/// One request per root field of `request`'s operation (each keeping its alias, the variable
/// definitions and the variables it uses); the request itself when it has one root field.
pub fn split_root_fields(request: &Request) -> Result<Vec<Request>, SplitError> {
    let doc: Doc<'_> =
        parse_query::<String>(&request.query).map_err(|e| SplitError::Parse(e.to_string()))?;
    let Some((selection, _)) = operation_parts(&doc) else {
        return Ok(vec![request.clone()]);
    };
    if selection.items.len() <= 1 {
        return Ok(vec![request.clone()]);
    }
    let s = shape(&request.query).map_err(SplitError::Parse)?;
    if s.uses_fragments {
        return Err(SplitError::Fragments);
    }
    let mut out = Vec::new();
    for i in 0..selection.items.len() {
        let mut one = doc.clone();
        let Some(Definition::Operation(op)) = one
            .definitions
            .iter_mut()
            .find(|d| matches!(d, Definition::Operation(_)))
        else {
            return Ok(vec![request.clone()]);
        };
        let (set, vars): (&mut SelectionSet<'_, String>, Option<&mut Vec<_>>) = match op {
            OperationDefinition::SelectionSet(s) => (s, None),
            OperationDefinition::Query(q) => {
                (&mut q.selection_set, Some(&mut q.variable_definitions))
            }
            OperationDefinition::Mutation(m) => {
                (&mut m.selection_set, Some(&mut m.variable_definitions))
            }
            OperationDefinition::Subscription(s) => {
                (&mut s.selection_set, Some(&mut s.variable_definitions))
            }
        };
        let item = set.items.swap_remove(i);
        set.items = vec![item];
        let mut used = BTreeSet::new();
        variables_of_set(set, &mut used);
        if let Some(vars) = vars {
            vars.retain(|v| used.contains(&v.name));
        }
        let variables = request.variables.as_ref().map(|v| match v {
            Value::Object(map) => Value::Object(
                map.iter()
                    .filter(|(k, _)| used.contains(k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect::<Map<String, Value>>(),
            ),
            other => other.clone(),
        });
        out.push(Request {
            query: one.to_string(),
            variables,
            operation_name: request.operation_name.clone(),
        });
    }
    Ok(out)
}

/// Merges the answers of split requests into one answer: `data` objects joined in order,
/// `errors` concatenated.
pub fn merge_answers(answers: &[Value]) -> Value {
    let mut data = Map::new();
    let mut any_data = false;
    let mut errors = Vec::new();
    for a in answers {
        if let Some(Value::Object(d)) = a.get("data") {
            any_data = true;
            data.extend(d.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        if let Some(Value::Array(es)) = a.get("errors") {
            errors.extend(es.iter().cloned());
        }
    }
    let mut out = Map::new();
    if any_data {
        out.insert("data".to_string(), Value::Object(data));
    }
    if !errors.is_empty() {
        out.insert("errors".to_string(), Value::Array(errors));
    }
    Value::Object(out)
}

/// The root fields of `query` whose response key is missing from the answer's `data` (when
/// the answer has `data` and no errors).
pub fn missing_root_fields(query: &str, answer: &Value) -> Vec<RootField> {
    let has_errors = answer
        .get("errors")
        .and_then(Value::as_array)
        .is_some_and(|e| !e.is_empty());
    let Some(data) = answer.get("data").and_then(Value::as_object) else {
        return Vec::new();
    };
    if has_errors {
        return Vec::new();
    }
    let Ok(s) = shape(query) else {
        return Vec::new();
    };
    s.root_fields
        .into_iter()
        .filter(|f| !data.contains_key(&f.response_key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_root_fields_and_features() {
        let s = shape(
            "mutation { a: createUser(data: {name: \"A\"}) { id } createPost(data: {title: $t}) { id } }",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            s.root_fields,
            vec![
                RootField {
                    name: "createUser".into(),
                    response_key: "a".into()
                },
                RootField {
                    name: "createPost".into(),
                    response_key: "createPost".into()
                }
            ]
        );
        assert!(s.uses_variables && !s.uses_fragments && !s.uses_introspection);
        let s = shape("query { __schema { types { name } } u: users { ... on User { id } } }")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(s.uses_introspection && s.uses_fragments);
        let s = shape("{ usersConnection { aggregate { count } } __typename }")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(s.uses_aggregate && !s.uses_introspection);
        let s = shape("query Q { ...F } fragment F on Query { users { id } }")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(s.uses_fragments);
        assert!(shape("mutation {").is_err());
    }

    #[test]
    fn splits_per_root_field_keeping_aliases_and_used_variables() {
        let request = Request {
            query: "mutation M($n: String!, $t: String!) { a: createUser(data: {name: $n}) { id } b: createPost(data: {title: $t}) { id } }".into(),
            variables: Some(json!({"n": "Ann", "t": "Hello"})),
            operation_name: None,
        };
        let parts = split_root_fields(&request).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parts.len(), 2);
        let first = shape(&parts[0].query).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(first.root_fields[0].response_key, "a");
        assert!(parts[0].query.contains("$n: String!"));
        assert!(!parts[0].query.contains("$t"));
        assert_eq!(parts[0].variables, Some(json!({"n": "Ann"})));
        assert_eq!(parts[1].variables, Some(json!({"t": "Hello"})));
        assert!(parts[1].query.contains("b: createPost"));
        let single = Request {
            query: "{ users { id } }".into(),
            ..Request::default()
        };
        assert_eq!(
            split_root_fields(&single).unwrap_or_else(|e| panic!("{e}")),
            vec![single.clone()]
        );
        let frag = Request {
            query: "{ a: users { ...F } b: posts { id } } fragment F on User { id }".into(),
            ..Request::default()
        };
        assert_eq!(split_root_fields(&frag), Err(SplitError::Fragments));
    }

    #[test]
    fn merges_and_finds_missing_keys() {
        let merged = merge_answers(&[
            json!({"data": {"a": {"id": "1"}}}),
            json!({"data": {"b": null}, "errors": [{"message": "x"}]}),
        ]);
        assert_eq!(
            merged,
            json!({"data": {"a": {"id": "1"}, "b": null}, "errors": [{"message": "x"}]})
        );
        let q = "mutation { a: createUser { id } b: createUser { id } }";
        let missing = missing_root_fields(q, &json!({"data": {"b": {"id": "2"}}}));
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].response_key, "a");
        assert!(missing_root_fields(q, &json!({"data": {"a": {}, "b": {}}})).is_empty());
    }
}
