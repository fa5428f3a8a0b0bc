//! Every bundled fixture data model parses, and its relations are named as the features
//! expect (the two model names sorted and joined by `To`, or the explicit `@relation` name).

use crudspec_reference::datamodel::DataModel;

#[test]
fn every_fixture_data_model_parses() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/datamodels");
    let mut count = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(dir).expect("fixtures/datamodels exists") {
        let path = entry.expect("readable directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("graphql") {
            continue;
        }
        count += 1;
        let sdl = std::fs::read_to_string(&path).expect("readable fixture");
        if let Err(e) = DataModel::parse(&sdl) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(
        count >= 9,
        "expected the relation-matrix fixtures at least, found {count}"
    );
    assert!(
        failures.is_empty(),
        "fixtures that do not parse:\n{}",
        failures.join("\n")
    );
}

#[test]
fn matrix_fixtures_have_the_kind_in_their_name() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/datamodels");
    for (file, code) in [
        ("relation_p1req_c1req", "P1!-C1!"),
        ("relation_p1req_c1opt", "P1!-C1"),
        ("relation_p1opt_c1req", "P1-C1!"),
        ("relation_p1opt_c1opt", "P1-C1"),
        ("relation_pm_c1req", "PM-C1!"),
        ("relation_pm_c1opt", "PM-C1"),
        ("relation_p1req_cm", "P1!-CM"),
        ("relation_p1opt_cm", "P1-CM"),
        ("relation_pm_cm", "PM-CM"),
    ] {
        let sdl = std::fs::read_to_string(format!("{dir}/{file}.graphql")).expect("fixture exists");
        let dm = DataModel::parse(&sdl).expect("parses");
        let parent = dm.model_id("Parent").expect("Parent model");
        let field = dm.models[parent]
            .relation_fields()
            .next()
            .expect("a relation field")
            .name
            .clone();
        let view = dm.relation_view(parent, &field).expect("relation");
        assert_eq!(view.kind_code(), code, "{file}");
        assert_eq!(view.relation.name, "ChildToParent", "{file}");
    }
}
