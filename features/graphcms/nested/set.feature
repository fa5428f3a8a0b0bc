Feature: GraphCMS nested mutations: set on a to-many relation
  Not in seed 004 (nested `set` arrived in Prisma 1.25); GraphCMS legacy follows Prisma 1.34.
  `posts: {set: [...]}` replaces the user's whole set of posts; listed posts that belong to
  another user move; `set: []` detaches everything (prisma1-behaviours §4.7).

  @id:graphcms-nested-060 @behaviour:set @catalogue:P1-115 @catalogue:C-86
  Scenario: set replaces the connected posts and takes a post from another user
    Fixture blog_user_post_optional_author (optional author, PM-C1 seen from User). Zeus had Post 1 and
    Post 2, Hera had Post 3; after `set: [Post 2, Post 3]` Post 1 has no author, Post 3 moved.
    Links go from 3 to 2.

    Given the data model "blog_user_post_optional_author"
    And an empty database
    And having executed:
      """
      mutation {
        zeus: createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          id
        }
        hera: createUser(data: {email: "hera@example.com", name: "Hera"}) {
          id
        }
      }
      """
    And saving "data.zeus.id" as "zeus"
    And having executed:
      """
      mutation {
        a: createPost(data: {title: "Post 1", author: {connect: {email: "zeus@example.com"}}}) {
          id
        }
        b: createPost(data: {title: "Post 2", author: {connect: {email: "zeus@example.com"}}}) {
          id
        }
        c: createPost(data: {title: "Post 3", author: {connect: {email: "hera@example.com"}}}) {
          id
        }
      }
      """
    And saving "data.b.id" as "p2"
    And saving "data.c.id" as "p3"
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{zeus}}"}, data: {posts: {set: [{id: "{{p2}}"}, {id: "{{p3}}"}]}}) {
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"posts": [{"title": "Post 2"}, {"title": "Post 3"}]}}
      """
    And the side effects should be:
      | -links PostToUser | 1 |
    When executing control query:
      """
      query {
        posts {
          title
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"posts": [
        {"title": "Post 1", "author": null},
        {"title": "Post 2", "author": {"name": "Zeus"}},
        {"title": "Post 3", "author": {"name": "Zeus"}}
      ]}
      """

  @id:graphcms-nested-061 @behaviour:set @catalogue:P1-116 @catalogue:C-86
  Scenario: set with an empty list detaches every post of the user
    Fixture blog_user_post_optional_author. The posts survive without an author.

    Given the data model "blog_user_post_optional_author"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Post 1"}, {title: "Post 2"}]}}) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "zeus"
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{zeus}}"}, data: {posts: {set: []}}) {
          posts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"posts": []}}
      """
    And the side effects should be:
      | -links PostToUser | 2 |
    When executing control query:
      """
      query {
        posts {
          title
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"posts": [{"title": "Post 1", "author": null}, {"title": "Post 2", "author": null}]}
      """

  @id:graphcms-nested-062 @behaviour:set @catalogue:P1-117
  Scenario: set on the required relation orphans a post without an error (Prisma 1.34 quirk)
    M-004-blog: `Post.author: User!` is required (PM-C1! seen from User). Prisma 1.34's nested set
    runs no required-relation check (prisma1-behaviours §4.7, §15: `SetUpdate` "a PM to C1!
    relation … should be setable", links 3 → 2, no error), so the post left out of the list is
    silently orphaned, although `disconnect` of the same post would be 3042. This is a quirk
    (arguably a bug) of the real system, asserted as such. The orphan's `author` is not queried
    (a null in a non-null field). Zeus had Post 1 and Post 2, Hera had Post 3; after
    `set: [Post 1, Post 3]` Post 3 moved to Zeus and Post 2 has no author.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        zeus: createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          id
        }
        hera: createUser(data: {email: "hera@example.com", name: "Hera"}) {
          id
        }
      }
      """
    And saving "data.zeus.id" as "zeus"
    And having executed:
      """
      mutation {
        a: createPost(data: {title: "Post 1", author: {connect: {email: "zeus@example.com"}}}) {
          id
        }
        b: createPost(data: {title: "Post 2", author: {connect: {email: "zeus@example.com"}}}) {
          id
        }
        c: createPost(data: {title: "Post 3", author: {connect: {email: "hera@example.com"}}}) {
          id
        }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.c.id" as "p3"
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{zeus}}"}, data: {posts: {set: [{id: "{{p1}}"}, {id: "{{p3}}"}]}}) {
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"posts": [{"title": "Post 1"}, {"title": "Post 3"}]}}
      """
    And the side effects should be:
      | -links PostToUser | 1 |
    When executing control query:
      """
      query {
        users {
          name
          posts {
            title
          }
        }
        postsConnection {
          aggregate {
            count
          }
        }
      }
      """
    Then the result should be:
      """
      {
        "users": [
          {"name": "Zeus", "posts": [{"title": "Post 1"}, {"title": "Post 3"}]},
          {"name": "Hera", "posts": []}
        ],
        "postsConnection": {"aggregate": {"count": 3}}
      }
      """
