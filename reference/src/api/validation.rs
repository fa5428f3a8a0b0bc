//! GraphQL validation messages in Sangria's wording, which Prisma 1 and Graphcool share (both
//! servers validate with Sangria). async-graphql and Sangria reject the same documents, but word
//! the errors differently; feature files quote the servers' texts (spec §3, §6), so the common
//! cases are rewritten:
//!
//! - argument values: `Argument 'data' expected type 'PostCreateInput!' but got: {…}. Reason:
//!   'author.delete' Field 'delete' is not defined in the input type '…'.` (also `'title' String
//!   value expected`, enum values, missing input fields);
//! - `Unknown argument 'title' on field 'createPost' of type 'Mutation'.`;
//! - `Field 'createPost' argument 'data' of type 'PostCreateInput!' is required but not provided.`;
//! - `Cannot query field 'nope' on type 'User'.`
//!
//! Anything else is left as async-graphql wrote it. Errors stay without `code`.

use async_graphql::Variables;
use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, OperationType, Selection, SelectionSet,
};
use async_graphql::registry::{MetaType, MetaTypeName, Registry};
use async_graphql::{Name, Pos, Positioned, Value as ConstValue};
use serde_json::Value;

/// Rewrites the validation errors of a serialized response (errors without `path`); `doc`
/// is the request's document (None when it did not parse).
pub fn sangria_messages(
    registry: &Registry,
    doc: Option<&ExecutableDocument>,
    variables: &Variables,
    response: &mut Value,
) {
    let Some(Value::Array(errors)) = response.get_mut("errors") else {
        return;
    };
    for e in errors.iter_mut() {
        if e.get("path").is_some() {
            continue;
        }
        let Some(message) = e.get("message").and_then(Value::as_str) else {
            continue;
        };
        let pos = e.get("locations").and_then(|l| l.get(0)).and_then(|l| {
            Some(Pos {
                line: l.get("line")?.as_u64()? as usize,
                column: l.get("column")?.as_u64()? as usize,
            })
        });
        if let Some(new) = rewrite(registry, doc, variables, message, pos) {
            e["message"] = Value::String(new);
        }
    }
}

/// A parser error (pest's multi-line excerpt `--> 2:1 | ... = expected selection`) as one
/// line in Sangria's manner: `Syntax error while parsing GraphQL query. Expected selection
/// (line 2, column 1).`
fn syntax_error(message: &str, pos: Option<Pos>) -> String {
    let expected = message
        .lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix("= "))
        .unwrap_or("invalid input");
    let mut text = format!(
        "Syntax error while parsing GraphQL query. {}",
        crate::datamodel::upper_first(expected)
    );
    if let Some(p) = pos {
        text += &format!(" (line {}, column {})", p.line, p.column);
    }
    text.push('.');
    text
}

fn rewrite(
    registry: &Registry,
    doc: Option<&ExecutableDocument>,
    variables: &Variables,
    message: &str,
    pos: Option<Pos>,
) -> Option<String> {
    if message.trim_start().starts_with("--> ") {
        return Some(syntax_error(message, pos));
    }
    if let Some(rest) = message.strip_prefix("Invalid value for argument \"") {
        let (path, reason) = rest.split_once("\", ")?;
        let mut segments = path.split('.');
        let arg = segments.next()?;
        let sub: Vec<&str> = segments.collect();
        let found = find_argument(registry, doc?, variables, pos?, arg)?;
        let reason = reason_text(registry, &sub, reason, found.value.as_ref())?;
        let (arg_type, shown) = (found.ty, found.shown);
        return Some(format!(
            "Argument '{arg}' expected type '{arg_type}' but got: {shown}. Reason: {reason}"
        ));
    }
    if let Some(rest) = message.strip_prefix("Unknown argument \"") {
        let q = quoted(rest)?;
        if let [a, f, t, ..] = q.as_slice() {
            return Some(format!(
                "Unknown argument '{a}' on field '{f}' of type '{t}'."
            ));
        }
        return None;
    }
    if let Some(rest) = message.strip_prefix("Field \"")
        && rest.contains("is required but not provided")
    {
        let q = quoted(&format!("\"{rest}"))?;
        if let [f, a, parent, ..] = q.as_slice() {
            let ty = registry
                .types
                .get(parent)?
                .field_by_name(f)?
                .args
                .get(a)?
                .ty
                .clone();
            return Some(format!(
                "Field '{f}' argument '{a}' of type '{ty}' is required but not provided."
            ));
        }
        return None;
    }
    if let Some(rest) = message.strip_prefix("Unknown field \"") {
        let q = quoted(&format!("\"{rest}"))?;
        if let [f, t, ..] = q.as_slice() {
            return Some(format!("Cannot query field '{f}' on type '{t}'."));
        }
    }
    None
}

