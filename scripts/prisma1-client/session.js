// A session of Prisma 1's own client (`prisma-client-lib` 1.34.12, the library a generated
// `prisma1 generate` client runs on) against the reference, through the recording proxy
// (recorder.js). Every answer is checked here, by what the Prisma 1 documentation says the
// operation returns.
//   node session.js SCHEMA.graphql REFERENCE_URL OUT.json
'use strict';
const fs = require('fs');
const assert = require('assert');
const { makePrismaClientClass } = require('prisma-client-lib');
const { run } = require('./recorder');

const [schemaPath, target, outPath] = process.argv.slice(2);

async function session(prisma) {
  const ada = await prisma.createUser({
    email: 'ada@example.com', name: 'Ada', posts: { create: [{ title: 'Notes' }, { title: 'Letters' }] },
  });
  assert.deepStrictEqual([ada.email, ada.name, ada.age], ['ada@example.com', 'Ada', null]);

  const posts = await prisma.user({ id: ada.id }).posts({ orderBy: 'title_ASC' });
  assert.deepStrictEqual(posts.map((p) => p.title), ['Letters', 'Notes']);

  const grace = await prisma.createUser({ email: 'grace@example.com', name: 'Grace', age: 85 });
  const found = await prisma.users({ where: { name_starts_with: 'A' } });
  assert.deepStrictEqual(found.map((u) => u.email), ['ada@example.com']);

  const older = await prisma.updateUser({ where: { email: 'ada@example.com' }, data: { age: 36 } });
  assert.strictEqual(older.age, 36);

  assert.strictEqual(await prisma.usersConnection().aggregate().count(), 2);

  // Two requests in one tick: the client sends them as one batch.
  const [byEmail, all] = await Promise.all([prisma.user({ email: 'grace@example.com' }), prisma.posts()]);
  assert.strictEqual(byEmail.id, grace.id);
  assert.strictEqual(all.length, 2);

  const moved = await prisma.updateUser({
    where: { id: grace.id }, data: { posts: { connect: [{ id: posts[0].id }] } },
  });
  assert.strictEqual(moved.name, 'Grace');
  assert.strictEqual((await prisma.post({ id: posts[0].id }).author()).email, 'grace@example.com');

  const withAuthors = await prisma.posts({ orderBy: 'title_ASC' }).$fragment('fragment P on Post { title author { name } }');
  assert.deepStrictEqual(withAuthors, [{ title: 'Letters', author: { name: 'Grace' } }, { title: 'Notes', author: { name: 'Ada' } }]);

  assert.deepStrictEqual(await prisma.updateManyPosts({ where: { title_contains: 't' }, data: { title: 'Draft' } }), { count: 2 });
  assert.strictEqual(await prisma.$exists.user({ name: 'Ada' }), true);
  assert.strictEqual(await prisma.$exists.post({ title: 'Notes' }), false);

  const upserted = await prisma.upsertUser({
    where: { email: 'linus@example.com' }, create: { email: 'linus@example.com', name: 'Linus' }, update: { name: 'L' },
  });
  assert.strictEqual(upserted.name, 'Linus');

  // Ada still writes a post whose author is required: Prisma refuses the delete (3042).
  await assert.rejects(prisma.deleteUser({ id: ada.id }), /would violate the required relation 'PostToUser'/);
  assert.deepStrictEqual(await prisma.deleteManyPosts({ author: { email: 'ada@example.com' } }), { count: 1 });
  assert.strictEqual((await prisma.deleteUser({ id: ada.id })).email, 'ada@example.com');
  assert.strictEqual(await prisma.user({ id: ada.id }), null);
}

run(target, outPath, async (endpoint) => {
  const Prisma = makePrismaClientClass({
    typeDefs: fs.readFileSync(schemaPath, 'utf8'),
    models: [{ name: 'Post', embedded: false }, { name: 'User', embedded: false }],
    endpoint,
  });
  await session(new Prisma());
});
