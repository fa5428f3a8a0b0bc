Feature: Graphcool type mutations: deleteX
  Seed 003 "Type mutations › Deleting a node" (L137-164) on M-003-post (fixture post_unique_slug_graphcool, the
  I-003-post-ext superset) and dialects.md §1.2 deleteX (Delete, DeleteDataItem.verify): `deleteX(id)`
  takes the id only and returns the deleted node's last values; a malformed id (more than 25
  characters, or characters outside [A-Za-z0-9_-]) is 3001, an unknown one 3002. Delete cascades to
  nothing (relations: features/graphcool/relations/delete_matrix.feature).

  @id:graphcool-type-020 @behaviour:delete @seed:E-003-04 @erratum:ERR-003-4 @catalogue:G-03
  Scenario: Delete an existing Post node and query its (then deleted) id and title
    The operation of E-003-04 (L146-155) on the post E-003-01 created, with its id saved instead of
    cixneo7zp3cda0134h7t4klep. The seed's response lacks the `deletePost` key (ERR-003-4); the
    expected result has it. A later `Post(id)` is null (§5 G-03).
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My great Vacation", slug: "my-great-vacation", published: true, text: "Read about my great vacation.") {
          id
        }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        deletePost(id: "{{postId}}") {
          id
          title
        }
      }
      """
    Then the result should be:
      """
      {"deletePost": {"id": "{{postId}}", "title": "My great Vacation"}}
      """
    And the side effects should be:
      | -nodes Post | 1 |
    When executing control query:
      """
      query {
        Post(id: "{{postId}}") {
          id
        }
        _allPostsMeta {
          count
        }
      }
      """
    Then the result should be:
      """
      {"Post": null, "_allPostsMeta": {"count": 0}}
      """

  @id:graphcool-type-021 @behaviour:delete @from-prose @catalogue:G-03
  Scenario: The response of deleteX can contain every field of the deleted node
    Seed 003 L142: "The query response can contain all fields of the deleted node." The other post is
    untouched.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        first: createPost(title: "My great Vacation", description: "Beach", slug: "my-great-vacation", published: true, text: "Sun.") { id }
        second: createPost(title: "My biggest Adventure") { id }
      }
      """
    And saving "data.first.id" as "postId"
    When executing:
      """
      mutation {
        deletePost(id: "{{postId}}") {
          id
          title
          description
          slug
          published
          text
        }
      }
      """
    Then the result should be:
      """
      {"deletePost": {"id": "{{postId}}", "title": "My great Vacation", "description": "Beach", "slug": "my-great-vacation", "published": true, "text": "Sun."}}
      """
    And the side effects should be:
      | -nodes Post | 1 |
    When executing control query:
      """
      query {
        allPosts {
          title
        }
      }
      """
    Then the result should be:
      """
      {"allPosts": [{"title": "My biggest Adventure"}]}
      """

  @id:graphcool-type-022 @behaviour:errors @catalogue:G-05
  Scenario: deleteX with an unknown id is error 3002
    dialects.md §1.2 deleteX: unknown → DataItemDoesNotExist 3002 `'Post' has no item with id '<id>'`;
    `data.deletePost` is null and nothing is deleted.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My great Vacation") {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        deletePost(id: "cixneo7zp3cda0134h7t4klep") {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "'Post' has no item with id 'cixneo7zp3cda0134h7t4klep'"
    And the data should be:
      """
      {"deletePost": null}
      """

  @id:graphcool-type-023 @behaviour:errors @catalogue:G-05
  Scenario: deleteX with a 26-character id is error 3001, before the existence check
    dialects.md §1.2 deleteX: an id longer than 25 characters is IdIsInvalid 3001 "The given id '<id>'
    is invalid." (DeleteDataItem.verify checks the format before looking the node up).
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My great Vacation") {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        deletePost(id: "cixneo7zp3cda0134h7t4klepx") {
          id
        }
      }
      """
    Then an error "InvalidId" should be raised
    And the error message should contain "The given id 'cixneo7zp3cda0134h7t4klepx' is invalid."

  @id:graphcool-type-024 @behaviour:errors @catalogue:G-05
  Scenario: deleteX with an id outside [A-Za-z0-9_-] is error 3001
    dialects.md §1.2 deleteX: characters outside [A-Za-z0-9_-] make the id invalid (3001).
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        deletePost(id: "not a valid id!") {
          id
        }
      }
      """
    Then an error "InvalidId" should be raised
    And the error message should contain "The given id 'not a valid id!' is invalid."
