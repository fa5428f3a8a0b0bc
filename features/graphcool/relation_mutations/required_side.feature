Feature: Graphcool relation mutations when a side of the relation is required
  dialects.md §1.1 (ApiMatrix.filterNonRequiredRelations): `unsetR` and `removeFromR` are left out of
  the schema when either side's field is required, so calling them is a GraphQL validation error (no
  code, nothing changes). The seed never says so (dialects.md §1.6, seed 003 item 11: "the doc never
  says that unset…/removeFrom… disappear when a side is required"). setR and addToR stay.

  @id:graphcool-relmut-060 @behaviour:errors @catalogue:G-37
  Scenario Outline: <mutation> does not exist when a side is required (<relation>)
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        <mutation>(<args>) {
          __typename
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "<mutation>"

    Examples:
      | relation | schema                 | mutation              | args                                                                    |
      | P1!-C1   | relation_p1req_c1opt_graphcool | unsetParentChild      | childChildId: "cixnen24p33lo0143bexvr52n", parentParentId: "cixnen24p33lo0143bexvr52m"     |
      | P1-C1!   | relation_p1opt_c1req_graphcool | unsetParentChild      | childChildId: "cixnen24p33lo0143bexvr52n", parentParentId: "cixnen24p33lo0143bexvr52m"     |
      | PM-C1!   | relation_pm_c1req_graphcool | removeFromParentChild | childrenChildId: "cixnen24p33lo0143bexvr52n", parentParentId: "cixnen24p33lo0143bexvr52m"  |

  @id:graphcool-relmut-061 @behaviour:errors @catalogue:G-37
  Scenario: removeFromAuthorPosts does not exist when Post.author is required
    The seed's Author/Post model with the post's author required (fixture author_posts_required_graphcool).
    Given the data model "author_posts_required_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        removeFromAuthorPosts(postsPostId: "cixnen24p33lo0143bexvr52n", authorAuthorId: "cixnekqnu2ify0134ekw4pox8") {
          __typename
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "removeFromAuthorPosts"

  @id:graphcool-relmut-062 @behaviour:schema @catalogue:G-37
  Scenario Outline: The payload type of the left-out mutation does not exist either (<relation>)
    Introspection: the schema has the payload of setR / addToR but not that of unsetR / removeFromR.
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      {
        kept: __type(name: "<kept>") { name }
        dropped: __type(name: "<dropped>") { name }
      }
      """
    Then the result should be:
      """
      {"kept": {"name": "<kept>"}, "dropped": null}
      """

    Examples:
      | relation | schema                 | kept                  | dropped                    |
      | P1!-C1   | relation_p1req_c1opt_graphcool | SetParentChildPayload | UnsetParentChildPayload    |
      | P1-C1!   | relation_p1opt_c1req_graphcool | SetParentChildPayload | UnsetParentChildPayload    |
      | PM-C1!   | relation_pm_c1req_graphcool | AddToParentChildPayload | RemoveFromParentChildPayload |

  @id:graphcool-relmut-063 @behaviour:relation-mutation
  Scenario: addToAuthorPosts moves a post between authors although the post's author is required
    dialects.md §1.2 addToR: "No requiredness checks"; the post keeps an author because it moves.
    Author is side A (field posts, a list) and Post is side B (field author, to-one), so the post's old
    edge is removed: the arguments are postsPostId (the Post) and authorAuthorId (the Author).
    Given the data model "author_posts_required_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        first: createAuthor(description: "First author", posts: [{text: "A post of mine"}]) { id posts { id } }
        second: createAuthor(description: "Second author") { id }
      }
      """
    And saving "data.first.id" as "firstId"
    And saving "data.first.posts.0.id" as "postId"
    And saving "data.second.id" as "secondId"
    When executing:
      """
      mutation {
        addToAuthorPosts(postsPostId: "{{postId}}", authorAuthorId: "{{secondId}}") {
          authorAuthor {
            description
            posts {
              text
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToAuthorPosts": {"authorAuthor": {"description": "Second author", "posts": [{"text": "A post of mine"}]}}}
      """
    And no side effects
    When executing control query:
      """
      query {
        Author(id: "{{firstId}}") {
          posts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"posts": []}}
      """
