#!/usr/bin/env bash
# Checks the schema every dialect generates for every data model of fixtures/datamodels with
# graphql-js 14 (npm), the GraphQL reference implementation: `crudspec serve` answers the full
# introspection query, graphql-js builds the schema from it, validates it, and prints and parses
# it again. Prints a line per failing schema and the count checked; exit 1 when one fails.
# Needs Node.js and npm (not part of `cargo test`).
#
#   scripts/graphql-js/check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
port=4492
serve_pid=
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cargo build -q --manifest-path "$root/Cargo.toml" -p crudspec
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent graphql@14 >/dev/null)
cp "$here/validate.js" "$work/"
checked=0 failed=0
for model in "$root"/fixtures/datamodels/*.graphql; do
  name="$(basename "$model" .graphql)"
  case "$name" in *_graphcool) dialects="graphcool" ;; *) dialects="prisma1 graphcms 8base" ;; esac
  for dialect in $dialects; do
    "$root/target/debug/crudspec" serve --dialect "$dialect" --datamodel "$model" --port "$port" \
      >"$work/serve.log" 2>&1 &
    serve_pid=$!
    for _ in $(seq 1 50); do
      curl -s -o "$work/answer.json" "http://127.0.0.1:$port/" -H 'content-type: application/json' \
        -d @"$here/introspection.json" && break
      sleep 0.1
    done
    kill "$serve_pid" && wait "$serve_pid" 2>/dev/null || true
    serve_pid=
    out="$(node "$work/validate.js" "$work/answer.json")"
    checked=$((checked + 1))
    if [ -n "$out" ]; then
      failed=$((failed + 1))
      echo "$dialect $name: $out"
    fi
  done
done
echo "graphql-js: $checked schemas checked, $failed failed"
[ "$failed" -eq 0 ]
