#!/usr/bin/env bash
# Runs each fuzz target for a bounded time (default 60 s each) with cargo-fuzz (libFuzzer), seeded
# with the sample files. Stable Rust: RUSTC_BOOTSTRAP lets cargo-fuzz use its sanitizer flags.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1

seed_dir() {
  local dir=fuzz/corpus/$1
  mkdir -p "$dir"
  shift
  cp "$@" "$dir"/ 2>/dev/null || true
}

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cargo run -q --release -p par-cli --example generate_submissions -- "$corpus" 2
# The hostile corpus of the signed-file issue: duplicate keys, numbers beyond 2^53, shapes the
# format does not have, each signed with the registered key.
cargo run -q -p par-core --example hostile_corpus -- "$corpus/hostile" >/dev/null
seed_dir verify_submission "$corpus"/*.json "$corpus"/hostile/*.json
seed_dir parse_stored_files frameworks/mau-xa-2025.json frameworks/examples/mau-xa-2025.answers.json \
  "$corpus"/hostile/5-*.json "$corpus"/hostile/7-*.json
mkdir -p fuzz/corpus/hostile_edits
# The appraisal round's targets start from the submissions (a file of another kind) and find
# the formats' shapes from the verifier's answers.
for target in verify_appraisal verify_explanation verify_final; do
  seed_dir "$target" "$corpus"/*.json
done

for target in verify_submission parse_stored_files hostile_edits verify_appraisal verify_explanation verify_final; do
  echo "== fuzz $target for ${seconds}s"
  (cd fuzz && cargo fuzz run --sanitizer none "$target" -- -max_total_time="$seconds" -max_len=200000 2>&1 \
    | grep -E '^(#[0-9]+ +DONE|Done|==|INFO: -max_total_time)|SUMMARY|panicked|crash' || true)
  if ls fuzz/artifacts/"$target"/crash-* >/dev/null 2>&1; then
    echo "fuzz target $target crashed: see fuzz/artifacts/$target" >&2
    exit 1
  fi
done
