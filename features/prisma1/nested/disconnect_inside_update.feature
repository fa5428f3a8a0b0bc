Feature: Prisma 1 nested disconnect inside update
  `disconnect` removes links and never deletes nodes (prisma1-behaviours.md §4.3). To-one takes
  `disconnect: true`, to-many a list of WhereUniqueInputs; an unknown node is 3039, a node not linked
  to this parent is 3041, and either way nothing changes (§9). The per-kind cells are in
  features/prisma1/relations/disconnect_matrix.feature.

  @id:prisma1-nested-disconnect-001 @behaviour:disconnect @catalogue:P1-080
  Scenario: disconnecting a list with one child that belongs to another parent fails with 3041 and changes nothing
    DisUpdate "a PM to CM relation with the children already in a relation should be disconnectable":
    p1 has [c1, c2]; otherParent has [otherChild, c1]. Disconnecting [c1, otherChild] from p1 fails
    with 3041 (otherChild is not linked to p1); c1 is not disconnected either. Four links remain.
    Given the data model "relation_pm_cm"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation {
        createParent(data: {p: "otherParent", childrenOpt: {create: [{c: "otherChild"}], connect: [{c: "c1"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "c1"}, {c: "otherChild"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation ChildToParent has no node for the model Parent with the value '"
    And the error message should contain "connected to a node for the model Child with the value '"
    When executing control query:
      """
      { children { c parentsOpt { p } } }
      """
    Then the result should be:
      """
      {"children": [
        {"c": "c1", "parentsOpt": [{"p": "p1"}, {"p": "otherParent"}]},
        {"c": "c2", "parentsOpt": [{"p": "p1"}]},
        {"c": "otherChild", "parentsOpt": [{"p": "otherParent"}]}
      ]}
      """

  @id:prisma1-nested-disconnect-002 @behaviour:disconnect @catalogue:P1-080
  Scenario: disconnecting a child from one parent leaves its other parents in place
    DisUpdate, same data as above: disconnecting [c1] alone succeeds; p1 keeps c2 and c1 keeps
    otherParent. One link fewer.
    Given the data model "relation_pm_cm"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation {
        createParent(data: {p: "otherParent", childrenOpt: {create: [{c: "otherChild"}], connect: [{c: "c1"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {disconnect: [{c: "c1"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": [{"c": "c2"}]}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |
    When executing control query:
      """
      {
        c1: child(where: {c: "c1"}) { c parentsOpt { p } }
        c2: child(where: {c: "c2"}) { c parentsOpt { p } }
        otherChild: child(where: {c: "otherChild"}) { c parentsOpt { p } }
      }
      """
    Then the result should be:
      """
      {
        "c1": {"c": "c1", "parentsOpt": [{"p": "otherParent"}]},
        "c2": {"c": "c2", "parentsOpt": [{"p": "p1"}]},
        "otherChild": {"c": "otherChild", "parentsOpt": [{"p": "otherParent"}]}
      }
      """

  @id:prisma1-nested-disconnect-003 @behaviour:disconnect @catalogue:P1-082
  Scenario: a disconnect nested in a nested update detaches the node, which stays in its table
    DisUpdate deep cases: the disconnect runs inside `middles.update[].data`; the bottom b1 loses its
    middle but still exists (`bottoms` lists it).
    Given the data model "chain4_two_way"
    And an empty database
    And having executed:
      """
      mutation {
        createTop(data: {t: "top", middles: {create: [{m: "middle", bottoms: {create: [{b: "b1"}, {b: "b2"}]}}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        updateTop(where: {t: "top"}, data: {
          middles: {update: [{where: {m: "middle"}, data: {bottoms: {disconnect: [{b: "b1"}]}}}]}
        }) {
          middles { m bottoms { b } }
        }
      }
      """
    Then the result should be:
      """
      {"updateTop": {"middles": [{"m": "middle", "bottoms": [{"b": "b2"}]}]}}
      """
    And the side effects should be:
      | -links BottomToMiddle | 1 |
    When executing control query:
      """
      { bottoms { b middle { m } } }
      """
    Then the result should be:
      """
      {"bottoms": [{"b": "b1", "middle": null}, {"b": "b2", "middle": {"m": "middle"}}]}
      """

  @id:prisma1-nested-disconnect-005 @behaviour:disconnect
  Scenario: a 3041 from a to-one disconnect rolls back the outer scalar change
    §4.3 / §9: nothing is linked, so `disconnect: true` fails with 3041 and the rename in the same
    update is not kept.
    Given the data model "todo_comments"
    And an empty database
    And having executed:
      """
      mutation { createComment(data: {text: "lonely"}) { id } }
      """
    And saving "data.createComment.id" as "commentId"
    When executing:
      """
      mutation {
        updateComment(where: {id: "{{commentId}}"}, data: {text: "changed", todo: {disconnect: true}}) {
          text
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation CommentToTodo has no node for the model Comment with the value '"
    And the error message should contain "connected to a node for the model Todo on your mutation path."
    When executing control query:
      """
      { comments { text } }
      """
    Then the result should be:
      """
      {"comments": [{"text": "lonely"}]}
      """
