"""`umbrella calibrate-eruption` against statsmodels' logistic regression on the same panel.

The command fits the eruption hazard on the crisis record along the history with its
flashpoints and writes the flashpoint-year panel; statsmodels fits a logit with one intercept per
flashpoint and the covariates that vary (docs/validation.md#the-eruption-hazard). Estimates,
standard errors and the log-likelihood must agree. It also checks the held-out scores the command
reports from the panel.
"""
import json
import os
import subprocess

import numpy as np
import pandas as pd
import pytest

sm = pytest.importorskip("statsmodels.api")

SOURCE = os.environ["UMBRELLA_SOURCE_DIR"]
HISTORY = os.path.join(SOURCE, "scenarios/history-1945.yaml")
CRISES = os.path.join(SOURCE, "scenarios/history/crises.yaml")
COVARIATES = ["doubt", "theater", "shift", "recurrence"]


def calibrate(tmp_path, *extra):
    out = tmp_path / "out"
    subprocess.run([os.environ["UMBRELLA_CLI"], "calibrate-eruption", HISTORY, "--overlay", CRISES,
                    "--replays", "4", "--out", str(out), *extra],
                   check=True, capture_output=True, cwd=SOURCE)
    fit = json.loads((out / "eruption.json").read_text())
    panel = pd.read_csv(out / "eruption-panel.csv")
    return fit, panel


def design(panel, covariates):
    dummies = pd.get_dummies(panel.flashpoint).astype(float)
    return pd.concat([dummies, panel[covariates]], axis=1)


def test_estimates_and_standard_errors_match_statsmodels(tmp_path):
    fit, panel = calibrate(tmp_path)
    varying = [c for c in COVARIATES if panel[c].std() > 0]
    identified = [c["name"].split(".")[-1] for c in fit["coefficients"] if c["identified"]]
    assert varying == identified
    assert "theater" not in varying  # the history's arsenals carry no theater split
    x = design(panel, varying)
    result = sm.Logit(panel.event.astype(float), x).fit(disp=0, method="newton", tol=1e-12)
    assert result.llf == pytest.approx(fit["log_likelihood"], abs=1e-6)
    for c in fit["intercepts"]:
        assert c["estimate"] == pytest.approx(result.params[c["name"]], abs=1e-5)
        assert c["se"] == pytest.approx(result.bse[c["name"]], rel=1e-4)
    for c in fit["coefficients"]:
        short = c["name"].split(".")[-1]
        if not c["identified"]:
            continue
        assert not c["at_bound"]
        assert c["estimate"] == pytest.approx(result.params[short], abs=1e-5)
        assert c["se"] == pytest.approx(result.bse[short], rel=1e-4)
    constant = sm.Logit(panel.event.astype(float), design(panel, [])).fit(disp=0, method="newton")
    assert constant.llf == pytest.approx(fit["constant_log_likelihood"], abs=1e-6)
    assert fit["crises"] == int(panel.event.sum()) == 13


def test_held_out_scores_are_those_of_the_training_fits(tmp_path):
    fit, panel = calibrate(tmp_path, "--train-until", "2011")
    train = panel[panel.year <= 2011]
    later = panel[panel.year > 2011]
    constant = sm.Logit(train.event.astype(float), design(train, [])).fit(disp=0, method="newton")
    p = constant.predict(design(later, []))
    y = later.event.to_numpy(dtype=float)
    log_score = np.mean(np.where(y > 0, np.log(p), np.log(1 - p)))
    held = fit["held_out"]["constant"]
    assert held["flashpoint_years"] == len(later)
    assert held["crises"] == int(y.sum())
    assert held["log_score"] == pytest.approx(log_score, abs=1e-6)
    assert held["brier"] == pytest.approx(np.mean((p - y) ** 2), abs=1e-8)
