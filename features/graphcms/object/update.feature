Feature: GraphCMS object mutations: update
  Seed 004 "Object mutations › Updating nodes" (L55-74) on M-004-blog (fixture blog_user_post).
  `updateUser(data, where)` selects the node by exactly one unique field (id or email). The seed
  shows no responses (ERR-004-8): expectations follow the selection sets and the prose.

  @id:graphcms-object-010 @behaviour:update @seed:E-004-02 @erratum:ERR-004-8 @catalogue:P1-009 @catalogue:C-66
  Scenario: Update the email and name of a user selected by its unique email
    Prior state: the user created by E-004-01. The node is re-read by id after the write, so the
    response shows the new name although the email used in `where` changed.

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
      {"updateUser": {"id": "{{zeus}}", "name": "Zeus2"}}
      """
    And no side effects
    When executing control query:
      """
      query {
        old: user(where: {email: "zeus@example.com"}) {
          id
        }
        new: user(where: {email: "zeus2@example.com"}) {
          id
          age
          name
        }
      }
      """
    Then the result should be:
      """
      {"old": null, "new": {"id": "{{zeus}}", "age": 42, "name": "Zeus2"}}
      """

  @id:graphcms-object-011 @behaviour:errors @catalogue:P1-011 @catalogue:C-70
  Scenario: Updating a user whose where matches nothing is NodeNotFound
    Prisma 1.34 answers 3039 "No Node for the model User with value nobody@example.com for email
    found." and, as `updateUser` returns a nullable `User`, `data.updateUser` is null beside the
    error; nothing changed.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        updateUser(data: {name: "Nobody"}, where: {email: "nobody@example.com"}) {
          id
          name
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model User with value nobody@example.com for email found"
    And the data should be:
      """
      {"updateUser": null}
      """
    When executing control query:
      """
      query {
        users {
          name
        }
      }
      """
    Then the result should be:
      """
      {"users": [{"name": "Zeus"}]}
      """

  @id:graphcms-object-012 @behaviour:errors @catalogue:P1-015 @catalogue:C-71
  Scenario: An empty where selector is InvalidSelector
    `where: {}` names no unique field: Prisma answers 3040 before anything runs.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        updateUser(data: {name: "Zeus2"}, where: {}) {
          id
        }
      }
      """
    Then an error "InvalidSelector" should be raised
    And the error message should contain "You provided an invalid argument for the where selector on User. Please provide exactly one unique field and value."

  @id:graphcms-object-013 @behaviour:errors @catalogue:P1-015
  Scenario: A where selector with two unique fields is AmbiguousSelector
    Even when both fields point at the same node, Prisma answers 3045.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "zeus"
    When executing:
      """
      mutation {
        updateUser(data: {name: "Zeus2"}, where: {id: "{{zeus}}", email: "zeus@example.com"}) {
          id
        }
      }
      """
    Then an error "AmbiguousSelector" should be raised
    And the error message should contain "You provided more than one field for the unique selector on User."
