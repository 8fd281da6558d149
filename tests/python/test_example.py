"""examples/essay_remedies.py answers the essay's question with the library's paired numbers."""
import json
import re
import subprocess
import sys

from conftest import ROOT, run_cli

CELL = re.compile(r"([+-]\d\.\d{4}) \[([+-]\d\.\d{4}), ([+-]\d\.\d{4})\]")


def test_the_example_prints_the_paired_differences_of_compare(tmp_path):
    script = ROOT / "examples" / "essay_remedies.py"
    assert len(script.read_text().splitlines()) <= 20
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    outcomes = lines[0].split()[1:]
    assert outcomes == ["pursuit_JPN_2035", "pursuit_KOR_2035", "pursuit_TWN_2035",
                        "pursuit_DEU_2035", "taiwan_invaded_by_2035"]
    compare = json.loads(run_cli("compare", tmp_path / "essay-remedies", "--json").stdout)
    expected = compare["policies"]  # {policy: {outcome: {difference, low, high, ...}}}
    remedies = ["restore_trust", "theater_forces", "japan_introduction", "bilateral_sharing",
                "all_four"]
    rows = lines[1:]
    assert len(rows) == 2 * len(remedies)
    for policy, numbers, verdict in zip(remedies, rows[0::2], rows[1::2]):
        assert numbers.split()[0] == policy
        cells = CELL.findall(numbers)
        assert len(cells) == len(outcomes)
        lowered = []
        for outcome, cell in zip(outcomes, cells):
            d = expected[policy][outcome]
            assert cell == tuple(f"{d[k]:+.4f}" for k in ("difference", "low", "high"))
            if d["high"] < 0:
                lowered.append(outcome)
        assert verdict.split("lowers:")[1].strip() == (", ".join(lowered) or "-")
