#!/usr/bin/env bash
# Writes a complete, correct submission into the folder SUBMISSION: the reference's own sources
# moved into the student's package, as a student who wrote the same code would hand them in.
# Files that need EJML do not compile for a student; their problems are graded as the template's.
#
# Usage: bench/complete-submission.sh SUBMISSION
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STUDENT="$1/nngrade/student"
mkdir -p "$STUDENT"
cp -r "$ROOT"/reference/src/main/java/nngrade/reference/. "$STUDENT/"
mv "$STUDENT/ReferenceSolutions.java" "$STUDENT/StudentSolutions.java"
find "$STUDENT" -name '*.java' -exec sed -i 's/nngrade\.reference/nngrade.student/g; s/ReferenceSolutions/StudentSolutions/g' {} +
