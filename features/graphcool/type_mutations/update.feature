Feature: Graphcool type mutations: updateX
  Seed 003 "Type mutations › Updating a node" (L102-135) on I-003-post-ext (fixture post_unique_slug_graphcool) and
  dialects.md §1.1/§1.2 (SqlMutactions.getUpdateMutaction, UpdateDataItem.verify): `updateX(id, ...)`
  selects the node by `id` only (seed 003 L105), every other argument is optional and only the given
  fields change; an unknown id is 3002 with `data.updateX` null; setting a required scalar to null is
  3020.

  @id:graphcool-type-010 @behaviour:update @seed:E-003-03 @erratum:ERR-003-1 @erratum:ERR-003-3 @catalogue:G-02
  Scenario: Update the text and published fields of an existing Post node and query its id
    The operation of E-003-03 (L111-124) with the post's id saved instead of cixnen24p33lo0143bexvr52n.
    The seed's response also shows text and published, which were not selected (ERR-003-3): the
    expected result holds the selected `id` only, and the new values are read back with a control
    query. text and published are I-003-post-ext fields (ERR-003-1).
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", slug: "my-biggest-adventure", published: false, text: "Draft") {
          id
        }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          id: "{{postId}}"
          text: "This is the start of my biggest adventure!"
          published: true
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    And no side effects
    When executing control query:
      """
      query {
        Post(id: "{{postId}}") {
          title
          slug
          published
          text
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"title": "My biggest Adventure", "slug": "my-biggest-adventure", "published": true, "text": "This is the start of my biggest adventure!"}}
      """

  @id:graphcool-type-011 @behaviour:update @from-prose @catalogue:G-02
  Scenario: The response of updateX can contain every field of the updated node; null clears an optional field
    Seed 003 L107: "The query response can contain all fields of the updated node." Update arguments
    are all optional (dialects.md §1.1): a field that is not given keeps its value, an explicit null
    on an optional field stores null.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", description: "A long trip", slug: "my-biggest-adventure", published: false, text: "Draft") {
          id
        }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(id: "{{postId}}", description: null, published: true) {
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
      {"updatePost": {"id": "{{postId}}", "title": "My biggest Adventure", "description": null, "slug": "my-biggest-adventure", "published": true, "text": "Draft"}}
      """
    And no side effects

  @id:graphcool-type-012 @behaviour:errors @catalogue:G-04
  Scenario: updateX with an unknown id is error 3002 naming the model and the id
    dialects.md §1.2 updateX: unknown id → 3002 `'Post' has no item with id 'wrong-id'`, and
    `data.updatePost` is null (§1.4). Nothing changes.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", text: "Draft") {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        updatePost(id: "wrong-id", text: "This is the start of my biggest adventure!") {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "'Post' has no item with id 'wrong-id'"
    And the data should be:
      """
      {"updatePost": null}
      """
    When executing control query:
      """
      query {
        allPosts {
          text
        }
      }
      """
    Then the result should be:
      """
      {"allPosts": [{"text": "Draft"}]}
      """

  @id:graphcool-type-013 @behaviour:errors
  Scenario: Setting a required scalar field to null in an update is error 3020
    Update arguments are nullable in the schema (dialects.md §1.1), so `title: null` passes GraphQL
    validation; the write is refused with FieldCannotBeNull 3020 (§1.4, "update sets required scalar
    to null"). The title keeps its value.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure") {
          id
        }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(id: "{{postId}}", title: null) {
          id
        }
      }
      """
    Then an error "NullInRequiredField" should be raised
    And the error message should contain "You are trying to set a required field to null."
    When executing control query:
      """
      query {
        Post(id: "{{postId}}") {
          title
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"title": "My biggest Adventure"}}
      """

  @id:graphcool-type-014 @behaviour:errors @catalogue:G-41
  Scenario: An update to a value another node holds in an @isUnique field is error 3010
    dialects.md §1.4: UniqueConstraintViolation 3010 with the detail "Field name = slug"
    (UpdateDataItem.handleErrors). The updated post keeps its slug.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        first: createPost(title: "My great Vacation", slug: "my-great-vacation") { id }
        second: createPost(title: "My biggest Adventure", slug: "my-biggest-adventure") { id }
      }
      """
    And saving "data.second.id" as "secondId"
    When executing:
      """
      mutation {
        updatePost(id: "{{secondId}}", slug: "my-great-vacation") {
          id
        }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Post. Details: Field name = slug"
    When executing control query:
      """
      query {
        Post(id: "{{secondId}}") {
          slug
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"slug": "my-biggest-adventure"}}
      """
