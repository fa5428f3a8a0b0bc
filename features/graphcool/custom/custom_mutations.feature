Feature: Graphcool custom mutations (resolver functions)
  Seed 003 "Custom mutations" (L1051-1107): a schema extension SDL adds a mutation field, and a
  Graphcool Function resolves it; an object with an `error` key returned by the function becomes a
  GraphQL error (L1107). The extension and the function of the seed:

      type RandomNumberPayload { number: Float! }
      extend type Mutation { randomNumber(min: Int!, max: Int!): RandomNumberPayload }

      module.exports = function randomNumber(event) {
        const min = event.data.min
        const max = event.data.max
        if (min > max) { return { error: "Invalid input" } }
        const number = Math.random() * (max - min) + min
        return { data: { number } }
      }

  A target runs these scenarios only when it has the capability `custom-resolvers` and serves the
  data model with these resolvers deployed (randomNumber as above; isValidAge as I-003-isvalidage:
  `isValidAge(age: Int): {isValid: Boolean, age: Int}`, valid from 18). The reference executor does not
  run Graphcool functions, so on the reference these scenarios are n/a, never a pass.

  @id:graphcool-custom-001 @behaviour:custom-mutation @seed:E-003-26 @erratum:ERR-003-12 @requires:custom-resolvers
  Scenario: The custom mutation call the seed shows: isValidAge(age: 12)
    Seed 003 L1098-1105, copied. It calls isValidAge, which neither the SDL nor the function defines
    (ERR-003-12); its expected values are only inline comments (`# false`, `# 12`). It needs the
    inferred resolver I-003-isvalidage deployed.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        isValidAge(age: 12) {
          isValid # false
          age # 12
        }
      }
      """
    Then the result should be:
      """
      {"isValidAge": {"isValid": false, "age": 12}}
      """

  @id:graphcool-custom-002 @behaviour:custom-mutation @seed:E-003-27 @from-prose @erratum:ERR-003-12 @requires:custom-resolvers
  Scenario: Return a random number in a specified range
    Seed 003 L1096 promises "Then the mutation can be called like this" for randomNumber (the code
    shown instead is E-003-26, ERR-003-12). Written from the SDL and the function: the payload is
    `{number}`; the number is random in [min, max), so only its presence is checked.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        randomNumber(min: 1, max: 10) {
          number
        }
      }
      """
    Then the result should be:
      """
      {"randomNumber": {"number": "<any>"}}
      """

  @id:graphcool-custom-003 @behaviour:custom-mutation @seed:E-003-27 @from-prose @requires:custom-resolvers
  Scenario: A resolver that returns an error object answers a GraphQL error
    Seed 003 L1080-1084, L1107 (inventory PB-20): with min > max the function returns
    `{error: "Invalid input"}`, which the API answers as an error carrying that text.
    Given the data model "post_unique_slug_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        randomNumber(min: 10, max: 1) {
          number
        }
      }
      """
    Then the error message should contain "Invalid input"
