#!/usr/bin/env bash
# The smallest heap with which the grader's own checks still give the reference full marks.
# `nngrade grade --memory MB` refuses values below a floor derived from this figure
# (nngrade.batch.MemoryFloor), because a heap too small for the checks themselves would cost a
# correct student points.
#
# Runs `check reference` (every check, the reference as the submission: the checks, the engine,
# the reference and a submission in one JVM, as in a grading child) with -Xmx M and the child's
# collector, for M bisected between LOW and HIGH, and prints the smallest M that passes.
#
# Usage: bench/memory-floor.sh [LOW=8] [HIGH=512]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOW="${1:-8}"
HIGH="${2:-512}"
"$ROOT/nngrade" list > /dev/null # builds the grader if needed
JAR="$ROOT/checks/target/nngrade.jar"

passes() {
  java -Xmx"$1"m -XX:+UseSerialGC -Dnngrade.home="$ROOT" -jar "$JAR" check reference > /dev/null 2>&1
}

passes "$HIGH" || { echo "the reference does not pass with ${HIGH} MB: raise HIGH"; exit 1; }
while [ $((HIGH - LOW)) -gt 2 ]; do
  mid=$(( (LOW + HIGH) / 2 ))
  if passes "$mid"; then
    echo "  -Xmx${mid}m: full marks"
    HIGH=$mid
  else
    echo "  -Xmx${mid}m: fails"
    LOW=$mid
  fi
done
echo "smallest heap with full marks for the reference: ${HIGH} MB (fails at ${LOW} MB)"
