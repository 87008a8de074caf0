#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml). Runs in Trunk's staging directory ($TRUNK_STAGING_DIR)
# before it becomes dist/; can also be run by hand on a built directory: scripts/post-build.sh dist
#   1. moves Trunk's inline start-up script into start-<hash>.js, so the page runs under a
#      Content-Security-Policy without 'unsafe-inline' (docs/hosting.md), and refuses a build
#      that still has an inline script or lacks the policy;
#   2. writes sw.js with the build's file list (scripts/sw-precache.sh);
#   3. in a release build (or by hand), writes gzip and brotli copies beside every text file
#      (x.wasm.gz, x.wasm.br) for the web server to send as they are (scripts/compress.sh).
set -euo pipefail
scripts="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "${1:-${TRUNK_STAGING_DIR:?run by Trunk, or give the build directory}}" && pwd)"
cd "$out"

# perl-base is part of every Debian system; -0777 reads the page whole.
script="$(perl -0777 -ne 'print $1 if m{<script type="?module"?>(.*?)</script>}s' index.html)"
if [ -n "$script" ]; then
  name="start-$(printf '%s' "$script" | sha256sum | cut -c1-16).js"
  printf '%s\n' "$script" > "$name"
  START="${TRUNK_PUBLIC_URL:-/}$name" perl -0777 -i -pe \
    's{<script type="?module"?>.*?</script>}{<script type=module src="$ENV{START}"></script>}s' index.html
  echo "start-up script moved to $name" >&2
fi
if perl -0777 -ne 'exit 1 if m{<script(?![^>]*\bsrc=)[^>]*>}' index.html; then :; else
  echo "index.html still has an inline script: the Content-Security-Policy would block it" >&2
  exit 1
fi
grep -q 'http-equiv="\?Content-Security-Policy' index.html || {
  echo "index.html has no Content-Security-Policy <meta>" >&2
  exit 1
}

bash "$scripts/sw-precache.sh" "$out"

# `trunk serve` and debug builds skip compression (it takes seconds); release builds ship it.
if [ -z "${TRUNK_PROFILE:-}" ] || [ "$TRUNK_PROFILE" = release ]; then
  bash "$scripts/compress.sh" "$out"
fi
