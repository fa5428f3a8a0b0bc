Feature: Graphcool relation mutations on one-to-one relations: setR / unsetR
  Seed 003 "Modifying edges for one-to-one relations" (L202-351) and dialects.md §1.1/§1.2 (SetRelation,
  UnsetRelation). The seed's examples use the relation PostMetaInformation, which no SDL of the seed
  defines (ERR-003-5): fixture post_metainformation_graphcool is I-003-metainformation. Post is side A, so
  the arguments are `metaInformationMetaInformationId` (the MetaInformation id, named after Post's
  field) and `postPostId` (the Post id), and the payload has `metaInformationMetaInformation` and
  `postPost`. `setR` first removes every edge of both nodes, then adds the edge; `unsetR` deletes the
  edge between the two nodes (an unconnected pair is a silent success; an unknown node is 3013).

  @id:graphcool-relmut-001 @behaviour:relation-mutation @seed:E-003-08 @erratum:ERR-003-5 @catalogue:G-26
  Scenario: Connect two nodes in a one-to-one relation with setPostMetaInformation
    Seed 003 L215-248 with the Post ("My biggest Adventure", cixnen24p33lo0143bexvr52n in the seed) and
    the MetaInformation (tags ["GENERAL"], cixnjj4l90ipl0106vp6u7a2f) created first.
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure") { id }
        createMetaInformation(tags: ["GENERAL"]) { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    And saving "data.createMetaInformation.id" as "metaId"
    When executing:
      """
      mutation {
        setPostMetaInformation(
          metaInformationMetaInformationId: "{{metaId}}"
          postPostId: "{{postId}}"
        ) {
          metaInformationMetaInformation {
            tags
          }
          postPost {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"setPostMetaInformation": {"metaInformationMetaInformation": {"tags": ["GENERAL"]}, "postPost": {"title": "My biggest Adventure"}}}
      """
    And the side effects should be:
      | +links PostMetaInformation | 1 |

  @id:graphcool-relmut-002 @behaviour:connect @seed:E-003-09 @erratum:ERR-003-5 @catalogue:G-27
  Scenario: Connect the two nodes with updatePost and metaInformationId
    Seed 003 L254-281 ("You can also use the updatePost … mutations"), nodes as in E-003-08, not yet
    connected.
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure") { id }
        createMetaInformation(tags: ["GENERAL"]) { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    And saving "data.createMetaInformation.id" as "metaId"
    When executing:
      """
      mutation {
        updatePost(
          id: "{{postId}}"
          metaInformationId: "{{metaId}}"
        ) {
          metaInformation {
            tags
          }
        }
      }
      """
    Then the result should be:
      """
      {"updatePost": {"metaInformation": {"tags": ["GENERAL"]}}}
      """
    And the side effects should be:
      | +links PostMetaInformation | 1 |

  @id:graphcool-relmut-003 @behaviour:connect @seed:E-003-10 @erratum:ERR-003-5 @erratum:ERR-003-16 @catalogue:G-28
  Scenario: Connect the two nodes from the other side with updateMetaInformation and postId
    Seed 003 L283-308; the comma between the arguments (L290) is valid GraphQL (ERR-003-16).
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure") { id }
        createMetaInformation(tags: ["GENERAL"]) { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    And saving "data.createMetaInformation.id" as "metaId"
    When executing:
      """
      mutation {
        updateMetaInformation(
          id: "{{metaId}}",
          postId: "{{postId}}"
        ) {
          post {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"updateMetaInformation": {"post": {"title": "My biggest Adventure"}}}
      """
    And the side effects should be:
      | +links PostMetaInformation | 1 |

  @id:graphcool-relmut-004 @behaviour:relation-mutation @seed:E-003-11 @erratum:ERR-003-5 @catalogue:G-29
  Scenario: Disconnect two nodes in a one-to-one relation with unsetPostMetaInformation
    Seed 003 L318-351 on the two nodes of E-003-08, connected. The payload still resolves both nodes
    from their ids; the edge is gone and both nodes survive.
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", metaInformation: {tags: ["GENERAL"]}) {
          id
          metaInformation {
            id
          }
        }
      }
      """
    And saving "data.createPost.id" as "postId"
    And saving "data.createPost.metaInformation.id" as "metaId"
    When executing:
      """
      mutation {
        unsetPostMetaInformation(
          metaInformationMetaInformationId: "{{metaId}}"
          postPostId: "{{postId}}"
        ) {
          metaInformationMetaInformation {
            tags
          }
          postPost {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"unsetPostMetaInformation": {"metaInformationMetaInformation": {"tags": ["GENERAL"]}, "postPost": {"title": "My biggest Adventure"}}}
      """
    And the side effects should be:
      | -links PostMetaInformation | 1 |
    When executing control query:
      """
      query {
        Post(id: "{{postId}}") {
          metaInformation {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"metaInformation": null}}
      """

  @id:graphcool-relmut-005 @behaviour:relation-mutation @from-prose @catalogue:G-30
  Scenario: setR when both nodes already have other partners removes both old edges
    Seed 003 L250: "First removes existing connections containing one of the specified nodes, then
    adds the edge connecting both nodes." Post A holds meta 1 and post B holds meta 2; setting
    (meta 2, post A) leaves meta 1 and post B alone: two edges go, one comes.
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        a: createPost(title: "Post A", metaInformation: {tags: ["ONE"]}) { id metaInformation { id } }
        b: createPost(title: "Post B", metaInformation: {tags: ["TWO"]}) { id metaInformation { id } }
      }
      """
    And saving "data.a.id" as "postA"
    And saving "data.a.metaInformation.id" as "meta1"
    And saving "data.b.id" as "postB"
    And saving "data.b.metaInformation.id" as "meta2"
    When executing:
      """
      mutation {
        setPostMetaInformation(metaInformationMetaInformationId: "{{meta2}}", postPostId: "{{postA}}") {
          postPost {
            title
            metaInformation {
              tags
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"setPostMetaInformation": {"postPost": {"title": "Post A", "metaInformation": {"tags": ["TWO"]}}}}
      """
    And the side effects should be:
      | -links PostMetaInformation | 1 |
    When executing control query:
      """
      query {
        Post(id: "{{postB}}") {
          metaInformation {
            id
          }
        }
        MetaInformation(id: "{{meta1}}") {
          post {
            id
          }
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"metaInformation": null}, "MetaInformation": {"post": null}}
      """

  @id:graphcool-relmut-006 @behaviour:relation-mutation
  Scenario: setR on a pair that is already connected keeps the one edge
    Both edges of the two nodes are removed and the same edge is added again: no net change.
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", metaInformation: {tags: ["GENERAL"]}) {
          id
          metaInformation {
            id
          }
        }
      }
      """
    And saving "data.createPost.id" as "postId"
    And saving "data.createPost.metaInformation.id" as "metaId"
    When executing:
      """
      mutation {
        setPostMetaInformation(metaInformationMetaInformationId: "{{metaId}}", postPostId: "{{postId}}") {
          postPost {
            metaInformation {
              tags
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"setPostMetaInformation": {"postPost": {"metaInformation": {"tags": ["GENERAL"]}}}}
      """
    And no side effects

  @id:graphcool-relmut-007 @behaviour:relation-mutation @catalogue:G-35
  Scenario: unsetR on two existing nodes that are not connected is a silent success
    dialects.md §1.2: "deleting a non-existent edge is a silent success"; the payload resolves both
    nodes; the post's own partner stays.
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", metaInformation: {tags: ["OWN"]}) { id }
        createMetaInformation(tags: ["GENERAL"]) { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    And saving "data.createMetaInformation.id" as "metaId"
    When executing:
      """
      mutation {
        unsetPostMetaInformation(metaInformationMetaInformationId: "{{metaId}}", postPostId: "{{postId}}") {
          metaInformationMetaInformation {
            tags
          }
          postPost {
            title
            metaInformation {
              tags
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"unsetPostMetaInformation": {"metaInformationMetaInformation": {"tags": ["GENERAL"]}, "postPost": {"title": "My biggest Adventure", "metaInformation": {"tags": ["OWN"]}}}}
      """
    And no side effects

  @id:graphcool-relmut-008 @behaviour:errors @catalogue:G-36
  Scenario: unsetR with an unknown node id is error 3013
    dialects.md §1.2/§1.4: unsetR and removeFromR need both nodes to exist, else NodeNotFoundError 3013
    "Node with id <id> not found".
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createMetaInformation(tags: ["GENERAL"]) { id }
      }
      """
    And saving "data.createMetaInformation.id" as "metaId"
    When executing:
      """
      mutation {
        unsetPostMetaInformation(metaInformationMetaInformationId: "{{metaId}}", postPostId: "cixnen24p33lo0143bexvr52n") {
          postPost {
            title
          }
        }
      }
      """
    Then an error "RelationNodeNotFound" should be raised
    And the error message should contain "Node with id cixnen24p33lo0143bexvr52n not found"

  @id:graphcool-relmut-009 @behaviour:errors
  Scenario: setR naming an unknown node by the argument named after side A's field is error 3011, nothing changed
    dialects.md §1.2: the id named after `fA` (here metaInformationMetaInformationId, the B node) is
    checked before anything is written (AddDataItemToManyRelation.verify) → 3011 with the id; the
    post keeps its current partner.
    Given the data model "post_metainformation_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createPost(title: "My biggest Adventure", metaInformation: {tags: ["OWN"]}) { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        setPostMetaInformation(metaInformationMetaInformationId: "cixnjj4l90ipl0106vp6u7a2f", postPostId: "{{postId}}") {
          postPost {
            title
          }
        }
      }
      """
    Then an error "ReferencedNodeNotFound" should be raised
    And the error message should contain "Id if available: cixnjj4l90ipl0106vp6u7a2f"
    When executing control query:
      """
      query {
        Post(id: "{{postId}}") {
          metaInformation {
            tags
          }
        }
      }
      """
    Then the result should be:
      """
      {"Post": {"metaInformation": {"tags": ["OWN"]}}}
      """

  @id:graphcool-relmut-010 @behaviour:relation-mutation @seed:E-003-05 @from-prose @erratum:ERR-003-5
  Scenario: M-003-relations generates setUserAddress for the one-to-one relation UserAddress
    Seed 003 L196-197: "the setUserAddress and unsetUserAddress mutations connect and disconnect two
    nodes in the one-to-one relation UserAddress" (prose only, ERR-003-5). User is side A of
    UserAddress: the arguments are `addressAddressId` and `userUserId`, the payload `addressAddress`
    and `userUser` (dialects.md §1.1). There is no createUser (§1.1): the user is made with
    updateOrCreateUser.
    Given the data model "post_user_address_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
        createAddress(city: "Berlin") { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "userId"
    And saving "data.createAddress.id" as "addressId"
    When executing:
      """
      mutation {
        setUserAddress(addressAddressId: "{{addressId}}", userUserId: "{{userId}}") {
          userUser {
            name
          }
          addressAddress {
            city
          }
        }
      }
      """
    Then the result should be:
      """
      {"setUserAddress": {"userUser": {"name": "John Doe"}, "addressAddress": {"city": "Berlin"}}}
      """
    And the side effects should be:
      | +links UserAddress | 1 |

  @id:graphcool-relmut-011 @behaviour:relation-mutation @seed:E-003-05 @from-prose @erratum:ERR-003-5
  Scenario: M-003-relations generates unsetUserAddress for the one-to-one relation UserAddress
    Seed 003 L196-197 (prose only). Both sides of UserAddress are optional, so unsetUserAddress exists.
    Given the data model "post_user_address_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "userId"
    And having executed:
      """
      mutation {
        createAddress(city: "Berlin", userId: "{{userId}}") { id }
      }
      """
    And saving "data.createAddress.id" as "addressId"
    When executing:
      """
      mutation {
        unsetUserAddress(addressAddressId: "{{addressId}}", userUserId: "{{userId}}") {
          userUser {
            name
            address {
              id
            }
          }
          addressAddress {
            city
          }
        }
      }
      """
    Then the result should be:
      """
      {"unsetUserAddress": {"userUser": {"name": "John Doe", "address": null}, "addressAddress": {"city": "Berlin"}}}
      """
    And the side effects should be:
      | -links UserAddress | 1 |
