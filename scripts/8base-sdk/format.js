// Runs each case of cases.json through 8base's own SDK formatter (`formatDataForMutation` of
// `@8base/utils`) for the tables of tables.json, and prints the cases with the SDK's output
// added as `formatted`. Run by generate.sh.
'use strict';
const fs = require('fs');
const { formatDataForMutation } = require('@8base/utils');

const [tablesPath, casesPath] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(tablesPath, 'utf8'));
const cases = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
for (const c of cases) {
  c.formatted = formatDataForMutation(c.type, c.data, {
    tableName: c.table,
    schema,
    initialData: c.initialData,
  });
}
console.log(JSON.stringify(cases, null, 2));
