Feature: Prisma 1 relation matrix: nested disconnect
  Nested `disconnect` over the nine relation kinds of prisma1-behaviours.md §2 (fixtures relation_KIND,
  relation ChildToParent), following the §4.0 column "disconnect" (J/DI NestedDisconnectInterpreter)
  and §3 (which operations exist in the schema). A required to-one field has no `disconnect` in its
  `…UpdateOneRequired…` input type since 1.17, so using it is a GraphQL validation error without a
  code. To-one `disconnect: true` takes no selector; to-many `disconnect` takes a list of
  WhereUniqueInputs. The disconnected node always survives.

  @id:prisma1-matrix-050 @behaviour:disconnect @catalogue:P1-081
  Scenario Outline: disconnect on a required to-one parent field is not in the schema (<relation>)
    §3: `ChildUpdateOneRequiredWithout<F>Input` has create, connect, update, upsert only. The sangria
    text reads "… Reason: 'childReq.disconnect' Field 'disconnect' is not defined in the input type
    '…'"; only that fragment is asserted (§15: validation texts depend on the sangria version).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childReq: {disconnect: true}}) {
          p
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'disconnect' is not defined in the input type '<input_type>'"

    Examples:
      | relation | schema          | input_type                                   |
      | P1!-C1!  | relation_p1req_c1req | ChildUpdateOneRequiredWithoutParentReqInput  |
      | P1!-C1   | relation_p1req_c1opt | ChildUpdateOneRequiredWithoutParentOptInput  |
      | P1!-CM   | relation_p1req_cm    | ChildUpdateOneRequiredWithoutParentsOptInput |

  @id:prisma1-matrix-051 @behaviour:disconnect @catalogue:P1-078
  Scenario Outline: disconnect on a relation whose child side is required always fails with 3042 (<relation>)
    §4.0 "3042 always" on P1-C1! and PM-C1!: the disconnected child would lose its required parent
    (DisUpdate "a P1 to C1! relation … should error", "a PM to C1! relation … should not be
    disconnectable"). The link count stays 1.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {<pf>: {disconnect: <selector>}}) {
          p
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"
    When executing control query:
      """
      { children { c parentReq { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "parentReq": {"p": "p1"}}]}
      """

    Examples:
      | relation | schema          | pf          | selector     |
      | P1-C1!   | relation_p1opt_c1req | childOpt    | true         |
      | PM-C1!   | relation_pm_c1req    | childrenOpt | [{c: "c1"}]  |

  @id:prisma1-matrix-052 @behaviour:disconnect
  Scenario Outline: on PM-C1! the required check runs before the selector is looked up (<relation>)
    §4.3 (code-derived ordering): J/DI runs requiredCheck before the removal that resolves the
    selector, so disconnecting a node that does not exist gives 3042, not 3039. No Prisma test runs
    this request; it follows from the interpreter's fixed order (requiredCheck, then removal).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "DOES NOT EXIST"}]}}) {
          p
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |

  @id:prisma1-matrix-053 @behaviour:disconnect @catalogue:P1-076
  Scenario Outline: disconnect: true on an optional to-one detaches the child, which survives (<relation>)
    §4.0 P1-C1 / P1-CM: detach. DisUpdate "a P1 to C1 relation should be disconnectable" (`childOpt:
    null`, no links left) and "a P1 to CM relation …" (`children{c, parentsOpt{p}}` →
    `[{c1, parentsOpt: []}]`). The outer scalar change in the same update is applied too.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {p: "p2", childOpt: {disconnect: true}}) {
          p
          childOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"p": "p2", "childOpt": null}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<cf>": <none>}]}
      """

    Examples:
      | relation | schema          | cf         | none |
      | P1-C1    | relation_p1opt_c1opt | parentOpt  | null |
      | P1-CM    | relation_p1opt_cm    | parentsOpt | []   |

  @id:prisma1-matrix-054 @behaviour:disconnect @catalogue:P1-077
  Scenario Outline: disconnect: true with nothing connected fails with 3041 (<relation>)
    §4.3: to-one disconnect with no linked child → 3041 "The relation ChildToParent has no node for
    the model Parent with the value '<parentId>' for the field 'id' connected to a node for the model
    Child on your mutation path." (DisUpdate "a P1 to C1 relation with the child and the parent
    without a relation should not be disconnectable"). The parent id is generated, so the text is
    asserted in two fragments around it. The outer scalar change is rolled back.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createChild(data: {c: "c1"}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {p: "p2", childOpt: {disconnect: true}}) {
          childOpt { c }
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation ChildToParent has no node for the model Parent with the value '"
    And the error message should contain "' for the field 'id' connected to a node for the model Child on your mutation path."
    When executing control query:
      """
      { parents { p } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1"}]}
      """

    Examples:
      | relation | schema          |
      | P1-C1    | relation_p1opt_c1opt |
      | P1-CM    | relation_p1opt_cm    |

  @id:prisma1-matrix-055 @behaviour:disconnect @catalogue:P1-079
  Scenario Outline: disconnect on a to-many parent field detaches the listed child only (<relation>)
    DisUpdate "a PM to C1 relation with the child already in a relation should be disconnectable":
    p1 has [c1, c2]; disconnecting [c2] leaves [c1]. c2 survives without a parent.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "c2"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}]}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<cf>": <p1>}, {"c": "c2", "<cf>": <none>}]}
      """

    Examples:
      | relation | schema       | cf         | p1            | none |
      | PM-C1    | relation_pm_c1opt | parentOpt  | {"p": "p1"}   | null |
      | PM-CM    | relation_pm_cm    | parentsOpt | [{"p": "p1"}] | []   |

  @id:prisma1-matrix-056 @behaviour:disconnect @catalogue:P1-080
  Scenario Outline: disconnect of an existing child that is linked to another parent fails with 3041 (<relation>)
    §4.3: a node that exists but is not linked to this parent → 3041 with both selectors printed as
    ids: "The relation ChildToParent has no node for the model Parent with the value '<pid>' for the
    field 'id' connected to a node for the model Child with the value '<cid>' for the field 'id'"
    (J/VA ensureThatNodesAreConnected). Nothing changes.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: {c: "c2"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "c2"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation ChildToParent has no node for the model Parent with the value '"
    And the error message should contain "' for the field 'id' connected to a node for the model Child with the value '"
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c1"}]}, {"p": "p2", "childrenOpt": [{"c": "c2"}]}]}
      """

    Examples:
      | relation | schema       |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-matrix-057 @behaviour:disconnect
  Scenario Outline: disconnect of a node that does not exist fails with 3039 (<relation>)
    §4.3: an unknown node in a to-many disconnect → 3039 "No Node for the model Child with value
    DOES NOT EXIST for c found." Nothing changes.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "DOES NOT EXIST"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."

    Examples:
      | relation | schema       |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-matrix-058 @behaviour:disconnect @catalogue:P1-081
  Scenario Outline: disconnect on the required to-one Child.parentReq is not in the schema (<relation>)
    §3 seen from the Child's side: Child.parentReq is a required to-one, so its update input type
    `ParentUpdateOneRequiredWithout<F>Input` has no `disconnect`.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateChild(where: {c: "c1"}, data: {parentReq: {disconnect: true}}) {
          c
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'disconnect' is not defined in the input type '<input_type>'"

    Examples:
      | relation | schema          | pf          | input_type                                     |
      | P1!-C1!  | relation_p1req_c1req | childReq    | ParentUpdateOneRequiredWithoutChildReqInput    |
      | P1-C1!   | relation_p1opt_c1req | childOpt    | ParentUpdateOneRequiredWithoutChildOptInput    |
      | PM-C1!   | relation_pm_c1req    | childrenOpt | ParentUpdateOneRequiredWithoutChildrenOptInput |

  @id:prisma1-matrix-059 @behaviour:disconnect
  Scenario Outline: disconnect from the Child's side fails with 3042 when the parent's required child would go (<relation>)
    The §4.0 "disconnect" column from the Child's side: the op sits on an optional Child field whose
    back-field Parent.childReq is required. On P1!-C1 that is the P1-C1! cell, on P1!-CM the PM-C1!
    cell: "3042 always". p1 would be left without its required child.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateChild(where: {c: "c1"}, data: {<cf>: {disconnect: <selector>}}) {
          c
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"
    When executing control query:
      """
      { parents { p childReq { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childReq": {"c": "c1"}}]}
      """

    Examples:
      | relation | schema          | cf         | selector    |
      | P1!-C1   | relation_p1req_c1opt | parentOpt  | true        |
      | P1!-CM   | relation_p1req_cm    | parentsOpt | [{p: "p1"}] |

  @id:prisma1-matrix-060 @behaviour:disconnect
  Scenario Outline: disconnect from the Child's side detaches the parent when neither side is required (<relation>)
    The §4.0 "disconnect" column from the Child's side: Child.parentOpt / Child.parentsOpt with an
    optional or list back-field is a P1-C1, P1-CM, PM-C1 or PM-CM cell: detach. Both nodes survive.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateChild(where: {c: "c1"}, data: {<cf>: {disconnect: <selector>}}) {
          c
          <cf> { p }
        }
      }
      """
    Then the result should be:
      """
      {"updateChild": {"c": "c1", "<cf>": <cf_none>}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { parents { p <pf> { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "<pf>": <pf_none>}]}
      """

    Examples:
      | relation | schema          | pf          | cf         | selector    | cf_none | pf_none |
      | P1-C1    | relation_p1opt_c1opt | childOpt    | parentOpt  | true        | null    | null    |
      | PM-C1    | relation_pm_c1opt    | childrenOpt | parentOpt  | true        | null    | []      |
      | P1-CM    | relation_p1opt_cm    | childOpt    | parentsOpt | [{p: "p1"}] | []      | null    |
      | PM-CM    | relation_pm_cm       | childrenOpt | parentsOpt | [{p: "p1"}] | []      | []      |
