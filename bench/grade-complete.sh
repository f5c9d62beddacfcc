#!/usr/bin/env bash
# What one complete submission costs to grade with full isolation. The bundled examples solve
# sections A and B only, so bench/grade-throughput.sh never meets the schedules, the optimizers or
# the Monte Carlo checks, which make most of a complete submission's calls. This grades the
# reference's own sources moved into the student's package (files that need EJML do not compile
# for a student and are graded as the template's), ROUNDS times one after the other, and prints
# the score, the wall time and the channel's figures of each round from the result's extra_data.
#
# Usage: bench/grade-complete.sh [ROUNDS=1] [nngrade grade options, e.g. --section D]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-1}"
shift || true
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$ROOT/bench/complete-submission.sh" "$WORK/submissions/complete"

"$ROOT/nngrade" list > /dev/null # builds the grader if needed, outside the timing
for round in $(seq 1 "$ROUNDS"); do
  start=$(date +%s.%N)
  "$ROOT/nngrade" grade "$WORK/submissions" --out "$WORK/out" --force --jobs 1 "$@" > /dev/null
  end=$(date +%s.%N)
  python3 - "$WORK/out/results/complete.json" "$start" "$end" "$round" <<'PY'
import json, sys
result, start, end, round_ = json.load(open(sys.argv[1])), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
extra = result["extra_data"]
c = extra["channel"]
problems = extra["problems"].values()
undone = sum(1 for p in problems if p["first_failure"] == "not implemented yet")
short = [k for k, p in extra["problems"].items() if p["score"] < p["max_score"] and p["first_failure"] != "not implemented yet"]
print(f"round {round_}: {result['score']:.2f} points in {end - start:.1f} s wall "
      f"({undone} problems not implemented; short of full marks: {', '.join(short) or 'none'})")
print(f"  {c['calls']:,} calls in {c['exchanges']:,} exchanges, {c['callbacks']:,} calls back, "
      f"{c['bytes'] / 1e6:.0f} MB; examiner CPU {c['examiner_cpu_ms'] / 1000:.1f} s, "
      f"submission JVMs' CPU {c['host_cpu_ms'] / 1000:.1f} s, compile {extra['compile_ms'] / 1000:.1f} s")
PY
done
