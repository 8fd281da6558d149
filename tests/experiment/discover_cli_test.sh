#!/usr/bin/env bash
# End-to-end checks of `umbrella discover`: on a small copy of the essay's experiment, PRIM names
# restricted uncertainties of the design in text and JSON, and bad input exits 2.
set -uo pipefail
source "$(dirname "$0")/../check.sh"

cat >"$work/small.yaml" <<YAML
scenario: $root/scenarios/baseline-2025.yaml
overlays: [$root/scenarios/events-2026.yaml]
uncertainties:
  use_scenario_ranges: true
outcomes:
  credibility_KOR_2035: {series: credibility KOR, reduce: value, year: 2035}
  pursuit_KOR_2035: {series: p_pursuit KOR, reduce: value, year: 2035}
sampler: lhs
samples: 200
replicates: 4
seed: 2025
years: {from: 2025, to: 2035}
YAML
"$umbrella" experiment "$work/small.yaml" --out "$work/out" --quiet >"$work/experiment.log" 2>&1
check "the experiment runs" [ $? -eq 0 ]

# The cases: samples whose mean credibility for Korea in 2035 is below its median over the design.
median=$(python3 -c "
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
print(statistics.median(float(r['credibility_KOR_2035']) for r in rows))" "$work/out/runs.csv")
"$umbrella" discover "$work/out" --outcome credibility_KOR_2035 --threshold "< $median" \
  >"$work/discover.txt" 2>&1
check "discover exits 0" [ $? -eq 0 ]
check "discover marks the chosen step" grep -q -- "<- chosen" "$work/discover.txt"
# A restricted uncertainty is printed as a row starting with one of the design's columns.
head -1 "$work/out/design.csv" | tr ',' '\n' | sed 's/^/^/; s/$/ /' >"$work/columns"
check "discover names a restricted uncertainty of the design" grep -q -f "$work/columns" "$work/discover.txt"

"$umbrella" discover "$work/out" --outcome credibility_KOR_2035 --threshold "< $median" --json \
  >"$work/discover.json" 2>&1
check "the JSON box restricts an uncertainty with bounds inside its range" python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
r = d['box']['restrictions']
assert r and all(x['full_lower'] <= x['lower'] <= x['upper'] <= x['full_upper'] for x in r)
assert d['box']['coverage'] >= 0.5 and d['box']['density'] > d['trajectory'][0]['density']
" "$work/discover.json"

expect_2() {  # expect_2 ARGS...: discover exits 2 with one line on stderr
  "$umbrella" discover "$work/out" "$@" >/dev/null 2>"$work/err"
  [ $? -eq 2 ] && [ "$(wc -l <"$work/err")" -eq 1 ]
}
check "an unknown outcome exits 2" expect_2 --outcome nothing
check "an unknown policy exits 2" expect_2 --outcome pursuit_KOR_2035 --policy nothing
check "a malformed threshold exits 2" expect_2 --outcome pursuit_KOR_2035 --threshold "about 1"
check "no cases exits 2" expect_2 --outcome credibility_KOR_2035 --threshold "> 2"
check "a bad alpha exits 2" expect_2 --outcome credibility_KOR_2035 --threshold "< 1" --alpha 0.7
report
