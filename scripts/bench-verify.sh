#!/usr/bin/env bash
# Measures `par verify` throughput on generated signed submissions (default 10,000) of the
# sample set, each from its own unit and key, with keyring and criteria set: files per second.
# Usage: scripts/bench-verify.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
dir=$(mktemp -d /tmp/par-bench-XXXX)
trap 'rm -rf "$dir"' EXIT

cargo build -q --release -p par-cli --bin par --example generate_submissions
./target/release/examples/generate_submissions "$dir" "$count"
bytes=$(du -sb "$dir" | cut -f1)

runs=()
for _ in 1 2 3; do
  start=$(date +%s.%N)
  ./target/release/par verify --keys "$dir/keyring.json.txt" --framework frameworks/mau-xa-2025.json \
    "$dir"/*.json > "$dir/out.txt"
  end=$(date +%s.%N)
  runs+=("$(echo "$end - $start" | bc)")
done
median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
valid=$(grep -c '^✓' "$dir/out.txt")
rate=$(echo "scale=0; $count / $median" | bc)
echo "files: $count ($((bytes / count)) bytes each), valid: $valid"
echo "runs (s): ${runs[*]}; median ${median} s → ${rate} files/s on $(nproc) cores"
