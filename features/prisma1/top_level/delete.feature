Feature: Prisma 1 top-level delete
  deleteX(where: XWhereUniqueInput!): X deletes one node selected by any one unique field and
  returns its values as read before deletion. The node leaves all its relations. Deleting a node
  that another model's required to-one field points at fails with 3042 (prisma1-behaviours.md §6).

  @id:prisma1-top-050 @behaviour:delete @seed:E-002-04 @erratum:ERR-002-8 @catalogue:P1-020
  Scenario: deletePost by id returns the deleted post's id and title; the post is gone
    Seed 002 L102-111. The seed's id "cixneo7zp3cda0134h7t4klep" is server-generated (and reused
    as a User id elsewhere in the seed, ERR-002-8): the post is created first and its generated id
    is saved and substituted.
    Given the data model "post_single"
    And an empty database
    And having executed:
      """
      mutation { createPost(data: {title: "My great Vacation", slug: "my-great-vacation"}) { id } }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        deletePost(where: {
          id: "{{postId}}"
        }) {
          id
          title
        }
      }
      """
    Then the result should be:
      """
      {"deletePost": {"id": "{{postId}}", "title": "My great Vacation"}}
      """
    And the side effects should be:
      | -nodes Post | 1 |
    When executing control query:
      """
      { posts { id } }
      """
    Then the result should be:
      """
      {"posts": []}
      """

  @id:prisma1-top-051 @behaviour:delete @catalogue:P1-021
  Scenario: deleteUser selected by its unique email returns the deleted fields (seed 004 example on Prisma 1)
    The Prisma 1 variant of seed 004's "delete by email" example on fixture blog_user_post_status. The user
    has no posts, so no required relation is violated.
    Given the data model "blog_user_post_status"
    And an empty database
    And having executed:
      """
      mutation { createUser(data: {age: 42, email: "zeus@example.com", name: "Zeus"}) { id } }
      """
    And saving "data.createUser.id" as "zeusId"
    And having executed:
      """
      mutation { createUser(data: {email: "hera@example.com", name: "Hera"}) { id } }
      """
    When executing:
      """
      mutation {
        deleteUser(where: {
          email: "zeus@example.com"
        }) {
          id
          name
          email
        }
      }
      """
    Then the result should be:
      """
      {"deleteUser": {"id": "{{zeusId}}", "name": "Zeus", "email": "zeus@example.com"}}
      """
    And the side effects should be:
      | -nodes User | 1 |
    When executing control query:
      """
      { users { name } }
      """
    Then the result should be:
      """
      {"users": [{"name": "Hera"}]}
      """

  @id:prisma1-top-052 @behaviour:delete @catalogue:P1-022
  Scenario: delete whose selector matches nothing fails with 3039 and leaves the data unchanged
    From M/DeleteMutationSpec.scala "gracefully fail on non-existing id".
    Given the data model "scalars_optional"
    And an empty database
    And having executed:
      """
      mutation { createScalarModel(data: {optString: "test"}) { id } }
      """
    When executing:
      """
      mutation { deleteScalarModel(where: {id: "DOES NOT EXIST"}) { id } }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model ScalarModel with value DOES NOT EXIST for id found"
    And the data should be:
      """
      {"deleteScalarModel": null}
      """
    When executing control query:
      """
      { scalarModels { optString } }
      """
    Then the result should be:
      """
      {"scalarModels": [{"optString": "test"}]}
      """

  @id:prisma1-top-053 @behaviour:delete @catalogue:P1-022
  Scenario: delete by an unknown value of a non-id unique fails with 3039 naming that field
    From M/DeleteMutationSpec.scala "non-existent value for non id unique field".
    Given the data model "scalars_optional"
    And an empty database
    And having executed:
      """
      mutation { createScalarModel(data: {optUnique: "a"}) { id } }
      """
    When executing:
      """
      mutation { deleteScalarModel(where: {optUnique: "c"}) { optUnique } }
      """
    Then an error "NodeNotFound" should be raised
    And the error message should contain "No Node for the model ScalarModel with value c for optUnique found"
    And the data should be:
      """
      {"deleteScalarModel": null}
      """

  @id:prisma1-top-054 @behaviour:delete @catalogue:P1-023
  Scenario: where on a non-unique field is a GraphQL validation error naming the WhereUniqueInput
    From M/DeleteMutationSpec.scala "gracefully fail when referring to a non-unique field": sangria
    reports "Argument 'where' expected type 'ScalarModelWhereUniqueInput!' but got: {optString: \"a\"}".
    Given the data model "scalars_optional"
    And an empty database
    And having executed:
      """
      mutation { createScalarModel(data: {optString: "a"}) { id } }
      """
    When executing:
      """
      mutation { deleteScalarModel(where: {optString: "a"}) { optString } }
      """
    Then an error "ValidationError" should be raised
    And the error message should contain "Argument 'where' expected type 'ScalarModelWhereUniqueInput!'"

  @id:prisma1-top-055 @behaviour:delete @catalogue:P1-024
  Scenario Outline: deleting a parent whose linked child requires it fails with 3042 (<relation>)
    From M/nonEmbedded/DeleteMutationRelationsSpec.scala: the child's required to-one field points
    at the parent, so the delete would leave it empty. Nothing is deleted.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <field>: {create: <child>}}) { p } }
      """
    When executing:
      """
      mutation { deleteParent(where: {p: "p1"}) { p } }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'ChildToParent' between Child and Parent"

    Examples:
      | relation | schema          | field       | child       |
      | P1!-C1!  | relation_p1req_c1req | childReq    | {c: "c1"}   |
      | P1-C1!   | relation_p1opt_c1req | childOpt    | {c: "c1"}   |
      | PM-C1!   | relation_pm_c1req    | childrenOpt | [{c: "c1"}] |

  @id:prisma1-top-056 @behaviour:delete @catalogue:P1-024
  Scenario Outline: deleting a parent without children succeeds although children would require it (<relation>)
    From M/nonEmbedded/DeleteMutationRelationsSpec.scala "succeed if no child exists that requires
    the parent". (On P1!-C1! a parent cannot exist without a child.)
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1"}) { p } }
      """
    When executing:
      """
      mutation { deleteParent(where: {p: "p1"}) { p } }
      """
    Then the result should be:
      """
      {"deleteParent": {"p": "p1"}}
      """
    And the side effects should be:
      | -nodes Parent | 1 |

    Examples:
      | relation | schema          |
      | P1-C1!   | relation_p1opt_c1req |
      | PM-C1!   | relation_pm_c1req    |

  @id:prisma1-top-057 @behaviour:delete @catalogue:P1-025
  Scenario Outline: deleting the parent succeeds and the child survives detached (<relation>)
    From M/nonEmbedded/DeleteMutationRelationsSpec.scala: no required to-one field points at the
    parent, so the delete removes the parent and its link; the child stays.
    Given the data model "<schema>"
    And an empty database
    And having executed:
      """
      mutation { createParent(data: {p: "p1", <field>: {create: <child>}}) { p } }
      """
    When executing:
      """
      mutation { deleteParent(where: {p: "p1"}) { p } }
      """
    Then the result should be:
      """
      {"deleteParent": {"p": "p1"}}
      """
    And the side effects should be:
      | -nodes Parent         | 1 |
      | -links ChildToParent  | 1 |
    When executing control query:
      """
      { children { c <back> { p } } }
      """
    Then the result should be:
      """
      {"children": [{"c": "c1", "<back>": <none>}]}
      """

    Examples:
      | relation | schema          | field       | child       | back       | none |
      | P1!-C1   | relation_p1req_c1opt | childReq    | {c: "c1"}   | parentOpt  | null |
      | P1-C1    | relation_p1opt_c1opt | childOpt    | {c: "c1"}   | parentOpt  | null |
      | PM-C1    | relation_pm_c1opt    | childrenOpt | [{c: "c1"}] | parentOpt  | null |
      | P1!-CM   | relation_p1req_cm    | childReq    | {c: "c1"}   | parentsOpt | []   |
      | P1-CM    | relation_p1opt_cm    | childOpt    | {c: "c1"}   | parentsOpt | []   |
      | PM-CM    | relation_pm_cm       | childrenOpt | [{c: "c1"}] | parentsOpt | []   |

  @id:prisma1-top-058 @behaviour:delete @catalogue:P1-026
  Scenario: deleteUser who still has posts fails with 3042 on PostToUser (seed 004 example on Prisma 1, corrected)
    Seed 004 shows deleteUser with no caveat (§13 seed 004 item 4). With Post.author: User!
    (PM-C1! seen from User) deleting a user who still has posts fails; nothing is deleted.
    Given the data model "blog_user_post_status"
    And an empty database
    And having executed:
      """
      mutation {
        createUser(data: {age: 42, email: "zeus@example.com", name: "Zeus", posts: {create: [{title: "First blog post"}]}}) { id }
      }
      """
    When executing:
      """
      mutation {
        deleteUser(where: {
          email: "zeus@example.com"
        }) {
          id
          name
          email
        }
      }
      """
    Then an error "RequiredRelationViolation" should be raised
    And the error message should contain "The change you are trying to make would violate the required relation 'PostToUser' between Post and User"
