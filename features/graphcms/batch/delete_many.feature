Feature: GraphCMS batch mutations: deleteMany
  Seed 004 "Batch Mutations" (L419-432) on M-004-blog (fixture blog_user_post). `deleteManyPosts`
  deletes every post matched by the filter and returns `{count}`. A to-one relation filter
  (`author: {name: "Zeus"}`) selects by the related node. deleteMany runs the required-relation
  check over all matched nodes: one violation → 3042 and nothing deleted (prisma1-behaviours §7).

  @id:graphcms-batch-010 @behaviour:batch @seed:E-004-16 @erratum:ERR-004-3 @erratum:ERR-004-8 @catalogue:P1-038 @catalogue:C-91
  Scenario: Delete all unpublished posts of a certain author
    Zeus has two DRAFT posts and one PUBLISHED post; Hera has one DRAFT post. Only Zeus's drafts
    match (count 2); deleting posts never violates a required relation (User.posts is to-many).

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        zeus: createUser(data: {
          email: "zeus@example.com"
          name: "Zeus"
          posts: {create: [
            {title: "Zeus draft 1", status: DRAFT}
            {title: "Zeus draft 2", status: DRAFT}
            {title: "Zeus published", status: PUBLISHED}
          ]}
        }) {
          id
        }
        hera: createUser(data: {
          email: "hera@example.com"
          name: "Hera"
          posts: {create: [{title: "Hera draft", status: DRAFT}]}
        }) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        deleteManyPosts(
          where: {
            status: DRAFT
            author: {
              name: "Zeus"
            }
          }
        ) {
          count
        }
      }
      """
    Then the result should be:
      """
      {"deleteManyPosts": {"count": 2}}
      """
    And the side effects should be:
      | -nodes Post       | 2 |
      | -links PostToUser | 2 |
    When executing control query:
      """
      query {
        posts {
          title
          status
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"posts": [
        {"title": "Zeus published", "status": "PUBLISHED", "author": {"name": "Zeus"}},
        {"title": "Hera draft", "status": "DRAFT", "author": {"name": "Hera"}}
      ]}
      """

  @id:graphcms-batch-011 @behaviour:batch @catalogue:P1-035
  Scenario: deleteManyUsers that would leave a post without its required author deletes nothing
    Hera has no posts and alone could be deleted, but Zeus authors a post: the whole batch fails
    with 3042 and neither user is deleted.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        zeus: createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Hello"}]}}) {
          id
        }
        hera: createUser(data: {email: "hera@example.com", name: "Hera"}) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        deleteManyUsers(where: {}) {
          count
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "required relation 'PostToUser' between Post and User"
