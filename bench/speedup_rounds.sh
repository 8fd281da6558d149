#!/usr/bin/env bash
# The 2-thread speed-up of `umbrella run`, measured in rounds that also measure what the machine
# allows at that moment (docs/performance.md, "The 2-thread speed-up"). Each round runs the
# baseline's N replicates on 1 thread, then on 2 threads, then two independent 1-thread processes
# of N/2 replicates at once; the last pair's wall time is the best any 2-thread run can do with
# that start-up on these cores then, so "ceiling" = 1 thread / two processes.
#
# Usage: bench/speedup_rounds.sh UMBRELLA REPLICATES ROUNDS
# Prints one line per round (seconds and ratios) and the medians and ranges.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 UMBRELLA REPLICATES ROUNDS" >&2
  exit 2
fi
umbrella=$1
replicates=$2
rounds=$3
scenario="$(cd "$(dirname "$0")/.." && pwd)/scenarios/baseline-2025.yaml"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Wall seconds of a command, its output discarded.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

run() {  # threads replicates seed folder
  "$umbrella" run "$scenario" --replicates "$2" --threads "$1" --seed "$3" --quiet --out "$4"
}

two_processes() {
  run 1 $((replicates / 2)) 1 "$scratch/a" &
  run 1 $((replicates - replicates / 2)) 2 "$scratch/b"
  wait
}

echo "round  1-thread  2-threads  two-processes  speed-up  ceiling"
for round in $(seq "$rounds"); do
  one=$(seconds run 1 "$replicates" 1 "$scratch/one")
  two=$(seconds run 2 "$replicates" 1 "$scratch/two")
  pair=$(seconds two_processes)
  printf '%5d  %8.3f  %9.3f  %13.3f  %8.3f  %7.3f\n' "$round" "$one" "$two" "$pair" \
    "$(echo "$one / $two" | bc -l)" "$(echo "$one / $pair" | bc -l)"
done | tee "$scratch/rounds"

# Median and range of each column.
for column in 2 3 4 5 6; do
  sort -n -k"$column" "$scratch/rounds" | awk -v c="$column" '
    { v[NR] = $c }
    END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      names[2] = "1-thread"; names[3] = "2-threads"; names[4] = "two-processes"
      names[5] = "speed-up"; names[6] = "ceiling"
      printf "%s: median %.3f, range %.3f-%.3f\n", names[c], m, v[1], v[NR]
    }'
done
