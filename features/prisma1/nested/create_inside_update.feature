Feature: Prisma 1 nested create inside update
  A `create` nested in an update runs the required-relation check and the removal of old links of
  the §4.0 table before it creates and links the new node (prisma1-behaviours.md §4.0, §4.1). The
  per-kind cells are in features/prisma1/relations/nested_create_matrix.feature; this file covers
  what the matrix does not: depth and rollback of the whole update (§9).

  @id:prisma1-nested-create-020 @behaviour:nested-create
  Scenario: a 3042 from a nested create rolls back the outer scalar change
    §9: each top-level mutation is one transaction. On P1-C1! with an existing child, the nested
    create fails with 3042 (§4.0), so the rename of the parent in the same update is not kept.
    Given the data model "relation_p1opt_c1req"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {p: "renamed", childOpt: {create: {c: "c2"}}}) {
          p
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"
    When executing control query:
      """
      { parents { p childOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childOpt": {"c": "c1"}}]}
      """

  @id:prisma1-nested-create-021 @behaviour:nested-create
  Scenario: a unique violation in a nested create inside update names the child model and changes nothing
    §4.1 / §10: the 3010 names the model actually violated (Child); the whole update, including the
    outer scalar change, is rolled back (§9).
    Given the data model "relation_pm_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {p: "renamed", childrenOpt: {create: [{c: "c2"}, {c: "c1"}]}}) {
          p
        }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Child. Details: Field name = c"
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c1"}]}]}
      """

  @id:prisma1-nested-create-022 @behaviour:nested-create
  Scenario: a create nested in a nested update appends at the inner level
    §4.5: the `data` of a nested update is a full update input minus the back-relation and can nest
    further operations; a nested create there follows the "create inside update" rules of its own
    relation (Middle.bottoms is to-many: append).
    Given the data model "chain4_two_way"
    And an empty database
    And having executed:
      """
      mutation {
        createTop(data: {t: "top", middles: {create: [{m: "middle", bottoms: {create: [{b: "b1"}]}}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateTop(where: {t: "top"}, data: {
          middles: {update: [{where: {m: "middle"}, data: {bottoms: {create: [{b: "b2"}]}}}]}
        }) {
          middles { m bottoms { b } }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateTop": {"middles": [{"m": "middle", "bottoms": [{"b": "b1"}, {"b": "b2"}]}]}}
      """
    And the side effects should be:
      | +nodes Bottom         | 1 |
      | +links BottomToMiddle | 1 |
