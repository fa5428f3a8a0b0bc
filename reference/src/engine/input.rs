//! The engine's input: a dialect-neutral description of one mutation (what the user asked
//! for), produced by a dialect front-end from GraphQL arguments. Values are JSON values already
//! coerced by the dialect to the field's GraphQL type (enums as strings; DateTime may still be
//! a shortened ISO string, the engine normalises it).

use crate::datamodel::scalars::DateParts;
use serde_json::Value;

/// A unique selector exactly as the user wrote it (`where: {email: "a"}`): field → value,
/// including explicit nulls. The engine checks the shape (3040 for none, 3045 for several).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WhereUnique {
    pub fields: Vec<(String, Value)>,
}

impl WhereUnique {
    pub fn by(field: &str, value: impl Into<Value>) -> Self {
        WhereUnique {
            fields: vec![(field.to_string(), value.into())],
        }
    }
}

/// Data of a create (top level, nested, or an upsert's create branch).
#[derive(Debug, Clone, Default)]
pub struct CreateInput {
    /// Scalar and enum fields given, explicit nulls included.
    pub scalars: Vec<(String, Value)>,
    /// Scalar-list fields given with `{set: [...]}` (`set: null` is passed as an empty list).
    pub lists: Vec<(String, Vec<Value>)>,
    /// Relation fields given, in the order of the input (the engine orders execution itself).
    pub relations: Vec<(String, CreateRelation)>,
}

/// Nested operations on one relation field inside a create.
#[derive(Debug, Clone, Default)]
pub struct CreateRelation {
    pub create: Vec<CreateInput>,
    pub connect: Vec<WhereUnique>,
}

/// Data of an update (top level, nested, an upsert's update branch, updateMany's data).
#[derive(Debug, Clone, Default)]
pub struct UpdateInput {
    pub scalars: Vec<(String, Value)>,
    pub lists: Vec<(String, Vec<Value>)>,
    pub relations: Vec<(String, UpdateRelation)>,
    /// Values computed from the current one (8base's update-by-filter operators), applied
    /// after `scalars`, one per field.
    pub computed: Vec<(String, ScalarUpdate)>,
}

/// A new value computed from a field's current value. A null current value stays null (as
/// SQL arithmetic and concatenation on NULL).
#[derive(Debug, Clone, PartialEq)]
pub enum ScalarUpdate {
    /// String: `value + current`.
    Prefix(String),
    /// String: `current + value`.
    Postfix(String),
    /// Numbers: `current + n`, `- n`, `* n`, `/ n`, `% n`, `current ^ n`.
    Add(f64),
    Sub(f64),
    Mult(f64),
    Div(f64),
    Mod(f64),
    Pow(f64),
    /// Numbers: the square root.
    Sqrt,
    /// Boolean: the opposite.
    Invert,
    /// DateTime: shifted forward / back by calendar parts.
    AddParts(DateParts),
    SubParts(DateParts),
}

/// Which related node a nested update/delete/disconnect/upsert addresses: on a to-one
/// relation, the connected one (`disconnect: true`, `update: {...}`); on a to-many relation
/// (or in the GraphCMS 1.0–1.3 to-one shapes), the one a unique selector names.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Connected,
    Where(WhereUnique),
}

/// Nested operations on one relation field inside an update. Lists hold one entry per
/// element the user gave (a to-one `disconnect: true` is one `Target::Connected`).
#[derive(Debug, Clone, Default)]
pub struct UpdateRelation {
    pub create: Vec<CreateInput>,
    pub connect: Vec<WhereUnique>,
    /// `set: [...]` (to-many only); `None` when absent.
    pub set: Option<Vec<WhereUnique>>,
    pub disconnect: Vec<Target>,
    pub delete: Vec<Target>,
    pub update: Vec<NestedUpdate>,
    pub upsert: Vec<NestedUpsert>,
    pub update_many: Vec<NestedUpdateMany>,
    pub delete_many: Vec<Filter>,
    /// Dialect policy hook: 8base `reconnect` / Graphcool list replacement. Like `set`, but
    /// with the required-relation checks of disconnect.
    pub reconnect: Option<Vec<WhereUnique>>,
}

#[derive(Debug, Clone)]
pub struct NestedUpdate {
    pub target: Target,
    pub data: UpdateInput,
}

#[derive(Debug, Clone)]
pub struct NestedUpsert {
    pub target: Target,
    pub update: UpdateInput,
    pub create: CreateInput,
}

#[derive(Debug, Clone)]
pub struct NestedUpdateMany {
    pub filter: Filter,
    pub data: UpdateInput,
}

