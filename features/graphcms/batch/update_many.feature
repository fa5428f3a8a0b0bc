Feature: GraphCMS batch mutations: updateMany
  Seed 004 "Batch Mutations" (L396-417) on M-004-blog (fixture blog_user_post). `updateManyPosts`
  selects nodes with the full filter `where` (optional: omitted means all posts), writes the same
  scalar values to each and returns only `{count}`, the number of matched posts. The filter uses
  the GraphCMS system fields `status` and `createdAt` that the seed's model does not declare
  (ERR-004-3, ERR-004-4). `createdAt` is set by the server and cannot be written, so posts cannot
  be back-dated into 2017.

  @id:graphcms-batch-001 @behaviour:batch @seed:E-004-15 @erratum:ERR-004-3 @erratum:ERR-004-4 @erratum:ERR-004-8 @catalogue:P1-037
  Scenario: Publish all unpublished posts created in 2017: posts created today do not match
    The seed's operation, literally. Every post here is created now (createdAt is server-set), so
    none falls into [2017, 2018): the honest count is 0 and nothing changes. The year-only
    DateTime strings "2017"/"2018" are accepted (Prisma normalises shortened DateTime forms to
    2017-01-01T00:00:00.000Z). Scenario graphcms-batch-002 shows the same filter with a window
    that includes now.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {
          email: "zeus@example.com"
          name: "Zeus"
          posts: {create: [
            {title: "Draft 1", status: DRAFT}
            {title: "Draft 2", status: DRAFT}
            {title: "Published", status: PUBLISHED}
          ]}
        }) {
          id
        }
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
      query {
        posts {
          title
          status
        }
      }
      """
    Then the result should be:
      """
      {"posts": [
        {"title": "Draft 1", "status": "DRAFT"},
        {"title": "Draft 2", "status": "DRAFT"},
        {"title": "Published", "status": "PUBLISHED"}
      ]}
      """

  @id:graphcms-batch-002 @behaviour:batch @seed:E-004-15 @erratum:ERR-004-4 @catalogue:P1-037 @catalogue:C-90
  Scenario: Publish all unpublished posts created in a window that includes now
    E-004-15 with the window moved to [2020, 2100) so that posts created now match: the createdAt
    range and `status: DRAFT` combine with AND, so the two drafts match (count 2) and the published
    post does not; afterwards every post is PUBLISHED.

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {
          email: "zeus@example.com"
          name: "Zeus"
          posts: {create: [
            {title: "Draft 1", status: DRAFT}
            {title: "Draft 2", status: DRAFT}
            {title: "Published", status: PUBLISHED}
          ]}
        }) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        updateManyPosts(
          where: {
            createdAt_gte: "2020"
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
    When executing control query:
      """
      query {
        posts {
          title
          status
        }
      }
      """
    Then the result should be:
      """
      {"posts": [
        {"title": "Draft 1", "status": "PUBLISHED"},
        {"title": "Draft 2", "status": "PUBLISHED"},
        {"title": "Published", "status": "PUBLISHED"}
      ]}
      """

  @id:graphcms-batch-003 @behaviour:batch @catalogue:P1-029 @catalogue:C-92
  Scenario: updateManyPosts without where updates every post
    An omitted `where` matches all posts; `status` is writable through updateMany
    (PostUpdateManyMutationInput).

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {
          email: "zeus@example.com"
          name: "Zeus"
          posts: {create: [
            {title: "Draft", status: DRAFT}
            {title: "Published", status: PUBLISHED}
            {title: "Default"}
          ]}
        }) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        updateManyPosts(data: {status: ARCHIVED}) {
          count
        }
      }
      """
    Then the result should be:
      """
      {"updateManyPosts": {"count": 3}}
      """
    When executing control query:
      """
      query {
        posts(where: {status: ARCHIVED}) {
          title
        }
      }
      """
    Then the result should be:
      """
      {"posts": [{"title": "Draft"}, {"title": "Published"}, {"title": "Default"}]}
      """

  @id:graphcms-batch-004 @behaviour:batch @from-prose @catalogue:C-92
  Scenario: updateManyPosts whose filter matches nothing returns count 0 and changes nothing
    Not an error (PB-34: batch mutations return the count of affected nodes).

    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Draft"}]}}) {
          id
        }
      }
      """
    When executing:
      """
      mutation {
        updateManyPosts(where: {title: "No such title"}, data: {title: "Renamed"}) {
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
      query {
        posts {
          title
        }
      }
      """
    Then the result should be:
      """
      {"posts": [{"title": "Draft"}]}
      """
