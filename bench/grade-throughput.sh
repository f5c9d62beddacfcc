#!/usr/bin/env bash
# Throughput benchmark of batch grading with full isolation: every submission compiled in a warm
# compile worker, its code run in a sandboxed JVM of its own, the checks in a warm examiner JVM.
# Makes N submissions by copying the bundled examples round-robin (so a fifth of them are the
# hostile eve), grades them with `nngrade grade --jobs J`, and prints submissions per minute, the
# time split (compile, checks) and the channel's use (calls into submissions, bytes, examiner CPU),
# summed over submissions from each result's extra_data. Then the floor: the same checks on the
# same submissions (eve left out: she loops and exits) in ONE warm JVM with no isolation.
#
# With ROUNDS > 1 it grades the same batch that many times and prints every round's rate, their
# median and range, and whether every round gave the same gradebook: on this 2-core machine the
# same batch has measured anywhere from 48 to 69 submissions a minute in one day, so one round
# cannot say which side of a target the grader is on. The detail printed is the last round's.
#
# Usage: bench/grade-throughput.sh [N=50] [JOBS=number of cores] [ROUNDS=1]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-50}"
JOBS="${2:-$(nproc)}"
ROUNDS="${3:-1}"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a whole number of at least 1, not '$ROUNDS'" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/submissions"
mapfile -t EXAMPLES < <(ls -d "$ROOT"/examples/submissions/*/)
for i in $(seq 1 "$N"); do
  src="${EXAMPLES[$(( (i - 1) % ${#EXAMPLES[@]} ))]}"
  cp -r "$src" "$WORK/submissions/$(printf 'student%03d' "$i")-$(basename "$src")"
done

"$ROOT/nngrade" list > /dev/null # builds the grader if needed, outside the timing
RATES=()
for r in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/out"
  start=$(date +%s.%N)
  "$ROOT/nngrade" grade "$WORK/submissions" --out "$WORK/out" --jobs "$JOBS" > "$WORK/log.txt"
  end=$(date +%s.%N)
  read -r wall rate < <(python3 -c "w = $end - $start; print(f'{w:.1f} {60 * $N / w:.1f}')")
  RATES+=("$rate")
  cut -d, -f1,2 "$WORK/out/gradebook.csv" | md5sum | cut -c1-32 >> "$WORK/gradebooks.txt"
  if [ "$ROUNDS" -gt 1 ]; then
    echo "round $r: wall $wall s, $rate submissions/minute"
  fi
done
if [ "$ROUNDS" -gt 1 ]; then
  python3 - "$(sort -u "$WORK/gradebooks.txt" | wc -l)" "${RATES[@]}" <<'PY'
import statistics, sys
distinct, rates = int(sys.argv[1]), [float(r) for r in sys.argv[2:]]
print(f"{len(rates)} rounds: median {statistics.median(rates):.1f} submissions/minute (min {min(rates):.1f}, "
      f"max {max(rates):.1f}); every round gave the same grades: {'yes' if distinct == 1 else 'NO'}")
PY
fi

python3 - "$WORK/out/results" "$start" "$end" "$N" "$JOBS" <<'PY'
import json, pathlib, sys
results, start, end, n, jobs = pathlib.Path(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
wall = end - start
split = {"compile_ms": 0, "checks_ms": 0}
channel = {"calls": 0, "callbacks": 0, "bytes": 0, "host_restarts": 0, "examiner_cpu_ms": 0, "host_cpu_ms": 0,
           "exchanges": 0, "calls_stopped": 0}
for f in results.glob("*.json"):
    extra = json.loads(f.read_text())["extra_data"]
    for k in split:
        split[k] += extra.get(k, 0)
    for k in channel:
        channel[k] += extra.get("channel", {}).get(k, 0)
total = sum(split.values()) or 1
print(f"{n} submissions, {jobs} jobs, wall {wall:.1f} s: {60 * n / wall:.1f} submissions/minute")
print("time split, summed over submissions (parallel work, so it exceeds the wall time with jobs > 1):")
for k, v in split.items():
    print(f"  {k[:-3]:<10} {v / 1000:8.1f} s  {100 * v / total:5.1f}%  ({v / n / 1000:.2f} s per submission)")
print(f"channel per submission: {channel['calls'] / n:,.0f} calls in {channel['exchanges'] / n:,.0f} exchanges, "
      f"{channel['callbacks'] / n:,.0f} callbacks, "
      f"{channel['bytes'] / n / 1e6:.1f} MB, {channel['host_restarts'] / n:.1f} host restarts, "
      f"{channel['calls_stopped'] / n:.1f} calls stopped in the host, "
      f"examiner CPU {channel['examiner_cpu_ms'] / n / 1000:.2f} s, submission JVMs' CPU {channel['host_cpu_ms'] / n / 1000:.2f} s")
PY
echo "the floor, the same checks in one warm JVM without isolation (eve left out):"
java -cp "$ROOT/checks/target/nngrade.jar" "$ROOT/bench/Floor.java" 3 $(ls -d "$ROOT"/examples/submissions/*/ | grep -v '/eve/')
