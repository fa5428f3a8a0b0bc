//! Resource limits of the reference executor (issue 11): what a hostile request may cost before
//! it is refused with a GraphQL error naming the limit and the `crudspec serve` flag that
//! raises it.
//!
//! - **Input depth**: lists and input objects in argument values (counted in the query text
//!   before it is parsed, inside `(` … `)`) and in the variables nest at most
//!   [`Limits::max_input_depth`] deep, so no parser, validator or converter recursion goes
//!   deeper (the parsers of async-graphql recurse on values without a bound).
//! - **Nested mutations**: a mutation nests creates/updates/upserts at most
//!   [`MAX_NESTED_MUTATION_DEPTH`] levels below its root (checked on the engine input, before
//!   anything is written).
//! - **Aliases** per document: [`Limits::max_aliases`].
//! - **Estimated cost**: every selected field counts once per element of each list it is in;
//!   a list counts `first`/`last` elements when given (literal or variable), else
//!   [`Limits::default_list_size`]; introspection lists count the schema's real sizes (the
//!   number of types, the average number of fields per type, …). Checked before execution against
//!   [`Limits::max_cost`].
//! - **Response size**: the serialized answer is at most [`Limits::max_response_bytes`].
//! - **Parse cache**: parsed documents are kept up to [`Limits::parse_cache_bytes`] (estimated
//!   as [`DOCUMENT_BYTES_PER_TEXT_BYTE`] bytes per byte of query text).
//!
//! Every walk here is iterative (explicit stacks), so it is safe on any input.

use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, Field, OperationDefinition, Selection, SelectionSet,
};
use async_graphql::registry::{MetaType, Registry};
use async_graphql::{Positioned, Value as GValue};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;

/// The deepest nesting of nested mutations (a nested create inside a nested create … counts
/// one level each) below a root mutation field. Real data models nest a handful of levels;
/// 32 fits the parser's and the engine's recursion on a 1 MiB stack with room to spare.
pub const MAX_NESTED_MUTATION_DEPTH: usize = 32;

/// Estimated memory of a parsed document per byte of its query text (issue 11: 90 cached
/// queries of about 1 MB held 6 GB, some 67 bytes per byte; not measured again here).
pub const DOCUMENT_BYTES_PER_TEXT_BYTE: usize = 64;

/// The limits an [`crate::Executor`] enforces (part of [`crate::ExecutorOptions`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Deepest nesting of lists and input objects in argument values and variables (default
    /// 64: in a debug build a filter nested 192 deep still ran on a 1 MiB stack and 256 did
    /// not, so 64 leaves three times that room, six times on a tokio worker's 2 MiB).
    pub max_input_depth: usize,
    /// Most aliases in one document (default 256).
    pub max_aliases: usize,
    /// Highest estimated cost of an operation (default 5,000,000 fields).
    pub max_cost: u64,
    /// Elements a list without `first`/`last` counts in the cost (default 100).
    pub default_list_size: u64,
    /// Largest serialized response (default 32 MiB).
    pub max_response_bytes: usize,
    /// Estimated memory the parse cache may hold (default 64 MiB).
    pub parse_cache_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_depth: 64,
            max_aliases: 256,
            max_cost: 5_000_000,
            default_list_size: 100,
            max_response_bytes: 32 * 1024 * 1024,
            parse_cache_bytes: 64 * 1024 * 1024,
        }
    }
}

