#!/usr/bin/env bash
# Where the time of one cold `./tangent grade <one folder>` goes, stage by stage, each stage run on
# its own as a separate command (median of RUNS, default 3), then the whole command. Stages overlap
# in the real command (the worker and the compiler process start while the command plans), so the
# parts do not add up to the whole; what each costs alone says which one to cut.
# Usage: bench/cold-stages.sh [SUBMISSION]   (default submissions/sample-complete; RUNS=5 for more)
# Exits 2, printing no figure, when a stage fails (the grader does not build, a JVM does not start).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
submission="${1:-$root/submissions/sample-complete}"
runs="${RUNS:-3}"
work="${TMPDIR:-/tmp}/tangent-cold-stages"
jar="$root/grader/target/tangent.jar"
ms() { date +%s%N | cut -c1-13; }
fail() { echo "cold-stages: $*; nothing was measured" >&2; exit 2; }

"$root/tangent" --version >/dev/null || fail "the grader does not build"
"$root/tangent" grade "$submission" --out "$work/warm" --jobs 1 --seed 1 >/dev/null \
  || fail "grading $submission failed" # also leaves the class-data archives a user's second run has
rm -rf "$work" && mkdir -p "$work"

# time NAME COMMAND...: the median wall time of RUNS runs of COMMAND, which must succeed.
declare -A median
time_stage() {
  local name="$1" t0 i
  shift
  local times=()
  for i in $(seq 1 "$runs"); do
    t0=$(ms)
    "$@" >"$work/$name.log" 2>&1 </dev/null || fail "stage '$name' failed (log: $work/$name.log)"
    times+=($(( $(ms) - t0 )))
  done
  median[$name]=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '  %-34s %6s ms   (runs: %s)\n' "$name" "${median[$name]}" "${times[*]}"
}

worker_opts=(-Xmx256m -Xss1m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompressedClassSpaceSize=256m
             -XX:ReservedCodeCacheSize=128m -XX:-UsePerfData -Djava.awt.headless=true -Dfile.encoding=UTF-8)
exercises_jar="$(ls "$root"/exercises/target/exercises-*.jar | grep -v -- '-tests.jar' | head -1)"

echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p); submission: $submission; median of $runs"
time_stage "a JVM that does nothing" java -XX:TieredStopAtLevel=1 -Xshare:auto -version
time_stage "the command's JVM: tangent --version" "$root/tangent" --version
time_stage "intake and plan: grade --dry-run" "$root/tangent" grade "$submission" --dry-run
if [[ -s "$root/grader/target/tangent-worker.jsa" ]]; then
  time_stage "a worker's start, with its archive" java "${worker_opts[@]}" -Xshare:auto -Xlog:cds=off \
    -XX:SharedArchiveFile="$root/grader/target/tangent-worker.jsa" -cp "$jar" tangent.grader.worker.WorkerMain --warm-up-only
fi
time_stage "a worker's start, without an archive" java "${worker_opts[@]}" -cp "$jar" \
  tangent.grader.worker.WorkerMain --warm-up-only
time_stage "a compiler process: start, warm up" java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -cp "$jar" tangent.grader.build.CompilerMain 60000 "$exercises_jar"
time_stage "the whole: grade, sandbox auto" "$root/tangent" grade "$submission" --out "$work/out" --jobs 1 --seed 1
time_stage "the whole: grade, sandbox none" "$root/tangent" grade "$submission" --out "$work/out-none" --jobs 1 \
  --seed 1 --sandbox none
