#!/usr/bin/env bash
# Regenerates reference/tests/data/8base_sdk/formatted.json: each case of cases.json (a record
# form's data, and for an update the data it started from) run through 8base's own client SDK,
# `formatDataForMutation` of `@8base/utils` 2.6.6 from the npm registry, for the seed 000 tables
# described in tables.json as 8base's table API describes them. The SDK turns form data into
# the relation inputs it sends (`connect`, `create`, `disconnect`, `update {filter, data}`); the
# test `eightbase_sdk` sends those inputs to the reference and checks the records end up as the
# form says. Needs Node.js and npm; nothing at test time does.
#
#   scripts/8base-sdk/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../../reference/tests/data/8base_sdk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/format.js" "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  @8base/utils@2.6.6 >/dev/null)
node "$work/format.js" "$here/tables.json" "$data/cases.json" >"$data/formatted.json"
echo "wrote $data/formatted.json ($(grep -c '"formatted"' "$data/formatted.json") cases)"