/// A limit a request went over; the text names the limit and how to raise it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    #[error(
        "Input values nest deeper than {max} levels (line {line}, column {column}): the limit on \
         nested lists and input objects is {max} (ExecutorOptions limits.max_input_depth, \
         `crudspec serve --max-input-depth`)."
    )]
    QueryDepth {
        max: usize,
        line: usize,
        column: usize,
    },
    #[error(
        "The variables nest deeper than {max} levels: the limit on nested lists and objects is \
         {max} (ExecutorOptions limits.max_input_depth, `crudspec serve --max-input-depth`)."
    )]
    VariablesDepth { max: usize },
    #[error(
        "The mutation nests {found} levels of nested mutations, deeper than the limit of {max}: \
         split it into several mutations."
    )]
    MutationNesting { found: usize, max: usize },
    #[error(
        "The document has {found} aliases, more than the limit of {max} (ExecutorOptions \
         limits.max_aliases, `crudspec serve --max-aliases`)."
    )]
    Aliases { found: usize, max: usize },
    #[error(
        "The query's estimated cost is more than {max} fields (each field counted once per \
         element of the lists it is in; a list without `first`/`last` counts {list_size}): \
         the limit is {max} (ExecutorOptions limits.max_cost, `crudspec serve --max-cost`). \
         Select fewer fields or bound the lists with `first`/`last`."
    )]
    Cost { max: u64, list_size: u64 },
    #[error(
        "The response is larger than {max} bytes, the limit (ExecutorOptions \
         limits.max_response_bytes, `crudspec serve --max-response-bytes`): select fewer \
         fields or bound the lists with `first`/`last`."
    )]
    ResponseSize { max: usize },
}

/// Checks the nesting of lists and input objects in the argument values and variable
/// definitions of a query text (everything between `(` and `)`), without parsing it: strings,
/// block strings and comments are skipped. Selection sets are not counted (the parser bounds
/// them itself).
pub fn check_query_depth(query: &str, max: usize) -> Result<(), LimitError> {
    let bytes = query.as_bytes();
    let (mut line, mut line_start) = (1usize, 0usize);
    let (mut parens, mut depth) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                i += 3;
                while i < bytes.len() && !bytes[i..].starts_with(b"\"\"\"") {
                    if bytes[i..].starts_with(b"\\\"\"\"") {
                        i += 4;
                        continue;
                    }
                    if bytes[i] == b'\n' {
                        line += 1;
                        line_start = i + 1;
                    }
                    i += 1;
                }
                i += 3;
                continue;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' => parens += 1,
            b')' => {
                parens = parens.saturating_sub(1);
                if parens == 0 {
                    depth = 0;
                }
            }
            b'[' | b'{' if parens > 0 => {
                depth += 1;
                if depth > max {
                    return Err(LimitError::QueryDepth {
                        max,
                        line,
                        column: query[line_start..i].chars().count() + 1,
                    });
                }
            }
            b']' | b'}' if parens > 0 => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// The nesting depth of a JSON value, counted up to `max + 1` (a scalar is 0, `[]` is 1).
pub fn json_depth(value: &Value, max: usize) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(value, 0usize)];
    while let Some((v, d)) = stack.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Array(items) => Box::new(items.iter()),
            Value::Object(map) => Box::new(map.values()),
            _ => continue,
        };
        deepest = deepest.max(d + 1);
        if deepest > max {
            return deepest;
        }
        stack.extend(children.map(|c| (c, d + 1)));
    }
    deepest
}

/// Checks the variables of a request.
pub fn check_variables(variables: &Value, max: usize) -> Result<(), LimitError> {
    if json_depth(variables, max) > max {
        return Err(LimitError::VariablesDepth { max });
    }
    Ok(())
}

/// Checks the nesting of a mutation's inputs (each is a root: level 0).
pub fn check_nesting(found: usize) -> Result<(), LimitError> {
    if found > MAX_NESTED_MUTATION_DEPTH {
        return Err(LimitError::MutationNesting {
            found,
            max: MAX_NESTED_MUTATION_DEPTH,
        });
    }
    Ok(())
}

/// All selection sets of a document: those of its operations and of its fragments.
fn selection_sets(doc: &ExecutableDocument) -> Vec<&SelectionSet> {
    let mut roots: Vec<&SelectionSet> = doc
        .operations
        .iter()
        .map(|(_, op)| &op.node.selection_set.node)
        .collect();
    roots.extend(doc.fragments.values().map(|f| &f.node.selection_set.node));
    roots
}

/// Counts the aliases of a document (operations and fragments, each written alias once).
pub fn check_aliases(doc: &ExecutableDocument, max: usize) -> Result<(), LimitError> {
    let mut found = 0;
    let mut stack = selection_sets(doc);
    while let Some(set) = stack.pop() {
        for item in &set.items {
            match &item.node {
                Selection::Field(f) => {
                    found += usize::from(f.node.alias.is_some());
                    stack.push(&f.node.selection_set.node);
                }
                Selection::InlineFragment(i) => stack.push(&i.node.selection_set.node),
                Selection::FragmentSpread(_) => {}
            }
        }
    }
    if found > max {
        return Err(LimitError::Aliases { found, max });
    }
    Ok(())
}

