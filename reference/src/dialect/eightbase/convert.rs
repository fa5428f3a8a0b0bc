//! 8base arguments → engine IR:
//!
//! - `XFilter` → [`Filter`]: predicates (`equals` … `is_not_empty`; `is_empty` means null, or
//!   the empty string for text), `AND`/`OR`, to-one filters, `some`/`every`/`none`;
//! - `XKeyFilter` → a unique selector; `sort: [XSort!]` → sort keys in the order given;
//! - create / createMany / update data → [`CreateInput`] / [`UpdateInput`]: relation inputs to
//!   nested operations (to-one `reconnect` is a connect; to-one `disconnect: {id}` names the
//!   record; to-many `update: [{filter, data}]`, the child named by `filter` or else by
//!   `data.id`); `data.id` of an update is a selector, not a write;
//! - update-by-filter data → `set` values and [`ScalarUpdate`]s, exactly one operator per
//!   field (else `InvalidArgumentError`).

use super::errors::invalid_argument;
use crate::api::ApiError;
use crate::api::convert::{CResult, Conv, as_list, get, object};
use crate::datamodel::scalars::DateParts;
use crate::datamodel::{Field, FieldKind, ModelId, ScalarType};
use crate::engine::{
    CreateInput, CreateRelation, Direction, Filter, NestedUpdate, Quantifier, ScalarOp,
    ScalarUpdate, Target, UpdateInput, UpdateRelation, WhereUnique,
};
use async_graphql::indexmap::IndexMap;
use async_graphql::{Name, Value as GValue};
use serde_json::Value;

/// The 8base converter: the shared scalar conversion plus 8base's shapes.
pub struct EbConv<'a> {
    pub base: Conv<'a>,
}

fn bool_arg(v: &GValue) -> Option<bool> {
    match v {
        GValue::Boolean(b) => Some(*b),
        _ => None,
    }
}

impl<'a> EbConv<'a> {
    pub fn new(base: Conv<'a>) -> Self {
        EbConv { base }
    }

    // ---- filters -----------------------------------------------------------------------

    /// `XFilter` (`null` matches everything).
    pub fn filter(&self, m: ModelId, v: &GValue) -> CResult<Filter> {
        let o = match v {
            GValue::Null => return Ok(Filter::All),
            other => object(other, "filter")?,
        };
        let mut parts = Vec::new();
        for (k, val) in o {
            if *val == GValue::Null {
                continue;
            }
            match k.as_str() {
                "AND" | "OR" => {
                    let subs = as_list(val)
                        .into_iter()
                        .map(|x| self.filter(m, x))
                        .collect::<CResult<Vec<_>>>()?;
                    parts.push(if k == "AND" {
                        Filter::And(subs)
                    } else {
                        Filter::Or(subs)
                    });
                }
                key => {
                    let f = self.base.field(m, key)?;
                    parts.push(self.field_filter(m, f, val)?);
                }
            }
        }
        Ok(match parts.len() {
            0 => Filter::All,
            1 => parts.pop().unwrap_or_default(),
            _ => Filter::And(parts),
        })
    }

