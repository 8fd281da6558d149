#!/usr/bin/env bash
# README.md's "What `make run` prints" is make run's own output: the same command, seed and
# replicates, with each line of the excerpt found in the output (`...` stands for text left out).
set -uo pipefail
source "$(dirname "$0")/../check.sh"

"$umbrella" run "$root/scenarios/baseline-2025.yaml" --overlay "$root/scenarios/events-2026.yaml" \
  --seed 2025 --replicates 2000 --threads 2 --compare-levers --out "$work/out" \
  >"$work/printed" 2>/dev/null
check "the run exits 0" [ $? -eq 0 ]

/usr/bin/python3 - "$root/README.md" "$work/printed" >"$work/excerpt.txt" 2>&1 <<'PY'
import re, sys
readme, printed = open(sys.argv[1]).read(), open(sys.argv[2]).read().splitlines()
section = readme.split("## What `make run` prints", 1)[1].split("\n## ", 1)[0]
excerpt = [l[4:] for l in section.splitlines() if l.startswith("    ")]
assert len(excerpt) > 20, len(excerpt)
missing = []
for line in excerpt:
    if line.strip() in ("", "..."):
        continue
    parts = [re.escape(" ".join(p.split())) for p in line.split("...")]
    pattern = re.compile(".*".join(parts).replace(r"\ ", r"\s+"))
    if not any(pattern.search(" ".join(out.split())) or pattern.search(out) for out in printed):
        missing.append(line)
for line in missing:
    print("not in make run's output:", line)
sys.exit(1 if missing else 0)
PY
status=$?
cat "$work/excerpt.txt"
check "every line of README's excerpt is in the output" [ $status -eq 0 ]
report
