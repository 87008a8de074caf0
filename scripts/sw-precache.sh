#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): writes sw.js into the build with the list of every file of
# the build to precache and a cache version that is a hash of those files, so each release gets
# its own cache. Runs in Trunk's staging directory ($TRUNK_STAGING_DIR) before it becomes dist/;
# can also be run by hand on a built directory: scripts/sw-precache.sh dist
#
# The same template serves every page, told apart by the wasm the page loads: the commune's
# (par-app, at /) caches as `par-app-…` and leaves /office/, /round/ and /export/ alone (the
# export's page, par-export at /export/, caches as `par-export-…`); the office's
# (par-office, at /office/) caches as `par-office-…`, the appraisal round's (par-round, at
# /round/) as `par-round-…`, each from its own build directory.
set -euo pipefail
# The template is found beside this script: the office's build runs with office/ as its source.
template="$(cd "$(dirname "$0")/.." && pwd)/static/sw.js"
out="${1:-${TRUNK_STAGING_DIR:?run by Trunk, or give the build directory}}"
cd "$out"
if grep -q 'par-office' index.html; then
  prefix="par-office-"
  other_apps="[]"
elif grep -q 'par-export' index.html; then
  prefix="par-export-"
  other_apps="[]"
elif grep -q 'par-round' index.html; then
  prefix="par-round-"
  other_apps="[]"
else
  prefix="par-app-"
  other_apps='["office/", "round/", "export/"]'
fi
# Every file except the service worker itself, the demo answers (`?demo=full` only), the office
# export and round pages (their own builds and workers) and the precompressed copies, as "./path"
# (sorted: the same build, the same list).
mapfile -t files < <(find . -type f ! -name sw.js ! -path './demo/*' ! -path './office/*' ! -path './round/*' ! -path './export/*' ! -name '*.gz' ! -name '*.br' -printf '%P\n' \
  | LC_ALL=C sort)
version="$(for f in "${files[@]}"; do printf '%s\n' "$f"; sha256sum < "$f"; done | sha256sum | cut -c1-16)"
list="["
for f in "${files[@]}"; do list+="\"./$f\", "; done
list="${list%, }]"
# The template's comments are for its readers (static/sw.js), not for every first visit: lines
# that are only a comment, and blank lines, are left out of the build's copy.
sed -e "s|__PAR_VERSION__|$version|" -e "s|__PAR_FILES__|$list|" -e "s|__PAR_PREFIX__|$prefix|" \
  -e "s|__PAR_OTHER_APPS__|$other_apps|" -e '/^[[:space:]]*\/\//d' -e '/^[[:space:]]*$/d' "$template" > sw.js
echo "sw.js: ${#files[@]} files, cache $prefix$version" >&2
