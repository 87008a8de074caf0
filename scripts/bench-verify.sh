#!/usr/bin/env bash
# Measures `par verify`: throughput on generated signed submissions (default 10,000) of the
# sample set, each from its own unit and key, with keyring and criteria set (files per second,
# peak memory); then one 50 MB file (refused by the size limit) and one file just under the
# 4 MiB limit (the largest accepted), each with its time and peak memory.
# Usage: scripts/bench-verify.sh [COUNT] [PAR]   (PAR: another `par` binary to measure)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
dir=$(mktemp -d /tmp/par-bench-XXXX)
trap 'rm -rf "$dir"' EXIT

cargo build -q --release -p par-cli --bin par --example generate_submissions
par=${2:-./target/release/par}
./target/release/examples/generate_submissions "$dir/many" "$count"
bytes=$(du -sb "$dir/many" | cut -f1)

# Seconds, peak resident memory (KB) and CPU seconds (user + system) of one run, from GNU
# time. CPU time depends far less than wall time on what else the machine is doing.
measure() {
  /usr/bin/time -f '%e %M %U %S' -o "$dir/time.txt" "$par" verify --keys "$dir/many/keyring.json.txt" \
    --framework frameworks/mau-xa-2025.json "$@" > "$dir/out.txt" || true
  tail -1 "$dir/time.txt"
}

runs=()
memory=()
cpu=()
for _ in 1 2 3; do
  read -r seconds peak user system < <(measure "$dir"/many/*.json)
  runs+=("$seconds")
  memory+=("$peak")
  cpu+=("$(echo "$user + $system" | bc)")
done
median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
peak=$(printf '%s\n' "${memory[@]}" | sort -n | tail -1)
cpu_median=$(printf '%s\n' "${cpu[@]}" | sort -n | sed -n 2p)
valid=$(grep -c '^✓' "$dir/out.txt" || true)
rate=$(echo "scale=0; $count / $median" | bc)
per_file=$(echo "scale=3; $cpu_median * 1000 / $count" | bc)
echo "files: $count ($((bytes / count)) bytes each), valid: $valid; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs (s): ${runs[*]}; median ${median} s → ${rate} files/s on $(nproc) cores; peak memory $((peak / 1024)) MB"
echo "CPU time (user + system) per run: ${cpu[*]} s; median ${per_file} ms per file"

for size in 52428800 4100000; do
  rm -rf "$dir/one"
  ./target/release/examples/generate_submissions "$dir/one" 1 "$size"
  file=$(ls "$dir"/one/CCHC-*.json)
  read -r seconds peak _ _ < <(measure "$file")
  verdict=$(head -c 160 "$dir/out.txt" | head -1)
  echo "one file of $(stat -c %s "$file") bytes: ${seconds} s, peak memory $((peak / 1024)) MB — ${verdict}"
done
