#!/usr/bin/env bash
# Wall time of the commands a student and an instructor wait for, against the targets of issue 9:
#   ./nngrade check template --problem act.relu   (a student checking again; target 1 s), and the
#     same after an edit, which compiles (check keeps the classes of unedited sources) and runs
#     act.relu's checks (the blank template's own Relu.java is settled unrun: UntouchedProblems)
#   ./nngrade check template                      (every problem of the blank template, all settled unrun)
#   ./nngrade check reference                     (CI; target 6 s)
#   ./nngrade check reference --problem act.relu
#   ./nngrade grade examples/submissions --out X  (README's main job; target 20 s)
# Each runs ROUNDS times from a cold start, as a user runs it; prints every time and the median.
#
# Usage: bench/cli-times.sh [ROUNDS=3]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$ROOT/nngrade" list > /dev/null # builds the grader if needed, outside the timing

# time_it LABEL COMMAND...: a command that takes {} has it replaced by a fresh folder each round
time_it() {
  local label="$1"; shift
  local times=()
  for r in $(seq 1 "$ROUNDS"); do
    local args=()
    for a in "$@"; do args+=("${a//\{\}/$WORK/out-$RANDOM-$r}"); done
    local start end
    start=$(date +%s.%N)
    "${args[@]}" > /dev/null 2>&1 || true # a check that fails exits non-zero: the time still counts
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", e - s}')")
  done
  printf '%-58s %s  median %s s\n' "$label" "$(printf '%.2f ' "${times[@]}")" \
    "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}')"
}

time_it "check template --problem act.relu (target 1 s)" "$ROOT/nngrade" check template --problem act.relu
# The same after an edit: a copy of the template whose Relu.java gains a comment before each run,
# so the compiled classes of the last run cannot be reused and javac runs.
EDITED="$WORK/edited"
cp -r "$ROOT/student-template/src/main/java" "$EDITED"
edit_and_check() {
  echo "// edited $RANDOM" >> "$EDITED/nngrade/student/activations/Relu.java"
  "$ROOT/nngrade" check "$EDITED" --problem act.relu
}
time_it "  the same after an edit (compiles)" edit_and_check
time_it "check template (every problem, none begun)" "$ROOT/nngrade" check template
time_it "check reference --problem act.relu" "$ROOT/nngrade" check reference --problem act.relu
time_it "check reference (target 6 s)" "$ROOT/nngrade" check reference
time_it "grade examples/submissions (README's main job, target 20 s)" "$ROOT/nngrade" grade "$ROOT/examples/submissions" --out "{}"
