Feature: Report test data: every outcome, on a small fixed stream
  Used by runner/tests/report.rs to pin the report formats; not part of the suite.

  @id:report-001 @behaviour:create @seed:E-002-1
  Scenario: creates a user (passes)
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "zeus"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "zeus"}}
      """

  @id:report-002 @behaviour:create @erratum:ERR-002-1
  Scenario: a server answer with markup is shown escaped (the file expects another name)
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "<script>alert(1)</script><img src=x onerror=alert(2)>"}) { username } }
      """
    Then the result should be:
      """
      {"createUser": {"username": "</pre><b>not this</b>"}}
      """

  @id:report-003 @behaviour:nested-create
  Scenario: a wrong title (one cause, first of two)
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "u", posts: {create: [{title: "a"}, {title: "b"}]}}) { posts { title } } }
      """
    Then the result should be, in order:
      """
      {"createUser": {"posts": [{"title": "a"}, {"title": "c"}]}}
      """

  @id:report-004 @behaviour:nested-create
  Scenario: a wrong title (one cause, second of two)
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {username: "v", posts: {create: [{title: "d"}, {title: "e"}]}}) { posts { title } } }
      """
    Then the result should be, in order:
      """
      {"createUser": {"posts": [{"title": "d"}, {"title": "f"}]}}
      """

  @id:report-005 @behaviour:errors
  Scenario: setup fails before the behaviour under test
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {nosuchfield: 1}) { id } }
      """
    When executing:
      """
      mutation { updateUser(where: {username: "nobody"}, data: {name: "x"}) { id } }
      """
    Then an error "NodeNotFound" should be raised

  @id:report-006 @behaviour:create
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

  @id:report-007 @behaviour:create @requires:time-travel
  Scenario: needs a capability no target has (n/a)
    Given the data model "user_posts"
    When executing:
      """
      { users { username } }
      """
    Then the result should be:
      """
      {"users": []}
      """

  @id:report-008 @behaviour:create @skip
  Scenario: skipped by tag
    Given the data model "user_posts"
    When executing:
      """
      { users { username } }
      """
    Then the result should be:
      """
      {"users": []}
      """

  @id:report-009 @behaviour:delete
  Scenario: a known failure on one target (xfail there, fail on the other)
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { deleteManyUsers { count } }
      """
    Then the result should be:
      """
      {"deleteManyUsers": {"count": 1}}
      """

  @id:report-010 @behaviour:delete
  Scenario: passes here; the stream's generator makes it a transport error on reference-http
    Given the data model "user_posts"
    And an empty database
    When executing:
      """
      mutation { deleteManyUsers { count } }
      """
    Then the result should be:
      """
      {"deleteManyUsers": {"count": 0}}
      """
