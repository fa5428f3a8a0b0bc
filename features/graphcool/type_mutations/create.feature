Feature: Graphcool type mutations: createX
  Seed 003 "Type mutations › Creating a node" (L59-100) on I-003-post-ext (fixture post_unique_slug_graphcool) and
  the rules of dialects.md §1.1/§1.2 taken from the Graphcool server (SchemaBuilder, InputTypesBuilder,
  SqlMutactions.getCreateMutaction): `createX` takes flat arguments, a scalar argument is `T!` iff the
  field is required and has no default, `id` is not an argument, the new node gets a fresh cuid, and
  the response can select every field of the new node. Generated ids are never written literally.

  @id:graphcool-type-001 @behaviour:create @seed:E-003-01 @seed:E-003-02 @erratum:ERR-003-1 @erratum:ERR-003-2 @catalogue:G-01
  Scenario: Create a new Post node and query its id and slug
    The operation of E-003-01 (Overview, L12-37) and E-003-02 (Creating a node, L75-100), which are
    byte-identical (ERR-003-2). It sets slug, published and text, which M-003-post lacks: the fixture
    is I-003-post-ext (ERR-003-1). The response id cixneo7zp3cda0134h7t4klep is server-generated, so
    only its presence is checked; the stored values are read back with a control query.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createPost(
          title: "My great Vacation"
          slug: "my-great-vacation"
          published: true
          text: "Read about my great vacation."
        ) {
          id
          slug
        }
      }
      """
    Then the result should be:
      """
      {"createPost": {"id": "<id>", "slug": "my-great-vacation"}}
      """
    And the side effects should be:
      | +nodes Post | 1 |
    And saving "data.createPost.id" as "postId"
    When executing control query:
      """
      query {
        Post(id: "{{postId}}") {
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
      {"Post": {"id": "{{postId}}", "title": "My great Vacation", "description": null, "slug": "my-great-vacation", "published": true, "text": "Read about my great vacation."}}
      """

  @id:graphcool-type-002 @behaviour:create @from-prose @catalogue:G-01
  Scenario: The response of createX can contain every field of the new node
    Seed 003 L71: "The query response can contain all fields of the newly created node, including the
    id field." Fields left out of the arguments are null; the node is found by `Post(slug:)` because
    slug is a unique field (single-node queries take `id` or any unique field, dialects.md §1.1).
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createPost(title: "Just a title", slug: "just-a-title") {
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
      {"createPost": {"id": "<id>", "title": "Just a title", "description": null, "slug": "just-a-title", "published": null, "text": null}}
      """
    And the side effects should be:
      | +nodes Post | 1 |
    When executing control query:
      """
      query {
        Post(slug: "just-a-title") {
          title
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"title": "Just a title"}}
      """

  @id:graphcool-type-003 @behaviour:errors @from-prose @catalogue:G-06
  Scenario: A create without a required argument is a GraphQL validation error without a code
    Seed 003 L69: "All required fields of the type without a default value have to be specified, the
    other fields are optional arguments." `title: String!` is a `String!` argument of createPost, so
    leaving it out fails Sangria's validation: an error with no Graphcool code, nothing created.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createPost(slug: "no-title", published: false) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "title"

  @id:graphcool-type-004 @behaviour:errors @catalogue:G-06
  Scenario: id is not an argument of createX
    dialects.md §1.1: read-only and system fields (`id`, `createdAt`, `updatedAt`) are not arguments;
    the server assigns a fresh cuid. Passing `id` is an unknown argument (validation error, no code).
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createPost(id: "cixneo7zp3cda0134h7t4klep", title: "My great Vacation") {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "id"

  @id:graphcool-type-005 @behaviour:create @from-prose
  Scenario: A required field with a default value is an optional argument and takes its default
    Seed 003 L69 (required fields *without a default value* have to be specified); dialects.md §1.1:
    a create argument is `T!` only when the field is required and has no default. `done: Boolean!`
    with `@defaultValue(value: false)` may be left out and reads back false.
    Given the data model "todo_default_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createTodo(title: "Write the suite") {
          title
          done
        }
      }
      """
    Then the result should be:
      """
      {"createTodo": {"title": "Write the suite", "done": false}}
      """
    And the side effects should be:
      | +nodes Todo | 1 |

  @id:graphcool-type-006 @behaviour:errors
  Scenario: An explicit null for a required field that has a default is error 3036
    dialects.md §1.2 createX step 1 and §1.4: passing null for a required field with a default is
    InputInvalid 3036; the server builds it as InputInvalid("null", field, model), so the text names
    the model where the pattern says type: "The input value null was not valid for field done of
    type Todo." Nothing is created.
    Given the data model "todo_default_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createTodo(title: "Write the suite", done: null) {
          id
        }
      }
      """
    Then an error "InvalidValue" should be raised
    And the error message should contain "The input value null was not valid for field done of type Todo."

  @id:graphcool-type-007 @behaviour:errors @catalogue:G-41
  Scenario: A second node with the same @isUnique value is a unique constraint violation (3010)
    dialects.md §1.4: UniqueConstraintViolation 3010, "A unique constraint would be violated on
    <Model>. Details: <detail>"; the Graphcool server fills the detail with "Field name = <field>"
    (GetFieldFromSQLUniqueException). The second post is not created.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My great Vacation", slug: "my-great-vacation") {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        createPost(title: "My other Vacation", slug: "my-great-vacation") {
          id
        }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Post. Details: Field name = slug"
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
      {"allPosts": [{"title": "My great Vacation"}]}
      """
