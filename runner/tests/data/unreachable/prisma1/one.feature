Feature: runner test data: one scenario for an external endpoint
  Used by runner/tests/cli.rs; not part of the suite.

  @id:test-ext-001 @behaviour:create
  Scenario: create a user
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "u"}}
      """
