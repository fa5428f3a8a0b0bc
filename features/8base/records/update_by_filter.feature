Feature: 8base record mutations: xUpdateByFilter and its per-field operators
  dialects.md §2.2 and §5 item 59: `postUpdateByFilter(data: PostUpdateByFilterInput!, filter:
  PostFilter)` changes every record the filter matches and answers `{count, items}`. Instead of
  plain values, each field of `data` takes one operator: String `prefix`/`postfix`/`set`, numbers
  `add`/`sub`/`mult`/`dev`/`mod`/`set`/`pow`/`sqrt`, Boolean `set`/`invert`, DateTime `set` and
  `add`/`sub` of date parts (`{days: 1}`). Two operators on one field are an InvalidArgumentError
  (class InvalidValue). Division is `dev`, as the documentation spells it (the name in a real
  8base schema is unconfirmed; the reference follows the documentation).

  @id:8base-ubf-001 @behaviour:batch @catalogue:E-59
  Scenario: postUpdateByFilter prefixes the titles of the posts published before a date
    §5.59: `postUpdateByFilter(data: {title: {prefix: "LEGACY: "}}, filter: {publishingDate: {lt: …}})`
    answers the number of changed posts and the changed posts; the newer post keeps its title.
    Given the data model "blog_author_post_publication"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "Awesome Possum", publishingDate: "2018-05-01T00:00:00.000Z"}) { id }
        b: postCreate(data: {title: "Pt.2 of the Possum Trilogy", publishingDate: "2018-11-01T00:00:00.000Z"}) { id }
        c: postCreate(data: {title: "Can't stop the Possum", publishingDate: "2019-09-22T03:45:33.432Z"}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(
          data: {title: {prefix: "LEGACY: "}}
          filter: {publishingDate: {lt: "2019-01-01T00:00:00.000Z"}}
        ) {
          count
          items { title }
        }
      }
      """
    Then the result should be:
      """
      {"postUpdateByFilter": {"count": 2, "items": [{"title": "LEGACY: Awesome Possum"}, {"title": "LEGACY: Pt.2 of the Possum Trilogy"}]}}
      """
    And no side effects
    When executing control query:
      """
      { postsList { items { title } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "LEGACY: Awesome Possum"}, {"title": "LEGACY: Pt.2 of the Possum Trilogy"}, {"title": "Can't stop the Possum"}]}}
      """

  @id:8base-ubf-002 @behaviour:batch
  Scenario Outline: postUpdateByFilter with the <op> operator changes the matched post only
    Post "a" starts with views 10, rating 2.25, published false; "b" (not matched) with views 1,
    rating 9.0, published true. The answer's items and a control query show "a" changed and "b" not.
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "a", views: 10, rating: 2.25, published: false, publishingDate: "2019-09-22T03:45:33.432Z"}) { id }
        b: postCreate(data: {title: "b", views: 1, rating: 9.0, published: true, publishingDate: "2019-09-22T03:45:33.432Z"}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {<data>}, filter: {title: {equals: "a"}}) {
          count
          items { title views rating published publishingDate }
        }
      }
      """
    Then the result should be:
      """
      {"postUpdateByFilter": {"count": 1, "items": [<a>]}}
      """
    And no side effects
    When executing control query:
      """
      { postsList { items { title views rating published publishingDate } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [<a>, {"title": "b", "views": 1, "rating": 9.0, "published": true, "publishingDate": "2019-09-22T03:45:33.432Z"}]}}
      """

    Examples:
      | op             | data                                               | a                                                                                                                      |
      | string-prefix  | title: {prefix: "LEGACY: "}                        | {"title": "LEGACY: a", "views": 10, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"} |
      | string-postfix | title: {postfix: " (old)"}                         | {"title": "a (old)", "views": 10, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}   |
      | string-set     | title: {set: "renamed"}                            | {"title": "renamed", "views": 10, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}   |
      | int-add        | views: {add: 5}                                    | {"title": "a", "views": 15, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}         |
      | int-sub        | views: {sub: 3}                                    | {"title": "a", "views": 7, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}          |
      | int-mult       | views: {mult: 2}                                   | {"title": "a", "views": 20, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}         |
      | int-mod        | views: {mod: 3}                                    | {"title": "a", "views": 1, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}          |
      | int-pow        | views: {pow: 2}                                    | {"title": "a", "views": 100, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}        |
      | int-set        | views: {set: 42}                                   | {"title": "a", "views": 42, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}         |
      | float-add      | rating: {add: 0.5}                                 | {"title": "a", "views": 10, "rating": 2.75, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}         |
      | float-mult     | rating: {mult: 2}                                  | {"title": "a", "views": 10, "rating": 4.5, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}          |
      | float-sqrt     | rating: {sqrt: true}                               | {"title": "a", "views": 10, "rating": 1.5, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}          |
      | bool-invert    | published: {invert: true}                          | {"title": "a", "views": 10, "rating": 2.25, "published": true, "publishingDate": "2019-09-22T03:45:33.432Z"}          |
      | bool-set       | published: {set: true}                             | {"title": "a", "views": 10, "rating": 2.25, "published": true, "publishingDate": "2019-09-22T03:45:33.432Z"}          |
      | datetime-set   | publishingDate: {set: "2020-01-01T00:00:00.000Z"}  | {"title": "a", "views": 10, "rating": 2.25, "published": false, "publishingDate": "2020-01-01T00:00:00.000Z"}         |
      | two-fields     | title: {postfix: "!"}, views: {add: 1}             | {"title": "a!", "views": 11, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}        |
      | int-dev        | views: {dev: 2}                                    | {"title": "a", "views": 5, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}          |
      | datetime-add   | publishingDate: {add: {days: 1, hours: 2}}         | {"title": "a", "views": 10, "rating": 2.25, "published": false, "publishingDate": "2019-09-23T05:45:33.432Z"}         |
      | datetime-sub   | publishingDate: {sub: {months: 1}}                 | {"title": "a", "views": 10, "rating": 2.25, "published": false, "publishingDate": "2019-08-22T03:45:33.432Z"}         |
      | int-sqrt-round | views: {sqrt: true}                                | {"title": "a", "views": 3, "rating": 2.25, "published": false, "publishingDate": "2019-09-22T03:45:33.432Z"}          |

  @id:8base-ubf-003 @behaviour:batch
  Scenario: postUpdateByFilter without a filter changes every post
    The filter argument is optional: without it every record matches.
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "a", views: 10}) { id }
        b: postCreate(data: {title: "b", views: 1}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {views: {add: 1}}) { count items { title views } }
      }
      """
    Then the result should be:
      """
      {"postUpdateByFilter": {"count": 2, "items": [{"title": "a", "views": 11}, {"title": "b", "views": 2}]}}
      """
    And no side effects

  @id:8base-ubf-004 @behaviour:batch
  Scenario: postUpdateByFilter whose filter matches nothing answers count 0 and no items
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation { postCreate(data: {title: "a", views: 10}) { id } }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {views: {add: 1}}, filter: {views: {gt: 100}}) { count items { title } }
      }
      """
    Then the result should be:
      """
      {"postUpdateByFilter": {"count": 0, "items": []}}
      """
    And no side effects
    When executing control query:
      """
      { post(title: "a") { views } }
      """
    Then the result should be:
      """
      {"post": {"views": 10}}
      """

  @id:8base-ubf-005 @behaviour:errors
  Scenario: Two operators on one field are an InvalidArgumentError; nothing changes
    "One operator per field" (dialects.md §2.2): `{add: 1, sub: 2}` is refused with the code
    InvalidArgumentError, before any record changes.
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "a", views: 10}) { id }
        b: postCreate(data: {title: "b", views: 1}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {views: {add: 1, sub: 2}}) { count }
      }
      """
    Then an error "InvalidValue" should be raised
    And no side effects
    When executing control query:
      """
      { postsList { items { title views } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "a", "views": 10}, {"title": "b", "views": 1}]}}
      """

  @id:8base-ubf-006 @behaviour:errors
  Scenario: A title set that makes two matched posts equal is a ValidationError; no post changes
    Setting the unique title of both posts to the same value clashes on the second one; the whole
    mutation is atomic, so the first one keeps its title too.
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "a", views: 10}) { id }
        b: postCreate(data: {title: "b", views: 1}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {title: {set: "same"}}) { count }
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
      {"postsList": {"items": [{"title": "a"}, {"title": "b"}]}}
      """

  @id:8base-ubf-007 @behaviour:errors
  Scenario: Two operators given as a list for one field are an InvalidArgumentError too
    A field's operator input is a list in the schema; a second element is a second operator.
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation { postCreate(data: {title: "a", views: 10}) { id } }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {title: [{prefix: "x"}, {postfix: "y"}]}) { count }
      }
      """
    Then an error "InvalidValue" should be raised
    And no side effects
    When executing control query:
      """
      { postsList { items { title } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "a"}]}}
      """

  @id:8base-ubf-008 @behaviour:batch
  Scenario: postUpdateByFilter leaves soft-deleted posts alone
    A soft-deleted record is outside every list, the by-filter mutations included: only the visible
    post changes, and withDeleted shows the hidden one unchanged.
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "a", views: 10}) { id }
        b: postCreate(data: {title: "b", views: 1}) { id }
      }
      """
    And having executed:
      """
      mutation { postDelete(filter: {title: "b"}) { success } }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {views: {add: 100}}) { count items { title views } }
      }
      """
    Then the result should be:
      """
      {"postUpdateByFilter": {"count": 1, "items": [{"title": "a", "views": 110}]}}
      """
    And no side effects
    When executing control query:
      """
      { postsList(withDeleted: true) { items { title views } } }
      """
    Then the result should be:
      """
      {"postsList": {"items": [{"title": "a", "views": 110}, {"title": "b", "views": 1}]}}
      """

  @id:8base-ubf-009 @behaviour:errors
  Scenario Outline: Division or modulo by zero is an InvalidArgumentError; nothing changes (<op>)
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation { postCreate(data: {title: "a", views: 10}) { id } }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {views: {<op>: 0}}) { count }
      }
      """
    Then an error "InvalidValue" should be raised
    And no side effects
    When executing control query:
      """
      { post(title: "a") { views } }
      """
    Then the result should be:
      """
      {"post": {"views": 10}}
      """

    Examples:
      | op  |
      | dev |
      | mod |

  @id:8base-ubf-010 @behaviour:batch
  Scenario: An arithmetic operator leaves a null number null
    Post "b" has no views: `add` changes "a" and leaves "b" null, both counted as matched.
    Given the data model "post_scalar_operators"
    And an empty database
    And having executed:
      """
      mutation {
        a: postCreate(data: {title: "a", views: 10}) { id }
        b: postCreate(data: {title: "b"}) { id }
      }
      """
    When executing:
      """
      mutation {
        postUpdateByFilter(data: {views: {add: 5}}) { count items { title views } }
      }
      """
    Then the result should be:
      """
      {"postUpdateByFilter": {"count": 2, "items": [{"title": "a", "views": 15}, {"title": "b", "views": null}]}}
      """
    And no side effects
