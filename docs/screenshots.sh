#!/usr/bin/env bash
# Remakes the two screenshots README.md shows: a student's feedback page and the class report,
# from a real batch (the five example students, section B: the activations), opened in headless Chromium
# (Debian's chromium package), failing if a page logs an error. Not part of CI. Usage: docs/screenshots.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROMIUM="${CHROMIUM:-chromium}"
command -v "$CHROMIUM" >/dev/null || { echo "needs $CHROMIUM (apt-get install chromium)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# --check-timeout: a loaded machine must not turn alice's correct code into time-outs on the picture
"$ROOT/nngrade" grade "$ROOT/examples/submissions" --out "$WORK/out" --section B --check-timeout 30 >/dev/null

# shot PAGE PNG WIDTH HEIGHT: a fresh profile each time, nothing fetched, the page's errors logged
shot() {
  local profile
  profile="$(mktemp -d)"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --hide-scrollbars --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 \
    --window-size="$3,$4" --screenshot="$2" "file://$1" 2>"$WORK/chromium.log" >/dev/null
  rm -rf "$profile"
  [ -s "$2" ] || { cat "$WORK/chromium.log" >&2; echo "no screenshot of $1" >&2; exit 1; }
  # the page's own errors (a console message, a blocked or failed load) are logged as CONSOLE lines;
  # the sandbox's missing D-Bus is not the page's
  if grep -E ':CONSOLE|net::ERR_' "$WORK/chromium.log" >&2; then echo "errors opening $1" >&2; exit 1; fi
  echo "wrote $2"
}

shot "$WORK/out/feedback/carol.html" "$ROOT/docs/feedback-page.png" 1000 2600
shot "$WORK/out/report.html" "$ROOT/docs/class-report.png" 1000 1900
