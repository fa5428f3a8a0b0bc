Feature: GraphCMS object mutations: delete
  Seed 004 "Object mutations › Deleting nodes" (L101-127) on M-004-blog (fixture blog_user_post).
  `deleteUser(where)` selects by id or by the unique email and returns the deleted node's fields.
  The seed gives no caveat, but `Post.author: User!` is required (PM-C1! seen from User): deleting
  a user who still has posts fails with 3042 and deletes nothing (prisma1-behaviours §6, §13
  "Seed 004" item 4). Ids are generated, so the seed's literal id cjcdi63l20adx0146vg20j1ck is
  replaced by the saved id {{zeus}}.

  @id:graphcms-object-030 @behaviour:delete @seed:E-004-04 @erratum:ERR-004-8 @catalogue:P1-020 @catalogue:C-69
  Scenario: Delete a user without posts by its id
    The response carries the node's values as read before the deletion.

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
    And saving "data.createUser.id" as "zeus"
    When executing:
      """
      mutation {
        deleteUser(where: {
          id: "{{zeus}}"
        }) {
          id
          name
          email
        }
      }
      """
    Then the result should be:
      """
      {"deleteUser": {"id": "{{zeus}}", "name": "Zeus", "email": "zeus@example.com"}}
      """
    And the side effects should be:
      | -nodes User | 1 |
    When executing control query:
      """
      query {
        user(where: {id: "{{zeus}}"}) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"user": null}
      """

  @id:graphcms-object-031 @behaviour:delete @seed:E-004-04 @catalogue:P1-026 @catalogue:P1-024 @catalogue:C-83
  Scenario: Deleting by id a user who still has posts violates the required relation PostToUser
    Same operation as E-004-04, but the user is the required author of a post: the delete would
    leave the post without its required author, so Prisma answers 3042 and nothing is deleted.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {
          age: 42
          email: "zeus@example.com"
          name: "Zeus"
          posts: {create: [{title: "First blog post"}]}
        }) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "zeus"
    When executing:
      """
      mutation {
        deleteUser(where: {
          id: "{{zeus}}"
        }) {
          id
          name
          email
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'PostToUser' between Post and User"
    When executing control query:
      """
      query {
        user(where: {id: "{{zeus}}"}) {
          name
          posts {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"user": {"name": "Zeus", "posts": [{"title": "First blog post"}]}}
      """

  @id:graphcms-object-032 @behaviour:delete @seed:E-004-05 @erratum:ERR-004-8 @erratum:ERR-004-10 @catalogue:P1-021 @catalogue:C-69
  Scenario: Delete a user without posts by its unique email
    "Because email is also annotated with the unique directive, we can also selected (and thus
    delete) User nodes by their email" (typo kept in the seed, ERR-004-10).

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        zeus: createUser(data: {age: 42, email: "zeus@example.com", name: "Zeus"}) {
          id
        }
        hera: createUser(data: {email: "hera@example.com", name: "Hera"}) {
          id
        }
      }
      """
    And saving "data.zeus.id" as "zeus"
    When executing:
      """
      mutation {
        deleteUser(where: {
          email: "zeus@example.com"
        }) {
          id
          name
          email
        }
      }
      """
    Then the result should be:
      """
      {"deleteUser": {"id": "{{zeus}}", "name": "Zeus", "email": "zeus@example.com"}}
      """
    And the side effects should be:
      | -nodes User | 1 |
    When executing control query:
      """
      query {
        users {
          email
        }
      }
      """
    Then the result should be:
      """
      {"users": [{"email": "hera@example.com"}]}
      """

  @id:graphcms-object-033 @behaviour:delete @seed:E-004-05 @catalogue:P1-026
  Scenario: Deleting by email a user who still has posts violates the required relation PostToUser
    Same operation as E-004-05; the user authors two posts, so the delete fails with 3042 and
    neither the user nor the posts change.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {
          email: "zeus@example.com"
          name: "Zeus"
          posts: {create: [{title: "First blog post"}, {title: "Second blog post"}]}
        }) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        deleteUser(where: {
          email: "zeus@example.com"
        }) {
          id
          name
          email
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "required relation 'PostToUser' between Post and User"

  @id:graphcms-object-034 @behaviour:errors @catalogue:P1-022 @catalogue:C-70
  Scenario: Deleting a user whose where matches nothing is NodeNotFound
    The seed's literal id cjcdi63l20adx0146vg20j1ck names no node in a fresh database: Prisma
    answers 3039 (the value printed unquoted), `data.deleteUser` is null and nothing changes.

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
        deleteUser(where: {id: "cjcdi63l20adx0146vg20j1ck"}) {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model User with value cjcdi63l20adx0146vg20j1ck for id found"
    And the data should be:
      """
      {"deleteUser": null}
      """
