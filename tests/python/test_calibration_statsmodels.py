"""`umbrella calibrate` against statsmodels' logistic regression on the same panel (the oracle).

A random record of stage spells over the synthetic world of tests/calibration/fixtures is fitted
by the command line; statsmodels then fits each transition's logistic regression on the panel the
command wrote, with the coefficients held fixed entering as an offset written from the model's
equation in docs/model.md. Estimates and standard errors must agree.
"""
import json
import os
import subprocess

import numpy as np
import pandas as pd
import pytest

sm = pytest.importorskip("statsmodels.api")

SOURCE = os.environ["UMBRELLA_SOURCE_DIR"]
WORLD = os.path.join(SOURCE, "tests/calibration/fixtures/synthetic-world.yaml")

# Each coefficient's covariate, oriented as in the model's logit (docs/model.md#proliferation).
ORIENTED = {
    "intercept": lambda p: np.ones(len(p)),
    "threat": lambda p: p.threat,
    "rival_acquired": lambda p: p.rival_acquired,
    "assurance": lambda p: -p.assurance,
    "latency": lambda p: p.latency,
    "support": lambda p: p.support,
    "npt": lambda p: -p.npt_party,
    "regime": lambda p: -p.regime,
    "sanctions": lambda p: -p.sanctions,
}
REVERSE = {
    "intercept": lambda p: np.ones(len(p)),
    "assurance": lambda p: p.assurance,
    "threat": lambda p: -p.threat,
    "pressure": lambda p: p.pressure,
    "sanctions": lambda p: p.sanctions,
}
ARRIVAL = {
    "intercept": lambda p: np.ones(len(p)),
    "latency": lambda p: p.latency,
    "clock": lambda p: p.clock,
}
TERMS = {"hedge": ORIENTED, "pursue": ORIENTED, "reverse": REVERSE, "acquire": ARRIVAL}


def random_record(path, seed):
    """Spells for the 40 synthetic states: some explore, some of those pursue, some step back,
    some arrive (an armed state's spells run on to the end)."""
    rng = np.random.default_rng(seed)
    rows = ["state,stage,start,end,coding,source,note"]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for i in range(40):
        code = "Q" + letters[i // 26] + letters[i % 26]
        if rng.random() < 0.35:
            continue
        start = int(rng.integers(1950, 2030))
        end = start + int(rng.integers(3, 25))
        p_start = start + int(rng.integers(1, 5)) if rng.random() < 0.5 else None
        if p_start is not None and p_start > min(end, 2049):
            p_start = None
        arrival = None
        if p_start is not None and rng.random() < 0.5:
            arrival = p_start + int(rng.integers(2, 12))
            if arrival > 2049:
                arrival = None
        end_text = "" if end > 2049 or arrival is not None else str(end)
        rows.append(f"{code},explore,{start},{end_text},bleek2017,random,")
        if p_start is not None:
            rows.append(f"{code},pursue,{p_start},{end_text},bleek2017,random,")
        if arrival is not None:
            rows.append(f"{code},acquire,{arrival},,bleek2017,random,")
    with open(path, "w") as f:
        f.write("\n".join(rows) + "\n")


@pytest.mark.parametrize("seed", [1, 2])
def test_estimates_and_standard_errors_match_statsmodels(tmp_path, seed):
    record = tmp_path / "record.csv"
    random_record(record, seed)
    out = tmp_path / "fit"
    free = ["proliferation.hedge.intercept", "proliferation.hedge.threat",
            "proliferation.hedge.latency", "proliferation.hedge.assurance",
            "proliferation.pursue.intercept", "proliferation.pursue.threat",
            "proliferation.reverse.intercept", "proliferation.reverse.assurance",
            "proliferation.reverse.sanctions", "proliferation.acquire.intercept", "proliferation.acquire.latency",
            "proliferation.acquire.clock"]
    args = [os.environ["UMBRELLA_CLI"], "calibrate", WORLD, "--record", str(record),
            "--train-until", "2049", "--bootstrap", "0", "--unbounded", "--out", str(out)]
    for name in free:
        args += ["--free", name]
    subprocess.run(args, check=True, capture_output=True)
    result = json.loads((out / "calibration.json").read_text())
    panel = pd.read_csv(out / "panel.csv")
    ours = {c["parameter"]: c for c in result["coefficients"]}
    checked = 0
    for fit in result["fits"]:
        t = fit["transition"]
        rows = panel[panel.transition == t]
        terms = TERMS[t]
        up = t in ("hedge", "pursue")
        offset = rows.norms.to_numpy(dtype=float) if up else np.zeros(len(rows))
        for name, value in fit["fixed"].items():
            offset = offset + value * terms[name.split(".")[-1]](rows)
        names = [n for n in free if n.startswith(f"proliferation.{t}.")]
        x = np.column_stack([terms[n.split(".")[-1]](rows) for n in names])
        # statsmodels' Logit takes no offset; a binomial GLM with the logit link is the same model.
        model = sm.GLM(rows.event.to_numpy(dtype=float), x, family=sm.families.Binomial(),
                       offset=offset)
        reference = model.fit(tol=1e-13, maxiter=200)
        assert fit["country_years"] == len(rows)
        assert fit["log_likelihood"] == pytest.approx(reference.llf, rel=1e-9)
        for k, n in enumerate(names):
            assert ours[n]["estimate"] == pytest.approx(reference.params[k], rel=1e-6, abs=1e-8), n
            assert ours[n]["se"] == pytest.approx(reference.bse[k], rel=1e-5), n
            checked += 1
    assert checked == len(free)
    assert result["bounded"] is False


def test_within_the_domains_a_coefficient_whose_sign_the_record_denies_sits_on_its_edge(tmp_path):
    record = tmp_path / "record.csv"
    random_record(record, 1)
    out = tmp_path / "fit"
    args = [os.environ["UMBRELLA_CLI"], "calibrate", WORLD, "--record", str(record),
            "--train-until", "2049", "--bootstrap", "0", "--free", "proliferation.hedge.intercept",
            "--free", "proliferation.hedge.threat", "--out", str(out)]
    subprocess.run(args + ["--unbounded"], check=True, capture_output=True)
    free_fit = {c["parameter"]: c for c in json.loads((out / "calibration.json").read_text())["coefficients"]}
    subprocess.run(args, check=True, capture_output=True)
    bounded = {c["parameter"]: c for c in json.loads((out / "calibration.json").read_text())["coefficients"]}
    # This random record explores no more often under threat: unbounded the coefficient is
    # negative; within its domain [0, 10] it stays at 0 and says so.
    assert free_fit["proliferation.hedge.threat"]["estimate"] < 0
    assert bounded["proliferation.hedge.threat"]["estimate"] == 0
    assert bounded["proliferation.hedge.threat"]["at_bound"] is True
    refused = subprocess.run(args + ["--unbounded", "--write-overlay", str(tmp_path / "o.yaml")],
                             capture_output=True, text=True)
    assert refused.returncode == 2
    assert "lies outside its domain [0, 10]" in refused.stderr
    assert not (tmp_path / "o.yaml").exists()
