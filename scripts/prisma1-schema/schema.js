// Prints the OpenCRUD schema Prisma 1.34's own generator (`prisma-generate-schema`) makes for a
// data model, without the subscription types (the reference serves no subscriptions).
// Run by generate.sh: node schema.js MODEL.graphql
'use strict';
const fs = require('fs');
const { parse, print } = require('graphql');
const generateCRUDSchemaString = require('prisma-generate-schema').default;
const { DatabaseType } = require('prisma-datamodel');

// The fixtures are written in the v1 data model (`id: ID! @unique`). For such ids the generator
// leaves `id` out of the create inputs, where the 1.34 server (and its own black-box cases)
// has it since "bring your own id" (~1.30); written as datamodel 1.1's `@id`, the generator
// gives the server's inputs. Nothing else in the fixtures reads differently in 1.1.
const model = fs.readFileSync(process.argv[2], 'utf8').replace(/\bid: ID! @unique\b/g, 'id: ID! @id');
const SUBSCRIPTION = /SubscriptionWhereInput$|SubscriptionPayload$|PreviousValues$|^MutationType$|^Subscription$/;
const doc = parse(generateCRUDSchemaString(model, DatabaseType.postgres));
const kept = doc.definitions.filter((d) => !(d.name && SUBSCRIPTION.test(d.name.value)));
const schema = kept.filter((d) => d.kind === 'SchemaDefinition');
for (const s of schema) {
  s.operationTypes = s.operationTypes.filter((o) => o.operation !== 'subscription');
}
console.log(print({ ...doc, definitions: kept }));
