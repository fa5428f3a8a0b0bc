Feature: Graphcool relation matrix: fId / fIds on createX
  dialects.md §1.3, column "create: fId/fIds", over the kinds of fixtures relation_KIND_graphcool (relation
  ParentChild; parent = the model whose mutation is called): P1-C1 (1:1, both optional), P1!-C1
  (Parent.child: Child!), P1-C1! (Child.parent: Parent!), PM-C1 (1:n), PM-C1! (1:n, Child.parent
  required), PM-CM (m:n). From the server (SqlMutactions.getAddToRelationMutactionsForId…ForCreate):
  `fIds` on a one-to-many first detaches every listed child from its current parent (it moves), on a
  many-to-many it detaches nothing; `fId` on a one-to-one detaches the target from its partner and
  raises 3032 when that partner's field is required; a required to-one must be given; an unknown id is
  3011. A move removes one link and adds one, so the link count does not change.

  @id:graphcool-matrix-001 @behaviour:connect
  Scenario Outline: <arg> links a free child (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createChild(name: "c1") { id } }
      """
    And saving "data.createChild.id" as "c1"
    When executing:
      """
      mutation {
        createParent(name: "p1", <arg>) {
          name
          <pf> { name }
        }
      }
      """
    Then the result should be:
      """
      {"createParent": {"name": "p1", "<pf>": <c1>}}
      """
    And the side effects should be:
      | +nodes Parent      | 1 |
      | +links ParentChild | 1 |

    Examples:
      | relation | schema                 | pf       | arg                      | c1               |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | child    | childId: "{{c1}}"        | {"name": "c1"}   |
      | P1!-C1   | relation_p1req_c1opt_graphcool | child    | childId: "{{c1}}"        | {"name": "c1"}   |
      | PM-C1    | relation_pm_c1opt_graphcool    | children | childrenIds: ["{{c1}}"]  | [{"name": "c1"}] |
      | PM-CM    | relation_pm_cm_graphcool    | children | childrenIds: ["{{c1}}"]  | [{"name": "c1"}] |

  @id:graphcool-matrix-002 @behaviour:connect
  Scenario Outline: <arg> naming a child another parent holds: moved, except on many-to-many (<relation>)
    §1.3: P1-C1 "link; steal target from old partner"; P1-C1! "stealing Y from another Parent is fine (Y
    keeps a parent)"; PM-C1/PM-C1! "children moved from old parents"; PM-CM "link (no moving)".
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
        createParent(name: "p2", <arg>) {
          <pf> { name }
        }
      }
      """
    Then the result should be:
      """
      {"createParent": {"<pf>": <c1>}}
      """
    And the side effects should be:
      | +nodes Parent      | 1       |
      | +links ParentChild | <added> |
    When executing control query:
      """
      { allParents { name <pf> { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1", "<pf>": <p1_after>}, {"name": "p2", "<pf>": <c1>}]}
      """

    Examples:
      | relation | schema                 | pf       | nested_c1                  | c1_path       | arg                     | c1               | added | p1_after         |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | child    | child: {name: "c1"}        | child.id      | childId: "{{c1}}"       | {"name": "c1"}   | 0     | null             |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child    | child: {name: "c1"}        | child.id      | childId: "{{c1}}"       | {"name": "c1"}   | 0     | null             |
      | PM-C1    | relation_pm_c1opt_graphcool    | children | children: [{name: "c1"}]   | children.0.id | childrenIds: ["{{c1}}"] | [{"name": "c1"}] | 0     | []               |
      | PM-C1!   | relation_pm_c1req_graphcool | children | children: [{name: "c1"}]   | children.0.id | childrenIds: ["{{c1}}"] | [{"name": "c1"}] | 0     | []               |
      | PM-CM    | relation_pm_cm_graphcool    | children | children: [{name: "c1"}]   | children.0.id | childrenIds: ["{{c1}}"] | [{"name": "c1"}] | 1     | [{"name": "c1"}] |

  @id:graphcool-matrix-003 @behaviour:errors @relation:P1!-C1
  Scenario: childId naming a child another parent holds is 3032 when Parent.child is required (P1!-C1)
    §1.3 row "1:1, parent side required": "stealing a Y that another Parent holds → 3032 (that Parent
    would lose its required Y)"; the message names the required field of the losing side.
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
        createParent(name: "p2", childId: "{{c1}}") { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'child' on type 'Parent' is required. Performing this mutation would violate the constraint"
    When executing control query:
      """
      { allParents { name } allChildren { name parent { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1"}], "allChildren": [{"name": "c1", "parent": {"name": "p1"}}]}
      """

  @id:graphcool-matrix-004 @behaviour:errors
  Scenario Outline: A create that leaves a required to-one empty is 3032 (<case>)
    §1.2 createX step 5: the required field must be satisfied by a non-null fId or a nested create.
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        <mutation>(name: "n1"<extra>) { id }
      }
      """
    Then an error "RequiredFieldMissing" should be raised
    And the error message should contain "The field '<field>' on type '<type>' is required."

    Examples:
      | case           | schema                 | mutation     | extra            | field  | type   |
      | P1!-C1-omitted | relation_p1req_c1opt_graphcool | createParent |                  | child  | Parent |
      | P1!-C1-null    | relation_p1req_c1opt_graphcool | createParent | , childId: null  | child  | Parent |
      | P1-C1!-omitted | relation_p1opt_c1req_graphcool | createChild  |                  | parent | Child  |
      | PM-C1!-omitted | relation_pm_c1req_graphcool | createChild  |                  | parent | Child  |
      | PM-C1!-null    | relation_pm_c1req_graphcool | createChild  | , parentId: null | parent | Child  |

  @id:graphcool-matrix-005 @behaviour:connect
  Scenario Outline: createChild with <arg> links to a parent that already has a child (<relation>)
    From the child's side: on a one-to-one the parent is taken from its old child (the old child's
    parent field is optional here, so no check; P1!-C1's parent keeps a child); on a to-many parent
    the new child is added beside the old one.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", <nested_c0>) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        createChild(name: "c1", <arg>) {
          <cf> { name }
        }
      }
      """
    Then the result should be:
      """
      {"createChild": {"<cf>": <p1>}}
      """
    And the side effects should be:
      | +nodes Child       | 1       |
      | +links ParentChild | <added> |
    When executing control query:
      """
      { allChildren { name <cf> { name } } }
      """
    Then the result should be:
      """
      {"allChildren": [{"name": "c0", "<cf>": <c0_after>}, {"name": "c1", "<cf>": <p1>}]}
      """

    Examples:
      | relation | schema                 | cf      | nested_c0                | arg                    | p1               | added | c0_after         |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | parent  | child: {name: "c0"}      | parentId: "{{p1}}"     | {"name": "p1"}   | 0     | null             |
      | P1!-C1   | relation_p1req_c1opt_graphcool | parent  | child: {name: "c0"}      | parentId: "{{p1}}"     | {"name": "p1"}   | 0     | null             |
      | PM-C1    | relation_pm_c1opt_graphcool    | parent  | children: [{name: "c0"}] | parentId: "{{p1}}"     | {"name": "p1"}   | 1     | {"name": "p1"}   |
      | PM-C1!   | relation_pm_c1req_graphcool | parent  | children: [{name: "c0"}] | parentId: "{{p1}}"     | {"name": "p1"}   | 1     | {"name": "p1"}   |
      | PM-CM    | relation_pm_cm_graphcool    | parents | children: [{name: "c0"}] | parentsIds: ["{{p1}}"] | [{"name": "p1"}] | 1     | [{"name": "p1"}] |

  @id:graphcool-matrix-006 @behaviour:errors @relation:P1-C1!
  Scenario: createChild with parentId naming a parent that has a child is 3032 when Child.parent is required (P1-C1!)
    The parent would be taken from its old child, which would lose its required parent:
    RelationIsRequired names Child.parent.
    Given the data model "relation_p1opt_c1req_graphcool"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", child: {name: "c0"}) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        createChild(name: "c1", parentId: "{{p1}}") { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'parent' on type 'Child' is required. Performing this mutation would violate the constraint"

  @id:graphcool-matrix-007 @behaviour:connect @relation:P1-C1!
  Scenario: createChild with parentId naming a parent without a child links them (P1-C1!)
    Given the data model "relation_p1opt_c1req_graphcool"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1") { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        createChild(name: "c1", parentId: "{{p1}}") {
          parent { name child { name } }
        }
      }
      """
    Then the result should be:
      """
      {"createChild": {"parent": {"name": "p1", "child": {"name": "c1"}}}}
      """
    And the side effects should be:
      | +nodes Child       | 1 |
      | +links ParentChild | 1 |

  @id:graphcool-matrix-008 @behaviour:errors
  Scenario Outline: An unknown id in <arg> is 3011 naming the id; nothing is created (<relation>)
    §1.2 createX step 6 (AddDataItemToManyRelation.verify).
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        <mutation>(name: "n1", <arg>) { id }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And the error message should contain "Id if available: cjld2cjxh0000qzrmn831i7rn"

    Examples:
      | relation | schema                 | mutation     | arg                                        |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | createParent | childId: "cjld2cjxh0000qzrmn831i7rn"       |
      | P1!-C1   | relation_p1req_c1opt_graphcool | createParent | childId: "cjld2cjxh0000qzrmn831i7rn"       |
      | P1-C1!   | relation_p1opt_c1req_graphcool | createChild  | parentId: "cjld2cjxh0000qzrmn831i7rn"      |
      | PM-C1    | relation_pm_c1opt_graphcool    | createParent | childrenIds: ["cjld2cjxh0000qzrmn831i7rn"] |
      | PM-C1!   | relation_pm_c1req_graphcool | createChild  | parentId: "cjld2cjxh0000qzrmn831i7rn"      |
      | PM-CM    | relation_pm_cm_graphcool    | createParent | childrenIds: ["cjld2cjxh0000qzrmn831i7rn"] |
