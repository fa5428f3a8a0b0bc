#!/usr/bin/env bash
# Regenerates two files of reference/tests/data/8base_sdk/ with 8base's own client SDK,
# `@8base/utils` 2.6.6 from the npm registry, for the seed 000 tables described in tables.json
# as 8base's table API describes them:
# - formatted.json: each case of cases.json (a record form's data, and for an update the data it
#   started from) run through `formatDataForMutation`, which turns form data into the relation
#   inputs the SDK sends (`connect`, `create`, `disconnect`, `update {filter, data}`);
# - documents.json: the GraphQL documents the SDK's query generators write for each table (list,
#   single record, create, createMany, update, delete).
# The test `eightbase_sdk` sends both to the reference. Needs Node.js and npm; nothing at test
# time does.
#
#   scripts/8base-sdk/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../../reference/tests/data/8base_sdk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/format.js" "$here/documents.js" "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  @8base/utils@2.6.6 >/dev/null)
node "$work/format.js" "$here/tables.json" "$data/cases.json" >"$data/formatted.json"
node "$work/documents.js" "$here/tables.json" >"$data/documents.json"
echo "wrote $data/formatted.json ($(grep -c '"formatted"' "$data/formatted.json") cases)"
echo "wrote $data/documents.json ($(grep -c '"generator"' "$data/documents.json") documents)"
