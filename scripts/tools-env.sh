# Sourced (from the repository root) by the scripts that build or drive the app: puts the tools
# scripts/setup.sh installs on PATH (cargo installs, npm's wasm-opt) and names ChromeDriver.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || true)}"
