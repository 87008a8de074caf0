#!/usr/bin/env bash
# Installs whatever the project needs and is missing; every step checks first, so running it
# again does nothing. Needs only the Rust toolchain (rustup) and Debian's apt (as root or sudo).
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium + ChromeDriver for tests)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

log() { printf '[setup] %s\n' "$*"; }

apt_updated=no
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ "$apt_updated" = no ]; then
    $sudo apt-get update -qq
    apt_updated=yes
  fi
  log "installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
  # The downloaded packages are not needed once installed; a CI machine's disk is small.
  $sudo apt-get clean
}

# Trunk's dependencies build C code.
command -v cc >/dev/null || apt_install build-essential pkg-config
# wasm-opt comes from npm (see below).
command -v npm >/dev/null || apt_install nodejs npm
# A release build ships brotli and gzip copies of its files (scripts/compress.sh); zopfli
# writes a smaller gzip than gzip -9.
missing=()
command -v brotli >/dev/null || missing+=(brotli)
command -v zopfli >/dev/null || missing+=(zopfli)
[ "${#missing[@]}" -eq 0 ] || apt_install "${missing[@]}"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (a few minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  # Without --locked on purpose: the locked dependency set is not fully on the registry here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Debian's binaryen 108 produces a module that crashes at start-up; npm's binaryen (pinned in
# package.json / package-lock.json) works. axe-core (same file) runs the accessibility audit in
# tests/e2e/a11y.rs.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
  log "installing binaryen and axe-core from npm"
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund
  else
    npm install --no-audit --no-fund
  fi
fi

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
  # pdftotext reads the printed score sheet in the export end-to-end test.
  command -v pdftotext >/dev/null || apt_install poppler-utils
fi
log "ready"
