//! The data model: models, scalar and list fields, enums, uniques, defaults and relations,
//! parsed from the v1 SDL the seeds use (see [`parse`]). Everything above this layer asks it
//! questions such as "which relation does `Post.author` belong to, and what kind is it?".

mod naming;
mod parse;
mod pluralize;
pub mod scalars;

pub use naming::{evo_plural, lower_first, plural, plural_graphcool, upper_first};
pub use parse::DataModelError;
pub use pluralize::plural_8base;
pub use scalars::ScalarType;

use serde_json::Value;

/// Index of a model in [`DataModel::models`].
pub type ModelId = usize;
/// Index of a relation in [`DataModel::relations`].
pub type RelationId = usize;

/// A parsed data model.
#[derive(Debug, Clone, Default)]
pub struct DataModel {
    pub models: Vec<Model>,
    pub enums: Vec<EnumDef>,
    pub relations: Vec<Relation>,
}

/// One `type X { ... }` of the SDL.
#[derive(Debug, Clone)]
pub struct Model {
    pub name: String,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone)]
pub struct EnumDef {
    pub name: String,
    pub values: Vec<String>,
}

/// A field of a model: a scalar, a scalar list, an enum, or one end of a relation.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub kind: FieldKind,
    /// `!` on a non-list field. Lists are never "required" in this sense.
    pub required: bool,
    /// A scalar list (`[Int!]!`) or a to-many relation (`[Post!]!`).
    pub list: bool,
    /// A list declared non-null (`[Int!]!` rather than `[Int!]`); Graphcool's create arguments
    /// and output types follow it.
    pub list_required: bool,
    /// `@unique` / `@isUnique`, or the `id` field.
    pub unique: bool,
    /// `@default(value: ...)`, already converted to the field's type.
    pub default: Option<Value>,
    /// Set by the server, never written by the client (`id`, `createdAt`, `updatedAt`).
    pub system: Option<SystemField>,
    /// 1-based line and column of the field in the SDL (0:0 for generated fields).
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    Scalar(ScalarType),
    Enum(String),
    Relation { relation: RelationId, side: Side },
}

/// The server-managed fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemField {
    Id,
    CreatedAt,
    UpdatedAt,
}

/// Which end of a relation: `A` is the model whose name sorts first (for a self-relation, the
/// field whose name sorts first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    A,
    B,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::A => Side::B,
            Side::B => Side::A,
        }
    }
}

/// A relation between two models (or a model and itself).
#[derive(Debug, Clone)]
pub struct Relation {
    /// `@relation(name:)`, or the two model names sorted and joined by `To` (`PostToUser`).
    pub name: String,
    /// The name was given with `@relation(name:)` (Graphcool requires it).
    pub explicit_name: bool,
    pub a: RelationEnd,
    pub b: RelationEnd,
    /// `@relation(onDelete: CASCADE)` on the A resp. B field (kept, not executed).
    pub on_delete_cascade: [bool; 2],
}

/// One end of a relation: the model and its field (None when the back-relation is hidden).
#[derive(Debug, Clone)]
pub struct RelationEnd {
    pub model: ModelId,
    pub field: Option<String>,
    pub list: bool,
    pub required: bool,
}

impl Relation {
    pub fn end(&self, side: Side) -> &RelationEnd {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }
}

/// A relation seen from one of its fields: the "parent" end holds the field, the "child" end is
/// the other one. This is the key of the rule tables (P1!/P1/PM × C1!/C1/CM).
#[derive(Debug, Clone, Copy)]
pub struct RelationView<'a> {
    pub relation_id: RelationId,
    pub relation: &'a Relation,
    pub parent_side: Side,
    pub parent: &'a RelationEnd,
    pub child: &'a RelationEnd,
}

impl RelationView<'_> {
    pub fn child_side(&self) -> Side {
        self.parent_side.other()
    }

    /// The kind code of spec §2, e.g. `PM-C1!`.
    pub fn kind_code(&self) -> String {
        let p = if self.parent.list {
            "PM"
        } else if self.parent.required {
            "P1!"
        } else {
            "P1"
        };
        let c = if self.child.list {
            "CM"
        } else if self.child.required {
            "C1!"
        } else {
            "C1"
        };
        format!("{p}-{c}")
    }
}

