Feature: Prisma 1 top-level upsert
  upsertX(where: XWhereUniqueInput!, create: XCreateInput!, update: XUpdateInput!): X! runs only
  `update` when `where` hits a node and only `create` when it misses; it returns the node re-read by
  id (prisma1-behaviours.md §6).

  @id:prisma1-top-040 @behaviour:upsert @catalogue:P1-016
  Scenario: upsertUser by email creates the user from `create` when no user has that email (seed 004 example on Prisma 1)
    The Prisma 1 variant of seed 004's "Upserting nodes" example on fixture blog_user_post_status; the user
    count goes from 0 to 1.
    Given the data model "blog_user_post_status"
    And an empty database
    When executing:
      """
      mutation {
        upsertUser(
          where: {
            email: "zeus@example.com"
          }
          create: {
            email: "zeus@example.com"
            age: 42
            name: "Zeus"
          }
          update: {
            name: "Another Zeus"
          }
        ) {
          name
        }
      }
      """
    Then the result should be:
      """
      {"upsertUser": {"name": "Zeus"}}
      """
    And the side effects should be:
      | +nodes User | 1 |
    When executing control query:
      """
      { users { email age name } }
      """
    Then the result should be:
      """
      {"users": [{"email": "zeus@example.com", "age": 42, "name": "Zeus"}]}
      """

  @id:prisma1-top-041 @behaviour:upsert @catalogue:P1-016 @catalogue:P1-017
  Scenario: the same upsertUser, run when the user exists, only updates the name
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
        upsertUser(
          where: {
            email: "zeus@example.com"
          }
          create: {
            email: "zeus@example.com"
            age: 42
            name: "Zeus"
          }
          update: {
            name: "Another Zeus"
          }
        ) {
          id
          name
        }
      }
      """
    Then the result should be:
      """
      {"upsertUser": {"id": "{{zeusId}}", "name": "Another Zeus"}}
      """
    And no side effects

  @id:prisma1-top-042 @behaviour:upsert @catalogue:P1-016
  Scenario: upsert with an unknown id creates the node; the where value is not copied into it
    From M/UpsertMutationSpec.scala "be created if it does not exist yet". The created node gets a
    generated id, not the id of the where selector (the created node does not inherit the where
    value: code-derived, DM getMutactionsForUpsert).
    Given the data model "todo_uniques_defaults"
    And an empty database
    When executing:
      """
      mutation {
        upsertTodo(
          where: {id: "non-existent-id"}
          create: {title: "new title", alias: "todo1"}
          update: {title: "updated title"}
        ) { title alias }
      }
      """
    Then the result should be:
      """
      {"upsertTodo": {"title": "new title", "alias": "todo1"}}
      """
    And the side effects should be:
      | +nodes Todo | 1 |
    When executing control query:
      """
      { todo(where: {id: "non-existent-id"}) { title } }
      """
    Then the result should be:
      """
      {"todo": null}
      """

  @id:prisma1-top-043 @behaviour:upsert @catalogue:P1-017
  Scenario: upsert whose where hits runs only the update branch; nothing is created
    From M/UpsertMutationSpec.scala "be updated if it already exists (by id)".
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "new title1", alias: "todo1"}) { id } }
      """
    And saving "data.createTodo.id" as "todoId"
    When executing:
      """
      mutation {
        upsertTodo(
          where: {id: "{{todoId}}"}
          create: {title: "irrelevant", alias: "irrelevant"}
          update: {title: "updated title"}
        ) { id title alias }
      }
      """
    Then the result should be:
      """
      {"upsertTodo": {"id": "{{todoId}}", "title": "updated title", "alias": "todo1"}}
      """
    And no side effects

  @id:prisma1-top-044 @behaviour:upsert @catalogue:P1-018
  Scenario: upsert whose update changes the unique used in where still creates nothing
    From M/UpsertMutationSpec.scala "perform only an update if the update changes the unique field
    used in the where clause". The result is re-read by id.
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "title", alias: "todo1"}) { id } }
      """
    And saving "data.createTodo.id" as "todoId"
    When executing:
      """
      mutation {
        upsertTodo(
          where: {alias: "todo1"}
          create: {title: "title of new node", alias: "alias-of-new-node"}
          update: {title: "updated title", alias: "todo1-new"}
        ) { id title alias }
      }
      """
    Then the result should be:
      """
      {"upsertTodo": {"id": "{{todoId}}", "title": "updated title", "alias": "todo1-new"}}
      """
    And no side effects
    When executing control query:
      """
      { todoes { title alias } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "updated title", "alias": "todo1-new"}]}
      """

  @id:prisma1-top-045 @behaviour:upsert @behaviour:defaults @catalogue:P1-004
  Scenario: an explicit null for a required field that has a default fails with 3036 in the create branch
    From M/UpsertMutationSpec.scala "not be created when trying to set a required value to null
    even if there is a default value for that field". The field is optional in the create input
    (it has a default), so null passes GraphQL validation and Prisma rejects it.
    Given the data model "todo_uniques_defaults"
    And an empty database
    When executing:
      """
      mutation {
        upsertWithDefaultValue(
          where: {id: "NonExistantID"}
          create: {reqString: null, title: "new title"}
          update: {title: "updated title"}
        ) { title reqString }
      }
      """
    Then an error "InvalidValue" should be raised
    And the error message should contain "The input value null was not valid for field reqString of type WithDefaultValue."

  @id:prisma1-top-046 @behaviour:upsert @behaviour:errors @catalogue:P1-019
  Scenario: a too-long ID-typed value in the unused create branch still fails with 3007
    From M/UpsertMutationSpec.scala: the value-length pre-check validates both branches of a
    top-level upsert before anything runs, so the hit (update branch) is not executed either.
    An ID-typed field that is not the id allows at most 25 characters.
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "new title1", alias: "todo1"}) { alias } }
      """
    When executing:
      """
      mutation {
        upsertTodo(
          where: {alias: "todo1"}
          create: {title: "irrelevant", alias: "irrelevant", anotherIDField: "morethantwentyfivecharacterslong"}
          update: {title: "updated title"}
        ) { id title }
      }
      """
    Then an error "ValueTooLong" should be raised
    And the error message should contain "Value for field anotherIDField is too long."
    When executing control query:
      """
      { todoes { title alias anotherIDField } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "new title1", "alias": "todo1", "anotherIDField": null}]}
      """
