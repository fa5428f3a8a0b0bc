Feature: Prisma 1 updateMany
  updateMany<Plural>(data: XUpdateManyMutationInput!, where: XWhereInput): BatchPayload! writes the
  same scalar values to every node the filter matches and returns {count} (a Long, the number of
  matched nodes). A missing or empty where matches all nodes (prisma1-behaviours.md §7).

  @id:prisma1-batch-001 @behaviour:batch @catalogue:P1-028
  Scenario: updateManyTodoes with an equality filter updates the one match and leaves the rest
    From M/UpdateManySpec.scala. The plural of Todo is Todoes (§6, pluralisation).
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation {
        a: createTodo(data: {title: "title1"}) { id }
        b: createTodo(data: {title: "title2"}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateManyTodoes(where: {title: "title1"}, data: {title: "updated title"}) { count }
      }
      """
    Then the result should be:
      """
      {"updateManyTodoes": {"count": 1}}
      """
    And no side effects
    When executing control query:
      """
      { todoes { title } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "updated title"}, {"title": "title2"}]}
      """

  @id:prisma1-batch-002 @behaviour:batch @catalogue:P1-029
  Scenario Outline: updateMany with an empty or missing where updates every node (<case>)
    From M/UpdateManySpec.scala and M/nonEmbedded/UpdateManyRelationFilterSpec.scala "update all
    items if the filter is empty".
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation {
        a: createTodo(data: {title: "title1"}) { id }
        b: createTodo(data: {title: "title2"}) { id }
        c: createTodo(data: {title: "title3"}) { id }
      }
      """
    When executing:
      """
      mutation { updateManyTodoes(<where>data: {text: "done"}) { count } }
      """
    Then the result should be:
      """
      {"updateManyTodoes": {"count": 3}}
      """
    And no side effects
    When executing control query:
      """
      { todoes { title text } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "title1", "text": "done"}, {"title": "title2", "text": "done"}, {"title": "title3", "text": "done"}]}
      """

    Examples:
      | case          | where       |
      | empty-where   | where: {}, |
      | missing-where |             |

  @id:prisma1-batch-003 @behaviour:batch @behaviour:filters @catalogue:P1-030
  Scenario: updateMany with the to-one relation filter {bottom: null} updates the nodes without a bottom
    From M/nonEmbedded/UpdateManyRelationFilterSpec.scala: 2 of 3 tops have no bottom.
    Given the data model "chain3_one_one"
    And an empty database
    And having executed:
      """
      mutation {
        a: createTop(data: {top: "top1"}) { id }
        b: createTop(data: {top: "top2"}) { id }
        c: createTop(data: {top: "top3", bottom: {create: {bottom: "bottom1"}}}) { id }
      }
      """
    When executing:
      """
      mutation { updateManyTops(where: {bottom: null}, data: {top: "updated"}) { count } }
      """
    Then the result should be:
      """
      {"updateManyTops": {"count": 2}}
      """
    And no side effects
    When executing control query:
      """
      { tops { top bottom { bottom } } }
      """
    Then the result should be:
      """
      {"tops": [{"top": "updated", "bottom": null}, {"top": "updated", "bottom": null}, {"top": "top3", "bottom": {"bottom": "bottom1"}}]}
      """

  @id:prisma1-batch-004 @behaviour:batch @behaviour:filters @catalogue:P1-031
  Scenario: updateMany with a two-level relation filter updates only the top whose chain matches
    From M/nonEmbedded/UpdateManyRelationFilterSpec.scala "work for deeply nested filters".
    Given the data model "chain3_one_one"
    And an empty database
    And having executed:
      """
      mutation {
        a: createTop(data: {top: "top1"}) { id }
        b: createTop(data: {top: "top2"}) { id }
        c: createTop(data: {top: "top3", bottom: {create: {bottom: "bottom1", veryBottom: {create: {veryBottom: "veryBottom"}}}}}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateManyTops(where: {bottom: {veryBottom: {veryBottom: "veryBottom"}}}, data: {top: "updated"}) { count }
      }
      """
    Then the result should be:
      """
      {"updateManyTops": {"count": 1}}
      """
    And no side effects
    When executing control query:
      """
      { tops { top } }
      """
    Then the result should be:
      """
      {"tops": [{"top": "top1"}, {"top": "top2"}, {"top": "updated"}]}
      """

  @id:prisma1-batch-005 @behaviour:batch @behaviour:filters @catalogue:P1-037
  Scenario: the seed 004 updateManyPosts on Prisma 1: posts created now are not "created in 2017"
    The Prisma 1 variant of seed 004's "publish all unpublished posts created in 2017" example on
    fixture blog_user_post_status, transcribed with its literal filter. `createdAt` is set by the server to
    the creation time, which is after 2018, so the filter matches no post: count 0, nothing changes.
    The shortened DateTimes "2017" and "2018" are accepted in filters.
    Given the data model "blog_user_post_status"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Draft 1"}, {title: "Draft 2"}, {title: "Live", status: PUBLISHED}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateManyPosts(
          where: {
            createdAt_gte: "2017"
            createdAt_lt: "2018"
            status: DRAFT
          }
          data: {
            status: PUBLISHED
          }
        ) {
          count
        }
      }
      """
    Then the result should be:
      """
      {"updateManyPosts": {"count": 0}}
      """
    And no side effects
    When executing control query:
      """
      { posts { title status } }
      """
    Then the result should be:
      """
      {"posts": [{"title": "Draft 1", "status": "DRAFT"}, {"title": "Draft 2", "status": "DRAFT"}, {"title": "Live", "status": "PUBLISHED"}]}
      """

  @id:prisma1-batch-006 @behaviour:batch @behaviour:filters @catalogue:P1-037
  Scenario: updateManyPosts with createdAt_gte and status publishes the drafts created since 2017
    The same example with a date range that contains the posts' creation time (createdAt is set
    by the server when the post is created).
    Given the data model "blog_user_post_status"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Draft 1"}, {title: "Draft 2"}, {title: "Live", status: PUBLISHED}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateManyPosts(
          where: {
            createdAt_gte: "2017"
            createdAt_lt: "2100"
            status: DRAFT
          }
          data: {
            status: PUBLISHED
          }
        ) {
          count
        }
      }
      """
    Then the result should be:
      """
      {"updateManyPosts": {"count": 2}}
      """
    And no side effects
    When executing control query:
      """
      { posts { title status } }
      """
    Then the result should be:
      """
      {"posts": [{"title": "Draft 1", "status": "PUBLISHED"}, {"title": "Draft 2", "status": "PUBLISHED"}, {"title": "Live", "status": "PUBLISHED"}]}
      """

  @id:prisma1-batch-007 @behaviour:batch
  Scenario: updateMany data has no relation fields: a relation field is a GraphQL validation error
    XUpdateManyMutationInput contains scalar fields and scalar-list `set` only (§7, ITB
    computeInputObjectTypeForUpdateMany), so `author` is not defined in PostUpdateManyMutationInput.
    Given the data model "blog_user_post_status"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Draft 1"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateManyPosts(where: {}, data: {author: {connect: {email: "zeus@example.com"}}}) { count }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'author' is not defined in the input type 'PostUpdateManyMutationInput'"
