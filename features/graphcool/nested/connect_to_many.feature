Feature: Graphcool nested connect on a to-many relation (fIds) and from the many side (fId)
  Seed 001 "Nested Connect Mutations for to-many Relations" (L432-521), duplicated in seed 003
  L959-1049 (ERR-003-15): E-001-09/10 = E-003-24/25. Fixture author_contact_posts_graphcool (M-003-author),
  AuthorPosts one-to-many with Post.author optional. dialects.md §1.2: `postsIds` on createX links the
  listed posts, moving each from its previous author; on updateX it *replaces* the list (note L520 /
  L1048): every current edge goes, the listed posts come; `[]` empties the list; an unknown id is 3011.

  @id:graphcool-nested-030 @behaviour:connect @seed:E-001-09 @seed:E-003-24 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-15
  Scenario: Creating a new Author node and connect it to multiple existing Posts
    Seed 001 L437-473 / 003 L965-1001, with the posts ciz787j6eqmf5014929vvo2hp ("A post of mine") and
    ciz787j6eqmf60149lg3jvi4r ("Another post") created first and their ids saved.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        first: createPost(text: "A post of mine") { id }
        second: createPost(text: "Another post") { id }
      }
      """
    And saving "data.first.id" as "firstPostId"
    And saving "data.second.id" as "secondPostId"
    And the variables are:
      """
      {
        "postsIds": ["{{firstPostId}}", "{{secondPostId}}"]
      }
      """
    When executing:
      """
      mutation createAuthorAndConnectPosts($postsIds: [ID!]) {
        createAuthor(
          description: "I am a good author!"
          postsIds: $postsIds
        ) {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"createAuthor": {"description": "I am a good author!", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
      | +links AuthorPosts | 2 |

  @id:graphcool-nested-031 @behaviour:connect @seed:E-001-10 @seed:E-003-25 @erratum:ERR-001-3 @erratum:ERR-001-4 @erratum:ERR-003-10 @erratum:ERR-003-11 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-16
  Scenario: Updating an existing Author and Connecting it to multiple existing Posts replaces its posts
    Seed 001 L481-518 / 003 L1009-1046. The seed's heading says "new Posts" although the example
    connects existing ones (ERR-001-4, ERR-003-11); its response is keyed "createAuthor", shows the
    unselected description and lacks the selected id (ERR-001-3, ERR-003-10). The author already has
    a post, so the documented replace is visible (note L520): that post is unlinked and survives.
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
    And having executed:
      """
      mutation {
        first: createPost(text: "A post of mine") { id }
        second: createPost(text: "Another post") { id }
      }
      """
    And saving "data.first.id" as "firstPostId"
    And saving "data.second.id" as "secondPostId"
    And the variables are:
      """
      {
        "postsIds": ["{{firstPostId}}", "{{secondPostId}}"]
      }
      """
    When executing:
      """
      mutation updateAuthorAndConnectPosts($postsIds: [ID!]) {
        updateAuthor(
          id: "{{authorId}}"
          description: "I write posts"
          postsIds: $postsIds
        ) {
          id
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateAuthor": {"id": "{{authorId}}", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
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

  @id:graphcool-nested-032 @behaviour:disconnect @catalogue:G-17
  Scenario: updateAuthor with postsIds [] empties the list
    dialects.md §1.2 updateX: "`fIds: []` or `fIds: null` clears the list". The posts survive.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "A post of mine"}, {text: "Another post"}]) {
          id
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    When executing:
      """
      mutation {
        updateAuthor(id: "{{authorId}}", postsIds: []) {
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateAuthor": {"posts": []}}
      """
    And the side effects should be:
      | -links AuthorPosts | 2 |
    When executing control query:
      """
      query {
        allPosts {
          text
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"allPosts": [{"text": "A post of mine", "author": null}, {"text": "Another post", "author": null}]}
      """

  @id:graphcool-nested-033 @behaviour:disconnect @catalogue:G-17
  Scenario: updateAuthor with postsIds null empties the list too
    dialects.md §1.2 updateX: "`fIds: []` or `fIds: null` clears the list".
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "A post of mine"}]) {
          id
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    When executing:
      """
      mutation {
        updateAuthor(id: "{{authorId}}", postsIds: null) {
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateAuthor": {"posts": []}}
      """
    And the side effects should be:
      | -links AuthorPosts | 1 |

  @id:graphcool-nested-034 @behaviour:connect @catalogue:G-19
  Scenario: createAuthor with postsIds naming a post of another author moves the post
    dialects.md §1.2 createX step 2: on a one-to-many each listed child is first detached from its
    current parent. The link count is unchanged; the other author keeps its other post.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "First author", posts: [{text: "Moving post"}, {text: "Staying post"}]) {
          id
          posts {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "firstId"
    And saving "data.createAuthor.posts.0.id" as "movingId"
    When executing:
      """
      mutation {
        createAuthor(description: "Second author", postsIds: ["{{movingId}}"]) {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"createAuthor": {"description": "Second author", "posts": [{"text": "Moving post"}]}}
      """
    And the side effects should be:
      | +nodes Author | 1 |
    When executing control query:
      """
      query {
        Author(id: "{{firstId}}") {
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"posts": [{"text": "Staying post"}]}}
      """

  @id:graphcool-nested-035 @behaviour:errors @catalogue:G-20
  Scenario: postsIds with an unknown id is error 3011, and nothing of the update happens
    dialects.md §1.2: every step is validated against the state before the mutation, so the
    replacement does not start: the author keeps its post and description.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "A post of mine"}]) {
          id
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    And having executed:
      """
      mutation {
        createPost(text: "Another post") {
          id
        }
      }
      """
    And saving "data.createPost.id" as "otherId"
    When executing:
      """
      mutation {
        updateAuthor(id: "{{authorId}}", description: "I write posts", postsIds: ["{{otherId}}", "cixnen24p33lo0143bexvr52n"]) {
          id
        }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And the error message should contain "Id if available: cixnen24p33lo0143bexvr52n"
    When executing control query:
      """
      query {
        Author(id: "{{authorId}}") {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"description": "I am a good author!", "posts": [{"text": "A post of mine"}]}}
      """

  @id:graphcool-nested-036 @behaviour:connect
  Scenario: createPost with authorId adds the post to the author's posts
    From the many side the argument is `authorId: ID` (dialects.md §1.1); the author's other posts stay.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "A post of mine"}]) {
          id
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    When executing:
      """
      mutation {
        createPost(text: "Another post", authorId: "{{authorId}}") {
          author {
            posts {
              text
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"createPost": {"author": {"posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}}
      """
    And the side effects should be:
      | +nodes Post        | 1 |
      | +links AuthorPosts | 1 |

  @id:graphcool-nested-037 @behaviour:connect
  Scenario: updatePost with authorId moves the post to another author
    dialects.md §1.2 updateX `fId`: the current partner is unlinked, then the new edge is added.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "First author", posts: [{text: "A post of mine"}]) {
          id
          posts {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "firstId"
    And saving "data.createAuthor.posts.0.id" as "postId"
    And having executed:
      """
      mutation {
        createAuthor(description: "Second author") {
          id
        }
      }
      """
    And saving "data.createAuthor.id" as "secondId"
    When executing:
      """
      mutation {
        updatePost(id: "{{postId}}", authorId: "{{secondId}}") {
          author {
            description
          }
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"author": {"description": "Second author"}}}
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

  @id:graphcool-nested-038 @behaviour:disconnect @catalogue:G-18
  Scenario: updatePost with authorId null takes the post away from its author
    dialects.md §1.2 updateX: "`fId: null` disconnects (no new edge)".
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "A post of mine"}]) {
          id
          posts {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    And saving "data.createAuthor.posts.0.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(id: "{{postId}}", authorId: null) {
          text
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"text": "A post of mine", "author": null}}
      """
    And the side effects should be:
      | -links AuthorPosts | 1 |
