Feature: Graphcool nested create on a to-one relation
  Seed 001 "Nested Create Mutations for to-one Relations" (L53-179), duplicated byte for byte in seed
  003 L577-706 (ERR-003-15): E-001-01…03 = E-003-16…18, one scenario per distinct example citing both.
  Fixture author_contact_posts_graphcool is M-003-author (= M-001-author with @model/@isUnique); the relation
  AuthorContactDetails is one-to-one with both sides optional. The doc-tool front matter and `---`
  separators of the seed's code blocks are dropped (ERR-001-6). Ids are generated and saved, never
  written literally (ERR-001-5).

  @id:graphcool-nested-001 @behaviour:nested-create @seed:E-001-01 @seed:E-003-16 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-07
  Scenario: Creating a new Author node and connect it to new ContactDetails
    Seed 001 L57-87 / 003 L585-615. The response ids (ciz7573ffx1w70112hwj04hqv,
    ciz7573ffx1w80112cjwjduxn) are server-generated. "After running this mutation, new author and
    contact detail node have been created that are now connected via the AuthorContactDetails
    relation" (L89): the control query reads the link from the ContactDetails side.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation createAuthorAndContactDetails {
        createAuthor(
          description: "I am a good author!"
          contactDetails: {
            email: "nilan@graph.cool"
          }
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
      {"createAuthor": {"id": "<id>", "contactDetails": {"id": "<id>"}}}
      """
    And the side effects should be:
      | +nodes Author               | 1 |
      | +nodes ContactDetails       | 1 |
      | +links AuthorContactDetails | 1 |
    And saving "data.createAuthor.contactDetails.id" as "contactDetailsId"
    When executing control query:
      """
      query {
        ContactDetails(id: "{{contactDetailsId}}") {
          email
          author {
            description
          }
        }
      }
      """
    Then the result should be:
      """
      {"ContactDetails": {"email": "nilan@graph.cool", "author": {"description": "I am a good author!"}}}
      """

  @id:graphcool-nested-002 @behaviour:nested-create @seed:E-001-02 @seed:E-003-17 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-08
  Scenario: Creating a new Author node and connect it to new ContactDetails, using GraphQL variables
    Seed 001 L93-127 / 003 L621-655. The variable type AuthorcontactDetailsContactDetails is the
    generated nested-create input type: parent type Author + relation field contactDetails + related
    type ContactDetails (L129-133, dialects.md §1.1); a wrong name would fail validation.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And the variables are:
      """
      {
        "contactDetails": {
          "email": "nilan@graph.cool"
        }
      }
      """
    When executing:
      """
      mutation createAuthorAndContactDetails($contactDetails: AuthorcontactDetailsContactDetails) {
        createAuthor(
          description: "I am a good author!"
          contactDetails: $contactDetails
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
      {"createAuthor": {"id": "<id>", "contactDetails": {"id": "<id>"}}}
      """
    And the side effects should be:
      | +nodes Author               | 1 |
      | +nodes ContactDetails       | 1 |
      | +links AuthorContactDetails | 1 |

  @id:graphcool-nested-003 @behaviour:nested-create @seed:E-001-03 @seed:E-003-18 @erratum:ERR-001-1 @erratum:ERR-003-9 @erratum:ERR-001-6 @erratum:ERR-003-15 @catalogue:G-09
  Scenario: Updating an existing Author and connect it to new ContactDetails
    Seed 001 L143-178 / 003 L671-706, on the author E-001-01 created (so it already has the
    nilan@graph.cool contact details). The seed's response shows the unselected description and
    lacks a comma (ERR-001-1, ERR-003-9): the expectation holds the selected fields only.
    dialects.md §1.2 updateX: a nested create on a to-one unlinks the current partner (it is not
    deleted) and creates and links a new one, so one link goes and one comes; the old
    ContactDetails survives with `author: null` (§5 G-09).
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
    And saving "data.createAuthor.contactDetails.id" as "oldContactDetailsId"
    And the variables are:
      """
      {
        "contactDetails": {
          "email": "johannes@graph.cool"
        }
      }
      """
    When executing:
      """
      mutation updateAuthorAndCreateContactDetails($contactDetails: AuthorcontactDetailsContactDetails) {
        updateAuthor(
          id: "{{authorId}}"
          description: "I write posts"
          contactDetails: $contactDetails
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
      {"updateAuthor": {"id": "{{authorId}}", "contactDetails": {"email": "johannes@graph.cool"}}}
      """
    And the side effects should be:
      | +nodes ContactDetails | 1 |
    When executing control query:
      """
      query {
        Author(id: "{{authorId}}") {
          description
        }
        ContactDetails(id: "{{oldContactDetailsId}}") {
          email
          author {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"Author": {"description": "I write posts"}, "ContactDetails": {"email": "nilan@graph.cool", "author": null}}
      """

  @id:graphcool-nested-004 @behaviour:errors @from-prose
  Scenario: The nested contactDetails object takes the arguments of createContactDetails, so a missing email fails validation
    Seed 001 L89 / 003 L617: "Note the nested contactDetails object that takes the same input
    arguments as the createContactDetails mutation." `email: String!` is required there, so a nested
    object without it is a GraphQL validation error (no code) and nothing is created (inventory PB-12).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetails: {}) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "email"

  @id:graphcool-nested-005 @behaviour:nested-create @catalogue:G-25
  Scenario: The nested create input has no back-relation arguments
    dialects.md §1.1: the nested-create type holds the child's create arguments minus both back
    relation arguments, so `author`/`authorId` inside AuthorcontactDetailsContactDetails is an unknown
    field (validation error, nothing created).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetails: {email: "nilan@graph.cool", authorId: "cixnen24p33lo0143bexvr52n"}) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "authorId"

  @id:graphcool-nested-006 @behaviour:nested-create
  Scenario: A nested create from the other side of the one-to-one creates and links the author
    The relation arguments are generated on both models (dialects.md §1.1): createContactDetails takes
    `author: ContactDetailsauthorAuthor`, whose fields are Author's create arguments without the back
    relation (description, posts, postsIds).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createContactDetails(email: "nilan@graph.cool", author: {description: "I am a good author!"}) {
          email
          author {
            description
            contactDetails {
              email
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"createContactDetails": {"email": "nilan@graph.cool", "author": {"description": "I am a good author!", "contactDetails": {"email": "nilan@graph.cool"}}}}
      """
    And the side effects should be:
      | +nodes Author               | 1 |
      | +nodes ContactDetails       | 1 |
      | +links AuthorContactDetails | 1 |

  @id:graphcool-nested-007 @behaviour:nested-create
  Scenario: A null nested create argument does nothing
    dialects.md §1.2 and SqlMutactions.getComplexMutactions: an explicit null for the relation field
    creates and links nothing (the argument is optional; the author is still created).
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      mutation {
        createAuthor(description: "I am a good author!", contactDetails: null) {
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
