Feature: Prisma 1 filter operators in batch mutations
  XWhereInput (prisma1-behaviours.md §7): equality and _not; _in/_not_in; _lt/_lte/_gt/_gte on
  String, ID, Int, Float, DateTime; _contains/_starts_with/_ends_with and their _not forms on String
  and ID; AND/OR/NOT; a to-one relation filter (and `rel: null` for "no related node"); to-many
  _some/_every/_none. Several fields in one object are ANDed. Each example marks the matched items
  through updateManyItems and then lists the marked ones.

  Items (all scalar values non-null, lower-case strings):
    apple:  count 1, price 1.5, at 2017-01-01T00:00:00.000Z, flag true,  RED,   owner alice, tags fruit
    banana: count 2, price 2.5, at 2018-06-15T12:00:00.000Z, flag false, GREEN, owner alice, tags fruit and yellow
    cherry: count 3, price 3.5, at 2019-12-31T23:59:59.000Z, flag true,  RED,   owner bob,   no tags
    date:   count 4, price 4.5, at 2020-03-01T00:00:00.000Z, flag false, BLUE,  no owner,    tags yellow

  @id:prisma1-batch-030 @behaviour:filters @behaviour:batch
  Scenario Outline: updateMany filter <op> matches exactly the expected items
    `_every` is true for a node without related nodes (cherry has no tags): Prisma's SQL is
    "id NOT IN (nodes having a related node that fails the filter)" (code-derived, J/database/
    FilterConditionBuilder.scala). NOT with several filters is "none of them" (NOT a AND NOT b),
    also code-derived from the same file.
    Given the data model "item_owner_tag_filters"
    And an empty database
    And having executed:
      """
      mutation {
        alice: createOwner(data: {name: "alice"}) { id }
        bob: createOwner(data: {name: "bob"}) { id }
        fruit: createTag(data: {label: "fruit"}) { id }
        yellow: createTag(data: {label: "yellow"}) { id }
        apple: createItem(data: {name: "apple", count: 1, price: 1.5, at: "2017-01-01T00:00:00.000Z", flag: true, color: RED, owner: {connect: {name: "alice"}}, tags: {connect: [{label: "fruit"}]}}) { id }
        banana: createItem(data: {name: "banana", count: 2, price: 2.5, at: "2018-06-15T12:00:00.000Z", flag: false, color: GREEN, owner: {connect: {name: "alice"}}, tags: {connect: [{label: "fruit"}, {label: "yellow"}]}}) { id }
        cherry: createItem(data: {name: "cherry", count: 3, price: 3.5, at: "2019-12-31T23:59:59.000Z", flag: true, color: RED, owner: {connect: {name: "bob"}}}) { id }
        date: createItem(data: {name: "date", count: 4, price: 4.5, at: "2020-03-01T00:00:00.000Z", flag: false, color: BLUE, tags: {connect: [{label: "yellow"}]}}) { id }
      }
      """
    And saving "data.apple.id" as "appleId"
    And saving "data.date.id" as "dateId"
    When executing:
      """
      mutation { updateManyItems(where: <filter>, data: {hit: true}) { count } }
      """
    Then the result should be:
      """
      {"updateManyItems": {"count": <count>}}
      """
    And no side effects
    When executing control query:
      """
      { items(where: {hit: true}) { name } }
      """
    Then the result should be:
      """
      {"items": <hits>}
      """

    Examples:
      | op                   | filter                                                                          | count | hits                                                         |
      | eq                   | {name: "banana"}                                                                | 1     | [{"name": "banana"}]                                         |
      | not                  | {name_not: "banana"}                                                            | 3     | [{"name": "apple"}, {"name": "cherry"}, {"name": "date"}]    |
      | in                   | {name_in: ["apple", "cherry", "zzz"]}                                           | 2     | [{"name": "apple"}, {"name": "cherry"}]                      |
      | not_in               | {name_not_in: ["apple", "cherry"]}                                              | 2     | [{"name": "banana"}, {"name": "date"}]                       |
      | id_in                | {id_in: ["{{appleId}}", "{{dateId}}"]}                                          | 2     | [{"name": "apple"}, {"name": "date"}]                        |
      | string_gt_lte        | {name_gt: "apple", name_lte: "cherry"}                                          | 2     | [{"name": "banana"}, {"name": "cherry"}]                     |
      | string_gte_lt        | {name_gte: "banana", name_lt: "cherry"}                                         | 1     | [{"name": "banana"}]                                         |
      | contains             | {name_contains: "an"}                                                           | 1     | [{"name": "banana"}]                                         |
      | not_contains         | {name_not_contains: "an"}                                                       | 3     | [{"name": "apple"}, {"name": "cherry"}, {"name": "date"}]    |
      | starts_with          | {name_starts_with: "ch"}                                                        | 1     | [{"name": "cherry"}]                                         |
      | not_starts_with      | {name_not_starts_with: "ch"}                                                    | 3     | [{"name": "apple"}, {"name": "banana"}, {"name": "date"}]    |
      | ends_with            | {name_ends_with: "e"}                                                           | 2     | [{"name": "apple"}, {"name": "date"}]                        |
      | not_ends_with        | {name_not_ends_with: "e"}                                                       | 2     | [{"name": "banana"}, {"name": "cherry"}]                     |
      | int_gt_lte           | {count_gt: 1, count_lte: 3}                                                     | 2     | [{"name": "banana"}, {"name": "cherry"}]                     |
      | int_gte_lt           | {count_gte: 3, count_lt: 4}                                                     | 1     | [{"name": "cherry"}]                                         |
      | int_in_not           | {count_in: [1, 2, 4], count_not: 2}                                             | 2     | [{"name": "apple"}, {"name": "date"}]                        |
      | float_gt_lte         | {price_gt: 1.5, price_lte: 3.5}                                                 | 2     | [{"name": "banana"}, {"name": "cherry"}]                     |
      | float_gte_lt         | {price_gte: 3.5, price_lt: 4.5}                                                 | 1     | [{"name": "cherry"}]                                         |
      | datetime_gt_lte      | {at_gt: "2017-01-01T00:00:00.000Z", at_lte: "2019-12-31T23:59:59.000Z"}         | 2     | [{"name": "banana"}, {"name": "cherry"}]                     |
      | datetime_gte_lt      | {at_gte: "2018", at_lt: "2019-12-31T23:59:59.000Z"}                             | 1     | [{"name": "banana"}]                                         |
      | datetime_eq          | {at: "2020-03-01T00:00:00.000Z"}                                                | 1     | [{"name": "date"}]                                           |
      | boolean_enum         | {flag: false, color_not_in: [BLUE]}                                             | 1     | [{"name": "banana"}]                                         |
      | AND                  | {AND: [{count_gte: 2}, {price_lt: 4}]}                                          | 2     | [{"name": "banana"}, {"name": "cherry"}]                     |
      | OR                   | {OR: [{name: "apple"}, {count: 4}]}                                             | 2     | [{"name": "apple"}, {"name": "date"}]                        |
      | NOT                  | {NOT: [{color: RED}, {name: "date"}]}                                           | 1     | [{"name": "banana"}]                                         |
      | to_one               | {owner: {name: "alice"}}                                                        | 2     | [{"name": "apple"}, {"name": "banana"}]                      |
      | to_one_null          | {owner: null}                                                                   | 1     | [{"name": "date"}]                                           |
      | some                 | {tags_some: {label: "fruit"}}                                                   | 2     | [{"name": "apple"}, {"name": "banana"}]                      |
      | every                | {tags_every: {label: "fruit"}}                                                  | 2     | [{"name": "apple"}, {"name": "cherry"}]                      |
      | none                 | {tags_none: {label: "yellow"}}                                                  | 2     | [{"name": "apple"}, {"name": "cherry"}]                      |

  @id:prisma1-batch-031 @behaviour:filters @behaviour:batch
  Scenario: deleteMany with a to-many filter from the other side deletes the owners that have a matching item
    The same operators exist on every model: Owner.items_some. Deleting an owner detaches its items
    (Item.owner is optional).
    Given the data model "item_owner_tag_filters"
    And an empty database
    And having executed:
      """
      mutation {
        alice: createOwner(data: {name: "alice", items: {create: [{name: "apple", count: 1, price: 1.5, at: "2017", flag: true, color: RED}]}}) { id }
        bob: createOwner(data: {name: "bob", items: {create: [{name: "cherry", count: 3, price: 3.5, at: "2019", flag: true, color: BLUE}]}}) { id }
        carol: createOwner(data: {name: "carol"}) { id }
      }
      """
    When executing:
      """
      mutation { deleteManyOwners(where: {items_some: {color: RED}}) { count } }
      """
    Then the result should be:
      """
      {"deleteManyOwners": {"count": 1}}
      """
    And the side effects should be:
      | -nodes Owner       | 1 |
      | -links ItemToOwner | 1 |
    When executing control query:
      """
      { owners { name } items { name owner { name } } }
      """
    Then the result should be:
      """
      {"owners": [{"name": "bob"}, {"name": "carol"}], "items": [{"name": "apple", "owner": null}, {"name": "cherry", "owner": {"name": "bob"}}]}
      """
