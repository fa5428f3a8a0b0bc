Feature: runner test data: an outline whose first Examples column repeats a key
  Used by runner/tests/cli.rs; not part of the suite.

  @id:test-outline-001 @behaviour:create
  Scenario Outline: create <username>
    Given the data model "user_posts"
    When executing:
      """
      mutation { createUser(data: {username: "<username>"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "<username>"}}
      """

    Examples:
      | key | username |
      | a   | alice    |
      | a   | bob      |
