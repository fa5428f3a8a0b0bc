Feature: Graphcool relation matrix: nested create on createX and updateX
  dialects.md §1.3, columns "create: nested f" and "update: nested f", over the kinds of fixtures
  relation_KIND_graphcool (see connect_on_create_matrix.feature). From the server (SqlMutactions.
  getComplexMutactions, getMutactionsForCreate): a nested create creates the child and links it; the
  child's required to-one is satisfied by the relation it is created through; on updateX the current
  edges of that field are removed first (the old children survive, unlinked) and 3032 is raised when
  the current partners' field for the relation is required. On a to-many this *replaces* the list.

  @id:graphcool-matrix-040 @behaviour:nested-create
  Scenario Outline: createParent with a nested <pf> creates and links (<relation>)
    §1.3 "create+link"; on P1!-C1 the nested child satisfies the required Parent.child, on P1-C1! and
    PM-C1! the child's required parent is the relation it is created through.
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        createParent(name: "p1", <nested>) {
          name
          <pf> { name <cf> { name } }
        }
      }
      """
    Then the result should be:
      """
      {"createParent": {"name": "p1", "<pf>": <created>}}
      """
    And the side effects should be:
      | +nodes Parent      | 1   |
      | +nodes Child       | <n> |
      | +links ParentChild | <n> |

    Examples:
      | relation | schema                 | pf       | cf      | nested                                 | n | created |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | child    | parent  | child: {name: "c1"}                    | 1 | {"name": "c1", "parent": {"name": "p1"}} |
      | P1!-C1   | relation_p1req_c1opt_graphcool | child    | parent  | child: {name: "c1"}                    | 1 | {"name": "c1", "parent": {"name": "p1"}} |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child    | parent  | child: {name: "c1"}                    | 1 | {"name": "c1", "parent": {"name": "p1"}} |
      | PM-C1    | relation_pm_c1opt_graphcool    | children | parent  | children: [{name: "c1"}, {name: "c2"}] | 2 | [{"name": "c1", "parent": {"name": "p1"}}, {"name": "c2", "parent": {"name": "p1"}}] |
      | PM-C1!   | relation_pm_c1req_graphcool | children | parent  | children: [{name: "c1"}, {name: "c2"}] | 2 | [{"name": "c1", "parent": {"name": "p1"}}, {"name": "c2", "parent": {"name": "p1"}}] |
      | PM-CM    | relation_pm_cm_graphcool    | children | parents | children: [{name: "c1"}, {name: "c2"}] | 2 | [{"name": "c1", "parents": [{"name": "p1"}]}, {"name": "c2", "parents": [{"name": "p1"}]}] |

  @id:graphcool-matrix-041 @behaviour:nested-create
  Scenario Outline: createChild with a nested <cf> creates the parent and links it (<relation>)
    The other direction. On P1!-C1 the new parent's required `child` is the relation it is created
    through (§1.2 createX step 5), so no childId is needed.
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        createChild(name: "c1", <nested>) {
          <cf> { name <pf> { name } }
        }
      }
      """
    Then the result should be:
      """
      {"createChild": {"<cf>": <created>}}
      """
    And the side effects should be:
      | +nodes Child       | 1 |
      | +nodes Parent      | 1 |
      | +links ParentChild | 1 |

    Examples:
      | relation | schema                 | pf       | cf      | nested                   | created |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | child    | parent  | parent: {name: "p1"}     | {"name": "p1", "child": {"name": "c1"}} |
      | P1!-C1   | relation_p1req_c1opt_graphcool | child    | parent  | parent: {name: "p1"}     | {"name": "p1", "child": {"name": "c1"}} |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child    | parent  | parent: {name: "p1"}     | {"name": "p1", "child": {"name": "c1"}} |
      | PM-C1    | relation_pm_c1opt_graphcool    | children | parent  | parent: {name: "p1"}     | {"name": "p1", "children": [{"name": "c1"}]} |
      | PM-C1!   | relation_pm_c1req_graphcool | children | parent  | parent: {name: "p1"}     | {"name": "p1", "children": [{"name": "c1"}]} |
      | PM-CM    | relation_pm_cm_graphcool    | children | parents | parents: [{name: "p1"}]  | [{"name": "p1", "children": [{"name": "c1"}]}] |

  @id:graphcool-matrix-042 @behaviour:nested-create
  Scenario Outline: updateParent with a nested child replaces the partner; the old child survives unlinked (<relation>)
    §1.3 "old partner unlinked, new created"; on P1!-C1 the old child's parent field is optional.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", child: {name: "c1"}) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", child: {name: "c2"}) { child { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"child": {"name": "c2"}}}
      """
    And the side effects should be:
      | +nodes Child | 1 |
    When executing control query:
      """
      { allChildren { name parent { name } } }
      """
    Then the result should be:
      """
      {"allChildren": [{"name": "c1", "parent": null}, {"name": "c2", "parent": {"name": "p1"}}]}
      """

    Examples:
      | relation | schema                 |
      | P1-C1    | relation_p1opt_c1opt_graphcool    |
      | P1!-C1   | relation_p1req_c1opt_graphcool |

  @id:graphcool-matrix-043 @behaviour:errors
  Scenario Outline: A nested create on updateParent is 3032 when the current partners' parent field is required (<relation>)
    §1.3 P1-C1! "replacing the current Y would orphan it → 3032"; PM-C1! the list replacement would
    orphan the current children. No child is created.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", <nested_c1>) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", <nested_c2>) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'parent' on type 'Child' is required. Performing this mutation would violate the constraint"
    When executing control query:
      """
      { allChildren { name parent { name } } }
      """
    Then the result should be:
      """
      {"allChildren": [{"name": "c1", "parent": {"name": "p1"}}]}
      """

    Examples:
      | relation | schema                 | nested_c1                | nested_c2                |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child: {name: "c1"}      | child: {name: "c2"}      |
      | PM-C1!   | relation_pm_c1req_graphcool | children: [{name: "c1"}] | children: [{name: "c2"}] |

  @id:graphcool-matrix-044 @behaviour:nested-create
  Scenario Outline: A nested create on updateParent without current partners just creates and links (<relation>)
    The 3032 check fails only when the parent currently has related nodes.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1") { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", <nested>) { <pf> { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"<pf>": <created>}}
      """
    And the side effects should be:
      | +nodes Child       | 1 |
      | +links ParentChild | 1 |

    Examples:
      | relation | schema                 | pf       | nested                   | created          |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child    | child: {name: "c1"}      | {"name": "c1"}   |
      | PM-C1!   | relation_pm_c1req_graphcool | children | children: [{name: "c1"}] | [{"name": "c1"}] |

  @id:graphcool-matrix-045 @behaviour:nested-create
  Scenario Outline: A nested children list on updateParent replaces the list; the old children survive (<relation>)
    §1.3 "replace list". p1 holds [c1]; on PM-CM c1 also belongs to p2 and keeps p2.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", children: [{name: "c1"}]) { id children { id } } }
      """
    And saving "data.createParent.id" as "p1"
    And saving "data.createParent.children.0.id" as "c1"
    And having executed:
      """
      mutation { createParent(<p2_args>) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", children: [{name: "c2"}, {name: "c3"}]) { children { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"children": [{"name": "c2"}, {"name": "c3"}]}}
      """
    And the side effects should be:
      | +nodes Child       | 2 |
      | +links ParentChild | 2 |
      | -links ParentChild | 1 |
    When executing control query:
      """
      { Child(id: "{{c1}}") { name <cf> { name } } }
      """
    Then the result should be:
      """
      {"Child": {"name": "c1", "<cf>": <c1_after>}}
      """

    Examples:
      | relation | schema              | cf      | p2_args                              | c1_after         |
      | PM-C1    | relation_pm_c1opt_graphcool | parent  | name: "p2"                           | null             |
      | PM-CM    | relation_pm_cm_graphcool | parents | name: "p2", childrenIds: ["{{c1}}"]  | [{"name": "p2"}] |

  @id:graphcool-matrix-046 @behaviour:nested-create
  Scenario Outline: updateChild with a nested parent moves the child to the new parent (<relation>)
    From the child's side: c1's current edge is removed and the new parent is created and linked. On
    P1-C1 and PM-C1 the old parent p1 is left without c1.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", <nested_c1>) { <pf> { id } } }
      """
    And saving "data.createParent.<c1_path>" as "c1"
    When executing:
      """
      mutation {
        updateChild(id: "{{c1}}", parent: {name: "p2"}) { parent { name } }
      }
      """
    Then the result should be:
      """
      {"updateChild": {"parent": {"name": "p2"}}}
      """
    And the side effects should be:
      | +nodes Parent | 1 |
    When executing control query:
      """
      { allParents { name <pf> { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1", "<pf>": <none>}, {"name": "p2", "<pf>": <c1>}]}
      """

    Examples:
      | relation | schema              | pf       | nested_c1                | c1_path       | none | c1               |
      | P1-C1    | relation_p1opt_c1opt_graphcool | child    | child: {name: "c1"}      | child.id      | null | {"name": "c1"}   |
      | PM-C1    | relation_pm_c1opt_graphcool | children | children: [{name: "c1"}] | children.0.id | []   | [{"name": "c1"}] |

  @id:graphcool-matrix-047 @behaviour:errors @relation:P1!-C1
  Scenario: updateChild with a nested parent is 3032 when the old parent's child is required (P1!-C1)
    p1 would lose its required child: RelationIsRequired names Parent.child; no parent is created.
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
        updateChild(id: "{{c1}}", parent: {name: "p2"}) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'child' on type 'Parent' is required."
