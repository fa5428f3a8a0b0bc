Feature: Nested upsert inside update (Prisma 1.34)
  To-one: `upsert: {update, create}` (no `where` since 1.4): the linked child is updated, or, when none
  is linked, `create` runs and is linked. To-many: `upsert: [{where, update, create}]`; the `where` is
  looked up among this parent's children only, so an existing but unlinked node counts as a miss.
  Only the chosen branch runs, with its own nested operations; the create branch follows the
  create-inside-update rules (prisma1-behaviours.md §4.6, §5).

  @id:prisma1-nested-upsert-001 @behaviour:nested-upsert @catalogue:P1-106
  Scenario Outline: to-many upsert whose where misses appends the created child (<relation>)
    `UpsUpdate` "… should work with create": the new child is appended, the existing one stays.
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {upsert: [{
            where: {c: "DOES NOT EXIST"}
            update: {c: "DOES NOT MATTER"}
            create: {c: "c2"}
          }]}}
        ) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1"}, {"c": "c2"}]}}
      """
    And the side effects should be:
      | +nodes Child         | 1 |
      | +links ChildToParent | 1 |

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-nested-upsert-002 @behaviour:nested-upsert @catalogue:P1-106
  Scenario Outline: to-many upsert whose where hits a linked child updates it in place (<relation>)
    `UpsUpdate` "… should work with update": nothing is created.
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {upsert: [{
            where: {c: "c1"}
            update: {c: "updated C"}
            create: {c: "DOES NOT MATTER"}
          }]}}
        ) {
          childrenOpt { c }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "updated C"}, {"c": "c2"}]}}
      """
    And no side effects

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-nested-upsert-003 @behaviour:nested-upsert @catalogue:P1-107
  Scenario: to-many upsert looks up its where among this parent's children only
    Quirk (`UpsUpdate` "a one to many relation should only update nodes that are connected"): c2 exists
    but is not linked to p1, so the upsert that names c2 takes the create branch and c2 itself is left
    untouched and unlinked (prisma1-behaviours.md §4.6).
    Given the data model "relation_pm_c1opt"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createChild(data: {c: "c2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {upsert: [
            {where: {c: "c1"}, update: {test: "updated c1"}, create: {c: "irrelevant"}},
            {where: {c: "c2"}, update: {test: "irrelevant"}, create: {c: "c3", test: "new c3"}}
          ]}}
        ) {
          childrenOpt { c test }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1", "test": "updated c1"}, {"c": "c3", "test": "new c3"}]}}
      """
    And the side effects should be:
      | +nodes Child         | 1 |
      | +links ChildToParent | 1 |
    When executing control query:
      """
      { child(where: {c: "c2"}) { c test parentOpt { p } } }
      """
    Then the result should be:
      """
      {"child": {"c": "c2", "test": null, "parentOpt": null}}
      """

  @id:prisma1-nested-upsert-004 @behaviour:nested-upsert @catalogue:P1-108
  Scenario: the create branch of a to-many upsert that violates a unique fails with 3010 on Comment
    `UpsUpdate` "a one to many relation should generate helpful error messages" (prisma1-behaviours.md §4.6).
    Given the data model:
      """
      type Comment {
        id: ID! @unique
        text: String
        uniqueComment: String! @unique
        todo: Todo
      }

      type Todo {
        id: ID! @unique
        uniqueTodo: String! @unique
        comments: [Comment!]!
      }
      """
    And having executed:
      """
      mutation {
        createTodo(data: {uniqueTodo: "todo", comments: {create: [{text: "comment1", uniqueComment: "comments"}]}}) {
          id
        }
      }
      """
    And saving "data.createTodo.id" as "todoId"
    When executing:
      """
      mutation {
        updateTodo(
          where: {id: "{{todoId}}"}
          data: {comments: {upsert: [{
            where: {id: "5beea4aa6183dd734b2dbd9b"}
            update: {text: "update comment1"}
            create: {text: "irrelevant", uniqueComment: "comments"}
          }]}}
        ) {
          comments { text }
        }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Comment. Details: Field name = uniqueComment"

  @id:prisma1-nested-upsert-005 @behaviour:nested-upsert @catalogue:P1-107 @catalogue:P1-108
  Scenario: an upsert that names an unlinked node and creates a copy of it fails with 3010
    Consequence of the lookup among this parent's children only: the `where` names c2, which exists but
    is not linked to p1, so the create branch runs and clashes with c2's unique value.
    Given the data model "relation_pm_c1opt"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    And having executed:
      """
      mutation { createChild(data: {c: "c2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {upsert: [{where: {c: "c2"}, update: {test: "updated"}, create: {c: "c2"}}]}}
        ) {
          childrenOpt { c }
        }
      }
      """
    Then an error "UniqueConstraintViolation" should be raised
    And the error message should contain "A unique constraint would be violated on Child. Details: Field name = c"

  @id:prisma1-nested-upsert-006 @behaviour:nested-upsert @catalogue:P1-109
  Scenario: upsert inside the update branch of an upsert: one hit, one miss
    `UpsUpdate` "a deeply nested mutation should execute all levels of the mutation": the todo is hit
    and updated, inside it the first tag upsert hits and the second misses and creates.
    Given the data model "list_todos_tags"
    And having executed:
      """
      mutation {
        createList(data: {name: "the list", todos: {create: [{title: "the todo", tags: {create: [{name: "the tag"}]}}]}}) {
          id
          todos { id tags { id } }
        }
      }
      """
    And saving "data.createList.id" as "listId"
    And saving "data.createList.todos.0.id" as "todoId"
    And saving "data.createList.todos.0.tags.0.id" as "tagId"
    When executing:
      """
      mutation {
        updateList(
          where: {id: "{{listId}}"}
          data: {todos: {upsert: [{
            where: {id: "{{todoId}}"}
            create: {title: "irrelevant"}
            update: {tags: {upsert: [
              {where: {id: "{{tagId}}"}, update: {name: "updated tag"}, create: {name: "irrelevant"}},
              {where: {id: "5beea4aa6183dd734b2dbd9b"}, update: {name: "irrelevant"}, create: {name: "new tag"}}
            ]}}
          }]}}
        ) {
          name
          todos { title tags { name } }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateList": {"name": "the list", "todos": [{"title": "the todo", "tags": [{"name": "updated tag"}, {"name": "new tag"}]}]}}
      """
    And the side effects should be:
      | +nodes Tag       | 1 |
      | +links TagToTodo | 1 |

  @id:prisma1-nested-upsert-007 @behaviour:nested-upsert @catalogue:P1-109
  Scenario: a to-many upsert that misses creates the node with its own nested create
    `UpsUpdate` "a deeply nested mutation with upsert should work on miss on id".
    Given the data model "list_todos_tags"
    And having executed:
      """
      mutation {
        createList(data: {name: "the list", todos: {create: [{title: "the todo", tags: {create: [{name: "the tag"}]}}]}}) {
          id
        }
      }
      """
    And saving "data.createList.id" as "listId"
    When executing:
      """
      mutation {
        updateList(
          where: {id: "{{listId}}"}
          data: {todos: {upsert: [{
            where: {id: "5beea4aa6183dd734b2dbd9b"}
            create: {title: "new todo", tags: {create: [{name: "new tag"}]}}
            update: {title: "updated todo"}
          }]}}
        ) {
          todos { title tags { name } }
        }
      }
      """
    Then the result should be, in order:
      """
      {
        "updateList": {
          "todos": [
            {"title": "the todo", "tags": [{"name": "the tag"}]},
            {"title": "new todo", "tags": [{"name": "new tag"}]}
          ]
        }
      }
      """
    And the side effects should be:
      | +nodes Todo       | 1 |
      | +nodes Tag        | 1 |
      | +links ListToTodo | 1 |
      | +links TagToTodo  | 1 |

  @id:prisma1-nested-upsert-008 @behaviour:nested-upsert @catalogue:P1-110
  Scenario Outline: to-one upsert updates the linked child (<relation>)
    A to-one upsert has no `where`: the child linked through the field is updated; `create` does not
    run (prisma1-behaviours.md §4.6; `J/UP` NestedUpsertNodeInterpreter).
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <field>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {<field>: {upsert: {update: {test: "updated"}, create: {c: "should not be created"}}}}
        ) {
          <field> { c test }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"<field>": {"c": "c1", "test": "updated"}}}
      """
    And no side effects

    Examples:
      | relation | schema          | field    |
      | P1!-C1!  | relation_p1req_c1req | childReq |
      | P1!-C1   | relation_p1req_c1opt | childReq |
      | P1-C1!   | relation_p1opt_c1req | childOpt |
      | P1-C1    | relation_p1opt_c1opt | childOpt |
      | P1!-CM   | relation_p1req_cm    | childReq |
      | P1-CM    | relation_p1opt_cm    | childOpt |

  @id:prisma1-nested-upsert-009 @behaviour:nested-upsert @catalogue:P1-110
  Scenario Outline: to-one upsert with no linked child creates and links one (<relation>)
    Only optional to-ones can be empty. The create branch follows create-inside-update rules; with no
    old child there is nothing to detach and nothing to check (prisma1-behaviours.md §4.0, §4.6).
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childOpt: {upsert: {update: {test: "should not matter"}, create: {c: "new child"}}}}
        ) {
          childOpt { c test }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"childOpt": {"c": "new child", "test": null}}}
      """
    And the side effects should be:
      | +nodes Child         | 1 |
      | +links ChildToParent | 1 |

    Examples:
      | relation | schema          |
      | P1-C1!   | relation_p1opt_c1req |
      | P1-C1    | relation_p1opt_c1opt |
      | P1-CM    | relation_p1opt_cm    |

  @id:prisma1-nested-upsert-010 @behaviour:nested-upsert @catalogue:P1-110
  Scenario: to-one upsert under a to-many nested update: the linked bottom is updated
    `UpsUpdate` "… model and node edges on the path for update".
    Given the data model "chain3_many_then_one"
    And having executed:
      """
      mutation {
        createTop(data: {
          nameTop: "the top"
          middles: {create: [
            {nameMiddle: "the middle", bottom: {create: {nameBottom: "the bottom"}}},
            {nameMiddle: "the second middle", bottom: {create: {nameBottom: "the second bottom"}}}
          ]}
        }) { id }
      }
      """
    When executing:
      """
      mutation {
        updateTop(
          where: {nameTop: "the top"}
          data: {
            nameTop: "updated top"
            middles: {update: [{
              where: {nameMiddle: "the middle"}
              data: {
                nameMiddle: "updated middle"
                bottom: {upsert: {create: {nameBottom: "should not matter"}, update: {nameBottom: "updated bottom"}}}
              }
            }]}
          }
        ) {
          nameTop
          middles { nameMiddle bottom { nameBottom } }
        }
      }
      """
    Then the result should be, in order:
      """
      {
        "updateTop": {
          "nameTop": "updated top",
          "middles": [
            {"nameMiddle": "updated middle", "bottom": {"nameBottom": "updated bottom"}},
            {"nameMiddle": "the second middle", "bottom": {"nameBottom": "the second bottom"}}
          ]
        }
      }
      """
    And no side effects

  @id:prisma1-nested-upsert-011 @behaviour:nested-upsert @catalogue:P1-110
  Scenario: to-one upsert under a to-many nested update: a middle without bottom gets a new one
    `UpsUpdate` "… model and node edges on the path for create".
    Given the data model "chain3_many_then_one"
    And having executed:
      """
      mutation {
        createTop(data: {
          nameTop: "the top"
          middles: {create: [
            {nameMiddle: "the middle"},
            {nameMiddle: "the second middle", bottom: {create: {nameBottom: "the second bottom"}}}
          ]}
        }) { id }
      }
      """
    When executing:
      """
      mutation {
        updateTop(
          where: {nameTop: "the top"}
          data: {
            nameTop: "updated top"
            middles: {update: [{
              where: {nameMiddle: "the middle"}
              data: {
                nameMiddle: "updated middle"
                bottom: {upsert: {create: {nameBottom: "created bottom"}, update: {nameBottom: "should not matter"}}}
              }
            }]}
          }
        ) {
          nameTop
          middles { nameMiddle bottom { nameBottom } }
        }
      }
      """
    Then the result should be, in order:
      """
      {
        "updateTop": {
          "nameTop": "updated top",
          "middles": [
            {"nameMiddle": "updated middle", "bottom": {"nameBottom": "created bottom"}},
            {"nameMiddle": "the second middle", "bottom": {"nameBottom": "the second bottom"}}
          ]
        }
      }
      """
    And the side effects should be:
      | +nodes Bottom         | 1 |
      | +links BottomToMiddle | 1 |

  @id:prisma1-nested-upsert-012 @behaviour:nested-upsert @catalogue:P1-112
  Scenario: a nested upsert that creates runs only the create branch's nested connect
    Quirk (`M/nonEmbedded/NonEmbeddedUpsertDesignSpec.scala` "A nested upsert should execute the nested
    connect mutations of the correct create branch"): the update branch would create a second tag "D" and
    fail with 3010 if its nested create ran.
    Given the data model "list_todo_tag_many_to_many"
    And having executed:
      """
      mutation { createTag(data: {uTag: "D"}) { uTag } }
      """
    And having executed:
      """
      mutation { createList(data: {uList: "A"}) { id } }
      """
    When executing:
      """
      mutation {
        updateList(
          where: {uList: "A"}
          data: {todoes: {upsert: {
            where: {uTodo: "B"}
            create: {uTodo: "C", tags: {connect: {uTag: "D"}}}
            update: {uTodo: "Should Not Matter", tags: {create: {uTag: "D"}}}
          }}}
        ) {
          uList
          todoes { uTodo tags { uTag } }
        }
      }
      """
    Then the result should be:
      """
      {"updateList": {"uList": "A", "todoes": [{"uTodo": "C", "tags": [{"uTag": "D"}]}]}}
      """
    And the side effects should be:
      | +nodes Todo       | 1 |
      | +links ListToTodo | 1 |
      | +links TagToTodo  | 1 |

  @id:prisma1-nested-upsert-013 @behaviour:nested-upsert @catalogue:P1-112
  Scenario: a nested upsert that updates runs only the update branch's nested connect
    `NonEmbeddedUpsertDesignSpec` "… of the correct update branch": todo B is linked to list A, so the
    update branch renames it to C and connects tag D; the create branch never runs.
    Given the data model "list_todo_tag_many_to_many"
    And having executed:
      """
      mutation { createTag(data: {uTag: "D"}) { uTag } }
      """
    And having executed:
      """
      mutation { createList(data: {uList: "A", todoes: {create: {uTodo: "B"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateList(
          where: {uList: "A"}
          data: {todoes: {upsert: {
            where: {uTodo: "B"}
            create: {uTodo: "Should Not Matter", tags: {connect: {uTag: "D"}}}
            update: {uTodo: "C", tags: {connect: {uTag: "D"}}}
          }}}
        ) {
          uList
          todoes { uTodo tags { uTag } }
        }
      }
      """
    Then the result should be:
      """
      {"updateList": {"uList": "A", "todoes": [{"uTodo": "C", "tags": [{"uTag": "D"}]}]}}
      """
    And the side effects should be:
      | +links TagToTodo | 1 |

  @id:prisma1-nested-upsert-014 @behaviour:nested-upsert @catalogue:P1-113 @seed:E-004-10 @erratum:ERR-004-7
  Scenario: [S004] the 1.0 to-one upsert shape {where, update, create} is a validation error in 1.34
    Seed 004 copies the Prisma 1.0–1.3 shape. From 1.4 `UserUpsertWithoutPostsInput` has no `where`
    (prisma1-behaviours.md §1, §13 seed 004 item 1). The seed's literal ids are replaced by saved ids.
    Given the data model "blog_user_post"
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Hello"}]}}) {
          id
          posts { id }
        }
      }
      """
    And saving "data.createUser.id" as "userId"
    And saving "data.createUser.posts.0.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}"
          }
          data: {
            author: {
              upsert: {
                where: {
                  id: "{{userId}}"
                }
                update: {
                  email: "zeus2@example.com"
                  name: "Zeus2"
                }
                create: {
                  email: "zeus@example.com"
                  name: "Zeus"
                }
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Argument 'data' expected type 'PostUpdateInput!'"
    And the error message should contain "Field 'where' is not defined in the input type 'UserUpsertWithoutPostsInput'"

  @id:prisma1-nested-upsert-015 @behaviour:nested-upsert @catalogue:P1-113 @seed:E-004-10 @erratum:ERR-004-7
  Scenario: [S004] corrected to upsert: {update, create}: the required author is always updated
    Post.author is required (P1!-CM from Post), so a post always has an author and the update branch
    always runs; the create branch (whose email would clash with Zeus) never does (§13 seed 004 item 1).
    Given the data model "blog_user_post"
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "Hello"}]}}) {
          id
          posts { id }
        }
      }
      """
    And saving "data.createUser.posts.0.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}"
          }
          data: {
            author: {
              upsert: {
                update: {
                  email: "zeus2@example.com"
                  name: "Zeus2"
                }
                create: {
                  email: "zeus@example.com"
                  name: "Zeus"
                }
              }
            }
          }
        ) {
          id
          author { email name }
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}", "author": {"email": "zeus2@example.com", "name": "Zeus2"}}}
      """
    And no side effects

  @id:prisma1-nested-upsert-016 @behaviour:nested-upsert @catalogue:P1-114 @seed:E-002-09 @erratum:ERR-002-3 @erratum:ERR-002-5 @erratum:ERR-002-8
  Scenario: [S002] E-002-09 as documented: author: {upsert: {id, name}} is a validation error
    The seed's to-one upsert has neither `update` nor `create`; 1.34 requires `{update, create}` and has
    no selector in a to-one upsert (prisma1-behaviours.md §13 seed 002 item 5). The stray `}` before
    `) {` is dropped (ERR-002-3); the ids are generated and substituted (ERR-002-8).
    Given the data model "user_posts"
    And having executed:
      """
      mutation {
        createUser(data: {username: "alice", name: "Alice", posts: {create: [{title: "My great Vacation"}]}}) {
          id
          posts { id }
        }
      }
      """
    And saving "data.createUser.id" as "userId"
    And saving "data.createUser.posts.0.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}" # or any other unique field
          }
          data: {
            author: {
              upsert: {
                id: "{{userId}}" # or any other unique field
                name: "John Doe-Doe"
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Argument 'data' expected type 'PostUpdateInput!'"

  @id:prisma1-nested-upsert-017 @behaviour:nested-upsert @catalogue:P1-114 @seed:E-002-09 @erratum:ERR-002-3 @erratum:ERR-002-5 @erratum:ERR-002-8
  Scenario: [S002] E-002-09 corrected to upsert: {update, create}: the existing author is updated
    The post has an author, so the update branch renames it; the create branch (a new "johnny") does
    not run. This is the seed's "author exists" path.
    Given the data model "user_posts"
    And having executed:
      """
      mutation {
        createUser(data: {username: "alice", name: "Alice", posts: {create: [{title: "My great Vacation"}]}}) {
          id
          posts { id }
        }
      }
      """
    And saving "data.createUser.posts.0.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}" # or any other unique field
          }
          data: {
            author: {
              upsert: {
                update: {name: "John Doe-Doe"}
                create: {username: "johnny", name: "John Doe-Doe"}
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    And no side effects
    When executing control query:
      """
      { users { username name } }
      """
    Then the result should be:
      """
      {"users": [{"username": "alice", "name": "John Doe-Doe"}]}
      """

  @id:prisma1-nested-upsert-018 @behaviour:nested-upsert @catalogue:P1-114 @seed:E-002-09 @erratum:ERR-002-3 @erratum:ERR-002-5 @erratum:ERR-002-8
  Scenario: [S002] E-002-09 corrected to upsert: {update, create}: a post without author gets a new one
    The seed's create path cannot work as written (no `username`, which is required and unique); with
    a full `create` the new user is created and becomes the post's author.
    Given the data model "user_posts"
    And having executed:
      """
      mutation { createPost(data: {title: "My great Vacation"}) { id } }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}" # or any other unique field
          }
          data: {
            author: {
              upsert: {
                update: {name: "John Doe-Doe"}
                create: {username: "johnny", name: "John Doe-Doe"}
              }
            }
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"id": "{{postId}}"}}
      """
    And the side effects should be:
      | +nodes User       | 1 |
      | +links PostToUser | 1 |
    When executing control query:
      """
      { users { username name posts { title } } }
      """
    Then the result should be:
      """
      {"users": [{"username": "johnny", "name": "John Doe-Doe", "posts": [{"title": "My great Vacation"}]}]}
      """
