Feature: Prisma 1 generated mutation schema
  The generated names and shapes, checked by introspection (prisma1-behaviours.md §3, §6, §11).
  `Then the result should be:` ignores list order, so field lists are compared as sets.

  @id:prisma1-schema-001 @behaviour:schema @catalogue:P1-132 @catalogue:P1-039
  Scenario: the six mutation fields of a model and their signatures (Todo pluralises to Todoes)
    From T/schema/MutationsSchemaBuilderSpec.scala:
      createTodo(data: TodoCreateInput!): Todo!
      updateTodo(data: TodoUpdateInput!, where: TodoWhereUniqueInput!): Todo
      upsertTodo(where: TodoWhereUniqueInput!, create: TodoCreateInput!, update: TodoUpdateInput!): Todo!
      deleteTodo(where: TodoWhereUniqueInput!): Todo
      updateManyTodoes(data: TodoUpdateManyMutationInput!, where: TodoWhereInput): BatchPayload!
      deleteManyTodoes(where: TodoWhereInput): BatchPayload!
    (executeRaw exists only when raw access is enabled, which it is not by default.)
    Given the data model:
      """
      type Todo {
        id: ID! @unique
        title: String!
        alias: String @unique
      }
      """
    And an empty database
    When executing:
      """
      {
        __type(name: "Mutation") {
          fields {
            name
            args { name type { kind name ofType { kind name } } }
            type { kind name ofType { kind name } }
          }
        }
      }
      """
    Then the result should be:
      """
      {"__type": {"fields": [
        {"name": "createTodo",
         "args": [{"name": "data", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "TodoCreateInput"}}}],
         "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "OBJECT", "name": "Todo"}}},
        {"name": "updateTodo",
         "args": [{"name": "data", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "TodoUpdateInput"}}},
                  {"name": "where", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "TodoWhereUniqueInput"}}}],
         "type": {"kind": "OBJECT", "name": "Todo", "ofType": null}},
        {"name": "upsertTodo",
         "args": [{"name": "where", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "TodoWhereUniqueInput"}}},
                  {"name": "create", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "TodoCreateInput"}}},
                  {"name": "update", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "TodoUpdateInput"}}}],
         "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "OBJECT", "name": "Todo"}}},
        {"name": "deleteTodo",
         "args": [{"name": "where", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "TodoWhereUniqueInput"}}}],
         "type": {"kind": "OBJECT", "name": "Todo", "ofType": null}},
        {"name": "updateManyTodoes",
         "args": [{"name": "data", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "TodoUpdateManyMutationInput"}}},
                  {"name": "where", "type": {"kind": "INPUT_OBJECT", "name": "TodoWhereInput", "ofType": null}}],
         "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "OBJECT", "name": "BatchPayload"}}},
        {"name": "deleteManyTodoes",
         "args": [{"name": "where", "type": {"kind": "INPUT_OBJECT", "name": "TodoWhereInput", "ofType": null}}],
         "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "OBJECT", "name": "BatchPayload"}}}
      ]}}
      """
    And no side effects

  @id:prisma1-schema-002 @behaviour:schema @catalogue:P1-132
  Scenario: BatchPayload has one field, count: Long!
    type BatchPayload { count: Long! } (§6); the count is a JSON number in responses.
    Given the data model:
      """
      type Todo {
        id: ID! @unique
        title: String!
      }
      """
    And an empty database
    When executing:
      """
      { __type(name: "BatchPayload") { kind fields { name type { kind name ofType { kind name } } } } }
      """
    Then the result should be:
      """
      {"__type": {"kind": "OBJECT", "fields": [{"name": "count", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "SCALAR", "name": "Long"}}}]}}
      """
    And no side effects

  @id:prisma1-schema-003 @behaviour:schema @catalogue:P1-132
  Scenario: relation wrappers in create inputs: CommentCreateManyWithoutTodoInput and TodoCreateOneWithoutCommentsInput
    From T/schema/MutationsSchemaBuilderSpec.scala "the create Mutation for a model with relations":
    a create exposes only `create` and `connect`.
    Given the data model:
      """
      type Todo {
        id: ID! @unique
        title: String!
        tag: String
        comments: [Comment!]!
      }

      type Comment {
        id: ID! @unique
        text: String!
        todo: Todo
      }
      """
    And an empty database
    When executing:
      """
      {
        many: __type(name: "CommentCreateManyWithoutTodoInput") {
          inputFields { name type { kind ofType { kind ofType { kind name } } } }
        }
        one: __type(name: "TodoCreateOneWithoutCommentsInput") {
          inputFields { name type { kind name } }
        }
      }
      """
    Then the result should be:
      """
      {
        "many": {"inputFields": [
          {"name": "create", "type": {"kind": "LIST", "ofType": {"kind": "NON_NULL", "ofType": {"kind": "INPUT_OBJECT", "name": "CommentCreateWithoutTodoInput"}}}},
          {"name": "connect", "type": {"kind": "LIST", "ofType": {"kind": "NON_NULL", "ofType": {"kind": "INPUT_OBJECT", "name": "CommentWhereUniqueInput"}}}}
        ]},
        "one": {"inputFields": [
          {"name": "create", "type": {"kind": "INPUT_OBJECT", "name": "TodoCreateWithoutCommentsInput"}},
          {"name": "connect", "type": {"kind": "INPUT_OBJECT", "name": "TodoWhereUniqueInput"}}
        ]}
      }
      """
    And no side effects

  @id:prisma1-schema-004 @behaviour:schema @catalogue:P1-132
  Scenario: relation wrappers in update inputs: optional to-one and to-many operation lists
    From T/schema/MutationsSchemaBuilderSpec.scala and ITB (1.34): an optional to-one offers create,
    connect, disconnect, delete, update, upsert; a to-many offers create, connect, set, disconnect,
    delete, update, updateMany, deleteMany, upsert (set since 1.25, updateMany/deleteMany since 1.20).
    Given the data model:
      """
      type Todo {
        id: ID! @unique
        title: String!
        tag: String
        comments: [Comment!]!
      }

      type Comment {
        id: ID! @unique
        text: String!
        todo: Todo
      }
      """
    And an empty database
    When executing:
      """
      {
        toOne: __type(name: "TodoUpdateOneWithoutCommentsInput") { inputFields { name } }
        toMany: __type(name: "CommentUpdateManyWithoutTodoInput") { inputFields { name } }
        toOneUpsert: __type(name: "TodoUpsertWithoutCommentsInput") { inputFields { name } }
        toOneData: __type(name: "TodoUpdateWithoutCommentsDataInput") { inputFields { name } }
        toManyUpdate: __type(name: "CommentUpdateWithWhereUniqueWithoutTodoInput") { inputFields { name } }
        toManyUpsert: __type(name: "CommentUpsertWithWhereUniqueWithoutTodoInput") { inputFields { name } }
        toManyUpdateMany: __type(name: "CommentUpdateManyWithWhereNestedInput") { inputFields { name } }
      }
      """
    Then the result should be:
      """
      {
        "toOne": {"inputFields": [{"name": "create"}, {"name": "connect"}, {"name": "disconnect"}, {"name": "delete"}, {"name": "update"}, {"name": "upsert"}]},
        "toMany": {"inputFields": [{"name": "create"}, {"name": "connect"}, {"name": "set"}, {"name": "disconnect"}, {"name": "delete"}, {"name": "update"}, {"name": "updateMany"}, {"name": "deleteMany"}, {"name": "upsert"}]},
        "toOneUpsert": {"inputFields": [{"name": "update"}, {"name": "create"}]},
        "toOneData": {"inputFields": [{"name": "title"}, {"name": "tag"}]},
        "toManyUpdate": {"inputFields": [{"name": "where"}, {"name": "data"}]},
        "toManyUpsert": {"inputFields": [{"name": "where"}, {"name": "update"}, {"name": "create"}]},
        "toManyUpdateMany": {"inputFields": [{"name": "where"}, {"name": "data"}]}
      }
      """
    And no side effects

  @id:prisma1-schema-005 @behaviour:schema @catalogue:P1-133
  Scenario: a required to-one gets an UpdateOneRequired wrapper without disconnect and delete
    Since 1.17 (§1, §3): ChildUpdateInput.parentReq is ParentUpdateOneRequiredWithoutChildrenOptInput
    with create, connect, update and upsert only.
    Given the data model "relation_pm_c1req"
    And an empty database
    When executing:
      """
      {
        childUpdate: __type(name: "ChildUpdateInput") { inputFields { name type { kind name } } }
        required: __type(name: "ParentUpdateOneRequiredWithoutChildrenOptInput") { inputFields { name } }
      }
      """
    Then the result should be:
      """
      {
        "childUpdate": {"inputFields": [
          {"name": "c", "type": {"kind": "SCALAR", "name": "String"}},
          {"name": "test", "type": {"kind": "SCALAR", "name": "String"}},
          {"name": "parentReq", "type": {"kind": "INPUT_OBJECT", "name": "ParentUpdateOneRequiredWithoutChildrenOptInput"}}
        ]},
        "required": {"inputFields": [{"name": "create"}, {"name": "connect"}, {"name": "update"}, {"name": "upsert"}]}
      }
      """
    And no side effects

  @id:prisma1-schema-006 @behaviour:schema @catalogue:P1-133
  Scenario: a required one-to-one self relation names its wrappers after the opposite field
    From T/schema/InputTypesSchemaBuilderSpec.scala "Sample schema with selfrelations" (rendered
    in 1.34 as UserUpdateOneRequiredWithoutFriendOfInput).
    Given the data model:
      """
      type User {
        id: ID! @unique
        name: String! @unique
        friend: User! @relation(name: "UserFriends")
        friendOf: User! @relation(name: "UserFriends")
      }
      """
    And an empty database
    When executing:
      """
      {
        update: __type(name: "UserUpdateInput") { inputFields { name type { kind name } } }
        friend: __type(name: "UserUpdateOneRequiredWithoutFriendOfInput") { inputFields { name } }
        friendOf: __type(name: "UserUpdateOneRequiredWithoutFriendInput") { inputFields { name } }
        data: __type(name: "UserUpdateWithoutFriendOfDataInput") { inputFields { name } }
        upsert: __type(name: "UserUpsertWithoutFriendOfInput") { inputFields { name } }
        createOne: __type(name: "UserCreateOneWithoutFriendOfInput") { inputFields { name } }
      }
      """
    Then the result should be:
      """
      {
        "update": {"inputFields": [
          {"name": "name", "type": {"kind": "SCALAR", "name": "String"}},
          {"name": "friend", "type": {"kind": "INPUT_OBJECT", "name": "UserUpdateOneRequiredWithoutFriendOfInput"}},
          {"name": "friendOf", "type": {"kind": "INPUT_OBJECT", "name": "UserUpdateOneRequiredWithoutFriendInput"}}
        ]},
        "friend": {"inputFields": [{"name": "create"}, {"name": "connect"}, {"name": "update"}, {"name": "upsert"}]},
        "friendOf": {"inputFields": [{"name": "create"}, {"name": "connect"}, {"name": "update"}, {"name": "upsert"}]},
        "data": {"inputFields": [{"name": "name"}, {"name": "friend"}]},
        "upsert": {"inputFields": [{"name": "update"}, {"name": "create"}]},
        "createOne": {"inputFields": [{"name": "create"}, {"name": "connect"}]}
      }
      """
    And no side effects

  @id:prisma1-schema-007 @behaviour:schema @catalogue:P1-133
  Scenario: relations without a back-field use the "Nested" and "Without"-less names
    From T/schema/InputTypesSchemaBuilderSpec.scala "Sample schema with relation and id only types"
    and MutationsSchemaBuilderSpec "omitted back relation" (§11): B.rel gets UserCreateOneInput /
    UserUpdateOneInput / UserUpsertNestedInput / UserUpdateDataInput, B.tags gets TagCreateManyInput /
    TagUpdateManyInput / TagUpdateWithWhereUniqueNestedInput / TagUpsertWithWhereUniqueNestedInput.
    Given the data model:
      """
      type User {
        id: ID! @unique
        name: String!
      }

      type Tag {
        id: ID! @unique
        label: String! @unique
      }

      type B {
        id: ID! @unique
        b: String
        rel: User
        tags: [Tag!]!
      }
      """
    And an empty database
    When executing:
      """
      {
        bUpdate: __type(name: "BUpdateInput") { inputFields { name type { kind name } } }
        createOne: __type(name: "UserCreateOneInput") { inputFields { name type { kind name } } }
        updateOne: __type(name: "UserUpdateOneInput") { inputFields { name type { kind name } } }
        upsertOne: __type(name: "UserUpsertNestedInput") { inputFields { name } }
        createMany: __type(name: "TagCreateManyInput") { inputFields { name } }
        updateMany: __type(name: "TagUpdateManyInput") { inputFields { name } }
        updateElem: __type(name: "TagUpdateWithWhereUniqueNestedInput") { inputFields { name type { kind ofType { name } } } }
        upsertElem: __type(name: "TagUpsertWithWhereUniqueNestedInput") { inputFields { name } }
      }
      """
    Then the result should be:
      """
      {
        "bUpdate": {"inputFields": [
          {"name": "b", "type": {"kind": "SCALAR", "name": "String"}},
          {"name": "rel", "type": {"kind": "INPUT_OBJECT", "name": "UserUpdateOneInput"}},
          {"name": "tags", "type": {"kind": "INPUT_OBJECT", "name": "TagUpdateManyInput"}}
        ]},
        "createOne": {"inputFields": [
          {"name": "create", "type": {"kind": "INPUT_OBJECT", "name": "UserCreateInput"}},
          {"name": "connect", "type": {"kind": "INPUT_OBJECT", "name": "UserWhereUniqueInput"}}
        ]},
        "updateOne": {"inputFields": [
          {"name": "create", "type": {"kind": "INPUT_OBJECT", "name": "UserCreateInput"}},
          {"name": "connect", "type": {"kind": "INPUT_OBJECT", "name": "UserWhereUniqueInput"}},
          {"name": "disconnect", "type": {"kind": "SCALAR", "name": "Boolean"}},
          {"name": "delete", "type": {"kind": "SCALAR", "name": "Boolean"}},
          {"name": "update", "type": {"kind": "INPUT_OBJECT", "name": "UserUpdateDataInput"}},
          {"name": "upsert", "type": {"kind": "INPUT_OBJECT", "name": "UserUpsertNestedInput"}}
        ]},
        "upsertOne": {"inputFields": [{"name": "update"}, {"name": "create"}]},
        "createMany": {"inputFields": [{"name": "create"}, {"name": "connect"}]},
        "updateMany": {"inputFields": [{"name": "create"}, {"name": "connect"}, {"name": "set"}, {"name": "disconnect"}, {"name": "delete"}, {"name": "update"}, {"name": "updateMany"}, {"name": "deleteMany"}, {"name": "upsert"}]},
        "updateElem": {"inputFields": [
          {"name": "where", "type": {"kind": "NON_NULL", "ofType": {"name": "TagWhereUniqueInput"}}},
          {"name": "data", "type": {"kind": "NON_NULL", "ofType": {"name": "TagUpdateDataInput"}}}
        ]},
        "upsertElem": {"inputFields": [{"name": "where"}, {"name": "update"}, {"name": "create"}]}
      }
      """
    And no side effects

  @id:prisma1-schema-008 @behaviour:schema @behaviour:scalar-list-set
  Scenario: scalar-list wrappers are named with the field name not capitalised and carry only set
    §8, ITB computeScalarInputFields: UserCreatescoresInput, UserUpdatescoresInput { set }. The
    updateMany input uses the update wrapper.
    Given the data model "user_scalar_lists"
    And an empty database
    When executing:
      """
      {
        create: __type(name: "UserCreatescoresInput") { inputFields { name } }
        update: __type(name: "UserUpdatescoresInput") { inputFields { name } }
        updateMany: __type(name: "UserUpdateManyMutationInput") { inputFields { name type { kind name } } }
      }
      """
    Then the result should be:
      """
      {
        "create": {"inputFields": [{"name": "set"}]},
        "update": {"inputFields": [{"name": "set"}]},
        "updateMany": {"inputFields": [
          {"name": "scores", "type": {"kind": "INPUT_OBJECT", "name": "UserUpdatescoresInput"}},
          {"name": "friends", "type": {"kind": "INPUT_OBJECT", "name": "UserUpdatefriendsInput"}},
          {"name": "coinFlips", "type": {"kind": "INPUT_OBJECT", "name": "UserUpdatecoinFlipsInput"}}
        ]}
      }
      """
    And no side effects

  @id:prisma1-schema-009 @behaviour:schema @behaviour:batch
  Scenario: the updateMany input holds the writable scalars only: no relation fields, no createdAt
    §7 and ITB computeInputObjectTypeForUpdateMany: XUpdateManyMutationInput is the update input's
    scalar part; server-managed fields (id, createdAt) are not writable.
    Given the data model "blog_user_post_status"
    And an empty database
    When executing:
      """
      {
        post: __type(name: "PostUpdateManyMutationInput") { inputFields { name } }
        user: __type(name: "UserUpdateManyMutationInput") { inputFields { name } }
        postUpdate: __type(name: "PostUpdateInput") { inputFields { name } }
      }
      """
    Then the result should be:
      """
      {
        "post": {"inputFields": [{"name": "title"}, {"name": "status"}]},
        "user": {"inputFields": [{"name": "age"}, {"name": "email"}, {"name": "name"}]},
        "postUpdate": {"inputFields": [{"name": "title"}, {"name": "status"}, {"name": "author"}]}
      }
      """
    And no side effects

  @id:prisma1-schema-010 @behaviour:schema @behaviour:uniques
  Scenario: the WhereUniqueInput lists every unique scalar including id, all optional
    From T/schema/MutationsSchemaBuilderSpec.scala "contain all non-list unique fields" (§11).
    Given the data model "todo_uniques_defaults"
    And an empty database
    When executing:
      """
      { __type(name: "TodoWhereUniqueInput") { inputFields { name type { kind name } } } }
      """
    Then the result should be:
      """
      {"__type": {"inputFields": [
        {"name": "id", "type": {"kind": "SCALAR", "name": "ID"}},
        {"name": "alias", "type": {"kind": "SCALAR", "name": "String"}},
        {"name": "anotherIDField", "type": {"kind": "SCALAR", "name": "ID"}},
        {"name": "number", "type": {"kind": "SCALAR", "name": "Int"}}
      ]}}
      """
    And no side effects

  @id:prisma1-schema-011 @behaviour:schema @behaviour:query
  Scenario: node(id) reads a record of any model by its id; every model type implements Node
    The Relay field the 1.34 server appends to the queries (`SchemaBuilder`'s `nodeField`):
    `node(id: ID!): Node`, where `Node` is the interface `{ id: ID! }` that every model type with
    an id implements (the server's own schemas, e.g. the black-box cases of
    `prisma-generate-schema`, print `type Post implements Node`). An id nobody has is null, no
    error.
    Given the data model "blog_user_post"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {email: "ada@example.com", name: "Ada", posts: {create: [{title: "Notes"}]}}) {
          id posts { id }
        }
      }
      """
    And saving "data.createUser.id" as "ada"
    And saving "data.createUser.posts.0.id" as "notes"
    When executing:
      """
      {
        user: node(id: "{{ada}}") { __typename id ... on User { name } }
        post: node(id: "{{notes}}") { __typename ... on Post { title author { email } } }
        nobody: node(id: "cjnobody000000000000000000") { id }
        node: __type(name: "Node") { kind possibleTypes { name } fields { name type { kind ofType { name } } } }
        query: __type(name: "Query") { fields { name args { name type { kind ofType { name } } } type { name } } }
      }
      """
    Then the result should be:
      """
      {
        "user": {"__typename": "User", "id": "{{ada}}", "name": "Ada"},
        "post": {"__typename": "Post", "title": "Notes", "author": {"email": "ada@example.com"}},
        "nobody": null,
        "node": {"kind": "INTERFACE", "possibleTypes": [{"name": "Post"}, {"name": "User"}], "fields": [{"name": "id", "type": {"kind": "NON_NULL", "ofType": {"name": "ID"}}}]},
        "query": {"fields": [
          {"name": "posts", "args": [{"name": "where", "type": {"kind": "INPUT_OBJECT", "ofType": null}}, {"name": "orderBy", "type": {"kind": "ENUM", "ofType": null}}, {"name": "skip", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "after", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "before", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "first", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "last", "type": {"kind": "SCALAR", "ofType": null}}], "type": {"name": null}},
          {"name": "users", "args": [{"name": "where", "type": {"kind": "INPUT_OBJECT", "ofType": null}}, {"name": "orderBy", "type": {"kind": "ENUM", "ofType": null}}, {"name": "skip", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "after", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "before", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "first", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "last", "type": {"kind": "SCALAR", "ofType": null}}], "type": {"name": null}},
          {"name": "post", "args": [{"name": "where", "type": {"kind": "NON_NULL", "ofType": {"name": "PostWhereUniqueInput"}}}], "type": {"name": "Post"}},
          {"name": "user", "args": [{"name": "where", "type": {"kind": "NON_NULL", "ofType": {"name": "UserWhereUniqueInput"}}}], "type": {"name": "User"}},
          {"name": "postsConnection", "args": [{"name": "where", "type": {"kind": "INPUT_OBJECT", "ofType": null}}, {"name": "orderBy", "type": {"kind": "ENUM", "ofType": null}}, {"name": "skip", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "after", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "before", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "first", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "last", "type": {"kind": "SCALAR", "ofType": null}}], "type": {"name": null}},
          {"name": "usersConnection", "args": [{"name": "where", "type": {"kind": "INPUT_OBJECT", "ofType": null}}, {"name": "orderBy", "type": {"kind": "ENUM", "ofType": null}}, {"name": "skip", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "after", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "before", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "first", "type": {"kind": "SCALAR", "ofType": null}}, {"name": "last", "type": {"kind": "SCALAR", "ofType": null}}], "type": {"name": null}},
          {"name": "node", "args": [{"name": "id", "type": {"kind": "NON_NULL", "ofType": {"name": "ID"}}}], "type": {"name": "Node"}}
        ]}
      }
      """
    And no side effects
