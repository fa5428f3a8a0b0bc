Feature: Nested update inside update (Prisma 1.34)
  To-one: `update: {<data>}` updates the connected node; there is no selector (since 1.4). To-many:
  `update: [{where: XWhereUniqueInput!, data: …}]`; the `where` must match a node (else 3039) that is
  linked to this parent (else 3041, with the user's selector in the text). Nothing linked on a to-one
  gives 3041 too. Nested updates nest at any depth, and any failure rolls back the whole mutation
  (prisma1-behaviours.md §4.5, §9, §10).

  @id:prisma1-nested-update-001 @behaviour:nested-update @catalogue:P1-096
  Scenario Outline: two nested updates on a to-many, one selected by id and one by another unique (<relation>)
    `UpdUpdate` "a one to many relation should be updateable by id / by any unique argument".
    Given the data model "<schema>"
    And having executed:
      """
      mutation {
        createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}, {c: "c2"}]}}) {
          childrenOpt { id }
        }
      }
      """
    And saving "data.createParent.childrenOpt.0.id" as "c1Id"
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {childrenOpt: {update: [
            {where: {id: "{{c1Id}}"}, data: {test: "updated by id"}},
            {where: {c: "c2"}, data: {c: "c2 renamed", test: "updated by c"}}
          ]}}
        ) {
          childrenOpt { c test }
        }
      }
      """
    Then the result should be, in order:
      """
      {"updateParent": {"childrenOpt": [{"c": "c1", "test": "updated by id"}, {"c": "c2 renamed", "test": "updated by c"}]}}
      """
    And no side effects

    Examples:
      | relation | schema       |
      | PM-C1!   | relation_pm_c1req |
      | PM-C1    | relation_pm_c1opt |
      | PM-CM    | relation_pm_cm    |

  @id:prisma1-nested-update-002 @behaviour:nested-update @catalogue:P1-097
  Scenario Outline: update on a to-one takes the data alone and updates the connected child (<relation>)
    Since 1.4 the to-one `update` is the data object itself, with no selector (prisma1-behaviours.md §1, §5).
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <field>: {create: {c: "c1"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(where: {p: "p1"}, data: {<field>: {update: {c: "c1 renamed", test: "updated"}}}) {
          p
          <field> { c test }
        }
      }
      """
    Then the result should be:
      """
      {"updateParent": {"p": "p1", "<field>": {"c": "c1 renamed", "test": "updated"}}}
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

  @id:prisma1-nested-update-003 @behaviour:nested-update @catalogue:P1-097
  Scenario Outline: update on the child's to-one back-relation updates its parent (<relation>)
    The many-to-one direction of `UpdUpdate` "a many to one relation should be updateable by id":
    `todo: {update: {title}}` from the Comment side.
    Given the data model "<schema>"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <create>}) { id } }
      """
    When executing:
      """
      mutation {
        updateChild(where: {c: "c1"}, data: {<back>: {update: {p: "p1 renamed"}}}) {
          c
          <back> { p }
        }
      }
      """
    Then the result should be:
      """
      {"updateChild": {"c": "c1", "<back>": {"p": "p1 renamed"}}}
      """
    And no side effects

    Examples:
      | relation | schema          | create                                  | back      |
      | PM-C1!   | relation_pm_c1req    | childrenOpt: {create: [{c: "c1"}]}      | parentReq |
      | PM-C1    | relation_pm_c1opt    | childrenOpt: {create: [{c: "c1"}]}      | parentOpt |
      | P1-C1!   | relation_p1opt_c1req | childOpt: {create: {c: "c1"}}           | parentReq |
      | P1!-C1   | relation_p1req_c1opt | childReq: {create: {c: "c1"}}           | parentOpt |

  @id:prisma1-nested-update-004 @behaviour:transactions @catalogue:P1-098
  Scenario: a to-many update whose where matches no node fails with 3039 and the outer change is rolled back
    `UpdUpdate` "TRANSACTIONAL: a many to many relation should fail gracefully on wrong where …": the
    outer scalar change is not kept (prisma1-behaviours.md §4.5 step 1, §9).
    Given the data model "relation_pm_cm"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {p: "p1 changed", childrenOpt: {update: {where: {id: "DOES NOT EXIST"}, data: {test: "updated"}}}}
        ) {
          p
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Child with value DOES NOT EXIST for id found."
    When executing control query:
      """
      { parents { p childrenOpt { c test } } }
      """
    Then the result should be:
      """
      {"parents": [{"p": "p1", "childrenOpt": [{"c": "c1", "test": null}]}]}
      """

  @id:prisma1-nested-update-005 @behaviour:errors @catalogue:P1-099
  Scenario: updating a node that exists but is not linked fails with 3041 naming the user's selector
    The 3041 text of a to-many nested update carries the selector the user wrote ('innerUnique'), not the
    id, and no parent value (`M/nonEmbedded/TransactionalNestedExecutionSpec.scala` "multiple nested updates
    where one of them is not connected"; prisma1-behaviours.md §4.5 step 2). The first update is rolled back.
    Given the data model "todo_notes_id_uniques"
    And having executed:
      """
      mutation {
        createNote(data: {
          outerString: "Outer String"
          outerUnique: "Some Outer ID"
          todos: {create: [{innerString: "Inner String", innerUnique: "Some Inner ID"}]}
        }) { id }
      }
      """
    And having executed:
      """
      mutation { createTodo(data: {innerString: "Inner String", innerUnique: "Some Inner ID2"}) { id } }
      """
    When executing:
      """
      mutation {
        updateNote(
          where: {outerUnique: "Some Outer ID"}
          data: {
            outerString: "Changed Outer String"
            todos: {update: [
              {where: {innerUnique: "Some Inner ID"}, data: {innerString: "Changed Inner String"}},
              {where: {innerUnique: "Some Inner ID2"}, data: {innerString: "Changed Inner String"}}
            ]}
          }
        ) {
          id
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation NoteToTodo has no node for the model Note connected to a Node for the model Todo with the value 'Some Inner ID2' for the field 'innerUnique' on your mutation path."
    When executing control query:
      """
      { notes { outerString } todoes { innerUnique innerString } }
      """
    Then the result should be:
      """
      {
        "notes": [{"outerString": "Outer String"}],
        "todoes": [
          {"innerUnique": "Some Inner ID", "innerString": "Inner String"},
          {"innerUnique": "Some Inner ID2", "innerString": "Inner String"}
        ]
      }
      """

  @id:prisma1-nested-update-006 @behaviour:errors @catalogue:P1-100
  Scenario Outline: a to-many update whose where has no non-null unique fails with 3040 (<selector>)
    `UpdUpdate` "a many to many relation should handle null in unique fields"; `{}` fails the same way
    (prisma1-behaviours.md §4.5, §6 Selectors). The check runs while the mutation is built, so nothing runs.
    Given the data model "relation_pm_cm"
    And having executed:
      """
      mutation { createParent(data: {p: "p1", childrenOpt: {create: [{c: "c1"}]}}) { id } }
      """
    When executing:
      """
      mutation {
        updateParent(
          where: {p: "p1"}
          data: {p: "p1 changed", childrenOpt: {update: {where: <where>, data: {test: "updated"}}}}
        ) {
          p
        }
      }
      """
    Then an error "InvalidSelector" should be raised
    And the error message should contain "You provided an invalid argument for the where selector on Child."

    Examples:
      | selector | where     |
      | c-null   | {c: null} |
      | empty    | {}        |

  @id:prisma1-nested-update-007 @behaviour:nested-update @catalogue:P1-101
  Scenario: update → update → update through two to-one edges and one to-many edge
    `UpdUpdate` "… model and node edges on the path and back relations are missing and node edges follow
    model edges": four levels, against the seed's "maximum nested level is 3" (prisma1-behaviours.md §13 item 10).
    Given the data model "chain4_one_way"
    And having executed:
      """
      mutation {
        createTop(data: {
          nameTop: "the top"
          middle: {create: {
            nameMiddle: "the middle"
            bottom: {create: {nameBottom: "the bottom", below: {create: [{nameBelow: "below"}, {nameBelow: "second below"}]}}}
          }}
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
            middle: {update: {
              nameMiddle: "updated middle"
              bottom: {update: {
                nameBottom: "updated bottom"
                below: {update: {where: {nameBelow: "below"}, data: {nameBelow: "updated below"}}}
              }}
            }}
          }
        ) {
          nameTop
          middle { nameMiddle bottom { nameBottom below { nameBelow } } }
        }
      }
      """
    Then the result should be, in order:
      """
      {
        "updateTop": {
          "nameTop": "updated top",
          "middle": {
            "nameMiddle": "updated middle",
            "bottom": {"nameBottom": "updated bottom", "below": [{"nameBelow": "updated below"}, {"nameBelow": "second below"}]}
          }
        }
      }
      """
    And no side effects

  @id:prisma1-nested-update-008 @behaviour:errors @catalogue:P1-101
  Scenario: update → update → update on an interrupted path fails with 3041 'BelowToBottom'
    "other below" exists but hangs under the second top's bottom. The text names the Bottom without a
    value (it was reached through to-one edges) and the Below by the user's selector (`UpdUpdate` "… but the
    path is interrupted"; prisma1-behaviours.md §4.5, §10). All three levels of updates are rolled back.
    Given the data model "chain4_one_way"
    And having executed:
      """
      mutation {
        createTop(data: {
          nameTop: "the top"
          middle: {create: {
            nameMiddle: "the middle"
            bottom: {create: {nameBottom: "the bottom", below: {create: [{nameBelow: "below"}, {nameBelow: "second below"}]}}}
          }}
        }) { id }
      }
      """
    And having executed:
      """
      mutation {
        createTop(data: {
          nameTop: "the second top"
          middle: {create: {
            nameMiddle: "the second middle"
            bottom: {create: {nameBottom: "the second bottom", below: {create: [{nameBelow: "other below"}, {nameBelow: "second other below"}]}}}
          }}
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
            middle: {update: {
              nameMiddle: "updated middle"
              bottom: {update: {
                nameBottom: "updated bottom"
                below: {update: {where: {nameBelow: "other below"}, data: {nameBelow: "updated below"}}}
              }}
            }}
          }
        ) {
          nameTop
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation BelowToBottom has no node for the model Bottom connected to a Node for the model Below with the value 'other below' for the field 'nameBelow' on your mutation path."
    When executing control query:
      """
      { tops { nameTop } middles { nameMiddle } bottoms { nameBottom } belows { nameBelow } }
      """
    Then the result should be:
      """
      {
        "tops": [{"nameTop": "the top"}, {"nameTop": "the second top"}],
        "middles": [{"nameMiddle": "the middle"}, {"nameMiddle": "the second middle"}],
        "bottoms": [{"nameBottom": "the bottom"}, {"nameBottom": "the second bottom"}],
        "belows": [
          {"nameBelow": "below"}, {"nameBelow": "second below"},
          {"nameBelow": "other below"}, {"nameBelow": "second other below"}
        ]
      }
      """

  @id:prisma1-nested-update-009 @behaviour:errors @catalogue:P1-102
  Scenario: update → update on a to-one with nothing linked fails with 3041 'BottomToMiddle'
    `UpdUpdate` "… only model edges on the path but there is no connected item to update at the end". The
    to-one variant of the text names neither node by value (prisma1-behaviours.md §4.5, §10).
    Given the data model "chain4_one_way"
    And having executed:
      """
      mutation { createTop(data: {nameTop: "the top", middle: {create: {nameMiddle: "the middle"}}}) { id } }
      """
    When executing:
      """
      mutation {
        updateTop(
          where: {nameTop: "the top"}
          data: {
            nameTop: "updated top"
            middle: {update: {nameMiddle: "updated middle", bottom: {update: {nameBottom: "updated bottom"}}}}
          }
        ) {
          nameTop
        }
      }
      """
    Then an error "NodesNotConnected" should be raised
    And the error message should contain "The relation BottomToMiddle has no node for the model Middle connected to a Node for the model Bottom on your mutation path."
    When executing control query:
      """
      { tops { nameTop middle { nameMiddle bottom { nameBottom } } } }
      """
    Then the result should be:
      """
      {"tops": [{"nameTop": "the top", "middle": {"nameMiddle": "the middle", "bottom": null}}]}
      """

  @id:prisma1-nested-update-010 @behaviour:transactions @catalogue:P1-103
  Scenario: the second of two nested updates misses with 3039 and the first is rolled back
    `M/nonEmbedded/TransactionalNestedExecutionSpec.scala` "fail gracefully on wrong GRAPHQLID for
    multiple nested wheres" (prisma1-behaviours.md §9).
    Given the data model "todo_notes_id_uniques"
    And having executed:
      """
      mutation {
        createNote(data: {
          outerString: "Outer String"
          outerUnique: "Some Outer ID"
          todos: {create: [
            {innerString: "Inner String", innerUnique: "Some Inner ID"},
            {innerString: "Inner String", innerUnique: "Some Inner ID2"}
          ]}
        }) { id }
      }
      """
    When executing:
      """
      mutation {
        updateNote(
          where: {outerUnique: "Some Outer ID"}
          data: {
            outerString: "Changed Outer String"
            todos: {update: [
              {where: {innerUnique: "Some Inner ID"}, data: {innerString: "Changed Inner String"}},
              {where: {innerUnique: "Some False ID2"}, data: {innerString: "Changed Inner String"}}
            ]}
          }
        ) {
          id
        }
      }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model Todo with value Some False ID2 for innerUnique found."
    When executing control query:
      """
      { notes { outerString } todoes { innerUnique innerString } }
      """
    Then the result should be:
      """
      {
        "notes": [{"outerString": "Outer String"}],
        "todoes": [
          {"innerUnique": "Some Inner ID", "innerString": "Inner String"},
          {"innerUnique": "Some Inner ID2", "innerString": "Inner String"}
        ]
      }
      """

  @id:prisma1-nested-update-011 @behaviour:nested-update @catalogue:P1-104 @seed:E-004-09
  Scenario: [S004] updateUser updates one of the user's posts through {where, data} (Prisma 1.34 reading)
    Seed 004 copies the Prisma 1.0 example; the to-many `update: [{where, data}]` shape is unchanged in
    1.34. The seed's literal ids are replaced by saved ids and its result is inferred from the prose (ERR-004-8).
    Given the data model "blog_user_post"
    And having executed:
      """
      mutation {
        createUser(data: {email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "First"}, {title: "Second"}]}}) {
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
        updateUser(
          data: {
            posts: {
              update: [{
                where: {
                  id: "{{postId}}"
                }
                data: {
                  title: "Hello World"
                }
              }]
            }
          }
          where: {
            id: "{{userId}}"
          }
        ) {
          id
        }
      }
      """
    Then the result should be:
      """
      {"updateUser": {"id": "{{userId}}"}}
      """
    And no side effects
    When executing control query:
      """
      { users { name posts { title } } }
      """
    Then the result should be, in order:
      """
      {"users": [{"name": "Zeus", "posts": [{"title": "Hello World"}, {"title": "Second"}]}]}
      """

  @id:prisma1-nested-update-012 @behaviour:nested-update @catalogue:P1-105 @seed:E-002-08 @erratum:ERR-002-3 @erratum:ERR-002-4 @erratum:ERR-002-8
  Scenario: [S002] E-002-08 as documented: author: {update: {id, name}} is a validation error
    The seed puts a unique selector inside the to-one update data. No Prisma version accepts that: 1.4+
    takes the data alone, 1.0–1.3 took `{where, data}`, and `id` is never part of update data
    (prisma1-behaviours.md §13 seed 002 item 4). The stray `}` before `) {` is dropped (ERR-002-3); the
    ids are generated and substituted (ERR-002-8).
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
              update: {
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
    And the error message should contain "Field 'id' is not defined in the input type 'UserUpdateWithoutPostsDataInput'"
    When executing control query:
      """
      { users { username name } }
      """
    Then the result should be:
      """
      {"users": [{"username": "alice", "name": "Alice"}]}
      """

  @id:prisma1-nested-update-013 @behaviour:nested-update @catalogue:P1-105 @seed:E-002-08 @erratum:ERR-002-3 @erratum:ERR-002-4 @erratum:ERR-002-8
  Scenario: [S002] E-002-08 corrected to author: {update: {name}} renames the post's author
    The 1.34 shape: the to-one update data alone; the related node is the one linked to the post.
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
    And having executed:
      """
      mutation { createUser(data: {username: "bob", name: "Bob"}) { id } }
      """
    When executing:
      """
      mutation {
        updatePost(
          where: {
            id: "{{postId}}" # or any other unique field
          }
          data: {
            author: {
              update: {
                name: "John Doe-Doe"
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
      { users { username name posts { title } } }
      """
    Then the result should be:
      """
      {
        "users": [
          {"username": "alice", "name": "John Doe-Doe", "posts": [{"title": "My great Vacation"}]},
          {"username": "bob", "name": "Bob", "posts": []}
        ]
      }
      """

  @id:prisma1-nested-update-014 @behaviour:nested-update
  Scenario: update → update → update through to-many edges only (Top → Middle → Bottom)
    `UpdUpdate` "a deeply nested mutation should execute all levels … only node edges on the path".
    Given the data model "chain3_many_many"
    And having executed:
      """
      mutation {
        createTop(data: {
          nameTop: "the top"
          middles: {create: [
            {nameMiddle: "the middle", bottoms: {create: [{nameBottom: "the bottom"}, {nameBottom: "the second bottom"}]}},
            {nameMiddle: "the second middle", bottoms: {create: [{nameBottom: "the third bottom"}, {nameBottom: "the fourth bottom"}]}}
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
                bottoms: {update: [{where: {nameBottom: "the bottom"}, data: {nameBottom: "updated bottom"}}]}
              }
            }]}
          }
        ) {
          nameTop
          middles { nameMiddle bottoms { nameBottom } }
        }
      }
      """
    Then the result should be, in order:
      """
      {
        "updateTop": {
          "nameTop": "updated top",
          "middles": [
            {"nameMiddle": "updated middle", "bottoms": [{"nameBottom": "updated bottom"}, {"nameBottom": "the second bottom"}]},
            {"nameMiddle": "the second middle", "bottoms": [{"nameBottom": "the third bottom"}, {"nameBottom": "the fourth bottom"}]}
          ]
        }
      }
      """
    And no side effects

  @id:prisma1-nested-update-015 @behaviour:nested-update
  Scenario: to-one update under a to-many nested update updates only the selected middle's bottom
    `UpdUpdate` "… model and node edges on the path".
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
              data: {nameMiddle: "updated middle", bottom: {update: {nameBottom: "updated bottom"}}}
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
