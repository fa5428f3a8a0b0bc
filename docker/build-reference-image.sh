#!/usr/bin/env bash
# Builds the reference image: the release `crudspec` binary, the shared libraries it links
# (found with ldd) and the fixtures' data models, in an image FROM scratch (no registry pull).
# It serves one fixture per container:
#
#   docker run --rm --network host -e CRUDSPEC_FIXTURE=todo_uniques_defaults -e CRUDSPEC_DIALECT=prisma1 \
#     -e CRUDSPEC_PORT=4466 crudspec-reference:dev
#
# and is the example to copy for your own server's image: the container target starts an image
# with CRUDSPEC_FIXTURE, CRUDSPEC_DIALECT, CRUDSPEC_PORT and CRUDSPEC_HOST in its environment.
#
# Usage: docker/build-reference-image.sh [TAG]    (default crudspec-reference:dev)
#        CRUDSPEC_BINARY=path/to/crudspec docker/build-reference-image.sh TAG   (no cargo build)
# Needs: cargo (unless CRUDSPEC_BINARY is given), ldd, docker with a running engine.
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${1:-crudspec-reference:dev}"
target_dir="${CARGO_TARGET_DIR:-target}"

if [ -n "${CRUDSPEC_BINARY:-}" ]; then
  binary="$CRUDSPEC_BINARY"
else
  cargo build --release -q -p crudspec
  binary="$target_dir/release/crudspec"
fi

context="$(mktemp -d)"
trap 'rm -rf "$context"' EXIT
mkdir -p "$context/fixtures"
# Without its debug information when `strip` is there (a debug build is ten times larger).
strip -o "$context/crudspec" "$binary" 2>/dev/null || cp "$binary" "$context/crudspec"
cp -r fixtures/datamodels fixtures/profiles "$context/fixtures/"
# The dynamic loader and every library the binary needs, at the paths it looks for them.
ldd "$binary" | grep -oE '/[^ ]+' | while read -r lib; do
  mkdir -p "$context$(dirname "$lib")"
  cp -L "$lib" "$context$lib"
done

cat > "$context/Dockerfile" <<'DOCKERFILE'
FROM scratch
COPY . /
ENV CRUDSPEC_HOST=127.0.0.1 CRUDSPEC_PORT=4466 CRUDSPEC_FIXTURES=/fixtures
ENTRYPOINT ["/crudspec", "serve"]
DOCKERFILE
rm -f "$context/Dockerfile.dockerignore"
docker build -q -t "$tag" "$context" >/dev/null
echo "$tag"
