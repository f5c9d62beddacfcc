#!/usr/bin/env bash
# Section F's time budget: how long the checks of the five babysit.* problems take on the
# reference (issue 13 asks for at most 3 s in total). Prints, for each of ROUNDS gradings in one
# JVM, the time spent in the checks, then the time of every check in the last round. The first
# round includes class loading and the JIT (what one `nngrade check` pays); the budget is for it.
#
# Usage: bench/section-f.sh [ROUNDS=3]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/nngrade" list > /dev/null # builds the grader if needed, outside the timing
exec java -cp "$ROOT/checks/target/nngrade.jar" "$ROOT/bench/SectionFTimes.java" "${1:-3}"
