Feature: Prisma 1 nested connect inside upsert
  A top-level upsert runs only one branch (prisma1-behaviours.md §6): `create` when `where` misses,
  `update` when it hits. A connect inside the create branch follows the "connect inside create"
  rules, one inside the update branch the "connect inside update" rules (§4.0). ConnUpsert, P1-CM
  (fixture relation_p1opt_cm: Parent.childOpt, Child.parentsOpt).

  @id:prisma1-nested-connect-030 @behaviour:connect @catalogue:P1-074
  Scenario: connect in the create branch of an upsert whose where misses
    ConnUpsert: the parent p1 does not exist, so `create` runs and links c1; `update` is ignored.
    Given the data model "relation_p1opt_cm"
    And an empty database
    And having executed:
      """
      mutation { createChild(data: {c: "c1"}) { id } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          create: {p: "p1", childOpt: {connect: {c: "c1"}}}
          update: {p: "p1-updated", childOpt: {connect: {c: "c1"}}}
        ) {
          p
          childOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"upsertParent": {"p": "p1", "childOpt": {"c": "c1"}}}
      """
    And the side effects should be:
      | +nodes Parent        | 1 |
      | +links ChildToParent | 1 |

  @id:prisma1-nested-connect-031 @behaviour:connect @catalogue:P1-074
  Scenario: connect in the update branch of an upsert whose where hits
    ConnUpsert: p1 exists, so only `update` runs: p1 connects c2 (P1-CM in an update: p1's old link
    to c1 is removed, c1 survives without parents). The create branch's connect to a missing node is
    never looked at.
    Given the data model "relation_p1opt_cm"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createChild(data: {c: "c2"}) { id } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          create: {p: "other", childOpt: {connect: {c: "DOES NOT EXIST"}}}
          update: {childOpt: {connect: {c: "c2"}}}
        ) {
          p
          childOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"upsertParent": {"p": "p1", "childOpt": {"c": "c2"}}}
      """
    And no side effects
    When executing control query:
      """
      { children { c parentsOpt { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "parentsOpt": []}, {"c": "c2", "parentsOpt": [{"p": "p1"}]}]}
      """

  @id:prisma1-nested-connect-032 @behaviour:connect @catalogue:P1-074
  Scenario: a connect to a missing node in the update branch fails with 3039 and changes nothing
    ConnUpsert: the update branch runs and its connect target does not exist → 3039; the scalar change
    of the same branch is rolled back (§9).
    Given the data model "relation_p1opt_cm"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          create: {p: "p1"}
          update: {p: "p1-updated", childOpt: {connect: {c: "DOES NOT EXIST"}}}
        ) {
          p
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."
    When executing control query:
      """
      { parents { p childOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childOpt": {"c": "c1"}}]}
      """
