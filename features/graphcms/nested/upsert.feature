Feature: GraphCMS nested mutations: upsert
  Seed 004 L261-290 ("Nested upserting works similarly"). In Prisma 1.4+ (and so in 1.34, the
  GraphCMS default) a to-one nested upsert is `{update, create}` without `where`
  (UserUpsertWithoutPostsInput); the seed's `{where, update, create}` is the 1.0–1.3 shape
  (ERR-004-7, prisma1-behaviours §1, §13 "Seed 004" item 1) and is a GraphQL validation error.
  A to-many nested upsert is `[{where, update, create}]`, looked up among this user's posts only.

  @id:graphcms-nested-030 @behaviour:nested-upsert @seed:E-004-10 @erratum:ERR-004-7 @erratum:ERR-004-8 @catalogue:P1-113
  Scenario: The seed's to-one upsert with a where selector is a GraphQL validation error
    Transcribed literally. Ids are generated, so the seed's literal ids cjcf1cj0r017z014605713ym0
    (Post) and cjcf1cj0c017y01461c6enbfe (User) are replaced by the saved ids {{post}} and {{zeus}}.
    UserUpsertWithoutPostsInput has no field `where` in the default (1.34) shapes, so nothing runs.
    (A legacy-shapes option of the GraphCMS dialect may accept it; this scenario is the default.)

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
        updatePost(
          where: {
            id: "{{post}}"
          }
          data: {
            author: {
              upsert: {
                where: {
                  id: "{{zeus}}"
                }
                update: {
                  email: "zeus2@example.com"
                  name: "Zeus2"
                }
                create: {
                  email: "zeus@example.com"
                  name: "Zeus"
                }
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'where' is not defined in the input type 'UserUpsertWithoutPostsInput'"
    When executing control query:
      """
      query {
        post(where: {id: "{{post}}"}) {
          author {
            email
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"post": {"author": {"email": "zeus@example.com", "name": "Zeus"}}}
      """

  @id:graphcms-nested-031 @behaviour:nested-upsert @seed:E-004-10 @erratum:ERR-004-7 @catalogue:P1-113 @catalogue:C-78
  Scenario: Corrected to-one upsert {update, create} updates the connected author
    E-004-10 with the `where` removed (the 1.4+ shape). `Post.author` is required, so the post
    always has an author and the update branch always runs: the author becomes zeus2@example.com /
    Zeus2 and the create branch (which would clash with zeus@example.com) does not run. The seed's
    literal ids are replaced by the saved ids {{post}} and {{zeus}}.

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
        updatePost(
          where: {
            id: "{{post}}"
          }
          data: {
            author: {
              upsert: {
                update: {
                  email: "zeus2@example.com"
                  name: "Zeus2"
                }
                create: {
                  email: "zeus@example.com"
                  name: "Zeus"
                }
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
      {"updatePost": {"id": "{{post}}"}}
      """
    And no side effects
    When executing control query:
      """
      query {
        users {
          id
          email
          name
          posts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"users": [{"id": "{{zeus}}", "email": "zeus2@example.com", "name": "Zeus2", "posts": [{"id": "{{post}}"}]}]}
      """

  @id:graphcms-nested-032 @behaviour:nested-upsert @catalogue:P1-106
  Scenario: To-many nested upsert whose where matches a connected post updates it in place

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Draft title"}]}}) {
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
        updateUser(
          where: {id: "{{zeus}}"}
          data: {posts: {upsert: [{
            where: {id: "{{post}}"}
            update: {title: "Hello World"}
            create: {title: "Created instead"}
          }]}}
        ) {
          posts {
            id
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"posts": [{"id": "{{post}}", "title": "Hello World"}]}}
      """
    And no side effects

  @id:graphcms-nested-033 @behaviour:nested-upsert @catalogue:P1-107 @catalogue:C-85
  Scenario: To-many nested upsert whose where matches another user's post creates a new post
    The `where` is looked up among Zeus's posts only; Hera's post counts as "not found", so the
    create branch runs and the new post is connected to Zeus. Hera's post is untouched.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        zeus: createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
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
        updateUser(
          where: {id: "{{zeus}}"}
          data: {posts: {upsert: [{
            where: {id: "{{herapost}}"}
            update: {title: "Stolen"}
            create: {title: "Zeus's new post"}
          }]}}
        ) {
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"posts": [{"title": "Zeus's new post"}]}}
      """
    And the side effects should be:
      | +nodes Post       | 1 |
      | +links PostToUser | 1 |
    When executing control query:
      """
      query {
        post(where: {id: "{{herapost}}"}) {
          title
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"post": {"title": "Hera's post", "author": {"name": "Hera"}}}
      """