/// A `WhereInput` / `ScalarWhereInput` filter. Several keys in one input object are an `And`.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Filter {
    /// `{}` or no filter: matches every node.
    #[default]
    All,
    And(Vec<Filter>),
    Or(Vec<Filter>),
    /// `NOT: [a, b]`: matches when none of the filters matches.
    Not(Vec<Filter>),
    Scalar {
        field: String,
        op: ScalarOp,
        value: Value,
    },
    /// `rel: {...}` on a to-one; `rel: null` (None) means "no related node".
    ToOne {
        field: String,
        filter: Option<Box<Filter>>,
    },
    /// `rel_some` / `rel_every` / `rel_none` on a to-many.
    ToMany {
        field: String,
        quantifier: Quantifier,
        filter: Box<Filter>,
    },
}

/// Filter suffixes of spec §7 (`f`, `f_not`, `f_in`, ... `f_not_ends_with`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarOp {
    Equals,
    Not,
    In,
    NotIn,
    Lt,
    Lte,
    Gt,
    Gte,
    Contains,
    NotContains,
    StartsWith,
    NotStartsWith,
    EndsWith,
    NotEndsWith,
}

impl ScalarOp {
    /// All operators with their field-name suffix (`""` for equality).
    pub const ALL: [(ScalarOp, &'static str); 14] = [
        (ScalarOp::Equals, ""),
        (ScalarOp::Not, "_not"),
        (ScalarOp::In, "_in"),
        (ScalarOp::NotIn, "_not_in"),
        (ScalarOp::Lt, "_lt"),
        (ScalarOp::Lte, "_lte"),
        (ScalarOp::Gt, "_gt"),
        (ScalarOp::Gte, "_gte"),
        (ScalarOp::Contains, "_contains"),
        (ScalarOp::NotContains, "_not_contains"),
        (ScalarOp::StartsWith, "_starts_with"),
        (ScalarOp::NotStartsWith, "_not_starts_with"),
        (ScalarOp::EndsWith, "_ends_with"),
        (ScalarOp::NotEndsWith, "_not_ends_with"),
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantifier {
    Some,
    Every,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Asc,
    Desc,
}

/// How a delete removes nodes (8base: `xDelete` soft, `xDestroy` hard, `force`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Removal {
    /// Mark the nodes deleted instead of removing them (they keep their links and unique
    /// values, and can be restored).
    pub soft: bool,
    /// Remove the nodes whose required to-one points at a removed node too, recursively
    /// (only under a policy with [`super::Policy::force_deletes`]).
    pub force: bool,
}

/// Arguments of a list read (`posts(where, orderBy, skip, first, last)`).
#[derive(Debug, Clone, Default)]
pub struct ListArgs {
    pub filter: Filter,
    /// Field and direction; default order is by id ascending (creation order).
    pub order_by: Option<(String, Direction)>,
    /// Further sort keys, applied where `order_by` ties (8base's `sort: [{a: ASC}, {b: DESC}]`).
    pub then_by: Vec<(String, Direction)>,
    pub skip: Option<usize>,
    pub first: Option<usize>,
    pub last: Option<usize>,
}

impl CreateInput {
    /// How many levels of nested mutations this input has below itself (iterative: the input
    /// may come from a hostile request; the engine checks it against
    /// [`crate::limits::MAX_NESTED_MUTATION_DEPTH`] before writing).
    pub fn nesting(&self) -> usize {
        nesting(Input::Create(self))
    }
}

impl UpdateInput {
    /// How many levels of nested mutations this input has below itself (see
    /// [`CreateInput::nesting`]).
    pub fn nesting(&self) -> usize {
        nesting(Input::Update(self))
    }
}

#[derive(Clone, Copy)]
enum Input<'a> {
    Create(&'a CreateInput),
    Update(&'a UpdateInput),
}

fn nesting(root: Input<'_>) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(root, 0usize)];
    while let Some((input, level)) = stack.pop() {
        deepest = deepest.max(level);
        let next = level + 1;
        match input {
            Input::Create(c) => {
                for (_, rel) in &c.relations {
                    stack.extend(rel.create.iter().map(|c| (Input::Create(c), next)));
                }
            }
            Input::Update(u) => {
                for (_, rel) in &u.relations {
                    stack.extend(rel.create.iter().map(|c| (Input::Create(c), next)));
                    stack.extend(rel.update.iter().map(|n| (Input::Update(&n.data), next)));
                    stack.extend(
                        rel.update_many
                            .iter()
                            .map(|n| (Input::Update(&n.data), next)),
                    );
                    for up in &rel.upsert {
                        stack.push((Input::Update(&up.update), next));
                        stack.push((Input::Create(&up.create), next));
                    }
                }
            }
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_counts_nested_mutations() {
        let mut c = CreateInput::default();
        for _ in 0..3 {
            let mut parent = CreateInput::default();
            parent.relations.push((
                "child".into(),
                CreateRelation {
                    create: vec![c],
                    connect: vec![],
                },
            ));
            c = parent;
        }
        assert_eq!(c.nesting(), 3);
        assert_eq!(UpdateInput::default().nesting(), 0);
    }
}
