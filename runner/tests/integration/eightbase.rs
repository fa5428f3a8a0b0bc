//! The 8base dialect through the binary: a private feature (written to a temporary
//! `features/8base/` folder, data models inline) runs on `reference` and `reference-http`, with
//! side-effect counts through 8base's `{count}` shapes, a `ForcibleError` class check and the
//! reset between scenarios (a soft-deleted record's unique value is free again in the next
//! scenario). `features/8base/` itself belongs to the suite.

use std::path::Path;
use std::process::Command;

const FEATURE: &str = r#"Feature: 8base through the binary

  @id:eb-bin-001 @behaviour:connect
  Scenario: a connect moves a post
    Given the data model:
      """
      type Author { id: ID! @unique name: String! @unique posts: [Post!]! }
      type Post { id: ID! @unique title: String! @unique author: Author! }
      """
    And an empty database
    And having executed:
      """
      mutation { a: authorCreate(data: {name: "A", posts: {create: [{title: "p1"}]}}) { id } b: authorCreate(data: {name: "B"}) { id } }
      """
    When executing:
      """
      mutation { authorUpdate(filter: {name: "B"}, data: {posts: {connect: [{title: "p1"}]}}) { posts { count items { title } } } }
      """
    Then the result should be:
      """
      {"authorUpdate": {"posts": {"count": 1, "items": [{"title": "p1"}]}}}
      """
    And the side effects should be:
      | +links AuthorToPost | 1 |
      | -links AuthorToPost | 1 |

  @id:eb-bin-002 @behaviour:delete
  Scenario: a delete with mandatory children needs force
    Given the data model:
      """
      type Author { id: ID! @unique name: String! @unique posts: [Post!]! }
      type Post { id: ID! @unique title: String! @unique author: Author! }
      """
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "A", posts: {create: [{title: "p1"}]}}) { id } }
      """
    When executing:
      """
      mutation { authorDelete(filter: {name: "A"}) { success } }
      """
    Then an error "ForceRequired" should be raised
    When executing:
      """
      mutation { authorDelete(filter: {name: "A"}, force: true) { success } }
      """
    Then the result should be:
      """
      {"authorDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author | 1 |
      | -nodes Post | 1 |
      | -links AuthorToPost | 1 |

  @id:eb-bin-003 @behaviour:create
  Scenario: the reset removed the soft-deleted records
    Given the data model:
      """
      type Author { id: ID! @unique name: String! @unique posts: [Post!]! }
      type Post { id: ID! @unique title: String! @unique author: Author! }
      """
    And an empty database
    When executing:
      """
      mutation { authorCreate(data: {name: "A"}) { name } }
      """
    Then the result should be:
      """
      {"authorCreate": {"name": "A"}}
      """
"#;

#[test]
fn an_8base_feature_passes_in_process_and_over_http() {
    let dir = std::env::temp_dir().join(format!("crudspec-8base-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let folder = dir.join("features/8base");
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(folder.join("bin.feature"), FEATURE).unwrap_or_else(|e| panic!("{e}"));
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    let out = Command::new(env!("CARGO_BIN_EXE_crudspec"))
        .env_remove("CRUDSPEC_DIALECT")
        .env_remove("CRUDSPEC_TARGET")
        .arg("run")
        .arg("--features")
        .arg(dir.join("features"))
        .arg("--fixtures")
        .arg(&fixtures)
        .args(["--target", "reference", "--target", "reference-http"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run crudspec: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("6 scenario runs: 6 pass"),
        "{stdout}\n{stderr}"
    );
}
