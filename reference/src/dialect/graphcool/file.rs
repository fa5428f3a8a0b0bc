//! The `File` type of legacy Graphcool projects (seed 003, File Management docs): a built-in
//! model `File { contentType, createdAt, id, name, secret, size, updatedAt, url }` with `secret`
//! and `url` unique. Files are created by the File API only (an upload: `POST
//! /file/v1/<project>`, multipart field `data`), which sets `secret`, `url`, `contentType` and
//! `size`; the Simple API reads them (`File(id|secret|url)`, `allFiles`), renames (`updateFile(id,
//! name)`) and deletes (`deleteFile(id)`). There is no `createFile` ("Uploading files with a
//! GraphQL mutation is not supported yet").

use crate::api::{ApiError, Shared};
use crate::datamodel::{DataModel, Field, FieldKind, Model, ModelId, ScalarType, SystemField};
use crate::engine::CreateInput;
use serde_json::{Value, json};

/// The built-in model's name.
pub const FILE: &str = "File";

/// The fields only the File API writes.
const READ_ONLY: [&str; 4] = ["secret", "url", "contentType", "size"];

/// Is `field` of model `m` one the File API sets (not an argument of any mutation)?
pub fn read_only(dm: &DataModel, m: ModelId, field: &str) -> bool {
    dm.models[m].name == FILE && READ_ONLY.contains(&field)
}

/// Adds the `File` model unless the data model declares its own.
pub fn add_file_model(dm: &mut DataModel) {
    if dm.model(FILE).is_some() {
        return;
    }
    let field = |name: &str, t: ScalarType, unique: bool, system: Option<SystemField>| Field {
        name: name.to_string(),
        kind: FieldKind::Scalar(t),
        required: true,
        list: false,
        list_required: false,
        unique,
        default: None,
        system,
        line: 0,
        column: 0,
    };
    dm.models.push(Model {
        name: FILE.to_string(),
        fields: vec![
            field("contentType", ScalarType::String, false, None),
            field(
                "createdAt",
                ScalarType::DateTime,
                false,
                Some(SystemField::CreatedAt),
            ),
            field("id", ScalarType::Id, true, Some(SystemField::Id)),
            field("name", ScalarType::String, false, None),
            field("secret", ScalarType::String, true, None),
            field("size", ScalarType::Int, false, None),
            field(
                "updatedAt",
                ScalarType::DateTime,
                false,
                Some(SystemField::UpdatedAt),
            ),
            field("url", ScalarType::String, true, None),
        ],
    });
}

/// The File API's upload: a new `File` node with a fresh secret, the url of the file under
/// `project`, the content type derived from the name (else the one sent) and the size; the
/// answer is the File API's JSON `{secret, name, size, url, id, contentType}`.
pub fn upload(
    shared: &Shared,
    project: &str,
    name: &str,
    sent_type: Option<&str>,
    size: usize,
) -> Result<Value, ApiError> {
    let m = shared
        .dm
        .model_id(FILE)
        .ok_or_else(|| ApiError::validation("the data model has no File type"))?;
    let derived = content_type(name);
    let ct = match (derived, sent_type) {
        ("application/octet-stream", Some(t)) if !t.trim().is_empty() => t.trim().to_string(),
        (d, _) => d.to_string(),
    };
    let size = i64::try_from(size)
        .ok()
        .filter(|s| *s <= i64::from(i32::MAX))
        .ok_or_else(|| ApiError::validation("the file is too large"))?;
    let node = shared.run_node(m, |e| {
        let secret = e.fresh_id();
        let input = CreateInput {
            scalars: vec![
                ("name".into(), json!(name)),
                ("secret".into(), json!(secret)),
                (
                    "url".into(),
                    json!(format!("https://files.graph.cool/{project}/{secret}")),
                ),
                ("contentType".into(), json!(ct)),
                ("size".into(), json!(size)),
            ],
            ..CreateInput::default()
        };
        e.create(m, &input)
    })?;
    let node = node.ok_or_else(|| ApiError::validation("the uploaded file cannot be read"))?;
    let model = &shared.dm.models[m];
    let value = |f: &str| {
        model
            .field_index(f)
            .and_then(|i| node.node.values.get(i).cloned())
            .unwrap_or(Value::Null)
    };
    Ok(json!({
        "secret": value("secret"),
        "name": value("name"),
        "size": value("size"),
        "url": value("url"),
        "id": node.node.id,
        "contentType": value("contentType"),
    }))
}

/// The content type the File API derives from a file name.
pub fn content_type(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "webp" => "image/webp",
        "bmp" => "image/bmp",
        "pdf" => "application/pdf",
        "json" => "application/json",
        "txt" => "text/plain",
        "html" | "htm" => "text/html",
        "csv" => "text/csv",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_model_is_added_once_with_its_uniques() {
        let mut dm = DataModel::parse("type Post @model { id: ID! @isUnique }").unwrap();
        add_file_model(&mut dm);
        add_file_model(&mut dm);
        assert_eq!(dm.models.len(), 2);
        let f = dm.model_id(FILE).unwrap();
        let uniques: Vec<&str> = dm.models[f]
            .unique_fields()
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(uniques, ["id", "secret", "url"]);
        assert!(read_only(&dm, f, "secret") && !read_only(&dm, f, "name"));
        assert_eq!(content_type("myname.PNG"), "image/png");
    }
}
