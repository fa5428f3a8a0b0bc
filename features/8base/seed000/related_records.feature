Feature: 8base seed 000: mutating related records
  Seed 000, the 8base page "Mutating Related Records" (L1-204): nested `create`, `connect`,
  `reconnect` and `disconnect` inside `xUpdate`, the record chosen by `filter` on a unique field,
  to-many fields read as `{count, items}`. The page has no data model (ERR-000-5); fixture
  blog_author_post_publication declares Author.name and Post.title unique, an optional Post.author,
  and reads the `publications` of the disconnect example (ERR-000-3) as a many-to-many relation from
  Author to a Publication table of its own. Every operation of the page opens with a `/** … */`
  block comment, which GraphQL does not have (ERR-000-1): the scenarios turn it into `#` lines.
  The examples build on each other's data (E-000-02 edits the post E-000-01 creates); here each
  scenario creates the records it needs, and ids the page prints literally are saved from setup.

  @id:8base-seed-001 @behaviour:nested-create @seed:E-000-01 @erratum:ERR-000-1 @erratum:ERR-000-5 @catalogue:E-42
  Scenario: authorUpdate chosen by name sets the bio and creates a post; posts(last: 1) shows it
    E-000-01 (L25-67) as printed, the block comment turned into `#` lines. Huxley already has a post,
    so `posts(last: 1)` has something to leave out: the new post is the last in creation order. The
    control query reads the bio and the whole list back.
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
      # The author record's bio is gets updated while
      # a new Post is being created and associated.
      mutation {
        authorUpdate(filter: {
          name: "Huxley"
        },
        data: {
          bio: "Just a guy who loves possum.",
          posts: {
            create: [{
              title: "Can't stop the Possum",
              body: "Cause Possum is Awesome",
              publishingDate: "2019-09-22T03:45:33.432Z"
            }]
          }
        }) {
          posts(last: 1) {
            items {
              title
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"posts": {"items": [{"title": "Can't stop the Possum"}]}}}
      """
    And the side effects should be:
      | +nodes Post        | 1 |
      | +links AuthorPosts | 1 |
    When executing control query:
      """
      {
        author(name: "Huxley") {
          bio
          posts { count items { title body publishingDate author { name } } }
        }
      }
      """
    Then the result should be, in order:
      """
      {"author": {"bio": "Just a guy who loves possum.", "posts": {"count": 2, "items": [
        {"title": "Awesome Possum", "body": null, "publishingDate": null, "author": {"name": "Huxley"}},
        {"title": "Can't stop the Possum", "body": "Cause Possum is Awesome", "publishingDate": "2019-09-22T03:45:33.432Z", "author": {"name": "Huxley"}}
      ]}}}
      """

  @id:8base-seed-002 @behaviour:connect @seed:E-000-02 @erratum:ERR-000-1 @erratum:ERR-000-5 @catalogue:E-43
  Scenario: postUpdate chosen by title connects the author named Stevens in place of Huxley
    E-000-02 (L73-108) as printed. The comment says the author "gets changed": the post starts with
    Huxley (as E-000-01 left it) and a to-one connect replaces the partner. The post moves, so the
    link count is unchanged; the control query shows Huxley without it.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", posts: {create: [{title: "Can't stop the Possum", body: "Cause Possum is Awesome"}]}}) { id }
        stevens: authorCreate(data: {name: "Stevens"}) { id }
      }
      """
    When executing:
      """
      # The author gets changed to the author
      # named "Stevens" using connect.
      mutation {
        postUpdate(filter: {
          title: "Can't stop the Possum"
        },
        data: {
          author: {
            connect: {
              name: "Stevens"
            }
          }
        }) {
          title
          author {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"postUpdate": {"title": "Can't stop the Possum", "author": {"name": "Stevens"}}}
      """
    And no side effects
    When executing control query:
      """
      { authorsList { items { name posts { count items { title } } } } }
      """
    Then the result should be:
      """
      {"authorsList": {"items": [
        {"name": "Huxley", "posts": {"count": 0, "items": []}},
        {"name": "Stevens", "posts": {"count": 1, "items": [{"title": "Can't stop the Possum"}]}}
      ]}}
      """

  @id:8base-seed-003 @behaviour:reconnect @seed:E-000-03 @erratum:ERR-000-1 @erratum:ERR-000-5 @catalogue:E-44
  Scenario: authorUpdate reconnects two posts by id: the author ends with exactly those two
    E-000-03 (L114-161) with the ids ck08eum6101qf01l9cn6v35v4 and ck08eve7t01r701l9fsg9a4ow saved
    from setup. Huxley holds "Can't stop the Possum" and "Awesome Possum"; "Pt.2 of the Possum
    Trilogy" has no author. After the reconnect Huxley has exactly the two named posts, in creation
    order; "Can't stop the Possum" survives without an author (one link gone, one made).
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", posts: {create: [{title: "Can't stop the Possum"}, {title: "Awesome Possum"}]}}) {
          posts { items { id } }
        }
        pt2: postCreate(data: {title: "Pt.2 of the Possum Trilogy"}) { id }
      }
      """
    And saving "data.huxley.posts.items.1.id" as "awesome"
    And saving "data.pt2.id" as "pt2"
    When executing:
      """
      # All posts belonging to the author Huxley are changed to the new set.
      mutation {
        authorUpdate(filter: {
          name: "Huxley"
        },
        data: {
          posts: {
            reconnect: [{
              id: "{{awesome}}"
            }, {
              id: "{{pt2}}"
            }]
          }
        }) {
          name
          posts {
            count
            items {
              title
            }
          }
        }
      }
      """
    Then the result should be, in order:
      """
      {"authorUpdate": {"name": "Huxley", "posts": {"count": 2, "items": [{"title": "Awesome Possum"}, {"title": "Pt.2 of the Possum Trilogy"}]}}}
      """
    And the side effects should be:
      | -links AuthorPosts | 1 |
      | +links AuthorPosts | 1 |
    When executing control query:
      """
      { postsList { items { title author { name } } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [
        {"title": "Can't stop the Possum", "author": null},
        {"title": "Awesome Possum", "author": {"name": "Huxley"}},
        {"title": "Pt.2 of the Possum Trilogy", "author": {"name": "Huxley"}}
      ]}}
      """

  @id:8base-seed-004 @behaviour:disconnect @seed:E-000-04 @erratum:ERR-000-1 @erratum:ERR-000-2 @erratum:ERR-000-3 @erratum:ERR-000-5 @catalogue:E-45
  Scenario: authorUpdate disconnects two records from publications, leaving a count of 0
    E-000-04 (L167-204). Its comment is copied from the reconnect example (ERR-000-2) and is not
    reused: the operation only unlinks two records. `publications` is not introduced by the page
    (ERR-000-3): here a many-to-many relation to Publication, and Huxley holds exactly the two
    publications the example names (ck0d2peue00sg01l36w2q2gdo, ck0d2q07g00sx01l340mt7lh9, saved from
    setup), so `count: 0` holds. Both publications survive, without authors.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        authorCreate(data: {name: "Huxley", publications: {create: [{title: "Possum Quarterly"}, {title: "Marsupial Monthly"}]}}) {
          publications { items { id } }
        }
      }
      """
    And saving "data.authorCreate.publications.items.0.id" as "pub1"
    And saving "data.authorCreate.publications.items.1.id" as "pub2"
    When executing:
      """
      # Two publications are disconnected from the author Huxley.
      mutation {
        authorUpdate(filter: {
          name: "Huxley"
        },
        data: {
          publications: {
            disconnect: [{
              id: "{{pub1}}"
            }, {
              id: "{{pub2}}"
            }]
          }
        }) {
          name
          publications {
            count
          }
        }
      }
      """
    Then the result should be:
      """
      {"authorUpdate": {"name": "Huxley", "publications": {"count": 0}}}
      """
    And the side effects should be:
      | -links AuthorPublications | 2 |
    When executing control query:
      """
      { publicationsList { count items { title authors { count } } } }
      """
    Then the result should be:
      """
      {"publicationsList": {"count": 2, "items": [
        {"title": "Possum Quarterly", "authors": {"count": 0}},
        {"title": "Marsupial Monthly", "authors": {"count": 0}}
      ]}}
      """

  @id:8base-seed-005 @behaviour:update @from-prose @seed:E-000-05 @erratum:ERR-000-4 @catalogue:E-47
  Scenario: Side by side with aliases, authorUpdate chooses its record by data.id or by filter
    E-000-05: the note at L17-19 promises examples that "use aliases to show side by side the use of
    `data.id` versus `filter`", and none is given (ERR-000-4). This is that pair, written from the
    prose: one alias locates Huxley by `data.id` (no filter), the other locates Stevens by
    `filter: {name}`; each changes only its own record.
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
    And saving "data.stevens.id" as "stevens"
    When executing:
      """
      mutation {
        byId: authorUpdate(data: {id: "{{huxley}}", bio: "Just a guy who loves possum."}) {
          id
          name
          bio
        }
        byFilter: authorUpdate(filter: {name: "Stevens"}, data: {bio: "Possum fan, second of that name."}) {
          id
          name
          bio
        }
      }
      """
    Then the result should be:
      """
      {
        "byId": {"id": "{{huxley}}", "name": "Huxley", "bio": "Just a guy who loves possum."},
        "byFilter": {"id": "{{stevens}}", "name": "Stevens", "bio": "Possum fan, second of that name."}
      }
      """
    And no side effects

  @id:8base-seed-006 @behaviour:errors @seed:E-000-02 @erratum:ERR-000-1
  Scenario: The connect example as printed, with its /** */ block comment, does not parse
    ERR-000-1: GraphQL has only `#` line comments, so every operation of the page fails to parse as
    printed (a syntax error is a request error without a code); 8base-seed-002 runs the same
    operation with the comment turned into `#` lines. Nothing changes.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        huxley: authorCreate(data: {name: "Huxley", posts: {create: [{title: "Can't stop the Possum"}]}}) { id }
        stevens: authorCreate(data: {name: "Stevens"}) { id }
      }
      """
    When executing:
      """
      /**
       * The author gets changed to the author
       * named "Stevens" using connect.
       */
      mutation {
        postUpdate(filter: {
          title: "Can't stop the Possum"
        },
        data: {
          author: {
            connect: {
              name: "Stevens"
            }
          }
        }) {
          title
          author {
            name
          }
        }
      }
      """
    Then an error "ValidationError" should be raised
    And no side effects
    When executing control query:
      """
      { post(title: "Can't stop the Possum") { author { name } } }
      """
    Then the result should be:
      """
      {"post": {"author": {"name": "Huxley"}}}
      """
