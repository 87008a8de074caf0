#!/usr/bin/env bash
# Serves the apps as a user gets them on http://127.0.0.1:8080 — the commune's at / (its
# appraisal round at /round/), the appraising office's at /office/: the release build (dist/, scripts/build-web.sh), with
# its brotli/gzip copies, caching headers and Content-Security-Policy, by the project's own
# server (crates/par-serve; docs/hosting.md says the same for nginx, Caddy and IIS). Installs
# whatever is missing first. Options: --port N, --address A. For live rebuilds while developing,
# `trunk serve` still works (without compression, caching headers or the policy header).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

# Trunk runs offline and finds wasm-bindgen and wasm-opt on PATH (npm binaryen, see Trunk.toml).
source scripts/tools-env.sh
bash scripts/build-web.sh
cargo build --quiet --release -p par-serve
exec target/release/par-serve dist "$@"
