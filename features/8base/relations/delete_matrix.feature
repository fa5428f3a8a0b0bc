Feature: 8base relation matrix: delete and destroy of a linked record
  dialects.md §2.2 over the relation kinds of fixtures relation_* (see connect_on_create_matrix.feature).
  Deleting a parent whose children have a mandatory relation to it needs `force: true` (ForcibleError
  without it); with force the children are deleted too. Where the children's relation is optional
  they survive and read the parent as null. Deleting the child, which holds the mandatory field,
  needs no force. Soft delete and destroy behave the same here; destroy is checked on one kind.

  @id:8base-dmatrix-001 @behaviour:delete
  Scenario Outline: parentDelete where the children's relation is optional: the children survive (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        parentDelete(filter: {name: "p1"}) { success }
      }
      """
    Then the result should be:
      """
      {"parentDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Parent        | 1 |
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { childrenList { items { name <cf> <psel> } } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": [{"name": "c1", "<cf>": <none>}]}}
      """

    Examples:
      | relation | schema                 | pf       | cf      | c1             | psel                     | none                      |
      | P1-C1    | relation_1to1_optional | child    | parent  | {name: "c1"}   | { name }                 | null                      |
      | PM-C1    | relation_1ton_optional | children | parent  | [{name: "c1"}] | { name }                 | null                      |
      | PM-CM    | relation_mton          | children | parents | [{name: "c1"}] | { count items { name } } | {"count": 0, "items": []} |

  @id:8base-dmatrix-002 @behaviour:errors
  Scenario Outline: parentDelete where the child's parent is mandatory needs force (<relation>)
    Nothing is deleted without `force: true`.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        parentDelete(filter: {name: "p1"}) { success }
      }
      """
    Then an error "ForceRequired" should be raised
    And no side effects
    When executing control query:
      """
      { childrenList { items { name parent { name } } } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": [{"name": "c1", "parent": {"name": "p1"}}]}}
      """

    Examples:
      | relation | schema                  | pf       | c1             |
      | P1-C1!   | relation_1to1_mandatory | child    | {name: "c1"}   |
      | PM-C1!   | relation_1ton_mandatory | children | [{name: "c1"}] |

  @id:8base-dmatrix-003 @behaviour:delete
  Scenario Outline: parentDelete with force deletes the mandatory children too (<relation>)
    The other parent's child is untouched.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id }
        p2: parentCreate(data: {name: "p2", <pf>: {create: <c2>}}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentDelete(filter: {name: "p1"}, force: true) { success }
      }
      """
    Then the result should be:
      """
      {"parentDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Parent        | 1 |
      | -nodes Child         | 1 |
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { childrenList { items { name parent { name } } } all: childrenList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": [{"name": "c2", "parent": {"name": "p2"}}]}, "all": {"count": 2}}
      """

    Examples:
      | relation | schema                  | pf       | c1             | c2             |
      | P1-C1!   | relation_1to1_mandatory | child    | {name: "c1"}   | {name: "c2"}   |
      | PM-C1!   | relation_1ton_mandatory | children | [{name: "c1"}] | [{name: "c2"}] |

  @id:8base-dmatrix-004 @behaviour:delete
  Scenario Outline: childDelete needs no force; the parent survives without it (<relation>)
    The child holds the mandatory field, so deleting it breaks nothing.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        childDelete(filter: {name: "c1"}) { success }
      }
      """
    Then the result should be:
      """
      {"childDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Child         | 1 |
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { parent(name: "p1") { <pf> <sel> } }
      """
    Then the result should be:
      """
      {"parent": {"<pf>": <none>}}
      """

    Examples:
      | relation | schema                  | pf       | c1             | sel                      | none                      |
      | P1-C1!   | relation_1to1_mandatory | child    | {name: "c1"}   | { name }                 | null                      |
      | PM-C1!   | relation_1ton_mandatory | children | [{name: "c1"}] | { count items { name } } | {"count": 0, "items": []} |

  @id:8base-dmatrix-005 @behaviour:destroy @relation:P1-C1!
  Scenario: parentDestroy with force destroys the mandatory child for good (P1-C1!)
    Given the data model "relation_1to1_mandatory"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", child: {create: {name: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        parentDestroy(filter: {name: "p1"}, force: true) { success }
      }
      """
    Then the result should be:
      """
      {"parentDestroy": {"success": true}}
      """
    And the side effects should be:
      | -nodes Parent        | 1 |
      | -nodes Child         | 1 |
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { childrenList(withDeleted: true) { count } parentsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"childrenList": {"count": 0}, "parentsList": {"count": 0}}
      """
