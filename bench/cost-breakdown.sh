#!/usr/bin/env bash
# Where a batch's CPU goes, task by task: grades N copies of submissions/sample-complete (each made
# unique by a comment) with every JVM of the run under async-profiler (CPU time of every thread,
# -Dtangent.profile), then charges each sample to the submission's code, loading it, the reference,
# checking, JUnit and the worker, the JIT, the GC, compiling or the supervisor
# (tangent.grader.bench.CostBreakdown says how). The CPU total is the whole run's user + system time,
# children included, from /usr/bin/time, which does not see the CPU of JVMs inside bubblewrap's
# PID namespace: so this run grades without the OS sandbox (measured to cost no throughput), and
# CostBreakdown refuses a total that does not fit the samples. The profiler comes from Maven Central
# (tools.profiler:async-profiler), fetched into the local repository the first time.
# Usage: bench/cost-breakdown.sh [N]   (default 40; JOBS=2 by default)
# Exits 2, printing no figure, when the run fails, a scorecard is missing or not full marks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-40}"
jobs="${JOBS:-2}"
work="${TMPDIR:-/tmp}/tangent-cost-breakdown"
jar="$root/grader/target/tangent.jar"
fail() { echo "cost-breakdown: $*; nothing was measured" >&2; exit 2; }
[[ -x /usr/bin/time ]] || fail "/usr/bin/time is needed (apt-get install time)"

"$root/tangent" --version >/dev/null || fail "the grader does not build"
profiler_version=4.0
rm -rf "$work" && mkdir -p "$work/batch" "$work/profiles"
profiler_jar="$HOME/.m2/repository/tools/profiler/async-profiler/$profiler_version/async-profiler-$profiler_version.jar"
[[ -f "$profiler_jar" ]] || mvn -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$profiler_version" \
  -Dtransitive=false >/dev/null || fail "cannot fetch tools.profiler:async-profiler:$profiler_version"
case "$(uname -m)" in x86_64) arch=linux-x64 ;; aarch64) arch=linux-arm64 ;; *) fail "no async-profiler for $(uname -m)" ;; esac
(cd "$work/profiles" && jar xf "$profiler_jar" "$arch/libasyncProfiler.so" && mv "$arch/libasyncProfiler.so" . \
  && rmdir "$arch") || fail "cannot unpack async-profiler"
options="$(java -cp "$jar" tangent.grader.bench.CostBreakdown --options)"
for i in $(seq 1 "$n"); do
  s="$work/batch/s$(printf %04d "$i")"
  cp -r "$root/submissions/sample-complete" "$s"
  f="$(find "$s" -name '*.java' | sort | head -1)"
  printf '\n// submission %d\n' "$i" >> "$f"
done

/usr/bin/time -f '%e %U %S' -o "$work/time" \
  java -XX:TieredStopAtLevel=1 -Dtangent.profile="$work/profiles" \
    -agentpath:"$work/profiles/libasyncProfiler.so=$options,file=$work/profiles/supervisor.collapsed" \
    -jar "$jar" grade "$work/batch" --out "$work/out" --seed 1 --jobs "$jobs" --sandbox none >"$work/grade.log" 2>&1 \
  || fail "grading failed (log: $work/grade.log)"
written=0 full=0
for card in "$work"/out/s*.json; do
  [[ -f "$card" ]] || continue
  written=$((written + 1))
  score="$(grep -o -m1 '"score" : [0-9.]*' "$card" | grep -o '[0-9.]*$')"
  max="$(grep -o -m1 '"max_score" : [0-9.]*' "$card" | grep -o '[0-9.]*$')"
  [[ -n "$score" && "$score" == "$max" ]] && full=$((full + 1))
done
[[ "$written" -eq "$n" ]] || fail "only $written of $n scorecards written"
[[ "$full" -eq "$n" ]] || fail "only $full of $n scorecards have full marks: the run did not grade what it should"
read -r wall user sys < "$work/time"
cpu="$(echo "$user + $sys" | bc)"
echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p); $n whole-course submissions, --jobs $jobs: $wall s wall, $cpu CPU-s"
echo
java -cp "$jar" tangent.grader.bench.CostBreakdown "$work/profiles" "$work/batch/s0001" "$n" "$cpu" \
  || fail "the profiles could not be read"
