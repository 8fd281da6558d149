"""Do the essay's four remedies lower the allies' pursuit of the bomb and the invasion of Taiwan?
Each remedy's paired difference from the baseline (scenarios/experiments/essay-remedies.yaml)."""
import sys
import tempfile
from pathlib import Path

import umbrella

root = Path(__file__).resolve().parent.parent
out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp()) / "essay-remedies"
umbrella.run_experiment(root / "scenarios/experiments/essay-remedies.yaml", out, threads=2)
comparison = umbrella.open_results(out).compare()
outcomes = ["pursuit_JPN_2035", "pursuit_KOR_2035", "pursuit_TWN_2035", "pursuit_DEU_2035",
            "taiwan_invaded_by_2035"]
print(f"{'remedy':<20}" + "".join(f"{o:>28}" for o in outcomes))
for policy in comparison.policies:  # the baseline is not compared with itself
    cells = [comparison.get(policy, o) for o in outcomes]
    print(f"{policy:<20}" + "".join(f"{d.difference:+.4f} [{d.low:+.4f}, {d.high:+.4f}]".rjust(28)
                                    for d in cells))
    print(" " * 20, "lowers:", ", ".join(o for o, d in zip(outcomes, cells) if d.high < 0) or "-")
