#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): writes sw.js into the build with the list of every file of
# the build to precache and a cache version that is a hash of those files, so each release gets
# its own cache. Runs in Trunk's staging directory ($TRUNK_STAGING_DIR) before it becomes dist/;
# can also be run by hand on a built directory: scripts/sw-precache.sh dist
set -euo pipefail
source_dir="${TRUNK_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
out="${1:-${TRUNK_STAGING_DIR:?run by Trunk, or give the build directory}}"
cd "$out"
# Every file except the service worker itself, the demo answers (`?demo=full` only) and the
# precompressed copies, as "./path" (sorted: the same build, the same list).
mapfile -t files < <(find . -type f ! -name sw.js ! -path './demo/*' ! -name '*.gz' ! -name '*.br' -printf '%P\n' \
  | LC_ALL=C sort)
version="$(for f in "${files[@]}"; do printf '%s\n' "$f"; sha256sum < "$f"; done | sha256sum | cut -c1-16)"
list="["
for f in "${files[@]}"; do list+="\"./$f\", "; done
list="${list%, }]"
sed -e "s|__PAR_VERSION__|$version|" -e "s|__PAR_FILES__|$list|" "$source_dir/static/sw.js" > sw.js
echo "sw.js: ${#files[@]} files, cache par-app-$version" >&2
