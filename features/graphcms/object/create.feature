Feature: GraphCMS object mutations: create
  Seed 004 "Object mutations › Creating nodes" (L37-53) on M-004-blog (fixture blog_user_post).
  GraphCMS legacy is Prisma 1.34 plus the server's system fields createdAt, updatedAt and status.
  The seed shows no responses (ERR-004-8): expectations follow the selection sets and the prose.

  @id:graphcms-object-001 @behaviour:create @seed:E-004-01 @erratum:ERR-004-1 @erratum:ERR-004-8 @catalogue:P1-007 @catalogue:C-65
  Scenario: Create a new user
    The operation is copied from the seed (flattened page, re-indented: ERR-004-1); the
    "# Create a new user" line is a valid GraphQL comment and stays.

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      # Create a new user
      mutation {
        createUser(
          data: {
            age: 42
            email: "zeus@example.com"
            name: "Zeus"
          }
        ) {
          id
          name
        }
      }
      """
    Then the result should be:
      """
      {"createUser": {"id": "<id>", "name": "Zeus"}}
      """
    And the side effects should be:
      | +nodes User | 1 |
    When executing control query:
      """
      query {
        user(where: {email: "zeus@example.com"}) {
          age
          email
          name
          posts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"user": {"age": 42, "email": "zeus@example.com", "name": "Zeus", "posts": []}}
      """

  @id:graphcms-object-002 @behaviour:errors @catalogue:P1-005 @catalogue:C-94
  Scenario: Creating a second user with the same unique email is a unique constraint violation
    Prisma 1.34 answers 3010 naming the model and the field; nothing is written.

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
        createUser(data: {email: "zeus@example.com", name: "Another Zeus"}) {
          id
        }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on User. Details: Field name = email"

  @id:graphcms-object-003 @behaviour:errors @from-prose
  Scenario: A create without a required field that has no default is a GraphQL validation error
    Seed 004 L53: "All required fields without a default value need to be specified in the data
    input object." `name: String!` is a non-null field of UserCreateInput, so omitting it fails
    GraphQL validation (no Prisma code) and nothing is created.

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      mutation {
        createUser(data: {age: 42, email: "zeus@example.com"}) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "name"
