#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: native (par-core, par-cli) and browser
# (component tests and end-to-end tests in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser
# test-browser.sh would check every tool again otherwise.
export PAR_SETUP_DONE=1
# Incremental caches are for editing, not for one run; without them target/ is much smaller,
# and a CI machine's disk is small.
export CARGO_INCREMENTAL=0

# Prints what the build directories take and what is left, so a full disk is seen coming.
disk_use() {
  local dir sizes=""
  for dir in target fuzz/target; do
    [ -d "$dir" ] && sizes+="$dir $(du -sh "$dir" | cut -f1), "
  done
  echo "   (disk: ${sizes}$(df -h --output=avail . | tail -1 | tr -d ' ') free)"
}

echo "== formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
disk_use

echo "== native tests (par-core, par-cli, par-serve, par-sheet, the office app's logic)"
cargo test -p par-core -p par-cli -p par-serve -p par-sheet -p par-office
disk_use

echo "== fuzzing (bounded: 60 s per target)"
bash scripts/fuzz.sh 60
disk_use
# The fuzz build (sanitizer flags, its own target/) is not used again by this run: where the disk
# is short, give its space to the browser builds.
if [ "$(df --output=avail -k . | tail -1)" -lt $((12 * 1024 * 1024)) ]; then
  rm -rf fuzz/target
  disk_use
fi

if [ -x scripts/test-browser.sh ]; then
  echo "== browser tests"
  bash scripts/test-browser.sh
  disk_use
fi
