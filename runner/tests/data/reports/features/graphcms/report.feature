Feature: Report test data: a second dialect
  Used by runner/tests/report.rs; not part of the suite.

  @id:report-graphcms-001 @behaviour:create
  Scenario: creates a user as a draft
    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {name: "Zeus", email: "zeus@example.com"}) { name status } }
      """
    Then the result should be:
      """
      {"createUser": {"name": "Zeus", "status": "DRAFT"}}
      """
