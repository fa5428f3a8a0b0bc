Feature: runner test data: three lint problems
  Used by runner/tests/cli.rs; not part of the suite.

  @id:test-lint-001 @behaviour:create
  Scenario: an unknown step
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u"}) { id } }
      """
    Then the user should be happy

  @id:test-lint-001 @behaviour:create
  Scenario: a duplicate id
    Given the data model "user_posts"
    When executing:
      """
      { users { id } }
      """
    Then the result should be:
      """
      {"users": []}
      """

  @id:test-lint-003 @behaviour:create
  Scenario: GraphQL that does not validate against the generated schema
    Given the data model "user_posts"
    When executing:
      """
      mutation {
        createUser(data: {username: "u", nickname: "x"}) { id }
      }
      """
    Then the result should be:
      """
      {"createUser": {"id": "<id>"}}
      """
