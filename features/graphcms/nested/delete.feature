Feature: GraphCMS nested mutations: delete
  Seed 004 L292-311: "When updating nodes, you can delete one or more related nodes at the same
  time" (the overview at L11 omits delete: ERR-004-10). A to-many nested delete takes a list of
  where-unique selectors and deletes the posts; a required to-one (`Post.author: User!`) offers no
  nested delete (prisma1-behaviours §3, §4.4).

  @id:graphcms-nested-040 @behaviour:nested-delete @seed:E-004-11 @erratum:ERR-004-8 @erratum:ERR-004-10 @catalogue:P1-094 @catalogue:C-79
  Scenario: Delete two related posts through updateUser
    Ids are generated, so the seed's literal ids cjcf1cj0c017y01461c6enbfe (User),
    cjcf1cj0u01800146jii8h8ch and cjcf1cj0u01810146m84cnt34 (Posts) are replaced by the saved ids
    {{zeus}}, {{p1}} and {{p2}}. A third post of the user survives.

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
        a: createPost(data: {title: "Post 1", author: {connect: {id: "{{zeus}}"}}}) {
          id
        }
        b: createPost(data: {title: "Post 2", author: {connect: {id: "{{zeus}}"}}}) {
          id
        }
        c: createPost(data: {title: "Post 3", author: {connect: {id: "{{zeus}}"}}}) {
          id
        }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.b.id" as "p2"
    And saving "data.c.id" as "p3"
    When executing:
      """
      mutation {
        updateUser(
          data: {
            posts: {
              delete: [{
                id: "{{p1}}"
              }, {
                id: "{{p2}}"
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
    And the side effects should be:
      | -nodes Post       | 2 |
      | -links PostToUser | 2 |
    When executing control query:
      """
      query {
        posts {
          id
          title
        }
      }
      """
    Then the result should be:
      """
      {"posts": [{"id": "{{p3}}", "title": "Post 3"}]}
      """

  @id:graphcms-nested-041 @behaviour:nested-delete @catalogue:P1-086
  Scenario: A nested delete on the required to-one author is a GraphQL validation error
    UserUpdateOneRequiredWithoutPostsInput offers create, connect, update and upsert only (no
    delete since 1.17), so `author: {delete: true}` fails validation and nothing is deleted.

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
        updatePost(where: {id: "{{post}}"}, data: {author: {delete: true}}) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'delete' is not defined in the input type 'UserUpdateOneRequiredWithoutPostsInput'"
