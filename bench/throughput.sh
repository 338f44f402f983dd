#!/usr/bin/env bash
# How fast Tangent grades, measured in one run on this machine (not a test: timings vary):
#   (a) one full-course submission, cold command line, wall time;
#   (b) batch throughput for generated batches of 50, 200 and 1000 submissions;
#   (c) the peer route: one Maven project per submission running the same hidden suites
#       with `mvn -o -q test` (what a course CI typically does), on a few submissions;
#   (c') the second peer: the JUnit Platform Console Launcher once per submission, after plain javac
#       (what an instructor scripting it with two commands would do);
#   (d) the floor: the same suites run in-process, one thread, no isolation.
# Every route must run exactly the planned number of tests: a route that runs fewer (a failed build,
# unresolved dependencies, 0 tests) stops the benchmark with exit 2 instead of printing a number.
# Usage: bench/throughput.sh            (SIZES="50 200" PEER_RUNS=3 to change the defaults)
# Needs the Maven repository to hold the build's dependencies (run `mvn verify` once first);
# it installs Tangent's own artifacts there, because the peer route's projects depend on them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${SIZES:-50 200 1000}"
peer_runs="${PEER_RUNS:-3}"
work="${TMPDIR:-/tmp}/tangent-bench"
jar="$root/grader/target/tangent.jar"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
cores="$(nproc)"
ms() { date +%s%N | cut -c1-13; }
fail() { echo "throughput: $*; nothing was measured" >&2; exit 2; }

"$root/tangent" --version >/dev/null
rm -rf "$work" && mkdir -p "$work"

# A batch: mostly whole-course submissions, some with mistakes, 10% hostile (refused, or killing
# their worker by running out of memory), each made unique by a comment.
templates=(sample-complete sample-complete sample-complete sample-complete sample-complete
           sample-complete sample-complete sample-complete sample-complete sample-complete
           sample-complete sample-complete sample-complete sample-complete l05-factor-two
           l06-sign-flip sample-factor-two sample-partial hostile/exit hostile/memory-bomb)
