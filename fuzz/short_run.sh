#!/usr/bin/env bash
# A short run of a fuzz target, as a test: SECONDS of fuzzing from the seeds in SEEDS (read
# only; what the run finds goes to a scratch corpus). A crash, a hang (-timeout), a leak or a
# blow-up of memory (-rss_limit_mb, -malloc_limit_mb) fails the test and leaves the input that
# caused it in the current folder (crash-*, timeout-*, leak-*, oom-*). docs/hardening.md gives
# the command for long runs.
set -euo pipefail
target=$1
seconds=$2
seeds=$3
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
"$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
  "$corpus" "$seeds"
