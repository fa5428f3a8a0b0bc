Feature: 8base relation matrix: connect and create inside xCreate
  dialects.md §2.3 over the relation kinds of fixtures relation_* (Parent first, Child second):
  P1-C1 one-to-one optional (relation_1to1_optional), P1-C1! one-to-one with a mandatory
  Child.parent (relation_1to1_mandatory), PM-C1 one-to-many optional (relation_1ton_optional),
  PM-C1! one-to-many with a mandatory Child.parent (relation_1ton_mandatory), PM-CM many-to-many
  (relation_mton). On create a relation field takes `connect` (a key filter on to-one, a list of
  them on to-many) and `create`; `reconnect`, `disconnect` and `update` exist only on update
  (GraphQL validation error). A to-one connect replaces the partner, a one-to-many child leaves its
  old parent; a connect that would leave a record without its mandatory partner is a
  ValidationError (RequiredRelationViolation) and a create without a mandatory to-one is a
  ValidationError (RequiredFieldMissing). Every failing mutation changes nothing.

  @id:8base-ccreate-001 @behaviour:connect
  Scenario Outline: parentCreate connects a child that has no parent (<relation>)
    Only the kinds where a child can exist without a parent.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { childCreate(data: {name: "c1"}) { id } }
      """
    When executing:
      """
      mutation {
        parentCreate(data: {name: "p1", <pf>: {connect: <key>}}) { name <pf> <sel> }
      }
      """
    Then the result should be:
      """
      {"parentCreate": {"name": "p1", "<pf>": <linked>}}
      """
    And the side effects should be:
      | +nodes Parent        | 1 |
      | +links ChildToParent | 1 |

    Examples:
      | relation | schema                 | pf       | key              | sel                      | linked                                  |
      | P1-C1    | relation_1to1_optional | child    | {name: "c1"}     | { name }                 | {"name": "c1"}                          |
      | PM-C1    | relation_1ton_optional | children | [{name: "c1"}]   | { count items { name } } | {"count": 1, "items": [{"name": "c1"}]} |
      | PM-CM    | relation_mton          | children | [{name: "c1"}]   | { count items { name } } | {"count": 1, "items": [{"name": "c1"}]} |

  @id:8base-ccreate-002 @behaviour:connect
  Scenario Outline: parentCreate connects p0's child: it moves, except on a many-to-many (<relation>)
    p0 holds c1. On the one-to-one and one-to-many kinds c1 leaves p0 (p0's field is optional or a
    list, and c1 keeps a parent, so the mandatory kinds allow it); on PM-CM c1 keeps p0 too.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p0", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        parentCreate(data: {name: "p1", <pf>: {connect: <key>}}) { name <pf> <sel> }
      }
      """
    Then the result should be:
      """
      {"parentCreate": {"name": "p1", "<pf>": <linked>}}
      """
    And the side effects should be:
      | +nodes Parent        | 1         |
      | +links ChildToParent | <added>   |
    When executing control query:
      """
      { parent(name: "p0") { <pf> <sel> } }
      """
    Then the result should be:
      """
      {"parent": {"<pf>": <p0_after>}}
      """

    Examples:
      | relation | schema                  | pf       | c1               | key            | sel                      | linked                                  | added | p0_after                                |
      | P1-C1    | relation_1to1_optional  | child    | {name: "c1"}     | {name: "c1"}   | { name }                 | {"name": "c1"}                          | 0     | null                                    |
      | P1-C1!   | relation_1to1_mandatory | child    | {name: "c1"}     | {name: "c1"}   | { name }                 | {"name": "c1"}                          | 0     | null                                    |
      | PM-C1    | relation_1ton_optional  | children | [{name: "c1"}]   | [{name: "c1"}] | { count items { name } } | {"count": 1, "items": [{"name": "c1"}]} | 0     | {"count": 0, "items": []}               |
      | PM-C1!   | relation_1ton_mandatory | children | [{name: "c1"}]   | [{name: "c1"}] | { count items { name } } | {"count": 1, "items": [{"name": "c1"}]} | 0     | {"count": 0, "items": []}               |
      | PM-CM    | relation_mton           | children | [{name: "c1"}]   | [{name: "c1"}] | { count items { name } } | {"count": 1, "items": [{"name": "c1"}]} | 1     | {"count": 1, "items": [{"name": "c1"}]} |

  @id:8base-ccreate-003 @behaviour:connect
  Scenario Outline: childCreate connects a parent that already has a child (<relation>)
    p1 holds c0. On a one-to-one the new child replaces c0, which is left without a parent; on the
    one-to-many and many-to-many kinds the new child joins c0.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c0>}}) { id } }
      """
    When executing:
      """
      mutation {
        childCreate(data: {name: "c1", <cf>: {connect: <key>}}) { name <cf> <psel> }
      }
      """
    Then the result should be:
      """
      {"childCreate": {"name": "c1", "<cf>": <linked>}}
      """
    And the side effects should be:
      | +nodes Child         | 1       |
      | +links ChildToParent | <added> |
    When executing control query:
      """
      { parent(name: "p1") { <pf> <csel> } }
      """
    Then the result should be:
      """
      {"parent": {"<pf>": <p1_after>}}
      """

    Examples:
      | relation | schema                  | pf       | cf      | c0             | key            | psel                     | csel                     | linked                                  | added | p1_after                                                  |
      | P1-C1    | relation_1to1_optional  | child    | parent  | {name: "c0"}   | {name: "p1"}   | { name }                 | { name }                 | {"name": "p1"}                          | 0     | {"name": "c1"}                                            |
      | PM-C1    | relation_1ton_optional  | children | parent  | [{name: "c0"}] | {name: "p1"}   | { name }                 | { count items { name } } | {"name": "p1"}                          | 1     | {"count": 2, "items": [{"name": "c0"}, {"name": "c1"}]}   |
      | PM-C1!   | relation_1ton_mandatory | children | parent  | [{name: "c0"}] | {name: "p1"}   | { name }                 | { count items { name } } | {"name": "p1"}                          | 1     | {"count": 2, "items": [{"name": "c0"}, {"name": "c1"}]}   |
      | PM-CM    | relation_mton           | children | parents | [{name: "c0"}] | [{name: "p1"}] | { count items { name } } | { count items { name } } | {"count": 1, "items": [{"name": "p1"}]} | 1     | {"count": 2, "items": [{"name": "c0"}, {"name": "c1"}]}   |

  @id:8base-ccreate-004 @behaviour:errors @relation:P1-C1!
  Scenario: childCreate connecting a parent whose child has a mandatory parent is a ValidationError
    P1-C1!: p1 holds c0, whose parent is mandatory; a new child taking p1 would leave c0 without its
    parent (RequiredRelationViolation). Nothing is created.
    Given the data model "relation_1to1_mandatory"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", child: {create: {name: "c0"}}}) { id } }
      """
    When executing:
      """
      mutation {
        childCreate(data: {name: "c1", parent: {connect: {name: "p1"}}}) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And no side effects
    When executing control query:
      """
      { childrenList { items { name parent { name } } } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": [{"name": "c0", "parent": {"name": "p1"}}]}}
      """

  @id:8base-ccreate-005 @behaviour:errors
  Scenario Outline: childCreate without its mandatory parent is a ValidationError (<relation>)
    Nothing is created.
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        childCreate(data: {name: "c1"}) { id }
      }
      """
    Then an error "RequiredFieldMissing" should be raised
    And no side effects

    Examples:
      | relation | schema                  |
      | P1-C1!   | relation_1to1_mandatory |
      | PM-C1!   | relation_1ton_mandatory |

  @id:8base-ccreate-006 @behaviour:nested-create
  Scenario Outline: childCreate with a nested parent create satisfies the relation (<relation>)
    PB-01: nested `create` also works when creating; a mandatory parent is satisfied by it.
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        childCreate(data: {name: "c1", <cf>: {create: <p1>}}) { name <cf> <psel> }
      }
      """
    Then the result should be:
      """
      {"childCreate": {"name": "c1", "<cf>": <linked>}}
      """
    And the side effects should be:
      | +nodes Child         | 1 |
      | +nodes Parent        | 1 |
      | +links ChildToParent | 1 |

    Examples:
      | relation | schema                  | cf      | p1             | psel                     | linked                                  |
      | P1-C1    | relation_1to1_optional  | parent  | {name: "p1"}   | { name }                 | {"name": "p1"}                          |
      | P1-C1!   | relation_1to1_mandatory | parent  | {name: "p1"}   | { name }                 | {"name": "p1"}                          |
      | PM-C1    | relation_1ton_optional  | parent  | {name: "p1"}   | { name }                 | {"name": "p1"}                          |
      | PM-C1!   | relation_1ton_mandatory | parent  | {name: "p1"}   | { name }                 | {"name": "p1"}                          |
      | PM-CM    | relation_mton           | parents | [{name: "p1"}] | { count items { name } } | {"count": 1, "items": [{"name": "p1"}]} |

  @id:8base-ccreate-007 @behaviour:errors @catalogue:E-63
  Scenario Outline: parentCreate connecting an unknown child is an EntityNotFoundError; nothing is created (<relation>)
    §5.63 on create: the parent is not created either.
    Given the data model "<schema>"
    And an empty database
    When executing:
      """
      mutation {
        parentCreate(data: {name: "p1", <pf>: {connect: <key>}}) { id }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { parentsList { count } }
      """
    Then the result should be:
      """
      {"parentsList": {"count": 0}}
      """

    Examples:
      | relation | schema                  | pf       | key                                     |
      | P1-C1    | relation_1to1_optional  | child    | {id: "cjld2cjxh0000qzrmn831i7rn"}       |
      | PM-C1    | relation_1ton_optional  | children | [{id: "cjld2cjxh0000qzrmn831i7rn"}]     |
      | PM-CM    | relation_mton           | children | [{name: "nobody"}]                      |

  @id:8base-ccreate-008 @behaviour:errors @catalogue:E-53
  Scenario Outline: <op> inside authorCreate is a GraphQL validation error (<field>)
    §5.53 and PB-04/PB-05: `reconnect` and `disconnect` exist on update only; the create input of a
    relation field has no such field, so the document does not validate (no error code).
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { postCreate(data: {title: "Awesome Possum"}) { id } }
      """
    When executing:
      """
      mutation {
        <mutation>(data: {<data>}) { id }
      }
      """
    Then an error "ValidationError" should be raised
    And no side effects

    Examples:
      | op                 | mutation     | field        | data                                                                     |
      | reconnect-to-many  | authorCreate | posts        | name: "Huxley", posts: {reconnect: [{title: "Awesome Possum"}]}          |
      | disconnect-to-many | authorCreate | posts        | name: "Huxley", posts: {disconnect: [{title: "Awesome Possum"}]}         |
      | disconnect-to-one  | postCreate   | author       | title: "Another", author: {disconnect: {name: "Huxley"}}                 |
      | update-to-many     | authorCreate | posts        | name: "Huxley", posts: {update: [{filter: {title: "Awesome Possum"}, data: {body: "x"}}]} |
