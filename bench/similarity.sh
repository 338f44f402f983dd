#!/usr/bin/env bash
# How long `tangent similarity` takes for a batch of N full-course submissions (default 200). Each
# submission is submissions/sample-complete (the whole course, about 2250 lines) with the sources of
# one other sample (round-robin over the non-hostile samples and the similarity test's fixtures) added
# in a package of its own, so every pair shares most of its code: a pessimistic batch, every one of
# the N(N-1)/2 pairs compared in full. Prints the wall time and the comparison's own time.
# Usage: bench/similarity.sh [N]
# Exits 2, printing no figure, when the command fails or compares fewer submissions than it was given.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200}"
work="${TMPDIR:-/tmp}/tangent-similarity-bench"
fail() { echo "similarity bench: $*; nothing was measured" >&2; exit 2; }

"$root/tangent" --version >/dev/null || fail "the grader does not build"
rm -rf "$work" && mkdir -p "$work/batch"
mapfile -t extras < <(find "$root/submissions" -mindepth 1 -maxdepth 1 -type d ! -name hostile ! -name sample-complete \
  ! -name sample-compile-error | sort; find "$root/grader/src/test/resources/similarity" -name src -type d | sort)
[[ ${#extras[@]} -gt 0 ]] || fail "no samples to add"
for i in $(seq 1 "$n"); do
  s="$work/batch/s$(printf %04d "$i")"
  cp -r "$root/submissions/sample-complete" "$s"
  extra="${extras[$(( (i - 1) % ${#extras[@]} ))]}"
  mkdir -p "$s/src/main/java/extra"
  (cd "$extra" && find . -name '*.java' ! -path '*/src/test/*' -print0 | while IFS= read -r -d '' f; do
    mkdir -p "$s/src/main/java/extra/$(dirname "$f")"; cp "$f" "$s/src/main/java/extra/$f"; done)
done
lines=$(find "$work/batch" -name '*.java' -print0 | xargs -0 cat | wc -l)

start=$(date +%s%N)
"$root/tangent" similarity "$work/batch" --out "$work/out" > "$work/log" 2>&1 || { cat "$work/log" >&2; fail "tangent similarity failed"; }
end=$(date +%s%N)
compared=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["compared"])' "$work/out/similarity.json") \
  || fail "no similarity.json"
[[ "$compared" -eq "$n" ]] || { cat "$work/log" >&2; fail "compared $compared of $n submissions"; }
[[ -s "$work/out/jplag.zip" && -s "$work/out/similarity.csv" ]] || fail "a result file is missing"
took=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["duration_ms"] / 1000)' "$work/out/similarity.json")
printf 'similarity: %d submissions (%d lines in all), %d pairs: %.1f s wall (JVM start and writing included), %.1f s comparing; %s\n' \
  "$n" "$lines" $(( n * (n - 1) / 2 )) "$(( (end - start) / 1000000 ))e-3" "$took" "$(nproc) cores"
