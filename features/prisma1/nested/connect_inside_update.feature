Feature: Prisma 1 nested connect inside update
  `connect` inside an update runs the §4.0 "connect inside update" rules (prisma1-behaviours.md
  §4.0, §4.2); the per-kind cells are in features/prisma1/relations/connect_matrix.feature. This file
  covers self relations, missing targets and rollback of the whole update (§9).

  @id:prisma1-nested-connect-020 @behaviour:connect @catalogue:P1-071
  Scenario: connect on a many-to-many self relation is visible from both sides
    ConnUpdate, self PM-CM: technology A connects B as a child technology; B lists A among its parent
    technologies. Both fields belong to the one relation ChildTechnologies.
    Given the data model "technology_self_relation"
    And an empty database
    And having executed:
      """
      mutation { createTechnology(data: {name: "techA"}) { id } }
      """
    And having executed:
      """
      mutation { createTechnology(data: {name: "techB"}) { id } }
      """
    When executing:
      """
      mutation {
        updateTechnology(where: {name: "techA"}, data: {childTechnologies: {connect: {name: "techB"}}}) {
          name
          childTechnologies { name }
          parentTechnologies { name }
        }
      }
      """
    Then the result should be:
      """
      {"updateTechnology": {"name": "techA", "childTechnologies": [{"name": "techB"}], "parentTechnologies": []}}
      """
    And the side effects should be:
      | +links ChildTechnologies | 1 |
    When executing control query:
      """
      { technology(where: {name: "techB"}) { name childTechnologies { name } parentTechnologies { name } } }
      """
    Then the result should be:
      """
      {"technology": {"name": "techB", "childTechnologies": [], "parentTechnologies": [{"name": "techA"}]}}
      """

  @id:prisma1-nested-connect-021 @behaviour:connect
  Scenario: a to-one connect to a missing node fails with 3039 and rolls back the outer scalar change
    §4.2 / §9: 3039 "No Node for the model Child with value DOES NOT EXIST for c found."; the rename in
    the same update is not kept and p1 keeps its child.
    Given the data model "relation_p1opt_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {p: "renamed", childOpt: {connect: {c: "DOES NOT EXIST"}}}) {
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

  @id:prisma1-nested-connect-022 @behaviour:connect
  Scenario: a to-many connect list with one missing node steals nothing
    §4.2 / §9: the first entry (c1) would move from p1 to p2, the second does not exist → 3039 and the
    whole update rolls back: c1 stays with p1.
    Given the data model "relation_pm_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childrenOpt: {connect: [{c: "c1"}, {c: "DOES NOT EXIST"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c1"}]}, {"p": "p2", "childrenOpt": []}]}
      """
