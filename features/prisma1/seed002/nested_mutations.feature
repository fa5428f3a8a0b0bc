Feature: Seed 002 "Nested mutations" (examples promised but missing) in Prisma 1.34
  Seed 002 L371-552 is the Graphcool prose of seed 001/003 with every code block emptied or removed
  (ERR-002-9): ten promised examples E-002-14…23 have no code, and the surviving prose describes
  Graphcool arguments (`contactDetailsId`, `postsIds`, variable types `AuthorcontactDetailsContactDetails`
  and `[AuthorpostsPost!]`). These scenarios are written from the prose (`@from-prose`): each one
  performs what its heading promises, in the Prisma 1.34 shape (prisma1-behaviours.md §5, §11), and
  cites the seed 001 example its prose came from. They are not code from seed 002.
  Fixture author_contact_posts is M-002-author (relations AuthorContactDetails and AuthorPosts, all
  optional). Ids are generated; they are saved and reused, never written literally (ERR-001-5).
  Two notes in the seed say a nested create or connect inside an update *replaces* the author's
  posts. Prisma appends (§13 item 11); `set` (1.25+) is the way to replace. The scenarios follow
  Prisma and show `set` separately.

  # ---------------------------------------------------------------- nested create, to-one

  @id:prisma1-seed002-020 @behaviour:nested-create @seed:E-002-14 @from-prose @erratum:ERR-002-9
  Scenario: creating a new Author node and connect it to new ContactDetails
    Seed 002 L418-422 promises this example; its code is missing. Counterpart: seed 001 E-001-01
    (`createAuthor(description: …, contactDetails: {email: …})`, operation name
    createAuthorAndContactDetails). In Prisma 1 the nested object is the create wrapper
    `contactDetails: {create: {email}}` inside `data`.
    Given the data model "author_contact_posts"
    And an empty database
    When executing:
      """
      mutation createAuthorAndContactDetails {
        createAuthor(data: {
          description: "I am a good author!"
          contactDetails: {
            create: {email: "nilan@graph.cool"}
          }
        }) {
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
      | +nodes Author                | 1 |
      | +nodes ContactDetails        | 1 |
      | +links AuthorContactDetails  | 1 |

  @id:prisma1-seed002-021 @behaviour:nested-create @seed:E-002-15 @from-prose @erratum:ERR-002-9
  Scenario: creating a new Author node and connect it to new ContactDetails, using GraphQL variables
    Seed 002 L424-431 ("Here's the same mutation using GraphQL variables", code missing) names the
    Graphcool variable type `AuthorcontactDetailsContactDetails`. Counterpart: seed 001 E-001-02. The
    Prisma 1 type of the `contactDetails` field in AuthorCreateInput is
    `ContactDetailsCreateOneWithoutAuthorInput` (§11, §13 item 12).
    Given the data model "author_contact_posts"
    And an empty database
    And the variables are:
      """
      {"contactDetails": {"create": {"email": "nilan@graph.cool"}}}
      """
    When executing:
      """
      mutation createAuthorAndContactDetails($contactDetails: ContactDetailsCreateOneWithoutAuthorInput) {
        createAuthor(data: {
          description: "I am a good author!"
          contactDetails: $contactDetails
        }) {
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
      | +nodes Author                | 1 |
      | +nodes ContactDetails        | 1 |
      | +links AuthorContactDetails  | 1 |

  @id:prisma1-seed002-022 @behaviour:nested-create @seed:E-002-16 @from-prose @erratum:ERR-002-9
  Scenario: updating an existing Author node and connect it to new ContactDetails
    Seed 002 L435-443 (empty code block). Counterpart: seed 001 E-001-03, which updates the author
    created in E-001-01 (so it already has contact details) with variables and a new description.
    Author.contactDetails / ContactDetails.author is P1-C1: a nested create inside update detaches the
    old contact details (they survive) and links the new ones, so the link count is unchanged
    (§4.0). The new description is checked with a control query (ERR-001-1: the 001 response shows
    it without selecting it).
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createAuthor(data: {description: "I am a good author!", contactDetails: {create: {email: "nilan@graph.cool"}}}) { id } }
      """
    And saving "data.createAuthor.id" as "authorId"
    And the variables are:
      """
      {"contactDetails": {"create": {"email": "johannes@graph.cool"}}}
      """
    When executing:
      """
      mutation updateAuthorAndCreateContactDetails($contactDetails: ContactDetailsUpdateOneWithoutAuthorInput) {
        updateAuthor(
          where: {id: "{{authorId}}"}
          data: {
            description: "I write posts"
            contactDetails: $contactDetails
          }
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
      { authors { description contactDetails { email } } }
      """
    Then the result should be:
      """
      {"authors": [{"description": "I write posts", "contactDetails": {"email": "johannes@graph.cool"}}]}
      """

  # ---------------------------------------------------------------- nested create, to-many

  @id:prisma1-seed002-023 @behaviour:nested-create @seed:E-002-17 @from-prose @erratum:ERR-002-9
  Scenario: creating a new Author node and connect it to multiple new Post nodes
    Seed 002 L449-457 (empty code block). Counterpart: seed 001 E-001-04 (`posts: [{text}, {text}]`,
    operation name createAuthorAndPosts). In Prisma 1: `posts: {create: [...]}`. The posts come back
    in creation order.
    Given the data model "author_contact_posts"
    And an empty database
    When executing:
      """
      mutation createAuthorAndPosts {
        createAuthor(data: {
          description: "I am a good author!"
          posts: {
            create: [{
              text: "A post of mine"
            }, {
              text: "Another post"
            }]
          }
        }) {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createAuthor": {"description": "I am a good author!", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Author       | 1 |
      | +nodes Post         | 2 |
      | +links AuthorPosts  | 2 |

  @id:prisma1-seed002-024 @behaviour:nested-create @seed:E-002-18 @from-prose @erratum:ERR-002-9
  Scenario: creating a new Author node and connect it to multiple new Post nodes, using GraphQL variables
    Seed 002 L459-467 (empty code block) names the Graphcool variable type `[AuthorpostsPost!]`.
    Counterpart: seed 001 E-001-05. The Prisma 1 type of the `posts` field in AuthorCreateInput is
    `PostCreateManyWithoutAuthorInput` (§11, §13 item 12).
    Given the data model "author_contact_posts"
    And an empty database
    And the variables are:
      """
      {"posts": {"create": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    When executing:
      """
      mutation createAuthorAndPosts($posts: PostCreateManyWithoutAuthorInput) {
        createAuthor(data: {
          description: "I am a good author!"
          posts: $posts
        }) {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createAuthor": {"description": "I am a good author!", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Author       | 1 |
      | +nodes Post         | 2 |
      | +links AuthorPosts  | 2 |

  @id:prisma1-seed002-025 @behaviour:nested-create @seed:E-002-19 @from-prose @erratum:ERR-002-9 @erratum:ERR-002-10 @catalogue:P1-050
  Scenario: updating an existing Author node with multiple new Post nodes appends them (the seed says "replace")
    Seed 002 L473-481 (empty code block). Counterpart: seed 001 E-001-06 (variables `$posts:
    [AuthorpostsPost!]`, new description). The note at L481 says the mutation *replaces* the
    author's posts. In Prisma 1 a nested create inside update appends (§4.0 PM-C1, §13 item 11): the
    author keeps the post it already had. The variable here is the list of create inputs,
    `[PostCreateWithoutAuthorInput!]`.
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createAuthor(data: {description: "I am a good author!", posts: {create: [{text: "An older post"}]}}) { id } }
      """
    And saving "data.createAuthor.id" as "authorId"
    And the variables are:
      """
      {"posts": [{"text": "A post of mine"}, {"text": "Another post"}]}
      """
    When executing:
      """
      mutation updateAuthorAndConnectToPosts($posts: [PostCreateWithoutAuthorInput!]) {
        updateAuthor(
          where: {id: "{{authorId}}"}
          data: {
            description: "I write posts"
            posts: {create: $posts}
          }
        ) {
          id
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateAuthor": {"id": "{{authorId}}", "posts": [{"text": "An older post"}, {"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Post        | 2 |
      | +links AuthorPosts | 2 |

  @id:prisma1-seed002-026 @behaviour:set @seed:E-002-19 @from-prose @erratum:ERR-002-9 @erratum:ERR-002-10
  Scenario: replacing an Author's posts with new ones takes `set: []` before the nested create
    What the seed's note promises ("replace the existing list"), done the Prisma 1 way. Inside one
    input, nested creates run before sets (§4.9), so `set: []` next to `create` would detach the new
    posts too. Two mutation fields in one document run one after the other, each in its own
    transaction (§9): the first detaches every post (`set: []`, §4.7), the second creates the new
    ones. The older post survives without an author.
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createAuthor(data: {description: "I am a good author!", posts: {create: [{text: "An older post"}]}}) { id } }
      """
    And saving "data.createAuthor.id" as "authorId"
    When executing:
      """
      mutation {
        detach: updateAuthor(where: {id: "{{authorId}}"}, data: {posts: {set: []}}) {
          id
        }
        replace: updateAuthor(
          where: {id: "{{authorId}}"}
          data: {
            description: "I write posts"
            posts: {create: [{text: "A post of mine"}, {text: "Another post"}]}
          }
        ) {
          id
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"detach": {"id": "{{authorId}}"}, "replace": {"id": "{{authorId}}", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Post        | 2 |
      | +links AuthorPosts | 1 |
    When executing control query:
      """
      { posts { text author { description } } }
      """
    Then the result should be:
      """
      {"posts": [
        {"text": "An older post", "author": null},
        {"text": "A post of mine", "author": {"description": "I write posts"}},
        {"text": "Another post", "author": {"description": "I write posts"}}
      ]}
      """

  # ---------------------------------------------------------------- nested connect, to-one

  @id:prisma1-seed002-027 @behaviour:connect @seed:E-002-20 @from-prose @erratum:ERR-002-9
  Scenario: creating a new Author node and connecting it to an existing ContactDetails node
    Seed 002 L516-522 (empty code block; the prose names the Graphcool argument `contactDetailsId`).
    Counterpart: seed 001 E-001-07. In Prisma 1: `contactDetails: {connect: {id}}`. The contact
    details are loose here, so one link is added.
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createContactDetails(data: {email: "nilan@graph.cool"}) { id } }
      """
    And saving "data.createContactDetails.id" as "contactDetailsId"
    When executing:
      """
      mutation createAuthorAndConnectContactDetails {
        createAuthor(data: {
          description: "I am a good author!"
          contactDetails: {connect: {id: "{{contactDetailsId}}"}}
        }) {
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

  @id:prisma1-seed002-028 @behaviour:connect @seed:E-002-20 @from-prose @erratum:ERR-002-9
  Scenario: connecting ContactDetails that already belong to another Author moves them to the new Author
    In seed 001's chain the connected ContactDetails were already attached to the first author
    (ERR-001-5). On P1-C1 a connect inside create moves the child away from its old parent without
    a check (§4.0): the first author is left without contact details; the link count is unchanged.
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createAuthor(data: {description: "first", contactDetails: {create: {email: "nilan@graph.cool"}}}) { contactDetails { id } } }
      """
    And saving "data.createAuthor.contactDetails.id" as "contactDetailsId"
    When executing:
      """
      mutation createAuthorAndConnectContactDetails {
        createAuthor(data: {
          description: "I am a good author!"
          contactDetails: {connect: {id: "{{contactDetailsId}}"}}
        }) {
          contactDetails {
            email
          }
        }
      }
      """
    Then the result should be:
      """
      {"createAuthor": {"contactDetails": {"email": "nilan@graph.cool"}}}
      """
    And the side effects should be:
      | +nodes Author | 1 |
    When executing control query:
      """
      { authors { description contactDetails { email } } }
      """
    Then the result should be:
      """
      {"authors": [{"description": "first", "contactDetails": null}, {"description": "I am a good author!", "contactDetails": {"email": "nilan@graph.cool"}}]}
      """

  @id:prisma1-seed002-029 @behaviour:connect @seed:E-002-21 @from-prose @erratum:ERR-002-9
  Scenario: updating an existing Author node and connecting it to an existing ContactDetails node
    Seed 002 L526-530 (empty code block). Counterpart: seed 001 E-001-08 (author with contact details
    johannes@…, connecting nilan@…, new description). P1-C1 connect inside update: the author's old
    contact details are unlinked (they survive), the new ones linked: link count unchanged (§4.0).
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createAuthor(data: {description: "I am a good author!", contactDetails: {create: {email: "johannes@graph.cool"}}}) { id } }
      """
    And saving "data.createAuthor.id" as "authorId"
    And having executed:
      """
      mutation { createContactDetails(data: {email: "nilan@graph.cool"}) { id } }
      """
    And saving "data.createContactDetails.id" as "contactDetailsId"
    When executing:
      """
      mutation updateAuthorAndConnectContactDetails {
        updateAuthor(
          where: {id: "{{authorId}}"}
          data: {
            description: "I write posts"
            contactDetails: {connect: {id: "{{contactDetailsId}}"}}
          }
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
      { author(where: {id: "{{authorId}}"}) { description } }
      """
    Then the result should be:
      """
      {"author": {"description": "I write posts"}}
      """

  # ---------------------------------------------------------------- nested connect, to-many

  @id:prisma1-seed002-030 @behaviour:connect @seed:E-002-22 @from-prose @erratum:ERR-002-9
  Scenario: creating a new Author node and connecting it to multiple existing Post nodes
    Seed 002 L536-542 (empty code block; the prose names the Graphcool argument `postsIds`).
    Counterpart: seed 001 E-001-09 (variable `$postsIds: [ID!]`). In Prisma 1 the variable is a list
    of unique selectors, `[PostWhereUniqueInput!]`, given to `posts: {connect: …}`.
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createPost(data: {text: "A post of mine"}) { id } }
      """
    And saving "data.createPost.id" as "post1Id"
    And having executed:
      """
      mutation { createPost(data: {text: "Another post"}) { id } }
      """
    And saving "data.createPost.id" as "post2Id"
    And the variables are:
      """
      {"posts": [{"id": "{{post1Id}}"}, {"id": "{{post2Id}}"}]}
      """
    When executing:
      """
      mutation createAuthorAndConnectPosts($posts: [PostWhereUniqueInput!]) {
        createAuthor(data: {
          description: "I am a good author!"
          posts: {connect: $posts}
        }) {
          description
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createAuthor": {"description": "I am a good author!", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
      | +links AuthorPosts | 2 |

  @id:prisma1-seed002-031 @behaviour:connect @seed:E-002-23 @from-prose @erratum:ERR-002-9 @erratum:ERR-002-10
  Scenario: updating an existing Author node with multiple existing Post nodes appends them (the seed says "replace")
    Seed 002 L544-552 (empty code block; the heading says "new" posts but means existing ones,
    ERR-002-10). Counterpart: seed 001 E-001-10. The note at L552 says the mutation *replaces* the
    author's posts; in Prisma 1 `connect` appends (§4.0 PM-C1, §13 item 11), so the author keeps
    the post it already had.
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createAuthor(data: {description: "I am a good author!", posts: {create: [{text: "An older post"}]}}) { id } }
      """
    And saving "data.createAuthor.id" as "authorId"
    And having executed:
      """
      mutation { createPost(data: {text: "A post of mine"}) { id } }
      """
    And saving "data.createPost.id" as "post1Id"
    And having executed:
      """
      mutation { createPost(data: {text: "Another post"}) { id } }
      """
    And saving "data.createPost.id" as "post2Id"
    And the variables are:
      """
      {"posts": [{"id": "{{post1Id}}"}, {"id": "{{post2Id}}"}]}
      """
    When executing:
      """
      mutation updateAuthorAndConnectPosts($posts: [PostWhereUniqueInput!]) {
        updateAuthor(
          where: {id: "{{authorId}}"}
          data: {
            description: "I write posts"
            posts: {connect: $posts}
          }
        ) {
          id
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateAuthor": {"id": "{{authorId}}", "posts": [{"text": "An older post"}, {"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +links AuthorPosts | 2 |

  @id:prisma1-seed002-032 @behaviour:set @seed:E-002-23 @from-prose @erratum:ERR-002-9 @erratum:ERR-002-10
  Scenario: replacing an Author's posts with existing ones takes `set`
    What the seed's note promises ("replace the existing list of Post nodes"), done the Prisma 1
    way: `set` (1.25+, §4.7) replaces the whole link set with the listed posts. The older post is
    detached and survives.
    Given the data model "author_contact_posts"
    And an empty database
    And having executed:
      """
      mutation { createAuthor(data: {description: "I am a good author!", posts: {create: [{text: "An older post"}]}}) { id } }
      """
    And saving "data.createAuthor.id" as "authorId"
    And having executed:
      """
      mutation { createPost(data: {text: "A post of mine"}) { id } }
      """
    And saving "data.createPost.id" as "post1Id"
    And having executed:
      """
      mutation { createPost(data: {text: "Another post"}) { id } }
      """
    And saving "data.createPost.id" as "post2Id"
    And the variables are:
      """
      {"posts": [{"id": "{{post1Id}}"}, {"id": "{{post2Id}}"}]}
      """
    When executing:
      """
      mutation updateAuthorAndConnectPosts($posts: [PostWhereUniqueInput!]) {
        updateAuthor(
          where: {id: "{{authorId}}"}
          data: {
            description: "I write posts"
            posts: {set: $posts}
          }
        ) {
          id
          posts {
            text
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateAuthor": {"id": "{{authorId}}", "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}}
      """
    And the side effects should be:
      | +links AuthorPosts | 1 |
    When executing control query:
      """
      { posts { text author { description } } }
      """
    Then the result should be:
      """
      {"posts": [
        {"text": "An older post", "author": null},
        {"text": "A post of mine", "author": {"description": "I write posts"}},
        {"text": "Another post", "author": {"description": "I write posts"}}
      ]}
      """
