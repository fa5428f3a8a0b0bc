#!/usr/bin/env bash
# Regenerates reference/tests/data/prisma1_schema/<fixture>.graphql: the OpenCRUD schema Prisma
# 1.34's own schema generator (`prisma-generate-schema` 1.34.12 from the npm registry, the
# TypeScript port of the server's SchemaBuilder that Prisma checked against real server schemas)
# makes for every Prisma 1 data model in fixtures/datamodels, without subscription types. The
# test `prisma1_generated_schema` compares the reference's Prisma 1 schema with these files, so
# the check is against code we did not write. Needs Node.js and npm; nothing at test time does.
#
#   scripts/prisma1-schema/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
data="$root/reference/tests/data/prisma1_schema"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/schema.js" "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  prisma-generate-schema@1.34.12 prisma-datamodel@1.34.12 graphql@14 >/dev/null)
rm -f "$data"/*.graphql
n=0
for model in "$root"/fixtures/datamodels/*.graphql; do
  name="$(basename "$model" .graphql)"
  case "$name" in *_graphcool) continue ;; esac
  node "$work/schema.js" "$model" >"$data/$name.graphql"
  n=$((n + 1))
done
echo "wrote $n schemas to $data"
