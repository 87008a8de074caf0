#!/usr/bin/env bash
# Serves the app with live rebuild on http://127.0.0.1:8080 (the bundled sample criteria set is
# built in). Installs whatever is missing first. Extra arguments go to `trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

# Trunk runs offline and finds wasm-bindgen and wasm-opt on PATH (npm binaryen, see Trunk.toml).
source scripts/tools-env.sh
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
