Feature: Prisma 1 nested disconnect inside upsert
  In a top-level upsert whose `where` hits, only the `update` branch runs, and a disconnect there has
  the same outcomes as in a plain update (prisma1-behaviours.md §4.3, §6; DisUpsert, catalogue DI08).

  @id:prisma1-nested-disconnect-010 @behaviour:disconnect @catalogue:P1-083
  Scenario Outline: disconnect: true in the update branch of an upsert detaches the to-one child (<relation>)
    DisUpsert: same as DisUpdate "… should be disconnectable": `childOpt: null`, the link is gone,
    the child survives.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childOpt: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          create: {p: "p1"}
          update: {childOpt: {disconnect: true}}
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
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { children { c <cf> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<cf>": <none>}]}
      """

    Examples:
      | relation | schema          | cf         | none |
      | P1-C1    | relation_p1opt_c1opt | parentOpt  | null |
      | P1-CM    | relation_p1opt_cm    | parentsOpt | []   |

  @id:prisma1-nested-disconnect-011 @behaviour:disconnect @catalogue:P1-083
  Scenario Outline: disconnect of one child in the update branch of an upsert (<relation>)
    DisUpsert "a PM to C1 relation … should be disconnectable": p1 has [c1, c2]; disconnecting [c2]
    leaves [c1].
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          create: {p: "p1"}
          update: {childrenOpt: {disconnect: [{c: "c2"}]}}
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
      | -links ChildToParent | 1 |

    Examples:
      | relation | schema       |
      | PM-C1    | relation_pm_c1opt |

  @id:prisma1-nested-disconnect-012 @behaviour:disconnect @catalogue:P1-083
  Scenario Outline: disconnect: true with nothing connected in the update branch of an upsert fails with 3041 (<relation>)
    DisUpsert, as DisUpdate: 3041, and nothing changes.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    When executing:
      """
      mutation {
        upsertParent(
          where: {p: "p1"}
          create: {p: "p1"}
          update: {p: "p1-updated", childOpt: {disconnect: true}}
        ) {
          p
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation ChildToParent has no node for the model Parent with the value '"
    And the error message should contain "connected to a node for the model Child on your mutation path."
    When executing control query:
      """
      { parents { p } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1"}]}
      """

    Examples:
      | relation | schema          |
      | P1-C1    | relation_p1opt_c1opt |
