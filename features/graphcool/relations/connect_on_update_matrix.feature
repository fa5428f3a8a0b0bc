Feature: Graphcool relation matrix: fId / fIds on updateX
  dialects.md §1.3, column "update: fId/fIds", over the kinds of fixtures relation_KIND_graphcool (see
  connect_on_create_matrix.feature). From the server (SqlMutactions.getAddToRelationMutactionsForId…
  ForUpdate): `fId` unlinks the node's current partner (3032 if that partner's field is required and
  the partner is not the new one), on a one-to-one also takes the target from its own partner (3032 if
  that partner's field is required), then links; `fId: null` only unlinks, and the node's *own*
  required to-one is not re-checked. `fIds` replaces the whole list (3032 when a child whose parent
  field is required would be dropped); on a one-to-many the listed children leave their old parents.
  Every check runs before any write.

  @id:graphcool-matrix-020 @behaviour:connect
  Scenario Outline: childId replaces the partner with a free child; the old child is unlinked (<relation>)
    §1.3: P1-C1 "replace partner"; P1!-C1 "replace (old Y just unlinked)".
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", child: {name: "c1"}) { id } }
      """
    And saving "data.createParent.id" as "p1"
    And having executed:
      """
      mutation { createChild(name: "c2") { id } }
      """
    And saving "data.createChild.id" as "c2"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childId: "{{c2}}") { child { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"child": {"name": "c2"}}}
      """
    And no side effects
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

  @id:graphcool-matrix-021 @behaviour:connect @relation:P1-C1
  Scenario: childId naming another parent's child on P1-C1: both old edges go, the new one comes
    p1 holds c1, p2 holds c2; after updateParent(p1, childId: c2) only p1–c2 is left.
    Given the data model "relation_p1opt_c1opt_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1", child: {name: "c1"}) { id }
        b: createParent(name: "p2", child: {name: "c2"}) { child { id } }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.b.child.id" as "c2"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childId: "{{c2}}") { child { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"child": {"name": "c2"}}}
      """
    And the side effects should be:
      | -links ParentChild | 1 |
    When executing control query:
      """
      { allParents { name child { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1", "child": {"name": "c2"}}, {"name": "p2", "child": null}]}
      """

  @id:graphcool-matrix-022 @behaviour:connect @relation:P1-C1!
  Scenario: childId on a parent without a child takes another parent's child (P1-C1!)
    §1.3 "1:1, child side required": the child keeps a parent, so stealing it is fine; the old parent's
    field is optional.
    Given the data model "relation_p1opt_c1req_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p0") { id }
        b: createParent(name: "p2", child: {name: "c2"}) { child { id } }
      }
      """
    And saving "data.a.id" as "p0"
    And saving "data.b.child.id" as "c2"
    When executing:
      """
      mutation {
        updateParent(id: "{{p0}}", childId: "{{c2}}") { child { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"child": {"name": "c2"}}}
      """
    And no side effects
    When executing control query:
      """
      { allParents { name child { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p0", "child": {"name": "c2"}}, {"name": "p2", "child": null}]}
      """

  @id:graphcool-matrix-023 @behaviour:errors
  Scenario Outline: childId naming another parent's child is 3032 when a required side would be left empty (<relation>)
    P1!-C1: p2 would lose its required child (§1.3 "stealing as on create → 3032"). P1-C1!: p1's
    current child c1 would be orphaned (§1.3 "replacing the current Y would orphan it → 3032").
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1", child: {name: "c1"}) { id }
        b: createParent(name: "p2", child: {name: "c2"}) { child { id } }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.b.child.id" as "c2"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childId: "{{c2}}") { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field '<field>' on type '<type>' is required. Performing this mutation would violate the constraint"
    When executing control query:
      """
      { allChildren { name parent { name } } }
      """
    Then the result should be:
      """
      {"allChildren": [{"name": "c1", "parent": {"name": "p1"}}, {"name": "c2", "parent": {"name": "p2"}}]}
      """

    Examples:
      | relation | schema                 | field  | type   |
      | P1!-C1   | relation_p1req_c1opt_graphcool | child  | Parent |
      | P1-C1!   | relation_p1opt_c1req_graphcool | parent | Child  |

  @id:graphcool-matrix-024 @behaviour:disconnect
  Scenario Outline: childId null unlinks the child (<relation>)
    §1.2 updateX: "`fId: null` disconnects". On P1!-C1 the parent's own required child is not
    re-checked (§1.3 "`null` not checked"; the server checks only the partner's field, which is
    optional here), so the real server answers success and leaves p1 without its required child.
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
        updateParent(id: "{{p1}}", childId: null) { name }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"name": "p1"}}
      """
    And the side effects should be:
      | -links ParentChild | 1 |
    When executing control query:
      """
      { allChildren { name parent { name } } }
      """
    Then the result should be:
      """
      {"allChildren": [{"name": "c1", "parent": null}]}
      """

    Examples:
      | relation | schema                 |
      | P1-C1    | relation_p1opt_c1opt_graphcool    |
      | P1!-C1   | relation_p1req_c1opt_graphcool |

  @id:graphcool-matrix-025 @behaviour:errors @relation:P1-C1!
  Scenario: childId null is 3032 when the child's parent is required (P1-C1!)
    The current child would be orphaned: RelationIsRequired names Child.parent; the link stays.
    Given the data model "relation_p1opt_c1req_graphcool"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", child: {name: "c1"}) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childId: null) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'parent' on type 'Child' is required."

  @id:graphcool-matrix-026 @behaviour:connect
  Scenario Outline: childId naming the current partner changes nothing (<relation>)
    The required checks compare the current partner with the new id, which is the same node.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", child: {name: "c1"}) { id child { id } } }
      """
    And saving "data.createParent.id" as "p1"
    And saving "data.createParent.child.id" as "c1"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childId: "{{c1}}") { child { name parent { name } } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"child": {"name": "c1", "parent": {"name": "p1"}}}}
      """
    And no side effects

    Examples:
      | relation | schema                 |
      | P1-C1    | relation_p1opt_c1opt_graphcool    |
      | P1!-C1   | relation_p1req_c1opt_graphcool |
      | P1-C1!   | relation_p1opt_c1req_graphcool |

  @id:graphcool-matrix-027 @behaviour:connect
  Scenario Outline: childrenIds replaces the list; listed children leave their old parents on a one-to-many (<relation>)
    §1.3 "replace list". p1 holds [c1, c2], p2 holds [c3]; updateParent(p1, childrenIds: [c2, c3]).
    PM-C1: c1 is unlinked and c3 leaves p2 (one link less in all). PM-CM: c1 is unlinked from p1, c3
    keeps p2 and gains p1 (as many links as before).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1", children: [{name: "c1"}, {name: "c2"}]) { id children { id } }
        b: createParent(name: "p2", children: [{name: "c3"}]) { children { id } }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.a.children.1.id" as "c2"
    And saving "data.b.children.0.id" as "c3"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childrenIds: ["{{c2}}", "{{c3}}"]) { children { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"children": [{"name": "c2"}, {"name": "c3"}]}}
      """
    And the side effects should be:
      | -links ParentChild | <removed> |
    When executing control query:
      """
      { allChildren { name <cf> { name } } }
      """
    Then the result should be:
      """
      {"allChildren": <children>}
      """

    Examples:
      | relation | schema              | removed | cf      | children |
      | PM-C1    | relation_pm_c1opt_graphcool | 1       | parent  | [{"name": "c1", "parent": null}, {"name": "c2", "parent": {"name": "p1"}}, {"name": "c3", "parent": {"name": "p1"}}] |
      | PM-CM    | relation_pm_cm_graphcool | 0       | parents | [{"name": "c1", "parents": []}, {"name": "c2", "parents": [{"name": "p1"}]}, {"name": "c3", "parents": [{"name": "p1"}, {"name": "p2"}]}] |

  @id:graphcool-matrix-028 @behaviour:disconnect
  Scenario Outline: childrenIds [] empties the list; the children survive (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", children: [{name: "c1"}, {name: "c2"}]) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childrenIds: []) { children { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"children": []}}
      """
    And the side effects should be:
      | -links ParentChild | 2 |
    When executing control query:
      """
      { _allChildrenMeta { count } }
      """
    Then the result should be:
      """
      {"_allChildrenMeta": {"count": 2}}
      """

    Examples:
      | relation | schema              |
      | PM-C1    | relation_pm_c1opt_graphcool |
      | PM-CM    | relation_pm_cm_graphcool |

  @id:graphcool-matrix-029 @behaviour:errors @relation:PM-C1!
  Scenario Outline: childrenIds that drops a child whose parent is required is 3032; nothing changes (PM-C1!, <case>)
    §1.2 updateX / §5 G-23 on the matrix kind PM-C1!.
    Given the data model "relation_pm_c1req_graphcool"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", children: [{name: "c1"}, {name: "c2"}]) { id children { id } } }
      """
    And saving "data.createParent.id" as "p1"
    And saving "data.createParent.children.1.id" as "c2"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childrenIds: <ids>) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'parent' on type 'Child' is required."
    When executing control query:
      """
      { allChildren { name parent { name } } }
      """
    Then the result should be:
      """
      {"allChildren": [{"name": "c1", "parent": {"name": "p1"}}, {"name": "c2", "parent": {"name": "p1"}}]}
      """

    Examples:
      | case     | ids          |
      | drop-one | ["{{c2}}"]   |
      | empty    | []           |

  @id:graphcool-matrix-030 @behaviour:connect
  Scenario Outline: childrenIds that keeps every current child and adds another parent's child (<relation>)
    p1 holds [c1, c2], p2 holds [c3]; updateParent(p1, childrenIds: [c1, c2, c3]). On a one-to-many c3
    moves (it keeps a parent, so PM-C1! allows it); on a many-to-many c3 keeps p2.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1", children: [{name: "c1"}, {name: "c2"}]) { id children { id } }
        b: createParent(name: "p2", children: [{name: "c3"}]) { id children { id } }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.a.children.0.id" as "c1"
    And saving "data.a.children.1.id" as "c2"
    And saving "data.b.id" as "p2"
    And saving "data.b.children.0.id" as "c3"
    When executing:
      """
      mutation {
        updateParent(id: "{{p1}}", childrenIds: ["{{c1}}", "{{c2}}", "{{c3}}"]) { children { name } }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"children": [{"name": "c1"}, {"name": "c2"}, {"name": "c3"}]}}
      """
    And the side effects should be:
      | +links ParentChild | <added> |
    When executing control query:
      """
      { Parent(id: "{{p2}}") { children { name } } }
      """
    Then the result should be:
      """
      {"Parent": {"children": <p2_after>}}
      """

    Examples:
      | relation | schema                 | added | p2_after         |
      | PM-C1    | relation_pm_c1opt_graphcool    | 0     | []               |
      | PM-C1!   | relation_pm_c1req_graphcool | 0     | []               |
      | PM-CM    | relation_pm_cm_graphcool    | 1     | [{"name": "c3"}] |

  @id:graphcool-matrix-031 @behaviour:connect
  Scenario Outline: From the child's side, <arg> moves c1 to p2 (<relation>)
    p1 holds c1, p2 holds c2. On P1-C1 p2's old child c2 is unlinked (one link less); on PM-C1 and
    PM-C1! c1 joins c2 under p2 (no requiredness issue: c1 keeps a parent); on PM-CM `parentsIds`
    replaces c1's parents.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1", <nested_c1>) { <pf> { id } }
        b: createParent(name: "p2", <nested_c2>) { id }
      }
      """
    And saving "data.a.<c1_path>" as "c1"
    And saving "data.b.id" as "p2"
    When executing:
      """
      mutation {
        updateChild(id: "{{c1}}", <arg>) { <cf> { name } }
      }
      """
    Then the result should be:
      """
      {"updateChild": {"<cf>": <p2>}}
      """
    And the side effects should be:
      | -links ParentChild | <removed> |
    When executing control query:
      """
      { allChildren { name <cf> { name } } }
      """
    Then the result should be:
      """
      {"allChildren": [{"name": "c1", "<cf>": <p2>}, {"name": "c2", "<cf>": <c2_after>}]}
      """

    Examples:
      | relation | schema                 | pf       | cf      | nested_c1                | nested_c2                | c1_path       | arg                    | p2               | removed | c2_after         |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | child    | parent  | child: {name: "c1"}      | child: {name: "c2"}      | child.id      | parentId: "{{p2}}"     | {"name": "p2"}   | 1       | null             |
      | PM-C1    | relation_pm_c1opt_graphcool    | children | parent  | children: [{name: "c1"}] | children: [{name: "c2"}] | children.0.id | parentId: "{{p2}}"     | {"name": "p2"}   | 0       | {"name": "p2"}   |
      | PM-C1!   | relation_pm_c1req_graphcool | children | parent  | children: [{name: "c1"}] | children: [{name: "c2"}] | children.0.id | parentId: "{{p2}}"     | {"name": "p2"}   | 0       | {"name": "p2"}   |
      | PM-CM    | relation_pm_cm_graphcool    | children | parents | children: [{name: "c1"}] | children: [{name: "c2"}] | children.0.id | parentsIds: ["{{p2}}"] | [{"name": "p2"}] | 0       | [{"name": "p2"}] |

  @id:graphcool-matrix-032 @behaviour:errors
  Scenario Outline: From the child's side, parentId naming another parent is 3032 when a required side would be left empty (<relation>)
    p1 holds c1, p2 holds c2; updateChild(c1, parentId: p2). P1!-C1: p1 would lose its required child.
    P1-C1!: p2's child c2 would lose its required parent.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1", child: {name: "c1"}) { child { id } }
        b: createParent(name: "p2", child: {name: "c2"}) { id }
      }
      """
    And saving "data.a.child.id" as "c1"
    And saving "data.b.id" as "p2"
    When executing:
      """
      mutation {
        updateChild(id: "{{c1}}", parentId: "{{p2}}") { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field '<field>' on type '<type>' is required."

    Examples:
      | relation | schema                 | field  | type   |
      | P1!-C1   | relation_p1req_c1opt_graphcool | child  | Parent |
      | P1-C1!   | relation_p1opt_c1req_graphcool | parent | Child  |

  @id:graphcool-matrix-033 @behaviour:disconnect
  Scenario Outline: From the child's side, parentId null unlinks the parent (<relation>)
    §1.2 updateX "`fId: null` disconnects". The child's own required parent (P1-C1!, PM-C1!) is not
    re-checked: the server only checks the partner's field (Parent.child / Parent.children, optional
    or a list here), so the real server answers success and leaves the child without its parent.
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
        updateChild(id: "{{c1}}", parentId: null) { name }
      }
      """
    Then the result should be:
      """
      {"updateChild": {"name": "c1"}}
      """
    And the side effects should be:
      | -links ParentChild | 1 |
    When executing control query:
      """
      { allParents { name <pf> { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1", "<pf>": <none>}]}
      """

    Examples:
      | relation | schema                 | pf       | nested_c1                | c1_path       | none |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | child    | child: {name: "c1"}      | child.id      | null |
      | P1-C1!   | relation_p1opt_c1req_graphcool | child    | child: {name: "c1"}      | child.id      | null |
      | PM-C1    | relation_pm_c1opt_graphcool    | children | children: [{name: "c1"}] | children.0.id | []   |
      | PM-C1!   | relation_pm_c1req_graphcool | children | children: [{name: "c1"}] | children.0.id | []   |

  @id:graphcool-matrix-034 @behaviour:errors @relation:P1!-C1
  Scenario: From the child's side, parentId null is 3032 when Parent.child is required (P1!-C1)
    The partner p1 would lose its required child.
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
        updateChild(id: "{{c1}}", parentId: null) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field 'child' on type 'Parent' is required."

  @id:graphcool-matrix-035 @behaviour:errors
  Scenario Outline: An unknown id in <arg> on update is 3011; nothing changes (<relation>)
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
        updateParent(id: "{{p1}}", name: "renamed", <arg>) { id }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And the error message should contain "Id if available: cjld2cjxh0000qzrmn831i7rn"
    When executing control query:
      """
      { allParents { name <pf> { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1", "<pf>": <c1>}]}
      """

    Examples:
      | relation | schema                 | pf       | nested_c1                | arg                                        | c1               |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | child    | child: {name: "c1"}      | childId: "cjld2cjxh0000qzrmn831i7rn"       | {"name": "c1"}   |
      | P1!-C1   | relation_p1req_c1opt_graphcool | child    | child: {name: "c1"}      | childId: "cjld2cjxh0000qzrmn831i7rn"       | {"name": "c1"}   |
      | PM-C1    | relation_pm_c1opt_graphcool    | children | children: [{name: "c1"}] | childrenIds: ["cjld2cjxh0000qzrmn831i7rn"] | [{"name": "c1"}] |
      | PM-CM    | relation_pm_cm_graphcool    | children | children: [{name: "c1"}] | childrenIds: ["cjld2cjxh0000qzrmn831i7rn"] | [{"name": "c1"}] |