/// The strings between double quotes, in order.
fn quoted(s: &str) -> Option<Vec<String>> {
    let parts: Vec<&str> = s.split('"').collect();
    // "a" x "b" → ["", a, x, b, ...]: odd indexes are quoted when the text starts with '"'.
    let start = if s.starts_with('"') { 1 } else { 0 };
    let out: Vec<String> = parts
        .iter()
        .skip(start)
        .step_by(2)
        .map(|p| p.to_string())
        .collect();
    (!out.is_empty()).then_some(out)
}

/// Sangria's reason text for an async-graphql value error at `sub` (path below the argument;
/// `value`: the argument's value, when every variable in it is provided).
fn reason_text(
    registry: &Registry,
    sub: &[&str],
    reason: &str,
    value: Option<&ConstValue>,
) -> Option<String> {
    let at = |extra: Option<&str>| {
        let mut p: Vec<&str> = sub.to_vec();
        if let Some(x) = extra {
            p.push(x);
        }
        if p.is_empty() {
            String::new()
        } else {
            format!("'{}' ", p.join("."))
        }
    };
    if let Some(rest) = reason.strip_prefix("unknown field \"") {
        let q = quoted(&format!("\"{rest}"))?;
        let [f, t] = q.as_slice() else { return None };
        // async-graphql names any one of several unknown fields (it keeps them in a hash
        // set); name the first as written, so that the same request gets the same answer.
        let f = value
            .and_then(|v| first_unknown_field(registry, v, sub, t))
            .unwrap_or(f);
        return Some(format!(
            "{}Field '{f}' is not defined in the input type '{t}'.",
            at(Some(f))
        ));
    }
    if let Some(rest) = reason.strip_prefix("field \"") {
        let q = quoted(&format!("\"{rest}"))?;
        let [f, t] = q.as_slice() else { return None };
        return Some(format!(
            "{}Expected non-null value of type '{t}' for field '{f}', found none.",
            at(Some(f))
        ));
    }
    if let Some(rest) = reason.strip_prefix("expected type \"") {
        let t = rest.split('"').next()?;
        let expected = expectation(registry, t);
        return Some(format!("{}{expected}", at(None)));
    }
    if let Some(rest) = reason.strip_prefix("enumeration type \"") {
        let q = quoted(&format!("\"{rest}"))?;
        let [e, v] = q.as_slice() else { return None };
        return Some(format!(
            "{}{}",
            at(None),
            enum_value_undefined(registry, e, v)
        ));
    }
    None
}

/// What Sangria says a value of `type_name` must be (`String value expected`, …).
pub(crate) fn expectation(registry: &Registry, type_name: &str) -> String {
    match type_name {
        "String" => "String value expected".to_string(),
        "Int" => "Int value expected".to_string(),
        "Float" => "Float or Int value expected".to_string(),
        "Boolean" => "Boolean value expected".to_string(),
        "ID" => "String or Int value expected".to_string(),
        "Long" => "Long value expected".to_string(),
        "DateTime" => "Date value expected".to_string(),
        "Json" => "Not valid JSON".to_string(),
        other => match registry.types.get(other) {
            Some(MetaType::Enum { .. }) => "Enum value expected".to_string(),
            Some(MetaType::InputObject { .. }) => {
                format!("Expected '{other}', found not an object.")
            }
            _ => format!("Expected type '{other}'."),
        },
    }
}

/// Sangria's text for a value that enum `enum_name` does not have.
pub(crate) fn enum_value_undefined(registry: &Registry, enum_name: &str, value: &str) -> String {
    let known = match registry.types.get(enum_name) {
        Some(MetaType::Enum { enum_values, .. }) => {
            enum_values.keys().cloned().collect::<Vec<_>>().join(", ")
        }
        _ => String::new(),
    };
    format!(
        "Enum value '{value}' is undefined in enum type '{enum_name}'. Known values are: {known}."
    )
}

/// An argument found by its position: its declared type, its value as shown in messages, and
/// the value itself when every variable in it is provided.
struct FoundArgument {
    ty: String,
    shown: String,
    value: Option<ConstValue>,
}

