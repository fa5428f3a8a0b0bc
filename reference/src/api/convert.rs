//! Conversion of the argument shapes every dialect shares: scalar and enum values as the engine
//! stores them, unique selectors, filters (`XWhereInput` / `XFilter`: the suffix operators,
//! relation filters, `AND`/`OR` and, where the dialect has it, `NOT`) and the order enum. A
//! single value where a list is expected becomes a one-element list (GraphQL list input
//! coercion, which async-graphql validates but leaves to the resolver).

use super::{ApiError, Flavor};
use crate::datamodel::{DataModel, Field, FieldKind, ModelId, ScalarType, scalars};
use crate::engine::{Direction, Filter, Quantifier, ScalarOp, WhereUnique, supports};
use async_graphql::indexmap::IndexMap;
use async_graphql::{Name, Value as GValue};
use serde_json::Value;
use std::collections::HashMap;

/// What a key of a filter input (`XWhereInput`, `XFilter`) means.
#[derive(Debug, Clone, PartialEq)]
pub enum FilterKey {
    Scalar(String, ScalarOp),
    ToOne(String),
    ToMany(String, Quantifier),
}

/// For every model: filter key (`title_contains`, `author`, `posts_some`) → meaning.
pub fn filter_index(dm: &DataModel) -> Vec<HashMap<String, FilterKey>> {
    dm.models
        .iter()
        .map(|model| {
            let mut keys = HashMap::new();
            for f in model.fields.iter().filter(|f| !f.list || f.is_relation()) {
                match &f.kind {
                    FieldKind::Relation { .. } if f.list => {
                        for (suffix, q) in [
                            ("_every", Quantifier::Every),
                            ("_some", Quantifier::Some),
                            ("_none", Quantifier::None),
                        ] {
                            keys.insert(
                                format!("{}{suffix}", f.name),
                                FilterKey::ToMany(f.name.clone(), q),
                            );
                        }
                    }
                    FieldKind::Relation { .. } => {
                        keys.insert(f.name.clone(), FilterKey::ToOne(f.name.clone()));
                    }
                    kind => {
                        for (op, suffix) in ScalarOp::ALL {
                            if supports(kind, op) {
                                keys.insert(
                                    format!("{}{suffix}", f.name),
                                    FilterKey::Scalar(f.name.clone(), op),
                                );
                            }
                        }
                    }
                }
            }
            keys
        })
        .collect()
}

pub type CResult<T> = Result<T, ApiError>;

/// The converter for one deployed data model.
/// The converter for one deployed data model.
pub struct Conv<'a> {
    pub dm: &'a DataModel,
    pub filters: &'a [HashMap<String, FilterKey>],
    pub flavor: Flavor,
}

/// The elements of a list input, coercing a single value to a one-element list and `null`
/// to no element.
pub fn as_list(v: &GValue) -> Vec<&GValue> {
    match v {
        GValue::List(items) => items.iter().collect(),
        GValue::Null => Vec::new(),
        other => vec![other],
    }
}

pub fn object<'v>(v: &'v GValue, what: &str) -> CResult<&'v IndexMap<Name, GValue>> {
    match v {
        GValue::Object(o) => Ok(o),
        _ => Err(ApiError::validation(format!(
            "{what}: expected an input object"
        ))),
    }
}

/// A present, non-null entry of an input object.
pub fn get<'v>(o: &'v IndexMap<Name, GValue>, key: &str) -> Option<&'v GValue> {
    o.get(key).filter(|v| **v != GValue::Null)
}

