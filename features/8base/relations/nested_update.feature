Feature: 8base nested update on to-one and to-many relation fields
  dialects.md §2.3 and §5 items 57, 58: inside xUpdate a to-one field takes `update: {…data…}` and
  changes the linked record; a to-many field takes `update: [{filter: <key filter>, data: {…}}]` and
  changes the linked records the filters name. Nested update exists on update only. A filter naming
  no linked record is an EntityNotFoundError; a unique clash a ValidationError; nothing changes then.

  @id:8base-nupdate-001 @behaviour:nested-update @catalogue:E-57
  Scenario: postUpdate with a to-one nested update changes the linked author
    §5.57: the post's author gets a new bio; the post's own title changes in the same mutation.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Awesome Possum"}, data: {title: "Awesome Possum, revised", author: {update: {bio: "Just a guy who loves possum."}}}) {
          title
          author { name bio }
        }
      }
      """
    Then the result should be:
      """
      {"postUpdate": {"title": "Awesome Possum, revised", "author": {"name": "Huxley", "bio": "Just a guy who loves possum."}}}
      """
    And no side effects

  @id:8base-nupdate-002 @behaviour:nested-update @catalogue:E-58
  Scenario: authorUpdate with a to-many nested update changes one post, chosen by id
    §5.58: `posts: {update: [{filter: {id}, data: {…}}]}` changes that post only.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum", body: "old"}, {title: "Can't stop the Possum", body: "old"}]}}) {
          posts { items { id } }
        }
      }
      """
    And saving "data.authorCreate.posts.items.1.id" as "second"
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {posts: {update: [{filter: {id: "{{second}}"}, data: {body: "Cause Possum is Awesome"}}]}}) {
          posts { items { title body } }
        }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"posts": {"items": [{"title": "Awesome Possum", "body": "old"}, {"title": "Can't stop the Possum", "body": "Cause Possum is Awesome"}]}}}
      """
    And no side effects

  @id:8base-nupdate-003 @behaviour:nested-update
  Scenario Outline: A nested update from the parent renames its child (<relation>)
    The same nested update over every kind, from the parent's side: to-one `update: {…}`, to-many
    `update: [{filter, data}]` by the child's unique name.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { parentCreate(data: {name: "p1", <pf>: {create: <c1>}}) { id } }
      """
    When executing:
      """
      mutation {
        parentUpdate(filter: {name: "p1"}, data: {<pf>: {update: <upd>}}) { <pf> <sel> }
      }
      """
    Then the result should be:
      """
      {"parentUpdate": {"<pf>": <after>}}
      """
    And no side effects
    When executing control query:
      """
      { childrenList { items { name } } }
      """
    Then the result should be:
      """
      {"childrenList": {"items": [{"name": "c1-renamed"}]}}
      """

    Examples:
      | relation | schema                  | pf       | c1             | upd                                                    | sel                      | after                                           |
      | P1-C1    | relation_1to1_optional  | child    | {name: "c1"}   | {name: "c1-renamed"}                                   | { name }                 | {"name": "c1-renamed"}                          |
      | P1-C1!   | relation_1to1_mandatory | child    | {name: "c1"}   | {name: "c1-renamed"}                                   | { name }                 | {"name": "c1-renamed"}                          |
      | PM-C1    | relation_1ton_optional  | children | [{name: "c1"}] | [{filter: {name: "c1"}, data: {name: "c1-renamed"}}]   | { count items { name } } | {"count": 1, "items": [{"name": "c1-renamed"}]} |
      | PM-C1!   | relation_1ton_mandatory | children | [{name: "c1"}] | [{filter: {name: "c1"}, data: {name: "c1-renamed"}}]   | { count items { name } } | {"count": 1, "items": [{"name": "c1-renamed"}]} |
      | PM-CM    | relation_mton           | children | [{name: "c1"}] | [{filter: {name: "c1"}, data: {name: "c1-renamed"}}]   | { count items { name } } | {"count": 1, "items": [{"name": "c1-renamed"}]} |

  @id:8base-nupdate-004 @behaviour:nested-update
  Scenario: childUpdate with a to-one nested update renames its mandatory parent
    From the child's side on P1-C1!: the nested update reaches the parent.
    Given the data model "relation_1to1_mandatory"
    And an empty database
    And having executed:
      """
      mutation { childCreate(data: {name: "c1", parent: {create: {name: "p1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        childUpdate(filter: {name: "c1"}, data: {parent: {update: {name: "p1-renamed"}}}) { parent { name } }
      }
      """
    Then the result should be:
      """
      {"childUpdate": {"parent": {"name": "p1-renamed"}}}
      """
    And no side effects

  @id:8base-nupdate-005 @behaviour:errors
  Scenario Outline: A to-many nested update naming a post that is not the author's is an EntityNotFoundError (<case>)
    The filter of a nested update looks among the linked records only: Stevens' post and an unknown
    id are both not found. Nothing changes, Huxley's bio included.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", bio: "old", posts: {create: [{title: "Awesome Possum", body: "old"}]}}) { id }
        stevens: authorCreate(data: {name: "Stevens", posts: {create: [{title: "Wombat Days", body: "old"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {bio: "new", posts: {update: [{filter: {title: "Awesome Possum"}, data: {body: "new"}}, {filter: <filter>, data: {body: "new"}}]}}) { id }
      }
      """
    Then an error "<error>" should be raised
    And no side effects
    When executing control query:
      """
      { authorsList { items { name bio posts { items { title body } } } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [
        {"name": "Huxley", "bio": "old", "posts": {"items": [{"title": "Awesome Possum", "body": "old"}]}},
        {"name": "Stevens", "bio": null, "posts": {"items": [{"title": "Wombat Days", "body": "old"}]}}
      ]}}
      """

    Examples:
      | case         | filter                            | error                  |
      | other-author | {title: "Wombat Days"}            | NodesNotConnected      |
      | unknown      | {id: "cjld2cjxh0000qzrmn831i7rn"} | ReferencedNodeNotFound |

  @id:8base-nupdate-006 @behaviour:errors
  Scenario: A nested update giving a post the title of another post is a ValidationError
    Post.title is unique; the clash undoes the whole mutation.
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
        authorUpdate(filter: {name: "Huxley"}, data: {bio: "new", posts: {update: [{filter: {title: "Awesome Possum"}, data: {title: "Can't stop the Possum"}}]}}) { id }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And no side effects
    When executing control query:
      """
      { author(name: "Huxley") { bio posts { items { title } } } }
      """
    Then the result should be:
      """
      {"author": {"bio": null, "posts": {"items": [{"title": "Awesome Possum"}, {"title": "Can't stop the Possum"}]}}}
      """

  @id:8base-nupdate-007 @behaviour:nested-update
  Scenario: A to-many nested update and a nested create in one relation input
    The SDK sends `create` and `update` together; both apply (create before update in the
    executor's order, so the update cannot reach the new post by accident here: it names an old one).
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {posts: {
          create: [{title: "Pt.2 of the Possum Trilogy"}]
          update: [{filter: {title: "Awesome Possum"}, data: {body: "revised"}}]
        }}) {
          posts { count items { title body } }
        }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"posts": {"count": 2, "items": [{"title": "Awesome Possum", "body": "revised"}, {"title": "Pt.2 of the Possum Trilogy", "body": null}]}}}
      """
    And the side effects should be:
      | +nodes Post        | 1 |
      | +links AuthorPosts | 1 |

  @id:8base-nupdate-008 @behaviour:errors
  Scenario: A to-one nested update when nothing is linked is an EntityNotFoundError; nothing changes
    The post has no author, so `author: {update: {…}}` has no record to change (NodesNotConnected,
    code EntityNotFoundError); the body change of the same mutation is undone.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation { postCreate(data: {title: "Awesome Possum", body: "old"}) { id } }
      """
    When executing:
      """
      mutation {
        postUpdate(filter: {title: "Awesome Possum"}, data: {body: "new", author: {update: {bio: "Possum fan"}}}) { id }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And no side effects
    When executing control query:
      """
      { post(title: "Awesome Possum") { body author { name } } authorsList { count } }
      """
    Then the result should be:
      """
      {"post": {"body": "old", "author": null}, "authorsList": {"count": 0}}
      """

  @id:8base-nupdate-009 @behaviour:nested-update
  Scenario: A to-many nested update item may name its post by data.id instead of filter
    As top-level xUpdate: the item `{data: {id, …}}` without a filter updates that linked post.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", posts: {create: [{title: "Awesome Possum"}, {title: "Can't stop the Possum"}]}}) {
          posts { items { id } }
        }
      }
      """
    And saving "data.authorCreate.posts.items.0.id" as "first"
    When executing:
      """
      mutation {
        authorUpdate(filter: {name: "Huxley"}, data: {posts: {update: [{data: {id: "{{first}}", body: "revised"}}]}}) {
          posts { items { title body } }
        }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"posts": {"items": [{"title": "Awesome Possum", "body": "revised"}, {"title": "Can't stop the Possum", "body": null}]}}}
      """
    And no side effects
