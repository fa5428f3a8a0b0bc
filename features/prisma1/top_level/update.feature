Feature: Prisma 1 top-level update
  updateX(data: XUpdateInput!, where: XWhereUniqueInput!): X selects the node by any one unique
  field, writes the given fields only, and returns the node re-read by id (prisma1-behaviours.md §6).

  @id:prisma1-top-020 @behaviour:update @seed:E-002-03 @erratum:ERR-002-2 @erratum:ERR-002-8 @catalogue:P1-010
  Scenario: updatePost by id changes text and published and returns the id
    Seed 002 L81-92. The seed's id "cixnen24p33lo0143bexvr52n" is server-generated and reused for
    other types elsewhere in the seed (ERR-002-8): this scenario creates the post first, saves its
    generated id and substitutes it. text/published come from I-002-post-ext (ERR-002-2).
    Given the data model "post_single"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(data: {title: "My biggest Adventure", published: false, text: "Draft"}) { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(data: {
          text: "This is the start of my biggest adventure!"
          published: true
        }, where: {
          id: "{{postId}}"
        }) {
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
      { post(where: {id: "{{postId}}"}) { title text published } }
      """
    Then the result should be:
      """
      {"post": {"title": "My biggest Adventure", "text": "This is the start of my biggest adventure!", "published": true}}
      """

  @id:prisma1-top-021 @behaviour:update @catalogue:P1-009
  Scenario: updateUser selected by its unique email changes email and name (seed 004 example on Prisma 1)
    The Prisma 1 variant of seed 004's "Updating nodes" example, on fixture blog_user_post_status.
    Given the data model "blog_user_post_status"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {age: 42, email: "zeus@example.com", name: "Zeus"}) { id } }
      """
    And saving "data.createUser.id" as "zeusId"
    When executing:
      """
      mutation {
        updateUser(
          data: {
            email: "zeus2@example.com"
            name: "Zeus2"
          }
          where: {
            email: "zeus@example.com"
          }
        ) {
          id
          name
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"id": "{{zeusId}}", "name": "Zeus2"}}
      """
    And no side effects
    When executing control query:
      """
      { users { id age email name } }
      """
    Then the result should be:
      """
      {"users": [{"id": "{{zeusId}}", "age": 42, "email": "zeus2@example.com", "name": "Zeus2"}]}
      """

  @id:prisma1-top-022 @behaviour:update @catalogue:P1-011
  Scenario: update whose unique selector matches nothing fails with 3039 and changes nothing
    From M/UpdateMutationSpec.scala. The return type is nullable, so the field itself resolves to
    null next to the error (code-derived: GraphQL nulls a nullable field that fails).
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "title", alias: "todo1"}) { id } }
      """
    When executing:
      """
      mutation {
        updateTodo(where: {alias: "NOT A VALID ALIAS"}, data: {title: "new title"}) { title }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Todo with value NOT A VALID ALIAS for alias found"
    And the data should be:
      """
      {"updateTodo": null}
      """
    When executing control query:
      """
      { todoes { title alias } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "title", "alias": "todo1"}]}
      """

  @id:prisma1-top-023 @behaviour:update @catalogue:P1-012
  Scenario: an update that changes the unique used in where returns the node with the new value
    From M/WhereAndUpdateSpec.scala: the result is re-read by id after the write, so changing the
    selecting unique does not lose the node.
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "title", alias: "old-alias"}) { id } }
      """
    And saving "data.createTodo.id" as "todoId"
    When executing:
      """
      mutation {
        updateTodo(where: {alias: "old-alias"}, data: {alias: "new-alias"}) { id title alias }
      }
      """
    Then the result should be:
      """
      {"updateTodo": {"id": "{{todoId}}", "title": "title", "alias": "new-alias"}}
      """
    And no side effects

  @id:prisma1-top-024 @behaviour:update @catalogue:P1-013
  Scenario: setting the selecting optional unique to null still returns the node
    From M/SettingNodeSelectorToNullSpec.scala: the node is re-read by id, so it comes back with
    the selector field now null.
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "title", alias: "abc"}) { id } }
      """
    And saving "data.createTodo.id" as "todoId"
    When executing:
      """
      mutation {
        updateTodo(where: {alias: "abc"}, data: {alias: null}) { id alias }
      }
      """
    Then the result should be:
      """
      {"updateTodo": {"id": "{{todoId}}", "alias": null}}
      """
    And no side effects
    When executing control query:
      """
      { todoes { title alias } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "title", "alias": null}]}
      """

  @id:prisma1-top-025 @behaviour:update @catalogue:P1-014
  Scenario: setting a required scalar to null passes validation and fails with 3020
    From M/InsertingNullInRequiredFieldsSpec.scala. Update inputs make every field optional, so
    null is accepted by GraphQL; the database rejects it. On this path the field name in the
    message is empty ("Fieldname if known: ").
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "abc", alias: "abc"}) { id } }
      """
    When executing:
      """
      mutation {
        updateTodo(where: {alias: "abc"}, data: {title: null}) { id }
      }
      """
    Then an error "NullInRequiredField" should be raised
    And the error message should contain "You are trying to set a required field to null."
    When executing control query:
      """
      { todoes { title } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "abc"}]}
      """

  @id:prisma1-top-026 @behaviour:update @catalogue:P1-014
  Scenario: null clears an optional field on update; fields not given stay unchanged
    From M/InsertingNullInRequiredFieldsSpec.scala "Setting an optional value to null should work".
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "abc", alias: "abc", text: "some text", number: 3}) { id } }
      """
    When executing:
      """
      mutation {
        updateTodo(where: {alias: "abc"}, data: {text: null}) { title alias text number }
      }
      """
    Then the result should be:
      """
      {"updateTodo": {"title": "abc", "alias": "abc", "text": null, "number": 3}}
      """
    And no side effects
