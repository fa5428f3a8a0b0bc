//! The GraphCMS legacy dialect (dialects.md §3): Prisma 1 semantics plus GraphCMS's system
//! fields. They are added to the data model before the schema is generated, so the engine
//! sees them as ordinary fields: `createdAt: DateTime!` and `updatedAt: DateTime!` (set by the
//! server, left out of create/update inputs, filterable and sortable) and `status: Status!`
//! with `enum Status { DRAFT PUBLISHED ARCHIVED }`, default `DRAFT`, writable in create,
//! update and updateMany. The 1.0–1.3 to-one shapes are a build option of the Prisma 1
//! dialect ([`super::prisma1::BuildOptions::legacy_shapes`]).

use crate::datamodel::{DataModel, EnumDef, Field, FieldKind, SystemField};
use serde_json::Value;

/// The name and values of GraphCMS's status enum.
pub const STATUS_ENUM: &str = "Status";
pub const STATUS_VALUES: [&str; 3] = ["DRAFT", "PUBLISHED", "ARCHIVED"];

/// Appends the system fields to every model that does not declare them itself (a declared
/// `createdAt: DateTime!` is already a system field in the parsed model).
pub fn add_system_fields(dm: &mut DataModel) -> Result<(), String> {
    match dm.enum_def(STATUS_ENUM) {
        None => dm.enums.push(EnumDef {
            name: STATUS_ENUM.to_string(),
            values: STATUS_VALUES.iter().map(|s| s.to_string()).collect(),
        }),
        Some(e)
            if STATUS_VALUES
                .iter()
                .all(|v| e.values.iter().any(|x| x == v)) => {}
        Some(_) => {
            return Err(format!(
                "the data model defines an enum `{STATUS_ENUM}` without the values {}; GraphCMS reserves it for the system field `status`",
                STATUS_VALUES.join(", ")
            ));
        }
    }
    for model in &mut dm.models {
        let system = |name: &str, system: SystemField| Field::system_datetime(name, system, true);
        if model.field("createdAt").is_none() {
            model
                .fields
                .push(system("createdAt", SystemField::CreatedAt));
        }
        if model.field("updatedAt").is_none() {
            model
                .fields
                .push(system("updatedAt", SystemField::UpdatedAt));
        }
        if model.field("status").is_none() {
            model.fields.push(Field {
                name: "status".to_string(),
                kind: FieldKind::Enum(STATUS_ENUM.to_string()),
                required: true,
                list: false,
                list_required: false,
                unique: false,
                default: Some(Value::String("DRAFT".to_string())),
                system: None,
                line: 0,
                column: 0,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_fields_are_appended_once() {
        let mut dm =
            DataModel::parse("type Post { id: ID! @unique title: String! createdAt: DateTime! }")
                .unwrap();
        add_system_fields(&mut dm).unwrap();
        let p = dm.model("Post").unwrap();
        let names: Vec<&str> = p.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["id", "title", "createdAt", "updatedAt", "status"]);
        assert_eq!(
            p.field("updatedAt").unwrap().system,
            Some(SystemField::UpdatedAt)
        );
        assert_eq!(
            p.field("status").unwrap().default,
            Some(Value::from("DRAFT"))
        );
        assert!(p.field("status").unwrap().writable_on_update());
        assert!(!p.field("createdAt").unwrap().writable_on_create());
        assert_eq!(dm.enum_def("Status").unwrap().values, STATUS_VALUES);
    }

    #[test]
    fn a_conflicting_status_enum_is_refused() {
        let mut dm =
            DataModel::parse("enum Status { ON OFF }\ntype A { id: ID! @unique s: Status }")
                .unwrap();
        assert!(add_system_fields(&mut dm).is_err());
    }
}
