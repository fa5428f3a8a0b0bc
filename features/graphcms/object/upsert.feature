Feature: GraphCMS object mutations: upsert
  Seed 004 "Object mutations › Upserting nodes" (L76-99) on M-004-blog (fixture blog_user_post).
  `upsertUser(where, create, update)`: the update branch runs when `where` matches a node, the
  create branch otherwise; only the chosen branch runs. The seed shows no responses (ERR-004-8).

  @id:graphcms-object-020 @behaviour:upsert @seed:E-004-03 @erratum:ERR-004-8 @catalogue:P1-016 @catalogue:C-67
  Scenario: Upsert a user: no user with that email yet, so the create branch runs
    Outcome 1 of E-004-03: zeus@example.com does not exist; the user is created from `create`
    (name "Zeus", age 42); `update` ("Another Zeus") is not applied.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "hera@example.com", name: "Hera"}) {
          id
        }
      }
      """
    When executing:
      """
      # Upsert a user
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
      query {
        users {
          email
          age
          name
        }
      }
      """
    Then the result should be:
      """
      {"users": [
        {"email": "hera@example.com", "age": null, "name": "Hera"},
        {"email": "zeus@example.com", "age": 42, "name": "Zeus"}
      ]}
      """

  @id:graphcms-object-021 @behaviour:upsert @seed:E-004-03 @erratum:ERR-004-8 @catalogue:P1-017 @catalogue:C-68
  Scenario: Upsert a user: the user with that email exists, so only the update branch runs
    Outcome 2 of E-004-03: zeus@example.com exists (created as in E-004-01); only `update` is
    applied (name "Another Zeus"), nothing is created and age stays 42.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {age: 42, email: "zeus@example.com", name: "Zeus"}) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "zeus"
    When executing:
      """
      # Upsert a user
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
      {"upsertUser": {"name": "Another Zeus"}}
      """
    And no side effects
    When executing control query:
      """
      query {
        users {
          id
          email
          age
          name
        }
      }
      """
    Then the result should be:
      """
      {"users": [{"id": "{{zeus}}", "email": "zeus@example.com", "age": 42, "name": "Another Zeus"}]}
      """

  @id:graphcms-object-022 @behaviour:nested-create @from-prose
  Scenario: Nested create inside the create branch of a top-level upsert
    Seed 004 L153-157 lists the upsert mutation as a parent of nested mutations but gives no
    example (PB-29). The `create` argument has the type of createUser's data (L99), so it can
    carry `posts: {create: [...]}`; when `where` misses, the user and its posts are created.

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      mutation {
        upsertUser(
          where: {email: "zeus@example.com"}
          create: {
            email: "zeus@example.com"
            name: "Zeus"
            posts: {create: [{title: "First blog post"}, {title: "Second blog post"}]}
          }
          update: {name: "Another Zeus"}
        ) {
          name
          posts {
            title
            status
          }
        }
      }
      """
    Then the result should be:
      """
      {"upsertUser": {"name": "Zeus", "posts": [
        {"title": "First blog post", "status": "DRAFT"},
        {"title": "Second blog post", "status": "DRAFT"}
      ]}}
      """
    And the side effects should be:
      | +nodes User      | 1 |
      | +nodes Post      | 2 |
      | +links PostToUser | 2 |
