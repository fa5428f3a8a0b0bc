Feature: runner test data: one wrong expectation, passing scenarios, an outline, n/a and skip
  Used by runner/tests/cli.rs; not part of the suite.

  @id:test-run-001 @behaviour:nested-create
  Scenario: a deliberately wrong expectation (the second title is "b", the file says "c")
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation {
        createUser(data: {username: "u", posts: {create: [{title: "a"}, {title: "b"}]}}) {
          username
          posts { title }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createUser": {"username": "u", "posts": [{"title": "a"}, {"title": "c"}]}}
      """

  @id:test-run-002 @behaviour:nested-create
  Scenario: the same operation with the right expectation, saved ids and side effects
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation {
        createUser(data: {username: "u", posts: {create: [{title: "a"}, {title: "b"}]}}) {
          id
          username
          posts { title }
        }
      }
      """
    Then the result should be:
      """
      {"createUser": {"id": "<id>", "username": "u", "posts": [{"title": "b"}, {"title": "a"}]}}
      """
    And the side effects should be:
      | +nodes User       | 1 |
      | +nodes Post       | 2 |
      | +links PostToUser | 2 |
    And saving "data.createUser.id" as "u"
    And the variables are:
      """
      {"id": "{{u}}"}
      """
    When executing control query:
      """
      query($id: ID) { user(where: {id: $id}) { id username } }
      """
    Then the result should be:
      """
      {"user": {"id": "{{u}}", "username": "u"}}
      """

  @id:test-run-003 @behaviour:errors
  Scenario: an expected error also checks that nothing changed
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { updateUser(where: {username: "nobody"}, data: {name: "x"}) { id } }
      """
    Then an error "NodeNotFound" should be raised

  @id:test-run-004 @behaviour:create
  Scenario Outline: an outline row per username (<key>)
    Given the data model "user_posts"
    And an empty database
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
      | one | alice    |
      | two | bob      |

  @id:test-run-005 @behaviour:create @requires:time-travel
  Scenario: needs a capability no target has
    Given the data model "user_posts"
    When executing:
      """
      { users { id } }
      """
    Then the result should be:
      """
      {"users": []}
      """

  @id:test-run-006 @behaviour:create @skip
  Scenario: skipped by tag
    Given the data model "user_posts"
    When executing:
      """
      { users { id } }
      """
    Then the result should be:
      """
      {"users": []}
      """
