Feature: Prisma 1 unique selectors of update and delete
  A WhereUniqueInput must carry exactly one non-null unique field (prisma1-behaviours.md §6,
  "Selectors"). None gives 3040, two or more give 3045. Both are thrown while the mutation is
  being prepared, before anything runs (§9).

  @id:prisma1-top-030 @behaviour:errors @catalogue:P1-015
  Scenario Outline: a selector without a non-null unique value fails with 3040 (<case>)
    From M/DeleteMutationSpec.scala ("null value for unique field") and
    T/filters/nonEmbedded/WhereUniqueSpec.scala; mutations use the same selector extractor.
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "title", alias: "a"}) { alias } }
      """
    When executing:
      """
      mutation { <operation> }
      """
    Then an error "InvalidSelector" should be raised
    And the error message should contain "You provided an invalid argument for the where selector on Todo."

    Examples:
      | case             | operation                                                         |
      | update-empty     | updateTodo(where: {}, data: {title: "x"}) { alias }               |
      | update-null      | updateTodo(where: {alias: null}, data: {title: "x"}) { alias }    |
      | delete-empty     | deleteTodo(where: {}) { alias }                                   |
      | delete-null      | deleteTodo(where: {alias: null}) { alias }                        |

  @id:prisma1-top-031 @behaviour:errors @catalogue:P1-015
  Scenario Outline: a selector with two unique fields fails with 3045 (<case>)
    From T/filters/nonEmbedded/WhereUniqueSpec.scala; the two values here even point at the same
    node, which does not help.
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "title", alias: "a", number: 1}) { alias } }
      """
    When executing:
      """
      mutation { <operation> }
      """
    Then an error "AmbiguousSelector" should be raised
    And the error message should contain "You provided more than one field for the unique selector on Todo."

    Examples:
      | case   | operation                                                            |
      | update | updateTodo(where: {alias: "a", number: 1}, data: {title: "x"}) { alias } |
      | delete | deleteTodo(where: {alias: "a", number: 1}) { alias }                 |