    fn field_filter(&self, m: ModelId, f: &Field, val: &GValue) -> CResult<Filter> {
        if f.is_relation() {
            let child = self.base.child_of(m, &f.name)?;
            if !f.list {
                return Ok(Filter::ToOne {
                    field: f.name.clone(),
                    filter: Some(Box::new(self.filter(child, val)?)),
                });
            }
            let mut parts = Vec::new();
            for (q, inner) in object(val, &f.name)? {
                if *inner == GValue::Null {
                    continue;
                }
                let quantifier = match q.as_str() {
                    "some" => Quantifier::Some,
                    "every" => Quantifier::Every,
                    "none" => Quantifier::None,
                    other => {
                        return Err(ApiError::validation(format!(
                            "`{other}` is not a relation filter operator"
                        )));
                    }
                };
                parts.push(Filter::ToMany {
                    field: f.name.clone(),
                    quantifier,
                    filter: Box::new(self.filter(child, inner)?),
                });
            }
            return Ok(and(parts));
        }
        let mut parts = Vec::new();
        for (op, v) in object(val, &f.name)? {
            if *v == GValue::Null {
                continue;
            }
            let scalar = |op: ScalarOp, value: Value| Filter::Scalar {
                field: f.name.clone(),
                op,
                value,
            };
            let part = match op.as_str() {
                "is_empty" | "is_not_empty" => {
                    let mut empty = vec![scalar(ScalarOp::Equals, Value::Null)];
                    if matches!(f.kind, FieldKind::Scalar(ScalarType::String)) {
                        empty.push(scalar(ScalarOp::Equals, Value::String(String::new())));
                    }
                    let empty = Filter::Or(empty);
                    let wanted = bool_arg(v).unwrap_or(true) == (op == "is_empty");
                    if wanted {
                        empty
                    } else {
                        Filter::Not(vec![empty])
                    }
                }
                "in" | "not_in" => {
                    let values = as_list(v)
                        .into_iter()
                        .map(|x| self.base.scalar(f, x))
                        .collect::<CResult<Vec<_>>>()?;
                    let op = if op == "in" {
                        ScalarOp::In
                    } else {
                        ScalarOp::NotIn
                    };
                    scalar(op, Value::Array(values))
                }
                name => {
                    let op = match name {
                        "equals" => ScalarOp::Equals,
                        "not_equals" => ScalarOp::Not,
                        "contains" => ScalarOp::Contains,
                        "not_contains" => ScalarOp::NotContains,
                        "starts_with" => ScalarOp::StartsWith,
                        "not_starts_with" => ScalarOp::NotStartsWith,
                        "ends_with" => ScalarOp::EndsWith,
                        "not_ends_with" => ScalarOp::NotEndsWith,
                        "lt" => ScalarOp::Lt,
                        "lte" => ScalarOp::Lte,
                        "gt" => ScalarOp::Gt,
                        "gte" => ScalarOp::Gte,
                        other => {
                            return Err(ApiError::validation(format!(
                                "`{other}` is not a predicate operator"
                            )));
                        }
                    };
                    scalar(op, self.base.scalar(f, v)?)
                }
            };
            parts.push(part);
        }
        Ok(and(parts))
    }

    /// `XKeyFilter` → a unique selector (as given; the engine checks its shape).
    pub fn key(&self, m: ModelId, v: &GValue) -> CResult<WhereUnique> {
        self.base.where_unique(m, v)
    }

    /// `sort: [XSort!]` → sort keys, in the order given.
    pub fn sort(&self, m: ModelId, v: &GValue) -> CResult<Vec<(String, Direction)>> {
        let mut out = Vec::new();
        for item in as_list(v) {
            for (k, dir) in object(item, "sort")? {
                let f = self.base.field(m, k)?;
                if f.is_relation() || f.list {
                    return Err(ApiError::validation(format!("cannot sort by `{k}`")));
                }
                let d = match dir {
                    GValue::Null => continue,
                    GValue::Enum(n) if n.as_str() == "ASC" => Direction::Asc,
                    GValue::Enum(n) if n.as_str() == "DESC" => Direction::Desc,
                    GValue::String(s) if s == "ASC" => Direction::Asc,
                    GValue::String(s) if s == "DESC" => Direction::Desc,
                    other => {
                        return Err(ApiError::validation(format!(
                            "`{other}` is not a SortOrder"
                        )));
                    }
                };
                out.push((k.to_string(), d));
            }
        }
        Ok(out)
    }

    /// `orderBy: [XOrderBy]` (`[name_ASC, id_DESC]`, the older form of `sort`): its keys in
    /// order; null items are passed over.
    pub fn order_by_list(&self, m: ModelId, v: &GValue) -> CResult<Vec<(String, Direction)>> {
        let mut out = Vec::new();
        for item in as_list(v) {
            out.extend(self.base.order_by(m, item)?);
        }
        Ok(out)
    }

    // ---- data --------------------------------------------------------------------------

