Feature: Graphcool nesting depth
  Seeds 001 L18 and 003 L545 say "the maximum nested level is 3" and that deeper nesting must be split
  into separate mutations (inventory PB-11). dialects.md §1.5: the feature request behind the link
  announced 4 levels on 2017-09-05, the paragraph was deleted from the docs on 2018-01-17, and the
  open-source server defines `mutationDepth = 3` but never uses it: nested-create input types are
  built lazily and recursively without a limit. The scenarios follow the real server. Fixture
  author_post_comment_reaction_graphcool: Author -> posts -> comments -> reactions, all one-to-many.

  @id:graphcool-depth-001 @behaviour:nested-create @from-prose @catalogue:G-39
  Scenario: A nested create three levels deep (Author → posts → comments) creates and links everything
    The nested input types are AuthorpostsPost and PostcommentsComment; each continues through the
    child's other relations (dialects.md §1.1).
    Given the data model "author_post_comment_reaction_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(
          name: "Nilan"
          posts: [{
            text: "A post of mine"
            comments: [{text: "First!"}, {text: "Nice post"}]
          }, {
            text: "Another post"
          }]
        ) {
          name
          posts {
            text
            comments {
              text
            }
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createAuthor": {"name": "Nilan", "posts": [
        {"text": "A post of mine", "comments": [{"text": "First!"}, {"text": "Nice post"}]},
        {"text": "Another post", "comments": []}
      ]}}
      """
    And the side effects should be:
      | +nodes Author       | 1 |
      | +nodes Post         | 2 |
      | +nodes Comment      | 2 |
      | +links AuthorPosts  | 2 |
      | +links PostComments | 2 |

  @id:graphcool-depth-002 @behaviour:nested-create @from-prose @catalogue:G-40
  Scenario: A nested create four levels deep is accepted: the documented limit of 3 is not enforced by the server
    §5 G-40 asks for the documented limit; dialects.md §1.5 finds that the Graphcool server never
    applied it (`mutationDepth` is unused and CommentreactionsReaction exists inside
    PostcommentsComment), so a fourth level (reactions) is created and linked like the others. A
    server that enforces the documented limit answers a GraphQL validation error here instead and
    fails this scenario, which is the point: the real server had no limit.
    Given the data model "author_post_comment_reaction_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(
          name: "Nilan"
          posts: [{
            text: "A post of mine"
            comments: [{
              text: "First!"
              reactions: [{emoji: "+1"}, {emoji: "heart"}]
            }]
          }]
        ) {
          posts {
            comments {
              reactions {
                emoji
              }
            }
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createAuthor": {"posts": [{"comments": [{"reactions": [{"emoji": "+1"}, {"emoji": "heart"}]}]}]}}
      """
    And the side effects should be:
      | +nodes Author           | 1 |
      | +nodes Post             | 1 |
      | +nodes Comment          | 1 |
      | +nodes Reaction         | 2 |
      | +links AuthorPosts      | 1 |
      | +links PostComments     | 1 |
      | +links CommentReactions | 2 |
