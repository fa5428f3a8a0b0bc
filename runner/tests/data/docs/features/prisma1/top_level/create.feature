Feature: Creating posts
  Top-level create with the `data` wrapper, and what a unique field refuses.

  Background:
    Given the data model "tiny_post"

  @id:docs-top-001 @behaviour:create @seed:E-002-02 @erratum:ERR-002-2 @catalogue:P1-008
  Scenario: createPost with the data wrapper answers the id
    The seed's model lacks the slug; the fixture <tiny_post> has it.
    Given an empty database
    When executing:
      """
      mutation {
        createPost(data: {title: "My great Vacation", slug: "my-great-vacation"}) {
          id
          slug
        }
      }
      """
    Then the result should be:
      """
      {"createPost": {"id": "<id>", "slug": "my-great-vacation"}}
      """
    And the side effects should be:
      | +nodes Post | 1 |

  @id:docs-top-002 @behaviour:errors @catalogue:P1-005
  Scenario Outline: a second post with the same slug is refused (<case>)
    Given an empty database
    And having executed:
      """
      mutation { createPost(data: {title: "a", slug: "<slug>"}) { id } }
      """
    When executing:
      """
      mutation { createPost(data: {title: "b", slug: "<slug>"}) { id } }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Post"

    @relation:none
    Examples:
      | case  | slug |
      | plain | x    |
      | dash  | x-y  |
