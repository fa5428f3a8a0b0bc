Feature: Prisma 1 relation matrix: nested connect
  Nested `connect` over the nine relation kinds of prisma1-behaviours.md §2 (fixtures relation_KIND, relation
  ChildToParent), following the §4.0 columns "connect inside update" and "connect inside create"
  (J/CI NestedConnectInterpreter: a required-relation check, then removal of old links, then the new
  link). "Stealing": on P1-C1, P1-C1!, PM-C1 and PM-C1! the connected child moves away from its old
  parent. A move removes one link and adds one, so the link count is unchanged; control queries
  check where each node ended up. To-many fields take a single object through GraphQL list input
  coercion (§5). Related lists come back in id (= creation) order (§6).

  # ---------------------------------------------------------------- connect inside create

  @id:prisma1-matrix-020 @behaviour:connect @catalogue:P1-055
  Scenario Outline: connect inside create on P1!-C1! always fails with 3042 (<relation>)
    §4.0 "3042 always": every existing child already has its required parent, which would lose its
    required child (ConnCreate "a P1! to C1! relation with the child already in a relation should
    error"). No parent is created and the link count stays 1.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", childReq: {connect: {c: "c1"}}}) {
          childReq { c }
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
      | relation | schema          |
      | P1!-C1!  | relation_p1req_c1req |

  @id:prisma1-matrix-021 @behaviour:connect @catalogue:P1-056
  Scenario Outline: connect inside create on P1!-C1 fails with 3042 when the child already has a parent (<relation>)
    §4.0: "3042 if the target child already has a parent" (that parent would lose its required
    child). ConnCreate "a P1! to C1 relation with the child already in a relation should fail on
    existing old parent". No parent is created.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", childReq: {connect: {c: "c1"}}}) {
          childReq { c }
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"
    When executing control query:
      """
      { parents { p childReq { c } } children { c parentOpt { p } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childReq": {"c": "c1"}}], "children": [{"c": "c1", "parentOpt": {"p": "p1"}}]}
      """

    Examples:
      | relation | schema          |
      | P1!-C1   | relation_p1req_c1opt |

  @id:prisma1-matrix-022 @behaviour:connect @catalogue:P1-056
  Scenario Outline: connect inside create on P1!-C1 links a loose child and leaves other data intact (<relation>)
    ConnCreate "a P1! to C1 relation with the child not in a relation should be connectable": the
    other parent keeps its child, the unrelated loose child is untouched.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createChild(data: {c: "looseChild"}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "otherParent", childReq: {create: {c: "otherChild"}}}) { id } }
      """
    And having executed:
      """
      mutation { createChild(data: {c: "c1"}) { id } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", childReq: {connect: {c: "c1"}}}) {
          childReq { c }
        }
      }
      """
    Then the result should be:
      """
      {"createParent": {"childReq": {"c": "c1"}}}
      """
    And the side effects should be:
      | +nodes Parent        | 1 |
      | +links ChildToParent | 1 |
    When executing control query:
      """
      { children { c parentOpt { p } } }
      """
    Then the result should be:
      """
      {"children": [
        {"c": "looseChild", "parentOpt": null},
        {"c": "otherChild", "parentOpt": {"p": "otherParent"}},
        {"c": "c1", "parentOpt": {"p": "p2"}}
      ]}
      """

    Examples:
      | relation | schema          |
      | P1!-C1   | relation_p1req_c1opt |

  @id:prisma1-matrix-023 @behaviour:connect @catalogue:P1-057 @catalogue:P1-058
  Scenario Outline: connect inside create steals the child from its old parent (<relation>)
    §4.0 "connect inside create": on P1-C1!, P1-C1, PM-C1!, PM-C1 the child moves away from its old
    parent, with no check (ConnCreate "... with the child already in a relation should be
    connectable"). p1 is left without c1; the link count stays 1.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", <pf>: {connect: {c: "c1"}}}) {
          p
          <pf> { c }
        }
      }
      """
    Then the result should be:
      """
      {"createParent": {"p": "p2", "<pf>": <c1>}}
      """
    And the side effects should be:
      | +nodes Parent | 1 |
    When executing control query:
      """
      { parents { p <pf> { c } } children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "<pf>": <none>}, {"p": "p2", "<pf>": <c1>}], "children": [{"c": "c1", "<cf>": {"p": "p2"}}]}
      """

    Examples:
      | relation | schema          | pf          | cf        | none | c1            |
      | P1-C1!   | relation_p1opt_c1req | childOpt    | parentReq | null | {"c": "c1"}   |
      | P1-C1    | relation_p1opt_c1opt | childOpt    | parentOpt | null | {"c": "c1"}   |
      | PM-C1!   | relation_pm_c1req    | childrenOpt | parentReq | []   | [{"c": "c1"}] |
      | PM-C1    | relation_pm_c1opt    | childrenOpt | parentOpt | []   | [{"c": "c1"}] |

  @id:prisma1-matrix-024 @behaviour:connect @catalogue:P1-058
  Scenario Outline: connect inside create moves several children and tolerates duplicates in the list (<relation>)
    ConnCreate "a PM to C1 relation with the child already in a relation": connecting
    [c1, c2, c2] gives [c1, c2]; both children leave p1. The link count stays 2.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", childrenOpt: {connect: [{c: "c1"}, {c: "c2"}, {c: "c2"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}]}}
      """
    And the side effects should be:
      | +nodes Parent | 1 |
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": []}, {"p": "p2", "childrenOpt": [{"c": "c1"}, {"c": "c2"}]}]}
      """

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |

  @id:prisma1-matrix-025 @behaviour:connect @catalogue:P1-060
  Scenario Outline: connect inside create on a …-CM relation gives the child one more parent (<relation>)
    §4.0 "connect inside create" on P1!-CM, P1-CM, PM-CM: just link; the child keeps its old parent
    and `parentsOpt` lists both, in id order (ConnCreate "a P1! to CM relation with the child already
    in a relation should be connectable").
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", <pf>: {connect: {c: "c1"}}}) {
          p
          <pf> { c }
        }
      }
      """
    Then the result should be:
      """
      {"createParent": {"p": "p2", "<pf>": <c1>}}
      """
    And the side effects should be:
      | +nodes Parent        | 1 |
      | +links ChildToParent | 1 |
    When executing control query:
      """
      { children { c parentsOpt { p } } }
      """
    Then the result should be, in order:
      """
      {"children": [{"c": "c1", "parentsOpt": [{"p": "p1"}, {"p": "p2"}]}]}
      """

    Examples:
      | relation | schema       | pf          | c1            |
      | P1!-CM   | relation_p1req_cm | childReq    | {"c": "c1"}   |
      | P1-CM    | relation_p1opt_cm | childOpt    | {"c": "c1"}   |
      | PM-CM    | relation_pm_cm    | childrenOpt | [{"c": "c1"}] |

  @id:prisma1-matrix-026 @behaviour:connect
  Scenario Outline: connect of a parent inside createChild fails with 3042 when that parent's current child would lose it (<relation>)
    The §4.0 table applied from the Child's side (the op sits on Child.parentReq): on P1!-C1! this is
    the "3042 always" cell; on P1-C1! (Child.parentReq required, back-field Parent.childOpt optional)
    it is the P1!-C1 cell, "3042 if the target already has a partner": p1 already has c1, whose
    required parent would be taken away. No child is created.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        createChild(data: {c: "c2", parentReq: {connect: {p: "p1"}}}) {
          c
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

  @id:prisma1-matrix-027 @behaviour:connect
  Scenario Outline: connect of a parent inside createChild moves the parent's required child slot to the new child (<relation>)
    From the Child's side the op sits on an optional field (Child.parentOpt, or the list
    Child.parentsOpt) whose back-field Parent.childReq is required: the P1-C1! / PM-C1! cells of
    "connect inside create", where the target (here p1) moves away from its old partner with no
    check. p1 still has a required child afterwards (the new c2); c1 is left without p1. The link
    count is unchanged.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        createChild(data: {c: "c2", <cf>: {connect: {p: "p1"}}}) {
          c
          <cf> { p }
        }
      }
      """
    Then the result should be:
      """
      {"createChild": {"c": "c2", "<cf>": <p1>}}
      """
    And the side effects should be:
      | +nodes Child | 1 |
    When executing control query:
      """
      { parents { p childReq { c } } children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childReq": {"c": "c2"}}], "children": [{"c": "c1", "<cf>": <none>}, {"c": "c2", "<cf>": <p1>}]}
      """

    Examples:
      | relation | schema          | cf         | none | p1            |
      | P1!-C1   | relation_p1req_c1opt | parentOpt  | null | {"p": "p1"}   |
      | P1!-CM   | relation_p1req_cm    | parentsOpt | []   | [{"p": "p1"}] |

  # ---------------------------------------------------------------- connect inside update

  @id:prisma1-matrix-030 @behaviour:connect @catalogue:P1-064
  Scenario Outline: connect inside update on P1!-C1! always fails with 3042 (<relation>)
    §4.0 "3042 always" (ConnUpdate "a P1! to C1! relation with the child already in a relation
    should error"): p2 connecting p1's child would leave p1 without its required child and c2
    without its required parent. Nothing changes.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childReq: {create: {c: "c2"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childReq: {connect: {c: "c1"}}}) {
          childReq { c }
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
      {"parents": [{"p": "p1", "childReq": {"c": "c1"}}, {"p": "p2", "childReq": {"c": "c2"}}]}
      """

    Examples:
      | relation | schema          |
      | P1!-C1!  | relation_p1req_c1req |

  @id:prisma1-matrix-031 @behaviour:connect @catalogue:P1-064
  Scenario Outline: connect inside update on P1!-C1! fails with 3042 even when re-connecting the parent's own child (<relation>)
    "3042 always" means the check does not look at the data (J/CI requiredCheck returns
    requiredRelationViolation for (false, true, false, true)): re-connecting p1's own child c1 fails
    too. Code-derived from the rule table; no Prisma test runs exactly this request.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childReq: {connect: {c: "c1"}}}) {
          childReq { c }
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"

    Examples:
      | relation | schema          |
      | P1!-C1!  | relation_p1req_c1req |

  @id:prisma1-matrix-032 @behaviour:connect @catalogue:P1-065
  Scenario Outline: connect inside update on P1!-C1 fails with 3042 when the target child has a parent (<relation>)
    §4.0: "3042 if the target child has any parent (that parent would lose its required child)"
    (ConnUpdate "a P1! to C1 relation with the child already in a relation should error").
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childReq: {create: {c: "c2"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childReq: {connect: {c: "c1"}}}) {
          childReq { c }
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"
    When executing control query:
      """
      { children { c parentOpt { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "parentOpt": {"p": "p1"}}, {"c": "c2", "parentOpt": {"p": "p2"}}]}
      """

    Examples:
      | relation | schema          |
      | P1!-C1   | relation_p1req_c1opt |

  @id:prisma1-matrix-033 @behaviour:connect @catalogue:P1-065
  Scenario Outline: connect inside update on P1!-C1 links a loose child and detaches the old one (<relation>)
    §4.0: the target c2 has no parent, so the check passes; the parent's old child c1 is detached
    (it survives) and c2 is linked (ConnUpdate "a P1! to C1 relation with the child not in a
    relation should be connectable"). The link count is unchanged.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createChild(data: {c: "c2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childReq: {connect: {c: "c2"}}}) {
          childReq { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childReq": {"c": "c2"}}}
      """
    And no side effects
    When executing control query:
      """
      { children { c parentOpt { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "parentOpt": null}, {"c": "c2", "parentOpt": {"p": "p1"}}]}
      """

    Examples:
      | relation | schema          |
      | P1!-C1   | relation_p1req_c1opt |

  @id:prisma1-matrix-034 @behaviour:connect @catalogue:P1-067
  Scenario Outline: connect inside update on P1-C1! fails with 3042 when the parent already has a child (<relation>)
    §4.0: "3042 if the parent already has a child" (c2 would lose its required parent).
    ConnUpdate "a P1 to C1! relation with the child and the parent already in a relation should error".
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childOpt: {create: {c: "c2"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childOpt: {connect: {c: "c1"}}}) {
          childOpt { c }
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
      {"children": [{"c": "c1", "parentReq": {"p": "p1"}}, {"c": "c2", "parentReq": {"p": "p2"}}]}
      """

    Examples:
      | relation | schema          |
      | P1-C1!   | relation_p1opt_c1req |

  @id:prisma1-matrix-035 @behaviour:connect @catalogue:P1-067
  Scenario Outline: connect inside update on P1-C1! moves the child when the parent has none (<relation>)
    §4.0: the check passes (p2 has no child); c1 moves away from p1, which keeps existing with
    `childOpt: null` (ConnUpdate "a P1 to C1! relation with the child in a relation and the parent
    without should be connectable"). The link count is unchanged.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childOpt: {connect: {c: "c1"}}}) {
          childOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childOpt": {"c": "c1"}}}
      """
    And no side effects
    When executing control query:
      """
      { parents { p childOpt { c } } children { c parentReq { p } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childOpt": null}, {"p": "p2", "childOpt": {"c": "c1"}}], "children": [{"c": "c1", "parentReq": {"p": "p2"}}]}
      """

    Examples:
      | relation | schema          |
      | P1-C1!   | relation_p1opt_c1req |

  @id:prisma1-matrix-036 @behaviour:connect @catalogue:P1-066
  Scenario Outline: connect inside update on P1-C1 removes both old links, then links (<relation>)
    §4.0: the parent's old child (c2) and the child's old parent (p1) are both unlinked, then p2-c1
    is linked: two links removed, one added (ConnUpdate "a P1 to C1 relation with the child and
    the parent already in a relation": links go down by one). p1 and c2 survive, unlinked.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childOpt: {create: {c: "c2"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childOpt: {connect: {c: "c1"}}}) {
          childOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childOpt": {"c": "c1"}}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { parents { p childOpt { c } } children { c parentOpt { p } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childOpt": null}, {"p": "p2", "childOpt": {"c": "c1"}}], "children": [{"c": "c1", "parentOpt": {"p": "p2"}}, {"c": "c2", "parentOpt": null}]}
      """

    Examples:
      | relation | schema          |
      | P1-C1    | relation_p1opt_c1opt |

  @id:prisma1-matrix-037 @behaviour:connect @catalogue:P1-068
  Scenario Outline: connect inside update on a PM-C1 kind moves the child and appends it; the list is in id order (<relation>)
    §4.0: the child moves from its old parent and is appended (ConnUpdate "a PM to C1! relation with
    the child already in a relation should be connectable"). p2 had c3; c1 was created before c3,
    so p2 reads [c1, c3] (id order, not link order, §6). p1 keeps c2. Links unchanged.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childrenOpt: {connect: {c: "c1"}}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}, {"c": "c3"}]}}
      """
    And no side effects
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c2"}]}, {"p": "p2", "childrenOpt": [{"c": "c1"}, {"c": "c3"}]}]}
      """

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |

  @id:prisma1-matrix-038 @behaviour:connect @catalogue:P1-069
  Scenario Outline: connect inside update on a to-one parent field of a …-CM relation: the old child drops this parent, the new child gains it (<relation>)
    §4.0 P1!-CM / P1-CM: the parent's old link (p2-c2) is removed and p2-c1 is linked; c1 keeps p1,
    so it now has two parents (ConnUpdate "a P1! to CM relation with the child already in a relation
    should be connectable"). The link count is unchanged.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", <pf>: {create: {c: "c2"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {<pf>: {connect: {c: "c1"}}}) {
          <pf> { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"<pf>": {"c": "c1"}}}
      """
    And no side effects
    When executing control query:
      """
      { children { c parentsOpt { p } } }
      """
    Then the result should be, in order:
      """
      {"children": [{"c": "c1", "parentsOpt": [{"p": "p1"}, {"p": "p2"}]}, {"c": "c2", "parentsOpt": []}]}
      """

    Examples:
      | relation | schema       | pf       |
      | P1!-CM   | relation_p1req_cm | childReq |
      | P1-CM    | relation_p1opt_cm | childOpt |

  @id:prisma1-matrix-039 @behaviour:connect @catalogue:P1-070
  Scenario Outline: connect inside update on PM-CM appends; the result is in id order (<relation>)
    §4.0 PM-CM: append, no removal. p2 had c3, c4 and connects c1, c2, which keep p1 too. The
    result is [c1, c2, c3, c4]: id order, not link order (ConnUpdate "a PM to CM relation with the
    children already in a relation should be connectable", §6).
    Given the data model "<schema>"
    And an empty database
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
        updateParent(where: {p: "p2"}, data: {childrenOpt: {connect: [{c: "c1"}, {c: "c2"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}, {"c": "c3"}, {"c": "c4"}]}}
      """
    And the side effects should be:
      | +links ChildToParent | 2 |
    When executing control query:
      """
      { children { c parentsOpt { p } } }
      """
    Then the result should be, in order:
      """
      {"children": [
        {"c": "c1", "parentsOpt": [{"p": "p1"}, {"p": "p2"}]},
        {"c": "c2", "parentsOpt": [{"p": "p1"}, {"p": "p2"}]},
        {"c": "c3", "parentsOpt": [{"p": "p2"}]},
        {"c": "c4", "parentsOpt": [{"p": "p2"}]}
      ]}
      """

    Examples:
      | relation | schema    |
      | PM-CM    | relation_pm_cm |

  @id:prisma1-matrix-040 @behaviour:connect @catalogue:P1-070
  Scenario Outline: connect inside update of an already connected pair changes nothing (<relation>)
    §4.2: connecting an already connected pair again is a no-op with no error (ConnUpdate, PM-CM and
    P1-C1 cases). On P1-C1 both old links are removed and the same link is added back, so the
    counts end where they started.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <pf>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {<pf>: {connect: {c: "c1"}}}) {
          <pf> { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"<pf>": <c1>}}
      """
    And no side effects
    When executing control query:
      """
      { children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<cf>": <p1>}]}
      """

    Examples:
      | relation | schema          | pf          | cf         | c1            | p1            |
      | PM-CM    | relation_pm_cm       | childrenOpt | parentsOpt | [{"c": "c1"}] | [{"p": "p1"}] |
      | P1-C1    | relation_p1opt_c1opt | childOpt    | parentOpt  | {"c": "c1"}   | {"p": "p1"}   |

  @id:prisma1-matrix-041 @behaviour:connect
  Scenario Outline: connect of another parent inside updateChild moves the child (<relation>)
    From the Child's side, Child.<cf> (to-one) with the list back-field Parent.childrenOpt is the
    P1!-CM / P1-CM cell of "connect inside update": the child's old link is removed and the new one
    added. This is the everyday "reassign a post to another author". Links unchanged.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateChild(where: {c: "c1"}, data: {<cf>: {connect: {p: "p2"}}}) {
          c
          <cf> { p }
        }
      }
      """
    Then the result should be:
      """
      {"updateChild": {"c": "c1", "<cf>": {"p": "p2"}}}
      """
    And no side effects
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": []}, {"p": "p2", "childrenOpt": [{"c": "c1"}]}]}
      """

    Examples:
      | relation | schema       | cf        |
      | PM-C1!   | relation_pm_c1req | parentReq |
      | PM-C1    | relation_pm_c1opt | parentOpt |
