#!/usr/bin/env bash
# Measures `par rank`: throughput on generated signed submissions (default 10,000) of the sample
# set, each from its own unit and key, with the keyring, the criteria set and a units list of
# every unit, writing the CSV and XLSX exports (files per second, peak memory, CPU per file).
# Same files and method as scripts/bench-verify.sh, so the two compare.
# Usage: scripts/bench-rank.sh [COUNT] [PAR]   (PAR: another `par` binary to measure)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
dir=$(mktemp -d /tmp/par-bench-rank-XXXX)
trap 'rm -rf "$dir"' EXIT

cargo build -q --release -p par-cli --bin par --example generate_submissions
par=${2:-./target/release/par}
./target/release/examples/generate_submissions "$dir/many" "$count"
bytes=$(du -sb "$dir/many" | cut -f1)
# The units list: every generated unit (codes 00001…), as `Mã đơn vị;Tên đơn vị`.
{
  echo "Mã đơn vị;Tên đơn vị"
  for i in $(seq 1 "$count"); do printf '%05d;UBND xã Thử Nghiệm %d\n' "$i" "$((i - 1))"; done
} > "$dir/units.csv"

measure() {
  /usr/bin/time -f '%e %M %U %S' -o "$dir/time.txt" "$par" rank "$dir"/many \
    --keys "$dir/many/keyring.json.txt" --framework frameworks/mau-xa-2025.json \
    --units "$dir/units.csv" --csv "$dir/rank.csv" --xlsx "$dir/rank.xlsx" > "$dir/out.txt" || true
  tail -1 "$dir/time.txt"
}

runs=()
memory=()
cpu=()
for _ in 1 2 3; do
  read -r seconds peak user system < <(measure)
  runs+=("$seconds")
  memory+=("$peak")
  cpu+=("$(echo "$user + $system" | bc)")
done
median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
peak=$(printf '%s\n' "${memory[@]}" | sort -n | tail -1)
cpu_median=$(printf '%s\n' "${cpu[@]}" | sort -n | sed -n 2p)
rate=$(echo "scale=0; $count / $median" | bc)
per_file=$(echo "scale=3; $cpu_median * 1000 / $count" | bc)
echo "files: $count ($((bytes / count)) bytes each); $(head -1 "$dir/out.txt")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs (s): ${runs[*]}; median ${median} s → ${rate} files/s on $(nproc) cores; peak memory $((peak / 1024)) MB"
echo "CPU time (user + system) per run: ${cpu[*]} s; median ${per_file} ms per file"
echo "exports: CSV $(stat -c %s "$dir/rank.csv") bytes, XLSX $(stat -c %s "$dir/rank.xlsx") bytes"
