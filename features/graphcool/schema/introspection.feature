Feature: Graphcool generated schema: type names, arguments and payloads
  dialects.md §1.1, checked by introspection (`Then the result should be:` compares lists as sets).
  Nested-create input types are named parent type + parent field (verbatim) + child type; they hold
  the child's create arguments minus both back-relation arguments, and keep the child's other
  relations so that nesting can continue. createX and updateX arguments are also gathered in the
  input types CreateX and UpdateX (used by updateOrCreateX). Relation mutation payloads have two
  fields named like the arguments without `Id`.

  @id:graphcool-schema-001 @behaviour:schema @from-prose @catalogue:G-25
  Scenario: AuthorpostsPost has text but neither author nor authorId; a to-many back relation stays
    Seed 001 L129-133 / L270-274 and 003 L657-661 / L798-802: the variable types
    AuthorcontactDetailsContactDetails and [AuthorpostsPost!] "follow a consistent naming schema: the
    original type name, the related field name, the related type name" (inventory PB-13). Only a
    *to-one* back relation is left out: the Graphcool server's InputTypesBuilder.
    computeRelationalSchemaArguments checks `omitRelation` for single relation fields but not for list
    ones, so PostauthorAuthor (Author created from Post.author) keeps Author's `postsIds`/`posts`
    beside `contactDetailsId`/`contactDetails`. (dialects.md §1.1 says "minus both the back-relation
    arguments", which holds for AuthorpostsPost, whose back relation Post.author is to-one.)
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    When executing:
      """
      {
        posts: __type(name: "AuthorpostsPost") { kind inputFields { name } }
        contactDetails: __type(name: "AuthorcontactDetailsContactDetails") { kind inputFields { name } }
        authorOfContactDetails: __type(name: "ContactDetailsauthorAuthor") { kind inputFields { name } }
        authorOfPost: __type(name: "PostauthorAuthor") { kind inputFields { name } }
      }
      """
    Then the result should be:
      """
      {
        "posts": {"kind": "INPUT_OBJECT", "inputFields": [{"name": "text"}]},
        "contactDetails": {"kind": "INPUT_OBJECT", "inputFields": [{"name": "email"}]},
        "authorOfContactDetails": {"kind": "INPUT_OBJECT", "inputFields": [{"name": "description"}, {"name": "postsIds"}, {"name": "posts"}]},
        "authorOfPost": {"kind": "INPUT_OBJECT", "inputFields": [{"name": "description"}, {"name": "contactDetailsId"}, {"name": "contactDetails"}, {"name": "postsIds"}, {"name": "posts"}]}
      }
      """
    And no side effects

  @id:graphcool-schema-002 @behaviour:schema
  Scenario: A create argument is non-null only when the field is required and has no default; update arguments are all optional but id
    dialects.md §1.1 (InputTypesBuilder, FieldToInputTypeMapper), seen through CreateTodo / UpdateTodo.
    Given the data model "todo_default_graphcool"
    And an empty database
    When executing:
      """
      {
        create: __type(name: "CreateTodo") { inputFields { name type { kind name ofType { name } } } }
        update: __type(name: "UpdateTodo") { inputFields { name type { kind name ofType { name } } } }
      }
      """
    Then the result should be:
      """
      {
        "create": {"inputFields": [
          {"name": "title", "type": {"kind": "NON_NULL", "name": null, "ofType": {"name": "String"}}},
          {"name": "done", "type": {"kind": "SCALAR", "name": "Boolean", "ofType": null}}
        ]},
        "update": {"inputFields": [
          {"name": "id", "type": {"kind": "NON_NULL", "name": null, "ofType": {"name": "ID"}}},
          {"name": "title", "type": {"kind": "SCALAR", "name": "String", "ofType": null}},
          {"name": "done", "type": {"kind": "SCALAR", "name": "Boolean", "ofType": null}}
        ]}
      }
      """

  @id:graphcool-schema-003 @behaviour:schema
  Scenario: Relation arguments: fId for a to-one, fIds for a to-many, both optional even for a required relation
    dialects.md §1.1: `fId: ID`, `fIds: [ID!]`, nested create `f: <Parent><f><Y>` / `[<Parent><f><Y>!]`;
    "Relation ID args are always optional in the schema, even for required relations". Post.author is
    required in author_posts_required_graphcool.
    Given the data model "author_posts_required_graphcool"
    And an empty database
    When executing:
      """
      {
        createPost: __type(name: "CreatePost") { inputFields { name type { kind name ofType { kind name ofType { kind name } } } } }
        createAuthor: __type(name: "CreateAuthor") { inputFields { name type { kind name ofType { kind name ofType { kind name } } } } }
      }
      """
    Then the result should be:
      """
      {
        "createPost": {"inputFields": [
          {"name": "text", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "SCALAR", "name": "String", "ofType": null}}},
          {"name": "authorId", "type": {"kind": "SCALAR", "name": "ID", "ofType": null}},
          {"name": "author", "type": {"kind": "INPUT_OBJECT", "name": "PostauthorAuthor", "ofType": null}}
        ]},
        "createAuthor": {"inputFields": [
          {"name": "description", "type": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "SCALAR", "name": "String", "ofType": null}}},
          {"name": "postsIds", "type": {"kind": "LIST", "name": null, "ofType": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "SCALAR", "name": "ID"}}}},
          {"name": "posts", "type": {"kind": "LIST", "name": null, "ofType": {"kind": "NON_NULL", "name": null, "ofType": {"kind": "INPUT_OBJECT", "name": "AuthorpostsPost"}}}}
        ]}
      }
      """

  @id:graphcool-schema-004 @behaviour:schema @from-prose @catalogue:G-26
  Scenario: Relation mutation payloads are named after the relation and hold both nodes
    Seed 003 L211: "The names of query arguments and node names depend on the field names of the
    relation" (inventory PB-18); dialects.md §1.1: `${SetR|UnsetR|AddToR|RemoveFromR}Payload` with the
    nullable fields `${fB}${A}: A` and `${fA}${B}: B`.
    Given the data model "post_metainformation_graphcool"
    And an empty database
    When executing:
      """
      {
        set: __type(name: "SetPostMetaInformationPayload") { fields { name type { kind name } } }
        unset: __type(name: "UnsetPostMetaInformationPayload") { fields { name type { kind name } } }
      }
      """
    Then the result should be:
      """
      {
        "set": {"fields": [
          {"name": "postPost", "type": {"kind": "OBJECT", "name": "Post"}},
          {"name": "metaInformationMetaInformation", "type": {"kind": "OBJECT", "name": "MetaInformation"}}
        ]},
        "unset": {"fields": [
          {"name": "postPost", "type": {"kind": "OBJECT", "name": "Post"}},
          {"name": "metaInformationMetaInformation", "type": {"kind": "OBJECT", "name": "MetaInformation"}}
        ]}
      }
      """

  @id:graphcool-schema-005 @behaviour:query
  Scenario: allXs, _allXsMeta and to-many fields with a _fieldMeta count
    dialects.md §1.1 queries: `allXs(...)`, `_allXsMeta { count }`, `X(id | unique)`, and to-many
    fields as plain lists with a sibling `_<field>Meta { count }`.
    Given the data model "author_contact_posts_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createAuthor(description: "I am a good author!", posts: [{text: "A post of mine"}, {text: "Another post"}]) { id }
      }
      """
    And saving "data.createAuthor.id" as "authorId"
    When executing:
      """
      {
        _allAuthorsMeta { count }
        _allPostsMeta { count }
        Author(id: "{{authorId}}") {
          _postsMeta { count }
          posts { text }
        }
        allAuthors { description }
      }
      """
    Then the result should be:
      """
      {"_allAuthorsMeta": {"count": 1}, "_allPostsMeta": {"count": 2}, "Author": {"_postsMeta": {"count": 2}, "posts": [{"text": "A post of mine"}, {"text": "Another post"}]}, "allAuthors": [{"description": "I am a good author!"}]}
      """

  @id:graphcool-schema-006 @behaviour:query
  Scenario: List names use the Evo Inflector plural: Todo gives allTodoes
    dialects.md §1.1: "Plural uses the Evo English inflector (Todo → Todoes; PluralsCache)".
    Given the data model "todo_default_graphcool"
    And an empty database
    And having executed:
      """
      mutation { createTodo(title: "Write the suite") { id } }
      """
    When executing:
      """
      {
        allTodoes { title done }
        _allTodoesMeta { count }
      }
      """
    Then the result should be:
      """
      {"allTodoes": [{"title": "Write the suite", "done": false}], "_allTodoesMeta": {"count": 1}}
      """
