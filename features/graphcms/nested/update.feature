Feature: GraphCMS nested mutations: update
  Seed 004 L237-261: "update accepts a list of objects with where and data fields suitable for the
  updatePost mutation". A to-many nested update must select a post connected to this user:
  unknown post → 3039, existing but not connected → 3041; the whole mutation rolls back
  (prisma1-behaviours §4.5, §9).

  @id:graphcms-nested-020 @behaviour:nested-update @seed:E-004-09 @erratum:ERR-004-8 @catalogue:P1-104 @catalogue:C-76
  Scenario: Update a related post through updateUser
    Ids are generated, so the seed's literal ids cjcf1cj0c017y01461c6enbfe (User) and
    cjcf1cj0r017z014605713ym0 (Post) are replaced by the saved ids {{zeus}} and {{post}}. The
    user's other post is left unchanged.

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
    And having executed:
      """
      mutation {
        a: createPost(data: {title: "Draft title", author: {connect: {id: "{{zeus}}"}}}) {
          id
        }
        b: createPost(data: {title: "Other post", author: {connect: {id: "{{zeus}}"}}}) {
          id
        }
      }
      """
    And saving "data.a.id" as "post"
    When executing:
      """
      mutation {
        updateUser(
          data: {
            posts: {
              update: [{
                where: {
                  id: "{{post}}"
                }
                data: {
                  title: "Hello World"
                }
              }]
            }
          }
          where: {
            id: "{{zeus}}"
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"id": "{{zeus}}"}}
      """
    And no side effects
    When executing control query:
      """
      query {
        user(where: {id: "{{zeus}}"}) {
          posts {
            id
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"user": {"posts": [{"id": "{{post}}", "title": "Hello World"}, {"id": "<id>", "title": "Other post"}]}}
      """

  @id:graphcms-nested-021 @behaviour:nested-update @catalogue:P1-099 @catalogue:C-77
  Scenario: Nested update of a post that exists but belongs to another user is NodesNotConnected
    Hera's post is not connected to Zeus: Prisma answers 3041 for the relation PostToUser, and
    the outer name change is rolled back with the rest.

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
        updateUser(
          where: {id: "{{zeus}}"}
          data: {
            name: "Zeus2"
            posts: {update: [{where: {id: "{{herapost}}"}, data: {title: "Stolen"}}]}
          }
        ) {
          id
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation PostToUser has no node for the model User connected to a Node for the model Post"
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
      {"users": [
        {"name": "Zeus", "posts": [{"title": "Zeus's post"}]},
        {"name": "Hera", "posts": [{"title": "Hera's post"}]}
      ]}
      """

  @id:graphcms-nested-022 @behaviour:nested-update @catalogue:P1-098
  Scenario: Nested update of an unknown post is NodeNotFound and rolls back the outer update
    The selector is the seed's literal post id, unknown in a fresh database: Prisma answers 3039
    and the user's name change is not kept.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Zeus's post"}]}}) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "zeus"
    When executing:
      """
      mutation {
        updateUser(
          where: {id: "{{zeus}}"}
          data: {
            name: "Zeus2"
            posts: {update: [{where: {id: "cjcf1cj0r017z014605713ym0"}, data: {title: "Hello World"}}]}
          }
        ) {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Post with value cjcf1cj0r017z014605713ym0 for id found"
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
      {"user": {"name": "Zeus", "posts": [{"title": "Zeus's post"}]}}
      """