    /// A scalar (or scalar list) field of create or update data, as the engine stores it.
    fn scalar_entry(
        &self,
        f: &Field,
        v: &GValue,
        scalars: &mut Vec<(String, Value)>,
        lists: &mut Vec<(String, Vec<Value>)>,
    ) -> CResult<()> {
        if f.list {
            let items = as_list(v)
                .into_iter()
                .map(|x| self.base.scalar(f, x))
                .collect::<CResult<_>>()?;
            lists.push((f.name.clone(), items));
        } else {
            scalars.push((f.name.clone(), self.base.scalar(f, v)?));
        }
        Ok(())
    }

    /// Create data (`XCreateInput`, nested create data, `XCreateManyInput`).
    pub fn create(&self, m: ModelId, o: &IndexMap<Name, GValue>) -> CResult<CreateInput> {
        let mut out = CreateInput::default();
        for (k, v) in o {
            let f = self.base.field(m, k)?;
            if !f.is_relation() {
                self.scalar_entry(f, v, &mut out.scalars, &mut out.lists)?;
                continue;
            }
            if *v == GValue::Null {
                continue;
            }
            let child = self.base.child_of(m, k)?;
            let r = object(v, k)?;
            let mut rel = CreateRelation::default();
            if let Some(c) = get(r, "connect") {
                for x in as_list(c) {
                    rel.connect.push(self.key(child, x)?);
                }
            }
            rel.create = self.nested_creates(child, r)?;
            out.relations.push((f.name.clone(), rel));
        }
        Ok(out)
    }

    /// The `create` entry of a relation input (one object or a list; null items skipped).
    fn nested_creates(
        &self,
        child: ModelId,
        r: &IndexMap<Name, GValue>,
    ) -> CResult<Vec<CreateInput>> {
        let Some(c) = get(r, "create") else {
            return Ok(Vec::new());
        };
        as_list(c)
            .into_iter()
            .filter(|x| **x != GValue::Null)
            .map(|x| self.create(child, object(x, "create")?))
            .collect()
    }

    /// Update data: the `data.id` selector (if given) and the update.
    pub fn update(
        &self,
        m: ModelId,
        o: &IndexMap<Name, GValue>,
    ) -> CResult<(Option<WhereUnique>, UpdateInput)> {
        let mut out = UpdateInput::default();
        let mut id = None;
        for (k, v) in o {
            if k == "id" {
                if *v != GValue::Null {
                    id = Some(
                        self.key(m, &GValue::Object(IndexMap::from([(k.clone(), v.clone())])))?,
                    );
                }
                continue;
            }
            let f = self.base.field(m, k)?;
            if !f.is_relation() {
                self.scalar_entry(f, v, &mut out.scalars, &mut out.lists)?;
                continue;
            }
            if *v == GValue::Null {
                continue;
            }
            let child = self.base.child_of(m, k)?;
            let r = object(v, k)?;
            let mut rel = UpdateRelation::default();
            let keys = |name: &str| -> CResult<Option<Vec<WhereUnique>>> {
                get(r, name)
                    .map(|x| as_list(x).into_iter().map(|k| self.key(child, k)).collect())
                    .transpose()
            };
            if let Some(ks) = keys("connect")? {
                rel.connect = ks;
            }
            if let Some(ks) = keys("reconnect")? {
                if f.list {
                    rel.reconnect = Some(ks);
                } else {
                    // To-one `reconnect` is a connect.
                    rel.connect.extend(ks);
                }
            }
            if let Some(ks) = keys("disconnect")? {
                rel.disconnect = ks.into_iter().map(Target::Where).collect();
            }
            rel.create = self.nested_creates(child, r)?;
            if let Some(u) = get(r, "update") {
                if f.list {
                    for x in as_list(u) {
                        if *x == GValue::Null {
                            continue;
                        }
                        let item = object(x, "update")?;
                        let (data_id, data) = match get(item, "data") {
                            Some(d) => self.update(child, object(d, "data")?)?,
                            None => (None, UpdateInput::default()),
                        };
                        let target = match get(item, "filter") {
                            Some(fk) => self.key(child, fk)?,
                            None => data_id.ok_or_else(|| {
                                invalid_argument(format!(
                                    "a nested update of `{k}` needs a filter or data.id"
                                ))
                            })?,
                        };
                        rel.update.push(NestedUpdate {
                            target: Target::Where(target),
                            data,
                        });
                    }
                } else {
                    let (_, data) = self.update(child, object(u, "update")?)?;
                    rel.update.push(NestedUpdate {
                        target: Target::Connected,
                        data,
                    });
                }
            }
            out.relations.push((f.name.clone(), rel));
        }
        Ok((id, out))
    }