/// The first field of the input object at `path` (below `value`) that `type_name` does not
/// define, in the order the client wrote them.
fn first_unknown_field<'v>(
    registry: &Registry,
    value: &'v ConstValue,
    path: &[&str],
    type_name: &str,
) -> Option<&'v str> {
    let mut at = value;
    for segment in path {
        at = match at {
            ConstValue::Object(fields) => fields.get(*segment)?,
            ConstValue::List(items) => items.get(segment.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    let (ConstValue::Object(fields), Some(MetaType::InputObject { input_fields, .. })) =
        (at, registry.types.get(type_name))
    else {
        return None;
    };
    fields
        .keys()
        .map(|k| k.as_str())
        .find(|k| !input_fields.contains_key(*k))
}

/// The declared type and the value (as GraphQL text, variables filled in) of argument `arg`
/// whose name is at `pos`.
fn find_argument(
    registry: &Registry,
    doc: &ExecutableDocument,
    variables: &Variables,
    pos: Pos,
    arg: &str,
) -> Option<FoundArgument> {
    let roots = |ty: OperationType| match ty {
        OperationType::Query => Some(registry.query_type.clone()),
        OperationType::Mutation => registry.mutation_type.clone(),
        OperationType::Subscription => registry.subscription_type.clone(),
    };
    let ops: Vec<_> = match &doc.operations {
        DocumentOperations::Single(op) => vec![op],
        DocumentOperations::Multiple(m) => m.values().collect(),
    };
    for op in ops {
        let Some(root) = roots(op.node.ty) else {
            continue;
        };
        if let Some(found) = walk(
            registry,
            variables,
            &op.node.selection_set,
            &root,
            pos,
            arg,
            0,
        ) {
            return Some(found);
        }
    }
    for frag in doc.fragments.values() {
        let ty = frag.node.type_condition.node.on.node.to_string();
        if let Some(found) = walk(
            registry,
            variables,
            &frag.node.selection_set,
            &ty,
            pos,
            arg,
            0,
        ) {
            return Some(found);
        }
    }
    None
}

fn walk(
    registry: &Registry,
    variables: &Variables,
    set: &Positioned<SelectionSet>,
    ty: &str,
    pos: Pos,
    arg: &str,
    depth: usize,
) -> Option<FoundArgument> {
    if depth > 64 {
        return None;
    }
    for sel in &set.node.items {
        match &sel.node {
            Selection::Field(f) => {
                let meta = registry
                    .types
                    .get(ty)
                    .and_then(|t| t.field_by_name(&f.node.name.node));
                for (name, value) in &f.node.arguments {
                    if name.pos == pos && name.node == Name::new(arg) {
                        let ty = meta?.args.get(arg)?.ty.clone();
                        let resolved = value
                            .node
                            .clone()
                            .into_const_with(|name| variables.get(&name).cloned().ok_or(()))
                            .ok();
                        let shown = resolved
                            .as_ref()
                            .map_or_else(|| value.node.to_string(), ConstValue::to_string);
                        return Some(FoundArgument {
                            ty,
                            shown,
                            value: resolved,
                        });
                    }
                }
                if let Some(meta) = meta {
                    let inner = MetaTypeName::concrete_typename(&meta.ty).to_string();
                    if let Some(found) = walk(
                        registry,
                        variables,
                        &f.node.selection_set,
                        &inner,
                        pos,
                        arg,
                        depth + 1,
                    ) {
                        return Some(found);
                    }
                }
            }
            Selection::InlineFragment(fr) => {
                let inner = fr
                    .node
                    .type_condition
                    .as_ref()
                    .map(|c| c.node.on.node.to_string())
                    .unwrap_or_else(|| ty.to_string());
                if let Some(found) = walk(
                    registry,
                    variables,
                    &fr.node.selection_set,
                    &inner,
                    pos,
                    arg,
                    depth + 1,
                ) {
                    return Some(found);
                }
            }
            Selection::FragmentSpread(_) => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_errors_become_one_line() {
        let pest = " --> 2:1\n  |\n2 | \n  | ^---\n  |\n  = expected selection";
        assert_eq!(
            syntax_error(pest, Some(Pos { line: 2, column: 1 })),
            "Syntax error while parsing GraphQL query. Expected selection (line 2, column 1)."
        );
    }

    #[test]
    fn quoted_parts() {
        assert_eq!(
            quoted(r#""a" on field "b" of type "c"."#).unwrap(),
            ["a", "b", "c"]
        );
    }
}
