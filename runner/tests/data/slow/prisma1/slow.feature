Feature: runner test data: scenarios for a slow external endpoint (interrupts, environment)
  Used by runner/tests/cli.rs; not part of the suite.

  @id:test-slow-001 @behaviour:create
  Scenario: create user number 1
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u1"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "u1"}}
      """

  @id:test-slow-002 @behaviour:create
  Scenario: create user number 2
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u2"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "u2"}}
      """

  @id:test-slow-003 @behaviour:create
  Scenario: create user number 3
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u3"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "u3"}}
      """

  @id:test-slow-004 @behaviour:create
  Scenario: create user number 4
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u4"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "u4"}}
      """

  @id:test-slow-005 @behaviour:create
  Scenario: create user number 5
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u5"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "u5"}}
      """

  @id:test-slow-006 @behaviour:create
  Scenario: create user number 6
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u6"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "u6"}}
      """
