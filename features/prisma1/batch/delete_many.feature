Feature: Prisma 1 deleteMany
  deleteMany<Plural>(where: XWhereInput): BatchPayload! deletes every node the filter matches and
  returns {count}. A missing or empty where matches all nodes. Before deleting, the same
  required-relation check as delete runs over all matched nodes: one violation gives 3042 and
  nothing is deleted (prisma1-behaviours.md §7).

  @id:prisma1-batch-010 @behaviour:batch @behaviour:filters @catalogue:P1-032
  Scenario Outline: deleteManyTodoes with <case> deletes the matching todoes
    From M/DeleteManySpec.scala "delete all items using in" / "using notin".
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
      mutation { deleteManyTodoes(where: <where>) { count } }
      """
    Then the result should be:
      """
      {"deleteManyTodoes": {"count": <count>}}
      """
    And the side effects should be:
      | -nodes Todo | <count> |
    When executing control query:
      """
      { todoes { title } }
      """
    Then the result should be:
      """
      {"todoes": <left>}
      """

    Examples:
      | case        | where                                                    | count | left                  |
      | title_in    | {title_in: ["title1", "title2"]}                         | 2     | [{"title": "title3"}] |
      | title_not_in | {title_not_in: ["DoesNotExist", "AlsoDoesntExist"]}     | 3     | []                    |

  @id:prisma1-batch-011 @behaviour:batch @behaviour:filters @catalogue:P1-033
  Scenario: deleteMany with OR of two titles deletes both
    From M/DeleteManySpec.scala "delete items using OR".
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
      mutation { deleteManyTodoes(where: {OR: [{title: "title1"}, {title: "title2"}]}) { count } }
      """
    Then the result should be:
      """
      {"deleteManyTodoes": {"count": 2}}
      """
    And the side effects should be:
      | -nodes Todo | 2 |
    When executing control query:
      """
      { todoes { title } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "title3"}]}
      """

  @id:prisma1-batch-012 @behaviour:batch @behaviour:filters @catalogue:P1-033
  Scenario: deleteMany with AND of two different titles matches nothing: count 0
    From M/DeleteManySpec.scala "delete items using AND". Matching nothing is not an error.
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
      mutation { deleteManyTodoes(where: {AND: [{title: "title1"}, {title: "title2"}]}) { count } }
      """
    Then the result should be:
      """
      {"deleteManyTodoes": {"count": 0}}
      """
    And no side effects

  @id:prisma1-batch-013 @behaviour:batch @catalogue:P1-034
  Scenario Outline: deleteMany with an empty or missing where deletes every node and its links (<case>)
    From M/DeleteManySpec.scala "delete all items if the where clause is empty" and
    M/nonEmbedded/DeleteManyRelationFilterSpec.scala (no argument). The deleted top leaves its
    relation to the bottom; the bottom survives.
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
      mutation { deleteManyTops<where> { count } }
      """
    Then the result should be:
      """
      {"deleteManyTops": {"count": 3}}
      """
    And the side effects should be:
      | -nodes Top          | 3 |
      | -links BottomToTop  | 1 |
    When executing control query:
      """
      { tops { top } bottoms { bottom top { top } } }
      """
    Then the result should be:
      """
      {"tops": [], "bottoms": [{"bottom": "bottom1", "top": null}]}
      """

    Examples:
      | case          | where         |
      | empty-where   | (where: {})   |
      | missing-where |               |

  @id:prisma1-batch-014 @behaviour:batch @behaviour:filters @catalogue:P1-036
  Scenario: deleteMany with veryBottom_not: null inside a two-level relation filter
    From M/nonEmbedded/DeleteManyRelationFilterSpec.scala "work for named filters": only top3 has a
    bottom with a veryBottom.
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
      mutation { deleteManyTops(where: {bottom: {veryBottom: {veryBottom_not: null}}}) { count } }
      """
    Then the result should be:
      """
      {"deleteManyTops": {"count": 1}}
      """
    And the side effects should be:
      | -nodes Top          | 1 |
      | -links BottomToTop  | 1 |
    When executing control query:
      """
      { tops { top } }
      """
    Then the result should be:
      """
      {"tops": [{"top": "top1"}, {"top": "top2"}]}
      """

  @id:prisma1-batch-015 @behaviour:batch @behaviour:errors @catalogue:P1-035
  Scenario Outline: deleteMany that would orphan a required relation fails with 3042 and deletes nothing (<relation>)
    From M/DeleteManyMutationRelationsSpec.scala: the linked child's required to-one field points at
    the parent. (1.34 prints the relation name without the leading underscore of older versions.)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { <setup> }
      """
    When executing:
      """
      mutation { deleteManyParents(where: {p: "p1"}) { count } }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"

    Examples:
      | relation | schema          | setup                                                                   |
      | P0-C1!   | relation_p0_c1req  | createChild(data: {c: "c1", parentReq: {create: {p: "p1"}}}) { c }      |
      | P1!-C1!  | relation_p1req_c1req | createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { p }      |
      | PM-C1!   | relation_pm_c1req    | createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { p } |
      | P1-C1!   | relation_p1opt_c1req | createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { p }      |

  @id:prisma1-batch-016 @behaviour:batch @behaviour:errors @catalogue:P1-035
  Scenario: deleteMany with an empty filter fails with 3042 if one matched node is required; the free one survives too
    From M/DeleteManyMutationRelationsSpec.scala "error when deleting the parent with empty filter"
    (P0-C1!), with an extra parent p2 that no child requires: it is not deleted either.
    Given the data model "relation_p0_c1req"
    And an empty database
    And having executed:
      """
      mutation {
        a: createChild(data: {c: "c1", parentReq: {create: {p: "p1"}}}) { c }
        b: createParent(data: {p: "p2"}) { p }
      }
      """
    When executing:
      """
      mutation { deleteManyParents(where: {}) { count } }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "violate the required relation 'ChildToParent' between Child and Parent"
    When executing control query:
      """
      { parents { p } children { c parentReq { p } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1"}, {"p": "p2"}], "children": [{"c": "c1", "parentReq": {"p": "p1"}}]}
      """

  @id:prisma1-batch-017 @behaviour:batch @behaviour:filters @catalogue:P1-038
  Scenario: the seed 004 deleteManyPosts: drafts of the author named Zeus (Prisma 1)
    The Prisma 1 variant of seed 004's "delete all unpublished posts of a certain author" example on
    fixture blog_user_post_status. Deleting posts does not violate Post.author: User! (the required field is on
    the deleted node itself). Hera's draft and Zeus's published post stay.
    Given the data model "blog_user_post_status"
    And an empty database
    And having executed:
      """
      mutation {
        zeus: createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Draft 1"}, {title: "Draft 2"}, {title: "Live", status: PUBLISHED}]}}) { id }
        hera: createUser(data: {email: "hera@example.com", name: "Hera", posts: {create: [{title: "Hera's draft"}]}}) { id }
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
      { posts { title author { name } } }
      """
    Then the result should be:
      """
      {"posts": [{"title": "Live", "author": {"name": "Zeus"}}, {"title": "Hera's draft", "author": {"name": "Hera"}}]}
      """
