Feature: Prisma 1 execution order of nested operations and order of results
  Inside one parent the nested operations run in a fixed order that does not follow the text:
  creates, then updates, upserts, deletes, connects, sets, disconnects, updateManys, deleteManys
  (prisma1-behaviours.md §4.9). Related to-many lists come back in ascending id order, which is
  creation order, not link order (§6).

  @id:prisma1-order-001 @behaviour:ordering @catalogue:P1-131
  Scenario Outline: nested creates run before <op>, wherever they stand in the input
    From N/CombiningDifferentNestedMutationsSpec.scala (PM-CM): the second operation refers to c3,
    which only exists once the nested create has run. Here the create is written last to show that
    the textual order does not matter. Children come back in id (creation) order.
    Given the data model "relation_pm_cm"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { p } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {<other>, create: [{c: "c3"}, {c: "c4"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": <children>}}
      """
    And the side effects should be:
      | +nodes Child            | <nodes>  |
      | <links> ChildToParent   | <linkcount> |

    Examples:
      | op         | other                                                                                                              | children                                                                       | nodes | links  | linkcount |
      | update     | update: [{where: {c: "c3"}, data: {c: "cUpdated"}}]                                                                | [{"c": "c1"}, {"c": "c2"}, {"c": "cUpdated"}, {"c": "c4"}]                     | 2     | +links | 2         |
      | upsert     | upsert: [{where: {c: "c3"}, create: {c: "no"}, update: {c: "cUpdated"}}, {where: {c: "c5"}, create: {c: "cNew"}, update: {c: "no2"}}] | [{"c": "c1"}, {"c": "c2"}, {"c": "cUpdated"}, {"c": "c4"}, {"c": "cNew"}] | 3     | +links | 3         |
      | delete     | delete: [{c: "c3"}]                                                                                                | [{"c": "c1"}, {"c": "c2"}, {"c": "c4"}]                                        | 1     | +links | 1         |
      | set        | set: [{c: "c3"}]                                                                                                   | [{"c": "c3"}]                                                                  | 2     | -links | 1         |
      | disconnect | disconnect: [{c: "c3"}]                                                                                            | [{"c": "c1"}, {"c": "c2"}, {"c": "c4"}]                                        | 2     | +links | 1         |

  @id:prisma1-order-002 @behaviour:ordering @catalogue:P1-131
  Scenario: connect and disconnect of the same node in one input end disconnected
    Code-derived (§4.9): disconnects run after connects, so c3 is first linked and then unlinked;
    no error, nothing changes in the end.
    Given the data model "relation_pm_cm"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { p }
        b: createChild(data: {c: "c3"}) { c }
      }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "c3"}], connect: [{c: "c3"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}]}}
      """
    And no side effects

  @id:prisma1-order-003 @behaviour:ordering
  Scenario: a to-many list comes back in id order, not in the order the links were made
    From N/NestedConnectMutationInsideUpdateSpec.scala (PM-CM): p2 had c3, c4 and connects c1, c2,
    which were created earlier; the result is [c1, c2, c3, c4].
    Given the data model "relation_pm_cm"
    And an empty database
    And having executed:
      """
      mutation {
        a: createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { p }
        b: createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}, {c: "c4"}]}}) { p }
      }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childrenOpt: {connect: [{c: "c2"}, {c: "c1"}]}}) {
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
      {"children": [{"c": "c1", "parentsOpt": [{"p": "p1"}, {"p": "p2"}]}, {"c": "c2", "parentsOpt": [{"p": "p1"}, {"p": "p2"}]}, {"c": "c3", "parentsOpt": [{"p": "p2"}]}, {"c": "c4", "parentsOpt": [{"p": "p2"}]}]}
      """

  @id:prisma1-order-004 @behaviour:ordering
  Scenario: a top-level list without orderBy comes back in creation order
    Ids are generated in ascending order, and without orderBy Prisma sorts by id, so nodes come
    back in the order they were created, not sorted by any field.
    Given the data model "todo_uniques_defaults"
    And an empty database
    And having executed:
      """
      mutation {
        a: createTodo(data: {title: "b-second-letter"}) { id }
        b: createTodo(data: {title: "a-first-letter"}) { id }
        c: createTodo(data: {title: "c-third-letter"}) { id }
      }
      """
    When executing:
      """
      { todoes { title } }
      """
    Then the result should be, in order:
      """
      {"todoes": [{"title": "b-second-letter"}, {"title": "a-first-letter"}, {"title": "c-third-letter"}]}
      """
    And no side effects
