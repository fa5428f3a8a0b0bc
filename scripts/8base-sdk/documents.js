// Prints the GraphQL documents 8base's own SDK generates for each table of tables.json (the
// query generators of `@8base/utils`: the table's list query with every list argument, the
// single-record query, create, createMany, update and delete), as a JSON array of
// {table, generator, document}. Run by generate.sh.
'use strict';
const fs = require('fs');
const utils = require('@8base/utils');

const tables = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const generators = [
  'createTableFilterGraphqlTag',
  'createTableRowQueryTag',
  'createTableRowCreateTag',
  'createTableRowCreateManyTag',
  'createTableRowUpdateTag',
  'createTableRowDeleteTag',
];
const out = [];
for (const table of tables) {
  for (const generator of generators) {
    out.push({ table: table.name, generator, document: utils[generator](tables, table.id) });
  }
}
console.log(JSON.stringify(out, null, 2));
