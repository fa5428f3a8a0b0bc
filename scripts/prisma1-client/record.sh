#!/usr/bin/env bash
# Records reference/tests/data/prisma1_client/session.json: a session of Prisma 1's own client
# library (`prisma-client-lib` 1.34.12 from the npm registry) against `crudspec serve --dialect
# prisma1` on blog_user_post, every answer checked by session.js, every HTTP exchange (the
# client's request bodies, batches included, and the reference's answers) written in order. The
# test `prisma1_client` replays the client's requests against the reference and requires the
# same answers. The client's schema is Prisma's generator's (reference/tests/data/
# prisma1_schema). Needs Node.js and npm; nothing at test time does.
#
#   scripts/prisma1-client/record.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/reference/tests/data/prisma1_client/session.json"
work="$(mktemp -d)"
port=4491
cargo build -q --manifest-path "$root/Cargo.toml" -p crudspec
"$root/target/debug/crudspec" serve --dialect prisma1 --fixture blog_user_post --id-seed 11 \
  --port "$port" >"$work/serve.log" 2>&1 &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cp "$here/session.js" "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  prisma-client-lib@1.34.12 >/dev/null)
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$port/?query=%7B__typename%7D" && break
  sleep 0.1
done
node "$work/session.js" "$root/reference/tests/data/prisma1_schema/blog_user_post.graphql" \
  "http://127.0.0.1:$port/" "$out"
