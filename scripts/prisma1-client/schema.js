// Prints the SDL of the schema an endpoint introspects to (graphql-js: buildClientSchema,
// printSchema): the typeDefs prisma-binding needs, as `prisma1 get-schema` would write them.
//   node schema.js URL > schema.graphql
'use strict';
const http = require('http');
const { buildClientSchema, getIntrospectionQuery, printSchema } = require('graphql');

const body = JSON.stringify({ query: getIntrospectionQuery() });
const req = http.request(process.argv[2], { method: 'POST', headers: { 'content-type': 'application/json' } }, (r) => {
  const out = [];
  r.on('data', (c) => out.push(c));
  r.on('end', () => {
    console.log(printSchema(buildClientSchema(JSON.parse(Buffer.concat(out).toString('utf8')).data)));
  });
});
req.end(body);
