Feature: Nested set inside update (Prisma 1.34)
  `set: [XWhereUniqueInput!]` exists on to-many relation fields in update inputs only (1.25+). It
  replaces the parent's whole link set with the listed nodes; duplicates are tolerated, `set: []`
  detaches everything, and an unknown selector gives 3039. There is no required-relation check at all
  (prisma1-behaviours.md §4.7, `SetUpdate`).

  @id:prisma1-nested-set-001 @behaviour:set @catalogue:P1-115
  Scenario: PM-C1 set moves the listed children from their old parent; a duplicate is linked once
    `SetUpdate` "a PM to C1 relation with the child already in a relation should be setable": the listed
    children are detached from p1 first, so the link count stays 2 (a move).
    Given the data model "relation_pm_c1opt"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childrenOpt: {set: [{c: "c1"}, {c: "c2"}, {c: "c2"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}]}}
      """
    And no side effects
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be, in order:
      """
      {"parents": [{"p": "p1", "childrenOpt": []}, {"p": "p2", "childrenOpt": [{"c": "c1"}, {"c": "c2"}]}]}
      """

  @id:prisma1-nested-set-002 @behaviour:set @catalogue:P1-115
  Scenario Outline: set links a child that had no parent (<relation>)
    A single object is coerced to a one-element list (prisma1-behaviours.md §5).
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createChild(data: {c: "c1"}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {set: {c: "c1"}}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}]}}
      """
    And the side effects should be:
      | +links ChildToParent | 1 |

    Examples:
      | relation | schema       |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-nested-set-003 @behaviour:set @catalogue:P1-116
  Scenario: PM-CM set replaces the parent's links; the listed children keep their other parents
    `SetUpdate` "a PM to CM relation with the children already in a relation should be setable": c3 and
    c4 lose p2, c1 and c2 gain p2 and keep p1, so the link count stays 4.
    Given the data model "relation_pm_cm"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}, {c: "c4"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childrenOpt: {set: [{c: "c1"}, {c: "c2"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}]}}
      """
    And no side effects
    When executing control query:
      """
      { children { c parentsOpt { p } } }
      """
    Then the result should be, in order:
      """
      {
        "children": [
          {"c": "c1", "parentsOpt": [{"p": "p1"}, {"p": "p2"}]},
          {"c": "c2", "parentsOpt": [{"p": "p1"}, {"p": "p2"}]},
          {"c": "c3", "parentsOpt": []},
          {"c": "c4", "parentsOpt": []}
        ]
      }
      """

  @id:prisma1-nested-set-004 @behaviour:set @catalogue:P1-116
  Scenario: PM-CM set: [] detaches all of this parent's children and nothing else
    `SetUpdate` "… should be setable to empty".
    Given the data model "relation_pm_cm"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: [{c: "c3"}, {c: "c4"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childrenOpt: {set: []}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": []}}
      """
    And the side effects should be:
      | -links ChildToParent | 2 |
    When executing control query:
      """
      { children { c parentsOpt { p } } }
      """
    Then the result should be:
      """
      {
        "children": [
          {"c": "c1", "parentsOpt": [{"p": "p1"}]},
          {"c": "c2", "parentsOpt": [{"p": "p1"}]},
          {"c": "c3", "parentsOpt": []},
          {"c": "c4", "parentsOpt": []}
        ]
      }
      """

  @id:prisma1-nested-set-005 @behaviour:set @catalogue:P1-117
  Scenario: PM-C1! set orphans the old child without any error (quirk)
    Quirk of real Prisma 1.34, asserted as such: `set` runs no required-relation check (`J/SI`
    `requiredCheck = noCheckRequired`). p2's old child c2 is detached although `Child.parentReq` is
    required, leaving an orphan that breaks the data model; c1 moves from p1 to p2. The link count drops
    3 → 2 with no error (`SetUpdate` "a PM to C1! relation … should be setable"). Disconnecting c2
    instead would give 3042. prisma1-behaviours.md §4.7, §15.
    Given the data model "relation_pm_c1req"
    And having executed:
      """
      mutation { createParent(data: {p: "otherParent", childrenOpt: {create: {c: "otherChild"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: {c: "c1"}}}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: {c: "c2"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p2"}, data: {childrenOpt: {set: {c: "c1"}}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}]}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { parents { p childrenOpt { c } } orphans: children(where: {parentReq: null}) { c } }
      """
    Then the result should be, in order:
      """
      {
        "parents": [
          {"p": "otherParent", "childrenOpt": [{"c": "otherChild"}]},
          {"p": "p1", "childrenOpt": []},
          {"p": "p2", "childrenOpt": [{"c": "c1"}]}
        ],
        "orphans": [{"c": "c2"}]
      }
      """

  @id:prisma1-nested-set-006 @behaviour:set @catalogue:P1-118
  Scenario: setting the same node again changes nothing
    `SetUpdate` "Setting several times should not error and only connect the item once" (the AUser/Post
    model of the test; plural `aUsers`).
    Given the data model:
      """
      type Post {
        id: ID! @unique
        authors: [AUser!]!
        title: String! @unique
      }

      type AUser {
        id: ID! @unique
        name: String! @unique
        posts: [Post!]!
      }
      """
    And having executed:
      """
      mutation { createPost(data: {title: "Title"}) { title } }
      """
    And having executed:
      """
      mutation { createAUser(data: {name: "Author"}) { name } }
      """
    And having executed:
      """
      mutation { updateAUser(where: {name: "Author"}, data: {posts: {set: {title: "Title"}}}) { name } }
      """
    And having executed:
      """
      mutation { updateAUser(where: {name: "Author"}, data: {posts: {set: {title: "Title"}}}) { name } }
      """
    When executing:
      """
      mutation { updateAUser(where: {name: "Author"}, data: {posts: {set: {title: "Title"}}}) { name } }
      """
    Then the result should be:
      """
      {"updateAUser": {"name": "Author"}}
      """
    And no side effects
    When executing control query:
      """
      { aUsers { name posts { title } } }
      """
    Then the result should be:
      """
      {"aUsers": [{"name": "Author", "posts": [{"title": "Title"}]}]}
      """

  @id:prisma1-nested-set-007 @behaviour:set @catalogue:P1-118
  Scenario: PM-CM set naming the same node twice links it once, next to its other parent
    `SetUpdate` "Setting two nodes twice should not error": c1 belongs to p2; p1 sets it (twice in the
    list), so c1 gains p1 and keeps p2 (links 1 → 2).
    Given the data model "relation_pm_cm"
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    And having executed:
      """
      mutation { createParent(data: {p: "p2", childrenOpt: {create: {c: "c1"}}}) { childrenOpt { id } } }
      """
    And saving "data.createParent.childrenOpt.0.id" as "childId"
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {set: [{id: "{{childId}}"}, {c: "c1"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}]}}
      """
    And the side effects should be:
      | +links ChildToParent | 1 |
    When executing control query:
      """
      { child(where: {c: "c1"}) { parentsOpt { p } } }
      """
    Then the result should be, in order:
      """
      {"child": {"parentsOpt": [{"p": "p1"}, {"p": "p2"}]}}
      """

  @id:prisma1-nested-set-008 @behaviour:set @catalogue:P1-119
  Scenario: set on a self relation links both directions like connect
    `SetUpdate` "a PM to CM self relation … should be setable".
    Given the data model:
      """
      type Technology {
        id: ID! @unique
        name: String! @unique
        childTechnologies: [Technology!]! @relation(name: "ChildTechnologies")
        parentTechnologies: [Technology!]! @relation(name: "ChildTechnologies")
      }
      """
    And having executed:
      """
      mutation { createTechnology(data: {name: "techA"}) { name } }
      """
    And having executed:
      """
      mutation { createTechnology(data: {name: "techB"}) { name } }
      """
    When executing:
      """
      mutation {
        updateTechnology(where: {name: "techA"}, data: {childTechnologies: {set: {name: "techB"}}}) {
          name
          childTechnologies { name }
          parentTechnologies { name }
        }
      }
      """
    Then the result should be:
      """
      {"updateTechnology": {"name": "techA", "childTechnologies": [{"name": "techB"}], "parentTechnologies": []}}
      """
    And the side effects should be:
      | +links ChildTechnologies | 1 |
    When executing control query:
      """
      { technologies { name childTechnologies { name } parentTechnologies { name } } }
      """
    Then the result should be:
      """
      {
        "technologies": [
          {"name": "techA", "childTechnologies": [{"name": "techB"}], "parentTechnologies": []},
          {"name": "techB", "childTechnologies": [], "parentTechnologies": [{"name": "techA"}]}
        ]
      }
      """

  @id:prisma1-nested-set-009 @behaviour:set
  Scenario: set with a selector that matches no node fails with 3039 and changes nothing
    `J/SI`: every listed node must exist (prisma1-behaviours.md §4.7, §10).
    Given the data model "relation_pm_c1opt"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createChild(data: {c: "c2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {childrenOpt: {set: [{c: "c2"}, {c: "DOES NOT EXIST"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."
    When executing control query:
      """
      { parents { p childrenOpt { c } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c1"}]}]}
      """
