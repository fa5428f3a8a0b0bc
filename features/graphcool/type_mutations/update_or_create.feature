Feature: Graphcool type mutations: updateOrCreateX
  dialects.md §1.1/§1.2 (UpdateOrCreate): `updateOrCreateX(update: UpdateX!, create: CreateX!)` runs
  `updateX(update)` when a node with `update.id` exists, otherwise `createX(create)` with a fresh cuid
  (`update.id` is ignored); it returns the node. The seeds have no example (§5 G-38).

  @id:graphcool-type-030 @behaviour:upsert @catalogue:G-38
  Scenario: updateOrCreateX with an existing update.id updates the node and ignores create
    Only the `update` values are applied; nothing is created.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My great Vacation", text: "Draft") {
          id
        }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updateOrCreatePost(
          update: {id: "{{postId}}", text: "Read about my great vacation."}
          create: {title: "Created instead", text: "Should not exist"}
        ) {
          id
          title
          text
        }
      }
      """
    Then the result should be:
      """
      {"updateOrCreatePost": {"id": "{{postId}}", "title": "My great Vacation", "text": "Read about my great vacation."}}
      """
    And no side effects

  @id:graphcool-type-031 @behaviour:upsert @catalogue:G-38
  Scenario: updateOrCreateX with an unknown update.id creates the node from create with a new id
    The unknown `update.id` is not used for the new node: a lookup by it stays null.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        updateOrCreatePost(
          update: {id: "cixnen24p33lo0143bexvr52n", text: "Never applied"}
          create: {title: "My biggest Adventure", slug: "my-biggest-adventure"}
        ) {
          id
          title
          slug
          text
        }
      }
      """
    Then the result should be:
      """
      {"updateOrCreatePost": {"id": "<id>", "title": "My biggest Adventure", "slug": "my-biggest-adventure", "text": null}}
      """
    And the side effects should be:
      | +nodes Post | 1 |
    When executing control query:
      """
      query {
        Post(id: "cixnen24p33lo0143bexvr52n") {
          id
        }
        allPosts {
          title
        }
      }
      """
    Then the result should be:
      """
      {"Post": null, "allPosts": [{"title": "My biggest Adventure"}]}
      """

  @id:graphcool-type-032 @behaviour:upsert @catalogue:G-38
  Scenario: On a model named User, updateOrCreateUser creates users although there is no createUser
    dialects.md §1.1: a model named User gets no generic createUser (it comes from the auth-provider
    integration), while updateOrCreateX is generated for every model. M-003-relations has such a User.
    Given the data model "post_user_address_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        updateOrCreateUser(
          update: {id: "cixnekqnu2ify0134ekw4pox8"}
          create: {name: "John Doe"}
        ) {
          id
          name
          writtenPosts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateOrCreateUser": {"id": "<id>", "name": "John Doe", "writtenPosts": []}}
      """
    And the side effects should be:
      | +nodes User | 1 |

  @id:graphcool-type-033 @behaviour:errors
  Scenario: A model named User has no createUser mutation
    dialects.md §1.1 (SchemaBuilder.buildMutation leaves User out of the create fields): calling
    createUser on a project without an auth provider is a GraphQL validation error.
    Given the data model "post_user_address_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createUser(name: "John Doe") {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "createUser"
