Feature: GraphCMS nested mutations: create (and create + connect) inside create
  Seed 004 "Nested mutations" (L129-235) on M-004-blog (fixture blog_user_post): a create mutation
  exposes only nested `create` and `connect` (L169). `Post.author: User!` is a required to-one, so
  `createPost` must carry `author.create` or `author.connect`. Nested mutations run in one
  transaction (L131). The seed shows no responses (ERR-004-8).

  @id:graphcms-nested-001 @behaviour:nested-create @seed:E-004-07 @from-prose @catalogue:P1-040 @catalogue:C-73
  Scenario: Create a post and create its author at the same time
    Prose only (L201): "If we provide a create argument instead of connect within author, we would
    create a related author and at the same time connect to it". The operation is E-004-06 with
    `create` in place of `connect`.

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      # Create a post and create its author
      mutation {
        createPost(data: {
          title: "This is a draft"
          status: DRAFT
          author: {
            create: {
              email: "zeus@example.com"
              name: "Zeus"
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
      | +nodes User       | 1 |
      | +links PostToUser | 1 |
    When executing control query:
      """
      query {
        user(where: {email: "zeus@example.com"}) {
          name
          posts {
            title
            status
          }
        }
      }
      """
    Then the result should be:
      """
      {"user": {"name": "Zeus", "posts": [{"title": "This is a draft", "status": "DRAFT"}]}}
      """

  @id:graphcms-nested-002 @behaviour:nested-create @seed:E-004-08 @erratum:ERR-004-3 @erratum:ERR-004-8 @catalogue:P1-053 @catalogue:C-75
  Scenario: Create a user, create and connect new posts, and connect to existing posts
    Ids are generated, so the seed's literal post ids cjcdi63j80adw0146z7r59bn5 and
    cjcdi63l80ady014658ud1u02 are replaced by the saved ids {{p1}} and {{p2}}. Each existing post
    needs its required author, here Hera; connecting them inside a create moves them from Hera to
    Zeus (PM-C1! connect inside create: no check, the post keeps exactly one author). So the new
    user has 4 posts, two new links appear, the two moved links keep the link count. `status` is a
    GraphCMS system field absent from the seed's model (ERR-004-3).

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "hera@example.com", name: "Hera"}) {
          id
        }
      }
      """
    And having executed:
      """
      mutation {
        a: createPost(data: {title: "Existing post 1", author: {connect: {email: "hera@example.com"}}}) {
          id
        }
        b: createPost(data: {title: "Existing post 2", author: {connect: {email: "hera@example.com"}}}) {
          id
        }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.b.id" as "p2"
    When executing:
      """
      # Create a user, create and connect new posts, and connect to existing posts
      mutation {
        createUser(
          data: {
            email: "zeus@example.com"
            name: "Zeus"
            age: 42
            posts: {
              create: [{
                status: PUBLISHED
                title: "First blog post"
              }, {
                status: PUBLISHED
                title: "Second blog post"
              }]
              connect: [{
                id: "{{p1}}"
              }, {
                id: "{{p2}}"
              }]
            }
          }
        ) {
          id
          posts {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"createUser": {"id": "<id>", "posts": [
        {"id": "<id>"},
        {"id": "<id>"},
        {"id": "{{p1}}"},
        {"id": "{{p2}}"}
      ]}}
      """
    And the side effects should be:
      | +nodes User       | 1 |
      | +nodes Post       | 2 |
      | +links PostToUser | 2 |
    When executing control query:
      """
      query {
        zeus: user(where: {email: "zeus@example.com"}) {
          posts {
            title
            status
          }
        }
        hera: user(where: {email: "hera@example.com"}) {
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {
        "zeus": {"posts": [
          {"title": "First blog post", "status": "PUBLISHED"},
          {"title": "Second blog post", "status": "PUBLISHED"},
          {"title": "Existing post 1", "status": "DRAFT"},
          {"title": "Existing post 2", "status": "DRAFT"}
        ]},
        "hera": {"posts": []}
      }
      """

  @id:graphcms-nested-003 @behaviour:errors @catalogue:P1-044 @catalogue:C-74
  Scenario: createPost without the required author is a GraphQL validation error
    `author` is a non-null field of PostCreateInput (required to-one), so omitting it fails GraphQL
    validation (no Prisma code) before anything runs (dialects.md §3.4, §3.6 item 7).

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      mutation {
        createPost(data: {title: "Orphan", status: DRAFT}) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "author"

  @id:graphcms-nested-004 @behaviour:errors @catalogue:P1-044 @catalogue:C-74
  Scenario: createPost with an empty author input is RequiredFieldMissing
    `author: {}` passes GraphQL validation but carries neither create nor connect: Prisma answers
    3032 and creates nothing.

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      mutation {
        createPost(data: {title: "Orphan", author: {}}) {
          id
        }
      }
      """
    Then an error "RequiredFieldMissing" should be raised
    And the error message should contain "The field 'author' on type 'Post' is required. Performing this mutation would violate that constraint"

  @id:graphcms-nested-005 @behaviour:errors @from-prose
  Scenario: A create mutation exposes only nested create and connect
    Seed 004 L169: "a create mutation only exposes nested create and connect mutations" (PB-27).
    PostCreateManyWithoutAuthorInput has no `disconnect` (nor update, upsert, delete, set), so
    using it inside createUser is a GraphQL validation error.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "hera@example.com", name: "Hera", posts: {create: [{title: "P"}]}}) {
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
        createUser(data: {
          email: "zeus@example.com"
          name: "Zeus"
          posts: {disconnect: [{id: "{{post}}"}]}
        }) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'disconnect' is not defined in the input type 'PostCreateManyWithoutAuthorInput'"

  @id:graphcms-nested-006 @behaviour:nested-create @from-prose @catalogue:P1-059
  Scenario: Nested mutations are transactional: a failing connect leaves no user and no post
    Seed 004 L131: nested mutations are "executed transactionally" (PB-26). The second connect
    names a post that does not exist (the seed's literal id, unknown in a fresh database), so the
    whole createUser fails with 3039: neither the user nor the nested-created post remain, and
    the existing post stays with its author.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "hera@example.com", name: "Hera", posts: {create: [{title: "Hera's post"}]}}) {
          posts {
            id
          }
        }
      }
      """
    And saving "data.createUser.posts.0.id" as "p1"
    When executing:
      """
      mutation {
        createUser(data: {
          email: "zeus@example.com"
          name: "Zeus"
          posts: {
            create: [{title: "First blog post"}]
            connect: [{id: "{{p1}}"}, {id: "cjcdi63l80ady014658ud1u02"}]
          }
        }) {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Post with value cjcdi63l80ady014658ud1u02 for id found"
    When executing control query:
      """
      query {
        users {
          email
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"users": [{"email": "hera@example.com", "posts": [{"title": "Hera's post"}]}]}
      """
