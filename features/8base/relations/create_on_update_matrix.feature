Feature: 8base relation matrix: nested create inside xUpdate
  dialects.md §2.3 over the relation kinds of fixtures relation_* (see connect_on_create_matrix.feature).
  A nested `create` inside xUpdate adds a new record to a to-many field ("appends", dialects.md §4)
  and, on a to-one field, replaces the partner as a connect of the new record would: the old partner
  is left without this record, which is a ValidationError (RequiredRelationViolation) when its own
  side is mandatory. Nothing changes on error.

  @id:8base-cou-001 @behaviour:nested-create
  Scenario Outline: parentUpdate with a nested create adds a child, or replaces the to-one child (<relation>)
    p1 holds c1. To-many kinds: c2 joins c1. P1-C1: c2 replaces c1, which is left without a parent.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {<pf>: {create: <c2>}}) { <pf> <sel> }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"<pf>": <p1_after>}}
      """
    And the side effects should be:
      | +nodes Child         | 1         |
      | +links ChildToParent | 1         |
      | -links ChildToParent | <removed> |
    When executing control query:
      """
      { child(name: "c1") { <cf> <psel> } }
      """
    Then the result should be:
      """
      {"child": {"<cf>": <c1_after>}}
      """

    Examples:
      | relation | schema                  | pf       | cf      | c1             | c2             | sel                      | psel                     | p1_after                                                | removed | c1_after                                |
      | P1-C1    | relation_1to1_optional  | child    | parent  | {name: "c1"}   | {name: "c2"}   | { name }                 | { name }                 | {"name": "c2"}                                          | 1       | null                                    |
      | PM-C1    | relation_1ton_optional  | children | parent  | [{name: "c1"}] | [{name: "c2"}] | { count items { name } } | { name }                 | {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]} | 0       | {"name": "p1"}                          |
      | PM-C1!   | relation_1ton_mandatory | children | parent  | [{name: "c1"}] | [{name: "c2"}] | { count items { name } } | { name }                 | {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]} | 0       | {"name": "p1"}                          |
      | PM-CM    | relation_mton           | children | parents | [{name: "c1"}] | [{name: "c2"}] | { count items { name } } | { count items { name } } | {"count": 2, "items": [{"name": "c1"}, {"name": "c2"}]} | 0       | {"count": 1, "items": [{"name": "p1"}]} |

  @id:8base-cou-002 @behaviour:errors @relation:P1-C1!
  Scenario: parentUpdate creating a new child in place of one whose parent is mandatory is a ValidationError
    P1-C1!: c2 would replace c1, leaving c1 without its mandatory parent (RequiredRelationViolation);
    c2 is not created.
    Given the data model "relation_1to1_mandatory"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", child: {create: {name: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {child: {create: {name: "c2"}}}) { id }
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
      {"childrenList": {"items": [{"name": "c1", "parent": {"name": "p1"}}]}}
      """

  @id:8base-cou-003 @behaviour:nested-create
  Scenario Outline: childUpdate with a nested parent create moves the child to the new parent (<relation>)
    c1 belongs to p1. To-one parent field: c1 moves to the new p2 (p1's field is optional or a list,
    so the mandatory kinds allow it). PM-CM: p2 joins p1.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        childUpdate(filter: {name: "c1"}, data: {<cf>: {create: <p2>}}) { <cf> <psel> }
      }
      """
    Then the result should be:
      """
      {"childUpdate": {"<cf>": <c1_after>}}
      """
    And the side effects should be:
      | +nodes Parent        | 1         |
      | +links ChildToParent | 1         |
      | -links ChildToParent | <removed> |
    When executing control query:
      """
      { parent(name: "p1") { <pf> <sel> } }
      """
    Then the result should be:
      """
      {"parent": {"<pf>": <p1_after>}}
      """

    Examples:
      | relation | schema                  | pf       | cf      | c1             | p2             | sel                      | psel                     | c1_after                                                | removed | p1_after                                |
      | P1-C1    | relation_1to1_optional  | child    | parent  | {name: "c1"}   | {name: "p2"}   | { name }                 | { name }                 | {"name": "p2"}                                          | 1       | null                                    |
      | P1-C1!   | relation_1to1_mandatory | child    | parent  | {name: "c1"}   | {name: "p2"}   | { name }                 | { name }                 | {"name": "p2"}                                          | 1       | null                                    |
      | PM-C1    | relation_1ton_optional  | children | parent  | [{name: "c1"}] | {name: "p2"}   | { count items { name } } | { name }                 | {"name": "p2"}                                          | 1       | {"count": 0, "items": []}               |
      | PM-C1!   | relation_1ton_mandatory | children | parent  | [{name: "c1"}] | {name: "p2"}   | { count items { name } } | { name }                 | {"name": "p2"}                                          | 1       | {"count": 0, "items": []}               |
      | PM-CM    | relation_mton           | children | parents | [{name: "c1"}] | [{name: "p2"}] | { count items { name } } | { count items { name } } | {"count": 2, "items": [{"name": "p1"}, {"name": "p2"}]} | 0       | {"count": 1, "items": [{"name": "c1"}]} |

  @id:8base-cou-004 @behaviour:nested-create
  Scenario: postUpdate with a nested author create replaces the author; the old author keeps existing
    The blog's optional Post.author: Stevens is created and takes the post from Huxley.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Awesome Possum"}, data: {author: {create: {name: "Stevens"}}}) { author { name } }
      }
      """
    Then the result should be:
      """
      {"postUpdate": {"author": {"name": "Stevens"}}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
    When executing control query:
      """
      { author(name: "Huxley") { posts { count } } }
      """
    Then the result should be:
      """
      {"author": {"posts": {"count": 0}}}
      """

  @id:8base-cou-005 @behaviour:errors
  Scenario: A nested create whose unique title is taken undoes the whole update
    Post.title is unique; the author's bio change and the first new post are undone with it.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {bio: "new", posts: {create: [{title: "Fresh"}, {title: "Awesome Possum"}]}}) { id }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And no side effects
    When executing control query:
      """
      { author(name: "Huxley") { bio posts { items { title } } } postsList { count } }
      """
    Then the result should be:
      """
      {"author": {"bio": null, "posts": {"items": [{"title": "Awesome Possum"}]}}, "postsList": {"count": 1}}
      """
