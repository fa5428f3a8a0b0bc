Feature: Nested updateMany inside update (Prisma 1.34)
  `updateMany: [{where: XScalarWhereInput!, data: XUpdateManyDataInput!}]` exists on to-many relation
  fields only (1.20+). It acts on this parent's children that match the scalar filter (no relation
  filters); `{}` matches all of them, no match is not an error, and several entries run in list order,
  so when filters overlap the later one wins (prisma1-behaviours.md §3, §4.8, `UMUpdate`).

  @id:prisma1-nested-batch-001 @behaviour:nested-batch @catalogue:P1-120
  Scenario: updateMany on a to-one relation is not in the schema
    `UMUpdate` "A 1-n relation should error if trying to use nestedUpdateMany" (prisma1-behaviours.md §3).
    Given the data model "relation_p1opt_c1opt"
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    And saving "data.createParent.id" as "parentId"
    When executing:
      """
      mutation {
        updateParent(
          where: {id: "{{parentId}}"}
          data: {p: "p2", childOpt: {updateMany: {where: {c: "c"}, data: {c: "newC"}}}}
        ) {
          childOpt { c }
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'updateMany' is not defined in the input type 'ChildUpdateOneWithoutParentOptInput'"

  @id:prisma1-nested-batch-002 @behaviour:nested-batch @catalogue:P1-121
  Scenario Outline: updateMany updates only this parent's matching children (<relation>)
    All four children match `c_contains: "c"`, but only p1's are updated (`UMUpdate` "… should work").
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}, {c: "c4"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {updateMany: {where: {c_contains: "c"}, data: {test: "updated"}}}}
        ) {
          childrenOpt { c test }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1", "test": "updated"}, {"c": "c2", "test": "updated"}]}}
      """
    And no side effects
    When executing control query:
      """
      { parents { p childrenOpt { c test } } }
      """
    Then the result should be, in order:
      """
      {
        "parents": [
          {"p": "p1", "childrenOpt": [{"c": "c1", "test": "updated"}, {"c": "c2", "test": "updated"}]},
          {"p": "p2", "childrenOpt": [{"c": "c3", "test": null}, {"c": "c4", "test": null}]}
        ]
      }
      """

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-nested-batch-003 @behaviour:nested-batch @catalogue:P1-122
  Scenario: several updateMany entries with separate filters each apply to their own matches
    `UMUpdate` "a PM to C1! relation should work with several updateManys".
    Given the data model "relation_pm_c1req"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}, {c: "c4"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {updateMany: [
            {where: {c_contains: "1"}, data: {test: "updated1"}},
            {where: {c_contains: "2"}, data: {test: "updated2"}}
          ]}}
        ) {
          childrenOpt { c test }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1", "test": "updated1"}, {"c": "c2", "test": "updated2"}]}}
      """
    And no side effects
    When executing control query:
      """
      { parents { p childrenOpt { c test } } }
      """
    Then the result should be, in order:
      """
      {
        "parents": [
          {"p": "p1", "childrenOpt": [{"c": "c1", "test": "updated1"}, {"c": "c2", "test": "updated2"}]},
          {"p": "p2", "childrenOpt": [{"c": "c3", "test": null}, {"c": "c4", "test": null}]}
        ]
      }
      """

  @id:prisma1-nested-batch-004 @behaviour:nested-batch @catalogue:P1-122
  Scenario: updateMany with an empty filter updates all of this parent's children
    `UMUpdate` "… should work with empty Filter".
    Given the data model "relation_pm_c1req"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}, {c: "c4"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {updateMany: [{where: {}, data: {test: "updated1"}}]}}
        ) {
          p
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"p": "p1"}}
      """
    And no side effects
    When executing control query:
      """
      { parents { p childrenOpt { c test } } }
      """
    Then the result should be, in order:
      """
      {
        "parents": [
          {"p": "p1", "childrenOpt": [{"c": "c1", "test": "updated1"}, {"c": "c2", "test": "updated1"}]},
          {"p": "p2", "childrenOpt": [{"c": "c3", "test": null}, {"c": "c4", "test": null}]}
        ]
      }
      """

  @id:prisma1-nested-batch-005 @behaviour:nested-batch @catalogue:P1-122
  Scenario: updateMany filters that match none of this parent's children change nothing and do not fail
    `UMUpdate` "… should not change anything when there is no hit": c3 and c4 match but belong to p2.
    Given the data model "relation_pm_c1req"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}, {c: "c4"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {updateMany: [
            {where: {c_contains: "3"}, data: {test: "updated3"}},
            {where: {c_contains: "4"}, data: {test: "updated4"}}
          ]}}
        ) {
          childrenOpt { c test }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1", "test": null}, {"c": "c2", "test": null}]}}
      """
    And no side effects
    When executing control query:
      """
      { children { c test } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "test": null}, {"c": "c2", "test": null}, {"c": "c3", "test": null}, {"c": "c4", "test": null}]}
      """

  @id:prisma1-nested-batch-006 @behaviour:nested-batch @catalogue:P1-122
  Scenario: overlapping updateMany filters run in list order, so the later one wins
    Behaviour of real Prisma 1.34 (`UMUpdate` "… should work when multiple filters hit"): c1 matches
    both entries and ends as "updated2"; c2 matches only the first (prisma1-behaviours.md §4.8).
    Given the data model "relation_pm_c1req"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}, {c: "c4"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {updateMany: [
            {where: {c_contains: "c"}, data: {test: "updated1"}},
            {where: {c_contains: "c1"}, data: {test: "updated2"}}
          ]}}
        ) {
          childrenOpt { c test }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1", "test": "updated2"}, {"c": "c2", "test": "updated1"}]}}
      """
    And no side effects
    When executing control query:
      """
      { parents { p childrenOpt { c test } } }
      """
    Then the result should be, in order:
      """
      {
        "parents": [
          {"p": "p1", "childrenOpt": [{"c": "c1", "test": "updated2"}, {"c": "c2", "test": "updated1"}]},
          {"p": "p2", "childrenOpt": [{"c": "c3", "test": null}, {"c": "c4", "test": null}]}
        ]
      }
      """

  @id:prisma1-nested-batch-007 @behaviour:nested-batch
  Scenario: the updateMany filter is a scalar filter: a relation filter is a validation error
    `XScalarWhereInput` has scalar fields plus AND/OR/NOT only (`FOT` scalarFilterObjectType,
    prisma1-behaviours.md §4.8, §11).
    Given the data model "relation_pm_c1req"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {updateMany: {where: {parentReq: {p: "p1"}}, data: {test: "updated"}}}}
        ) {
          p
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'parentReq' is not defined in the input type 'ChildScalarWhereInput'"

  @id:prisma1-nested-batch-008 @behaviour:transactions
  Scenario: an updateMany that already ran is rolled back when a later deleteMany fails with 3042
    Inside one parent updateManys run before deleteManys (prisma1-behaviours.md §4.9), so the
    updateMany has written when the deleteMany hits the required relation 'ChildToOther'; the whole
    mutation is one transaction and rolls back (§4.8, §9).
    Given the data model "relation_pm_cm_other_req"
    And having executed:
      """
      mutation { createOther(data: {o: "o1", childReq: {create: {c: "c1"}}}) { o } }
      """
    And having executed:
      """
      mutation { createOther(data: {o: "o2", childReq: {create: {c: "c2"}}}) { o } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {connect: [{c: "c1"}, {c: "c2"}]}}) { p } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {
            updateMany: {where: {}, data: {test: "updated"}}
            deleteMany: {c: "c1"}
          }}
        ) {
          p
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToOther' between Child and Other"
    When executing control query:
      """
      { children { c test } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "test": null}, {"c": "c2", "test": null}]}
      """
