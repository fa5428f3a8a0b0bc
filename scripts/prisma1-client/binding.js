// A session of `prisma-binding` 2.3.16 (the Prisma 1 binding of graphql-binding, which builds
// its queries from selection sets and fragments and validates them against the typeDefs first)
// against the reference, through the recording proxy (recorder.js). Every answer is checked
// here, by what the Prisma 1 documentation says the operation returns.
//   node binding.js SCHEMA.graphql REFERENCE_URL OUT.json
'use strict';
const assert = require('assert');
const { Prisma } = require('prisma-binding');
const { run } = require('./recorder');

const [schemaPath, target, outPath] = process.argv.slice(2);

// graphql-js answers objects without a prototype; compare their JSON.
const equal = (actual, expected) =>
  assert.deepStrictEqual(JSON.parse(JSON.stringify(actual)), expected);

async function session(prisma) {
  const ada = await prisma.mutation.createUser(
    { data: { email: 'ada@example.com', name: 'Ada', posts: { create: [{ title: 'Notes' }] } } },
    '{ id email posts { title } }',
  );
  equal(ada.posts, [{ title: 'Notes' }]);
  equal(await prisma.query.users({ where: { name: 'Ada' } }, '{ name }'), [{ name: 'Ada' }]);
  equal(await prisma.query.usersConnection({}, '{ aggregate { count } }'), { aggregate: { count: 1 } });
  assert.strictEqual(await prisma.exists.User({ name: 'Ada' }), true);
  assert.strictEqual(await prisma.exists.User({ name: 'Grace' }), false);
  equal(
    await prisma.mutation.updateUser({ where: { email: 'ada@example.com' }, data: { age: 36 } }, '{ age }'),
    { age: 36 },
  );
  // The Relay node query, read through an inline fragment.
  const node = await prisma.query.node({ id: ada.id }, '{ id ... on User { email } }');
  assert.strictEqual(node.email, 'ada@example.com');
  // Ada writes a post whose author is required: Prisma refuses the delete (3042).
  await assert.rejects(
    prisma.mutation.deleteUser({ where: { id: ada.id } }, '{ id }'),
    /would violate the required relation 'PostToUser'/,
  );
  equal(await prisma.mutation.deleteManyPosts({ where: {} }, '{ count }'), { count: 1 });
  equal(await prisma.mutation.deleteUser({ where: { id: ada.id } }, '{ email }'), { email: 'ada@example.com' });
  assert.strictEqual(await prisma.query.user({ where: { id: ada.id } }, '{ id }'), null);
}

run(target, outPath, async (endpoint) => {
  await session(new Prisma({ typeDefs: schemaPath, endpoint }));
});
