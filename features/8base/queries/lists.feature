Feature: 8base queries: list responses, count versus page, sort and nested list arguments
  dialects.md §2.2 and §5 items 49, 64: `authorsList(filter, sort, first, last, skip)` and every
  to-many relation field answer `{count, items}`. `count` is the number of records the filter
  matches, not the size of the page `first`/`last`/`skip` cut out of them; the default order is
  creation order; `sort` takes `{field: ASC|DESC}`.

  Background:
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", posts: {create: [{title: "Can't stop the Possum"}, {title: "Awesome Possum"}, {title: "Pt.2 of the Possum Trilogy"}]}}) { id }
        stevens: authorCreate(data: {name: "Stevens"}) { id }
        orwell: authorCreate(data: {name: "Orwell"}) { id }
      }
      """

  @id:8base-list-001 @behaviour:query @catalogue:E-49
  Scenario Outline: authorsList count counts every matching record; <paging> limits only the items
    §5.49: with three authors, `count` stays 3 whatever page is asked for.
    When executing:
      """
      { authorsList(<args>) { count items { name } } }
      """
    Then the result should be, in order:
      """
      {"authorsList": {"count": 3, "items": <items>}}
      """

    Examples:
      | paging     | args              | items                                                |
      | first-1    | first: 1          | [{"name": "Huxley"}]                                 |
      | last-1     | last: 1           | [{"name": "Orwell"}]                                 |
      | skip-1     | skip: 1           | [{"name": "Stevens"}, {"name": "Orwell"}]            |
      | skip-first | skip: 1, first: 1 | [{"name": "Stevens"}]                                |
      | first-0    | first: 0          | []                                                   |
      | skip-all   | skip: 5           | []                                                   |

  @id:8base-list-002 @behaviour:query
  Scenario: authorsList with a filter counts the matches, not all records
    A filter narrows `count` too; `first` still cuts only the items.
    When executing:
      """
      { authorsList(filter: {name: {not_equals: "Huxley"}}, first: 1) { count items { name } } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 2, "items": [{"name": "Stevens"}]}}
      """

  @id:8base-list-003 @behaviour:ordering
  Scenario: authorsList sorted by name descending
    When executing:
      """
      { authorsList(sort: {name: DESC}) { items { name } } }
      """
    Then the result should be, in order:
      """
      {"authorsList": {"items": [{"name": "Stevens"}, {"name": "Orwell"}, {"name": "Huxley"}]}}
      """

  @id:8base-list-004 @behaviour:query @catalogue:E-64
  Scenario: A nested to-many takes first and sort; its count ignores first
    §5.64: `author { posts(first: 1, sort: {title: ASC}) { count items { title } } }`: the first
    post by title, and the count of all three posts.
    When executing:
      """
      {
        author(name: "Huxley") {
          posts(first: 1, sort: {title: ASC}) {
            count
            items { title }
          }
        }
      }
      """
    Then the result should be:
      """
      {"author": {"posts": {"count": 3, "items": [{"title": "Awesome Possum"}]}}}
      """

  @id:8base-list-005 @behaviour:query
  Scenario Outline: A nested to-many with <case>
    The nested list takes the same arguments as the top-level list; default order is creation order.
    When executing:
      """
      { author(name: "Huxley") { posts<args> { count items { title } } } }
      """
    Then the result should be, in order:
      """
      {"author": {"posts": {"count": <count>, "items": <items>}}}
      """

    Examples:
      | case         | args                                                | count | items                                                                                                      |
      | no-args      |                                                     | 3     | [{"title": "Can't stop the Possum"}, {"title": "Awesome Possum"}, {"title": "Pt.2 of the Possum Trilogy"}] |
      | last-2       | (last: 2)                                           | 3     | [{"title": "Awesome Possum"}, {"title": "Pt.2 of the Possum Trilogy"}]                                     |
      | sort-desc    | (sort: {title: DESC}, skip: 1)                      | 3     | [{"title": "Can't stop the Possum"}, {"title": "Awesome Possum"}]                                          |
      | filter-first | (filter: {title: {contains: "Possum"}}, first: 1)   | 3     | [{"title": "Can't stop the Possum"}]                                                                       |
      | filter-count | (filter: {title: {starts_with: "Pt."}})             | 1     | [{"title": "Pt.2 of the Possum Trilogy"}]                                                                  |

  @id:8base-list-006 @behaviour:filters
  Scenario: A relation filter with some selects the authors having a matching post
    When executing:
      """
      { authorsList(filter: {posts: {some: {title: {starts_with: "Pt."}}}}) { count items { name } } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 1, "items": [{"name": "Huxley"}]}}
      """

  @id:8base-list-007 @behaviour:query
  Scenario: A single-record query by an unknown unique value answers null
    When executing:
      """
      { author(name: "Nobody") { id } }
      """
    Then the result should be:
      """
      {"author": null}
      """

  @id:8base-list-008 @behaviour:filters
  Scenario Outline: authorsList filter with <predicate>
    The predicates of dialects.md §2.2 and the contract (equals, not_equals, in, not_in, contains,
    starts_with, ends_with, is_empty, AND, OR; relation filters some, every, none). Huxley has bio
    "Possum fan" and three posts, Stevens no bio and no posts, Orwell bio "Wombat fan" and no posts.
    Given having executed:
      """
      mutation {
        a: authorUpdate(filter: {name: "Huxley"}, data: {bio: "Possum fan"}) { id }
        b: authorUpdate(filter: {name: "Orwell"}, data: {bio: "Wombat fan"}) { id }
      }
      """
    When executing:
      """
      { authorsList(filter: <filter>, sort: {name: ASC}) { count items { name } } }
      """
    Then the result should be, in order:
      """
      {"authorsList": {"count": <count>, "items": <items>}}
      """

    Examples:
      | predicate   | filter                                                                  | count | items                                     |
      | equals      | {name: {equals: "Stevens"}}                                             | 1     | [{"name": "Stevens"}]                     |
      | in          | {name: {in: ["Orwell", "Huxley", "Nobody"]}}                            | 2     | [{"name": "Huxley"}, {"name": "Orwell"}]  |
      | not_in      | {name: {not_in: ["Orwell", "Huxley"]}}                                  | 1     | [{"name": "Stevens"}]                     |
      | ends_with   | {bio: {ends_with: "fan"}}                                               | 2     | [{"name": "Huxley"}, {"name": "Orwell"}]  |
      | is_empty    | {bio: {is_empty: true}}                                                 | 1     | [{"name": "Stevens"}]                     |
      | AND         | {AND: [{bio: {contains: "fan"}}, {name: {starts_with: "O"}}]}           | 1     | [{"name": "Orwell"}]                      |
      | OR          | {OR: [{name: {equals: "Stevens"}}, {bio: {starts_with: "Possum"}}]}     | 2     | [{"name": "Huxley"}, {"name": "Stevens"}] |
      | every       | {posts: {every: {title: {contains: "Possum"}}}}                         | 3     | [{"name": "Huxley"}, {"name": "Orwell"}, {"name": "Stevens"}] |
      | none        | {posts: {none: {title: {starts_with: "Pt."}}}}                          | 2     | [{"name": "Orwell"}, {"name": "Stevens"}] |

  @id:8base-list-009 @behaviour:filters
  Scenario: postsList filtered through the to-one author
    A to-one relation field filters by the related record's fields.
    When executing:
      """
      { postsList(filter: {author: {name: {equals: "Huxley"}}}, first: 1) { count items { title } } }
      """
    Then the result should be:
      """
      {"postsList": {"count": 3, "items": [{"title": "Can't stop the Possum"}]}}
      """

  @id:8base-list-010 @behaviour:ordering
  Scenario: sort takes several keys, applied in order
    Two authors share bio "fan"; the second key (name DESC) orders them; the author without bio
    sorts first ascending (nulls first, as in MySQL, which 8base runs on; the sources do not say).
    Given having executed:
      """
      mutation {
        a: authorUpdate(filter: {name: "Huxley"}, data: {bio: "fan"}) { id }
        b: authorUpdate(filter: {name: "Orwell"}, data: {bio: "fan"}) { id }
      }
      """
    When executing:
      """
      { authorsList(sort: [{bio: ASC}, {name: DESC}]) { items { name } } }
      """
    Then the result should be, in order:
      """
      {"authorsList": {"items": [{"name": "Stevens"}, {"name": "Orwell"}, {"name": "Huxley"}]}}
      """

  @id:8base-list-011 @behaviour:errors
  Scenario Outline: A negative <arg> is an InvalidArgumentError
    Paging counts cannot be negative (class InvalidValue, code InvalidArgumentError).
    When executing:
      """
      { authorsList(<arg>: -1) { count } }
      """
    Then an error "InvalidValue" should be raised
    And no side effects

    Examples:
      | arg   |
      | first |
      | last  |
      | skip  |

  @id:8base-list-012 @behaviour:errors
  Scenario: A single-record query without any argument is an InvalidArgumentError
    `author` takes the id or one unique field; with neither there is nothing to look up.
    When executing:
      """
      { author { name } }
      """
    Then an error "InvalidSelector" should be raised
    And no side effects

  @id:8base-list-013 @behaviour:ordering
  Scenario: orderBy, the older list of field_ASC/field_DESC values, orders as sort does; sort keys come first
    8base's generated schemas keep `orderBy: [XOrderBy]` beside `sort` (its enum is documented there
    as "No longer supported. Use `sort` instead"), and its SDK's list query still sends both. What
    8base does with it today is not known: the reference orders by it, `sort`'s keys first, then
    those of `orderBy` (the reference's decision).
    Given having executed:
      """
      mutation {
        a: authorUpdate(filter: {name: "Huxley"}, data: {bio: "fan"}) { id }
        b: authorUpdate(filter: {name: "Orwell"}, data: {bio: "fan"}) { id }
      }
      """
    When executing:
      """
      {
        byName: authorsList(orderBy: [name_DESC]) { items { name } }
        both: authorsList(orderBy: [bio_DESC, name_ASC]) { items { name } }
        sortFirst: authorsList(sort: [{bio: ASC}], orderBy: [name_DESC]) { items { name } }
        posts: author(name: "Huxley") { posts(orderBy: [title_ASC], first: 2) { count items { title } } }
      }
      """
    Then the result should be, in order:
      """
      {
        "byName": {"items": [{"name": "Stevens"}, {"name": "Orwell"}, {"name": "Huxley"}]},
        "both": {"items": [{"name": "Huxley"}, {"name": "Orwell"}, {"name": "Stevens"}]},
        "sortFirst": {"items": [{"name": "Stevens"}, {"name": "Orwell"}, {"name": "Huxley"}]},
        "posts": {"posts": {"count": 3, "items": [{"title": "Awesome Possum"}, {"title": "Can't stop the Possum"}]}}
      }
      """
    And no side effects

  @id:8base-list-014 @behaviour:query
  Scenario: after and before are record ids in the list's order; count still counts every match
    The cursors 8base's SDK sends with every list query. The reference reads them as Prisma 1 does:
    the records after (before) the one with that id, then `skip`, then `first`/`last`; an id that
    is not in the list leaves nothing (the sources do not describe 8base's cursors).
    Given saving "data.huxley.id" as "huxley"
    And saving "data.orwell.id" as "orwell"
    When executing:
      """
      {
        after: authorsList(after: "{{huxley}}") { count items { name } }
        before: authorsList(before: "{{orwell}}", last: 1) { count items { name } }
        between: authorsList(after: "{{huxley}}", before: "{{orwell}}") { items { name } }
        unknown: authorsList(after: "cnone00000000000000000000") { count items { name } }
      }
      """
    Then the result should be, in order:
      """
      {
        "after": {"count": 3, "items": [{"name": "Stevens"}, {"name": "Orwell"}]},
        "before": {"count": 3, "items": [{"name": "Stevens"}]},
        "between": {"items": [{"name": "Stevens"}]},
        "unknown": {"count": 3, "items": []}
      }
      """
    And no side effects

  @id:8base-list-015 @behaviour:schema
  Scenario: Every table type has the system field _description, null for every record here
    8base computes `_description` from a table's description settings, which the reference does
    not model: the field exists (its SDK selects it in every query it generates) and is null.
    When executing:
      """
      { authorsList(first: 1) { items { name _description posts { items { _description } } } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [{"name": "Huxley", "_description": null, "posts": {"items": [{"_description": null}, {"_description": null}, {"_description": null}]}}]}}
      """
    And no side effects
