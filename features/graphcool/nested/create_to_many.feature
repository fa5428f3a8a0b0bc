Feature: Graphcool nested create on a to-many relation
  Seed 001 "Nested Create Mutations for to-many Relations" (L181-329), duplicated in seed 003
  L708-857 (ERR-003-15): E-001-04…06 = E-003-19…21. Fixture author_contact_posts_graphcool (M-003-author); AuthorPosts
  is one-to-many with Post.author optional. dialects.md §1.2: a nested create list on createX creates
  and links every child; on updateX it *replaces* the list (the current edges are removed first, the
  old children survive unlinked), as the seed's note L327 / L855 says. Related lists come back in
  creation order.

  @id:graphcool-nested-010 @behaviour:nested-create @seed:E-001-04 @seed:E-003-19 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-10
  Scenario: Creating a new Author node and connect it to multiple new Posts
    Seed 001 L186-222 / 003 L714-750: both posts come back, in the order they were given (§5 G-10).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation createAuthorAndPosts {
        createAuthor(
          description: "I am a good author!"
          posts: [{
            text: "A post of mine"
          }, {
            text: "Another post"
          }]
        ) {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createAuthor": {"description": "I am a good author!", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
      | +nodes Post        | 2 |
      | +links AuthorPosts | 2 |

  @id:graphcool-nested-011 @behaviour:nested-create @seed:E-001-05 @seed:E-003-20 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-11
  Scenario: Creating a new Author node and connect it to multiple new Posts, using GraphQL variables
    Seed 001 L228-268 / 003 L756-796. The variable type `[AuthorpostsPost!]` is the generated
    nested-create type: Author + posts + Post (L270-274).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And the variables are:
      """
      {
        "posts": [{
            "text": "A post of mine"
          }, {
            "text": "Another post"
          }]
      }
      """
    When executing:
      """
      mutation createAuthorAndPosts($posts: [AuthorpostsPost!]) {
        createAuthor(
          description: "I am a good author!"
          posts: $posts
        ) {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createAuthor": {"description": "I am a good author!", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
      | +nodes Post        | 2 |
      | +links AuthorPosts | 2 |

  @id:graphcool-nested-012 @behaviour:nested-create @seed:E-001-06 @seed:E-003-21 @erratum:ERR-001-2 @erratum:ERR-003-10 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-12
  Scenario: Updating an existing Author and Connecting it to multiple new Posts replaces its posts
    Seed 001 L284-325 / 003 L812-853. The seed's response is keyed "createAuthor", shows the unselected
    description and lacks the selected id (ERR-001-2, ERR-003-10); the expectation follows the
    selection. The author already has a post, so the documented replace is visible (note L327): the
    old post is unlinked, not deleted, and keeps existing with `author: null` (§5 G-12).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "An old post"}]) {
          id
          posts {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    And saving "data.createAuthor.posts.0.id" as "oldPostId"
    And the variables are:
      """
      {
        "posts": [{
          "text": "A post of mine"
        }, {
          "text": "Another post"
        }]
      }
      """
    When executing:
      """
      mutation updateAuthorAndConnectToPosts($posts: [AuthorpostsPost!]) {
        updateAuthor(
          id: "{{authorId}}"
          description: "I write posts"
          posts: $posts
        ) {
          id
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateAuthor": {"id": "{{authorId}}", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Post        | 2 |
      | +links AuthorPosts | 2 |
      | -links AuthorPosts | 1 |
    When executing control query:
      """
      query {
        Author(id: "{{authorId}}") {
          description
        }
        Post(id: "{{oldPostId}}") {
          text
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"description": "I write posts"}, "Post": {"text": "An old post", "author": null}}
      """

  @id:graphcool-nested-013 @behaviour:nested-create @from-prose
  Scenario: The nested posts list takes the arguments of createPost, so a post without text fails validation
    Seed 001 L224 / 003 L752: "Note the nested posts object that takes a list of arguments needed for
    the createPost mutation." A list element without the required `text` is a validation error.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "A post of mine"}, {}]) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "text"

  @id:graphcool-nested-014 @behaviour:nested-create
  Scenario: A single object for the to-many nested create is coerced to a one-element list
    GraphQL list input coercion (dialects.md §4): `posts: {text: ...}` is `posts: [{text: ...}]`.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: {text: "A post of mine"}) {
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"createAuthor": {"posts": [{"text": "A post of mine"}]}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
      | +nodes Post        | 1 |
      | +links AuthorPosts | 1 |

  @id:graphcool-nested-015 @behaviour:nested-create
  Scenario: A nested create from the many side creates the author and links the post
    createPost takes `author: PostauthorAuthor` (dialects.md §1.1), whose fields are Author's create
    arguments, contactDetails/contactDetailsId included, so nesting continues (the to-many back
    relation posts/postsIds stays too: graphcool-schema-001).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createPost(text: "A post of mine", author: {description: "I am a good author!", contactDetails: {email: "nilan@graph.cool"}}) {
          text
          author {
            description
            contactDetails {
              email
            }
            posts {
              text
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"createPost": {"text": "A post of mine", "author": {"description": "I am a good author!", "contactDetails": {"email": "nilan@graph.cool"}, "posts": [{"text": "A post of mine"}]}}}
      """
    And the side effects should be:
      | +nodes Post                 | 1 |
      | +nodes Author               | 1 |
      | +nodes ContactDetails       | 1 |
      | +links AuthorPosts          | 1 |
      | +links AuthorContactDetails | 1 |