impl DataModel {
    /// Parses an SDL data model; errors carry line and column.
    pub fn parse(sdl: &str) -> Result<DataModel, DataModelError> {
        parse::parse(sdl)
    }

    pub fn model_id(&self, name: &str) -> Option<ModelId> {
        self.models.iter().position(|m| m.name == name)
    }

    pub fn model(&self, name: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.name == name)
    }

    pub fn enum_def(&self, name: &str) -> Option<&EnumDef> {
        self.enums.iter().find(|e| e.name == name)
    }

    /// The relation behind `model.field`, seen from that field.
    pub fn relation_view(&self, model: ModelId, field: &str) -> Option<RelationView<'_>> {
        let f = self.models.get(model)?.field(field)?;
        match f.kind {
            FieldKind::Relation { relation, side } => {
                let r = &self.relations[relation];
                Some(RelationView {
                    relation_id: relation,
                    relation: r,
                    parent_side: side,
                    parent: r.end(side),
                    child: r.end(side.other()),
                })
            }
            _ => None,
        }
    }

    /// [`DataModel::relations_of`] for every model at once, in one pass over the relations
    /// (calling it per model would be quadratic in the size of the data model).
    pub fn relations_by_model(&self) -> Vec<Vec<(RelationId, Side)>> {
        let mut by_model = vec![Vec::new(); self.models.len()];
        for (i, r) in self.relations.iter().enumerate() {
            if let Some(v) = by_model.get_mut(r.a.model) {
                v.push((i, Side::A));
            }
            if !(r.a.model == r.b.model && r.a.field == r.b.field)
                && let Some(v) = by_model.get_mut(r.b.model)
            {
                v.push((i, Side::B));
            }
        }
        by_model
    }

    /// Every relation end that points at `model` from the other side, as views from that
    /// other side's perspective inverted: (relation id, the side `model` is on).
    pub fn relations_of(&self, model: ModelId) -> impl Iterator<Item = (RelationId, Side)> + '_ {
        self.relations.iter().enumerate().flat_map(move |(i, r)| {
            let mut v = Vec::new();
            if r.a.model == model {
                v.push((i, Side::A));
            }
            if r.b.model == model && !(r.a.model == model && r.a.field == r.b.field) {
                v.push((i, Side::B));
            }
            v
        })
    }
}

impl Model {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub fn field_index(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// Fields that can select a node (`XWhereUniqueInput`): `id` and every `@unique` scalar.
    pub fn unique_fields(&self) -> impl Iterator<Item = &Field> {
        self.fields
            .iter()
            .filter(|f| f.unique && !f.is_relation() && !f.list)
    }

    /// Scalar and enum fields (lists included), in declaration order.
    pub fn scalar_fields(&self) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(|f| !f.is_relation())
    }

    pub fn relation_fields(&self) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(|f| f.is_relation())
    }
}

impl Field {
    /// A server-set `DateTime` field (`createdAt` / `updatedAt`) a dialect adds to a model.
    pub fn system_datetime(name: &str, system: SystemField, required: bool) -> Field {
        Field {
            name: name.to_string(),
            kind: FieldKind::Scalar(ScalarType::DateTime),
            required,
            list: false,
            list_required: false,
            unique: false,
            default: None,
            system: Some(system),
            line: 0,
            column: 0,
        }
    }

    pub fn is_relation(&self) -> bool {
        matches!(self.kind, FieldKind::Relation { .. })
    }

    pub fn scalar_type(&self) -> Option<ScalarType> {
        match self.kind {
            FieldKind::Scalar(t) => Some(t),
            _ => None,
        }
    }

    /// Written by clients in create inputs (not `createdAt`/`updatedAt`; `id` is writable from
    /// Prisma 1.30, "bring your own id").
    pub fn writable_on_create(&self) -> bool {
        !matches!(
            self.system,
            Some(SystemField::CreatedAt | SystemField::UpdatedAt)
        )
    }

    /// Written by clients in update inputs (no system field).
    pub fn writable_on_update(&self) -> bool {
        self.system.is_none()
    }
}