/// The sizes of the introspection lists of one schema, for the cost estimate.
#[derive(Debug, Clone, Default)]
pub struct SchemaSizes {
    sizes: HashMap<&'static str, u64>,
}

impl SchemaSizes {
    /// Counts the schema. `types` and `directives` count all of them; every other
    /// introspection list counts its average length over its parents (fields per type,
    /// arguments per field, …), rounded up: so `types { fields { args } }` is estimated at
    /// exactly the schema's number of arguments, and a big data model's introspection is not
    /// charged types × the longest field list.
    pub fn of(registry: &Registry) -> SchemaSizes {
        let types = registry.types.len().max(1) as u64;
        let mut totals: HashMap<&'static str, u64> = HashMap::new();
        let mut add = |key: &'static str, n: usize| *totals.entry(key).or_insert(0) += n as u64;
        let mut field_count = 0u64;
        for ty in registry.types.values() {
            if let Some(fields) = ty.fields() {
                add("fields", fields.len());
                field_count += fields.len() as u64;
                for f in fields.values() {
                    add("args", f.args.len());
                }
            }
            match ty {
                MetaType::InputObject { input_fields, .. } => {
                    add("inputFields", input_fields.len())
                }
                MetaType::Enum { enum_values, .. } => add("enumValues", enum_values.len()),
                MetaType::Interface { possible_types, .. }
                | MetaType::Union { possible_types, .. } => {
                    add("possibleTypes", possible_types.len())
                }
                _ => {}
            }
        }
        for implemented in registry.implements.values() {
            add("interfaces", implemented.len());
        }
        let directives = registry.directives.len().max(1) as u64;
        let directive_args: usize = registry.directives.values().map(|d| d.args.len()).sum();
        let locations: usize = registry
            .directives
            .values()
            .map(|d| d.locations.len())
            .sum();
        let per = |total: u64, parents: u64| total.div_ceil(parents.max(1)).max(1);
        let mut sizes = HashMap::new();
        sizes.insert("types", types);
        sizes.insert("directives", directives);
        sizes.insert("locations", per(locations as u64, directives));
        for key in [
            "fields",
            "inputFields",
            "enumValues",
            "possibleTypes",
            "interfaces",
        ] {
            sizes.insert(key, per(totals.get(key).copied().unwrap_or(0), types));
        }
        let args = totals.get("args").copied().unwrap_or(0) + directive_args as u64;
        sizes.insert("args", per(args, field_count + directives));
        SchemaSizes { sizes }
    }

    fn list(&self, field: &str) -> u64 {
        self.sizes.get(field).copied().unwrap_or(1)
    }
}

/// What the cost estimate needs besides the document.
pub struct CostContext<'a> {
    pub registry: &'a Registry,
    pub sizes: &'a SchemaSizes,
    pub variables: &'a async_graphql::Variables,
    pub limits: &'a Limits,
}

/// The operations that may run: the named one, else every one (the largest cost counts).
fn operations<'d>(
    doc: &'d ExecutableDocument,
    name: Option<&str>,
) -> Vec<&'d Positioned<OperationDefinition>> {
    match (&doc.operations, name) {
        (DocumentOperations::Single(op), _) => vec![op],
        (DocumentOperations::Multiple(ops), Some(n)) if ops.contains_key(n) => ops
            .iter()
            .filter(|(k, _)| k.as_str() == n)
            .map(|(_, op)| op)
            .collect(),
        (DocumentOperations::Multiple(ops), _) => ops.values().collect(),
    }
}

/// The `first`/`last` bound of a field's arguments (the smaller when both are given).
fn list_bound(field: &Field, variables: &async_graphql::Variables) -> Option<u64> {
    field
        .arguments
        .iter()
        .filter(|(n, _)| matches!(n.node.as_str(), "first" | "last"))
        .filter_map(|(_, v)| {
            let value = v
                .node
                .clone()
                .into_const_with(|name| variables.get(&name).cloned().ok_or(()))
                .ok()?;
            match value {
                GValue::Number(n) => n.as_u64(),
                _ => None,
            }
        })
        .min()
}

