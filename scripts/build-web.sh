#!/usr/bin/env bash
# Builds the web pages into dist/ with Trunk (release unless told otherwise: any argument is
# passed to every build, e.g. --release=false):
#   1. the commune's app (index.html, the root crate) into dist/;
#   2. the commune's export (export/index.html, crate export/) into dist/export, served at
#      /export/: a page of its own so signing, keys and printing are not in the everyday
#      download (the self-assessment's page registers its worker, so it works offline at once);
#   3. the commune's appraisal round (round/index.html, crate round/) into dist/round, served at
#      /round/: a page of its own so its code is not in the everyday download;
#   4. the office's app (office/index.html, crate office/) into dist/office, served at /office/.
# The order matters: a Trunk build replaces its whole dist directory, so the commune's build
# (dist/) goes first and the others after it. Each build runs the post_build hook
# (scripts/post-build.sh): its own start-up script, its own sw.js (cache `par-app-…`,
# `par-export-…`, `par-round-…` or `par-office-…`) and, in a release, the compressed copies.
# Trunk runs offline and finds wasm-bindgen and wasm-opt on PATH: source scripts/tools-env.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[ "${#args[@]}" -gt 0 ] || args=(--release=true)
trunk build "${args[@]}"
trunk build "${args[@]}" --dist dist/export --public-url /export/ export/index.html
trunk build "${args[@]}" --dist dist/round --public-url /round/ round/index.html
trunk build "${args[@]}" --dist dist/office --public-url /office/ office/index.html
