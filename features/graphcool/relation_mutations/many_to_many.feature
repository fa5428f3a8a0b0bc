Feature: Graphcool relation mutations on many-to-many relations: addToR / removeFromR
  Seed 003 "Modifying edges for many-to-many relations" (L444-531) and dialects.md §1.1/§1.2. The
  relation MovieActors is not in any SDL of the seed (ERR-003-5): fixture movie_actors_graphcool is
  I-003-movieactors. Movie is side A, so the arguments are `actorsActorId` (the Actor id) and
  `moviesMovieId` (the Movie id), and the payload `moviesMovie` / `actorsActor`. On a many-to-many
  addTo moves nothing (no side is to-one) and adding an existing pair is a silent no-op.

  @id:graphcool-relmut-040 @behaviour:relation-mutation @seed:E-003-14 @erratum:ERR-003-5
  Scenario: Connect two nodes in a many-to-many relation with addToMovieActors
    Seed 003 L457-488 with the Movie "Inception" (cixos5gtq0ogi0126tvekxo27 in the seed) and the Actor
    "Leonardo DiCaprio" (cixxibjo1c1go0131ea1t4yor) created first.
    Given the data model "movie_actors_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createMovie(title: "Inception") { id }
        createActor(name: "Leonardo DiCaprio") { id }
      }
      """
    And saving "data.createMovie.id" as "movieId"
    And saving "data.createActor.id" as "actorId"
    When executing:
      """
      mutation {
        addToMovieActors(
          moviesMovieId: "{{movieId}}"
          actorsActorId: "{{actorId}}"
        ) {
          moviesMovie {
            title
          }
          actorsActor {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToMovieActors": {"moviesMovie": {"title": "Inception"}, "actorsActor": {"name": "Leonardo DiCaprio"}}}
      """
    And the side effects should be:
      | +links MovieActors | 1 |

  @id:graphcool-relmut-041 @behaviour:relation-mutation @seed:E-003-15 @erratum:ERR-003-5 @erratum:ERR-003-8 @catalogue:G-34
  Scenario: Disconnect two nodes in a many-to-many relation with removeFromMovieActors
    Seed 003 L500-531 on the edge of E-003-14. The seed's response is a copy of the one-to-many
    example (removeFromAuthorPosts, authorUser, postsPost) and its endpoint is the blog project
    (ERR-003-8): the expectation follows the operation, `moviesMovie` / `actorsActor` (§5 G-34).
    Given the data model "movie_actors_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createMovie(title: "Inception", actors: [{name: "Leonardo DiCaprio"}]) {
          id
          actors {
            id
          }
        }
      }
      """
    And saving "data.createMovie.id" as "movieId"
    And saving "data.createMovie.actors.0.id" as "actorId"
    When executing:
      """
      mutation {
        removeFromMovieActors(
          moviesMovieId: "{{movieId}}"
          actorsActorId: "{{actorId}}"
        ) {
          moviesMovie {
            title
          }
          actorsActor {
            name
          }
        }
      }
      """
    Then the result should be:
      """
      {"removeFromMovieActors": {"moviesMovie": {"title": "Inception"}, "actorsActor": {"name": "Leonardo DiCaprio"}}}
      """
    And the side effects should be:
      | -links MovieActors | 1 |

  @id:graphcool-relmut-042 @behaviour:relation-mutation @from-prose @catalogue:G-33
  Scenario: addToR twice on the same many-to-many pair succeeds and leaves one edge
    Seed 003 L490: "Adds the edge only if this node pair is not connected yet by this relation";
    dialects.md §1.2: addTo is idempotent (`on duplicate key update`).
    Given the data model "movie_actors_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        createMovie(title: "Inception", actors: [{name: "Leonardo DiCaprio"}]) {
          id
          actors {
            id
          }
        }
      }
      """
    And saving "data.createMovie.id" as "movieId"
    And saving "data.createMovie.actors.0.id" as "actorId"
    When executing:
      """
      mutation {
        addToMovieActors(moviesMovieId: "{{movieId}}", actorsActorId: "{{actorId}}") {
          moviesMovie {
            actors {
              name
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToMovieActors": {"moviesMovie": {"actors": [{"name": "Leonardo DiCaprio"}]}}}
      """
    And no side effects

  @id:graphcool-relmut-043 @behaviour:relation-mutation @from-prose
  Scenario: addToR on a many-to-many keeps the other edges of both nodes
    Seed 003 L490: "Does not remove any edges" — true for many-to-many, where neither side is to-one.
    Given the data model "movie_actors_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        inception: createMovie(title: "Inception", actors: [{name: "Leonardo DiCaprio"}]) { id actors { id } }
        titanic: createMovie(title: "Titanic", actors: [{name: "Kate Winslet"}]) { id }
      }
      """
    And saving "data.inception.actors.0.id" as "leoId"
    And saving "data.titanic.id" as "titanicId"
    When executing:
      """
      mutation {
        addToMovieActors(moviesMovieId: "{{titanicId}}", actorsActorId: "{{leoId}}") {
          actorsActor {
            movies {
              title
            }
          }
          moviesMovie {
            actors {
              name
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToMovieActors": {"actorsActor": {"movies": [{"title": "Inception"}, {"title": "Titanic"}]}, "moviesMovie": {"actors": [{"name": "Kate Winslet"}, {"name": "Leonardo DiCaprio"}]}}}
      """
    And the side effects should be:
      | +links MovieActors | 1 |

  @id:graphcool-relmut-044 @behaviour:relation-mutation @catalogue:G-35
  Scenario: removeFromR on an existing but unconnected many-to-many pair is a silent success
    dialects.md §1.2: deleting a non-existent edge is a silent success; the actor's other movie stays.
    Given the data model "movie_actors_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        inception: createMovie(title: "Inception", actors: [{name: "Leonardo DiCaprio"}]) { id actors { id } }
        titanic: createMovie(title: "Titanic") { id }
      }
      """
    And saving "data.inception.actors.0.id" as "leoId"
    And saving "data.titanic.id" as "titanicId"
    When executing:
      """
      mutation {
        removeFromMovieActors(moviesMovieId: "{{titanicId}}", actorsActorId: "{{leoId}}") {
          moviesMovie {
            title
          }
          actorsActor {
            movies {
              title
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"removeFromMovieActors": {"moviesMovie": {"title": "Titanic"}, "actorsActor": {"movies": [{"title": "Inception"}]}}}
      """
    And no side effects

  @id:graphcool-relmut-045 @behaviour:relation-mutation @seed:E-003-07 @from-prose @erratum:ERR-003-5
  Scenario: M-003-relations generates addToLikedPosts for the many-to-many relation LikedPosts
    Seed 003 L196, L200: "the addToLikedPosts and removeFromLikedPosts mutations connect and disconnect
    two nodes in the a many-to-many relation LikedPosts" (prose only; "the a" is cosmetic,
    ERR-003-16). Post is side A (field likedBy): the arguments are likedByUserId and likedPostsPostId,
    the payload likedByUser and likedPostsPost.
    Given the data model "post_user_address_graphcool"
    And an empty database
    And having executed:
      """
      mutation {
        updateOrCreateUser(update: {id: "cixnekqnu2ify0134ekw4pox8"}, create: {name: "John Doe"}) { id }
        createPost(title: "My biggest Adventure") { id }
      }
      """
    And saving "data.updateOrCreateUser.id" as "userId"
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        addToLikedPosts(likedByUserId: "{{userId}}", likedPostsPostId: "{{postId}}") {
          likedByUser {
            name
            likedPosts {
              title
            }
          }
          likedPostsPost {
            likedBy {
              name
            }
          }
        }
      }
      """
    Then the result should be:
      """
      {"addToLikedPosts": {"likedByUser": {"name": "John Doe", "likedPosts": [{"title": "My biggest Adventure"}]}, "likedPostsPost": {"likedBy": [{"name": "John Doe"}]}}}
      """
    And the side effects should be:
      | +links LikedPosts | 1 |

  @id:graphcool-relmut-046 @behaviour:relation-mutation @seed:E-003-07 @from-prose @erratum:ERR-003-5
  Scenario: M-003-relations generates removeFromLikedPosts for the many-to-many relation LikedPosts
    Seed 003 L200 (prose only).
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
        createPost(title: "My biggest Adventure", likedByIds: ["{{userId}}"]) { id }
      }
      """
    And saving "data.createPost.id" as "postId"
    When executing:
      """
      mutation {
        removeFromLikedPosts(likedByUserId: "{{userId}}", likedPostsPostId: "{{postId}}") {
          likedByUser {
            likedPosts {
              title
            }
          }
          likedPostsPost {
            title
          }
        }
      }
      """
    Then the result should be:
      """
      {"removeFromLikedPosts": {"likedByUser": {"likedPosts": []}, "likedPostsPost": {"title": "My biggest Adventure"}}}
      """
    And the side effects should be:
      | -links LikedPosts | 1 |
