Feature: GraphCMS system fields: createdAt, updatedAt, status
  GraphCMS adds to every model `createdAt: DateTime!` and `updatedAt: DateTime!` (set by the
  server, not writable, filterable and sortable) and `status: Status!` with
  `enum Status { DRAFT PUBLISHED ARCHIVED }` (writable in create, update and updateMany; default
  DRAFT). Seed 004 uses `status` and `createdAt` without declaring them (ERR-004-3, ERR-004-4;
  dialects.md §3.2, the default status is the dialect's decision: DRAFT).

  @id:graphcms-system-001 @behaviour:system-fields @erratum:ERR-004-3 @catalogue:C-93
  Scenario: A created node carries server-set timestamps and the default status DRAFT

    Given the data model "blog_user_post"
    And an empty database
    When executing:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          name
          status
          createdAt
          updatedAt
        }
      }
      """
    Then the result should be:
      """
      {"createUser": {"name": "Zeus", "status": "DRAFT", "createdAt": "<datetime>", "updatedAt": "<datetime>"}}
      """
    And the side effects should be:
      | +nodes User | 1 |

  @id:graphcms-system-002 @behaviour:system-fields @erratum:ERR-004-3
  Scenario: status is writable in create and in update
    A post is created PUBLISHED, then archived through updatePost.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(data: {
          title: "Hello"
          status: PUBLISHED
          author: {create: {email: "zeus@example.com", name: "Zeus"}}
        }) {
          id
        }
      }
      """
    And saving "data.createPost.id" as "post"
    When executing:
      """
      mutation {
        updatePost(where: {id: "{{post}}"}, data: {status: ARCHIVED}) {
          title
          status
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"title": "Hello", "status": "ARCHIVED"}}
      """
    And no side effects

  @id:graphcms-system-003 @behaviour:system-fields @erratum:ERR-004-4 @catalogue:C-93
  Scenario: createdAt is not writable: giving it in create data is a GraphQL validation error
    PostCreateInput leaves out createdAt and updatedAt, so nothing is created.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        createPost(data: {
          title: "Back-dated"
          createdAt: "2017-06-01T00:00:00.000Z"
          author: {connect: {email: "zeus@example.com"}}
        }) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'createdAt' is not defined in the input type 'PostCreateInput'"

  @id:graphcms-system-004 @behaviour:system-fields @catalogue:C-93
  Scenario: updatedAt is not writable: giving it in update data is a GraphQL validation error

    Given the data model "blog_user_post"
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
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{zeus}}"}, data: {name: "Zeus2", updatedAt: "2017-06-01T00:00:00.000Z"}) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'updatedAt' is not defined in the input type 'UserUpdateInput'"
    When executing control query:
      """
      query {
        user(where: {id: "{{zeus}}"}) {
          name
        }
      }
      """
    Then the result should be:
      """
      {"user": {"name": "Zeus"}}
      """

  @id:graphcms-system-005 @behaviour:system-fields
  Scenario: An update keeps createdAt and moves updatedAt forward
    createdAt is compared by equality with the value saved at creation. updatedAt cannot be compared
    by equality, and timestamps have millisecond resolution, so "updatedAt is later than at
    creation" could fail spuriously when create and update fall into the same millisecond.
    Instead, Hera is created after Zeus and before the update, and the control query asks for
    Zeus with `updatedAt_gte` Hera's createdAt: true whenever the update set updatedAt to "now",
    false for a server that left updatedAt at Zeus's creation time (unless both creations shared
    one millisecond; then the check is inconclusive, never wrongly failing).

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus"}) {
          id
          createdAt
        }
      }
      """
    And saving "data.createUser.id" as "zeus"
    And saving "data.createUser.createdAt" as "created"
    And having executed:
      """
      mutation {
        createUser(data: {email: "hera@example.com", name: "Hera"}) {
          createdAt
        }
      }
      """
    And saving "data.createUser.createdAt" as "later"
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{zeus}}"}, data: {name: "Zeus2"}) {
          name
          createdAt
          updatedAt
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"name": "Zeus2", "createdAt": "{{created}}", "updatedAt": "<datetime>"}}
      """
    And no side effects
    When executing control query:
      """
      query {
        users(where: {id: "{{zeus}}", updatedAt_gte: "{{later}}", createdAt: "{{created}}"}) {
          name
        }
      }
      """
    Then the result should be:
      """
      {"users": [{"name": "Zeus2"}]}
      """

  @id:graphcms-system-006 @behaviour:system-fields @erratum:ERR-004-4
  Scenario: createdAt is filterable with year-only DateTime strings and sortable
    Posts created now have createdAt ≥ "2020" and < "2100" and none before "2017" (shortened
    DateTime forms are normalised, prisma1-behaviours §6). Ordering by createdAt_ASC gives creation
    order.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "First"}]}}) {
          id
        }
      }
      """
    And having executed:
      """
      mutation {
        createPost(data: {title: "Second", author: {connect: {email: "zeus@example.com"}}}) {
          id
        }
      }
      """
    When executing:
      """
      query {
        recent: posts(where: {createdAt_gte: "2020", createdAt_lt: "2100"}, orderBy: createdAt_ASC) {
          title
        }
        old: posts(where: {createdAt_lt: "2017"}) {
          title
        }
      }
      """
    Then the result should be, in order:
      """
      {"recent": [{"title": "First"}, {"title": "Second"}], "old": []}
      """
    And no side effects