make_batch() {   # make_batch N [DIR]: with a DIR, hostile templates are left out (the floor cannot survive them)
  local n="$1" dir="${2:-$work/batch-$1}"
  mkdir -p "$dir"
  for i in $(seq 1 "$n"); do
    local t="${templates[$(( i % ${#templates[@]} ))]}" s
    if [[ -n "${2:-}" && "$t" == hostile/* ]]; then t=sample-complete; fi
    s="$dir/s$(printf %04d "$i")"
    cp -r "$root/submissions/$t" "$s"
    f="$(find "$s" -name '*.java' | sort | head -1)"
    printf '\n// submission %d\n' "$i" >> "$f"
  done
}

echo "machine: $cores cores, $(java -version 2>&1 | sed -n 1p)"
echo
echo "(a) one full-course submission, cold: ./tangent grade submissions/sample-complete (median of 3)"
# One run first, so the launcher's class-data archives exist, as they do for a user's second run.
first="$("$root/tangent" grade "$root/submissions/sample-complete" --out "$work/out-single" --seed 1 --jobs 1)" \
  || fail "the grader did not run"
planned="$(sed -n 's/.* against \([0-9]*\) tests .*/\1/p' <<<"$first" | head -1)"
[[ -n "$planned" && "$planned" -gt 0 ]] || fail "cannot read the number of planned tests from: $first"
echo "    planned tests: $planned"
runs=()
for i in 1 2 3; do
  t0=$(ms)
  "$root/tangent" grade "$root/submissions/sample-complete" --out "$work/out-single" --seed 1 --jobs 1 >/dev/null
  runs+=($(( $(ms) - t0 )))
done
single=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
echo "    wall ${single} ms (runs: ${runs[*]} ms)"

declare -A rate
for n in $sizes; do
  make_batch "$n"
  t0=$(ms)
  "$root/tangent" grade "$work/batch-$n" --out "$work/out-$n" --seed 1 >/dev/null
  took=$(( $(ms) - t0 ))
  written=$(find "$work/out-$n" -name '*.json' | wc -l)
  [[ "$written" -eq "$n" ]] || fail "batch of $n: only $written scorecards written"
  rate[$n]=$(awk -v n="$n" -v t="$took" 'BEGIN { printf "%.1f", n / (t / 1000) }')
  echo "(b) batch of $n (10% hostile): ${took} ms wall, ${rate[$n]} submissions/s, $written of $n scorecards written (jobs = $cores)"
done

# tests_in DIR: the tests JUnit XML reports in DIR say were run (0 when there are none).
tests_in() {
  local n
  n=$( (grep -ho '<testsuite [^>]*tests="[0-9]*"' "$1"/*.xml 2>/dev/null || true) | sed 's/.*tests="\([0-9]*\)"/\1/' \
    | paste -sd+ | bc)
  echo "${n:-0}"
}

# peer_route SUBMISSIONS_DIR RUNS EXPECTED [SUITES]: mean wall ms of `mvn -o -q test` over the first
# RUNS submissions; fails unless each ran EXPECTED tests.
peer_route() {
  local dir="$1" runs="$2" expected="$3" suites="${4:-}" total=0 i sub proj took tests
  for i in $(seq 1 "$runs"); do
    sub="$dir/s$(printf %04d "$i")"
    proj="$work/peer-$(basename "$dir")-$i"
    java -cp "$jar" tangent.grader.bench.PeerRouteProject "$sub" "$proj" "$version" ${suites:+"$suites"}
    t0=$(ms)
    (cd "$proj" && mvn -B -q -o test >"$proj/mvn.log" 2>&1) || true # failing tests are fine; too few are not
    took=$(( $(ms) - t0 ))
    tests=$(tests_in "$proj/target/surefire-reports")
    echo "    $(basename "$sub"): ${took} ms wall, ${tests} tests run" >&2
    [[ "$tests" -eq "$expected" ]] || fail "the Maven peer ran $tests of $expected tests for $sub (log: $proj/mvn.log)"
    total=$(( total + took ))
  done
  echo $(( total / runs ))
}

# console_route SUBMISSIONS_DIR RUNS EXPECTED [PACKAGE]: the same with javac and the Console Launcher.
console_launcher="$HOME/.m2/repository/org/junit/platform/junit-platform-console-standalone/1.14.4/junit-platform-console-standalone-1.14.4.jar"
exercises_jar="$(ls "$root"/exercises/target/exercises-*.jar | grep -v -- '-tests.jar' | head -1)"
console_route() {
  local dir="$1" runs="$2" expected="$3" package="${4:-tangent.suites}" total=0 i sub proj took tests
  for i in $(seq 1 "$runs"); do
    sub="$dir/s$(printf %04d "$i")"
    proj="$work/console-$(basename "$dir")-$i"
    java -cp "$jar" tangent.grader.bench.PeerRouteProject "$sub" "$proj" "$version"
    t0=$(ms)
    mkdir -p "$proj/console/classes"
    find "$proj/src/main/java" -name '*.java' > "$proj/sources.txt"
    javac -d "$proj/console/classes" -cp "$exercises_jar" @"$proj/sources.txt" >"$proj/javac.log" 2>&1 \
      || fail "javac failed for $sub in the console peer (log: $proj/javac.log)"
    java -jar "$console_launcher" execute --disable-banner --details=none \
      --class-path "$jar:$proj/console" --select-package "$package" --include-classname '.*Suite' \
      --reports-dir "$proj/reports" \
      >"$proj/console.log" 2>&1 || true # failing tests are fine; too few are not
    took=$(( $(ms) - t0 ))
    tests=$(tests_in "$proj/reports")
    echo "    $(basename "$sub"): ${took} ms wall, ${tests} tests run" >&2
    [[ "$tests" -eq "$expected" ]] || fail "the console peer ran $tests of $expected tests for $sub (log: $proj/console.log)"
    total=$(( total + took ))
  done
  echo $(( total / runs ))
}

echo "(c) the peer route: one Maven project per submission, mvn -o -q test ($peer_runs submissions)"
(cd "$root" && mvn -B -q -o install -DskipTests >/dev/null) || fail "cannot install Tangent's artifacts for the peer"
peer=$(peer_route "$work/batch-${sizes%% *}" "$peer_runs" "$planned")
peer_rate=$(awk -v t="$peer" 'BEGIN { printf "%.2f", 1000 / t }')
echo "    mean ${peer} ms per submission: ${peer_rate} submissions/s"
[[ -f "$console_launcher" ]] || (cd "$root" && mvn -B -q dependency:get \
  -Dartifact=org.junit.platform:junit-platform-console-standalone:1.14.4 >/dev/null) \
  || fail "the JUnit Platform Console Launcher 1.14.4 is not in the Maven repository and cannot be fetched"
echo "(c') the console peer: javac, then the JUnit Platform Console Launcher, per submission ($peer_runs submissions)"
console=$(console_route "$work/batch-${sizes%% *}" "$peer_runs" "$planned")
console_rate=$(awk -v t="$console" 'BEGIN { printf "%.2f", 1000 / t }')
echo "    mean ${console} ms per submission: ${console_rate} submissions/s"

echo "(d) the floor: in-process, one thread, no isolation (the same mix without the hostile 10%)"
make_batch "${sizes%% *}" "$work/floor"
floor_line="$(java -cp "$jar" tangent.grader.bench.FloorBenchmark "$work/floor" 1)"
echo "    $floor_line"
floor_rate="$(sed -n 's/.*: \([0-9.]*\) submissions\/s.*/\1/p' <<<"$floor_line")"

# (e) The issue's own yardstick was a Lesson-01-sized case: the same three measures on Lesson 01
# alone (copies of sample-correct, which implements just that lesson, graded with --lessons L01).
if [[ "${SKIP_L01:-}" != 1 ]]; then
  l01="$work/l01"
  mkdir -p "$l01"
  for i in $(seq 1 200); do
    s="$l01/s$(printf %04d "$i")"
    cp -r "$root/submissions/sample-correct" "$s"
    printf '\n// submission %d\n' "$i" >> "$(find "$s" -name '*.java' | sort | head -1)"
  done
  runs=()
  for i in 1 2 3; do
    t0=$(ms)
    "$root/tangent" grade "$l01/s0001" --lessons L01 --out "$work/out-l01-single" --seed 1 --jobs 1 >/dev/null
    runs+=($(( $(ms) - t0 )))
  done
  l01_single=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
  t0=$(ms)
  "$root/tangent" grade "$l01" --lessons L01 --out "$work/out-l01" --seed 1 >/dev/null
  took=$(( $(ms) - t0 ))
  l01_rate=$(awk -v t="$took" 'BEGIN { printf "%.1f", 200 / (t / 1000) }')
  echo "(e) Lesson 01 only: one submission cold ${l01_single} ms (runs: ${runs[*]} ms); batch of 200 ${took} ms," \
       "${l01_rate} submissions/s"
  l01_planned="$("$root/tangent" grade "$l01/s0001" --lessons L01 --out "$work/out-l01-single" --seed 1 --jobs 1 \
    | sed -n 's/.* against \([0-9]*\) tests .*/\1/p' | head -1)"
  l01_peer=$(peer_route "$l01" "$peer_runs" "$l01_planned" "tangent/suites/lesson01/*Suite.class")
  echo "    peer route, Lesson 01 suites only: mean ${l01_peer} ms per submission"
fi

largest="${sizes##* }"
echo
echo "summary on $cores cores:"
awk -v b="${rate[$largest]}" -v p="$peer_rate" -v c="$console_rate" -v f="$floor_rate" -v s="$single" -v pm="$peer" \
    -v cm="$console" -v n="$largest" 'BEGIN {
  printf "  batch of %s vs the Maven peer:   %.0fx the throughput (target: 50x)\n", n, b / p
  printf "  batch of %s vs the console peer: %.0fx the throughput\n", n, b / c
  printf "  batch of %s vs floor:            %.2fx the floor'"'"'s rate\n", n, b / f
  printf "  one submission cold vs the Maven peer:   %.1fx faster (target: 4x)\n", pm / s
  printf "  one submission cold vs the console peer: %.1fx faster (target: above 1x)\n", cm / s
}'
if [[ "${SKIP_L01:-}" != 1 ]]; then
  awk -v b="$l01_rate" -v pm="$l01_peer" -v s="$l01_single" 'BEGIN {
    printf "  Lesson 01 only, batch of 200 vs peer route: %.0fx the throughput\n", b / (1000 / pm)
    printf "  Lesson 01 only, one submission cold vs peer: %.1fx faster\n", pm / s
  }'
fi
