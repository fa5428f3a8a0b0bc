Feature: Prisma 1 transactions
  Each top-level mutation field is one database transaction holding the root write and its whole
  nested tree: any error anywhere in it rolls all of it back. Several mutation fields in one
  document run serially, each in its own transaction (prisma1-behaviours.md §9).

  @id:prisma1-tx-001 @behaviour:transactions @behaviour:create @catalogue:P1-027
  Scenario: two aliased creates in one document both succeed
    From M/CreateMutationSpec.scala "explicit null attributes when other mutation has explicit
    non-null values".
    Given the data model "scalars_optional"
    And an empty database
    When executing:
      """
      mutation {
        a: createScalarModel(data: {optString: "lala", optInt: 123, optBoolean: true, optJson: "[1,2,3]", optEnum: A, optFloat: 1.23}) { optString optInt optFloat optBoolean optEnum optJson }
        b: createScalarModel(data: {optString: null, optInt: null, optBoolean: null, optJson: null, optEnum: null, optFloat: null}) { optString optInt optFloat optBoolean optEnum optJson }
      }
      """
    Then the result should be:
      """
      {
        "a": {"optString": "lala", "optInt": 123, "optFloat": 1.23, "optBoolean": true, "optEnum": "A", "optJson": [1, 2, 3]},
        "b": {"optString": null, "optInt": null, "optFloat": null, "optBoolean": null, "optEnum": null, "optJson": null}
      }
      """
    And the side effects should be:
      | +nodes ScalarModel | 2 |

  @id:prisma1-tx-002 @behaviour:transactions
  Scenario: a later mutation field that fails does not undo an earlier one
    Code-derived (§9, §15): every root field commits in its own transaction, in document order.
    The second create clashes with the first on the unique alias and fails with 3010; the first
    todo stays. (Both fields return non-null Todo!, so `data` itself becomes null; it is not
    asserted here.)
    Given the data model "todo_uniques_defaults"
    And an empty database
    When executing:
      """
      mutation {
        first: createTodo(data: {title: "first", alias: "same"}) { title }
        second: createTodo(data: {title: "second", alias: "same"}) { title }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Todo. Details: Field name = alias"
    And the side effects should be:
      | +nodes Todo | 1 |
    When executing control query:
      """
      { todoes { title alias } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "first", "alias": "same"}]}
      """

  @id:prisma1-tx-003 @behaviour:transactions
  Scenario: a unique violation in a nested create rolls back the parent create too
    From N/NestedCreateMutationInsideCreateSpec.scala: the 3010 names the model actually violated
    (Child), and neither the new parent nor a link remains.
    Given the data model "relation_p1opt_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { p } }
      """
    When executing:
      """
      mutation { createParent(data: {p: "p2", childOpt: {create: {c: "c1"}}}) { p } }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Child. Details: Field name = c"
    When executing control query:
      """
      { parents { p childOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childOpt": {"c": "c1"}}]}
      """

  @id:prisma1-tx-004 @behaviour:transactions
  Scenario: an outer scalar change is rolled back when a nested update's where matches nothing
    From M/nonEmbedded/TransactionalNestedExecutionSpec.scala: the nested update fails with 3039
    and the parent keeps its old value.
    Given the data model "relation_pm_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { p } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {p: "p1-changed", childrenOpt: {update: [{where: {c: "DOES NOT EXIST"}, data: {test: "x"}}]}}) { p }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."
    When executing control query:
      """
      { parents { p childrenOpt { c test } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c1", "test": null}]}]}
      """

  @id:prisma1-tx-005 @behaviour:transactions
  Scenario: the first of two nested updates is rolled back when the second fails
    From M/nonEmbedded/TransactionalNestedExecutionSpec.scala: the second selector misses (3039);
    the change already made to c1 inside the same transaction is undone.
    Given the data model "relation_pm_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { p } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {update: [
          {where: {c: "c1"}, data: {test: "updated"}},
          {where: {c: "DOES NOT EXIST"}, data: {test: "updated"}}
        ]}}) { p }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."
    When executing control query:
      """
      { children { c test } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "test": null}, {"c": "c2", "test": null}]}
      """

  @id:prisma1-tx-006 @behaviour:transactions
  Scenario: a failing connect in a create leaves no parent, and the connectable child is not moved
    From N/NestedConnectMutationInsideCreateSpec.scala: connect [existing, "DOES NOT EXIST"] fails
    with 3039; the parent is not created and c1 keeps its old parent.
    Given the data model "relation_pm_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { p } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", childrenOpt: {connect: [{c: "c1"}, {c: "DOES NOT EXIST"}]}}) { p }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."
    When executing control query:
      """
      { parents { p } children { c parentOpt { p } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1"}], "children": [{"c": "c1", "parentOpt": {"p": "p1"}}]}
      """

  @id:prisma1-tx-007 @behaviour:transactions
  Scenario: a failing nested delete list deletes nothing, not even the entries before the failing one
    From N/NestedDeleteMutationInsideUpdateSpec.scala "delete [c1, c2, otherChild]": otherChild
    exists but is not linked to p1, so the delete fails with 3041 and c1, c2 stay.
    Given the data model "relation_pm_cm"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { p }
        b: createParent(data: {p: "otherParent", childrenOpt: {create: [{c: "otherChild"}]}}) { p }
      }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {delete: [{c: "c1"}, {c: "c2"}, {c: "otherChild"}]}}) { p }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation ChildToParent has no node for the model Parent"
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c1"}, {"c": "c2"}]}, {"p": "otherParent", "childrenOpt": [{"c": "otherChild"}]}]}
      """
