Feature: Nested deleteMany inside update (Prisma 1.34)
  `deleteMany: [XScalarWhereInput!]` exists on to-many relation fields only (1.20+). It deletes this
  parent's children that match the scalar filter; `{}` matches all of them, no match is not an error,
  and the same required-relation check as a nested delete applies (prisma1-behaviours.md §3, §4.8,
  `DMUpdate`).

  @id:prisma1-nested-batch-101 @behaviour:nested-batch @catalogue:P1-123
  Scenario: deleteMany on a to-one relation is not in the schema
    `DMUpdate` "A 1-n relation should error if trying to use nestedDeleteMany" (prisma1-behaviours.md §3).
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
          data: {p: "p2", childOpt: {deleteMany: {where: {c: "c"}}}}
        ) {
          childOpt { c }
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'deleteMany' is not defined in the input type 'ChildUpdateOneWithoutParentOptInput'"

  @id:prisma1-nested-batch-102 @behaviour:nested-batch @catalogue:P1-124
  Scenario Outline: deleteMany deletes only this parent's matching children (<relation>)
    All four children match `c_contains: "c"`, but only p1's two are deleted: links 4 → 2, rows 4 → 2
    (`DMUpdate` "… should work").
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
        updateParent(where: {p: "p1"}, data: {childrenOpt: {deleteMany: {c_contains: "c"}}}) {
          childrenOpt { c test }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": []}}
      """
    And the side effects should be:
      | -nodes Child         | 2 |
      | -links ChildToParent | 2 |
    When executing control query:
      """
      { parents { p childrenOpt { c test } } }
      """
    Then the result should be, in order:
      """
      {
        "parents": [
          {"p": "p1", "childrenOpt": []},
          {"p": "p2", "childrenOpt": [{"c": "c3", "test": null}, {"c": "c4", "test": null}]}
        ]
      }
      """

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-nested-batch-103 @behaviour:nested-batch @catalogue:P1-125
  Scenario: several deleteMany filters each delete their own matches
    `DMUpdate` "a PM to C1! relation should work with several deleteManys".
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
        updateParent(where: {p: "p1"}, data: {childrenOpt: {deleteMany: [{c_contains: "1"}, {c_contains: "2"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": []}}
      """
    And the side effects should be:
      | -nodes Child         | 2 |
      | -links ChildToParent | 2 |
    When executing control query:
      """
      { children { c } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c3"}, {"c": "c4"}]}
      """

  @id:prisma1-nested-batch-104 @behaviour:nested-batch @catalogue:P1-125
  Scenario: deleteMany with an empty filter deletes all of this parent's children
    `DMUpdate` "a PM to C1! relation should work with empty Filter": `[{}]` deletes p1's children, not p2's.
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
        updateParent(where: {p: "p1"}, data: {childrenOpt: {deleteMany: [{}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": []}}
      """
    And the side effects should be:
      | -nodes Child         | 2 |
      | -links ChildToParent | 2 |
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be, in order:
      """
      {"parents": [{"p": "p1", "childrenOpt": []}, {"p": "p2", "childrenOpt": [{"c": "c3"}, {"c": "c4"}]}]}
      """

  @id:prisma1-nested-batch-105 @behaviour:nested-batch @catalogue:P1-125
  Scenario: deleteMany filters that match none of this parent's children delete nothing and do not fail
    `DMUpdate` "… should not change anything when there is no hit": c3 and c4 match but belong to p2.
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
        updateParent(where: {p: "p1"}, data: {childrenOpt: {deleteMany: [{c_contains: "3"}, {c_contains: "4"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}]}}
      """
    And no side effects

  @id:prisma1-nested-batch-106 @behaviour:nested-batch
  Scenario: deleteMany fails with 3042 when another model requires a matched child, and deletes nothing
    `deleteMany` runs the same required-relation check as a nested delete over all matched children
    (`J/DN` NestedDeleteNodesInterpreter → SharedDelete.checkForRequiredRelationsViolations;
    prisma1-behaviours.md §4.8). c1 is required by o1, so neither c1 nor c2 is deleted.
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
        updateParent(where: {p: "p1"}, data: {childrenOpt: {deleteMany: {}}}) {
          childrenOpt { c }
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToOther' between Child and Other"
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c1"}, {"c": "c2"}]}]}
      """
