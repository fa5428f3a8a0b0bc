#!/usr/bin/env bash
# The HTML report of the whole suite, checked in a real headless browser and photographed for a
# person to look at.
#
#   scripts/check-html.sh [OUT_DIR]      (default: target/check-html)
#
# Runs the whole suite on reference and reference-http (--out r.jsonl), renders
# `crudspec report r.jsonl --format html`, checks it is under 3 MB, then, when /usr/bin/chromium
# exists (Debian: apt-get install chromium), loads it headless: the page's script must run under
# its Content-Security-Policy, the filters must count the scenarios, a dialect filter in the
# address must recount the matrix. Screenshots of the page, of a filtered view and of the small
# test stream with a failing scenario opened are left in OUT_DIR. Without Chromium the browser
# part is skipped with a line saying so (exit 0). `cargo test -p crudspec --test integration --
# report::` makes the same browser checks.
set -euo pipefail
exec </dev/null
cd "$(dirname "$0")/.."
out="${1:-target/check-html}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

cargo build -q --release -p crudspec
bin="$PWD/target/release/crudspec"

set +e
"$bin" run -q --target reference --target reference-http --out "$out/r.jsonl" >"$out/run.txt"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then
  echo "check-html: crudspec run exited $rc" >&2
  exit 1
fi
start=$(date +%s.%N)
"$bin" report "$out/r.jsonl" --format html --out "$out/report.html"
end=$(date +%s.%N)
size=$(stat -c %s "$out/report.html")
awk -v f="$out/report.html" -v n="$size" -v s="$start" -v e="$end" \
  'BEGIN { printf "check-html: %s: %d bytes, rendered in %.2f s\n", f, n, e - s }'
if [ "$size" -ge 3000000 ]; then
  echo "check-html: FAIL: the page is not under 3 MB" >&2
  exit 1
fi
(cd runner/tests/data/reports && "$bin" report small.jsonl --format html --out "$out/small.html")

chromium=/usr/bin/chromium
if [ ! -x "$chromium" ]; then
  echo "check-html: SKIPPED the browser check: no $chromium (apt-get install chromium)"
  exit 0
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
browse() { # browse URL ARGS...: headless Chromium with the flags CI machines need
  local url="$1"
  shift
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$profile" \
    --virtual-time-budget=5000 "$@" "$url" 2>/dev/null
}
fail() {
  echo "check-html: FAIL: $*" >&2
  exit 1
}

dom="$(browse "file://$out/report.html" --dump-dom)"
grep -q 'data-ready="1"' <<<"$dom" || fail "the page's script did not run"
total=$(grep -o '<details class="sc"' "$out/report.html" | wc -l)
grep -q "<output id=\"f-n\">$total of $total scenarios</output>" <<<"$dom" || fail "the scenario count"
graphcms=$(grep -o 'data-d="graphcms"' "$out/report.html" | wc -l)
dom="$(browse "file://$out/report.html#d=graphcms" --dump-dom)"
grep -q "<output id=\"f-n\">$graphcms of $total scenarios</output>" <<<"$dom" || fail "the dialect filter"
grep -q "data-t=\"0\">$graphcms/$graphcms</td>" <<<"$dom" || fail "the matrix recount"

browse "file://$out/report.html" --window-size=1400,1800 --screenshot="$out/report.png" >/dev/null
browse "file://$out/report.html#d=graphcms&b=connect" --window-size=1400,1800 \
  --screenshot="$out/report-filtered.png" >/dev/null
browse "file://$out/small.html#o=fail&b=create&x=1" --window-size=1400,2400 \
  --screenshot="$out/small-failure.png" >/dev/null
echo "check-html: ok ($total scenarios, $graphcms GraphCMS); screenshots to look at:"
ls -1 "$out"/*.png
