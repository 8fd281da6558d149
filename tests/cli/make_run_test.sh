#!/usr/bin/env bash
# scripts/run-baseline, the body of `make run`, at a small size: every output it promises, paired
# intervals in the baseline report from the same runs the report shows, the essay's remedies
# with their own report, and a second run over the first.
set -uo pipefail
source "$(dirname "$0")/../check.sh"
out=$work/out

"$root/scripts/run-baseline" "$umbrella" "$out" 7 120 >"$work/log" 2>&1
check "make run's script exits 0" [ $? -eq 0 ]
for f in baseline/summary.json restore_trust/summary.json french_umbrella/summary.json \
  baseline/narrative.txt comparison.json report.html essay-levers/results.sqlite \
  essay-remedies/results.sqlite essay-remedies/comparison.json essay-remedies/report.html \
  backcast.json calibration/calibration.json calibration/panel.csv \
  calibration/calibrated-history.yaml; do
  check "it writes $f" [ -s "$out/$f" ]
done
check "no temporary file is left" [ -z "$(find "$out" -name '*.tmp*')" ]

/usr/bin/python3 - "$out" >"$work/paired.txt" 2>&1 <<'PY'
import json, sys
out = sys.argv[1]
comparison = json.load(open(f"{out}/comparison.json"))
# Each lever against the baseline; the baseline is not compared with itself.
policies = ["baseline"] + list(comparison["policies"])
assert policies == ["baseline", "restore_trust", "theater_forces", "japan_introduction",
                    "bilateral_sharing", "french_umbrella"], policies
assert comparison["pairs"] == 120, comparison["pairs"]
# The experiment's runs are the run's: every shared series has the same means, bit for bit.
for policy in policies:
    run = json.load(open(f"{out}/{policy}/summary.json"))["outcomes"]
    experiment = json.load(open(f"{out}/essay-levers/{policy}/summary.json"))["outcomes"]
    for series, subjects in experiment.items():
        for subject, values in subjects.items():
            assert run[series][subject]["mean"] == values["mean"], (policy, series, subject)
# Restoring trust raises every ally's credibility with an interval above zero.
for outcome, d in comparison["policies"]["restore_trust"].items():
    if outcome.startswith("credibility_"):
        assert d["low"] > 0, (outcome, d)
print("paired ok")
PY
check "comparison.json pairs the run's own replicates, and restoring trust raises credibility" \
  grep -q "paired ok" "$work/paired.txt"
grep -q "paired ok" "$work/paired.txt" || cat "$work/paired.txt"
check "the baseline report draws the paired intervals" grep -q '"paired_differences"' "$out/report.html"
check "the baseline report shows the validation against the record" \
  grep -q '<section id="validation">' "$out/report.html"
check "the calibrated overlay loads over the baseline" \
  "$umbrella" validate "$root/scenarios/baseline-2025.yaml" --overlay "$out/calibration/calibrated-history.yaml"
check "the remedies report draws theirs" grep -q '"paired_differences"' "$out/essay-remedies/report.html"
check "the remedies report compares the four remedies and all four" \
  bash -c "grep -q all_four '$out/essay-remedies/report.html' && grep -q bilateral_sharing '$out/essay-remedies/report.html'"

cp "$out/comparison.json" "$work/first.json"
"$root/scripts/run-baseline" "$umbrella" "$out" 7 120 >"$work/log2" 2>&1
check "a second run over the first exits 0" [ $? -eq 0 ]
check "and gives the same paired intervals" cmp -s "$work/first.json" "$out/comparison.json"
report
