Feature: Prisma 1 error codes of mutations
  Prisma's own errors carry a numeric `code` and a fixed text (prisma1-behaviours.md §10); GraphQL
  validation errors carry no code. Codes covered elsewhere in this suite: 3010 and ValidationError
  (top_level/create), 3020 and 3039 (top_level/update), 3036 and 3007 (top_level/upsert), 3040 and
  3045 (top_level/selectors), 3042 (top_level/delete, batch/delete_many). This file triggers every
  code once more through a different path.

  @id:prisma1-errors-001 @behaviour:errors
  Scenario: 3007 ValueTooLong: a top-level create with a 26-character value in an ID-typed non-id field
    An ID-typed field that is not the id allows at most 25 characters; the pre-check runs before
    the create (API/mutactions/validation/InputValueValidation.scala).
    Given the data model "todo_uniques_defaults"
    And an empty database
    When executing:
      """
      mutation {
        createTodo(data: {title: "t", anotherIDField: "abcdefghijklmnopqrstuvwxyz"}) { id }
      }
      """
    Then an error "ValueTooLong" should be raised
    And the error message should contain "Value for field anotherIDField is too long."

  @id:prisma1-errors-002 @behaviour:errors
  Scenario: an ID-typed non-id field of exactly 25 characters is accepted
    The boundary of the same check.
    Given the data model "todo_uniques_defaults"
    And an empty database
    When executing:
      """
      mutation {
        createTodo(data: {title: "t", anotherIDField: "abcdefghijklmnopqrstuvwxy"}) { anotherIDField }
      }
      """
    Then the result should be:
      """
      {"createTodo": {"anotherIDField": "abcdefghijklmnopqrstuvwxy"}}
      """
    And the side effects should be:
      | +nodes Todo | 1 |

  @id:prisma1-errors-003 @behaviour:errors @behaviour:uniques
  Scenario: 3010 UniqueConstraintViolation: an update that copies another node's unique value
    The unique check applies to updates too and names the model and the field.
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation {
        a: createTodo(data: {title: "a", alias: "alias-a"}) { id }
        b: createTodo(data: {title: "b", alias: "alias-b"}) { id }
      }
      """
    When executing:
      """
      mutation { updateTodo(where: {alias: "alias-b"}, data: {alias: "alias-a", title: "changed"}) { id } }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Todo. Details: Field name = alias"
    When executing control query:
      """
      { todoes { title alias } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "a", "alias": "alias-a"}, {"title": "b", "alias": "alias-b"}]}
      """

  @id:prisma1-errors-004 @behaviour:errors
  Scenario: 3032 RequiredFieldMissing: a required relation given with neither create nor connect
    From N/NestedCreateMutationInsideCreateSpec.scala: `todo: {}` passes GraphQL validation (the
    field is present) but carries no operation, so the required relation would stay empty.
    Given the data model:
      """
      type Todo {
        id: ID! @unique
        title: String!
        comments: [Comment!]!
      }

      type Comment {
        id: ID! @unique
        text: String!
        todo: Todo!
      }
      """
    And an empty database
    When executing:
      """
      mutation { createComment(data: {text: "a comment", todo: {}}) { id } }
      """
    Then an error "RequiredFieldMissing" should be raised
    And the error message should contain "The field 'todo' on type 'Comment' is required. Performing this mutation would violate that constraint"

  @id:prisma1-errors-005 @behaviour:errors @behaviour:defaults
  Scenario: 3036 InvalidValue: explicit null for a required field with a default in a top-level create
    The create-input field is optional because of the default, so null passes validation; Prisma
    refuses to store it (CA generateNonListCreateArgs).
    Given the data model "todo_uniques_defaults"
    And an empty database
    When executing:
      """
      mutation { createWithDefaultValue(data: {title: "t", reqString: null}) { id } }
      """
    Then an error "InvalidValue" should be raised
    And the error message should contain "The input value null was not valid for field reqString of type WithDefaultValue."

  @id:prisma1-errors-006 @behaviour:errors
  Scenario: 3039 NodeNotFound prints an Int selector value unquoted
    In 3039 the value is printed raw: numbers as 3, strings without quotes
    (M/nonEmbedded/TransactionalNestedExecutionSpec.scala).
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "t", number: 1}) { id } }
      """
    When executing:
      """
      mutation { deleteTodo(where: {number: 3}) { id } }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Todo with value 3 for number found."

  @id:prisma1-errors-007 @behaviour:errors
  Scenario: 3039 NodeNotFound for a connect target that does not exist; the create is rolled back
    From N/NestedConnectMutationInsideCreateSpec.scala.
    Given the data model "relation_pm_c1opt"
    And an empty database
    When executing:
      """
      mutation {
        createParent(data: {p: "p1", childrenOpt: {connect: [{c: "DOES NOT EXIST"}]}}) { p }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."

  @id:prisma1-errors-008 @behaviour:errors
  Scenario: 3041 NodesNotConnected: disconnect on an optional to-one with nothing connected
    From N/NestedDisconnectMutationInsideUpdateSpec.scala; the message names the relation, the
    parent (selected by its id) and the child model: "The relation ChildToParent has no node for the
    model Parent with the value '<parent id>' for the field 'id' connected to a node for the model
    Child on your mutation path."
    Given the data model "relation_p1opt_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    When executing:
      """
      mutation { updateParent(where: {p: "p1"}, data: {childOpt: {disconnect: true}}) { p } }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation ChildToParent has no node for the model Parent with the value"
    And the error message should contain "connected to a node for the model Child on your mutation path."

  @id:prisma1-errors-009 @behaviour:errors
  Scenario: 3042 RequiredRelationViolation: disconnect on a required to-one from the to-many side
    From N/NestedDisconnectMutationInsideUpdateSpec.scala (PM-C1!): disconnecting would leave the
    child's required parentReq empty, so it fails whatever the data.
    Given the data model "relation_pm_c1req"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { p } }
      """
    When executing:
      """
      mutation { updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "c1"}]}}) { p } }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"

  @id:prisma1-errors-010 @behaviour:errors
  Scenario: ValidationError without code: a data field the input type does not define
    Sangria's text is "Argument 'data' expected type 'TodoCreateInput!' but got: ... Reason:
    'colour' Field 'colour' is not defined in the input type 'TodoCreateInput'." (§3, §15: assert a
    fragment only).
    Given the data model "todo_uniques_defaults"
    And an empty database
    When executing:
      """
      mutation { createTodo(data: {title: "t", colour: "red"}) { id } }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'colour' is not defined in the input type 'TodoCreateInput'"
