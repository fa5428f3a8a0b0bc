Feature: Graphcool nested connect on a to-one relation (fId)
  Seed 001 "Nested Connect Mutations for to-one Relations" (L361-430), duplicated in seed 003
  L889-957 (ERR-003-15): E-001-07/08 = E-003-22/23. Fixture author_contact_posts_graphcool (M-003-author),
  AuthorContactDetails one-to-one with both sides optional. dialects.md §1.2 (SqlMutactions
  getAddToRelationMutactionsForIdFields…): `contactDetailsId` links an existing node; on a one-to-one
  the target first leaves its old partner; on update the current partner is unlinked; `null`
  disconnects on update and does nothing on create; an unknown id is 3011. The seed's ids are not a
  consistent chain (ERR-001-5): every scenario builds its own prior state and saves the ids.

  @id:graphcool-nested-020 @behaviour:connect @seed:E-001-07 @seed:E-003-22 @erratum:ERR-001-5 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-13
  Scenario: Creating a new Author node and connect it to existing ContactDetails
    Seed 001 L365-392 / 003 L893-920, with the ContactDetails created first and not attached to any
    author (the seed connects ciz7573ffx1w80112cjwjduxn, which E-001-01 had attached, and answers
    with the old author's id for the new author: ERR-001-5).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createContactDetails(email: "nilan@graph.cool") {
          id
        }
      }
      """
    And saving "data.createContactDetails.id" as "contactDetailsId"
    When executing:
      """
      mutation createAuthorAndConnectContactDetails {
        createAuthor(
          description: "I am a good author!"
          contactDetailsId: "{{contactDetailsId}}"
        ) {
          id
          contactDetails {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"createAuthor": {"id": "<id>", "contactDetails": {"id": "{{contactDetailsId}}"}}}
      """
    And the side effects should be:
      | +nodes Author               | 1 |
      | +links AuthorContactDetails | 1 |

  @id:graphcool-nested-021 @behaviour:connect @seed:E-001-08 @seed:E-003-23 @erratum:ERR-001-1 @erratum:ERR-003-9 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-14
  Scenario: Updating an existing Author and connect it to existing ContactDetails
    Seed 001 L400-429 / 003 L928-957. As in the seed's chain, the author holds other contact details
    (johannes@graph.cool, from E-001-03) and the nilan@graph.cool ones are free. The seed's response
    shows the unselected description and lacks a comma (ERR-001-1, ERR-003-9). The previous partner
    is unlinked and survives (§5 G-14); one link goes, one comes.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetails: {email: "johannes@graph.cool"}) {
          id
          contactDetails {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    And saving "data.createAuthor.contactDetails.id" as "previousId"
    And having executed:
      """
      mutation {
        createContactDetails(email: "nilan@graph.cool") {
          id
        }
      }
      """
    And saving "data.createContactDetails.id" as "contactDetailsId"
    When executing:
      """
      mutation updateAuthorAndConnectContactDetails {
        updateAuthor(
          id: "{{authorId}}"
          description: "I write posts"
          contactDetailsId: "{{contactDetailsId}}"
        ) {
          id
          contactDetails {
            email
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateAuthor": {"id": "{{authorId}}", "contactDetails": {"email": "nilan@graph.cool"}}}
      """
    And no side effects
    When executing control query:
      """
      query {
        Author(id: "{{authorId}}") {
          description
        }
        ContactDetails(id: "{{previousId}}") {
          email
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"description": "I write posts"}, "ContactDetails": {"email": "johannes@graph.cool", "author": null}}
      """

  @id:graphcool-nested-022 @behaviour:disconnect @catalogue:G-18
  Scenario: updateAuthor with contactDetailsId null disconnects the contact details
    dialects.md §1.2 updateX: "`fId: null` disconnects (no new edge)". Both nodes survive.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetails: {email: "nilan@graph.cool"}) {
          id
          contactDetails {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    And saving "data.createAuthor.contactDetails.id" as "contactDetailsId"
    When executing:
      """
      mutation {
        updateAuthor(id: "{{authorId}}", contactDetailsId: null) {
          description
          contactDetails {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateAuthor": {"description": "I am a good author!", "contactDetails": null}}
      """
    And the side effects should be:
      | -links AuthorContactDetails | 1 |
    When executing control query:
      """
      query {
        ContactDetails(id: "{{contactDetailsId}}") {
          email
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"ContactDetails": {"email": "nilan@graph.cool", "author": null}}
      """

  @id:graphcool-nested-023 @behaviour:errors @catalogue:G-20
  Scenario: createAuthor with an unknown contactDetailsId is error 3011 naming the id
    dialects.md §1.2 createX step 6 and §1.4: NodeDoesNotExist 3011 "You are referencing a node that
    does not exist. … Id if available: <id>" (AddDataItemToManyRelation.verify). The author is not
    created.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetailsId: "unknownid") {
          id
        }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And the error message should contain "You are referencing a node that does not exist. Please check your mutation to make sure you are only creating edges between existing nodes. Id if available: unknownid"

  @id:graphcool-nested-024 @behaviour:errors @catalogue:G-20
  Scenario: updateAuthor with an unknown contactDetailsId is error 3011 and changes nothing
    Every step is validated against the state before the mutation and the first failure is returned
    (dialects.md §1.2), so neither the description nor the current link changes.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetails: {email: "nilan@graph.cool"}) {
          id
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    When executing:
      """
      mutation {
        updateAuthor(id: "{{authorId}}", description: "I write posts", contactDetailsId: "unknownid") {
          id
        }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And the error message should contain "Id if available: unknownid"
    When executing control query:
      """
      query {
        Author(id: "{{authorId}}") {
          description
          contactDetails {
            email
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"description": "I am a good author!", "contactDetails": {"email": "nilan@graph.cool"}}}
      """

  @id:graphcool-nested-025 @behaviour:connect
  Scenario: createAuthor with contactDetailsId null links nothing
    dialects.md §1.2 createX step 3: "`fId: null` is accepted and does nothing".
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetailsId: null) {
          description
          contactDetails {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"createAuthor": {"description": "I am a good author!", "contactDetails": null}}
      """
    And the side effects should be:
      | +nodes Author | 1 |

  @id:graphcool-nested-026 @behaviour:connect
  Scenario: Connecting contact details that another author holds moves them to the new author
    dialects.md §1.2 createX step 3: on a one-to-one the target is detached from its current partner
    (moved); both sides are optional, so there is no check. The link count is unchanged.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "First author", contactDetails: {email: "nilan@graph.cool"}) {
          id
          contactDetails {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "firstId"
    And saving "data.createAuthor.contactDetails.id" as "contactDetailsId"
    When executing:
      """
      mutation {
        createAuthor(description: "Second author", contactDetailsId: "{{contactDetailsId}}") {
          description
          contactDetails {
            email
          }
        }
      }
      """
    Then the result should be:
      """
      {"createAuthor": {"description": "Second author", "contactDetails": {"email": "nilan@graph.cool"}}}
      """
    And the side effects should be:
      | +nodes Author | 1 |
    When executing control query:
      """
      query {
        Author(id: "{{firstId}}") {
          contactDetails {
            id
          }
        }
        ContactDetails(id: "{{contactDetailsId}}") {
          author {
            description
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"contactDetails": null}, "ContactDetails": {"author": {"description": "Second author"}}}
      """

  @id:graphcool-nested-027 @behaviour:connect
  Scenario: Connecting from the other side of the one-to-one: createContactDetails with authorId
    The relation arguments exist on both models (dialects.md §1.1). The author's previous contact
    details lose their author (the author is moved to the new node).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetails: {email: "nilan@graph.cool"}) {
          id
          contactDetails {
            id
          }
        }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    And saving "data.createAuthor.contactDetails.id" as "oldId"
    When executing:
      """
      mutation {
        createContactDetails(email: "johannes@graph.cool", authorId: "{{authorId}}") {
          email
          author {
            contactDetails {
              email
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"createContactDetails": {"email": "johannes@graph.cool", "author": {"contactDetails": {"email": "johannes@graph.cool"}}}}
      """
    And the side effects should be:
      | +nodes ContactDetails | 1 |
    When executing control query:
      """
      query {
        ContactDetails(id: "{{oldId}}") {
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"ContactDetails": {"author": null}}
      """
