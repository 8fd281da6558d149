#!/usr/bin/env bash
# End-to-end checks of `umbrella discover`: on a small copy of the essay's experiment, PRIM names
# restricted uncertainties of the design in text and JSON, --against makes the cases from paired
# differences between two policies, and bad input exits 2.
set -uo pipefail
source "$(dirname "$0")/../check.sh"

cat >"$work/small.yaml" <<YAML
scenario: $root/scenarios/baseline-2025.yaml
overlays: [$root/scenarios/events-2026.yaml]
uncertainties:
  use_scenario_ranges: true
levers: [restore_trust]
policies:
  trust: {restore_trust: 1}
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
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r['policy'] == 'baseline']
print(statistics.median(float(r['credibility_KOR_2035']) for r in rows))" "$work/out/runs.csv")
"$umbrella" discover "$work/out" --outcome credibility_KOR_2035 --threshold "< $median" \
  >"$work/discover.txt" 2>&1
check "discover exits 0" [ $? -eq 0 ]
check "discover marks the chosen step" grep -q -- "<- chosen" "$work/discover.txt"
# A restricted uncertainty is printed as a row starting with one of the design's columns.
head -1 "$work/out/design.csv" | tr ',' '\n' | sed 's/^/^/; s/$/ /' >"$work/columns"
check "discover names a restricted uncertainty of the design" grep -q -f "$work/columns" "$work/discover.txt"

"$umbrella" discover "$work/out" --outcome credibility_KOR_2035 --threshold "< $median" --json \
  >"$work/discover.json" 2>"$work/discover.err"
check "the restrictions come from the smallest p-value up" python3 -c "
import json, sys
p = [r['p_value'] for r in json.load(open(sys.argv[1]))['box']['restrictions']]
sys.exit(not (len(p) >= 1 and p == sorted(p)))" "$work/discover.json"
check "discover warns when there are fewer than 10 samples per uncertainty" \
  grep -qE "^warning: 200 samples for [0-9]+ uncertainties: fewer than 10 per uncertainty" "$work/discover.err"
check "the JSON box restricts an uncertainty with bounds inside its range" python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
r = d['box']['restrictions']
assert r and all(x['full_lower'] <= x['lower'] <= x['upper'] <= x['full_upper'] for x in r)
assert d['box']['coverage'] >= 0.5 and d['box']['density'] > d['trajectory'][0]['density']
" "$work/discover.json"

# --against: a sample is a case when the policy's mean minus the other policy's meets the threshold.
# Restoring trust raises Korea's credibility in 2035 in some samples by more than 0.03 and not in
# others; the cases must be exactly the samples whose paired mean difference in runs.csv is.
"$umbrella" discover "$work/out" --outcome credibility_KOR_2035 --policy trust --against baseline \
  --threshold "> 0.03" --json >"$work/against.json" 2>/dev/null
check "discover --against exits 0" [ $? -eq 0 ]
check "--against counts the samples whose paired difference meets the threshold" python3 -c "
import csv, json, sys
from collections import defaultdict
sums = defaultdict(float)
counts = defaultdict(int)
for r in csv.DictReader(open(sys.argv[1])):
    sign = {'trust': 1.0, 'baseline': -1.0}[r['policy']]
    sums[r['sample']] += sign * float(r['credibility_KOR_2035'])
    counts[r['sample']] += 1
expected = sum(1 for s in sums if sums[s] / (counts[s] / 2) > 0.03)
d = json.load(open(sys.argv[2]))
assert d['against'] == 'baseline' and d['policy'] == 'trust', d
assert 0 < expected < len(sums), expected
assert d['cases'] == expected, (d['cases'], expected)
" "$work/out/runs.csv" "$work/against.json"
"$umbrella" discover "$work/out" --outcome credibility_KOR_2035 --policy trust --against baseline \
  --threshold "> 0.03" >"$work/against.txt" 2>&1
check "the text names the difference" grep -q "credibility_KOR_2035 minus its value under baseline" \
  "$work/against.txt"

expect_2() {  # expect_2 ARGS...: discover exits 2 with one line on stderr
  "$umbrella" discover "$work/out" "$@" >/dev/null 2>"$work/err"
  [ $? -eq 2 ] && [ "$(wc -l <"$work/err")" -eq 1 ]
}
check "an unknown outcome exits 2" expect_2 --outcome nothing
check "an unknown policy exits 2" expect_2 --outcome pursuit_KOR_2035 --policy nothing
check "a malformed threshold exits 2" expect_2 --outcome pursuit_KOR_2035 --threshold "about 1"
check "no cases exits 2" expect_2 --outcome credibility_KOR_2035 --threshold "> 2"
check "an unknown --against policy exits 2" expect_2 --outcome pursuit_KOR_2035 --against nothing
check "a policy against itself has no case" expect_2 --outcome credibility_KOR_2035 --against baseline \
  --threshold "> 0"
check "a bad alpha exits 2" expect_2 --outcome credibility_KOR_2035 --threshold "< 1" --alpha 0.7
report
