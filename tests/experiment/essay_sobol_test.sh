#!/usr/bin/env bash
# The shipped Saltelli experiment (scenarios/experiments/essay-sobol.yaml) runs, and `sensitivity`
# gives every outcome first-order and total indices for each of its 18 inputs; at a small size
# the eruption rate already leads Taiwan's invasion, and the acts of the patron Korea's credibility.
set -uo pipefail
source "$(dirname "$0")/../check.sh"

"$umbrella" experiment "$root/scenarios/experiments/essay-sobol.yaml" --replicates 20 --threads 2 \
  --out "$work/sobol" --quiet >/dev/null 2>"$work/err"
check "the experiment runs" [ $? -eq 0 ]
"$umbrella" sensitivity "$work/sobol" --method sobol --json >"$work/indices.json" 2>>"$work/err"
check "sensitivity reads it" [ $? -eq 0 ]

/usr/bin/python3 - "$work/indices.json" <<'PY' >"$work/checks.txt" 2>&1
import json, sys
indices = json.load(open(sys.argv[1]))
assert len(indices) == 7, list(indices)
for outcome, by_index in indices.items():
    for kind in ("S1", "ST"):
        assert len(by_index[kind]) == 18, (outcome, kind, len(by_index[kind]))
taiwan = indices["taiwan_invaded_by_2035"]["ST"]
assert max(taiwan, key=taiwan.get) == "flashpoints.CHN-TWN.eruption_rate", taiwan
korea = indices["credibility_KOR_2035"]["ST"]
assert max(korea, key=korea.get) == "patron.neglect_rate", korea
print("indices ok")
PY
status=$?
cat "$work/checks.txt"
check "the indices name every input and the leading ones" [ $status -eq 0 ]
report
