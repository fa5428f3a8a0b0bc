Feature: 8base relation matrix: disconnect inside xUpdate
  dialects.md §2.3 over the relation kinds of fixtures relation_* (see connect_on_create_matrix.feature).
  `disconnect` (update only) takes a list of key filters on a to-many field and one key filter
  object (not `true`) on a to-one field; both records survive. "If the relationship is mandatory,
  an error will be raised" (seed 000 L165): a disconnect leaving a record without its mandatory
  partner is a ValidationError (RequiredRelationViolation), from either side. Disconnecting a
  record that is not linked is an EntityNotFoundError (NodesNotConnected). Nothing changes on error.

  @id:8base-disconnect-001 @behaviour:disconnect
  Scenario Outline: parentUpdate disconnects one child; the other stays (<relation>)
    p1 holds [c1, c2]; disconnect [c1]: c1 survives without p1.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", children: {create: [{name: "c1"}, {name: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {disconnect: [{name: "c1"}]}}) { children { count items { name } } }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"children": {"count": 1, "items": [{"name": "c2"}]}}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { child(name: "c1") { name <cf> <psel> } }
      """
    Then the result should be:
      """
      {"child": {"name": "c1", "<cf>": <none>}}
      """

    Examples:
      | relation | schema                 | cf      | psel                     | none                      |
      | PM-C1    | relation_1ton_optional | parent  | { name }                 | null                      |
      | PM-CM    | relation_mton          | parents | { count items { name } } | {"count": 0, "items": []} |

  @id:8base-disconnect-002 @behaviour:errors @relation:PM-C1! @catalogue:E-54
  Scenario Outline: Disconnecting a post whose author is mandatory is a ValidationError (<side>)
    §5.54 and seed 000 L165 on fixture blog_author_post_mandatory_author, from the author's list and
    from the post's own to-one. The post keeps its author; the bio/body change is undone too.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", bio: "old", posts: {create: [{title: "Awesome Possum", body: "old"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        <mutation>(filter: <filter>, data: {<data>}) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And no side effects
    When executing control query:
      """
      { author(name: "Huxley") { bio posts { items { title body author { name } } } } }
      """
    Then the result should be:
      """
      {"author": {"bio": "old", "posts": {"items": [{"title": "Awesome Possum", "body": "old", "author": {"name": "Huxley"}}]}}}
      """

    Examples:
      | side        | mutation     | filter                     | data                                                               |
      | author-side | authorUpdate | {name: "Huxley"}           | bio: "new", posts: {disconnect: [{title: "Awesome Possum"}]}       |
      | post-side   | postUpdate   | {title: "Awesome Possum"}  | body: "new", author: {disconnect: {name: "Huxley"}}                |

  @id:8base-disconnect-003 @behaviour:disconnect
  Scenario Outline: disconnect on a to-one field unlinks the partner (<relation>, <side>)
    The to-one disconnect takes the partner's key filter as an object.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        <mutation>(filter: {name: "<who>"}, data: {<field>: {disconnect: {name: "<partner>"}}}) { name <field> { name } }
      }
      """
    Then the result should be:
      """
      {"<mutation>": {"name": "<who>", "<field>": null}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |
    When executing control query:
      """
      { childrenList { count items { name } } parentsList { count } }
      """
    Then the result should be:
      """
      {"childrenList": {"count": 1, "items": [{"name": "c1"}]}, "parentsList": {"count": 1}}
      """

    Examples:
      | side        | relation | schema                 | pf       | c1             | mutation     | who | field  | partner |
      | parent-side | P1-C1    | relation_1to1_optional | child    | {name: "c1"}   | parentUpdate | p1  | child  | c1      |
      | child-side  | P1-C1    | relation_1to1_optional | child    | {name: "c1"}   | childUpdate  | c1  | parent | p1      |
      | many-side   | PM-C1    | relation_1ton_optional | children | [{name: "c1"}] | childUpdate  | c1  | parent | p1      |

  @id:8base-disconnect-004 @behaviour:errors
  Scenario Outline: Disconnecting a mandatory relation is a ValidationError; the link stays (<relation>, <side>)
    P1-C1! and PM-C1!: the child's parent is mandatory, whichever side the disconnect comes from.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        <mutation>(filter: {name: "<who>"}, data: {<field>: {disconnect: <key>}}) { id }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And no side effects
    When executing control query:
      """
      { child(name: "c1") { parent { name } } }
      """
    Then the result should be:
      """
      {"child": {"parent": {"name": "p1"}}}
      """

    Examples:
      | side           | relation | schema                  | pf       | c1             | mutation     | who | field    | key            |
      | 1to1-parent    | P1-C1!   | relation_1to1_mandatory | child    | {name: "c1"}   | parentUpdate | p1  | child    | {name: "c1"}   |
      | 1to1-child     | P1-C1!   | relation_1to1_mandatory | child    | {name: "c1"}   | childUpdate  | c1  | parent   | {name: "p1"}   |
      | 1ton-parent    | PM-C1!   | relation_1ton_mandatory | children | [{name: "c1"}] | parentUpdate | p1  | children | [{name: "c1"}] |
      | 1ton-child     | PM-C1!   | relation_1ton_mandatory | children | [{name: "c1"}] | childUpdate  | c1  | parent   | {name: "p1"}   |

  @id:8base-disconnect-005 @behaviour:disconnect @relation:PM-CM
  Scenario: childUpdate disconnects one of its parents on a many-to-many
    Given the data model "relation_mton"
    And an empty database
    And having executed:
      """
      mutation { childCreate(data: {name: "c1", parents: {create: [{name: "p1"}, {name: "p2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        childUpdate(filter: {name: "c1"}, data: {parents: {disconnect: [{name: "p1"}]}}) { parents { count items { name } } }
      }
      """
    Then the result should be:
      """
      {"childUpdate": {"parents": {"count": 1, "items": [{"name": "p2"}]}}}
      """
    And the side effects should be:
      | -links ChildToParent | 1 |

  @id:8base-disconnect-006 @behaviour:errors
  Scenario Outline: Disconnecting a child that is not linked is an EntityNotFoundError (<relation>)
    c2 exists but is not p1's child (it is free, or p2's). Nothing changes.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", children: {create: [{name: "c1"}]}}) { id }
        p2: parentCreate(data: {name: "p2", children: {create: [{name: "c2"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {disconnect: [{name: "c1"}, {name: "c2"}]}}) { id }
      }
      """
    Then an error "NodesNotConnected" should be raised
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
      | relation | schema                 |
      | PM-C1    | relation_1ton_optional |
      | PM-CM    | relation_mton          |

  @id:8base-disconnect-007 @behaviour:disconnect @catalogue:E-56
  Scenario: postUpdate with a to-one author disconnect leaves author null
    §5.56: `postUpdate(data: {author: {disconnect: {id}}})`; the author survives without the post.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
      }
      """
    And saving "data.authorCreate.id" as "huxley"
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Awesome Possum"}, data: {author: {disconnect: {id: "{{huxley}}"}}}) {
          title
          author { name }
        }
      }
      """
    Then the result should be:
      """
      {"postUpdate": {"title": "Awesome Possum", "author": null}}
      """
    And the side effects should be:
      | -links AuthorPosts | 1 |
    When executing control query:
      """
      { author(id: "{{huxley}}") { name posts { count } } }
      """
    Then the result should be:
      """
      {"author": {"name": "Huxley", "posts": {"count": 0}}}
      """

  @id:8base-disconnect-008 @behaviour:disconnect
  Scenario Outline: disconnect runs before connect and create in one relation input (<relation>)
    dialects.md §2.3 recommends the order disconnect, reconnect, connect, create, update; here one
    relation input disconnects c1, connects the free c3 and creates c4.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", children: {create: [{name: "c1"}, {name: "c2"}]}}) { id }
        c3: childCreate(data: {name: "c3"}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {
          disconnect: [{name: "c1"}]
          connect: [{name: "c3"}]
          create: [{name: "c4"}]
        }}) { children { count items { name } } }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"children": {"count": 3, "items": [{"name": "c2"}, {"name": "c3"}, {"name": "c4"}]}}}
      """
    And the side effects should be:
      | +nodes Child         | 1 |
      | +links ChildToParent | 2 |
      | -links ChildToParent | 1 |

    Examples:
      | relation | schema                 |
      | PM-C1    | relation_1ton_optional |
      | PM-CM    | relation_mton          |

  @id:8base-disconnect-009 @behaviour:disconnect
  Scenario Outline: Disconnecting a child and connecting it again in one input leaves it linked (<relation>)
    The disconnect runs first, the connect after it: c1 ends linked, as before.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", children: {create: [{name: "c1"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {disconnect: [{name: "c1"}], connect: [{name: "c1"}]}}) {
          children { count items { name } }
        }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"children": {"count": 1, "items": [{"name": "c1"}]}}}
      """
    And no side effects

    Examples:
      | relation | schema                 |
      | PM-C1    | relation_1ton_optional |
      | PM-CM    | relation_mton          |

  @id:8base-disconnect-010 @behaviour:errors
  Scenario Outline: A to-one disconnect naming a record that is not the partner is an EntityNotFoundError (<case>)
    The post's author is Huxley (or nobody); disconnecting Stevens names an existing author that is
    not linked (NodesNotConnected), disconnecting "Nobody" an unknown one (ReferencedNodeNotFound).
    Both codes are EntityNotFoundError. Nothing changes.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
        stevens: authorCreate(data: {name: "Stevens"}) { id }
        free: postCreate(data: {title: "Free"}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "<post>"}, data: {body: "new", author: {disconnect: {name: "<author>"}}}) { id }
      }
      """
    Then an error "<error>" should be raised
    And no side effects
    When executing control query:
      """
      { postsList { items { title body author { name } } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "Awesome Possum", "body": null, "author": {"name": "Huxley"}}, {"title": "Free", "body": null, "author": null}]}}
      """

    Examples:
      | case           | post           | author  | error                  |
      | other-author   | Awesome Possum | Stevens | NodesNotConnected      |
      | unknown-author | Awesome Possum | Nobody  | ReferencedNodeNotFound |
      | no-author      | Free           | Huxley  | NodesNotConnected      |

  @id:8base-disconnect-011 @behaviour:errors @relation:PM-C1!
  Scenario: Disconnecting another parent's child on a mandatory relation: the mandatory check wins
    PM-C1!: c2 is p2's child, not p1's; disconnecting it from p1 is both "not linked" and
    "mandatory". The reference answers the mandatory violation (RequiredRelationViolation, code
    ValidationError), as Prisma 1 checks requiredness before existence. Nothing changes.
    Given the data model "relation_1ton_mandatory"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", children: {create: [{name: "c1"}]}}) { id }
        p2: parentCreate(data: {name: "p2", children: {create: [{name: "c2"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {children: {disconnect: [{name: "c2"}]}}) { id }
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