impl Conv<'_> {
    pub fn field<'m>(&'m self, m: ModelId, name: &str) -> CResult<&'m Field> {
        let model = &self.dm.models[m];
        model.field(name).ok_or_else(|| {
            ApiError::validation(format!("Field '{name}' is not defined on {}", model.name))
        })
    }

    pub fn child_of(&self, m: ModelId, field: &str) -> CResult<ModelId> {
        self.dm
            .relation_view(m, field)
            .map(|v| v.child.model)
            .ok_or_else(|| ApiError::validation(format!("`{field}` is not a relation field")))
    }

    /// A scalar or enum value as the engine stores it.
    pub fn scalar(&self, f: &Field, v: &GValue) -> CResult<Value> {
        let bad = |expected: &str| {
            ApiError::validation(format!(
                "Argument value for field '{}' is invalid: {expected} expected, got {v}",
                f.name
            ))
        };
        Ok(match (&f.kind, v) {
            (_, GValue::Null) => Value::Null,
            (FieldKind::Enum(_), GValue::Enum(n)) => Value::String(n.to_string()),
            (FieldKind::Enum(_), GValue::String(s)) => Value::String(s.clone()),
            (FieldKind::Scalar(ScalarType::Id), GValue::Number(n)) => Value::String(n.to_string()),
            (FieldKind::Scalar(ScalarType::Float), GValue::Number(n)) => n
                .as_f64()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| bad("Float value"))?,
            (FieldKind::Scalar(ScalarType::DateTime), GValue::String(s)) => {
                Value::String(scalars::normalize_datetime(s).ok_or_else(|| bad("Date value"))?)
            }
            (FieldKind::Scalar(ScalarType::Json), GValue::String(s)) => {
                serde_json::from_str(s).map_err(|_| bad("Not valid JSON: a JSON"))?
            }
            (_, other) => other
                .clone()
                .into_json()
                .map_err(|_| bad("a JSON-representable value"))?,
        })
    }

    /// `XWhereUniqueInput` → selector (field order and explicit nulls kept).
    pub fn where_unique(&self, m: ModelId, v: &GValue) -> CResult<WhereUnique> {
        let o = object(v, "where")?;
        let mut fields = Vec::with_capacity(o.len());
        for (k, val) in o {
            let f = self.field(m, k)?;
            fields.push((k.to_string(), self.scalar(f, val)?));
        }
        Ok(WhereUnique { fields })
    }

    /// A filter input (`XWhereInput`, `XScalarWhereInput`, `XFilter`) → [`Filter`] (`null` or
    /// `{}` match everything).
    pub fn filter(&self, m: ModelId, v: &GValue) -> CResult<Filter> {
        let o = match v {
            GValue::Null => return Ok(Filter::All),
            other => object(other, "where")?,
        };
        let mut parts = Vec::with_capacity(o.len());
        for (k, val) in o {
            let key = k.as_str();
            match key {
                "AND" | "OR" | "NOT" if key != "NOT" || self.flavor.filter_not => {
                    if val == &GValue::Null {
                        continue;
                    }
                    let subs = as_list(val)
                        .into_iter()
                        .map(|x| self.filter(m, x))
                        .collect::<CResult<Vec<_>>>()?;
                    parts.push(match key {
                        "AND" => Filter::And(subs),
                        "OR" => Filter::Or(subs),
                        _ => Filter::Not(subs),
                    });
                }
                _ => {
                    let meaning =
                        self.filters
                            .get(m)
                            .and_then(|f| f.get(key))
                            .ok_or_else(|| {
                                ApiError::validation(format!(
                                    "Field '{key}' is not defined in the input type '{}'",
                                    self.flavor.filter_type(&self.dm.models[m].name)
                                ))
                            })?;
                    parts.push(self.filter_part(m, meaning, val)?);
                }
            }
        }
        Ok(match parts.len() {
            0 => Filter::All,
            1 => parts.pop().unwrap_or_default(),
            _ => Filter::And(parts),
        })
    }

    fn filter_part(&self, m: ModelId, key: &FilterKey, val: &GValue) -> CResult<Filter> {
        Ok(match key {
            FilterKey::Scalar(field, op) => {
                let f = self.field(m, field)?;
                let value = if matches!(op, ScalarOp::In | ScalarOp::NotIn) && *val != GValue::Null
                {
                    Value::Array(
                        as_list(val)
                            .into_iter()
                            .map(|x| self.scalar(f, x))
                            .collect::<CResult<_>>()?,
                    )
                } else {
                    self.scalar(f, val)?
                };
                Filter::Scalar {
                    field: field.clone(),
                    op: *op,
                    value,
                }
            }
            FilterKey::ToOne(field) => Filter::ToOne {
                field: field.clone(),
                filter: match val {
                    GValue::Null => None,
                    inner => Some(Box::new(self.filter(self.child_of(m, field)?, inner)?)),
                },
            },
            FilterKey::ToMany(field, quantifier) => {
                if val == &GValue::Null {
                    return Err(ApiError::coded(
                        3033,
                        format!(
                            "The field '{field}' is a toMany relation. This cannot be filtered by null."
                        ),
                    ));
                }
                Filter::ToMany {
                    field: field.clone(),
                    quantifier: *quantifier,
                    filter: Box::new(self.filter(self.child_of(m, field)?, val)?),
                }
            }
        })
    }

    /// `orderBy: title_DESC` → (field, direction).
    pub fn order_by(&self, m: ModelId, v: &GValue) -> CResult<Option<(String, Direction)>> {
        let text = match v {
            GValue::Null => return Ok(None),
            GValue::Enum(n) => n.as_str(),
            GValue::String(s) => s.as_str(),
            other => {
                return Err(ApiError::validation(format!(
                    "orderBy: unexpected value {other}"
                )));
            }
        };
        let bad = || {
            ApiError::validation(format!(
                "`{text}` is not a value of {}",
                self.flavor.order_by_type(&self.dm.models[m].name)
            ))
        };
        let (field, dir) = text.rsplit_once('_').ok_or_else(bad)?;
        let dir = match dir {
            "ASC" => Direction::Asc,
            "DESC" => Direction::Desc,
            _ => return Err(bad()),
        };
        if self.dm.models[m]
            .field(field)
            .is_none_or(|f| f.list || f.is_relation())
        {
            return Err(bad());
        }
        Ok(Some((field.to_string(), dir)))
    }
}
pub fn req<'v>(o: &'v IndexMap<Name, GValue>, key: &str) -> CResult<&'v GValue> {
    o.get(key)
        .ok_or_else(|| ApiError::validation(format!("the field `{key}` is required")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const WHERE: Flavor = crate::dialect::prisma1::FLAVOR;

    fn dm() -> DataModel {
        DataModel::parse(
            "type User { id: ID! @unique email: String! @unique scores: [Int!]! posts: [Post!]! born: DateTime meta: Json }\n\
             type Post { id: ID! @unique title: String! rating: Float author: User }",
        )
        .unwrap()
    }

    fn g(v: serde_json::Value) -> GValue {
        GValue::from_json(v).unwrap()
    }

    #[test]
    fn filters_and_order() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = Conv {
            dm: &dm,
            filters: &f,
            flavor: WHERE,
        };
        let p = dm.model_id("Post").unwrap();
        let filt = c
            .filter(
                p,
                &g(json!({"title_in": "a", "author": null, "OR": {"title_contains": "x"}})),
            )
            .unwrap();
        assert_eq!(
            filt,
            Filter::And(vec![
                Filter::Scalar {
                    field: "title".into(),
                    op: ScalarOp::In,
                    value: json!(["a"])
                },
                Filter::ToOne {
                    field: "author".into(),
                    filter: None
                },
                Filter::Or(vec![Filter::Scalar {
                    field: "title".into(),
                    op: ScalarOp::Contains,
                    value: json!("x")
                }]),
            ])
        );
        assert_eq!(c.filter(p, &g(json!({}))).unwrap(), Filter::All);
        let u = dm.model_id("User").unwrap();
        let e = c.filter(u, &g(json!({"posts_some": null}))).unwrap_err();
        assert_eq!(e.number(), Some(3033));
        assert_eq!(
            c.order_by(p, &GValue::Enum(Name::new("title_DESC")))
                .unwrap(),
            Some(("title".to_string(), Direction::Desc))
        );
    }

    #[test]
    fn not_is_a_filter_key_only_where_the_flavor_has_it() {
        let dm = dm();
        let f = filter_index(&dm);
        let p = dm.model_id("Post").unwrap();
        let no_not = Flavor {
            filter_not: false,
            filter_suffix: "Filter",
            ..WHERE
        };
        let c = Conv {
            dm: &dm,
            filters: &f,
            flavor: no_not,
        };
        let e = c.filter(p, &g(json!({"NOT": {"title": "x"}}))).unwrap_err();
        assert_eq!(
            e.message,
            "Field 'NOT' is not defined in the input type 'PostFilter'"
        );
        let with_not = Conv {
            dm: &dm,
            filters: &f,
            flavor: WHERE,
        };
        assert!(
            with_not
                .filter(p, &g(json!({"NOT": {"title": "x"}})))
                .is_ok()
        );
    }

    #[test]
    fn scalars_are_coerced_to_their_field_types() {
        let dm = dm();
        let f = filter_index(&dm);
        let c = Conv {
            dm: &dm,
            filters: &f,
            flavor: WHERE,
        };
        let u = dm.model_id("User").unwrap();
        let born = dm.models[u].field("born").unwrap();
        assert_eq!(
            c.scalar(born, &g(json!("2016"))).unwrap(),
            json!("2016-01-01T00:00:00.000Z")
        );
        let meta = dm.models[u].field("meta").unwrap();
        assert_eq!(
            c.scalar(meta, &g(json!("{\"a\":1}"))).unwrap(),
            json!({"a": 1})
        );
        assert!(c.scalar(meta, &g(json!("not json"))).is_err());
        let rating = dm.models[dm.model_id("Post").unwrap()]
            .field("rating")
            .unwrap();
        assert_eq!(c.scalar(rating, &g(json!(3))).unwrap(), json!(3.0));
    }
}
