// The names 8base's own generator gives each word of words.txt, for the reference's name test.
// Run by generate.sh; prints a TSV on stdout (see generate.sh for the columns).
'use strict';
const fs = require('fs');
const pluralize = require('pluralize');
const { SchemaNameGenerator: g } = require('@8base/schema-name-generator');

// The relation field every model gets in the test's data model (a to-one `hub: Hub`).
const RELATION_FIELD = 'hub';

const words = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const columns = [
  'word', 'table', 'type', 'item', 'list', 'listResponse', 'manyResponse',
  'create', 'createMany', 'update', 'updateByFilter', 'delete', 'deleteByFilter',
  'destroy', 'destroyByFilter', 'restore',
  'createInput', 'createManyInput', 'updateInput', 'updateByFilterInput', 'deleteInput',
  'keyFilter', 'filter', 'sort', 'relationFilter',
  'relationCreate', 'relationUpdate', 'relationMany',
];
console.log(columns.join('\t'));
for (const word of words) {
  const t = pluralize.plural(word);
  const row = [
    word, t, g.getTableTypeName(t), g.getTableItemFieldName(t), g.getTableListFieldName(t),
    g.getTableListResponseTypeName(t), g.getTableManyResponseTypeName(t),
    g.getCreateItemFieldName(t), g.getCreateManyItemFieldName(t), g.getUpdateItemFieldName(t),
    g.getUpdateByFilterItemFieldName(t), g.getDeleteItemFieldName(t),
    g.getDeleteByFilterMutationName(t), g.getDestroyItemFieldName(t),
    g.getDestroyByFilterMutationName(t), g.getRestoreItemFieldName(t),
    g.getCreateInputName(t), g.getCreateManyInputName(t), g.getUpdateInputName(t),
    g.getUpdateByFilterInputName(t), g.getDeleteInputName(t),
    g.getKeyFilterInputTypeName(t), g.getFilterInputTypeName(t), g.getSortInputTypeName(t),
    g.getRelationTableFilter(t),
    g.getCreateRelationName(t, RELATION_FIELD), g.getUpdateRelationName(t, RELATION_FIELD),
    g.getCreateManyRelationName(t, RELATION_FIELD),
  ];
  console.log(row.join('\t'));
}