    /// `XUpdateByFilterInput` → `set` values and computed values, one operator per field.
    pub fn update_by_filter(&self, m: ModelId, o: &IndexMap<Name, GValue>) -> CResult<UpdateInput> {
        let mut out = UpdateInput::default();
        for (k, v) in o {
            let f = self.base.field(m, k)?;
            let mut ops = Vec::new();
            for item in as_list(v) {
                if *item == GValue::Null {
                    continue;
                }
                for (op, arg) in object(item, k)? {
                    if *arg != GValue::Null {
                        ops.push((op.as_str(), arg));
                    }
                }
            }
            let (op, arg) = match ops.as_slice() {
                [] => continue,
                [one] => *one,
                _ => {
                    return Err(invalid_argument(format!(
                        "only one update operator per field is allowed ({k})"
                    )));
                }
            };
            let num = || -> CResult<f64> {
                match arg {
                    GValue::Number(n) => n
                        .as_f64()
                        .ok_or_else(|| invalid_argument(format!("{k}.{op}: not a number"))),
                    other => Err(invalid_argument(format!(
                        "{k}.{op}: a number expected, got {other}"
                    ))),
                }
            };
            let text = || -> CResult<String> {
                match arg {
                    GValue::String(s) => Ok(s.clone()),
                    other => Err(invalid_argument(format!(
                        "{k}.{op}: a string expected, got {other}"
                    ))),
                }
            };
            let computed = match op {
                "set" => {
                    out.scalars
                        .push((f.name.clone(), self.base.scalar(f, arg)?));
                    continue;
                }
                "prefix" => ScalarUpdate::Prefix(text()?),
                "postfix" => ScalarUpdate::Postfix(text()?),
                "add" | "sub" if f.scalar_type() == Some(ScalarType::DateTime) => {
                    let parts = self.date_parts(k, arg)?;
                    if op == "add" {
                        ScalarUpdate::AddParts(parts)
                    } else {
                        ScalarUpdate::SubParts(parts)
                    }
                }
                "add" => ScalarUpdate::Add(num()?),
                "sub" => ScalarUpdate::Sub(num()?),
                "mult" => ScalarUpdate::Mult(num()?),
                "dev" => ScalarUpdate::Div(num()?),
                "mod" => ScalarUpdate::Mod(num()?),
                "pow" => ScalarUpdate::Pow(num()?),
                "sqrt" | "invert" => {
                    if bool_arg(arg) != Some(true) {
                        continue;
                    }
                    if op == "sqrt" {
                        ScalarUpdate::Sqrt
                    } else {
                        ScalarUpdate::Invert
                    }
                }
                other => {
                    return Err(invalid_argument(format!(
                        "`{other}` is not an update operator of {k}"
                    )));
                }
            };
            out.computed.push((f.name.clone(), computed));
        }
        Ok(out)
    }

    fn date_parts(&self, k: &str, v: &GValue) -> CResult<DateParts> {
        let o = object(v, k)?;
        let part = |name: &str| -> CResult<i64> {
            match get(o, name) {
                None => Ok(0),
                Some(GValue::Number(n)) => n
                    .as_i64()
                    .ok_or_else(|| invalid_argument(format!("{k}.{name}: an Int expected"))),
                Some(other) => Err(invalid_argument(format!(
                    "{k}.{name}: an Int expected, got {other}"
                ))),
            }
        };
        Ok(DateParts {
            years: part("years")?,
            months: part("months")?,
            days: part("days")?,
            hours: part("hours")?,
            minutes: part("minutes")?,
            seconds: part("seconds")?,
            microseconds: part("microseconds")?,
        })
    }
}

fn and(mut parts: Vec<Filter>) -> Filter {
    match parts.len() {
        0 => Filter::All,
        1 => parts.pop().unwrap_or_default(),
        _ => Filter::And(parts),
    }
}
