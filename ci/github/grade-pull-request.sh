#!/usr/bin/env bash
# Grades the submissions a pull request changes, for CI on a course repository (see
# grade-pull-request.yml next to this file, and "CI on pull requests" in the README).
#
#   grade-pull-request.sh --base REV --head REV [--policy POLICY] [--out DIR] [--lessons L01,L02]
#
# Run it in a clone that holds both commits. It finds the folders under submissions/ that differ
# between the merge base of BASE and HEAD, and HEAD; reads each one out of HEAD with `git archive`
# (the pull request's files are data: nothing of them is checked out, built or run here); grades
# them with the trusted grader ($TANGENT, default: the tangent launcher of this repository) in an
# environment holding no tokens; then writes GitHub annotations to standard output, a Markdown
# summary to $GITHUB_STEP_SUMMARY (DIR/summary.md when unset), the scorecards to DIR, and exits by
# the policy: none, compiles (the default), min-score=PERCENT or all-pass.
# Exit codes: 0 the check passes, 1 it fails by the policy or grading failed, 2 usage error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tangent="${TANGENT:-$here/../../tangent}"
base="" head="" policy="compiles" out="tangent-scorecards" lessons="" submissions="submissions"

usage() { echo "usage: $0 --base REV --head REV [--policy none|compiles|min-score=P|all-pass] [--out DIR] [--lessons L01,..]" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --base) base="${2:-}"; shift 2 ;;
    --head) head="${2:-}"; shift 2 ;;
    --policy) policy="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    --lessons) lessons="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "grade-pull-request: unknown argument '$1'" >&2; usage ;;
  esac
done
[[ -n "$base" && -n "$head" ]] || { echo "grade-pull-request: --base and --head are required" >&2; usage; }
for rev in "$base" "$head"; do
  git rev-parse --verify --quiet "$rev^{commit}" >/dev/null || {
    echo "grade-pull-request: '$rev' is not a commit in $(pwd); fetch the pull request first" \
         "(git fetch origin +refs/pull/N/head:refs/remotes/pr/head)" >&2; exit 2; }
done
[[ -x "$tangent" ]] || { echo "grade-pull-request: no grader at $tangent; set TANGENT to the trusted tangent launcher" >&2; exit 2; }

summary="${GITHUB_STEP_SUMMARY:-}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
[[ -n "$summary" ]] || summary="$out/summary.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tree="$work/tree"   # the changed submissions, laid out as in the repository
mkdir -p "$tree"

# Student code only ever runs in the grader's worker JVMs, whose environment is empty; the grader's
# own JVM gets no tokens either.
clean=(env -i "PATH=$PATH" "HOME=${HOME:-$work}" "LANG=C.UTF-8" "TMPDIR=${TMPDIR:-/tmp}")
[[ -n "${JAVA_HOME:-}" ]] && clean+=("JAVA_HOME=$JAVA_HOME")

# What the pull request changes, NUL-separated so no file name can split or inject a line.
declare -A ids=()
outside=()
while IFS= read -r -d '' path; do
  if [[ "$path" == "$submissions"/*/* ]]; then
    rest="${path#"$submissions"/}"
    ids["${rest%%/*}"]=1
  else
    outside+=("$path")
  fi
done < <(git diff -z --name-only --no-renames "$base...$head" --)

for path in "${outside[@]+"${outside[@]}"}"; do
  printf '::warning title=Outside submissions/::%s\n' \
    "$(printf '%s' "$path" | sed 's/%/%25/g' | tr '\n\r' '  ') is changed by this pull request, but grading only reads $submissions/<id>/ folders."
done

graded=() removed=() refused=()
while IFS= read -r -d '' id; do
  if [[ ! "$id" =~ ^[A-Za-z0-9._-]+$ || "$id" == .* ]]; then
    refused+=("$id"); continue
  fi
  if ! git cat-file -e "$head:$submissions/$id" 2>/dev/null; then
    removed+=("$id"); continue
  fi
  git archive --format=tar "$head" -- "$submissions/$id" | tar -x -C "$tree"
  graded+=("$tree/$submissions/$id")
done < <(for id in "${!ids[@]}"; do printf '%s\0' "$id"; done | sort -z)

{
  if [[ ${#removed[@]} -gt 0 ]]; then
    echo "Removed by this pull request, not graded: ${removed[*]}."
    echo
  fi
  if [[ ${#refused[@]} -gt 0 ]]; then
    echo "Not graded: folder names may hold only letters, digits, '.', '_' and '-' (and not start with '.'):" \
         "$(printf '`%s` ' "${refused[@]}")"
    echo
  fi
} >> "$summary"
status=0
if [[ ${#refused[@]} -gt 0 ]]; then
  echo "::error title=Submission folder name::a submission folder's name is not allowed; see the summary."
  [[ "$policy" == none ]] || status=1
fi

if [[ ${#graded[@]} -eq 0 ]]; then
  echo "No submission changed in this pull request: nothing to grade." | tee -a "$summary"
  exit "$status"
fi

args=(grade "${graded[@]}" --out "$out" --format json,markdown,junit --progress lines --terminal-report always --color never)
[[ -n "$lessons" ]] && args+=(--lessons "$lessons")
echo "Grading ${#graded[@]} submission(s): $(basename -a "${graded[@]}" | tr '\n' ' ')" >&2
grade_status=0
# The grader's log quotes student text (messages, printed output, file names). The runner reads any
# line of the log as a workflow command (::error, ::add-mask::, ...), so the log is fenced: between
# ::stop-commands::TOKEN and ::TOKEN:: nothing is a command, and the token is random, so no student
# can end the fence early.
fence="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
echo "::stop-commands::$fence" >&2
"${clean[@]}" "$tangent" "${args[@]}" >&2 || grade_status=$?
echo "::$fence::" >&2
if [[ $grade_status -ne 0 ]]; then
  echo "::error title=Tangent::the grader failed (exit $grade_status); its output is in the log above."
  echo "The grader failed (exit $grade_status) before every submission had a scorecard; see the job's log." >> "$summary"
  exit 1
fi

cards=()
for dir in "${graded[@]}"; do cards+=("$out/$(basename "$dir").json"); done
verdict_status=0
"${clean[@]}" "$tangent" verdict "${cards[@]}" --policy "$policy" --github --summary "$summary" \
  --repo-root "$tree" || verdict_status=$?
if [[ $verdict_status -eq 2 ]]; then exit 2; fi
[[ $verdict_status -eq 0 ]] || status=1
exit "$status"
