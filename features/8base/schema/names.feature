Feature: 8base generated schema: root fields, list and success responses, key filters
  dialects.md §2.1/§2.2, checked by introspection (`Then the result should be:` compares lists as
  sets). For a table `Parent`: the query `parent(id | unique field)` and `parentsList`; the nine
  mutations `parentCreate`, `parentCreateMany`, `parentUpdate`, `parentUpdateByFilter`,
  `parentDelete`, `parentDeleteByFilter`, `parentDestroy`, `parentDestroyByFilter`, `parentRestore`;
  list responses `{count, items}`; delete and destroy answer `SuccessResponse {success}`; the key
  filter holds the id and every unique field. The plural is npm's `pluralize` 7.0.0, which 8base's
  own name generator uses (Child → childrenList, Todo → todosList, Person → peopleList).

  @id:8base-schema-001 @behaviour:schema
  Scenario: The root fields of a two-table data model carry the 8base names
    Given the data model "relation_1to1_optional"
    And an empty database
    When executing:
      """
      {
        __schema {
          queryType { fields { name } }
          mutationType { fields { name } }
        }
      }
      """
    Then the result should be:
      """
      {"__schema": {
        "queryType": {"fields": [{"name": "parent"}, {"name": "parentsList"}, {"name": "child"}, {"name": "childrenList"}]},
        "mutationType": {"fields": [
          {"name": "parentCreate"}, {"name": "parentCreateMany"}, {"name": "parentUpdate"}, {"name": "parentUpdateByFilter"},
          {"name": "parentDelete"}, {"name": "parentDeleteByFilter"}, {"name": "parentDestroy"}, {"name": "parentDestroyByFilter"}, {"name": "parentRestore"},
          {"name": "childCreate"}, {"name": "childCreateMany"}, {"name": "childUpdate"}, {"name": "childUpdateByFilter"},
          {"name": "childDelete"}, {"name": "childDeleteByFilter"}, {"name": "childDestroy"}, {"name": "childDestroyByFilter"}, {"name": "childRestore"}
        ]}
      }}
      """
    And no side effects

  @id:8base-schema-002 @behaviour:schema @erratum:ERR-000-5
  Scenario: Key filters hold the id and the unique fields; the single-record queries take the same
    Seed 000 selects authors by `name` and posts by `title` (ERR-000-5: their uniqueness is only
    implied): AuthorKeyFilter is {id, name}, PostKeyFilter {id, title}, and `author`/`post` take
    the same arguments.
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      {
        authorKey: __type(name: "AuthorKeyFilter") { kind inputFields { name } }
        postKey: __type(name: "PostKeyFilter") { kind inputFields { name } }
        query: __type(name: "Query") { fields { name args { name } } }
      }
      """
    Then the result should be:
      """
      {
        "authorKey": {"kind": "INPUT_OBJECT", "inputFields": [{"name": "id"}, {"name": "name"}]},
        "postKey": {"kind": "INPUT_OBJECT", "inputFields": [{"name": "id"}, {"name": "title"}]},
        "query": {"fields": [
          {"name": "author", "args": [{"name": "id"}, {"name": "name"}, {"name": "withDeleted"}]},
          {"name": "authorsList", "args": [{"name": "filter"}, {"name": "orderBy"}, {"name": "sort"}, {"name": "skip"}, {"name": "after"}, {"name": "before"}, {"name": "first"}, {"name": "last"}, {"name": "withDeleted"}]},
          {"name": "post", "args": [{"name": "id"}, {"name": "title"}, {"name": "withDeleted"}]},
          {"name": "postsList", "args": [{"name": "filter"}, {"name": "orderBy"}, {"name": "sort"}, {"name": "skip"}, {"name": "after"}, {"name": "before"}, {"name": "first"}, {"name": "last"}, {"name": "withDeleted"}]},
          {"name": "publication", "args": [{"name": "id"}, {"name": "title"}, {"name": "withDeleted"}]},
          {"name": "publicationsList", "args": [{"name": "filter"}, {"name": "orderBy"}, {"name": "sort"}, {"name": "skip"}, {"name": "after"}, {"name": "before"}, {"name": "first"}, {"name": "last"}, {"name": "withDeleted"}]}
        ]}
      }
      """
    And no side effects

  @id:8base-schema-003 @behaviour:schema
  Scenario: The response types: list responses are {count, items}, delete answers SuccessResponse
    `xCreateMany` and `xUpdateByFilter` answer `XManyResponse`, the type 8base's generated schemas
    (and its name generator's `getTableManyResponseTypeName`) give them, `{count, items}` too.
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      {
        list: __type(name: "AuthorListResponse") { fields { name type { kind ofType { kind } } } }
        many: __type(name: "AuthorManyResponse") { fields { name type { kind ofType { kind } } } }
        success: __type(name: "SuccessResponse") { fields { name } }
        mutation: __type(name: "Mutation") { fields { name type { name ofType { name } } } }
      }
      """
    Then the result should be:
      """
      {
        "list": {"fields": [
          {"name": "count", "type": {"kind": "NON_NULL", "ofType": {"kind": "SCALAR"}}},
          {"name": "items", "type": {"kind": "NON_NULL", "ofType": {"kind": "LIST"}}}
        ]},
        "many": {"fields": [
          {"name": "count", "type": {"kind": "NON_NULL", "ofType": {"kind": "SCALAR"}}},
          {"name": "items", "type": {"kind": "NON_NULL", "ofType": {"kind": "LIST"}}}
        ]},
        "success": {"fields": [{"name": "success"}]},
        "mutation": {"fields": [
          {"name": "authorCreate", "type": {"name": null, "ofType": {"name": "Author"}}},
          {"name": "authorCreateMany", "type": {"name": null, "ofType": {"name": "AuthorManyResponse"}}},
          {"name": "authorUpdate", "type": {"name": null, "ofType": {"name": "Author"}}},
          {"name": "authorUpdateByFilter", "type": {"name": null, "ofType": {"name": "AuthorManyResponse"}}},
          {"name": "authorDelete", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "authorDeleteByFilter", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "authorDestroy", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "authorDestroyByFilter", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "authorRestore", "type": {"name": null, "ofType": {"name": "Author"}}},
          {"name": "postCreate", "type": {"name": null, "ofType": {"name": "Post"}}},
          {"name": "postCreateMany", "type": {"name": null, "ofType": {"name": "PostManyResponse"}}},
          {"name": "postUpdate", "type": {"name": null, "ofType": {"name": "Post"}}},
          {"name": "postUpdateByFilter", "type": {"name": null, "ofType": {"name": "PostManyResponse"}}},
          {"name": "postDelete", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "postDeleteByFilter", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "postDestroy", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "postDestroyByFilter", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "postRestore", "type": {"name": null, "ofType": {"name": "Post"}}},
          {"name": "publicationCreate", "type": {"name": null, "ofType": {"name": "Publication"}}},
          {"name": "publicationCreateMany", "type": {"name": null, "ofType": {"name": "PublicationManyResponse"}}},
          {"name": "publicationUpdate", "type": {"name": null, "ofType": {"name": "Publication"}}},
          {"name": "publicationUpdateByFilter", "type": {"name": null, "ofType": {"name": "PublicationManyResponse"}}},
          {"name": "publicationDelete", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "publicationDeleteByFilter", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "publicationDestroy", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "publicationDestroyByFilter", "type": {"name": "SuccessResponse", "ofType": null}},
          {"name": "publicationRestore", "type": {"name": null, "ofType": {"name": "Publication"}}}
        ]}
      }
      """
    And no side effects

  @id:8base-schema-004 @behaviour:schema
  Scenario: The update input has an optional id and every user field; system fields are in no input
    `AuthorUpdateInput` has `id` (the data.id locator) beside name, bio, posts and publications, all
    optional; `AuthorCreateInput` has the user fields only; createdAt/updatedAt are in neither.
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      {
        create: __type(name: "AuthorCreateInput") { inputFields { name } }
        update: __type(name: "AuthorUpdateInput") { inputFields { name type { kind } } }
      }
      """
    Then the result should be:
      """
      {
        "create": {"inputFields": [{"name": "name"}, {"name": "bio"}, {"name": "posts"}, {"name": "publications"}]},
        "update": {"inputFields": [
          {"name": "id", "type": {"kind": "SCALAR"}},
          {"name": "name", "type": {"kind": "SCALAR"}},
          {"name": "bio", "type": {"kind": "SCALAR"}},
          {"name": "posts", "type": {"kind": "INPUT_OBJECT"}},
          {"name": "publications", "type": {"kind": "INPUT_OBJECT"}}
        ]}
      }
      """
    And no side effects

  @id:8base-schema-005 @behaviour:schema @from-prose
  Scenario: Relation inputs: create offers create and connect; update adds reconnect, disconnect and update
    Seed 000 L9-13 (PB-04, PB-05): reconnect and disconnect are "update mutation only". The type
    names follow dialects.md §2.1: `<Table><Field>RelationInput` in create, `…UpdateRelationInput`
    in update, `…ManyRelationInput` (connect only) in createMany.
    Given the data model "blog_author_post_publication"
    And an empty database
    When executing:
      """
      {
        createPosts: __type(name: "AuthorsPostsRelationInput") { inputFields { name } }
        updatePosts: __type(name: "AuthorsPostsUpdateRelationInput") { inputFields { name } }
        manyPosts: __type(name: "AuthorsPostsManyRelationInput") { inputFields { name } }
        createAuthor: __type(name: "PostsAuthorRelationInput") { inputFields { name } }
        updateAuthor: __type(name: "PostsAuthorUpdateRelationInput") { inputFields { name } }
      }
      """
    Then the result should be:
      """
      {
        "createPosts": {"inputFields": [{"name": "connect"}, {"name": "create"}]},
        "updatePosts": {"inputFields": [{"name": "connect"}, {"name": "disconnect"}, {"name": "reconnect"}, {"name": "create"}, {"name": "update"}]},
        "manyPosts": {"inputFields": [{"name": "connect"}]},
        "createAuthor": {"inputFields": [{"name": "connect"}, {"name": "create"}]},
        "updateAuthor": {"inputFields": [{"name": "connect"}, {"name": "disconnect"}, {"name": "reconnect"}, {"name": "create"}, {"name": "update"}]}
      }
      """
    And no side effects

  @id:8base-schema-006 @behaviour:schema
  Scenario: Table names are plurals of npm's pluralize 7, 8base's generator's: Todo lists are todosList
    8base's name generator (`@8base/schema-name-generator`) pluralises with npm's `pluralize` 7.0.0,
    not with the Evo Inflector of Prisma 1 and Graphcool: the table of `Todo` is `Todos` (Prisma 1
    names it `todoes`), so the list query is `todosList` and the relation inputs start with
    `Todos`. The side-effect count asks `todosList { count }` as well.
    Given the data model "list_todo_tag_many_to_many"
    And an empty database
    When executing:
      """
      mutation {
        listCreate(data: {uList: "L", todoes: {create: [{uTodo: "T1"}, {uTodo: "T2", tags: {create: [{uTag: "G"}]}}]}}) {
          todoes { count items { uTodo } }
        }
      }
      """
    Then the result should be:
      """
      {"listCreate": {"todoes": {"count": 2, "items": [{"uTodo": "T1"}, {"uTodo": "T2"}]}}}
      """
    And the side effects should be:
      | +nodes List       | 1 |
      | +nodes Todo       | 2 |
      | +nodes Tag        | 1 |
      | +links ListToTodo | 2 |
      | +links TagToTodo  | 1 |
    When executing control query:
      """
      {
        query: __type(name: "Query") { fields { name } }
        todoInputs: __type(name: "TodosTagsUpdateRelationInput") { name }
        listInputs: __type(name: "ListsTodoesRelationInput") { name }
        todosList { count items { uTodo lists { count } } }
      }
      """
    Then the result should be:
      """
      {
        "query": {"fields": [
          {"name": "list"}, {"name": "listsList"}, {"name": "todo"}, {"name": "todosList"},
          {"name": "tag"}, {"name": "tagsList"}
        ]},
        "todoInputs": {"name": "TodosTagsUpdateRelationInput"},
        "listInputs": {"name": "ListsTodoesRelationInput"},
        "todosList": {"count": 2, "items": [{"uTodo": "T1", "lists": {"count": 1}}, {"uTodo": "T2", "lists": {"count": 1}}]}
      }
      """
