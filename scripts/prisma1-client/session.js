// A session of Prisma 1's own client (`prisma-client-lib` 1.34.12, the library a generated
// `prisma1 generate` client runs on) against the reference, through a recording proxy.
// Every answer is checked here, by what the Prisma 1 documentation says the operation returns;
// the proxy writes each HTTP request body the client sent and the reference's answer, in order.
//   node session.js SCHEMA.graphql REFERENCE_URL OUT.json
'use strict';
const fs = require('fs');
const http = require('http');
const assert = require('assert');
const { makePrismaClientClass } = require('prisma-client-lib');

const [schemaPath, target, outPath] = process.argv.slice(2);
const exchanges = [];

// The recording proxy: forwards each request body to the reference, keeps both sides.
const proxy = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const fwd = http.request(target, { method: 'POST', headers: { 'content-type': 'application/json' } }, (r) => {
      const out = [];
      r.on('data', (c) => out.push(c));
      r.on('end', () => {
        const answer = Buffer.concat(out).toString('utf8');
        exchanges.push({ request: JSON.parse(body), status: r.statusCode, response: JSON.parse(answer) });
        res.writeHead(r.statusCode, { 'content-type': 'application/json' });
        res.end(answer);
      });
    });
    fwd.end(body);
  });
});

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

proxy.listen(0, '127.0.0.1', async () => {
  const endpoint = `http://127.0.0.1:${proxy.address().port}/`;
  const Prisma = makePrismaClientClass({
    typeDefs: fs.readFileSync(schemaPath, 'utf8'),
    models: [{ name: 'Post', embedded: false }, { name: 'User', embedded: false }],
    endpoint,
  });
  try {
    await session(new Prisma());
    fs.writeFileSync(outPath, JSON.stringify(exchanges, null, 2) + '\n');
    console.log(`session passed: ${exchanges.length} HTTP exchanges written to ${outPath}`);
    process.exitCode = 0;
  } catch (e) {
    console.error('session failed:', e);
    process.exitCode = 1;
  } finally {
    proxy.close();
  }
});
