Feature: Prisma 1 nested connect inside create
  `connect` takes a WhereUniqueInput (exactly one non-null unique field) and links an existing node
  (prisma1-behaviours.md §4.2). A missing target is 3039 and the whole create is rolled back (§9).
  The per-kind rules ("connect inside create" column of §4.0) are in
  features/prisma1/relations/connect_matrix.feature; this file covers selectors, errors, models
  without a back-relation, and the required one-to-one case.

  @id:prisma1-nested-connect-001 @behaviour:connect @catalogue:P1-059
  Scenario: a connect list with one missing node fails with 3039 and creates nothing
    ConnCreate "a PM to C1 relation with a child without a relation should error if also trying to
    connect to a non-existing node": 3039 "No Node for the model Child with value DOES NOT EXIST for
    c found."; the parent is not created and no link exists.
    Given the data model "relation_pm_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createChild(data: {c: "c1"}) { id } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", childrenOpt: {connect: [{c: "c1"}, {c: "DOES NOT EXIST"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for c found."
    When executing control query:
      """
      { parents { p } children { c parentOpt { p } } }
      """
    Then the result should be:
      """
      {"parents": [], "children": [{"c": "c1", "parentOpt": null}]}
      """

  @id:prisma1-nested-connect-002 @behaviour:connect @catalogue:P1-061
  Scenario: connect works on a to-many relation that has no back-relation field
    ConnCreate "a PM to CM relation without a backrelation should be connectable": Role has no field
    pointing back to User; User.roles still offers create and connect (types named
    `RoleCreateManyInput`, §11).
    Given the data model "user_roles_no_back_relation"
    And an empty database
    And having executed:
      """
      mutation { createRole(data: {r: "r1"}) { r } }
      """
    When executing:
      """
      mutation {
        createUser(data: {u: "u2", roles: {connect: {r: "r1"}}}) {
          roles { r }
        }
      }
      """
    Then the result should be:
      """
      {"createUser": {"roles": [{"r": "r1"}]}}
      """
    And the side effects should be:
      | +nodes User       | 1 |
      | +links RoleToUser | 1 |

  @id:prisma1-nested-connect-003 @behaviour:connect @catalogue:P1-062
  Scenario: connect by an unknown id fails with 3039 naming the model and the id field
    ConnCreate "a many relation should throw a proper error if connected by wrong id": the id value is
    printed raw.
    Given the data model "todo_comments"
    And an empty database
    When executing:
      """
      mutation {
        createTodo(data: {comments: {connect: [{id: "DoesNotExist"}]}}) {
          id
          comments { id text }
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Comment with value DoesNotExist for id found."

  @id:prisma1-nested-connect-004 @behaviour:connect @catalogue:P1-062
  Scenario: connect by an unknown id from the to-one side names the related model
    ConnCreate "a many relation should throw a proper error if connected by wrong id the other way
    around": createComment connecting a Todo that does not exist → 3039 on Todo; no Comment created.
    Given the data model "todo_comments"
    And an empty database
    When executing:
      """
      mutation {
        createComment(data: {text: "bla", todo: {connect: {id: "DoesNotExist"}}}) {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Todo with value DoesNotExist for id found."

  @id:prisma1-nested-connect-005 @behaviour:connect @catalogue:P1-062
  Scenario: connect by the id of a node of another model fails with 3039
    ConnCreate "a many relation should throw a proper error if the id of a wrong model is provided":
    a Todo's id given as a Comment selector matches no Comment. The text contains the Todo's id,
    which is generated, so it is asserted in two fragments around it.
    Given the data model "todo_comments"
    And an empty database
    And having executed:
      """
      mutation { createTodo(data: {title: "todo", comments: {create: [{text: "comment1"}, {text: "comment2"}]}}) { id } }
      """
    And saving "data.createTodo.id" as "todoId"
    When executing:
      """
      mutation {
        createTodo(data: {comments: {connect: [{id: "{{todoId}}"}]}}) {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Comment with value "
    And the error message should contain " for id found."
    When executing control query:
      """
      { todoes { title comments { text } } }
      """
    Then the result should be:
      """
      {"todoes": [{"title": "todo", "comments": [{"text": "comment1"}, {"text": "comment2"}]}]}
      """

  @id:prisma1-nested-connect-006 @behaviour:connect
  Scenario: connect by id returns the connected nodes with their ids, in id order
    ConnCreate "a many relation should be connectable through a nested mutation by id".
    Given the data model "todo_comments"
    And an empty database
    And having executed:
      """
      mutation { createComment(data: {text: "comment1"}) { id } }
      """
    And saving "data.createComment.id" as "comment1Id"
    And having executed:
      """
      mutation { createComment(data: {text: "comment2"}) { id } }
      """
    And saving "data.createComment.id" as "comment2Id"
    When executing:
      """
      mutation {
        createTodo(data: {comments: {connect: [{id: "{{comment1Id}}"}, {id: "{{comment2Id}}"}]}}) {
          comments { id text }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createTodo": {"comments": [{"id": "{{comment1Id}}", "text": "comment1"}, {"id": "{{comment2Id}}", "text": "comment2"}]}}
      """
    And the side effects should be:
      | +nodes Todo          | 1 |
      | +links CommentToTodo | 2 |

  @id:prisma1-nested-connect-007 @behaviour:connect
  Scenario: duplicates in a PM-CM connect list are linked once
    §4.2: on to-many, duplicates in the connect list are tolerated; the pair is linked once.
    Given the data model "relation_pm_cm"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        createParent(data: {p: "p2", childrenOpt: {connect: [{c: "c1"}, {c: "c2"}, {c: "c2"}]}}) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}]}}
      """
    And the side effects should be:
      | +nodes Parent        | 1 |
      | +links ChildToParent | 2 |

  @id:prisma1-nested-connect-008 @behaviour:connect @catalogue:P1-063
  Scenario: createPost connects its required author by a non-id unique field
    Catalogue CO09 (seed 004's `author: {connect: {email}}`, here in the Prisma 1 dialect): from the
    Post side Post.author: User! is a required to-one whose back-field User.posts is a list, the
    P1!-CM cell of "connect inside create": just link.
    Given the data model "blog_user_post_unique_title"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "first"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        createPost(data: {title: "second", author: {connect: {email: "zeus@example.com"}}}) {
          title
          author { name }
        }
      }
      """
    Then the result should be:
      """
      {"createPost": {"title": "second", "author": {"name": "Zeus"}}}
      """
    And the side effects should be:
      | +nodes Post       | 1 |
      | +links PostToUser | 1 |
    When executing control query:
      """
      { user(where: {email: "zeus@example.com"}) { posts { title } } }
      """
    Then the result should be, in order:
      """
      {"user": {"posts": [{"title": "first"}, {"title": "second"}]}}
      """

  @id:prisma1-nested-connect-009 @behaviour:connect @catalogue:P1-075
  Scenario: createOwner connecting a cat that already has an owner fails with 3042 on a required one-to-one
    M/nonEmbedded/RelationGraphQLSpec "Required One2One relations should throw an error if an update
    would leave one item without a partner": Owner.cat: Cat! and Cat.owner: Owner! (P1!-C1!, "3042
    always"). The relation name is CatToOwner and the models appear in alphabetical order. The owner
    gargamel is not created; jon keeps garfield.
    Given the data model "owner_cat_required"
    And an empty database
    And having executed:
      """
      mutation { createOwner(data: {ownerName: "jon", cat: {create: {catName: "garfield"}}}) { ownerName cat { catName } } }
      """
    When executing:
      """
      mutation {
        createOwner(data: {ownerName: "gargamel", cat: {connect: {catName: "garfield"}}}) {
          ownerName
          cat { catName }
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'CatToOwner' between Cat and Owner"
    When executing control query:
      """
      {
        jon: owner(where: {ownerName: "jon"}) { ownerName cat { catName } }
        gargamel: owner(where: {ownerName: "gargamel"}) { ownerName cat { catName } }
      }
      """
    Then the result should be:
      """
      {"jon": {"ownerName": "jon", "cat": {"catName": "garfield"}}, "gargamel": null}
      """

  @id:prisma1-nested-connect-010 @behaviour:connect
  Scenario: a connect selector with no unique field fails with 3040
    §4.2: the selector must hold exactly one non-null unique field (CA extractNodeSelector); `{}`
    gives 3040 "You provided an invalid argument for the where selector on Child. Please provide
    exactly one unique field and value." The check runs before the transaction, nothing is created.
    Given the data model "relation_pm_c1opt"
    And an empty database
    When executing:
      """
      mutation {
        createParent(data: {p: "p1", childrenOpt: {connect: [{}]}}) {
          p
        }
      }
      """
    Then an error "InvalidSelector" should be raised
    And the error message should contain "You provided an invalid argument for the where selector on Child."

  @id:prisma1-nested-connect-011 @behaviour:connect
  Scenario: a connect selector with two unique fields fails with 3045
    §4.2: two or more fields in a unique selector give 3045 "You provided more than one field for the
    unique selector on Child. If you want that behavior you can use the many query and combine
    fields with AND / OR."
    Given the data model "relation_pm_c1opt"
    And an empty database
    And having executed:
      """
      mutation { createChild(data: {c: "c1"}) { id } }
      """
    And saving "data.createChild.id" as "c1Id"
    When executing:
      """
      mutation {
        createParent(data: {p: "p1", childrenOpt: {connect: [{id: "{{c1Id}}", c: "c1"}]}}) {
          p
        }
      }
      """
    Then an error "AmbiguousSelector" should be raised
    And the error message should contain "You provided more than one field for the unique selector on Child."
