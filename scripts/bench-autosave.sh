#!/usr/bin/env bash
# Measures one autosave of a fully answered sample draft in headless Chromium (see
# tests/bench/autosave.rs) and prints a line for the "### Autosave" entry of BENCHMARKS.md.
# Uses $PAR_DIST if set, otherwise builds dist/. Options go to the bench program: --runs 500
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
source scripts/tools-env.sh
if [ -z "${PAR_DIST:-}" ]; then
  echo "== trunk build --release" >&2
  trunk build --release >&2
fi
echo "Machine: $(nproc) cores, $(chromium --version 2>/dev/null | head -1)."
cargo run --quiet -p par-app --example bench-autosave -- "$@"
