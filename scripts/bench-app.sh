#!/usr/bin/env bash
# Measures the app and appends the figures to the "## App" section of BENCHMARKS.md:
#   - what the browser downloads (wasm, JS, CSS, HTML), raw, gzip -9, and the shipped .gz
#     (zopfli) and .br copies a server sends (target: < 200 KB gzip);
#   - start-up: navigation → first criterion rendered, headless Chromium (median of several runs);
#   - input event → updated total in the DOM on the full sample set (target: < 4 ms; median);
#   - throttled profile (150 ms, 1.6 Mbit/s, CPU ×4): first visit to a usable start screen, reload
#     from the service worker, bytes transferred counted by the server (tests/bench/throttled.rs).
# A benchmark, not a test: nothing here fails on a slow figure. Options go to the bench program:
#   scripts/bench-app.sh --cold-runs 5 --warm-runs 10 --inputs 300 --throttled-runs 5
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser
source scripts/tools-env.sh

echo "== release build of the pages (scripts/build-web.sh)" >&2
bash scripts/build-web.sh >&2

report="$(mktemp)"
trap 'rm -f "$report"' EXIT
{
  echo
  echo "### $(date -u +%Y-%m-%d) — $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  echo
  echo "Machine: $(nproc) cores, $(chromium --version 2>/dev/null | head -1), rustc $(rustc --version | cut -d' ' -f2)."
  echo "Build: \`trunk build --release\` (opt-level z, LTO, wasm-opt -Oz)."
  echo
  echo "| file | raw bytes | gzip -9 bytes | shipped .gz | shipped .br |"
  echo "|---|---:|---:|---:|---:|"
  total_raw=0
  total_gz=0
  total_zopfli=0
  total_br=0
  # The copy a server sends: the .gz/.br beside the file, or the file itself when none is smaller.
  shipped() { if [ -e "$1" ]; then stat -c %s "$1"; else stat -c %s "$2"; fi; }
  for kind in wasm js css html; do
    # The self-assessment's page (dist/ itself); the export, round and office pages are their own.
    for file in dist/*."$kind"; do
      [ -e "$file" ] || continue
      raw=$(stat -c %s "$file")
      gz=$(gzip -9 -c "$file" | wc -c)
      zopfli=$(shipped "$file.gz" "$file")
      br=$(shipped "$file.br" "$file")
      total_raw=$((total_raw + raw))
      total_gz=$((total_gz + gz))
      total_zopfli=$((total_zopfli + zopfli))
      total_br=$((total_br + br))
      echo "| $kind ($(basename "$file")) | $raw | $gz | $zopfli | $br |"
    done
  done
  echo "| **total download** | **$total_raw** | **$total_gz** ($((total_gz / 1024)) KiB; target < 200 KB) | **$total_zopfli** | **$total_br** |"
  echo
  echo "Headless Chromium (\`cargo run --example bench-app\`):"
  echo
} > "$report"

echo "== headless Chromium timings" >&2
cargo run --quiet -p par-app --example bench-app -- "$@" >> "$report"

# Append to the end of the "## App" section (created if missing); other sections are untouched.
[ -f BENCHMARKS.md ] || printf '# Benchmarks\n' > BENCHMARKS.md
grep -q '^## App' BENCHMARKS.md || printf '\n## App\n\nMeasured by `scripts/bench-app.sh`; newest last.\n' >> BENCHMARKS.md
awk -v report="$report" '
  function flush() { while ((getline line < report) > 0) print line; close(report) }
  /^## / { if (in_app) { flush(); print ""; in_app = 0 } if ($0 ~ /^## App/) in_app = 1 }
  { print }
  END { if (in_app) flush() }
' BENCHMARKS.md > BENCHMARKS.md.tmp
mv BENCHMARKS.md.tmp BENCHMARKS.md
cat "$report"
