//! Evaluation of [`Filter`] trees (`XWhereInput` / `XScalarWhereInput`) against stored nodes,
//! including relation filters (`rel: {...}`, `rel: null`, `rel_some/_every/_none`).

use super::EngineError;
use super::input::{Filter, Quantifier, ScalarOp};
use crate::datamodel::{DataModel, FieldKind, ModelId, ScalarType, scalars};
use crate::store::Store;
use serde_json::Value;
use std::cmp::Ordering;

/// Checks that a filter only names fields the model has (the schema should guarantee it; an
/// engine user that bypasses the schema gets a clear error instead of a silent mismatch).
pub(crate) fn check(dm: &DataModel, model: ModelId, f: &Filter) -> Result<(), EngineError> {
    let m = &dm.models[model];
    let unknown = |field: &str| {
        EngineError::InvalidInput(format!("unknown filter field `{field}` on {}", m.name))
    };
    match f {
        Filter::All => Ok(()),
        Filter::And(v) | Filter::Or(v) | Filter::Not(v) => {
            v.iter().try_for_each(|x| check(dm, model, x))
        }
        Filter::Scalar { field, .. } => match m.field(field) {
            Some(fd) if !fd.is_relation() => Ok(()),
            _ => Err(unknown(field)),
        },
        Filter::ToOne { field, filter } => {
            let v = dm
                .relation_view(model, field)
                .ok_or_else(|| unknown(field))?;
            match filter {
                Some(inner) => check(dm, v.child.model, inner),
                None => Ok(()),
            }
        }
        Filter::ToMany { field, filter, .. } => {
            let v = dm
                .relation_view(model, field)
                .ok_or_else(|| unknown(field))?;
            check(dm, v.child.model, filter)
        }
    }
}

/// Does node `id` of `model` match `f`?
pub(crate) fn matches(dm: &DataModel, store: &Store, model: ModelId, id: &str, f: &Filter) -> bool {
    match f {
        Filter::All => true,
        Filter::And(v) => v.iter().all(|x| matches(dm, store, model, id, x)),
        Filter::Or(v) => v.iter().any(|x| matches(dm, store, model, id, x)),
        Filter::Not(v) => !v.iter().any(|x| matches(dm, store, model, id, x)),
        Filter::Scalar { field, op, value } => {
            let m = &dm.models[model];
            let (Some(fi), Some(node)) = (m.field_index(field), store.get(model, id)) else {
                return false;
            };
            let ty = m.fields[fi].scalar_type();
            scalar_matches(&node.values[fi], *op, &normalize(ty, value))
        }
        Filter::ToOne { field, filter } => {
            let Some(v) = dm.relation_view(model, field) else {
                return false;
            };
            let child = v.child.model;
            let mut related = store
                .linked(v.relation_id, v.parent_side, id)
                .filter(|c| store.is_live(child, c));
            match filter {
                None => related.next().is_none(),
                Some(inner) => related.any(|c| matches(dm, store, v.child.model, c, inner)),
            }
        }
        Filter::ToMany {
            field,
            quantifier,
            filter,
        } => {
            let Some(v) = dm.relation_view(model, field) else {
                return false;
            };
            let child = v.child.model;
            let mut related = store
                .linked(v.relation_id, v.parent_side, id)
                .filter(|c| store.is_live(child, c));
            match quantifier {
                Quantifier::Some => related.any(|c| matches(dm, store, child, c, filter)),
                Quantifier::Every => related.all(|c| matches(dm, store, child, c, filter)),
                Quantifier::None => !related.any(|c| matches(dm, store, child, c, filter)),
            }
        }
    }
}

/// Filter values are normalised like stored values (DateTime to its full form).
pub(crate) fn normalize(ty: Option<ScalarType>, v: &Value) -> Value {
    match (ty, v) {
        (Some(ScalarType::DateTime), Value::String(s)) => scalars::normalize_datetime(s)
            .map(Value::String)
            .unwrap_or_else(|| v.clone()),
        (Some(ScalarType::DateTime), Value::Array(items)) => {
            Value::Array(items.iter().map(|i| normalize(ty, i)).collect())
        }
        _ => v.clone(),
    }
}

fn scalar_matches(actual: &Value, op: ScalarOp, expected: &Value) -> bool {
    let text = |v: &Value| v.as_str().map(str::to_string);
    let cmp = || scalars::compare_values(actual, expected);
    match op {
        ScalarOp::Equals => scalars::values_equal(actual, expected),
        ScalarOp::Not => !scalars::values_equal(actual, expected),
        ScalarOp::In => expected
            .as_array()
            .is_some_and(|xs| xs.iter().any(|x| scalars::values_equal(actual, x))),
        ScalarOp::NotIn => expected
            .as_array()
            .is_some_and(|xs| !xs.iter().any(|x| scalars::values_equal(actual, x))),
        ScalarOp::Lt => cmp() == Some(Ordering::Less),
        ScalarOp::Lte => matches!(cmp(), Some(Ordering::Less | Ordering::Equal)),
        ScalarOp::Gt => cmp() == Some(Ordering::Greater),
        ScalarOp::Gte => matches!(cmp(), Some(Ordering::Greater | Ordering::Equal)),
        ScalarOp::Contains
        | ScalarOp::NotContains
        | ScalarOp::StartsWith
        | ScalarOp::NotStartsWith
        | ScalarOp::EndsWith
        | ScalarOp::NotEndsWith => {
            let (Some(a), Some(e)) = (text(actual), text(expected)) else {
                // null never contains / starts / ends with anything
                return matches!(
                    op,
                    ScalarOp::NotContains | ScalarOp::NotStartsWith | ScalarOp::NotEndsWith
                ) && !actual.is_null();
            };
            match op {
                ScalarOp::Contains => a.contains(&e),
                ScalarOp::NotContains => !a.contains(&e),
                ScalarOp::StartsWith => a.starts_with(&e),
                ScalarOp::NotStartsWith => !a.starts_with(&e),
                ScalarOp::EndsWith => a.ends_with(&e),
                _ => !a.ends_with(&e),
            }
        }
    }
}

/// Whether `field` of `model` is an enum or scalar that supports the operator (used by
/// dialects to generate filter fields): spec §7.
pub fn supports(kind: &FieldKind, op: ScalarOp) -> bool {
    use ScalarOp::*;
    let t = match kind {
        FieldKind::Enum(_) => return matches!(op, Equals | Not | In | NotIn),
        FieldKind::Scalar(t) => *t,
        FieldKind::Relation { .. } => return false,
    };
    match t {
        ScalarType::Json => false,
        ScalarType::Boolean => matches!(op, Equals | Not),
        ScalarType::Int | ScalarType::Float | ScalarType::DateTime | ScalarType::Long => {
            matches!(op, Equals | Not | In | NotIn | Lt | Lte | Gt | Gte)
        }
        ScalarType::String | ScalarType::Id => true,
    }
}
