#!/usr/bin/env bash
# Regenerates reference/tests/data/8base_names/expected.tsv: what 8base's own name generator,
# `@8base/schema-name-generator` 0.1.23 from the npm registry (with the `pluralize` 7.0.0 it pins),
# names for each model name of words.txt, the table being the model name's plural. The
# reference's tests compare its 8base names with this file (`datamodel::pluralize` for the
# table names, `integration eightbase_names` for the schema), so the check is against code we
# did not write. Needs Node.js and npm; nothing at test time does.
#
#   scripts/8base-names/generate.sh
#
# Columns: the word, its table (`pluralize.plural`), then the generator's type, item query, list
# query, list response and many response names, the nine mutations, the input types, and the
# three relation input names of a relation field `hub`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../../reference/tests/data/8base_names"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/names.js" "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  @8base/schema-name-generator@0.1.23 pluralize@7.0.0 >/dev/null)
node "$work/names.js" "$data/words.txt" >"$data/expected.tsv"
echo "wrote $data/expected.tsv ($(($(wc -l <"$data/expected.tsv") - 1)) words)"
