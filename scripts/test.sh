#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: native (par-core, par-cli) and browser
# (component tests and end-to-end tests in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser
# test-browser.sh would check every tool again otherwise.
export PAR_SETUP_DONE=1

echo "== formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings

echo "== native tests (par-core, par-cli, par-serve)"
cargo test -p par-core -p par-cli -p par-serve -p par-sheet

echo "== fuzzing (bounded: 60 s per target)"
bash scripts/fuzz.sh 60

if [ -x scripts/test-browser.sh ]; then
  echo "== browser tests"
  bash scripts/test-browser.sh
fi
