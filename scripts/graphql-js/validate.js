// Reads an introspection answer and checks it with graphql-js, the reference implementation:
// the schema builds (buildClientSchema), passes validateSchema, and survives an SDL round trip.
// Prints nothing when all holds; else one line saying what failed.
'use strict';
const fs = require('fs');
const { buildClientSchema, validateSchema, printSchema, buildSchema } = require('graphql');

const answer = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
try {
  const schema = buildClientSchema(answer.data);
  const errors = validateSchema(schema);
  if (errors.length) console.log('invalid: ' + errors.map((e) => e.message).join('; '));
  buildSchema(printSchema(schema));
} catch (e) {
  console.log('error: ' + e.message);
}
