#!/usr/bin/env bash
# Writes the seeds of results_store_fuzz into SEEDS: the results store of EXPERIMENT (a finished
# one) and the same store killed after its first chunk (WAL mode, an unfinished run).
set -euo pipefail
umbrella=$1
experiment=$2
seeds=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$umbrella" experiment "$experiment" --out "$work/finished" --quiet >/dev/null
"$umbrella" experiment "$experiment" --out "$work/killed" --quiet --chunk-runs 2 \
  --kill-after-chunks 1 >/dev/null 2>&1 || true
mkdir -p "$seeds"
cp "$work/finished/results.sqlite" "$seeds/finished.sqlite"
cp "$work/killed/results.sqlite" "$seeds/killed.sqlite"
