Feature: Prisma 1 relation matrix: nested create
  Nested `create` over the nine relation kinds of prisma1-behaviours.md §2 (fixtures relation_KIND, relation
  ChildToParent). The rules are the §4.0 table, column "nested create inside update"
  (J/CN NestedCreateNodeInterpreter): inside an update, a required-relation check and a removal of
  old links run first; inside a create (also creates nested under creates) neither runs.
  To-many fields take a single object through GraphQL list input coercion (§5), exactly as
  Prisma's own tests write `childrenOpt: {create: {c: "c1"}}`. Related lists come back in id
  (= creation) order (§6).

  @id:prisma1-matrix-001 @behaviour:nested-create @catalogue:P1-040 @catalogue:P1-042
  Scenario Outline: nested create inside create links the new child through a to-one parent field (<relation>)
    A create nested in a create never checks and never removes anything (§4.0, §4.1), whatever the
    requiredness of either side. The new child is reachable from both sides; on P1-CM and P1!-CM
    the child's `parentsOpt` shows the parent (CreCreate "a P1 to CM relation should work").
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) {
          p
          <pf> { c }
        }
      }
      """
    Then the result should be:
      """
      {"createParent": {"p": "p1", "<pf>": {"c": "c1"}}}
      """
    And the side effects should be:
      | +nodes Parent        | 1 |
      | +nodes Child         | 1 |
      | +links ChildToParent | 1 |
    When executing control query:
      """
      { children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<cf>": <parents_of_c1>}]}
      """

    Examples:
      | relation | schema          | pf       | cf         | parents_of_c1 |
      | P1!-C1!  | relation_p1req_c1req | childReq | parentReq  | {"p": "p1"}   |
      | P1!-C1   | relation_p1req_c1opt | childReq | parentOpt  | {"p": "p1"}   |
      | P1-C1!   | relation_p1opt_c1req | childOpt | parentReq  | {"p": "p1"}   |
      | P1-C1    | relation_p1opt_c1opt | childOpt | parentOpt  | {"p": "p1"}   |
      | P1!-CM   | relation_p1req_cm    | childReq | parentsOpt | [{"p": "p1"}] |
      | P1-CM    | relation_p1opt_cm    | childOpt | parentsOpt | [{"p": "p1"}] |

  @id:prisma1-matrix-002 @behaviour:nested-create @catalogue:P1-041
  Scenario Outline: nested create inside create makes two children, returned in creation order (<relation>)
    CreCreate "a PM to C1! / PM to C1 / PM to CM relation should work": two children, two links.
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) {
          p
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createParent": {"p": "p1", "childrenOpt": [{"c": "c1"}, {"c": "c2"}]}}
      """
    And the side effects should be:
      | +nodes Parent        | 1 |
      | +nodes Child         | 2 |
      | +links ChildToParent | 2 |
    When executing control query:
      """
      { children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<cf>": <parents>}, {"c": "c2", "<cf>": <parents>}]}
      """

    Examples:
      | relation | schema       | cf         | parents       |
      | PM-C1!   | relation_pm_c1req | parentReq  | {"p": "p1"}   |
      | PM-C1    | relation_pm_c1opt | parentOpt  | {"p": "p1"}   |
      | PM-CM    | relation_pm_cm    | parentsOpt | [{"p": "p1"}] |

  @id:prisma1-matrix-003 @behaviour:nested-create @catalogue:P1-046 @catalogue:P1-049
  Scenario Outline: nested create inside update fails with 3042 when the old child would lose its required parent (<relation>)
    §4.0: on P1!-C1! the check is "3042 always"; on P1-C1! it fires because the parent already has a
    child, which would be left without its required `parentReq` (CreUpdate "a P1! to C1! relation
    should error", "a P1 to C1! relation with the child already in a relation should error").
    The link count stays 1 and nothing is created.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {<pf>: {create: {c: "c2"}}}) {
          <pf> { c }
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
      | relation | schema          | pf       |
      | P1!-C1!  | relation_p1req_c1req | childReq |
      | P1-C1!   | relation_p1opt_c1req | childOpt |

  @id:prisma1-matrix-004 @behaviour:nested-create @catalogue:P1-047 @catalogue:P1-048
  Scenario Outline: nested create inside update replaces the to-one child; the old child survives detached (<relation>)
    §4.0: on P1!-C1 and P1-C1 the old child is detached (removal by parent), then the new child is
    linked. One link removed, one added: the link count stays 1 (CreUpdate "a P1! to C1 relation
    should work", "a P1 to C1 relation should work").
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {<pf>: {create: {c: "c2"}}}) {
          <pf> { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"<pf>": {"c": "c2"}}}
      """
    And the side effects should be:
      | +nodes Child | 1 |
    When executing control query:
      """
      { children { c parentOpt { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "parentOpt": null}, {"c": "c2", "parentOpt": {"p": "p1"}}]}
      """

    Examples:
      | relation | schema          | pf       |
      | P1!-C1   | relation_p1req_c1opt | childReq |
      | P1-C1    | relation_p1opt_c1opt | childOpt |

  @id:prisma1-matrix-005 @behaviour:nested-create @catalogue:P1-051
  Scenario Outline: nested create inside update on a to-one parent field of a …-CM relation drops only this parent's link (<relation>)
    §4.0 P1!-CM / P1-CM: the parent's old link is removed, the new child is linked, and the old
    child keeps its other parents. Here c1 also belongs to p2, so after p1 creates c2, c1 still
    has p2 (CreUpdate "a P1 to CM relation should work": the old child reads `parentsOpt: []`
    when it had no other parent). The link count is unchanged (one removed, one added).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", <pf>: {connect: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {<pf>: {create: {c: "c2"}}}) {
          <pf> { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"<pf>": {"c": "c2"}}}
      """
    And the side effects should be:
      | +nodes Child | 1 |
    When executing control query:
      """
      { children { c parentsOpt { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "parentsOpt": [{"p": "p2"}]}, {"c": "c2", "parentsOpt": [{"p": "p1"}]}]}
      """

    Examples:
      | relation | schema       | pf       |
      | P1!-CM   | relation_p1req_cm | childReq |
      | P1-CM    | relation_p1opt_cm | childOpt |

  @id:prisma1-matrix-006 @behaviour:nested-create @catalogue:P1-050
  Scenario Outline: nested create inside update appends to a to-many parent field (<relation>)
    §4.0 PM-C1!, PM-C1, PM-CM: no check, no removal; the new child is appended, the existing children
    stay: c1, c2 plus c3 gives [c1, c2, c3] (CreUpdate; seed 002's "replace" note is wrong, §13 item 11).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {create: {c: "c3"}}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}, {"c": "c3"}]}}
      """
    And the side effects should be:
      | +nodes Child         | 1 |
      | +links ChildToParent | 1 |
    When executing control query:
      """
      { children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<cf>": <parents>}, {"c": "c2", "<cf>": <parents>}, {"c": "c3", "<cf>": <parents>}]}
      """

    Examples:
      | relation | schema       | cf         | parents       |
      | PM-C1!   | relation_pm_c1req | parentReq  | {"p": "p1"}   |
      | PM-C1    | relation_pm_c1opt | parentOpt  | {"p": "p1"}   |
      | PM-CM    | relation_pm_cm    | parentsOpt | [{"p": "p1"}] |

  @id:prisma1-matrix-007 @behaviour:nested-create @catalogue:P1-049
  Scenario Outline: nested create inside update on an optional to-one parent field without a child just links (<relation>)
    §4.0: the P1-C1! check ("3042 if the parent already has a child") passes when the parent has
    none (CreUpdate "a P1 to C1! relation with the parent without a relation should work"); P1-C1 and
    P1-CM have nothing to remove.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childOpt: {create: {c: "c1"}}}) {
          childOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childOpt": {"c": "c1"}}}
      """
    And the side effects should be:
      | +nodes Child         | 1 |
      | +links ChildToParent | 1 |
    When executing control query:
      """
      { children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<cf>": <parents>}]}
      """

    Examples:
      | relation | schema          | cf         | parents       |
      | P1-C1!   | relation_p1opt_c1req | parentReq  | {"p": "p1"}   |
      | P1-C1    | relation_p1opt_c1opt | parentOpt  | {"p": "p1"}   |
      | P1-CM    | relation_p1opt_cm    | parentsOpt | [{"p": "p1"}] |

  @id:prisma1-matrix-008 @behaviour:nested-create
  Scenario Outline: nested create of a parent inside updateChild fails with 3042 when the child's current parent would lose its required child (<relation>)
    The §4.0 table is keyed by the field that holds the nested op and its back-field, so it applies
    from the Child's side too. Here the op sits on Child.<cf> and the back-field Parent.childReq is
    required: on P1!-C1! that is the "3042 always" cell; on P1!-C1 it is the P1-C1! cell (Child.parentOpt
    optional, back-field required): c1 already has p1, and p1 would lose its required child.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateChild(where: {c: "c1"}, data: {<cf>: {create: {p: "p2"}}}) {
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
      | relation | schema          | cf        |
      | P1!-C1!  | relation_p1req_c1req | parentReq |
      | P1!-C1   | relation_p1req_c1opt | parentOpt |

  @id:prisma1-matrix-009 @behaviour:nested-create
  Scenario Outline: nested create of a parent inside updateChild moves the child to the new parent (<relation>)
    From the Child's side, Child.parentReq with back-field Parent.childOpt is the P1!-C1 cell and
    Child.parentReq with back-field Parent.childrenOpt is the P1!-CM cell of §4.0: the child's old
    link is removed (p1 keeps existing, without c1), the new parent p2 is created and linked. The
    link count is unchanged.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateChild(where: {c: "c1"}, data: {parentReq: {create: {p: "p2"}}}) {
          c
          parentReq { p }
        }
      }
      """
    Then the result should be:
      """
      {"updateChild": {"c": "c1", "parentReq": {"p": "p2"}}}
      """
    And the side effects should be:
      | +nodes Parent | 1 |
    When executing control query:
      """
      { parents { p <pf> { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "<pf>": <none>}, {"p": "p2", "<pf>": <c1>}]}
      """

    Examples:
      | relation | schema          | pf          | none | c1            |
      | P1-C1!   | relation_p1opt_c1req | childOpt    | null | {"c": "c1"}   |
      | PM-C1!   | relation_pm_c1req    | childrenOpt | []   | [{"c": "c1"}] |
