Feature: GraphCMS nested mutations: connect
  Seed 004 "Nested mutations › Examples" (L179-199). `connect` takes a where-unique selector
  (id or any unique field). To-one connect replaces the partner; to-many connect appends and a
  post connected elsewhere moves (prisma1-behaviours §4.0, §4.2). The seed shows no responses.

  @id:graphcms-nested-010 @behaviour:connect @seed:E-004-06 @erratum:ERR-004-3 @erratum:ERR-004-8 @catalogue:P1-063 @catalogue:C-72
  Scenario: Create a post and connect it to an author
    Prior state: the user zeus@example.com (as created by E-004-01). The author is selected by the
    unique `email`. `status` is the GraphCMS system field missing from the seed's model (ERR-004-3).

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {age: 42, email: "zeus@example.com", name: "Zeus"}) {
          id
        }
      }
      """
    When executing:
      """
      # Create a post and connect it to an author
      mutation {
        createPost(data: {
          title: "This is a draft"
          status: DRAFT
          author: {
            connect: {
              email: "zeus@example.com"
            }
          }
        }) {
          id
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"createPost": {"id": "<id>", "author": {"name": "Zeus"}}}
      """
    And the side effects should be:
      | +nodes Post       | 1 |
      | +links PostToUser | 1 |
    When executing control query:
      """
      query {
        posts {
          title
          status
          author {
            email
          }
        }
      }
      """
    Then the result should be:
      """
      {"posts": [{"title": "This is a draft", "status": "DRAFT", "author": {"email": "zeus@example.com"}}]}
      """

  @id:graphcms-nested-011 @behaviour:connect @catalogue:P1-068
  Scenario: Connecting another author's post inside updateUser moves it and appends it
    PM-C1! (User.posts / required Post.author) connect inside update: the post leaves its old
    author (it always keeps exactly one) and is appended to Zeus's posts; the link count is
    unchanged (a move).

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        zeus: createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Zeus's post"}]}}) {
          id
        }
        hera: createUser(data: {email: "hera@example.com", name: "Hera", posts: {create: [{title: "Hera's post"}]}}) {
          posts {
            id
          }
        }
      }
      """
    And saving "data.zeus.id" as "zeus"
    And saving "data.hera.posts.0.id" as "herapost"
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{zeus}}"}, data: {posts: {connect: [{id: "{{herapost}}"}]}}) {
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"posts": [{"title": "Zeus's post"}, {"title": "Hera's post"}]}}
      """
    And no side effects
    When executing control query:
      """
      query {
        user(where: {email: "hera@example.com"}) {
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"user": {"posts": []}}
      """

  @id:graphcms-nested-012 @behaviour:connect @catalogue:P1-069 @catalogue:C-84
  Scenario: Connect on an optional to-one author replaces the previous author
    Fixture blog_user_post_optional_author (`author: User` optional; P1-CM seen from Post). The post
    drops Zeus and gets Hera; Zeus keeps existing without the post; the link count is unchanged.

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
        post: createPost(data: {title: "Hello", author: {connect: {email: "zeus@example.com"}}}) {
          id
        }
      }
      """
    And saving "data.post.id" as "post"
    When executing:
      """
      mutation {
        updatePost(where: {id: "{{post}}"}, data: {author: {connect: {email: "hera@example.com"}}}) {
          title
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"title": "Hello", "author": {"name": "Hera"}}}
      """
    And no side effects
    When executing control query:
      """
      query {
        users {
          name
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"users": [{"name": "Zeus", "posts": []}, {"name": "Hera", "posts": [{"title": "Hello"}]}]}
      """
