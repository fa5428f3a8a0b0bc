//! Engine errors: what went wrong, in dialect-neutral terms. Each variant carries what a
//! dialect needs to render its own message and code (Prisma's texts are in
//! `dialect::prisma1::errors`).

use serde_json::Value;

/// A node as an error text names it: model, and optionally the selector field and value.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeRef {
    pub model: String,
    /// (field, value) when the text names the node by a selector.
    pub selector: Option<(String, Value)>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EngineError {
    /// 3007: value for field is too long.
    #[error("value for field {field} is too long")]
    ValueTooLong { field: String },
    /// 3010: a unique constraint would be violated.
    #[error("unique constraint violated on {model}.{field}")]
    UniqueConstraintViolation { model: String, field: String },
    /// 3020: an update sets a required scalar to null.
    #[error("required field {field} set to null")]
    NullInRequiredField { model: String, field: String },
    /// 3032: a required relation input has neither create nor connect.
    #[error("required relation field {model}.{field} given without create or connect")]
    RequiredFieldMissing { model: String, field: String },
    /// 3036: explicit null for a required field (that has a default) in a create.
    #[error("invalid value {value} for {model}.{field}")]
    InvalidValue {
        model: String,
        field: String,
        value: String,
    },
    /// 3039: no node for a selector (the node a mutation selects).
    #[error("no node for model {model} with value {value} for {field}")]
    NodeNotFound {
        model: String,
        field: String,
        value: Value,
    },
    /// 3039 in Prisma, 3011 in Graphcool: no node for the target of a connect (`connect`,
    /// `set`, Graphcool's `fId`/`fIds`).
    #[error("the related node {model} with value {value} for {field} does not exist")]
    RelatedNodeNotFound {
        model: String,
        field: String,
        value: Value,
    },
    /// 3040: a unique selector with no non-null field.
    #[error("invalid where selector on {model}")]
    InvalidSelector { model: String },
    /// 3041: the nodes exist but are not connected through the relation.
    #[error("relation {relation} has no such connected node")]
    NodesNotConnected {
        relation: String,
        parent: Box<NodeRef>,
        child: Box<NodeRef>,
        /// The texts end in "on your mutation path." except the both-selectors variant.
        on_path: bool,
    },
    /// 3042 in Prisma (named by relation and models), 3032 in Graphcool (named by the field
    /// that would be left empty): the change would leave a required to-one relation empty.
    #[error("required relation {relation} between {model_a} and {model_b} violated")]
    RequiredRelationViolation {
        relation: String,
        model_a: String,
        model_b: String,
        /// The required to-one field that would be left empty: (its model, its name).
        emptied: Box<(String, String)>,
    },
    /// A delete that would leave another node's required to-one empty, under a policy that
    /// deletes such nodes only when forced (8base's `ForcibleError`): `model` is the deleted
    /// node's model, (`child`, `field`) the required to-one pointing at it.
    #[error("deleting {model} needs force: {child}.{field} requires it")]
    ForceRequired {
        model: String,
        child: String,
        field: String,
    },
    /// Two selectors of one mutation (8base's `data.id` and `filter`) name different nodes.
    #[error("the selectors of {model} name different nodes")]
    ConflictingSelectors { model: String },
    /// A computed value cannot be computed (division by zero, out of range, wrong type).
    #[error("cannot compute {model}.{field}: {reason}")]
    InvalidComputation {
        model: String,
        field: String,
        reason: String,
    },
    /// 3045: more than one field in a unique selector.
    #[error("more than one field in the unique selector on {model}")]
    AmbiguousSelector { model: String },
    /// An input that the schema should have rejected (a front-end bug or an unknown field);
    /// rendered as a validation error without code.
    #[error("{0}")]
    InvalidInput(String),
}
