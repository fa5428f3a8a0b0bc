#!/usr/bin/env bash
# Records two sessions of Prisma 1's own client libraries from the npm registry against
# `crudspec serve --dialect prisma1 --fixture blog_user_post --id-seed 11` (a fresh server for
# each), every answer checked by the session script, every HTTP exchange (the client's request
# bodies, batches included, and the reference's answers) written in order to
# reference/tests/data/prisma1_client/:
# - session.json: `prisma-client-lib` 1.34.12 (what a generated `prisma1 generate` client runs
#   on), its typeDefs the schema Prisma's generator makes (reference/tests/data/prisma1_schema);
# - binding.json: `prisma-binding` 2.3.16, its typeDefs the endpoint's own schema as
#   introspection gives it (schema.js).
# The test `prisma1_client` replays the clients' requests against the reference and requires
# the same answers. Needs Node.js and npm; nothing at test time does.
#
#   scripts/prisma1-client/record.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$root/reference/tests/data/prisma1_client"
work="$(mktemp -d)"
port=4491
url="http://127.0.0.1:$port/"
serve_pid=
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A fresh reference on $port, once it answers.
serve() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true
  "$root/target/debug/crudspec" serve --dialect prisma1 --fixture blog_user_post --id-seed 11 \
    --port "$port" >"$work/serve.log" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "$url?query=%7B__typename%7D" && return 0
    sleep 0.1
  done
  echo "the reference did not start: $(cat "$work/serve.log")" >&2
  return 1
}

cargo build -q --manifest-path "$root/Cargo.toml" -p crudspec
cp "$here"/*.js "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  prisma-client-lib@1.34.12 prisma-binding@2.3.16 graphql@14 >/dev/null)

serve
node "$work/session.js" "$root/reference/tests/data/prisma1_schema/blog_user_post.graphql" \
  "$url" "$data/session.json"

serve
node "$work/schema.js" "$url" >"$work/schema.graphql"
serve
node "$work/binding.js" "$work/schema.graphql" "$url" "$data/binding.json"
