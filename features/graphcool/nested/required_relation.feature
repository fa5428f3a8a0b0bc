Feature: Graphcool required to-one relations (3032)
  dialects.md §1.2/§1.3 and §5 G-21…G-24 on fixture author_posts_required_graphcool (the seed's Author/Post with
  Post.author: Author!). The Graphcool server raises RelationIsRequired 3032, "The field '<field>' on
  type '<Type>' is required. Performing this mutation would violate the constraint" (Graphcool's
  wording; Prisma later wrote "that constraint"), when a create leaves a required to-one empty and when
  a change would take the required partner away from a node. Relation arguments stay optional in the
  schema (requiredness is a run-time check), so these are errors with a code, not validation errors.

  @id:graphcool-required-001 @behaviour:errors @catalogue:G-21
  Scenario: createPost without authorId or author is 3032 naming author on Post
    dialects.md §1.2 createX step 5: a required to-one must be satisfied by a non-null fId, a nested
    create, or the relation the node is nested-created through.
    Given the data model "author_posts_required_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createPost(text: "A post of mine") {
          id
        }
      }
      """
    Then an error "RequiredFieldMissing" should be raised
    And the error message should contain "The field 'author' on type 'Post' is required. Performing this mutation would violate the constraint"

  @id:graphcool-required-002 @behaviour:errors @catalogue:G-21
  Scenario: createPost with authorId null does not satisfy the required author
    A null fId links nothing (createX step 3), so step 5 still fails with 3032.
    Given the data model "author_posts_required_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createPost(text: "A post of mine", authorId: null) {
          id
        }
      }
      """
    Then an error "RequiredFieldMissing" should be raised
    And the error message should contain "The field 'author' on type 'Post' is required."

  @id:graphcool-required-003 @behaviour:nested-create @catalogue:G-22
  Scenario: Posts nested inside createAuthor satisfy their required author
    dialects.md §1.2 createX step 4: "the child's own required to-one check skips the relation it was
    created through".
    Given the data model "author_posts_required_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "A post of mine"}, {text: "Another post"}]) {
          posts {
            text
            author {
              description
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"createAuthor": {"posts": [{"text": "A post of mine", "author": {"description": "I am a good author!"}}, {"text": "Another post", "author": {"description": "I am a good author!"}}]}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
      | +nodes Post        | 2 |
      | +links AuthorPosts | 2 |

  @id:graphcool-required-004 @behaviour:connect @catalogue:G-21
  Scenario Outline: createPost satisfies its required author by <how>
    createX step 5: a non-null `authorId` or a nested `author` satisfies the required to-one.
    Given the data model "author_posts_required_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "Existing author") {
          id
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    When executing:
      """
      mutation {
        createPost(text: "A post of mine", <argument>) {
          author {
            description
          }
        }
      }
      """
    Then the result should be:
      """
      {"createPost": {"author": {"description": "<description>"}}}
      """
    And the side effects should be:
      | +nodes Post        | 1 |
      | +nodes Author      | <new_authors> |
      | +links AuthorPosts | 1 |

    Examples:
      | how             | argument                               | description     | new_authors |
      | id              | authorId: "{{authorId}}"               | Existing author | 0           |
      | nested-author   | author: {description: "Nested author"} | Nested author   | 1           |

  @id:graphcool-required-005 @behaviour:errors @catalogue:G-23
  Scenario: updateAuthor with postsIds that drops a post whose author is required is 3032, nothing changed
    dialects.md §1.2 updateX: "If the child side is a required to-one and any currently linked child
    is missing from the new list → 3032 naming the child field/type" (checkIfUpdateWouldFailARequired
    ManyRelation); the check runs before any write.
    Given the data model "author_posts_required_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "Kept post"}, {text: "Dropped post"}]) {
          id
          posts {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    And saving "data.createAuthor.posts.0.id" as "keptId"
    When executing:
      """
      mutation {
        updateAuthor(id: "{{authorId}}", postsIds: ["{{keptId}}"]) {
          id
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'author' on type 'Post' is required. Performing this mutation would violate the constraint"
    When executing control query:
      """
      query {
        Author(id: "{{authorId}}") {
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"posts": [{"text": "Kept post"}, {"text": "Dropped post"}]}}
      """

  @id:graphcool-required-006 @behaviour:connect @catalogue:G-23
  Scenario: updateAuthor with postsIds that keeps every current post and takes one from another author succeeds
    The check only fails when a currently linked child is missing from the new list; the taken post
    keeps an author (it moves), so no required relation is violated.
    Given the data model "author_posts_required_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "First author", posts: [{text: "Own post"}]) {
          id
          posts {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "firstId"
    And saving "data.createAuthor.posts.0.id" as "ownId"
    And having executed:
      """
      mutation {
        createAuthor(description: "Second author", posts: [{text: "Taken post"}]) {
          id
          posts {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "secondId"
    And saving "data.createAuthor.posts.0.id" as "takenId"
    When executing:
      """
      mutation {
        updateAuthor(id: "{{firstId}}", postsIds: ["{{ownId}}", "{{takenId}}"]) {
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateAuthor": {"posts": [{"text": "Own post"}, {"text": "Taken post"}]}}
      """
    And no side effects
    When executing control query:
      """
      query {
        Author(id: "{{secondId}}") {
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"posts": []}}
      """

  @id:graphcool-required-007 @behaviour:errors @catalogue:G-23
  Scenario: A nested posts list on updateAuthor is 3032 when the author has posts whose author is required
    dialects.md §1.2 updateX: the nested create on a to-many replaces the list, "current edges are
    removed first (with the same 3032 check)" (getComplexMutactions: checkIfRemovalWouldFailARequired
    Relation). No post is created.
    Given the data model "author_posts_required_graphcool"
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
        updateAuthor(id: "{{authorId}}", posts: [{text: "Another post"}]) {
          id
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'author' on type 'Post' is required."

  @id:graphcool-required-008 @behaviour:nested-create @catalogue:G-23
  Scenario: A nested posts list on updateAuthor succeeds when the author has no posts yet
    The 3032 check fails only if the author currently has related posts.
    Given the data model "author_posts_required_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!") {
          id
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    When executing:
      """
      mutation {
        updateAuthor(id: "{{authorId}}", posts: [{text: "A post of mine"}]) {
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateAuthor": {"posts": [{"text": "A post of mine"}]}}
      """
    And the side effects should be:
      | +nodes Post        | 1 |
      | +links AuthorPosts | 1 |

  @id:graphcool-required-009 @behaviour:errors @catalogue:G-24
  Scenario: deleteAuthor is 3032 while a post's required author points at it; nothing is deleted
    dialects.md §1.2 deleteX: "if some related node has a required to-one field pointing at this
    node → 3032 naming that related field/type".
    Given the data model "author_posts_required_graphcool"
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
        deleteAuthor(id: "{{authorId}}") {
          id
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'author' on type 'Post' is required. Performing this mutation would violate the constraint"

  @id:graphcool-required-010 @behaviour:delete @catalogue:G-24
  Scenario: deleteAuthor with posts on an optional relation deletes only the author; the posts keep existing
    dialects.md §1.2 deleteX: no cascade; "related nodes survive with the relation empty" (seed 001
    L17: cascading deletes are not available). Fixture author_contact_posts_graphcool, Post.author optional.
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
        deleteAuthor(id: "{{authorId}}") {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be:
      """
      {"deleteAuthor": {"description": "I am a good author!", "posts": []}}
      """
    And the side effects should be:
      | -nodes Author      | 1 |
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

  @id:graphcool-required-011 @behaviour:disconnect @catalogue:G-18
  Scenario: updatePost with authorId null succeeds although Post.author is required (the node's own to-one is not re-checked)
    dialects.md §1.2 updateX and the §1.3 table ("`null` not checked"): on update the Graphcool server
    checks only the *partner's* back field (getAddToRelationMutactionsForIdFieldsForUpdate →
    checkIfUpdateWouldFailARequiredOneRelation(Post.author): the partner field Author.posts is a list,
    so there is no check). The real server therefore unlinks the post and leaves it without its
    required author; the scenario expects that answer.
    Given the data model "author_posts_required_graphcool"
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
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"text": "A post of mine"}}
      """
    And the side effects should be:
      | -links AuthorPosts | 1 |
    When executing control query:
      """
      query {
        Author(id: "{{authorId}}") {
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
