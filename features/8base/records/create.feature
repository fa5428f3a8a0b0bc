Feature: 8base record mutations: xCreate and xCreateMany
  dialects.md §2.1/§2.2 and §5 items 46, 50, 51, 62: `authorCreate(data: AuthorCreateInput!)` answers
  the new record; relation fields take `{create, connect}` on create (§2.3); `authorCreateMany(data:
  [...])` creates every record of the list in one atomic mutation and answers `{count, items}`.
  A unique clash is a `ValidationError` (UniqueConstraintViolation); a create without its mandatory
  to-one is a `ValidationError` (RequiredFieldMissing); error texts are not asserted, only the code.

  @id:8base-create-001 @behaviour:create @catalogue:E-46
  Scenario: authorCreate answers the new record's id and name
    The id is server-generated (only its presence is checked); the system fields createdAt and
    updatedAt are set by the server; an optional field left out reads null.
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      mutation {
        authorCreate(data: {name: "Huxley"}) {
          id
          name
          bio
          createdAt
          updatedAt
        }
      }
      """
    Then the result should be:
      """
      {"authorCreate": {"id": "<id>", "name": "Huxley", "bio": null, "createdAt": "<datetime>", "updatedAt": "<datetime>"}}
      """
    And the side effects should be:
      | +nodes Author | 1 |
    And saving "data.authorCreate.id" as "huxley"
    When executing control query:
      """
      { author(id: "{{huxley}}") { name } }
      """
    Then the result should be:
      """
      {"author": {"name": "Huxley"}}
      """

  @id:8base-create-002 @behaviour:connect @catalogue:E-50
  Scenario: authorCreate with posts connect links existing posts; a post with another author moves
    §5.50 on the one-to-many Author.posts: both listed posts are linked to the new author; "Moved"
    leaves Stevens (§2.3: a connected child leaves its previous parent), "Free" had no author.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        free: postCreate(data: {title: "Free"}) { id }
        stevens: authorCreate(data: {name: "Stevens", posts: {create: [{title: "Moved"}]}}) { posts { items { id } } }
      }
      """
    And saving "data.free.id" as "free"
    And saving "data.stevens.posts.items.0.id" as "moved"
    When executing:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {connect: [{id: "{{free}}"}, {title: "Moved"}]}}) {
          name
          posts { count items { title } }
        }
      }
      """
    Then the result should be:
      """
      {"authorCreate": {"name": "Huxley", "posts": {"count": 2, "items": [{"title": "Free"}, {"title": "Moved"}]}}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
      | +links AuthorPosts | 2 |
      | -links AuthorPosts | 1 |
    When executing control query:
      """
      { author(name: "Stevens") { posts { count } } }
      """
    Then the result should be:
      """
      {"author": {"posts": {"count": 0}}}
      """

  @id:8base-create-003 @behaviour:nested-create @catalogue:E-51
  Scenario: postCreate with author create creates the author and links it
    §5.51: a nested `create` on a to-one field of a create (PB-01: nested create works when creating
    the parent too).
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      mutation {
        postCreate(data: {title: "Awesome Possum", author: {create: {name: "Huxley", bio: "Possum fan"}}}) {
          title
          author { name bio posts { count } }
        }
      }
      """
    Then the result should be:
      """
      {"postCreate": {"title": "Awesome Possum", "author": {"name": "Huxley", "bio": "Possum fan", "posts": {"count": 1}}}}
      """
    And the side effects should be:
      | +nodes Post        | 1 |
      | +nodes Author      | 1 |
      | +links AuthorPosts | 1 |

  @id:8base-create-004 @behaviour:connect
  Scenario: postCreate with author connect by a unique name on a mandatory relation
    The mandatory Post.author is satisfied by connecting an existing author by its unique `name`.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    When executing:
      """
      mutation {
        postCreate(data: {title: "Awesome Possum", author: {connect: {name: "Huxley"}}}) {
          title
          author { name }
        }
      }
      """
    Then the result should be:
      """
      {"postCreate": {"title": "Awesome Possum", "author": {"name": "Huxley"}}}
      """
    And the side effects should be:
      | +nodes Post        | 1 |
      | +links AuthorPosts | 1 |

  @id:8base-create-005 @behaviour:errors
  Scenario: postCreate without its mandatory author is a ValidationError; nothing is created
    Post.author is mandatory (`author: Author!`); the create gives neither `connect` nor `create`.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    When executing:
      """
      mutation {
        postCreate(data: {title: "Orphan"}) { id }
      }
      """
    Then an error "RequiredFieldMissing" should be raised
    And no side effects
    When executing control query:
      """
      { postsList { count } }
      """
    Then the result should be:
      """
      {"postsList": {"count": 0}}
      """

  @id:8base-create-006 @behaviour:errors
  Scenario: authorCreate with a name already taken is a ValidationError; nothing is created
    Author.name is unique; the clash is a UniqueConstraintViolation (code ValidationError).
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley", bio: "the first"}) { id } }
      """
    When executing:
      """
      mutation {
        authorCreate(data: {name: "Huxley", bio: "the second", posts: {create: [{title: "Lost post"}]}}) { id }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList { count items { name bio } } postsList { count } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 1, "items": [{"name": "Huxley", "bio": "the first"}]}, "postsList": {"count": 0}}
      """

  @id:8base-create-007 @behaviour:batch @catalogue:E-62
  Scenario: authorCreateMany of two records answers count 2 and both records
    §5.62: `authorCreateMany(data: [{…}, {…}])` answers `{count: 2}`; the list response also holds
    the created records as items, in the order given.
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      mutation {
        authorCreateMany(data: [{name: "Huxley", bio: "Possum fan"}, {name: "Stevens"}]) {
          count
          items { name bio }
        }
      }
      """
    Then the result should be, in order:
      """
      {"authorCreateMany": {"count": 2, "items": [{"name": "Huxley", "bio": "Possum fan"}, {"name": "Stevens", "bio": null}]}}
      """
    And the side effects should be:
      | +nodes Author | 2 |
    When executing control query:
      """
      { authorsList { count } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 2}}
      """

  @id:8base-create-008 @behaviour:errors
  Scenario: authorCreateMany with a duplicate name in the list creates nothing
    The second and third records clash on the unique name: the whole createMany is one atomic
    mutation, so the first record is not created either.
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      mutation {
        authorCreateMany(data: [{name: "Huxley"}, {name: "Stevens"}, {name: "Stevens"}]) { count }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList { count } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 0}}
      """

  @id:8base-create-009 @behaviour:errors
  Scenario: authorCreateMany clashing with an existing record creates nothing
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Stevens"}) { id } }
      """
    When executing:
      """
      mutation {
        authorCreateMany(data: [{name: "Huxley"}, {name: "Stevens"}]) { count }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList { items { name } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [{"name": "Stevens"}]}}
      """

  @id:8base-create-010 @behaviour:batch
  Scenario: authorCreateMany links existing posts through connect
    In createMany a relation field takes `connect` only (the ...ManyRelationInput of dialects.md
    §2.1); each created author gets the post its entry names.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "Awesome Possum"}) { id }
        b: postCreate(data: {title: "Wombat Days"}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorCreateMany(data: [
          {name: "Huxley", posts: {connect: [{title: "Awesome Possum"}]}},
          {name: "Stevens", posts: {connect: [{title: "Wombat Days"}]}}
        ]) {
          count
          items { name posts { items { title } } }
        }
      }
      """
    Then the result should be:
      """
      {"authorCreateMany": {"count": 2, "items": [
        {"name": "Huxley", "posts": {"items": [{"title": "Awesome Possum"}]}},
        {"name": "Stevens", "posts": {"items": [{"title": "Wombat Days"}]}}
      ]}}
      """
    And the side effects should be:
      | +nodes Author      | 2 |
      | +links AuthorPosts | 2 |

  @id:8base-create-011 @behaviour:errors
  Scenario: A nested create inside authorCreateMany is a GraphQL validation error
    The createMany relation input has `connect` only: `create` does not validate (no code).
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      mutation {
        authorCreateMany(data: [{name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}]) { count }
      }
      """
    Then an error "ValidationError" should be raised
    And no side effects
