Feature: Nested delete inside a top-level upsert, and which branch's nested operations run (Prisma 1.34)
  The `update` argument of `upsert<Model>` is a full `<Model>UpdateInput`, so nested deletes in it
  follow the same rules as inside `update<Model>` (prisma1-behaviours.md §4.4, `DelUpsert`). Only the
  branch that the `where` selects runs, together with its own nested operations; the other branch's
  nested operations never execute (§4.6, §6, `M/nonEmbedded/NonEmbeddedUpsertDesignSpec.scala`).

  @id:prisma1-nested-delete-101 @behaviour:nested-delete @catalogue:P1-086
  Scenario Outline: delete on a required to-one inside the update branch is a validation error (<relation>)
    `DelUpsert`: the error names the `update` argument, "Argument 'update' expected type 'ParentUpdateInput!'".
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childReq: {create: {c: "c1"}}}) { id } }
      """
    And saving "data.createParent.id" as "parentId"
    When executing:
      """
      mutation {
        upsertParent(
          where: {id: "{{parentId}}"}
          update: {p: "p2", childReq: {delete: true}}
          create: {p: "Should not matter", childReq: {create: {c: "Should not matter"}}}
        ) {
          childReq { c }
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Argument 'update' expected type 'ParentUpdateInput!'"

    Examples:
      | relation | schema          |
      | P1!-C1!  | relation_p1req_c1req |
      | P1!-C1   | relation_p1req_c1opt |
      | P1!-CM   | relation_p1req_cm    |

  @id:prisma1-nested-delete-102 @behaviour:nested-delete @catalogue:P1-087
  Scenario Outline: delete: true in the update branch of an upsert deletes the connected child (<relation>)
    The `where` hits p1, so the update branch runs; the create branch does not (`DelUpsert`).
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          update: {childOpt: {delete: true}}
          create: {p: "Should not matter"}
        ) {
          p
          childOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"upsertParent": {"p": "p1", "childOpt": null}}
      """
    And the side effects should be:
      | -nodes Child         | 1 |
      | -links ChildToParent | 1 |

    Examples:
      | relation | schema          |
      | P1-C1    | relation_p1opt_c1opt |
      | P1-C1!   | relation_p1opt_c1req |
      | P1-CM    | relation_p1opt_cm    |

  @id:prisma1-nested-delete-103 @behaviour:nested-delete @catalogue:P1-089
  Scenario Outline: delete on a to-many in the update branch of an upsert deletes the listed children (<relation>)
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          update: {childrenOpt: {delete: [{c: "c2"}]}}
          create: {p: "Should not matter"}
        ) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"upsertParent": {"childrenOpt": [{"c": "c1"}]}}
      """
    And the side effects should be:
      | -nodes Child         | 1 |
      | -links ChildToParent | 1 |

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-nested-delete-104 @behaviour:errors @catalogue:P1-088
  Scenario: delete: true in the update branch with nothing connected fails with 3041; the create branch does not run
    The `where` hits p1, so a failure in the update branch is not a reason to create a parent
    ("Should not matter" is never created; `DelUpsert` "error if the nodes are not connected").
    Given the data model "relation_p1opt_c1opt"
    And having executed:
      """
      mutation { createChild(data: {c: "c1"}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    And saving "data.createParent.id" as "parentId"
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          update: {p: "p2", childOpt: {delete: true}}
          create: {p: "Should not matter"}
        ) {
          childOpt { c }
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation ChildToParent has no node for the model Parent with the value '{{parentId}}' for the field 'id' connected to a node for the model Child on your mutation path."
    When executing control query:
      """
      { parents { p } children { c } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1"}], "children": [{"c": "c1"}]}
      """

  @id:prisma1-nested-delete-105 @behaviour:nested-delete @catalogue:P1-091
  Scenario: delete in the update branch of an upsert fails with 3042 when another model requires the child
    Same required-relation check as in an update (`DelUpsert` "delete fail if other req relations would be violated").
    Given the data model "relation_pm_cm_other_req"
    And having executed:
      """
      mutation { createOther(data: {o: "o1", childReq: {create: {c: "c1"}}}) { o } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {connect: {c: "c1"}}}) { p } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          update: {childrenOpt: {delete: [{c: "c1"}]}}
          create: {p: "Should not matter"}
        ) {
          childrenOpt { c }
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToOther' between Child and Other"

  @id:prisma1-nested-upsert-101 @behaviour:nested-upsert @catalogue:P1-111
  Scenario: a top-level upsert that creates runs only the create branch's nested connect
    The `where` misses, so the create branch runs with its connect of todo "B". The update branch's
    connect to a todo that does not exist would fail with 3039 if it ran.
    Given the data model "list_todo_one_to_one"
    And having executed:
      """
      mutation { createTodo(data: {uTodo: "B"}) { uTodo } }
      """
    When executing:
      """
      mutation {
        upsertList(
          where: {uList: "Does not Exist"}
          create: {uList: "A", todo: {connect: {uTodo: "B"}}}
          update: {todo: {connect: {uTodo: "Should not matter"}}}
        ) {
          uList
          todo { uTodo }
        }
      }
      """
    Then the result should be:
      """
      {"upsertList": {"uList": "A", "todo": {"uTodo": "B"}}}
      """
    And the side effects should be:
      | +nodes List       | 1 |
      | +links ListToTodo | 1 |

  @id:prisma1-nested-upsert-102 @behaviour:nested-upsert @catalogue:P1-111
  Scenario: a top-level upsert that updates runs only the update branch's nested connect
    The `where` hits list A; the create branch's connect to a missing todo never runs.
    Given the data model "list_todo_one_to_one"
    And having executed:
      """
      mutation { createTodo(data: {uTodo: "B"}) { uTodo } }
      """
    And having executed:
      """
      mutation { createList(data: {uList: "A"}) { uList } }
      """
    When executing:
      """
      mutation {
        upsertList(
          where: {uList: "A"}
          create: {uList: "A", todo: {connect: {uTodo: "Should not Matter"}}}
          update: {todo: {connect: {uTodo: "B"}}}
        ) {
          uList
          todo { uTodo }
        }
      }
      """
    Then the result should be:
      """
      {"upsertList": {"uList": "A", "todo": {"uTodo": "B"}}}
      """
    And the side effects should be:
      | +links ListToTodo | 1 |

  @id:prisma1-nested-upsert-103 @behaviour:nested-upsert @catalogue:P1-111
  Scenario: a top-level upsert that updates runs the update branch's nested disconnect
    Given the data model "list_todo_one_to_one"
    And having executed:
      """
      mutation { createTodo(data: {uTodo: "B", list: {create: {uList: "A"}}}) { uTodo } }
      """
    When executing:
      """
      mutation {
        upsertList(
          where: {uList: "A"}
          create: {uList: "A", todo: {connect: {uTodo: "Should not Matter"}}}
          update: {todo: {disconnect: true}}
        ) {
          uList
          todo { uTodo }
        }
      }
      """
    Then the result should be:
      """
      {"upsertList": {"uList": "A", "todo": null}}
      """
    And the side effects should be:
      | -links ListToTodo | 1 |
    When executing control query:
      """
      { lists { uList todo { uTodo } } todoes { uTodo } }
      """
    Then the result should be:
      """
      {"lists": [{"uList": "A", "todo": null}], "todoes": [{"uTodo": "B"}]}
      """

  @id:prisma1-nested-upsert-104 @behaviour:nested-upsert @catalogue:P1-111
  Scenario: a top-level upsert that updates runs the update branch's nested delete
    Given the data model "list_todo_one_to_one"
    And having executed:
      """
      mutation { createTodo(data: {uTodo: "B", list: {create: {uList: "A"}}}) { uTodo } }
      """
    When executing:
      """
      mutation {
        upsertList(
          where: {uList: "A"}
          create: {uList: "A", todo: {connect: {uTodo: "Should not Matter"}}}
          update: {todo: {delete: true}}
        ) {
          uList
          todo { uTodo }
        }
      }
      """
    Then the result should be:
      """
      {"upsertList": {"uList": "A", "todo": null}}
      """
    And the side effects should be:
      | -nodes Todo       | 1 |
      | -links ListToTodo | 1 |
    When executing control query:
      """
      { lists { uList } todoes { uTodo } }
      """
    Then the result should be:
      """
      {"lists": [{"uList": "A"}], "todoes": []}
      """
