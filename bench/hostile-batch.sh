#!/usr/bin/env bash
# Isolation under load, measured: a batch of N honest whole-course submissions with 10% hostile ones
# spread through it (every kind in submissions/hostile/, in turn), graded as an instructor would.
# It must write a scorecard for every submission and leave every honest score exactly as it is when
# that submission is graded alone (410/410 for sample-complete). Prints the wall time and the
# isolation in force; exits 1 when a scorecard is missing or an honest score moved, 2 when it could
# not measure (the grader did not run).
# Usage: bench/hostile-batch.sh [N]   (default 200; JOBS=2, SANDBOX=auto|bubblewrap|none)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200}"
jobs="${JOBS:-2}"
sandbox="${SANDBOX:-auto}"
work="${TMPDIR:-/tmp}/tangent-hostile-batch"
ms() { date +%s%N | cut -c1-13; }

"$root/tangent" --version >/dev/null || { echo "hostile-batch: the grader does not build" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work/batch"
mapfile -t hostile < <(cd "$root/submissions" && find hostile -mindepth 1 -maxdepth 1 -type d | sort)
[[ ${#hostile[@]} -gt 0 ]] || { echo "hostile-batch: no hostile submissions found" >&2; exit 2; }
honest=0 attackers=0
for i in $(seq 1 "$n"); do
  id="s$(printf %04d "$i")"
  if (( i % 10 == 0 )); then
    cp -r "$root/submissions/${hostile[$(( attackers % ${#hostile[@]} ))]}" "$work/batch/$id-hostile"
    attackers=$((attackers + 1))
  else
    cp -r "$root/submissions/sample-complete" "$work/batch/$id"
    honest=$((honest + 1))
  fi
done

t0=$(ms)
status=0
"$root/tangent" grade "$work/batch" --out "$work/out" --seed 1 --jobs "$jobs" --sandbox "$sandbox" --quiet \
    > "$work/grade.log" 2>&1 || status=$?
took=$(( $(ms) - t0 ))
if [[ $status -ne 0 && $status -ne 1 ]]; then
  tail -5 "$work/grade.log" >&2; echo "hostile-batch: the grader exited $status; no figure" >&2; exit 2
fi
written=$(find "$work/out" -maxdepth 1 -name 's*.json' ! -name '*.gradescope.json' | wc -l)
moved=$(python3 - "$work/out" <<'EOF'
import json, pathlib, sys
moved = [p.name for p in sorted(pathlib.Path(sys.argv[1]).glob("s*.json"))
         if "-hostile" not in p.name and not p.name.endswith(".gradescope.json")
         and json.loads(p.read_text())["score"] != json.loads(p.read_text())["max_score"]]
print(len(moved), *moved[:5])
EOF
)
isolation=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['grader'].get('isolation'))" \
    "$work/out/s0001.json")
echo "batch of $n ($honest honest, $attackers hostile of ${#hostile[@]} kinds), jobs $jobs, isolation $isolation:"
echo "  ${took} ms wall, $written of $n scorecards written, honest submissions below full marks: ${moved%% *}"
if [[ "$written" -ne "$n" || "${moved%% *}" -ne 0 ]]; then
  echo "hostile-batch: FAILED: ${moved#* }" >&2
  exit 1
fi
