Feature: Prisma 1 scalar lists
  A scalar-list field takes {set: [T!]} in create, update, upsert and updateMany
  (prisma1-behaviours.md §8). `set` overwrites the whole list in the given order; `set: []`
  empties it; a single value is coerced to a one-element list; an omitted list is left unchanged.
  There is no push, pop or remove in Prisma 1.

  @id:prisma1-lists-001 @behaviour:scalar-list-set @catalogue:P1-126
  Scenario: create sets lists of every element type; Json elements come back as JSON and DateTimes normalised
    From M/CreateMutationListSpec.scala "create and return items with listvalues"; the shortened
    DateTime "2018" reads back as 2018-01-01T00:00:00.000Z.
    Given the data model "scalar_lists_every_type"
    And an empty database
    When executing:
      """
      mutation {
        createListModel(data: {
          name: "a"
          strings: {set: ["lala", "lulu"]}
          ints: {set: [1337, 12]}
          floats: {set: [1.234, 1.45]}
          booleans: {set: [true, false]}
          enums: {set: [A, A, B]}
          dateTimes: {set: ["2016-07-31T23:59:01.000Z", "2018"]}
          jsons: {set: ["[1,2,3]", "{}"]}
        }) { strings ints floats booleans enums dateTimes jsons }
      }
      """
    Then the result should be, in order:
      """
      {"createListModel": {"strings": ["lala", "lulu"], "ints": [1337, 12], "floats": [1.234, 1.45], "booleans": [true, false], "enums": ["A", "A", "B"], "dateTimes": ["2016-07-31T23:59:01.000Z", "2018-01-01T00:00:00.000Z"], "jsons": [[1, 2, 3], {}]}}
      """
    And the side effects should be:
      | +nodes ListModel | 1 |
    When executing control query:
      """
      { listModels { name strings ints floats booleans enums dateTimes jsons } }
      """
    Then the result should be, in order:
      """
      {"listModels": [{"name": "a", "strings": ["lala", "lulu"], "ints": [1337, 12], "floats": [1.234, 1.45], "booleans": [true, false], "enums": ["A", "A", "B"], "dateTimes": ["2016-07-31T23:59:01.000Z", "2018-01-01T00:00:00.000Z"], "jsons": [[1, 2, 3], {}]}]}
      """

  @id:prisma1-lists-002 @behaviour:scalar-list-set @catalogue:P1-126
  Scenario: create with set: [] gives empty lists of every type
    From M/CreateMutationListSpec.scala "create and return items with empty listvalues".
    Given the data model "scalar_lists_every_type"
    And an empty database
    When executing:
      """
      mutation {
        createListModel(data: {
          name: "a", strings: {set: []}, ints: {set: []}, floats: {set: []}, booleans: {set: []},
          enums: {set: []}, dateTimes: {set: []}, jsons: {set: []}
        }) { strings ints floats booleans enums dateTimes jsons }
      }
      """
    Then the result should be:
      """
      {"createListModel": {"strings": [], "ints": [], "floats": [], "booleans": [], "enums": [], "dateTimes": [], "jsons": []}}
      """
    And the side effects should be:
      | +nodes ListModel | 1 |

  @id:prisma1-lists-003 @behaviour:scalar-list-set @catalogue:P1-127
  Scenario: update set [2, 1] replaces a longer list completely and keeps the given order
    From T/queries/ScalarListsQuerySpec.scala: the list is written as given, not sorted, and a
    shorter list leaves no leftovers.
    Given the data model "scalar_lists_every_type"
    And an empty database
    And having executed:
      """
      mutation { createListModel(data: {name: "a", ints: {set: [1, 2, 3]}, strings: {set: ["x", "y"]}}) { name } }
      """
    When executing:
      """
      mutation { updateListModel(where: {name: "a"}, data: {ints: {set: [2, 1]}}) { ints strings } }
      """
    Then the result should be, in order:
      """
      {"updateListModel": {"ints": [2, 1], "strings": ["x", "y"]}}
      """
    And no side effects
    When executing control query:
      """
      { listModel(where: {name: "a"}) { ints strings } }
      """
    Then the result should be, in order:
      """
      {"listModel": {"ints": [2, 1], "strings": ["x", "y"]}}
      """

  @id:prisma1-lists-004 @behaviour:scalar-list-set @catalogue:P1-128
  Scenario: set with a single value stores a one-element list (seed 004 example on Prisma 1)
    The Prisma 1 variant of seed 004's "Set the scores of an existing User node to [1]" on fixture
    user_scalar_lists. `set: 1` is a bare Int where [Int!] is expected; GraphQL list input
    coercion turns it into [1]. The seed's id is generated here: saved and substituted.
    Given the data model "user_scalar_lists"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {scores: {set: [5, 6, 7]}}) { id } }
      """
    And saving "data.createUser.id" as "userId"
    When executing:
      """
      mutation {
        updateUser(
          where: {
            id: "{{userId}}"
          }
          data: {
            scores: {
              set: 1
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"id": "{{userId}}"}}
      """
    And no side effects
    When executing control query:
      """
      { user(where: {id: "{{userId}}"}) { scores } }
      """
    Then the result should be, in order:
      """
      {"user": {"scores": [1]}}
      """

  @id:prisma1-lists-005 @behaviour:scalar-list-set @catalogue:P1-128
  Scenario: set with a list replaces the scores with [10, 20, 30] (seed 004 example on Prisma 1)
    Given the data model "user_scalar_lists"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {scores: {set: [1]}, friends: {set: ["Sarah"]}}) { id } }
      """
    And saving "data.createUser.id" as "userId"
    When executing:
      """
      mutation {
        updateUser(
          where: {
            id: "{{userId}}"
          }
          data: {
            scores: {
              set: [10,20,30]
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"id": "{{userId}}"}}
      """
    And no side effects
    When executing control query:
      """
      { user(where: {id: "{{userId}}"}) { scores friends coinFlips } }
      """
    Then the result should be, in order:
      """
      {"user": {"scores": [10, 20, 30], "friends": ["Sarah"], "coinFlips": []}}
      """

  @id:prisma1-lists-006 @behaviour:scalar-list-set @catalogue:P1-129
  Scenario: the seed 004 createUser writes `throws`, which the model does not have: validation error (Prisma 1)
    The Prisma 1 variant of seed 004's scalar-list create example, transcribed literally: the field
    is named coinFlips in the model but `throws` in the mutation (§13 seed 004 item 3), so
    UserCreateInput rejects it and nothing is created.
    Given the data model "user_scalar_lists"
    And an empty database
    When executing:
      """
      mutation {
        createUser(data: {
          scores: { set: [1, 2, 3] }
          friends: { set: ["Sarah", "Jane"] }
          throws: { set: [false, false] }
        }) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'throws' is not defined in the input type 'UserCreateInput'"

  @id:prisma1-lists-007 @behaviour:scalar-list-set @catalogue:P1-129
  Scenario: the corrected createUser with coinFlips sets all three lists (Prisma 1)
    Given the data model "user_scalar_lists"
    And an empty database
    When executing:
      """
      mutation {
        createUser(data: {
          scores: { set: [1, 2, 3] }
          friends: { set: ["Sarah", "Jane"] }
          coinFlips: { set: [false, false] }
        }) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"createUser": {"id": "<id>"}}
      """
    And the side effects should be:
      | +nodes User | 1 |
    When executing control query:
      """
      { users { scores friends coinFlips } }
      """
    Then the result should be, in order:
      """
      {"users": [{"scores": [1, 2, 3], "friends": ["Sarah", "Jane"], "coinFlips": [false, false]}]}
      """

  @id:prisma1-lists-008 @behaviour:scalar-list-set @behaviour:batch @catalogue:P1-130
  Scenario: updateMany sets lists on the matching nodes and counts them
    From M/UpdateManyListSpec.scala: XUpdateManyMutationInput carries the scalar-list `set`.
    Given the data model "scalar_lists_every_type"
    And an empty database
    And having executed:
      """
      mutation {
        a: createListModel(data: {name: "a", ints: {set: [1]}}) { name }
        b: createListModel(data: {name: "b", ints: {set: [2]}}) { name }
      }
      """
    When executing:
      """
      mutation {
        updateManyListModels(where: {name: "a"}, data: {ints: {set: [7, 8]}, strings: {set: ["s"]}}) { count }
      }
      """
    Then the result should be:
      """
      {"updateManyListModels": {"count": 1}}
      """
    And no side effects
    When executing control query:
      """
      { listModels { name ints strings } }
      """
    Then the result should be:
      """
      {"listModels": [{"name": "a", "ints": [7, 8], "strings": ["s"]}, {"name": "b", "ints": [2], "strings": []}]}
      """

  @id:prisma1-lists-009 @behaviour:scalar-list-set @behaviour:upsert
  Scenario: in an upsert only the chosen branch's list values apply
    From M/nonEmbedded/NonEmbeddedUpsertListDesignSpec.scala: the where hits, so the update branch's
    `set` is written and the create branch's list is ignored.
    Given the data model "scalar_lists_every_type"
    And an empty database
    And having executed:
      """
      mutation { createListModel(data: {name: "a", ints: {set: [1]}}) { name } }
      """
    When executing:
      """
      mutation {
        upsertListModel(
          where: {name: "a"}
          create: {name: "new", ints: {set: [100]}}
          update: {ints: {set: [2, 3]}}
        ) { name ints }
      }
      """
    Then the result should be, in order:
      """
      {"upsertListModel": {"name": "a", "ints": [2, 3]}}
      """
    And no side effects
