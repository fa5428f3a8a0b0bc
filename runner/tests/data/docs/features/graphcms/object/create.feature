Feature: Creating users in GraphCMS

  @id:docs-cms-001 @behaviour:create @catalogue:C-65
  Scenario: Create a new user
    Given the data model "tiny_user"
    And an empty database
    When executing:
      """
      mutation { createUser(data: {email: "zeus@example.com", name: "Zeus"}) { id name } }
      """
    Then the result should be:
      """
      {"createUser": {"id": "<id>", "name": "Zeus"}}
      """
