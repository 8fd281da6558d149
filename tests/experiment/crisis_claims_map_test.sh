#!/usr/bin/env bash
# The crisis claims as a map (docs/model.md, "The crisis claims as a map"): the shipped experiment
# scenarios/experiments/crisis-claims-map.yaml at half its samples (500, same seed, the three
# policies the two contrasts need) reproduces the reported boundary. PRIM's second step, for
# "China's buildup raises P(invasion of Taiwan by 2035) by at least 5 points" and for "the remedies
# lower it by at least 5 points", restricts exactly the two views of nuclear use, to
# nuclear_taboo = usable and escalation_control = controllable, covering most of the cases at
# several times their density elsewhere. Inside that box, where limited nuclear use happens, the
# buildup raises the invasion several times more than outside it (the stability-instability
# paradox); outside it nobody uses nuclear weapons and the buildup does not change that.
set -uo pipefail
source "$(dirname "$0")/../check.sh"

/usr/bin/python3 - "$root/scenarios/experiments/crisis-claims-map.yaml" "$root/scenarios" \
  >"$work/map.yaml" <<'PY'
import re, sys
text = open(sys.argv[1]).read().replace("../", sys.argv[2] + "/")
text, n = re.subn(r"^samples: \d+$", "samples: 500", text, flags=re.M)
assert n == 1
kept = []
for line in text.splitlines():
    if re.match(r"  (theater_forces|bilateral_sharing): \{", line):
        continue  # policies the two contrasts do not need
    kept.append(line)
print("\n".join(kept))
PY
check "the test's copy of the experiment is written" grep -q "^seed: 2035$" "$work/map.yaml"

"$umbrella" experiment "$work/map.yaml" --threads 2 --out "$work/map" --quiet >/dev/null \
  2>"$work/err"
check "the experiment runs" [ $? -eq 0 ]
"$umbrella" discover "$work/map" --outcome taiwan_invaded_by_2035 --against frozen \
  --threshold ">= 0.05" --step 2 --json >"$work/buildup.json" 2>>"$work/err"
check "discover finds the buildup's cases" [ $? -eq 0 ]
"$umbrella" discover "$work/map" --outcome taiwan_invaded_by_2035 --policy all_remedies \
  --against baseline --threshold "<= -0.05" --step 2 --json >"$work/remedies.json" 2>>"$work/err"
check "discover finds the remedies' cases" [ $? -eq 0 ]
cat "$work/err"

/usr/bin/python3 - "$work/buildup.json" "$work/remedies.json" "$work/map" <<'PY' >"$work/checks.txt" 2>&1
import csv, json, sys
from collections import defaultdict

region = {"assumptions.nuclear_taboo": (1, 1), "assumptions.escalation_control": (1, 1)}

def check_box(path, least_coverage, least_lift):
    d = json.load(open(path))
    box = d["box"]
    got = {r["uncertainty"]: (r["lower"], r["upper"]) for r in box["restrictions"]}
    assert got == region, (path, got)
    base = d["trajectory"][0]["density"]
    assert box["coverage"] >= least_coverage, (path, box["coverage"])
    assert box["density"] >= least_lift * base, (path, box["density"], base)
    print(f"{d['policy']} against {d['against']}: {d['cases']} cases of {d['samples']}, box "
          f"coverage {box['coverage']:.3f}, density {box['density']:.3f} (all samples {base:.3f})")

check_box(sys.argv[1], 0.7, 2.5)    # the buildup raises P(invasion) by 5 points
check_box(sys.argv[2], 0.5, 2.0)    # the remedies lower it by 5 points

# The paradox: inside the box limited nuclear use happens and the buildup raises the invasion
# several times more than outside it, where nobody uses nuclear weapons whatever China holds.
folder = sys.argv[3]
design = list(csv.DictReader(open(folder + "/design.csv")))
inside = [all(float(row[c]) == lo for c, (lo, _) in region.items()) for row in design]
sums = defaultdict(float)
for r in csv.DictReader(open(folder + "/runs.csv")):
    if r["policy"] not in ("baseline", "frozen"):
        continue
    where = inside[int(r["sample"])]
    for o in ("taiwan_invaded_by_2035", "taiwan_nuclear_use_by_2035"):
        sums[(r["policy"], where, o)] += float(r[o])
    sums[(r["policy"], where, "runs")] += 1
mean = {k: v / sums[(k[0], k[1], "runs")] for k, v in sums.items() if k[2] != "runs"}
effect = {(w, o): mean[("baseline", w, o)] - mean[("frozen", w, o)] for (p, w, o) in mean}
print("inside/outside the box: baseline", {f"{k[2]} {'in' if k[1] else 'out'}": round(v, 5)
                                           for k, v in mean.items() if k[0] == "baseline"})
print("  buildup effect", {f"{k[1]} {'in' if k[0] else 'out'}": round(v, 5)
                           for k, v in effect.items()})
invaded, nuclear = "taiwan_invaded_by_2035", "taiwan_nuclear_use_by_2035"
assert effect[(True, invaded)] >= 0.015, effect
assert effect[(True, invaded)] >= 3 * effect[(False, invaded)], effect
assert mean[("baseline", True, nuclear)] >= 0.005, mean
assert mean[("baseline", False, nuclear)] < 0.001, mean
assert abs(effect[(False, nuclear)]) < 0.0003, effect
print("boundary ok")
PY
status=$?
cat "$work/checks.txt"
check "the boxes are the reported region, with the paradox inside it" [ $status -eq 0 ]
report
