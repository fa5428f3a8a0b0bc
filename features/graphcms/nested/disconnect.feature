Feature: GraphCMS nested mutations: disconnect
  Seed 004 lists `disconnect` (L147) but has no example (PB-31), and implies that a required to-one
  offers only update and upsert besides create/connect (L171). Prisma 1.34: no `disconnect` on a
  required to-one (validation error); disconnecting a post from its required author is 3042;
  on an optional relation the link is removed and the post survives, and `disconnect: true` with
  nothing connected is 3041 (prisma1-behaviours §3, §4.0, §4.3).

  @id:graphcms-nested-050 @behaviour:disconnect @from-prose @catalogue:P1-081 @catalogue:C-80
  Scenario: disconnect on the required to-one author is a GraphQL validation error
    UserUpdateOneRequiredWithoutPostsInput has no `disconnect` field.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Hello"}]}}) {
          posts {
            id
          }
        }
      }
      """
    And saving "data.createUser.posts.0.id" as "post"
    When executing:
      """
      mutation {
        updatePost(where: {id: "{{post}}"}, data: {author: {disconnect: true}}) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'disconnect' is not defined in the input type 'UserUpdateOneRequiredWithoutPostsInput'"

  @id:graphcms-nested-051 @behaviour:disconnect @from-prose @catalogue:P1-078 @catalogue:C-81
  Scenario: Disconnecting a post from the user side violates the required relation PostToUser
    `posts: {disconnect: [...]}` exists on the to-many side, but the post would lose its required
    author: Prisma answers 3042 and nothing changes.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Hello"}]}}) {
          id
          posts {
            id
          }
        }
      }
      """
    And saving "data.createUser.id" as "zeus"
    And saving "data.createUser.posts.0.id" as "post"
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{zeus}}"}, data: {posts: {disconnect: [{id: "{{post}}"}]}}) {
          id
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'PostToUser' between Post and User"
    When executing control query:
      """
      query {
        user(where: {id: "{{zeus}}"}) {
          posts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"user": {"posts": [{"id": "{{post}}"}]}}
      """

  @id:graphcms-nested-052 @behaviour:disconnect @from-prose @catalogue:P1-076
  Scenario: disconnect true on an optional to-one author removes the link, both nodes survive
    Fixture blog_user_post_optional_author (`author: User` optional).

    Given the data model "blog_user_post_optional_author"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(data: {title: "Hello", author: {create: {email: "zeus@example.com", name: "Zeus"}}}) {
          id
        }
      }
      """
    And saving "data.createPost.id" as "post"
    When executing:
      """
      mutation {
        updatePost(where: {id: "{{post}}"}, data: {author: {disconnect: true}}) {
          title
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"title": "Hello", "author": null}}
      """
    And the side effects should be:
      | -links PostToUser | 1 |
    When executing control query:
      """
      query {
        users {
          name
          posts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"users": [{"name": "Zeus", "posts": []}]}
      """

  @id:graphcms-nested-053 @behaviour:disconnect @from-prose @catalogue:C-82
  Scenario: disconnect true on an optional to-one author with no author connected is NodesNotConnected
    Fixture blog_user_post_optional_author. Rule table P1-CM (prisma1-behaviours §4.0, §4.3): nothing is
    connected, so Prisma answers 3041 naming the relation PostToUser.

    Given the data model "blog_user_post_optional_author"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(data: {title: "Lonely"}) {
          id
        }
      }
      """
    And saving "data.createPost.id" as "post"
    When executing:
      """
      mutation {
        updatePost(where: {id: "{{post}}"}, data: {author: {disconnect: true}}) {
          id
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation PostToUser has no node for the model Post"

  @id:graphcms-nested-054 @behaviour:disconnect @from-prose @catalogue:P1-079
  Scenario: Disconnecting one of a user's posts on an optional relation keeps the others
    Fixture blog_user_post_optional_author (PM-C1 seen from User): the disconnected post survives without
    an author.

    Given the data model "blog_user_post_optional_author"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "zeus"
    And having executed:
      """
      mutation {
        a: createPost(data: {title: "Post 1", author: {connect: {id: "{{zeus}}"}}}) {
          id
        }
        b: createPost(data: {title: "Post 2", author: {connect: {id: "{{zeus}}"}}}) {
          id
        }
      }
      """
    And saving "data.b.id" as "p2"
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{zeus}}"}, data: {posts: {disconnect: [{id: "{{p2}}"}]}}) {
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"posts": [{"title": "Post 1"}]}}
      """
    And the side effects should be:
      | -links PostToUser | 1 |
    When executing control query:
      """
      query {
        post(where: {id: "{{p2}}"}) {
          title
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"post": {"title": "Post 2", "author": null}}
      """
