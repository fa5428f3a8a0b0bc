Feature: GraphCMS scalar list mutations: set
  Seed 004 "Scalar list mutations" (L313-394) on M-004-scalarlists, a second `User` model that is
  incompatible with M-004-blog (ERR-004-6), so it has its own fixture user_scalar_lists.
  Scalar list fields take `{set: ...}` in create and update; `set` replaces the whole list, keeps
  the given order, and a single value is coerced to a one-element list (GraphQL list input
  coercion). `push`, `pop` and `remove` never shipped (prisma1-behaviours §8).

  @id:graphcms-scalarlist-001 @behaviour:scalar-list-set @seed:E-004-12 @erratum:ERR-004-5 @erratum:ERR-004-6 @erratum:ERR-004-8 @catalogue:P1-129 @catalogue:C-87
  Scenario: Create a user with a list for each scalar list field (throws read as coinFlips)
    The seed writes `throws: { set: [false, false] }`, but the model's Boolean list is `coinFlips`
    (ERR-004-5, an inherited typo); transcribed with `coinFlips`. Scenario graphcms-scalarlist-002
    shows the literal `throws`.

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
      query {
        users {
          scores
          friends
          coinFlips
        }
      }
      """
    Then the result should be, in order:
      """
      {"users": [{"scores": [1, 2, 3], "friends": ["Sarah", "Jane"], "coinFlips": [false, false]}]}
      """

  @id:graphcms-scalarlist-002 @behaviour:scalar-list-set @seed:E-004-12 @erratum:ERR-004-5 @catalogue:P1-129
  Scenario: The seed's literal field throws is not in the model: GraphQL validation error
    E-004-12 exactly as written: UserCreateInput has no field `throws`, so nothing is created.

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

  @id:graphcms-scalarlist-003 @behaviour:scalar-list-set @seed:E-004-13 @erratum:ERR-004-8 @catalogue:P1-128 @catalogue:C-88
  Scenario: Set the scores of an existing user to [1] with a single value
    Ids are generated, so the seed's literal id cjd4lfdyww0h00144zst9alur is replaced by the saved
    id {{user}}. `set: 1` is coerced to `[1]` (L362); the other lists are untouched.

    Given the data model "user_scalar_lists"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {scores: {set: [5, 6, 7]}, friends: {set: ["Sarah"]}}) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "user"
    When executing:
      """
      mutation {
        updateUser(
          where: {
            id: "{{user}}"
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
      {"updateUser": {"id": "{{user}}"}}
      """
    And no side effects
    When executing control query:
      """
      query {
        user(where: {id: "{{user}}"}) {
          scores
          friends
          coinFlips
        }
      }
      """
    Then the result should be, in order:
      """
      {"user": {"scores": [1], "friends": ["Sarah"], "coinFlips": []}}
      """

  @id:graphcms-scalarlist-004 @behaviour:scalar-list-set @seed:E-004-14 @erratum:ERR-004-8 @catalogue:P1-128 @catalogue:C-89
  Scenario: Set the scores of an existing user to [10,20,30]
    Ids are generated, so the seed's literal id cjd4lfdyww0h00144zst9alur is replaced by the saved
    id {{user}}. The old list is replaced entirely, in the given order.

    Given the data model "user_scalar_lists"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {scores: {set: [5, 6, 7, 8]}}) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "user"
    When executing:
      """
      mutation {
        updateUser(
          where: {
            id: "{{user}}"
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
      {"updateUser": {"id": "{{user}}"}}
      """
    And no side effects
    When executing control query:
      """
      query {
        user(where: {id: "{{user}}"}) {
          scores
        }
      }
      """
    Then the result should be, in order:
      """
      {"user": {"scores": [10, 20, 30]}}
      """

  @id:graphcms-scalarlist-005 @behaviour:scalar-list-set @from-prose @erratum:ERR-004-9
  Scenario: push, pop and remove never shipped: push is a GraphQL validation error
    Seed 004 L346-354 announces push, pop and remove as "coming soon" (PB-33; markdown broken at
    L354, ERR-004-9). Prisma 1 only ever had `set` in UserUpdatescoresInput.

    Given the data model "user_scalar_lists"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {scores: {set: [1]}}) {
          id
        }
      }
      """
    And saving "data.createUser.id" as "user"
    When executing:
      """
      mutation {
        updateUser(where: {id: "{{user}}"}, data: {scores: {push: 2}}) {
          scores
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Field 'push' is not defined in the input type 'UserUpdatescoresInput'"
