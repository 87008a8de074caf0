#!/usr/bin/env bash
# Browser tests of the app, non-interactive and idempotent (safe to run as root, again and again):
#   1. installs what is missing (Trunk, wasm-bindgen, wasm-opt, Chromium + ChromeDriver),
#   2. builds dist/ (the commune's app, its export in dist/export and appraisal round in
#      dist/round, the office's in dist/office) with
#      scripts/build-web.sh (`trunk build --release` of each),
#   3. runs the component tests (tests/components/: wasm-bindgen-test in headless Chromium),
#   4. runs the app's native unit tests and the end-to-end tests (tests/e2e/: fantoccini +
#      ChromeDriver against dist/ served on 127.0.0.1 by crates/par-serve, as users get it; a11y:
#      an axe-core accessibility audit of every screen; hosting: the policy, markup shown as text,
#      every file fetched once; office: the appraising office's app at /office/).
# Each kind is one test binary: a new test file in tests/components/ or tests/e2e/ needs only its
# `mod` line in that folder's main.rs, not a change here.
set -euo pipefail
cd "$(dirname "$0")/.."

# Already done when called from scripts/test.sh.
[ "${PAR_SETUP_DONE:-}" = 1 ] || bash scripts/setup.sh --browser

# Trunk runs offline and finds wasm-bindgen and wasm-opt on PATH (npm binaryen, see Trunk.toml).
source scripts/tools-env.sh
# Chromium flags for the wasm-bindgen test runner (root needs --no-sandbox).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

echo "== trunk build --release (the commune app, its export and appraisal round, the office app)"
bash scripts/build-web.sh

echo "== component tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown -p par-app --test components

echo "== app unit tests and end-to-end tests (headless Chromium against dist/)"
cargo test -p par-app --lib --test e2e -- --include-ignored --test-threads=1
