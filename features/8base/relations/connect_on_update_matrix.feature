Feature: 8base relation matrix: connect inside xUpdate
  dialects.md §2.3 over the relation kinds of fixtures relation_* (see connect_on_create_matrix.feature).
  `connect` on a to-many field adds to the set ("in addition to already connected objects", seed 000
  L11); on a to-one field it replaces the partner, whose back-field is emptied; a one-to-many child
  leaves its old parent. A connect that would leave a record without its mandatory partner is a
  ValidationError (RequiredRelationViolation), an unknown record an EntityNotFoundError
  (ReferencedNodeNotFound); either way nothing changes, scalar changes of the same mutation included.

  @id:8base-cupdate-001 @behaviour:connect @catalogue:E-52
  Scenario: authorUpdate connect adds existing posts to the author's posts
    §5.52 and PB-02: Huxley keeps "Awesome Possum" and gains the two free posts.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
        a: postCreate(data: {title: "Pt.2 of the Possum Trilogy"}) { id }
        b: postCreate(data: {title: "Can't stop the Possum"}) { id }
      }
      """
    And saving "data.a.id" as "pt2"
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {posts: {connect: [{id: "{{pt2}}"}, {title: "Can't stop the Possum"}]}}) {
          posts { count items { title } }
        }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"posts": {"count": 3, "items": [{"title": "Awesome Possum"}, {"title": "Pt.2 of the Possum Trilogy"}, {"title": "Can't stop the Possum"}]}}}
      """
    And the side effects should be:
      | +links AuthorPosts | 2 |

  @id:8base-cupdate-002 @behaviour:connect
  Scenario Outline: parentUpdate connects p2's child (<relation>)
    p1 holds c1, p2 holds c2; parentUpdate(p1) connects c2. P1-C1: c2 replaces c1 (c1 is left
    without a parent) and leaves p2 (one link less). PM-C1 and PM-C1!: c2 joins c1 and leaves p2
    (c2 keeps a parent, so the mandatory kind allows it). PM-CM: c2 joins c1 and keeps p2.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id }
        p2: parentCreate(data: {name: "p2", <pf>: {create: <c2>}}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {<pf>: {connect: <key>}}) { <pf> <sel> }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"<pf>": <p1_after>}}
      """
    And the side effects should be:
      | -links ChildToParent | <removed> |
      | +links ChildToParent | <added>   |
    When executing control query:
      """
      { childrenList { items { name <cf> <psel> } } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": <children>}}
      """

    Examples:
      | relation | schema                  | pf       | cf      | c1             | c2             | key            | sel                      | psel                     | p1_after                                                | removed | added | children |
      | P1-C1    | relation_1to1_optional  | child    | parent  | {name: "c1"}   | {name: "c2"}   | {name: "c2"}   | { name }                 | { name }                 | {"name": "c2"}                                          | 1       | 0     | [{"name": "c1", "parent": null}, {"name": "c2", "parent": {"name": "p1"}}] |
      | PM-C1    | relation_1ton_optional  | children | parent  | [{name: "c1"}] | [{name: "c2"}] | [{name: "c2"}] | { count items { name } } | { name }                 | {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]} | 0       | 0     | [{"name": "c1", "parent": {"name": "p1"}}, {"name": "c2", "parent": {"name": "p1"}}] |
      | PM-C1!   | relation_1ton_mandatory | children | parent  | [{name: "c1"}] | [{name: "c2"}] | [{name: "c2"}] | { count items { name } } | { name }                 | {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]} | 0       | 0     | [{"name": "c1", "parent": {"name": "p1"}}, {"name": "c2", "parent": {"name": "p1"}}] |
      | PM-CM    | relation_mton           | children | parents | [{name: "c1"}] | [{name: "c2"}] | [{name: "c2"}] | { count items { name } } | { count items { name } } | {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]} | 0       | 1     | [{"name": "c1", "parents": {"count": 1, "items": [{"name": "p1"}]}}, {"name": "c2", "parents": {"count": 2, "items": [{"name": "p1"}, {"name": "p2"}]}}] |

  @id:8base-cupdate-003 @behaviour:errors @relation:P1-C1!
  Scenario: parentUpdate connecting another child when the current one's parent is mandatory is a ValidationError
    P1-C1!: replacing c1 would leave c1 without its mandatory parent (RequiredRelationViolation).
    The name change of the same mutation is undone too.
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
        parentUpdate(filter: {name: "p1"}, data: {name: "p1-renamed", child: {connect: {name: "c2"}}}) { id }
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

  @id:8base-cupdate-004 @behaviour:connect
  Scenario Outline: childUpdate connects the child to p2 from the child's side (<relation>)
    p1 holds c1, p2 holds c2; childUpdate(c1) connects p2. P1-C1: c1 replaces c2 under p2 (c2 is
    left without a parent) and p1 loses c1 (one link less). PM-C1 and PM-C1!: c1 moves to p2.
    PM-CM: c1 gains p2 and keeps p1.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id }
        p2: parentCreate(data: {name: "p2", <pf>: {create: <c2>}}) { id }
      }
      """
    When executing:
      """
      mutation {
        childUpdate(filter: {name: "c1"}, data: {<cf>: {connect: <key>}}) { <cf> <psel> }
      }
      """
    Then the result should be:
      """
      {"childUpdate": {"<cf>": <c1_after>}}
      """
    And the side effects should be:
      | -links ChildToParent | <removed> |
      | +links ChildToParent | <added>   |
    When executing control query:
      """
      { parentsList { items { name <pf> <sel> } } }
      """
    Then the result should be:
      """
      {"parentsList": {"items": <parents>}}
      """

    Examples:
      | relation | schema                  | pf       | cf      | c1             | c2             | key            | sel                      | psel                     | c1_after                                                | removed | added | parents |
      | P1-C1    | relation_1to1_optional  | child    | parent  | {name: "c1"}   | {name: "c2"}   | {name: "p2"}   | { name }                 | { name }                 | {"name": "p2"}                                          | 1       | 0     | [{"name": "p1", "child": null}, {"name": "p2", "child": {"name": "c1"}}] |
      | PM-C1    | relation_1ton_optional  | children | parent  | [{name: "c1"}] | [{name: "c2"}] | {name: "p2"}   | { count items { name } } | { name }                 | {"name": "p2"}                                          | 0       | 0     | [{"name": "p1", "children": {"count": 0, "items": []}}, {"name": "p2", "children": {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]}}] |
      | PM-C1!   | relation_1ton_mandatory | children | parent  | [{name: "c1"}] | [{name: "c2"}] | {name: "p2"}   | { count items { name } } | { name }                 | {"name": "p2"}                                          | 0       | 0     | [{"name": "p1", "children": {"count": 0, "items": []}}, {"name": "p2", "children": {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]}}] |
      | PM-CM    | relation_mton           | children | parents | [{name: "c1"}] | [{name: "c2"}] | [{name: "p2"}] | { count items { name } } | { count items { name } } | {"count": 2, "items": [{"name": "p1"}, {"name": "p2"}]} | 0       | 1     | [{"name": "p1", "children": {"count": 1, "items": [{"name": "c1"}]}}, {"name": "p2", "children": {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]}}] |

  @id:8base-cupdate-005 @behaviour:errors @relation:P1-C1!
  Scenario: childUpdate taking a parent whose child has a mandatory parent is a ValidationError
    P1-C1!: c1 taking p2 would leave c2 without its mandatory parent.
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
        childUpdate(filter: {name: "c1"}, data: {parent: {connect: {name: "p2"}}}) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And no side effects
    When executing control query:
      """
      { parentsList { items { name child { name } } } }
      """
    Then the result should be:
      """
      {"parentsList": {"items": [{"name": "p1", "child": {"name": "c1"}}, {"name": "p2", "child": {"name": "c2"}}]}}
      """

  @id:8base-cupdate-006 @behaviour:connect
  Scenario Outline: Connecting the current partner again changes nothing (<relation>)
    The set is a set: connecting a child already linked adds no second link.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {<pf>: {connect: <key>}}) { <pf> <sel> }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"<pf>": <p1_after>}}
      """
    And no side effects

    Examples:
      | relation | schema                  | pf       | c1             | key            | sel                      | p1_after                                |
      | P1-C1    | relation_1to1_optional  | child    | {name: "c1"}   | {name: "c1"}   | { name }                 | {"name": "c1"}                          |
      | P1-C1!   | relation_1to1_mandatory | child    | {name: "c1"}   | {name: "c1"}   | { name }                 | {"name": "c1"}                          |
      | PM-C1    | relation_1ton_optional  | children | [{name: "c1"}] | [{name: "c1"}] | { count items { name } } | {"count": 1, "items": [{"name": "c1"}]} |
      | PM-C1!   | relation_1ton_mandatory | children | [{name: "c1"}] | [{name: "c1"}] | { count items { name } } | {"count": 1, "items": [{"name": "c1"}]} |
      | PM-CM    | relation_mton           | children | [{name: "c1"}] | [{name: "c1"}] | { count items { name } } | {"count": 1, "items": [{"name": "c1"}]} |

  @id:8base-cupdate-007 @behaviour:errors @catalogue:E-63
  Scenario: postUpdate connecting an unknown author id is an EntityNotFoundError; nothing changes
    §5.63: `connect: {id: "unknown"}` is a not-found error; the body change of the same mutation is
    not kept and the post keeps its author.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum", body: "old"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Awesome Possum"}, data: {body: "new", author: {connect: {id: "cjld2cjxh0000qzrmn831i7rn"}}}) { id }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { post(title: "Awesome Possum") { body author { name } } }
      """
    Then the result should be:
      """
      {"post": {"body": "old", "author": {"name": "Huxley"}}}
      """

  @id:8base-cupdate-008 @behaviour:errors
  Scenario Outline: parentUpdate connecting a known and an unknown child changes nothing (<relation>)
    The known child is not linked either: the whole mutation is undone.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1"}) { id }
        c1: childCreate(data: {name: "c1"}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {connect: [{name: "c1"}, {name: "nobody"}]}}) { id }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { parent(name: "p1") { children { count } } }
      """
    Then the result should be:
      """
      {"parent": {"children": {"count": 0}}}
      """

    Examples:
      | relation | schema                 |
      | PM-C1    | relation_1ton_optional |
      | PM-CM    | relation_mton          |

  @id:8base-cupdate-009 @behaviour:connect
  Scenario: postUpdate connects an author to a post that has none
    The to-one connect on an empty optional field links it.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley"}) { id }
        post: postCreate(data: {title: "Awesome Possum"}) { id }
      }
      """
    And saving "data.huxley.id" as "huxley"
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Awesome Possum"}, data: {author: {connect: {id: "{{huxley}}"}}}) { author { name } }
      }
      """
    Then the result should be:
      """
      {"postUpdate": {"author": {"name": "Huxley"}}}
      """
    And the side effects should be:
      | +links AuthorPosts | 1 |

  @id:8base-cupdate-010 @behaviour:connect
  Scenario Outline: A record named twice in one <op> list counts once (<relation>)
    A list of key filters names a set of records: naming c1 twice is naming c1. p1 holds c1 (for
    reconnect and disconnect) or nothing (for connect); the outcome is the same as with c1 named
    once.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", children: {create: [{name: "c0"}]}}) { id }
        c1: childCreate(data: {name: "c1"}) { id }
      }
      """
    And having executed:
      """
      mutation { parentUpdate(filter: {name: "p1"}, data: {children: {connect: [{name: "c1"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {<op>: [{name: "c1"}, {name: "c1"}]}}) { children { count items { name } } }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"children": <after>}}
      """
    And the side effects should be:
      | -links ChildToParent | <removed> |

    Examples:
      | op         | relation | schema                 | after                                                    | removed |
      | connect    | PM-CM    | relation_mton          | {"count": 2, "items": [{"name": "c0"}, {"name": "c1"}]}  | 0       |
      | reconnect  | PM-CM    | relation_mton          | {"count": 1, "items": [{"name": "c1"}]}                  | 1       |
      | disconnect | PM-CM    | relation_mton          | {"count": 1, "items": [{"name": "c0"}]}                  | 1       |
