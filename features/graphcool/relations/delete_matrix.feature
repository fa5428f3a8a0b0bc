Feature: Graphcool relation matrix: deleteX
  dialects.md §1.2 deleteX over the kinds of fixtures relation_KIND_graphcool (SqlMutactions.
  getMutactionsForDelete): if a related node has a *required to-one* field pointing at the deleted
  node → 3032 naming that field and type; otherwise every edge of the node is removed and the node
  deleted. There is no cascade (seeds 001 L17 / 003 L544: cascading deletes are not available): the
  related nodes survive with the relation empty.

  @id:graphcool-matrix-080 @behaviour:delete
  Scenario Outline: deleteParent removes its edges and leaves its children (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", <nested>) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        deleteParent(id: "{{p1}}") { id name }
      }
      """
    Then the result should be:
      """
      {"deleteParent": {"id": "{{p1}}", "name": "p1"}}
      """
    And the side effects should be:
      | -nodes Parent      | 1   |
      | -links ParentChild | <n> |
    When executing control query:
      """
      { allChildren { name <cf> { name } } }
      """
    Then the result should be:
      """
      {"allChildren": <children>}
      """

    Examples:
      | relation | schema                 | cf      | nested                                 | n | children |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | parent  | child: {name: "c1"}                    | 1 | [{"name": "c1", "parent": null}] |
      | P1!-C1   | relation_p1req_c1opt_graphcool | parent  | child: {name: "c1"}                    | 1 | [{"name": "c1", "parent": null}] |
      | PM-C1    | relation_pm_c1opt_graphcool    | parent  | children: [{name: "c1"}, {name: "c2"}] | 2 | [{"name": "c1", "parent": null}, {"name": "c2", "parent": null}] |
      | PM-CM    | relation_pm_cm_graphcool    | parents | children: [{name: "c1"}, {name: "c2"}] | 2 | [{"name": "c1", "parents": []}, {"name": "c2", "parents": []}] |

  @id:graphcool-matrix-081 @behaviour:errors
  Scenario Outline: deleteParent is 3032 while a child's required parent points at it (<relation>)
    §5 G-24 on the matrix kinds: RelationIsRequired names Child.parent; nothing is deleted.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", <nested>) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        deleteParent(id: "{{p1}}") { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'parent' on type 'Child' is required. Performing this mutation would violate the constraint"

    Examples:
      | relation | schema                 | nested                   |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child: {name: "c1"}      |
      | PM-C1!   | relation_pm_c1req_graphcool | children: [{name: "c1"}] |

  @id:graphcool-matrix-082 @behaviour:delete
  Scenario Outline: deleteParent without related children succeeds although the children's parent field is required (<relation>)
    The check only fails when a related node exists.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1") { id }
        b: createParent(name: "p2", <nested>) { id }
      }
      """
    And saving "data.a.id" as "p1"
    When executing:
      """
      mutation {
        deleteParent(id: "{{p1}}") { name }
      }
      """
    Then the result should be:
      """
      {"deleteParent": {"name": "p1"}}
      """
    And the side effects should be:
      | -nodes Parent | 1 |

    Examples:
      | relation | schema                 | nested                   |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child: {name: "c1"}      |
      | PM-C1!   | relation_pm_c1req_graphcool | children: [{name: "c1"}] |

  @id:graphcool-matrix-083 @behaviour:delete
  Scenario Outline: deleteChild removes its edges and leaves its parent (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", <nested>) { <pf> { id } } }
      """
    And saving "data.createParent.<c1_path>" as "c1"
    When executing:
      """
      mutation {
        deleteChild(id: "{{c1}}") { name }
      }
      """
    Then the result should be:
      """
      {"deleteChild": {"name": "c1"}}
      """
    And the side effects should be:
      | -nodes Child       | 1 |
      | -links ParentChild | 1 |
    When executing control query:
      """
      { allParents { name <pf> { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1", "<pf>": <after>}]}
      """

    Examples:
      | relation | schema                 | pf       | nested                                 | c1_path       | after            |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | child    | child: {name: "c1"}                    | child.id      | null             |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child    | child: {name: "c1"}                    | child.id      | null             |
      | PM-C1    | relation_pm_c1opt_graphcool    | children | children: [{name: "c1"}, {name: "c2"}] | children.0.id | [{"name": "c2"}] |
      | PM-C1!   | relation_pm_c1req_graphcool | children | children: [{name: "c1"}, {name: "c2"}] | children.0.id | [{"name": "c2"}] |
      | PM-CM    | relation_pm_cm_graphcool    | children | children: [{name: "c1"}, {name: "c2"}] | children.0.id | [{"name": "c2"}] |

  @id:graphcool-matrix-084 @behaviour:errors @relation:P1!-C1
  Scenario: deleteChild is 3032 while its parent's required child points at it (P1!-C1)
    RelationIsRequired names Parent.child; nothing is deleted.
    Given the data model "relation_p1req_c1opt_graphcool"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", child: {name: "c1"}) { child { id } } }
      """
    And saving "data.createParent.child.id" as "c1"
    When executing:
      """
      mutation {
        deleteChild(id: "{{c1}}") { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'child' on type 'Parent' is required. Performing this mutation would violate the constraint"
    When executing control query:
      """
      { allChildren { name parent { name } } }
      """
    Then the result should be:
      """
      {"allChildren": [{"name": "c1", "parent": {"name": "p1"}}]}
      """
