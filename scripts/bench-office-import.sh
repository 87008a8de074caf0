#!/usr/bin/env bash
# Measures the office app receiving 500 files (issue 14: "import and verify 500 files in headless
# Chromium on this 2-core machine; target under 2 s") and appends the figures to the
# "## Office import" section of BENCHMARKS.md:
#   1. builds both apps (scripts/build-web.sh; PAR_SKIP_BUILD=1 to use dist/ as it is),
#   2. generates COUNT signed files of ~BYTES each and their keyring
#      (crates/par-cli/examples/generate_submissions.rs),
#   3. runs tests/bench/office_import.rs: in a fresh headless Chromium profile per run, keys and
#      list imported, then every file given at once; drop → import done (split by the app's
#      performance marks) and → board shown; the median of the runs.
# A benchmark, not a test: nothing here fails on a slow figure.
#   scripts/bench-office-import.sh [COUNT [BYTES [RUNS]]]   (defaults 500 96000 3)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-500}"
bytes="${2:-96000}"
runs="${3:-3}"

source scripts/tools-env.sh
if [ "${PAR_SKIP_BUILD:-}" != 1 ]; then
  echo "== both apps, release" >&2
  bash scripts/build-web.sh >&2
fi

dir="$(mktemp -d)"
report="$(mktemp)"
trap 'rm -rf "$dir" "$report"' EXIT
echo "== $count files of ~$bytes bytes" >&2
cargo run --quiet -p par-cli --example generate_submissions -- "$dir" "$count" "$bytes" >&2

{
  echo
  echo "### $(date -u +%d/%m/%Y) — $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  echo
  echo "Machine: $(nproc) cores (shared), $(chromium --version 2>/dev/null | head -1). Office build: \`trunk build --release\`, $(grep -o 'data-cargo-profile-release="[^"]*"' office/index.html)."
  echo
} > "$report"
echo "== headless Chromium" >&2
cargo run --quiet -p par-app --example bench-office-import -- "$dir" --runs "$runs" >> "$report"

[ -f BENCHMARKS.md ] || printf '# Benchmarks\n' > BENCHMARKS.md
grep -q '^## Office import' BENCHMARKS.md || printf '\n## Office import\n\nMeasured by `scripts/bench-office-import.sh`; newest last.\n' >> BENCHMARKS.md
awk -v report="$report" '
  function flush() { while ((getline line < report) > 0) print line; close(report) }
  /^## / { if (in_section) { flush(); print ""; in_section = 0 } if ($0 ~ /^## Office import/) in_section = 1 }
  { print }
  END { if (in_section) flush() }
' BENCHMARKS.md > BENCHMARKS.md.tmp
mv BENCHMARKS.md.tmp BENCHMARKS.md
cat "$report"