/// The named type of a type reference (`[Post!]!` → `Post`) and whether it is a list.
fn named(ty: &str) -> (&str, bool) {
    (
        ty.trim_matches(|c| matches!(c, '[' | ']' | '!')),
        ty.starts_with('['),
    )
}

/// Estimates the cost of the operation that would run and refuses it over the limit. The walk
/// stops as soon as the limit is passed, so its own work is bounded by the limit.
pub fn check_cost(
    doc: &ExecutableDocument,
    operation_name: Option<&str>,
    ctx: &CostContext<'_>,
) -> Result<(), LimitError> {
    let max = ctx.limits.max_cost;
    let over = || LimitError::Cost {
        max,
        list_size: ctx.limits.default_list_size,
    };
    for op in operations(doc, operation_name) {
        use async_graphql::parser::types::OperationType;
        let root = match op.node.ty {
            OperationType::Query => Some(ctx.registry.query_type.as_str()),
            OperationType::Mutation => ctx.registry.mutation_type.as_deref(),
            OperationType::Subscription => ctx.registry.subscription_type.as_deref(),
        };
        // (selection set, its type, multiplier, a `first`/`last` of a non-list parent).
        let mut stack: Vec<(&SelectionSet, Option<&str>, u64, Option<u64>)> =
            vec![(&op.node.selection_set.node, root, 1, None)];
        let (mut cost, mut visits) = (0u64, 0u64);
        while let Some((set, ty, mult, pending)) = stack.pop() {
            for item in &set.items {
                visits += 1;
                if visits > max {
                    return Err(over());
                }
                match &item.node {
                    Selection::Field(f) => {
                        let f = &f.node;
                        cost = cost.saturating_add(mult);
                        if cost > max {
                            return Err(over());
                        }
                        if f.selection_set.node.items.is_empty() {
                            continue;
                        }
                        let name = f.name.node.as_str();
                        let field_type = match name {
                            "__schema" => Some("__Schema"),
                            "__type" => Some("__Type"),
                            _ => ty
                                .and_then(|t| ctx.registry.types.get(t))
                                .and_then(|t| t.field_by_name(name))
                                .map(|m| m.ty.as_str()),
                        };
                        let (child, is_list) = field_type.map_or((None, false), |t| {
                            let (n, l) = named(t);
                            (Some(n), l)
                        });
                        let bound = list_bound(f, ctx.variables);
                        let introspection = ty.is_some_and(|t| t.starts_with("__"));
                        let (size, pending) = if !is_list {
                            (1, bound)
                        } else if introspection {
                            (ctx.sizes.list(name), None)
                        } else {
                            let size = bound.or(pending).unwrap_or(ctx.limits.default_list_size);
                            (size, None)
                        };
                        let child_mult = mult.saturating_mul(size.max(1));
                        stack.push((&f.selection_set.node, child, child_mult, pending));
                    }
                    Selection::InlineFragment(i) => {
                        let on = i
                            .node
                            .type_condition
                            .as_ref()
                            .map(|c| c.node.on.node.as_str());
                        stack.push((&i.node.selection_set.node, on.or(ty), mult, pending));
                    }
                    Selection::FragmentSpread(s) => {
                        if let Some(frag) = doc.fragments.get(&s.node.fragment_name.node) {
                            let on = frag.node.type_condition.node.on.node.as_str();
                            stack.push((&frag.node.selection_set.node, Some(on), mult, pending));
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// A writer that only counts, and fails once past a limit.
struct Counter {
    written: usize,
    max: usize,
}

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.written += buf.len();
        if self.written > self.max {
            return Err(std::io::Error::other("over the limit"));
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Checks the serialized size of a response without building the text (stops at the limit).
pub fn check_response_size(response: &Value, max: usize) -> Result<(), LimitError> {
    let mut counter = Counter { written: 0, max };
    serde_json::to_writer(&mut counter, response).map_err(|_| LimitError::ResponseSize { max })
}

/// Parsed documents (`D`: the document and what the executor keeps with it) by query text,
/// bounded by their estimated memory: a document that alone takes more than a quarter of the
/// budget is not kept; when the budget is full the cache starts over.
#[derive(Debug)]
pub struct ParseCache<D = ExecutableDocument> {
    entries: HashMap<String, Arc<D>>,
    bytes: usize,
}

impl<D> Default for ParseCache<D> {
    fn default() -> Self {
        ParseCache {
            entries: HashMap::new(),
            bytes: 0,
        }
    }
}

impl<D> ParseCache<D> {
    fn weight(query: &str) -> usize {
        query.len().saturating_mul(DOCUMENT_BYTES_PER_TEXT_BYTE + 1)
    }

    pub fn get(&self, query: &str) -> Option<&Arc<D>> {
        self.entries.get(query)
    }

    pub fn insert(&mut self, query: &str, doc: Arc<D>, budget: usize) {
        let weight = Self::weight(query);
        if weight > budget / 4 {
            return;
        }
        if self.bytes + weight > budget {
            self.entries.clear();
            self.bytes = 0;
        }
        if self.entries.insert(query.to_string(), doc).is_none() {
            self.bytes += weight;
        }
    }

    /// The estimated memory held.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn query_depth_counts_argument_values_only() {
        assert!(check_query_depth("{ a { b { c { d } } } }", 1).is_ok());
        assert!(check_query_depth("{ a(x: [[1]]) { b } }", 2).is_ok());
        let e = check_query_depth("{ a(x: [[1]]) { b } }", 1).unwrap_err();
        assert_eq!(
            e,
            LimitError::QueryDepth {
                max: 1,
                line: 1,
                column: 9
            }
        );
        // Brackets in strings, block strings and comments do not count.
        assert!(check_query_depth("{ a(x: \"[[[\", y: \"\"\"{{{\"\"\") # ((([[[\n }", 0).is_ok());
        assert!(check_query_depth("query ($v: [[Int]]) { a }", 1).is_err());
        let deep = format!("{{ a(x: {}1{}) }}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(check_query_depth(&deep, 128).is_err());
    }

    #[test]
    fn json_depth_is_counted_without_recursion() {
        assert_eq!(json_depth(&json!(1), 5), 0);
        assert_eq!(json_depth(&json!({"a": [1, {"b": []}]}), 5), 4);
        let mut v = json!(1);
        for _ in 0..100_000 {
            v = Value::Array(vec![v]);
        }
        assert_eq!(json_depth(&v, 128), 129);
        assert!(check_variables(&v, 128).is_err());
        // Dropping a deep value recurses in serde_json: take it apart first.
        let mut v = v;
        while let Value::Array(mut items) = v {
            v = items.pop().unwrap_or(Value::Null);
        }
    }

    #[test]
    fn nesting_limit_is_inclusive() {
        assert!(check_nesting(MAX_NESTED_MUTATION_DEPTH).is_ok());
        assert!(check_nesting(MAX_NESTED_MUTATION_DEPTH + 1).is_err());
    }

    #[test]
    fn aliases_are_counted() {
        let doc =
            async_graphql::parser::parse_query("{ a: x { b: y } ...F } fragment F on Q { c: z }")
                .unwrap();
        assert!(check_aliases(&doc, 3).is_ok());
        assert_eq!(
            check_aliases(&doc, 2),
            Err(LimitError::Aliases { found: 3, max: 2 })
        );
    }

    #[test]
    fn response_size_stops_at_the_limit() {
        let v = json!({"data": {"a": "x".repeat(100)}});
        assert!(check_response_size(&v, 1000).is_ok());
        assert!(check_response_size(&v, 50).is_err());
    }

    #[test]
    fn the_parse_cache_is_bounded_by_bytes() {
        let doc = Arc::new(async_graphql::parser::parse_query("{ a }").unwrap());
        let mut cache = ParseCache::default();
        let budget = 10 * ParseCache::<ExecutableDocument>::weight("{ a }");
        for i in 0..100 {
            cache.insert(&format!("{{ a }}{i:>3}"), Arc::clone(&doc), budget);
            assert!(cache.bytes() <= budget);
        }
        assert!(!cache.is_empty());
        let big = "x".repeat(budget);
        cache.insert(&big, doc, budget);
        assert!(cache.get(&big).is_none());
    }
}
