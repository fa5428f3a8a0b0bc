Feature: GraphCMS generated schema: system fields and nested input types
  Introspection of the schema GraphCMS (Prisma 1.34 + system fields) generates for M-004-blog
  (fixture blog_user_post) and M-004-scalarlists. Names follow prisma1-behaviours §11; the system
  fields follow dialects.md §3.2. Introspection is a read: nothing changes.

  @id:graphcms-schema-001 @behaviour:schema @erratum:ERR-004-3
  Scenario: The Status enum has the values DRAFT, PUBLISHED and ARCHIVED

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      query {
        __type(name: "Status") {
          kind
          enumValues {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"__type": {"kind": "ENUM", "enumValues": [{"name": "DRAFT"}, {"name": "PUBLISHED"}, {"name": "ARCHIVED"}]}}
      """
    And no side effects

  @id:graphcms-schema-002 @behaviour:schema @erratum:ERR-004-3 @erratum:ERR-004-4
  Scenario: The Post type carries the system fields createdAt, updatedAt and status

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      query {
        __type(name: "Post") {
          fields {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"__type": {"fields": [
        {"name": "id"},
        {"name": "title"},
        {"name": "author"},
        {"name": "createdAt"},
        {"name": "updatedAt"},
        {"name": "status"}
      ]}}
      """
    And no side effects

  @id:graphcms-schema-003 @behaviour:schema @erratum:ERR-004-4
  Scenario: PostCreateInput has status but neither createdAt nor updatedAt
    Prisma 1.34 create inputs also carry the optional `id` ("bring your own id", Prisma ≥ 1.30,
    prisma1-behaviours §1); the GraphCMS dialect is Prisma 1.34 plus system fields, so `id` is
    expected here too.

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      query {
        __type(name: "PostCreateInput") {
          inputFields {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"__type": {"inputFields": [{"name": "id"}, {"name": "title"}, {"name": "status"}, {"name": "author"}]}}
      """
    And no side effects

  @id:graphcms-schema-004 @behaviour:schema
  Scenario: PostUpdateInput and PostUpdateManyMutationInput have status but no system timestamps
    Update inputs leave out id, createdAt and updatedAt; the updateMany input has no relation
    fields.

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      query {
        update: __type(name: "PostUpdateInput") {
          inputFields {
            name
          }
        }
        updateMany: __type(name: "PostUpdateManyMutationInput") {
          inputFields {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {
        "update": {"inputFields": [{"name": "title"}, {"name": "status"}, {"name": "author"}]},
        "updateMany": {"inputFields": [{"name": "title"}, {"name": "status"}]}
      }
      """
    And no side effects

  @id:graphcms-schema-005 @behaviour:schema @erratum:ERR-004-7 @catalogue:P1-081 @catalogue:P1-113
  Scenario: The required to-one author offers create, connect, update and upsert; upsert has no where
    Seed 004 L171: "an update mutation exposes update, upsert mutations for a required to-one
    relation". UserUpdateOneRequiredWithoutPostsInput has no disconnect and no delete;
    UserUpsertWithoutPostsInput is {update, create} without the `where` of E-004-10 (ERR-004-7).

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      query {
        authorInput: __type(name: "UserUpdateOneRequiredWithoutPostsInput") {
          inputFields {
            name
          }
        }
        upsertInput: __type(name: "UserUpsertWithoutPostsInput") {
          inputFields {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {
        "authorInput": {"inputFields": [{"name": "create"}, {"name": "connect"}, {"name": "update"}, {"name": "upsert"}]},
        "upsertInput": {"inputFields": [{"name": "update"}, {"name": "create"}]}
      }
      """
    And no side effects

  @id:graphcms-schema-006 @behaviour:schema @from-prose
  Scenario: A create mutation exposes only nested create and connect on the to-many side
    Seed 004 L169 (PB-27): PostCreateManyWithoutAuthorInput has just `create` and `connect`.

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      query {
        __type(name: "PostCreateManyWithoutAuthorInput") {
          inputFields {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"__type": {"inputFields": [{"name": "create"}, {"name": "connect"}]}}
      """
    And no side effects

  @id:graphcms-schema-007 @behaviour:schema @from-prose @erratum:ERR-004-9
  Scenario: The scalar list update input has only set (push, pop and remove never shipped)
    Seed 004 L346-354 (PB-33). The wrapper is named with the field name not capitalised.

    Given the data model "user_scalar_lists"
    And an empty database
    When executing:
      """
      query {
        __type(name: "UserUpdatescoresInput") {
          inputFields {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"__type": {"inputFields": [{"name": "set"}]}}
      """
    And no side effects
