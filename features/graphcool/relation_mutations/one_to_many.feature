Feature: Graphcool relation mutations on one-to-many relations: addToR / removeFromR
  Seed 003 "Modifying edges for one-to-many relations" (L353-442) and dialects.md §1.1/§1.2
  (AddToRelation, RemoveFromRelation). The seed's examples use the relation AuthorPosts between Post
  and User, which no SDL of the seed defines, while the prose calls it UserPosts (ERR-003-5,
  ERR-003-6): fixture post_user_author_graphcool is I-003-authorposts (Post.author: User, User.posts). Post
  is side A, so the arguments are `authorUserId` (the User id) and `postsPostId` (the Post id), and the
  payload `authorUser` / `postsPost`. There is no createUser for a model named User (§1.1): users are
  made with updateOrCreateUser. The seed's note "Adds the edge only if this node pair is not connected
  yet … Does not remove any edges" (L401) is wrong for one-to-many (ERR-003-14, dialects.md §1.6 item
  6): addTo removes the post's previous edge, i.e. it *moves* the post; the scenarios test that reading.

  @id:graphcool-relmut-020 @behaviour:relation-mutation @seed:E-003-12 @erratum:ERR-003-5 @erratum:ERR-003-6 @catalogue:G-31
  Scenario: Connect two nodes in a one-to-many relation with addToAuthorPosts
    Seed 003 L368-399 with the User "John Doe" (cixnekqnu2ify0134ekw4pox8 in the seed) and the Post "My
    biggest Adventure" (cixnen24p33lo0143bexvr52n) created first.
    Given the data model "post_user_author_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
        createPost(title: "My biggest Adventure", slug: "my-biggest-adventure") { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "userId"
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        addToAuthorPosts(
          authorUserId: "{{userId}}"
          postsPostId: "{{postId}}"
        ) {
          authorUser {
            name
          }
          postsPost {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToAuthorPosts": {"authorUser": {"name": "John Doe"}, "postsPost": {"title": "My biggest Adventure"}}}
      """
    And the side effects should be:
      | +links AuthorPosts | 1 |

  @id:graphcool-relmut-021 @behaviour:relation-mutation @seed:E-003-13 @erratum:ERR-003-5 @erratum:ERR-003-6 @erratum:ERR-003-7
  Scenario: Disconnect two nodes in a one-to-many relation with removeFromAuthorPosts
    Seed 003 L411-442 on the edge of E-003-12. The selection asks for `postsPost { slug }` but the
    seed's response shows `title` (ERR-003-7): the expectation follows the selection, with the slug the
    fixture gave the post (the seed gives none). Both nodes survive.
    Given the data model "post_user_author_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "userId"
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", slug: "my-biggest-adventure", authorId: "{{userId}}") { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        removeFromAuthorPosts(
          authorUserId: "{{userId}}"
          postsPostId: "{{postId}}"
        ) {
          authorUser {
            name
          }
          postsPost {
            slug
          }
        }
      }
      """
    Then the result should be:
      """
      {"removeFromAuthorPosts": {"authorUser": {"name": "John Doe"}, "postsPost": {"slug": "my-biggest-adventure"}}}
      """
    And the side effects should be:
      | -links AuthorPosts | 1 |
    When executing control query:
      """
      query {
        Post(id: "{{postId}}") {
          title
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"title": "My biggest Adventure", "author": null}}
      """

  @id:graphcool-relmut-022 @behaviour:relation-mutation @erratum:ERR-003-14 @catalogue:G-32
  Scenario: addToR on a one-to-many moves the post away from its previous author
    dialects.md §1.2 addToR: "if A's field is to-one, A's existing edge is removed … (so in
    one-to-many the child is moved)". Post is side A and its `author` is to-one, so the post's old edge
    goes. The link count is unchanged; the previous author has no posts left.
    Given the data model "post_user_author_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        john: updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
        jane: updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox9"}, create: {name: "Jane Doe"}) { id }
      }
      """
    And saving "data.john.id" as "johnId"
    And saving "data.jane.id" as "janeId"
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", authorId: "{{janeId}}") { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        addToAuthorPosts(authorUserId: "{{johnId}}", postsPostId: "{{postId}}") {
          postsPost {
            author {
              name
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToAuthorPosts": {"postsPost": {"author": {"name": "John Doe"}}}}
      """
    And no side effects
    When executing control query:
      """
      query {
        User(id: "{{janeId}}") {
          posts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"User": {"posts": []}}
      """

  @id:graphcool-relmut-023 @behaviour:relation-mutation @from-prose
  Scenario: addToR on a pair that is already connected is a silent no-op
    Seed 003 L401: "Adds the edge only if this node pair is not connected yet by this relation";
    dialects.md §1.2: the edge is inserted with `on duplicate key update`.
    Given the data model "post_user_author_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "userId"
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", authorId: "{{userId}}") { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        addToAuthorPosts(authorUserId: "{{userId}}", postsPostId: "{{postId}}") {
          authorUser {
            posts {
              title
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToAuthorPosts": {"authorUser": {"posts": [{"title": "My biggest Adventure"}]}}}
      """
    And no side effects

  @id:graphcool-relmut-024 @behaviour:relation-mutation @catalogue:G-35
  Scenario: removeFromR on two existing nodes that are not connected is a silent success
    dialects.md §1.2: the single edge between the two nodes is deleted; "deleting a non-existent edge is
    a silent success". The post stays with its own author.
    Given the data model "post_user_author_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        john: updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
        jane: updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox9"}, create: {name: "Jane Doe"}) { id }
      }
      """
    And saving "data.john.id" as "johnId"
    And saving "data.jane.id" as "janeId"
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", authorId: "{{janeId}}") { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        removeFromAuthorPosts(authorUserId: "{{johnId}}", postsPostId: "{{postId}}") {
          authorUser {
            name
          }
          postsPost {
            title
            author {
              name
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"removeFromAuthorPosts": {"authorUser": {"name": "John Doe"}, "postsPost": {"title": "My biggest Adventure", "author": {"name": "Jane Doe"}}}}
      """
    And no side effects

  @id:graphcool-relmut-025 @behaviour:errors @catalogue:G-36
  Scenario: removeFromR with an unknown node id is error 3013
    dialects.md §1.2/§1.4: NodeNotFoundError 3013 "Node with id <id> not found"; nothing changes.
    Given the data model "post_user_author_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure") { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        removeFromAuthorPosts(authorUserId: "cixnekqnu2ify0134ekw4pox8", postsPostId: "{{postId}}") {
          postsPost {
            title
          }
        }
      }
      """
    Then an error "RelationNodeNotFound" should be raised
    And the error message should contain "Node with id cixnekqnu2ify0134ekw4pox8 not found"

  @id:graphcool-relmut-026 @behaviour:errors
  Scenario: addToR with an unknown node for the argument named after side A's field is error 3011
    dialects.md §1.2 addToR: "The id named after fA (the B node) is checked up front (3011 with the id)".
    Here fA is Post.author, so authorUserId is checked. The post keeps its author.
    Given the data model "post_user_author_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox9"}, create: {name: "Jane Doe"}) { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "janeId"
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", authorId: "{{janeId}}") { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        addToAuthorPosts(authorUserId: "cixnekqnu2ify0134ekw4pox8", postsPostId: "{{postId}}") {
          postsPost {
            title
          }
        }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And the error message should contain "Id if available: cixnekqnu2ify0134ekw4pox8"
    When executing control query:
      """
      query {
        Post(id: "{{postId}}") {
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"author": {"name": "Jane Doe"}}}
      """

  @id:graphcool-relmut-027 @behaviour:relation-mutation @seed:E-003-06 @from-prose @erratum:ERR-003-5 @catalogue:G-31
  Scenario: M-003-relations generates addToWrittenPosts(authorUserId, writtenPostsPostId)
    Seed 003 L196, L198-199: "the addToWrittenPosts and removeFromWrittenPosts mutations connect and
    disconnect two nodes in the one-to-many relation WrittenPosts" (prose only). With the shown schema
    the names follow the relation WrittenPosts and its fields author / writtenPosts (ERR-003-6 and
    dialects.md §1.6 seed 003 item 3): arguments authorUserId and writtenPostsPostId, payload
    authorUser and writtenPostsPost.
    Given the data model "post_user_address_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
        createPost(title: "My biggest Adventure") { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "userId"
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        addToWrittenPosts(authorUserId: "{{userId}}", writtenPostsPostId: "{{postId}}") {
          authorUser {
            name
            writtenPosts {
              title
            }
          }
          writtenPostsPost {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToWrittenPosts": {"authorUser": {"name": "John Doe", "writtenPosts": [{"title": "My biggest Adventure"}]}, "writtenPostsPost": {"title": "My biggest Adventure"}}}
      """
    And the side effects should be:
      | +links WrittenPosts | 1 |

  @id:graphcool-relmut-028 @behaviour:relation-mutation @seed:E-003-06 @from-prose @erratum:ERR-003-5 @catalogue:G-31
  Scenario: M-003-relations generates removeFromWrittenPosts(authorUserId, writtenPostsPostId)
    Seed 003 L199 (prose only). Post.author and User.writtenPosts are optional, so removeFrom exists.
    Given the data model "post_user_address_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "userId"
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", authorId: "{{userId}}") { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        removeFromWrittenPosts(authorUserId: "{{userId}}", writtenPostsPostId: "{{postId}}") {
          authorUser {
            writtenPosts {
              title
            }
          }
          writtenPostsPost {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"removeFromWrittenPosts": {"authorUser": {"writtenPosts": []}, "writtenPostsPost": {"title": "My biggest Adventure"}}}
      """
    And the side effects should be:
      | -links WrittenPosts | 1 |
