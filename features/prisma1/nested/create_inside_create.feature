Feature: Prisma 1 nested create inside create
  A `create` nested in a create (or in another nested create) creates the related node and links
  it, at any depth, with no required-relation checks and no removals (prisma1-behaviours.md §4.0,
  §4.1). A required relation given with neither create nor connect fails with 3032; a unique
  violation anywhere in the tree fails with 3010 naming the offending model, and nothing is kept
  (§9). The relation-matrix cells are in features/prisma1/relations/nested_create_matrix.feature.

  @id:prisma1-nested-create-001 @behaviour:nested-create @catalogue:P1-043
  Scenario: a create nested three levels deep creates every level (List → Todo → Tag)
    CreCreate "a deeply nested mutation should execute all levels of the mutation".
    Given the data model "list_todos_tag"
    And an empty database
    When executing:
      """
      mutation {
        createList(data: {
          name: "the list",
          todos: {
            create: [
              { title: "the todo", tag: { create: { name: "the tag" } } }
            ]
          }
        }) {
          name
          todos {
            title
            tag { name }
          }
        }
      }
      """
    Then the result should be:
      """
      {"createList": {"name": "the list", "todos": [{"title": "the todo", "tag": {"name": "the tag"}}]}}
      """
    And the side effects should be:
      | +nodes List      | 1 |
      | +nodes Todo      | 1 |
      | +nodes Tag       | 1 |
      | +links ListToTodo | 1 |
      | +links TagToTodo  | 1 |

  @id:prisma1-nested-create-002 @behaviour:nested-create
  Scenario: a create nested four levels deep works: there is no maximum nesting level of 3
    Seeds 001/002/003 claim "Currently, the maximum nested level is 3" (seed 002 L383, prose
    behaviour PB-11). Prisma 1 has no such limit (prisma1-behaviours.md §13 item 10): its tests nest
    four levels (Top → Middle → Bottom → Below in UpdUpdate and DelUpdate).
    Given the data model "chain4_two_way"
    And an empty database
    When executing:
      """
      mutation {
        createTop(data: {
          t: "top"
          middles: {create: {
            m: "middle"
            bottoms: {create: {
              b: "bottom"
              below: {create: {name: "below"}}
            }}
          }}
        }) {
          t
          middles { m bottoms { b below { name } } }
        }
      }
      """
    Then the result should be:
      """
      {"createTop": {"t": "top", "middles": [{"m": "middle", "bottoms": [{"b": "bottom", "below": {"name": "below"}}]}]}}
      """
    And the side effects should be:
      | +nodes Top             | 1 |
      | +nodes Middle          | 1 |
      | +nodes Bottom          | 1 |
      | +nodes Below           | 1 |
      | +links MiddleToTop     | 1 |
      | +links BottomToMiddle  | 1 |
      | +links BelowToBottom   | 1 |

  @id:prisma1-nested-create-003 @behaviour:nested-create @catalogue:P1-040
  Scenario: a required one-to-one relation can be filled by a nested create
    CreCreate "a required one2one relation should be creatable through a nested create mutation":
    Comment.todo: Todo! and Todo.comment: Comment! (P1!-C1!). The nested Todo's own required
    `comment` is its back-relation, which the parent fills.
    Given the data model "comment_todo_required"
    And an empty database
    When executing:
      """
      mutation {
        createComment(data: {reqOnComment: "comment1", todo: {create: {reqOnTodo: "todo1"}}}) {
          reqOnComment
          todo { reqOnTodo comment { reqOnComment } }
        }
      }
      """
    Then the result should be:
      """
      {"createComment": {"reqOnComment": "comment1", "todo": {"reqOnTodo": "todo1", "comment": {"reqOnComment": "comment1"}}}}
      """
    And the side effects should be:
      | +nodes Comment        | 1 |
      | +nodes Todo           | 1 |
      | +links CommentToTodo  | 1 |

  @id:prisma1-nested-create-004 @behaviour:nested-create @catalogue:P1-044
  Scenario: a required relation given with neither create nor connect fails with 3032
    §4.1: `todo: {}` passes GraphQL validation (the wrapper's fields are optional) but leaves the
    required relation empty: 3032 "The field 'todo' on type 'Comment' is required. Performing this
    mutation would violate that constraint" (CreCreate). The check runs while the mutation is built,
    so nothing is created.
    Given the data model "comment_todo_required"
    And an empty database
    When executing:
      """
      mutation {
        createComment(data: {reqOnComment: "comment1", todo: {}}) {
          id
          todo { reqOnTodo }
        }
      }
      """
    Then an error "RequiredFieldMissing" should be raised
    And the error message should contain "The field 'todo' on type 'Comment' is required. Performing this mutation would violate that constraint"

  @id:prisma1-nested-create-005 @behaviour:nested-create
  Scenario: omitting a required relation field altogether is a GraphQL validation error
    §4.1: the required relation field is non-null in `CommentCreateInput`, so leaving it out fails
    validation (no code) before anything runs.
    Given the data model "comment_todo_required"
    And an empty database
    When executing:
      """
      mutation {
        createComment(data: {reqOnComment: "comment1"}) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "CommentCreateInput"

  @id:prisma1-nested-create-006 @behaviour:nested-create @catalogue:P1-045
  Scenario: a unique violation on the nested child names the child's model and keeps nothing
    CreCreate "A nested create on a one to one relation should correctly assign violations to
    offending model and not partially execute second direction": the User would be valid, the
    nested Post clashes on uniquePost → 3010 on Post; the new User is not kept either (§9).
    Given the data model "user_post_one_to_one_uniques"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {name: "Paul", unique: "uniqueUser", post: {create: {title: "test", uniquePost: "uniquePost"}}}) { id }
      }
      """
    When executing:
      """
      mutation {
        createUser(data: {name: "Paul2", unique: "uniqueUser2", post: {create: {title: "test2", uniquePost: "uniquePost"}}}) { id }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Post. Details: Field name = uniquePost"
    When executing control query:
      """
      { users { name } posts { title } }
      """
    Then the result should be:
      """
      {"users": [{"name": "Paul"}], "posts": [{"title": "test"}]}
      """

  @id:prisma1-nested-create-007 @behaviour:nested-create @catalogue:P1-045
  Scenario: a unique violation on the parent names the parent's model and creates no child
    CreCreate "… not partially execute first direction": the User clashes on `unique` → 3010 on
    User, and the nested Post is not created.
    Given the data model "user_post_one_to_one_uniques"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {name: "Paul", unique: "uniqueUser", post: {create: {title: "test", uniquePost: "uniquePost"}}}) { id }
      }
      """
    When executing:
      """
      mutation {
        createUser(data: {name: "Paul2", unique: "uniqueUser", post: {create: {title: "test2", uniquePost: "uniquePost2"}}}) { id }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on User. Details: Field name = unique"
    When executing control query:
      """
      { users { name } posts { title } }
      """
    Then the result should be:
      """
      {"users": [{"name": "Paul"}], "posts": [{"title": "test"}]}
      """

  @id:prisma1-nested-create-008 @behaviour:nested-create @catalogue:P1-054
  Scenario: a nested create of a join node that creates its second required partner works ("Backrelation bug")
    CreCreate "Backrelation bug should be fixed": ListMembership has two required relations. Created
    under a User, its `user` is the back-relation (filled by the parent) and its `list` is created
    in the same request. All three nodes and both links exist afterwards.
    Given the data model "user_list_membership"
    And an empty database
    When executing:
      """
      mutation createUser {
        createUser(data: {
          nick: "marcus"
          memberships: {
            create: [
              { list: { create: { name: "Personal Inbox" } } }
            ]
          }
        }) {
          nick
        }
      }
      """
    Then the result should be:
      """
      {"createUser": {"nick": "marcus"}}
      """
    And the side effects should be:
      | +nodes User                     | 1 |
      | +nodes List                     | 1 |
      | +nodes ListMembership           | 1 |
      | +links ListMembershipToUser     | 1 |
      | +links ListToListMembership     | 1 |
    When executing control query:
      """
      query users { users { nick memberships { list { name } } } }
      """
    Then the result should be:
      """
      {"users": [{"nick": "marcus", "memberships": [{"list": {"name": "Personal Inbox"}}]}]}
      """

  @id:prisma1-nested-create-009 @behaviour:nested-create @catalogue:P1-053
  Scenario: create and connect together inside createUser: connected posts move from their old author
    Catalogue NC14 (seed 004's "create two posts and connect two existing posts" on PM-C1!, here in
    the Prisma 1 dialect). Post.author: User! is required; connecting inside a create moves each
    post away from its old author without a check (§4.0 PM-C1! "child moves from its old parent").
    Nested creates run before connects (§4.9); the result lists the four posts in id order.
    Given the data model "blog_user_post_unique_title"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "old1"}, {title: "old2"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        createUser(data: {
          email: "hera@example.com"
          name: "Hera"
          posts: {
            create: [{title: "new1"}, {title: "new2"}]
            connect: [{title: "old1"}, {title: "old2"}]
          }
        }) {
          name
          posts { title }
        }
      }
      """
    Then the result should be, in order:
      """
      {"createUser": {"name": "Hera", "posts": [{"title": "old1"}, {"title": "old2"}, {"title": "new1"}, {"title": "new2"}]}}
      """
    And the side effects should be:
      | +nodes User       | 1 |
      | +nodes Post       | 2 |
      | +links PostToUser | 2 |
    When executing control query:
      """
      { user(where: {email: "zeus@example.com"}) { name posts { title } } }
      """
    Then the result should be:
      """
      {"user": {"name": "Zeus", "posts": []}}
      """
