#!/usr/bin/env bash
# How close correct code comes to its checks' CPU budgets. A check stops a submission whose code
# keeps the CPU busy past a budget derived from the reference (CheckLimits); a correct check near
# its budget loses its points on a slower or busier machine, as aug.crop's uniformity check did in
# CI (0.75 s of a 0.75 s budget). This grades COPIES copies each of two correct submissions, the
# reference's sources as a student's (every problem whose files compile without EJML) and alice
# (sections A and B, written independently), two at a time as a batch grades them, with the
# examiner recording each check's code CPU in the submission's JVM against its budget
# (NNGRADE_CHECK_CPU_LOG). It prints the checks nearest their budgets, and every check a correct
# submission failed (there should be none).
#
# Usage: bench/budget-margins.sh [COPIES=2] [SHOWN=15]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COPIES="${1:-2}"
SHOWN="${2:-15}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$ROOT/bench/complete-submission.sh" "$WORK/complete"
mkdir -p "$WORK/submissions"
for i in $(seq 1 "$COPIES"); do
  cp -r "$WORK/complete" "$WORK/submissions/complete$i"
  cp -r "$ROOT/examples/submissions/alice" "$WORK/submissions/alice$i"
done

"$ROOT/nngrade" list > /dev/null # builds the grader if needed
NNGRADE_CHECK_CPU_LOG="$WORK/cpu.tsv" "$ROOT/nngrade" grade "$WORK/submissions" --out "$WORK/out" --jobs 2 > /dev/null

python3 - "$WORK/cpu.tsv" "$WORK/out/results" "$SHOWN" <<'PY'
import json, pathlib, sys
log, results, shown = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
rows = []
for line in log.read_text(encoding="utf-8").splitlines():
    check, used, budget = line.rsplit("\t", 2)
    if int(budget) > 0 and int(used) >= 0:
        rows.append((int(used) / int(budget), int(used), int(budget), check))
rows.sort(reverse=True)
print(f"{len(rows)} checks graded with a code-CPU budget (code CPU in the submission's JVM, as the kernel counts it in 10 ms ticks)")
print(f"{'used / budget':>13}  {'used':>7}  {'budget':>7}  check")
for ratio, used, budget, check in rows[:shown]:
    print(f"{ratio:13.2f}  {used:5d} ms  {budget:5d} ms  {check}")
over_half = sum(1 for r in rows if r[0] > 0.5)
print(f"checks above half their budget: {over_half}")
lost = []
for f in sorted(results.glob("*.json")):
    for t in json.loads(f.read_text(encoding="utf-8"))["tests"]:
        if t["status"] != "passed" and not t.get("output", "").startswith("not implemented yet"):
            lost.append(f"{f.stem}: {t['name']}: {t.get('output', '').splitlines()[0] if t.get('output') else ''}")
print(f"checks a correct submission failed: {len(lost)}")
for l in lost:
    print("  " + l)
PY
