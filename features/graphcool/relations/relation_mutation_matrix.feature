Feature: Graphcool relation matrix: setR / unsetR / addToR / removeFromR
  dialects.md §1.3, column "relation mutation", over the kinds of fixtures relation_KIND_graphcool (relation
  ParentChild, Parent = side A). One-to-one: setParentChild(childChildId, parentParentId) and, when
  both sides are optional, unsetParentChild. With a list side: addToParentChild(childrenChildId,
  parent[s]ParentId) and, when no side is required, removeFromParentChild. From the server
  (SetRelation, AddToRelation, UnsetRelation, RemoveFromRelation): setR removes every edge of both
  nodes, with 3032 when a displaced partner's field is required; addToR removes the to-one side's old
  edge (a move), makes no requiredness check and is idempotent; unsetR/removeFromR delete the one
  edge (unconnected: silent success; unknown node: 3013); the node named by the argument after side
  A's field is checked first (unknown: 3011).

  @id:graphcool-matrix-060 @behaviour:relation-mutation @relation:P1-C1
  Scenario: setParentChild between two nodes with other partners leaves only the new edge (P1-C1)
    p1 holds c1, p2 holds c2; setParentChild(c2, p1) removes p1–c1 and p2–c2 and adds p1–c2.
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
        setParentChild(childChildId: "{{c2}}", parentParentId: "{{p1}}") {
          parentParent { name }
          childChild { name }
        }
      }
      """
    Then the result should be:
      """
      {"setParentChild": {"parentParent": {"name": "p1"}, "childChild": {"name": "c2"}}}
      """
    And the side effects should be:
      | -links ParentChild | 1 |
    When executing control query:
      """
      { allParents { name child { name } } allChildren { name parent { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1", "child": {"name": "c2"}}, {"name": "p2", "child": null}],
       "allChildren": [{"name": "c1", "parent": null}, {"name": "c2", "parent": {"name": "p1"}}]}
      """

  @id:graphcool-matrix-061 @behaviour:relation-mutation
  Scenario Outline: setParentChild when only an optional side is displaced succeeds (<relation>)
    §1.3 "setR with checks": P1!-C1, p1 holds c1 and c2 is free: c1 (optional parent) is displaced.
    P1-C1!, p0 is free and p2 holds c2: p2 (optional child) is displaced. One edge goes, one comes.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "pa"<a_child>) { id }
        b: <b_node> { <b_path_head> }
      }
      """
    And saving "data.a.id" as "pa"
    And saving "data.b.<b_path>" as "c2"
    When executing:
      """
      mutation {
        setParentChild(childChildId: "{{c2}}", parentParentId: "{{pa}}") {
          parentParent { name child { name } }
        }
      }
      """
    Then the result should be:
      """
      {"setParentChild": {"parentParent": {"name": "pa", "child": {"name": "c2"}}}}
      """
    And the side effects should be:
      | +links ParentChild | <added> |
    When executing control query:
      """
      { allParents { name child { name } } }
      """
    Then the result should be:
      """
      {"allParents": <parents>}
      """

    Examples:
      | relation | schema                 | a_child               | b_node                                            | b_path_head  | b_path   | added | parents |
      | P1!-C1   | relation_p1req_c1opt_graphcool | , child: {name: "c1"} | createChild(name: "c2")                           | id           | id       | 0     | [{"name": "pa", "child": {"name": "c2"}}] |
      | P1-C1!   | relation_p1opt_c1req_graphcool |                       | createParent(name: "p2", child: {name: "c2"})     | child { id } | child.id | 0     | [{"name": "pa", "child": {"name": "c2"}}, {"name": "p2", "child": null}] |

  @id:graphcool-matrix-062 @behaviour:errors
  Scenario Outline: setParentChild is 3032 when a displaced partner's field is required (<relation>)
    p1 holds c1, p2 holds c2; setParentChild(c2, p1). P1!-C1: p2 would lose its required child (the
    check on side A's field). P1-C1!: c1 would lose its required parent (the check on side B's field).
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
        setParentChild(childChildId: "{{c2}}", parentParentId: "{{p1}}") {
          parentParent { name }
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The field '<field>' on type '<type>' is required. Performing this mutation would violate the constraint"

    Examples:
      | relation | schema                 | field  | type   |
      | P1!-C1   | relation_p1req_c1opt_graphcool | child  | Parent |
      | P1-C1!   | relation_p1opt_c1req_graphcool | parent | Child  |

  @id:graphcool-matrix-063 @behaviour:relation-mutation @relation:P1-C1
  Scenario: unsetParentChild removes the edge and returns both nodes (P1-C1)
    Given the data model "relation_p1opt_c1opt_graphcool"
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
        unsetParentChild(childChildId: "{{c1}}", parentParentId: "{{p1}}") {
          parentParent { name child { name } }
          childChild { name parent { name } }
        }
      }
      """
    Then the result should be:
      """
      {"unsetParentChild": {"parentParent": {"name": "p1", "child": null}, "childChild": {"name": "c1", "parent": null}}}
      """
    And the side effects should be:
      | -links ParentChild | 1 |

  @id:graphcool-matrix-064 @behaviour:relation-mutation
  Scenario Outline: addToParentChild with a child another parent holds: moved on one-to-many, added on many-to-many (<relation>)
    §1.3 "addToR moves" (1:n; the child's to-one edge goes; no requiredness check, so PM-C1! allows
    it: the child keeps a parent) and "addToR" on m:n (no side is to-one, nothing is removed).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1", children: [{name: "c1"}]) { children { id } }
        b: createParent(name: "p2") { id }
      }
      """
    And saving "data.a.children.0.id" as "c1"
    And saving "data.b.id" as "p2"
    When executing:
      """
      mutation {
        addToParentChild(childrenChildId: "{{c1}}", <a_arg>: "{{p2}}") {
          childrenChild { name }
          <payload_a> { name children { name } }
        }
      }
      """
    Then the result should be:
      """
      {"addToParentChild": {"childrenChild": {"name": "c1"}, "<payload_a>": {"name": "p2", "children": [{"name": "c1"}]}}}
      """
    And the side effects should be:
      | +links ParentChild | <added> |
    When executing control query:
      """
      { allParents { name children { name } } }
      """
    Then the result should be:
      """
      {"allParents": [{"name": "p1", "children": <p1_after>}, {"name": "p2", "children": [{"name": "c1"}]}]}
      """

    Examples:
      | relation | schema                 | a_arg           | payload_a     | added | p1_after         |
      | PM-C1    | relation_pm_c1opt_graphcool    | parentParentId  | parentParent  | 0     | []               |
      | PM-C1!   | relation_pm_c1req_graphcool | parentParentId  | parentParent  | 0     | []               |
      | PM-CM    | relation_pm_cm_graphcool    | parentsParentId | parentsParent | 1     | [{"name": "c1"}] |

  @id:graphcool-matrix-065 @behaviour:relation-mutation
  Scenario Outline: addToParentChild with a free child links it (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1") { id }
        b: createChild(name: "c1") { id }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.b.id" as "c1"
    When executing:
      """
      mutation {
        addToParentChild(childrenChildId: "{{c1}}", <a_arg>: "{{p1}}") {
          <payload_a> { children { name } }
        }
      }
      """
    Then the result should be:
      """
      {"addToParentChild": {"<payload_a>": {"children": [{"name": "c1"}]}}}
      """
    And the side effects should be:
      | +links ParentChild | 1 |

    Examples:
      | relation | schema              | a_arg           | payload_a     |
      | PM-C1    | relation_pm_c1opt_graphcool | parentParentId  | parentParent  |
      | PM-CM    | relation_pm_cm_graphcool | parentsParentId | parentsParent |

  @id:graphcool-matrix-066 @behaviour:relation-mutation
  Scenario Outline: addToParentChild on a connected pair changes nothing (<relation>)
    dialects.md §1.2: adding an existing pair is a silent no-op (for one-to-many the old edge is
    removed and the same edge inserted again).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", children: [{name: "c1"}]) { id children { id } } }
      """
    And saving "data.createParent.id" as "p1"
    And saving "data.createParent.children.0.id" as "c1"
    When executing:
      """
      mutation {
        addToParentChild(childrenChildId: "{{c1}}", <a_arg>: "{{p1}}") {
          <payload_a> { children { name } }
        }
      }
      """
    Then the result should be:
      """
      {"addToParentChild": {"<payload_a>": {"children": [{"name": "c1"}]}}}
      """
    And no side effects

    Examples:
      | relation | schema                 | a_arg           | payload_a     |
      | PM-C1    | relation_pm_c1opt_graphcool    | parentParentId  | parentParent  |
      | PM-C1!   | relation_pm_c1req_graphcool | parentParentId  | parentParent  |
      | PM-CM    | relation_pm_cm_graphcool    | parentsParentId | parentsParent |

  @id:graphcool-matrix-067 @behaviour:relation-mutation
  Scenario Outline: removeFromParentChild deletes the one edge; the child survives (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(name: "p1", children: [{name: "c1"}, {name: "c2"}]) { id children { id } } }
      """
    And saving "data.createParent.id" as "p1"
    And saving "data.createParent.children.0.id" as "c1"
    When executing:
      """
      mutation {
        removeFromParentChild(childrenChildId: "{{c1}}", <a_arg>: "{{p1}}") {
          <payload_a> { children { name } }
          childrenChild { name }
        }
      }
      """
    Then the result should be:
      """
      {"removeFromParentChild": {"<payload_a>": {"children": [{"name": "c2"}]}, "childrenChild": {"name": "c1"}}}
      """
    And the side effects should be:
      | -links ParentChild | 1 |

    Examples:
      | relation | schema              | a_arg           | payload_a     |
      | PM-C1    | relation_pm_c1opt_graphcool | parentParentId  | parentParent  |
      | PM-CM    | relation_pm_cm_graphcool | parentsParentId | parentsParent |

  @id:graphcool-matrix-068 @behaviour:relation-mutation
  Scenario Outline: unsetR / removeFromR on an unconnected pair is a silent success (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(name: "p1") { id }
        b: createChild(name: "c1") { id }
      }
      """
    And saving "data.a.id" as "p1"
    And saving "data.b.id" as "c1"
    When executing:
      """
      mutation {
        <mutation>(<b_arg>: "{{c1}}", <a_arg>: "{{p1}}") {
          <payload_a> { name }
        }
      }
      """
    Then the result should be:
      """
      {"<mutation>": {"<payload_a>": {"name": "p1"}}}
      """
    And no side effects

    Examples:
      | relation | schema              | mutation              | b_arg           | a_arg           | payload_a     |
      | P1-C1    | relation_p1opt_c1opt_graphcool | unsetParentChild      | childChildId    | parentParentId  | parentParent  |
      | PM-C1    | relation_pm_c1opt_graphcool | removeFromParentChild | childrenChildId | parentParentId  | parentParent  |
      | PM-CM    | relation_pm_cm_graphcool | removeFromParentChild | childrenChildId | parentsParentId | parentsParent |

  @id:graphcool-matrix-069 @behaviour:errors
  Scenario Outline: <mutation> naming an unknown child (the argument after side A's field) is 3011; nothing changes (<relation>)
    The id named after side A's field is verified before any write (AddDataItemToManyRelation.verify).
    (On P1-C1! the parent has no child: otherwise setR's requiredness check on that child, which comes
    first, would answer 3032.)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(<p1_args>) { id } }
      """
    And saving "data.createParent.id" as "p1"
    When executing:
      """
      mutation {
        <mutation>(<b_arg>: "cjld2cjxh0000qzrmn831i7rn", <a_arg>: "{{p1}}") {
          <payload_a> { name }
        }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And the error message should contain "Id if available: cjld2cjxh0000qzrmn831i7rn"

    Examples:
      | relation | schema                 | p1_args                              | mutation         | b_arg           | a_arg           | payload_a     |
      | P1-C1    | relation_p1opt_c1opt_graphcool    | name: "p1", child: {name: "c1"}      | setParentChild   | childChildId    | parentParentId  | parentParent  |
      | P1!-C1   | relation_p1req_c1opt_graphcool | name: "p1", child: {name: "c1"}      | setParentChild   | childChildId    | parentParentId  | parentParent  |
      | P1-C1!   | relation_p1opt_c1req_graphcool | name: "p1"                           | setParentChild   | childChildId    | parentParentId  | parentParent  |
      | PM-C1    | relation_pm_c1opt_graphcool    | name: "p1", children: [{name: "c1"}] | addToParentChild | childrenChildId | parentParentId  | parentParent  |
      | PM-C1!   | relation_pm_c1req_graphcool | name: "p1", children: [{name: "c1"}] | addToParentChild | childrenChildId | parentParentId  | parentParent  |
      | PM-CM    | relation_pm_cm_graphcool    | name: "p1", children: [{name: "c1"}] | addToParentChild | childrenChildId | parentsParentId | parentsParent |

  @id:graphcool-matrix-070 @behaviour:errors
  Scenario Outline: <mutation> with an unknown node is 3013 (<relation>)
    dialects.md §1.2: unsetR and removeFromR need both nodes to exist, else 3013 "Node with id <id> not
    found".
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
        <mutation>(<b_arg>: "{{c1}}", <a_arg>: "cjld2cjxh0000qzrmn831i7rn") {
          <payload_a> { name }
        }
      }
      """
    Then an error "RelationNodeNotFound" should be raised
    And the error message should contain "Node with id cjld2cjxh0000qzrmn831i7rn not found"

    Examples:
      | relation | schema              | mutation              | b_arg           | a_arg           | payload_a     |
      | P1-C1    | relation_p1opt_c1opt_graphcool | unsetParentChild      | childChildId    | parentParentId  | parentParent  |
      | PM-C1    | relation_pm_c1opt_graphcool | removeFromParentChild | childrenChildId | parentParentId  | parentParent  |
      | PM-CM    | relation_pm_cm_graphcool | removeFromParentChild | childrenChildId | parentsParentId | parentsParent |
