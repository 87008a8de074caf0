#!/usr/bin/env bash
# Writes x.gz (zopfli, the smallest gzip; gzip -9 if zopfli is missing) and x.br (brotli -q 11)
# beside every text file of a built directory, kept only when smaller than the file. A web
# server sends them as they are (nginx gzip_static/brotli_static, Caddy precompressed, par-serve;
# docs/hosting.md), so nothing is compressed per request. Usage: scripts/compress.sh dist
set -euo pipefail
dir="${1:?give the build directory}"
command -v brotli >/dev/null || { echo "brotli is missing: run scripts/setup.sh" >&2; exit 1; }

compress_one() {
  local file="$1"
  if command -v zopfli >/dev/null; then
    zopfli --gzip -c "$file" > "$file.gz"
  else
    gzip -9 -n -c "$file" > "$file.gz"
  fi
  brotli -q 11 -c "$file" > "$file.br"
  for copy in "$file.gz" "$file.br"; do
    if [ "$(stat -c %s "$copy")" -ge "$(stat -c %s "$file")" ]; then rm -f "$copy"; fi
  done
}

mapfile -t files < <(find "$dir" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' \
  -o -name '*.wasm' -o -name '*.json' -o -name '*.svg' -o -name '*.webmanifest' -o -name '*.txt' \))
# Two at a time: the wasm dominates, and the machines this runs on have few cores.
pids=()
for file in "${files[@]}"; do
  compress_one "$file" &
  pids+=("$!")
  if [ "${#pids[@]}" -ge 2 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid"; done
echo "compressed ${#files[@]} files (gzip and brotli copies beside them)" >&2
