Feature: 8base record mutations: soft delete, restore, destroy and force
  dialects.md §2.2 and §5 items 48, 60. `xDelete(data: {id} | filter: XKeyFilter, force)` and
  `xDeleteByFilter(filter, force)` delete softly: they answer `{success: true}`, the record vanishes
  from `x(...)`, from `xsList` unless `withDeleted: true`, from relation fields (to-many items and
  count, to-one reads null) and from connect targets, yet it still counts for unique checks, and
  `xRestore(id)` brings it back with its links. `xDestroy`/`xDestroyByFilter` delete for good,
  soft-deleted records included. A record whose children have a mandatory relation to it cannot be
  deleted or destroyed without `force: true` (ForcibleError); with it the children go too, softly
  for delete, for good for destroy. Restoring a record that is not soft-deleted is an
  EntityNotFoundError. The suite counts what a user sees: a soft delete is `-nodes`.

  @id:8base-delete-001 @behaviour:delete @catalogue:E-48
  Scenario: authorDelete by name answers success; the list leaves it out, withDeleted shows it
    §5.48. The single-record query by name answers null too.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley"}) { id }
        stevens: authorCreate(data: {name: "Stevens"}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorDelete(filter: {name: "Huxley"}) { success }
      }
      """
    Then the result should be:
      """
      {"authorDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author | 1 |
    When executing control query:
      """
      {
        visible: authorsList { count items { name } }
        all: authorsList(withDeleted: true) { count items { name } }
        huxley: author(name: "Huxley") { id }
      }
      """
    Then the result should be:
      """
      {
        "visible": {"count": 1, "items": [{"name": "Stevens"}]},
        "all": {"count": 2, "items": [{"name": "Huxley"}, {"name": "Stevens"}]},
        "huxley": null
      }
      """

  @id:8base-delete-002 @behaviour:delete
  Scenario: authorDelete by data.id answers success; the record is gone from queries by id
    `AuthorDeleteInput { id }` locates the record as `data.id` does in authorUpdate.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    And saving "data.authorCreate.id" as "huxley"
    When executing:
      """
      mutation {
        authorDelete(data: {id: "{{huxley}}"}) { success }
      }
      """
    Then the result should be:
      """
      {"authorDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author | 1 |
    When executing control query:
      """
      { author(id: "{{huxley}}") { name } }
      """
    Then the result should be:
      """
      {"author": null}
      """

  @id:8base-delete-003 @behaviour:errors
  Scenario Outline: <mutation> of a record that does not exist is an EntityNotFoundError
    Nothing is deleted.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    When executing:
      """
      mutation {
        <mutation>(<args>) { success }
      }
      """
    Then an error "NodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 1}}
      """

    Examples:
      | mutation      | args                                       |
      | authorDelete  | filter: {name: "Nobody"}                   |
      | authorDestroy | filter: {id: "cjld2cjxh0000qzrmn831i7rn"}  |

  @id:8base-delete-004 @behaviour:uniques
  Scenario: A soft-deleted author still holds its unique name
    The name of a soft-deleted record cannot be taken (UniqueConstraintViolation, code
    ValidationError); the deleted record stays deleted.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Huxley"}) { success } }
      """
    When executing:
      """
      mutation {
        authorCreate(data: {name: "Huxley"}) { id }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And no side effects
    When executing control query:
      """
      { visible: authorsList { count } all: authorsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"visible": {"count": 0}, "all": {"count": 1}}
      """

  @id:8base-delete-005 @behaviour:uniques
  Scenario: Renaming a post to the title of a soft-deleted post is a unique clash
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "Awesome Possum"}) { id }
        b: postCreate(data: {title: "Draft"}) { id }
      }
      """
    And having executed:
      """
      mutation { postDelete(filter: {title: "Awesome Possum"}) { success } }
      """
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Draft"}, data: {title: "Awesome Possum"}) { id }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And no side effects
    When executing control query:
      """
      { postsList { items { title } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "Draft"}]}}
      """

  @id:8base-delete-006 @behaviour:restore
  Scenario: authorRestore brings a soft-deleted author back with its posts
    The links were kept while the author was deleted: after the restore the author is listed again
    and its two posts are its own again (they read the author as null while it was deleted).
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", bio: "Possum fan", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
      }
      """
    And saving "data.authorCreate.id" as "huxley"
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Huxley"}) { success } }
      """
    And having executed:
      """
      { postsList { items { title author { name } } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "Awesome Possum", "author": null}, {"title": "Can't stop the Possum", "author": null}]}}
      """
    When executing:
      """
      mutation {
        authorRestore(id: "{{huxley}}") {
          id
          name
          bio
          posts { count items { title } }
        }
      }
      """
    Then the result should be:
      """
      {"authorRestore": {"id": "{{huxley}}", "name": "Huxley", "bio": "Possum fan", "posts": {"count": 2, "items": [{"title": "Awesome Possum"}, {"title": "Can't stop the Possum"}]}}}
      """
    And the side effects should be:
      | +nodes Author      | 1 |
      | +links AuthorPosts | 2 |
    When executing control query:
      """
      { postsList { items { title author { name } } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "Awesome Possum", "author": {"name": "Huxley"}}, {"title": "Can't stop the Possum", "author": {"name": "Huxley"}}]}}
      """

  @id:8base-delete-007 @behaviour:errors
  Scenario: authorRestore of an author that is not deleted is an EntityNotFoundError
    Only a soft-deleted record can be restored.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    And saving "data.authorCreate.id" as "huxley"
    When executing:
      """
      mutation {
        authorRestore(id: "{{huxley}}") { id }
      }
      """
    Then an error "NodeNotFound" should be raised
    And no side effects

  @id:8base-delete-008 @behaviour:delete
  Scenario: A soft-deleted post leaves its author's posts, items and count
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        postDelete(filter: {title: "Awesome Possum"}) { success }
      }
      """
    Then the result should be:
      """
      {"postDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Post        | 1 |
      | -links AuthorPosts | 1 |
    When executing control query:
      """
      { author(name: "Huxley") { posts { count items { title } } } }
      """
    Then the result should be:
      """
      {"author": {"posts": {"count": 1, "items": [{"title": "Can't stop the Possum"}]}}}
      """

  @id:8base-delete-009 @behaviour:destroy
  Scenario: authorDestroy deletes for good: withDeleted does not show it
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley"}) { id }
        stevens: authorCreate(data: {name: "Stevens"}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorDestroy(filter: {name: "Huxley"}) { success }
      }
      """
    Then the result should be:
      """
      {"authorDestroy": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author | 1 |
    When executing control query:
      """
      { authorsList(withDeleted: true) { count items { name } } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 1, "items": [{"name": "Stevens"}]}}
      """

  @id:8base-delete-010 @behaviour:destroy
  Scenario: authorDestroy of a soft-deleted author removes it for good
    The destroy family reaches soft-deleted records: the user-visible counts do not change (the
    record was already hidden), the withDeleted list loses it.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    And saving "data.authorCreate.id" as "huxley"
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Huxley"}) { success } }
      """
    When executing:
      """
      mutation {
        authorDestroy(filter: {id: "{{huxley}}"}) { success }
      }
      """
    Then the result should be:
      """
      {"authorDestroy": {"success": true}}
      """
    And no side effects
    When executing control query:
      """
      { authorsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 0}}
      """

  @id:8base-delete-011 @behaviour:errors
  Scenario: authorRestore of a destroyed author is an EntityNotFoundError
    Restore undoes a soft delete only.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    And saving "data.authorCreate.id" as "huxley"
    And having executed:
      """
      mutation { authorDestroy(filter: {name: "Huxley"}) { success } }
      """
    When executing:
      """
      mutation {
        authorRestore(id: "{{huxley}}") { id }
      }
      """
    Then an error "NodeNotFound" should be raised
    And no side effects

  @id:8base-delete-012 @behaviour:destroy
  Scenario: A destroyed author's name is free again
    Unlike a soft delete (8base-delete-004), a destroy releases the unique value.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley", bio: "old"}) { id } }
      """
    And having executed:
      """
      mutation { authorDestroy(filter: {name: "Huxley"}) { success } }
      """
    When executing:
      """
      mutation {
        authorCreate(data: {name: "Huxley", bio: "new"}) { name bio }
      }
      """
    Then the result should be:
      """
      {"authorCreate": {"name": "Huxley", "bio": "new"}}
      """
    And the side effects should be:
      | +nodes Author | 1 |

  @id:8base-delete-013 @behaviour:errors @catalogue:E-60
  Scenario Outline: <mutation> of an author with posts whose author is mandatory needs force (<case>)
    §5.60: without `force: true` the delete fails with ForcibleError (class ForceRequired) and
    nothing changes, the posts included.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        <mutation>(<args>) { success }
      }
      """
    Then an error "ForceRequired" should be raised
    And no side effects
    When executing control query:
      """
      { all: postsList(withDeleted: true) { count items { title author { name } } } }
      """
    Then the result should be:
      """
      {"all": {"count": 2, "items": [{"title": "Awesome Possum", "author": {"name": "Huxley"}}, {"title": "Can't stop the Possum", "author": {"name": "Huxley"}}]}}
      """

    Examples:
      | case           | mutation             | args                                   |
      | delete         | authorDelete         | filter: {name: "Huxley"}               |
      | destroy        | authorDestroy        | filter: {name: "Huxley"}               |
      | delete-filter  | authorDeleteByFilter | filter: {name: {equals: "Huxley"}}     |
      | destroy-filter | authorDestroyByFilter | filter: {name: {equals: "Huxley"}}    |
      | force-false    | authorDelete         | filter: {name: "Huxley"}, force: false |

  @id:8base-delete-014 @behaviour:delete @catalogue:E-60
  Scenario: authorDelete with force soft-deletes the author and its mandatory posts
    §5.60: with `force: true` the posts go too, softly: they are hidden, but withDeleted lists them.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
        stevens: authorCreate(data: {name: "Stevens", posts: {create: [{title: "Wombat Days"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorDelete(filter: {name: "Huxley"}, force: true) { success }
      }
      """
    Then the result should be:
      """
      {"authorDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author      | 1 |
      | -nodes Post        | 2 |
      | -links AuthorPosts | 2 |
    When executing control query:
      """
      {
        visible: postsList { items { title } }
        all: postsList(withDeleted: true) { count }
      }
      """
    Then the result should be:
      """
      {"visible": {"items": [{"title": "Wombat Days"}]}, "all": {"count": 3}}
      """

  @id:8base-delete-015 @behaviour:destroy @catalogue:E-60
  Scenario: authorDestroy with force destroys the author and its mandatory posts for good
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
        stevens: authorCreate(data: {name: "Stevens", posts: {create: [{title: "Wombat Days"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorDestroy(filter: {name: "Huxley"}, force: true) { success }
      }
      """
    Then the result should be:
      """
      {"authorDestroy": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author      | 1 |
      | -nodes Post        | 2 |
      | -links AuthorPosts | 2 |
    When executing control query:
      """
      {
        posts: postsList(withDeleted: true) { items { title } }
        authors: authorsList(withDeleted: true) { items { name } }
      }
      """
    Then the result should be:
      """
      {"posts": {"items": [{"title": "Wombat Days"}]}, "authors": {"items": [{"name": "Stevens"}]}}
      """

  @id:8base-delete-016 @behaviour:delete
  Scenario: authorDelete of an author with optional posts keeps the posts, which read author null
    No force is needed where the children's relation is optional; the posts survive.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorDelete(filter: {name: "Huxley"}) { success }
      }
      """
    Then the result should be:
      """
      {"authorDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author      | 1 |
      | -links AuthorPosts | 2 |
    When executing control query:
      """
      { postsList { count items { title author { name } } } }
      """
    Then the result should be:
      """
      {"postsList": {"count": 2, "items": [{"title": "Awesome Possum", "author": null}, {"title": "Can't stop the Possum", "author": null}]}}
      """

  @id:8base-delete-017 @behaviour:delete
  Scenario: authorDeleteByFilter soft-deletes every matching author
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreateMany(data: [{name: "Huxley"}, {name: "Stevens"}, {name: "Smith"}]) { count }
      }
      """
    When executing:
      """
      mutation {
        authorDeleteByFilter(filter: {name: {starts_with: "S"}}) { success }
      }
      """
    Then the result should be:
      """
      {"authorDeleteByFilter": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author | 2 |
    When executing control query:
      """
      {
        visible: authorsList { items { name } }
        all: authorsList(withDeleted: true) { count }
      }
      """
    Then the result should be:
      """
      {"visible": {"items": [{"name": "Huxley"}]}, "all": {"count": 3}}
      """

  @id:8base-delete-018 @behaviour:destroy
  Scenario: authorDestroyByFilter destroys every matching author, soft-deleted ones included
    Stevens is soft-deleted first; the destroy by filter reaches it as well as Smith.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreateMany(data: [{name: "Huxley"}, {name: "Stevens"}, {name: "Smith"}]) { count }
      }
      """
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Stevens"}) { success } }
      """
    When executing:
      """
      mutation {
        authorDestroyByFilter(filter: {name: {starts_with: "S"}}) { success }
      }
      """
    Then the result should be:
      """
      {"authorDestroyByFilter": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author | 1 |
    When executing control query:
      """
      { authorsList(withDeleted: true) { items { name } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [{"name": "Huxley"}]}}
      """

  @id:8base-delete-019 @behaviour:errors
  Scenario: Connecting a soft-deleted author is an EntityNotFoundError; nothing changes
    A soft-deleted record is no connect target.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley"}) { id }
        post: postCreate(data: {title: "Awesome Possum"}) { id }
      }
      """
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Huxley"}) { success } }
      """
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Awesome Possum"}, data: {body: "changed", author: {connect: {name: "Huxley"}}}) { id }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { post(title: "Awesome Possum") { body author { name } } }
      """
    Then the result should be:
      """
      {"post": {"body": null, "author": null}}
      """

  @id:8base-delete-020 @behaviour:errors
  Scenario: authorDelete of an author that is already soft-deleted is an EntityNotFoundError
    The soft-deleted record is no longer found by the key filter of authorDelete.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Huxley"}) { success } }
      """
    When executing:
      """
      mutation {
        authorDelete(filter: {name: "Huxley"}) { success }
      }
      """
    Then an error "NodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 1}}
      """

  @id:8base-delete-021 @behaviour:errors
  Scenario: A soft-deleted post cannot be updated: postUpdate is an EntityNotFoundError
    A soft-deleted record vanishes from the lookups of `x(...)` and so from xUpdate's locator.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { postCreate(data: {title: "Awesome Possum"}) { id } }
      """
    And having executed:
      """
      mutation { postDelete(filter: {title: "Awesome Possum"}) { success } }
      """
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Awesome Possum"}, data: {body: "changed"}) { id }
      }
      """
    Then an error "NodeNotFound" should be raised
    And no side effects
    When executing control query:
      """
      { postsList(withDeleted: true) { items { title body } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "Awesome Possum", "body": null}]}}
      """

  @id:8base-delete-022 @behaviour:delete @catalogue:E-60
  Scenario: force given inside data (AuthorDeleteInput {id, force}) works as the force argument
    dialects.md §2.5 item 7: the sibling documentation page puts `force` "in the data object" while
    the SDK passes it as an argument; the reference accepts both. Here `data: {id, force: true}`
    soft-deletes the author and its mandatory posts.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
      }
      """
    And saving "data.authorCreate.id" as "huxley"
    When executing:
      """
      mutation {
        authorDelete(data: {id: "{{huxley}}", force: true}) { success }
      }
      """
    Then the result should be:
      """
      {"authorDelete": {"success": true}}
      """
    And the side effects should be:
      | -nodes Author      | 1 |
      | -nodes Post        | 1 |
      | -links AuthorPosts | 1 |
    When executing control query:
      """
      { postsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"postsList": {"count": 1}}
      """

  @id:8base-delete-023 @behaviour:errors
  Scenario: authorDelete with data.id and a filter naming different records is an InvalidArgumentError
    As in authorUpdate (8base-update-004): contradictory locators (InvalidSelector); neither author
    is deleted.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley"}) { id }
        stevens: authorCreate(data: {name: "Stevens"}) { id }
      }
      """
    And saving "data.huxley.id" as "huxley"
    When executing:
      """
      mutation {
        authorDelete(data: {id: "{{huxley}}"}, filter: {name: "Stevens"}) { success }
      }
      """
    Then an error "InvalidSelector" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 2}}
      """

  @id:8base-delete-024 @behaviour:restore
  Scenario: Restoring an author deleted with force brings back the author only
    The force-deleted posts stay soft-deleted: authorRestore restores one record (its links kept),
    so the restored author lists no posts and withDeleted still finds both.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) { id }
      }
      """
    And saving "data.authorCreate.id" as "huxley"
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Huxley"}, force: true) { success } }
      """
    When executing:
      """
      mutation {
        authorRestore(id: "{{huxley}}") { name posts { count } }
      }
      """
    Then the result should be:
      """
      {"authorRestore": {"name": "Huxley", "posts": {"count": 0}}}
      """
    And the side effects should be:
      | +nodes Author | 1 |
    When executing control query:
      """
      { visible: postsList { count } all: postsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"visible": {"count": 0}, "all": {"count": 2}}
      """

  @id:8base-delete-025 @behaviour:errors @catalogue:E-60
  Scenario: An author whose mandatory posts are all soft-deleted still needs force
    Soft-deleted records still count for mandatory validation (dialects.md §2.2): Huxley's only post
    is soft-deleted, yet its mandatory author link holds, so authorDelete without force is a
    ForcibleError and Huxley stays.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
      }
      """
    And having executed:
      """
      mutation { postDelete(filter: {title: "Awesome Possum"}) { success } }
      """
    When executing:
      """
      mutation {
        authorDelete(filter: {name: "Huxley"}) { success }
      }
      """
    Then an error "ForceRequired" should be raised
    And no side effects
    When executing control query:
      """
      { author(name: "Huxley") { name posts { count } } }
      """
    Then the result should be:
      """
      {"author": {"name": "Huxley", "posts": {"count": 0}}}
      """

  @id:8base-delete-026 @behaviour:errors
  Scenario: authorDelete with neither data.id nor a filter is an InvalidArgumentError
    As authorUpdate (8base-update-004[no-locator]): nothing to locate (InvalidSelector); nothing is
    deleted.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    When executing:
      """
      mutation {
        authorDelete { success }
      }
      """
    Then an error "InvalidSelector" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList(withDeleted: true) { count } }
      """
    Then the result should be:
      """
      {"authorsList": {"count": 1}}
      """

  @id:8base-delete-027 @behaviour:errors
  Scenario: Restoring a post whose mandatory author is still soft-deleted is a ValidationError
    Coordinator's decision (contract question 12): a record cannot come back without its mandatory
    partner, so `postRestore` while Huxley is soft-deleted is a RequiredRelationViolation (code
    ValidationError) and the post stays hidden.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { posts { items { id } } }
      }
      """
    And saving "data.authorCreate.posts.items.0.id" as "post"
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Huxley"}, force: true) { success } }
      """
    When executing:
      """
      mutation {
        postRestore(id: "{{post}}") { title }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And no side effects
    When executing control query:
      """
      {
        visible: postsList { count }
        all: postsList(withDeleted: true) { items { title } }
        post: post(id: "{{post}}") { title }
      }
      """
    Then the result should be:
      """
      {"visible": {"count": 0}, "all": {"items": [{"title": "Awesome Possum"}]}, "post": null}
      """

  @id:8base-delete-028 @behaviour:restore
  Scenario: Restoring the author first, then its post, brings both back linked
    The order that 8base-delete-027 refuses the other way round: once Huxley is back, the post's
    mandatory partner is there and postRestore succeeds with the link kept.
    Given the data model "blog_author_post_mandatory_author"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id posts { items { id } } }
      }
      """
    And saving "data.authorCreate.id" as "huxley"
    And saving "data.authorCreate.posts.items.0.id" as "post"
    And having executed:
      """
      mutation { authorDelete(filter: {name: "Huxley"}, force: true) { success } }
      """
    And having executed:
      """
      mutation { authorRestore(id: "{{huxley}}") { id } }
      """
    When executing:
      """
      mutation {
        postRestore(id: "{{post}}") { title author { name } }
      }
      """
    Then the result should be:
      """
      {"postRestore": {"title": "Awesome Possum", "author": {"name": "Huxley"}}}
      """
    And the side effects should be:
      | +nodes Post        | 1 |
      | +links AuthorPosts | 1 |

  @id:8base-delete-029 @behaviour:restore @relation:P1-C1
  Scenario: Restoring a child whose parent took another child meanwhile drops the old link
    P1-C1: c1 is soft-deleted while linked to p1; p1 then connects c2. On restore, c1 cannot take p1
    back (p1's to-one holds c2): c1 comes back without a parent, p1 keeps c2.
    Given the data model "relation_1to1_optional"
    And an empty database
    And having executed:
      """
      mutation {
        p1: parentCreate(data: {name: "p1", child: {create: {name: "c1"}}}) { child { id } }
        c2: childCreate(data: {name: "c2"}) { id }
      }
      """
    And saving "data.p1.child.id" as "c1"
    And having executed:
      """
      mutation { childDelete(filter: {name: "c1"}) { success } }
      """
    And having executed:
      """
      mutation { parentUpdate(filter: {name: "p1"}, data: {child: {connect: {name: "c2"}}}) { id } }
      """
    When executing:
      """
      mutation {
        childRestore(id: "{{c1}}") { name parent { name } }
      }
      """
    Then the result should be:
      """
      {"childRestore": {"name": "c1", "parent": null}}
      """
    And the side effects should be:
      | +nodes Child | 1 |
    When executing control query:
      """
      { parent(name: "p1") { child { name } } }
      """
    Then the result should be:
      """
      {"parent": {"child": {"name": "c2"}}}
      """

  @id:8base-delete-030 @behaviour:errors @behaviour:destroy
  Scenario: authorDestroy with no filter is an InvalidArgumentError and destroys nothing
    8base's generated schemas make `xDestroy(filter: XKeyFilter, force: Boolean)`'s filter
    optional; without it there is nothing to locate (InvalidSelector), as for authorDelete.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { authorCreate(data: {name: "Huxley"}) { id } }
      """
    When executing:
      """
      mutation {
        authorDestroy { success }
      }
      """
    Then an error "InvalidSelector" should be raised
    And no side effects

  @id:8base-delete-031 @behaviour:delete @behaviour:query
  Scenario: A soft-deleted record is null by id or key, and found again with withDeleted: true
    8base's generated schemas give the single-record query a `withDeleted` argument, as the list
    query has: `author(name: "Huxley", withDeleted: true)` finds the soft-deleted record; its
    unique name is still taken. A destroyed record is not found either way.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", bio: "Possum fan"}) { id }
        stevens: authorCreate(data: {name: "Stevens"}) { id }
      }
      """
    And saving "data.huxley.id" as "huxley"
    And having executed:
      """
      mutation {
        soft: authorDelete(filter: {name: "Huxley"}) { success }
        hard: authorDestroy(filter: {name: "Stevens"}) { success }
      }
      """
    When executing:
      """
      {
        byKey: author(name: "Huxley") { name }
        byId: author(id: "{{huxley}}") { name }
        withDeleted: author(name: "Huxley", withDeleted: true) { id name bio }
        byIdWithDeleted: author(id: "{{huxley}}", withDeleted: true) { name }
        destroyed: author(name: "Stevens", withDeleted: true) { name }
      }
      """
    Then the result should be:
      """
      {
        "byKey": null,
        "byId": null,
        "withDeleted": {"id": "{{huxley}}", "name": "Huxley", "bio": "Possum fan"},
        "byIdWithDeleted": {"name": "Huxley"},
        "destroyed": null
      }
      """
    And no side effects
