#!/usr/bin/env bash
# What one expression check costs, warm and cold. Not a test: timings on a shared machine vary.
#   warm: the whole expression corpus, several rounds, in one JVM (CheckBenchmark)
#   cold: a fresh `./tangent check` process per check, wall clock (JVM start + symja start + check)
# Usage: bench/check-cost.sh [ROUNDS] [COLD_RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-6}"
runs="${2:-10}"
corpus="$root/grader/src/test/resources/tangent/grader/check/expression-corpus.tsv"
"$root/tangent" --version >/dev/null   # builds the jar when it is missing or stale

echo "== warm: $(grep -vc '^#' "$corpus") corpus checks x $rounds rounds in one JVM =="
java -cp "$root/grader/target/tangent.jar" tangent.grader.bench.CheckBenchmark "$corpus" "$rounds"

echo "== cold: $runs fresh processes of ./tangent check =="
times=()
for i in $(seq 1 "$runs"); do
  if (( i % 2 )); then answer='x*(3x-4)'; else answer='3x^2+4x'; fi
  start=$(date +%s%N)
  java -jar "$root/grader/target/tangent.jar" check --expected '3*x^2-4*x' --answer "$answer" >/dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "wall ms per check: median ${sorted[$(( runs / 2 ))]}, min ${sorted[0]}, max ${sorted[$(( runs - 1 ))]}"
