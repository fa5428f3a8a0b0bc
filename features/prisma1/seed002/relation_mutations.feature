Feature: Seed 002 "Relation mutations" transcribed against Prisma 1.34
  Seed 002 (Prisma 1 "Mutation API" draft, L113-369) with its model M-002-userpost (fixture
  user_posts: User.posts / Post.author, both optional, relation PostToUser). The seed shows no
  responses; the expectations follow prisma1-behaviours.md. The seed's literal ids are reused across
  models (a Post id in one example is a User id in another, ERR-002-8), so every scenario creates its
  own nodes, saves their generated ids and puts "{{…}}" where the seed has a literal id.
  Seen from Post, `author` is a to-one whose back-field is a list: the P1-CM row of §4.0.

  @id:prisma1-seed002-001 @behaviour:relation-matrix @seed:E-002-05 @erratum:ERR-002-12
  Scenario Outline: the relation-mutation base syntax with <operation> on Post.author
    Seed 002 L136-151 is a template, not an example: `<operation>: <data>` is not GraphQL
    (ERR-002-12). As an outline it runs each operation the seed lists at L155 with the Prisma 1.34
    input shape of §5: `create`/`connect` take an object, `disconnect`/`delete` take `true`, `update`
    takes the data itself and `upsert` takes `{update, create}`. The post starts with author alice;
    bob exists too. Every operation keeps the post; `delete` removes alice entirely (no other
    required relation points at User), `disconnect` only unlinks her, `connect` replaces her by bob,
    `create` by a new user, `update`/`upsert` change her name in place (upsert takes its update
    branch because a user is linked, §4.6).
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {username: "alice", name: "Alice", posts: {create: [{title: "Hello"}]}}) { posts { id } } }
      """
    And saving "data.createUser.posts.0.id" as "postId"
    And having executed:
      """
      mutation { createUser(data: {username: "bob", name: "Bob"}) { id } }
      """
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}"
          }
          data: {
            author: {
              <operation>: <data>
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    When executing control query:
      """
      {
        post(where: {id: "{{postId}}"}) { title author { username name } }
        users { username name }
      }
      """
    Then the result should be:
      """
      {"post": {"title": "Hello", "author": <author>}, "users": <users>}
      """

    Examples:
      | operation  | data                                                                               | author                                       | users                                                                                                                   |
      | connect    | {username: "bob"}                                                                  | {"username": "bob", "name": "Bob"}           | [{"username": "alice", "name": "Alice"}, {"username": "bob", "name": "Bob"}]                                            |
      | create     | {username: "johnny", name: "Johne Doe"}                                            | {"username": "johnny", "name": "Johne Doe"}  | [{"username": "alice", "name": "Alice"}, {"username": "bob", "name": "Bob"}, {"username": "johnny", "name": "Johne Doe"}] |
      | disconnect | true                                                                               | null                                         | [{"username": "alice", "name": "Alice"}, {"username": "bob", "name": "Bob"}]                                            |
      | update     | {name: "John Doe-Doe"}                                                             | {"username": "alice", "name": "John Doe-Doe"} | [{"username": "alice", "name": "John Doe-Doe"}, {"username": "bob", "name": "Bob"}]                                     |
      | upsert     | {update: {name: "John Doe-Doe"}, create: {username: "johnny", name: "Johne Doe"}} | {"username": "alice", "name": "John Doe-Doe"} | [{"username": "alice", "name": "John Doe-Doe"}, {"username": "bob", "name": "Bob"}]                                     |
      | delete     | true                                                                               | null                                         | [{"username": "bob", "name": "Bob"}]                                                                                    |

  @id:prisma1-seed002-002 @behaviour:connect @seed:E-002-06 @erratum:ERR-002-3 @erratum:ERR-002-8 @catalogue:P1-072
  Scenario: connect two nodes in a "to-one"-relation (Post.author by username)
    Seed 002 L166-183. The operation closes with `}) {` although `updatePost(` opened with a bare `(`
    (ERR-002-3); it is transcribed with the stray `}` dropped, comments kept. The post has no author
    yet, so one link is added.
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {username: "alice", name: "Alice"}) { id } }
      """
    And having executed:
      """
      mutation { createPost(data: {title: "My post"}) { id } }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}" # or any other unique field
          }
          data: {
            author: {
              connect: {
                username: "alice" # or any other unique field
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    And the side effects should be:
      | +links PostToUser | 1 |
    When executing control query:
      """
      { post(where: {id: "{{postId}}"}) { author { username } } }
      """
    Then the result should be:
      """
      {"post": {"author": {"username": "alice"}}}
      """

  @id:prisma1-seed002-003 @behaviour:connect @seed:E-002-06 @erratum:ERR-002-3 @catalogue:P1-069
  Scenario: connect in a "to-one"-relation replaces the previous author, who keeps existing
    The same repaired operation as E-002-06, on a post that already has author bob. §4.0 P1-CM
    "connect inside update": the post's old link is removed, then the new one added; the link count
    is unchanged and bob is left without the post.
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {username: "alice", name: "Alice"}) { id } }
      """
    And having executed:
      """
      mutation { createUser(data: {username: "bob", name: "Bob", posts: {create: [{title: "My post"}]}}) { posts { id } } }
      """
    And saving "data.createUser.posts.0.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}" # or any other unique field
          }
          data: {
            author: {
              connect: {
                username: "alice" # or any other unique field
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    And no side effects
    When executing control query:
      """
      { users { username posts { title } } }
      """
    Then the result should be:
      """
      {"users": [{"username": "alice", "posts": [{"title": "My post"}]}, {"username": "bob", "posts": []}]}
      """

  @id:prisma1-seed002-004 @behaviour:nested-create @seed:E-002-07 @erratum:ERR-002-3 @erratum:ERR-002-8 @catalogue:P1-052
  Scenario: create a new node for a "to-one"-relation (Post.author)
    Seed 002 L191-209, with the stray `}` of ERR-002-3 dropped. The data value "Johne Doe" is kept
    literally. The post has no author, so a user and one link are added (§4.0 P1-CM, create inside
    update).
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createPost(data: {title: "My post"}) { id } }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}" # or any other unique field
          }
          data: {
            author: {
              create: {
                username: "johnny"
                name: "Johne Doe"
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    And the side effects should be:
      | +nodes User       | 1 |
      | +links PostToUser | 1 |
    When executing control query:
      """
      { post(where: {id: "{{postId}}"}) { author { username name } } }
      """
    Then the result should be:
      """
      {"post": {"author": {"username": "johnny", "name": "Johne Doe"}}}
      """

  @id:prisma1-seed002-005 @behaviour:nested-create @seed:E-002-07 @erratum:ERR-002-3 @catalogue:P1-052 @catalogue:P1-051
  Scenario: create for a "to-one"-relation on a post that has an author: the old author is detached, not deleted
    The same repaired operation, on a post written by alice. §4.0 P1-CM "nested create inside
    update": the post's old link is removed and the new user linked (CreUpdate "many to one"); alice
    survives with no posts. One user more, link count unchanged.
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {username: "alice", name: "Alice", posts: {create: [{title: "My post"}]}}) { posts { id } } }
      """
    And saving "data.createUser.posts.0.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}" # or any other unique field
          }
          data: {
            author: {
              create: {
                username: "johnny"
                name: "Johne Doe"
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    And the side effects should be:
      | +nodes User | 1 |
    When executing control query:
      """
      { users { username posts { title } } }
      """
    Then the result should be:
      """
      {"users": [{"username": "alice", "posts": []}, {"username": "johnny", "posts": [{"title": "My post"}]}]}
      """

  @id:prisma1-seed002-006 @behaviour:disconnect @seed:E-002-11 @catalogue:P1-084
  Scenario: disconnect two nodes in a "to-one"-relation (Post.author)
    Seed 002 L294-309, well-formed as written (`disconnect: true` is the 1.4+ shape, §13 item 7). The
    link is removed; the user survives.
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {username: "alice", name: "Alice", posts: {create: [{title: "My post"}]}}) { posts { id } } }
      """
    And saving "data.createUser.posts.0.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}"
          }
          data: {
            author: {
              disconnect: true
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    And the side effects should be:
      | -links PostToUser | 1 |
    When executing control query:
      """
      { post(where: {id: "{{postId}}"}) { author { username } } users { username posts { title } } }
      """
    Then the result should be:
      """
      {"post": {"author": null}, "users": [{"username": "alice", "posts": []}]}
      """

  @id:prisma1-seed002-007 @behaviour:disconnect @seed:E-002-11
  Scenario: disconnect in a "to-one"-relation when the post has no author fails with 3041
    The seed's operation on a post without an author. §4.3: 3041 "The relation PostToUser has no
    node for the model Post with the value '<postId>' for the field 'id' connected to a node for the
    model User on your mutation path."
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createPost(data: {title: "My post"}) { id } }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}"
          }
          data: {
            author: {
              disconnect: true
            }
          }
        ) {
          id
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation PostToUser has no node for the model Post with the value '"
    And the error message should contain "' for the field 'id' connected to a node for the model User on your mutation path."

  @id:prisma1-seed002-008 @behaviour:connect @seed:E-002-12 @erratum:ERR-002-8 @erratum:ERR-002-11 @catalogue:P1-073
  Scenario: add nodes to a "to-many"-relation (User.posts connect by ids)
    Seed 002 L321-339. The user's literal id is the Post id of the earlier examples (ERR-002-8), so
    ids are generated and saved. `connect` appends: the user keeps the post it already had (§4.0
    PM-C1 from User; ConnUpdate). The seed's prose about "both nodes of the new edge" in the response
    is Simple-API text (ERR-002-11); the operation selects only `id`, and a control query shows the
    edges.
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {username: "alice", posts: {create: [{title: "older"}]}}) { id } }
      """
    And saving "data.createUser.id" as "userId"
    And having executed:
      """
      mutation { createPost(data: {title: "first"}) { id } }
      """
    And saving "data.createPost.id" as "post1Id"
    And having executed:
      """
      mutation { createPost(data: {title: "second"}) { id } }
      """
    And saving "data.createPost.id" as "post2Id"
    When executing:
      """
      mutation {
        updateUser(
          where: {
            id: "{{userId}}"
          }
          data: {
            posts: {
              connect: [
                { id: "{{post1Id}}" },
                { id: "{{post2Id}}" }
              ]
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"id": "{{userId}}"}}
      """
    And the side effects should be:
      | +links PostToUser | 2 |
    When executing control query:
      """
      { user(where: {id: "{{userId}}"}) { posts { title } } }
      """
    Then the result should be, in order:
      """
      {"user": {"posts": [{"title": "older"}, {"title": "first"}, {"title": "second"}]}}
      """

  @id:prisma1-seed002-009 @behaviour:disconnect @seed:E-002-13 @erratum:ERR-002-8 @erratum:ERR-002-11 @catalogue:P1-085
  Scenario: disconnect nodes in a "to-many"-relation (User.posts disconnect by ids)
    Seed 002 L349-367. Both posts are linked to the user, so both links go; the posts survive
    without an author (§4.3).
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {username: "alice", posts: {create: [{title: "first"}, {title: "second"}]}}) { id posts { id } } }
      """
    And saving "data.createUser.id" as "userId"
    And saving "data.createUser.posts.0.id" as "post1Id"
    And saving "data.createUser.posts.1.id" as "post2Id"
    When executing:
      """
      mutation {
        updateUser(
          where: {
            id: "{{userId}}"
          }
          data: {
            posts: {
              disconnect: [
                { id: "{{post1Id}}" },
                { id: "{{post2Id}}" }
              ]
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"id": "{{userId}}"}}
      """
    And the side effects should be:
      | -links PostToUser | 2 |
    When executing control query:
      """
      { posts { title author { username } } }
      """
    Then the result should be:
      """
      {"posts": [{"title": "first", "author": null}, {"title": "second", "author": null}]}
      """

  @id:prisma1-seed002-010 @behaviour:disconnect @seed:E-002-13 @catalogue:P1-085
  Scenario: disconnect in a "to-many"-relation fails with 3041 when one post belongs to another user
    The seed's operation where the second post is bob's. §4.3: a node that exists but is not linked
    to this parent → 3041 with both ids in the text; the first post is not disconnected either (§9).
    Given the data model "user_posts"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {username: "alice", posts: {create: [{title: "first"}]}}) { id posts { id } } }
      """
    And saving "data.createUser.id" as "userId"
    And saving "data.createUser.posts.0.id" as "post1Id"
    And having executed:
      """
      mutation { createUser(data: {username: "bob", posts: {create: [{title: "second"}]}}) { posts { id } } }
      """
    And saving "data.createUser.posts.0.id" as "post2Id"
    When executing:
      """
      mutation {
        updateUser(
          where: {
            id: "{{userId}}"
          }
          data: {
            posts: {
              disconnect: [
                { id: "{{post1Id}}" },
                { id: "{{post2Id}}" }
              ]
            }
          }
        ) {
          id
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation PostToUser has no node for the model User with the value '"
    And the error message should contain "connected to a node for the model Post with the value '"
    When executing control query:
      """
      { posts { title author { username } } }
      """
    Then the result should be:
      """
      {"posts": [{"title": "first", "author": {"username": "alice"}}, {"title": "second", "author": {"username": "bob"}}]}
      """
