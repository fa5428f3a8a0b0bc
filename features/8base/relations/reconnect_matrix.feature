Feature: 8base relation matrix: reconnect inside xUpdate
  dialects.md §2.3 over the relation kinds of fixtures relation_* (see connect_on_create_matrix.feature).
  `reconnect` (update only) replaces the whole set with exactly the given records (seed 000 L12,
  E-000-03); a one-to-many child named in it leaves its old parent; on a to-one field it behaves as
  `connect`. A reconnect dropping a child whose parent is mandatory is a ValidationError
  (RequiredRelationViolation), an unknown record an EntityNotFoundError; either way nothing changes.

  @id:8base-reconnect-001 @behaviour:reconnect
  Scenario Outline: parentUpdate reconnect replaces the children; a listed child of p2 comes along (<relation>)
    p1 holds [c1, c2], p2 holds [c3]; reconnect [c2, c3]. PM-C1: c1 is left without a parent and
    c3 leaves p2 (one link less in all). PM-CM: c1 leaves p1, c3 gains p1 and keeps p2 (as many
    links as before).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", children: {create: [{name: "c1"}, {name: "c2"}]}}) { id }
        p2: parentCreate(data: {name: "p2", children: {create: [{name: "c3"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {reconnect: [{name: "c2"}, {name: "c3"}]}}) {
          children { count items { name } }
        }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"children": {"count": 2, "items": [{"name": "c2"}, {"name": "c3"}]}}}
      """
    And the side effects should be:
      | -links ChildToParent | <removed> |
    When executing control query:
      """
      { childrenList { items { name <cf> <psel> } } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": <children>}}
      """

    Examples:
      | relation | schema                 | cf      | psel                     | removed | children |
      | PM-C1    | relation_1ton_optional | parent  | { name }                 | 1       | [{"name": "c1", "parent": null}, {"name": "c2", "parent": {"name": "p1"}}, {"name": "c3", "parent": {"name": "p1"}}] |
      | PM-CM    | relation_mton          | parents | { count items { name } } | 0       | [{"name": "c1", "parents": {"count": 0, "items": []}}, {"name": "c2", "parents": {"count": 1, "items": [{"name": "p1"}]}}, {"name": "c3", "parents": {"count": 2, "items": [{"name": "p1"}, {"name": "p2"}]}}] |

  @id:8base-reconnect-002 @behaviour:reconnect @relation:PM-C1!
  Scenario: parentUpdate reconnect that keeps every mandatory child and takes p2's child succeeds (PM-C1!)
    p1 holds [c1, c2], p2 holds [c3]; reconnect [c1, c2, c3]: nobody is left without a parent (c3
    leaves p2, whose list may be empty).
    Given the data model "relation_1ton_mandatory"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", children: {create: [{name: "c1"}, {name: "c2"}]}}) { id }
        p2: parentCreate(data: {name: "p2", children: {create: [{name: "c3"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {reconnect: [{name: "c1"}, {name: "c2"}, {name: "c3"}]}}) {
          children { count }
        }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"children": {"count": 3}}}
      """
    And no side effects
    When executing control query:
      """
      { parent(name: "p2") { children { count } } }
      """
    Then the result should be:
      """
      {"parent": {"children": {"count": 0}}}
      """

  @id:8base-reconnect-003 @behaviour:errors @relation:PM-C1! @catalogue:E-55
  Scenario Outline: A reconnect that would leave a post without its mandatory author is a ValidationError (<case>)
    §5.55 on fixture blog_author_post_mandatory_author: Huxley holds "Awesome Possum" and "Can't stop
    the Possum"; a reconnect not naming "Can't stop the Possum" would leave it without an author
    (RequiredRelationViolation). Nothing changes, the bio of the same mutation included.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", bio: "old", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
        stevens: authorCreate(data: {name: "Stevens", posts: {create: [{title: "Wombat Days"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {bio: "new", posts: {reconnect: <posts>}}) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList { items { name bio posts { items { title } } } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [
        {"name": "Huxley", "bio": "old", "posts": {"items": [{"title": "Awesome Possum"}, {"title": "Can't stop the Possum"}]}},
        {"name": "Stevens", "bio": null, "posts": {"items": [{"title": "Wombat Days"}]}}
      ]}}
      """

    Examples:
      | case          | posts                                               |
      | drop-one      | [{title: "Awesome Possum"}]                         |
      | swap-in-other | [{title: "Awesome Possum"}, {title: "Wombat Days"}] |
      | empty         | []                                                  |

  @id:8base-reconnect-004 @behaviour:reconnect
  Scenario Outline: parentUpdate reconnect [] empties the children; they survive (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", children: {create: [{name: "c1"}, {name: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {reconnect: []}}) { children { count items { name } } }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"children": {"count": 0, "items": []}}}
      """
    And the side effects should be:
      | -links ChildToParent | 2 |
    When executing control query:
      """
      { childrenList { count } }
      """
    Then the result should be:
      """
      {"childrenList": {"count": 2}}
      """

    Examples:
      | relation | schema                 |
      | PM-C1    | relation_1ton_optional |
      | PM-CM    | relation_mton          |

  @id:8base-reconnect-005 @behaviour:reconnect
  Scenario Outline: reconnect on a to-one field behaves as connect (<relation>, <side>)
    dialects.md §2.3 leaves the to-one reconnect open; the executor's decision: the same as
    `connect`. p1 holds c1, c2 is free (or, on PM-C1, held by p2 and moved).
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id }
        p2: parentCreate(data: {name: "p2"}) { id }
        c2: childCreate(data: {name: "c2"}) { id }
      }
      """
    When executing:
      """
      mutation {
        <mutation>(filter: {name: "<who>"}, data: {<field>: {reconnect: {name: "<target>"}}}) { <field> { name } }
      }
      """
    Then the result should be:
      """
      {"<mutation>": {"<field>": {"name": "<target>"}}}
      """
    And the side effects should be:
      | -links ChildToParent | <removed> |
      | +links ChildToParent | <added>   |
    When executing control query:
      """
      { childrenList { items { name parent { name } } } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": <children>}}
      """

    Examples:
      | side   | relation | schema                 | pf       | c1             | mutation     | who | field  | target | removed | added | children |
      | parent | P1-C1    | relation_1to1_optional | child    | {name: "c1"}   | parentUpdate | p1  | child  | c2     | 1       | 1     | [{"name": "c1", "parent": null}, {"name": "c2", "parent": {"name": "p1"}}] |
      | child  | PM-C1    | relation_1ton_optional | children | [{name: "c1"}] | childUpdate  | c1  | parent | p2     | 1       | 1     | [{"name": "c1", "parent": {"name": "p2"}}, {"name": "c2", "parent": null}] |

  @id:8base-reconnect-006 @behaviour:errors
  Scenario Outline: A reconnect naming an unknown child is an EntityNotFoundError; nothing changes (<relation>)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", children: {create: [{name: "c1"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {reconnect: [{id: "cjld2cjxh0000qzrmn831i7rn"}]}}) { id }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { parent(name: "p1") { children { items { name } } } }
      """
    Then the result should be:
      """
      {"parent": {"children": {"items": [{"name": "c1"}]}}}
      """

    Examples:
      | relation | schema                  |
      | PM-C1    | relation_1ton_optional  |
      | PM-C1!   | relation_1ton_mandatory |
      | PM-CM    | relation_mton           |

  @id:8base-reconnect-007 @behaviour:reconnect
  Scenario: childUpdate reconnect on a many-to-many replaces the child's parents
    c1 has parents [p1, p2]; reconnect [p3] leaves it with p3 only.
    Given the data model "relation_mton"
    And an empty database
    And having executed:
      """
      mutation {
        c1: childCreate(data: {name: "c1", parents: {create: [{name: "p1"}, {name: "p2"}]}}) { id }
        p3: parentCreate(data: {name: "p3"}) { id }
      }
      """
    When executing:
      """
      mutation {
        childUpdate(filter: {name: "c1"}, data: {parents: {reconnect: [{name: "p3"}]}}) { parents { count items { name } } }
      }
      """
    Then the result should be:
      """
      {"childUpdate": {"parents": {"count": 1, "items": [{"name": "p3"}]}}}
      """
    And the side effects should be:
      | -links ChildToParent | 2 |
      | +links ChildToParent | 1 |

  @id:8base-reconnect-008 @behaviour:errors @relation:P1-C1!
  Scenario: A to-one reconnect replacing a child whose parent is mandatory is a ValidationError (P1-C1!)
    As a to-one connect (8base-cupdate-003): c1 would be left without its mandatory parent
    (RequiredRelationViolation); c2 stays with p2, c1 with p1.
    Given the data model "relation_1to1_mandatory"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", child: {create: {name: "c1"}}}) { id }
        p2: parentCreate(data: {name: "p2", child: {create: {name: "c2"}}}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {child: {reconnect: {name: "c2"}}}) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And no side effects
    When executing control query:
      """
      { childrenList { items { name parent { name } } } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": [{"name": "c1", "parent": {"name": "p1"}}, {"name": "c2", "parent": {"name": "p2"}}]}}
      """

  @id:8base-reconnect-009 @behaviour:reconnect @relation:PM-C1!
  Scenario: A reconnect replaces the visible set only; a soft-deleted post keeps its mandatory author
    Huxley holds "Awesome Possum" (soft-deleted) and "Can't stop the Possum"; reconnect [Can't stop
    the Possum] names the whole visible set, so nothing is dropped and no mandatory relation is
    broken: the hidden post keeps Huxley (withDeleted shows it). The reference's reading: hidden
    records are outside the set a reconnect replaces.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
      }
      """
    And having executed:
      """
      mutation { postDelete(filter: {title: "Awesome Possum"}) { success } }
      """
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {posts: {reconnect: [{title: "Can't stop the Possum"}]}}) {
          posts { count items { title } }
        }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"posts": {"count": 1, "items": [{"title": "Can't stop the Possum"}]}}}
      """
    And no side effects
    When executing control query:
      """
      { postsList(withDeleted: true) { items { title author { name } } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "Awesome Possum", "author": {"name": "Huxley"}}, {"title": "Can't stop the Possum", "author": {"name": "Huxley"}}]}}
      """
