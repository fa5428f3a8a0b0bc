Feature: 8base record mutations: xUpdate, located by data.id or by filter
  dialects.md §2.2 and §5 items 47, 61: `authorUpdate(data: AuthorUpdateInput!, filter:
  AuthorKeyFilter)` locates its record either by `data.id` or by `filter` (`id` or one unique field,
  seed 000 uses `filter: {name}`). The executor's decisions where the sources are silent: neither
  given, or both given and naming different records, is an InvalidArgumentError (InvalidSelector);
  a locator matching nothing is an EntityNotFoundError (NodeNotFound). Only the given fields change.

  Background:
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", bio: "Possum fan"}) { id }
        stevens: authorCreate(data: {name: "Stevens", bio: "Wombat fan"}) { id }
      }
      """
    And saving "data.huxley.id" as "huxley"
    And saving "data.stevens.id" as "stevens"

  @id:8base-update-001 @behaviour:update @catalogue:E-47
  Scenario: authorUpdate with data.id and no filter updates that record
    §5.47: `authorUpdate(data: {id, name})` locates the record by `data.id`; the id itself does not
    change, the name does.
    When executing:
      """
      mutation {
        authorUpdate(data: {id: "{{huxley}}", name: "Aldous Huxley"}) { id name bio }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"id": "{{huxley}}", "name": "Aldous Huxley", "bio": "Possum fan"}}
      """
    And no side effects
    When executing control query:
      """
      { authorsList(sort: {name: ASC}) { items { name bio } } }
      """
    Then the result should be, in order:
      """
      {"authorsList": {"items": [{"name": "Aldous Huxley", "bio": "Possum fan"}, {"name": "Stevens", "bio": "Wombat fan"}]}}
      """

  @id:8base-update-002 @behaviour:update
  Scenario Outline: authorUpdate locates its record by <locator>
    Each accepted way of choosing the record: a filter on the id, a filter on the unique name, and
    data.id together with a filter naming the same record.
    When executing:
      """
      mutation {
        authorUpdate(<args>) { name bio }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"name": "Huxley", "bio": "changed"}}
      """
    And no side effects
    When executing control query:
      """
      { stevens: author(name: "Stevens") { bio } huxley: author(name: "Huxley") { bio } }
      """
    Then the result should be:
      """
      {"stevens": {"bio": "Wombat fan"}, "huxley": {"bio": "changed"}}
      """

    Examples:
      | locator        | args                                                                     |
      | filter-id      | filter: {id: "{{huxley}}"}, data: {bio: "changed"}                      |
      | filter-name    | filter: {name: "Huxley"}, data: {bio: "changed"}                        |
      | both-agreeing  | filter: {name: "Huxley"}, data: {id: "{{huxley}}", bio: "changed"}      |

  @id:8base-update-003 @behaviour:errors @catalogue:E-61
  Scenario Outline: authorUpdate whose locator matches nothing is an EntityNotFoundError (<locator>)
    §5.61: `authorUpdate(filter: {name: "Nobody"})` is a not-found error; so is an unknown data.id.
    Nothing changes.
    When executing:
      """
      mutation {
        authorUpdate(<args>) { id }
      }
      """
    Then an error "NodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList { items { name bio } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [{"name": "Huxley", "bio": "Possum fan"}, {"name": "Stevens", "bio": "Wombat fan"}]}}
      """

    Examples:
      | locator     | args                                                             |
      | filter-name | filter: {name: "Nobody"}, data: {bio: "changed"}                 |
      | filter-id   | filter: {id: "cjld2cjxh0000qzrmn831i7rn"}, data: {bio: "changed"} |
      | data-id     | data: {id: "cjld2cjxh0000qzrmn831i7rn", bio: "changed"}          |

  @id:8base-update-004 @behaviour:errors
  Scenario Outline: authorUpdate with <case> is an InvalidArgumentError; nothing changes
    Neither a data.id nor a filter leaves nothing to locate; a data.id and a filter naming two
    different records are contradictory. The executor's decision (dialects.md §2.2 leaves both
    open): InvalidSelector, code InvalidArgumentError, and neither record changes.
    When executing:
      """
      mutation {
        authorUpdate(<args>) { id }
      }
      """
    Then an error "InvalidSelector" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList { items { name bio } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [{"name": "Huxley", "bio": "Possum fan"}, {"name": "Stevens", "bio": "Wombat fan"}]}}
      """

    Examples:
      | case          | args                                                                |
      | no-locator    | data: {bio: "changed"}                                              |
      | contradictory | filter: {name: "Stevens"}, data: {id: "{{huxley}}", bio: "changed"} |

  @id:8base-update-005 @behaviour:errors
  Scenario: authorUpdate to a name another author has is a ValidationError; nothing changes
    Author.name is unique: renaming Huxley to Stevens clashes (UniqueConstraintViolation).
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {name: "Stevens", bio: "changed"}) { id }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And no side effects
    When executing control query:
      """
      { author(id: "{{huxley}}") { name bio } }
      """
    Then the result should be:
      """
      {"author": {"name": "Huxley", "bio": "Possum fan"}}
      """

  @id:8base-update-006 @behaviour:update
  Scenario: authorUpdate with a null bio clears it; fields not given keep their values
    Only the fields given change; an explicit null clears an optional field; `updatedAt` is a date-time.
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Stevens"}, data: {bio: null}) { name bio updatedAt }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"name": "Stevens", "bio": null, "updatedAt": "<datetime>"}}
      """
    And no side effects

  @id:8base-update-007 @behaviour:update
  Scenario: authorUpdate renaming an author to its own current name is no clash
    The unique check ignores the record being updated.
    When executing:
      """
      mutation {
        authorUpdate(data: {id: "{{stevens}}", name: "Stevens", bio: "still a wombat fan"}) { name bio }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"name": "Stevens", "bio": "still a wombat fan"}}
      """
    And no side effects

  @id:8base-update-008 @behaviour:errors
  Scenario: authorUpdate setting the mandatory name to null is a ValidationError
    `name: String!` cannot be cleared (NullInRequiredField, code ValidationError); the bio change of
    the same mutation is undone.
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {name: null, bio: "changed"}) { id }
      }
      """
    Then an error "NullInRequiredField" should be raised
    And no side effects
    When executing control query:
      """
      { author(id: "{{huxley}}") { name bio } }
      """
    Then the result should be:
      """
      {"author": {"name": "Huxley", "bio": "Possum fan"}}
      """

  @id:8base-update-009 @behaviour:errors
  Scenario Outline: A key filter naming two fields is an InvalidArgumentError, even when both agree (<case>)
    The key filter holds the id or *one* unique field (dialects.md §2.2). The reference refuses a
    filter with two fields (class AmbiguousSelector, code InvalidArgumentError) whether or not they
    name the same record.
    When executing:
      """
      mutation {
        authorUpdate(filter: {id: "{{huxley}}", name: "<name>"}, data: {bio: "changed"}) { id }
      }
      """
    Then an error "AmbiguousSelector" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList { items { name bio } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [{"name": "Huxley", "bio": "Possum fan"}, {"name": "Stevens", "bio": "Wombat fan"}]}}
      """

    Examples:
      | case     | name    |
      | agreeing | Huxley  |
      | clashing | Stevens |
