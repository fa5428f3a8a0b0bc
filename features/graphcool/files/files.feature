Feature: Graphcool files (legacy Console projects)
  Seed 003 "Working with files" (L1109-1165). Legacy Console projects have the system type `File`
  (I-003-file: `id`, `name`, and the unique `secret` and `url`), read with `File(id|secret|url)` and
  `allFiles`, renamed with `updateFile` and deleted with `deleteFile`. Files are uploaded through the
  File API only, never through a GraphQL mutation (L1116; ERR-003-17), so the suite cannot put a file
  into the project: the scenarios run on a project without files (the seed's `my-file-id` does not
  exist) and check what the API answers then. The seed shows no responses. The Simple API returns the
  File node itself from updateFile/deleteFile; the seed's `file { … }` wrapper is the Relay API's
  payload shape (ERR-003-13, dialects.md §1.6 seed 003 item 10).

  @id:graphcool-files-001 @behaviour:files @seed:E-003-28
  Scenario: Reading meta information of a file by id
    Seed 003 L1124-1131, copied. With no such file the single-node query is null.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      query {
        File(id: "my-file-id") {
          id
          name
        }
      }
      """
    Then the result should be:
      """
      {"File": null}
      """

  @id:graphcool-files-002 @behaviour:files @seed:E-003-29 @from-prose
  Scenario: A file is selected by its unique secret or url too, and allFiles lists files
    Seed 003 L1120-1122, L1133 (prose only): "use one of the unique fields id, secret or url fields to
    specify the file node … Similarly, the allFiles query can be used to query for multiple file nodes."
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      query {
        bySecret: File(secret: "my-file-secret") { id }
        byUrl: File(url: "https://files.graph.cool/my-file") { id }
        allFiles { id name }
        _allFilesMeta { count }
      }
      """
    Then the result should be:
      """
      {"bySecret": null, "byUrl": null, "allFiles": [], "_allFilesMeta": {"count": 0}}
      """

  @id:graphcool-files-003 @behaviour:files @seed:E-003-30 @erratum:ERR-003-13
  Scenario: Renaming a file as the seed writes it selects a `file` field the Simple API does not have
    Seed 003 L1139-1151, copied: `updateFile` returns the File node, which has no field `file`
    (ERR-003-13), so Sangria rejects the selection (validation error, no code).
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        updateFile(
          id: "my-file-id"
          name: "new-comment-name.png"
        ) {
          file {
            id
            name
          }
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Cannot query field 'file' on type 'File'"

  @id:graphcool-files-004 @behaviour:files @seed:E-003-30 @erratum:ERR-003-13
  Scenario: Renaming a file with updateFile, selecting the File node directly
    Seed 003 L1139-1151 with the wrapper removed (ERR-003-13). The project has no file `my-file-id`,
    so this is the update of an unknown id: 3002 naming File.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        updateFile(
          id: "my-file-id"
          name: "new-comment-name.png"
        ) {
          id
          name
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "'File' has no item with id 'my-file-id'"

  @id:graphcool-files-005 @behaviour:files @seed:E-003-31 @erratum:ERR-003-13
  Scenario: Deleting a file as the seed writes it selects a `file` field the Simple API does not have
    Seed 003 L1157-1165, copied ("as you would use any other delete mutation": deleteX returns the
    node). Validation error, no code.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        deleteFile(id: "my-file-id") {
          file {
            id
          }
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Cannot query field 'file' on type 'File'"

  @id:graphcool-files-006 @behaviour:files @seed:E-003-31 @erratum:ERR-003-13
  Scenario: Deleting a file with deleteFile, selecting the File node directly
    Seed 003 L1157-1165 with the wrapper removed (ERR-003-13): the delete of an unknown id, 3002.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        deleteFile(id: "my-file-id") {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "'File' has no item with id 'my-file-id'"
