"""sample, analyze, sensitivity and discover give what the commands of the same names print, on
the same inputs; Results.to_frames gives the EMA Workbench's (experiments, outcomes) pair."""
import json
import warnings

import numpy as np
import pandas as pd
import pytest
import umbrella
from conftest import BASELINE, ROOT, run_cli

PARAMS = ROOT / "tests" / "errors" / "inputs" / "params.txt"


def experiment(folder, sampler, samples):
    file = folder / f"{sampler}.yaml"
    file.write_text(f"""\
scenario: {BASELINE}
uncertainties:
  parameters:
    credibility.memory: {{range: [0.8, 1.0]}}
    patron.neglect_rate: {{range: [0, 10]}}
    flashpoints.CHN-TWN.eruption_rate: {{range: [0.02, 0.15]}}
levers: [restore_trust]
policies:
  trust: {{restore_trust: 1}}
outcomes:
  cred_KOR_2032: {{series: credibility KOR, reduce: value, year: 2032}}
  jpn_hedges: {{series: p_hedging JPN, reduce: first_year, when: ">= 1"}}
  armed_peak: {{series: nuclear_armed_states world, reduce: max}}
sampler: {sampler}
samples: {samples}
replicates: 4
seed: 9
years: {{from: 2025, to: 2032}}
""")
    out = folder / sampler
    run_cli("experiment", file, "--out", out, "--quiet", "--threads", "2")
    return out


@pytest.fixture(scope="module")
def lhs(tmp_path_factory):
    return experiment(tmp_path_factory.mktemp("lhs"), "lhs", 40)


@pytest.fixture(scope="module")
def saltelli(tmp_path_factory):
    return experiment(tmp_path_factory.mktemp("saltelli"), "saltelli", 8)


@pytest.mark.parametrize("method, n, extra", [("lhs", 9, []), ("saltelli", 4, []),
                                              ("morris", 3, ["--levels", "6"])])
def test_sample_is_the_commands_design(method, n, extra, tmp_path):
    run_cli("sample", "--method", method, "--params", PARAMS, "-n", n, "--seed", 7, *extra,
            "--out", tmp_path / "design.csv")
    cli = pd.read_csv(tmp_path / "design.csv", float_precision="round_trip")
    levels = {"levels": 6} if extra else {}
    ours = umbrella.sample(method, str(PARAMS), n, seed=7, **levels)
    pd.testing.assert_frame_equal(ours, cli, check_exact=True)
    same = umbrella.sample(method, {"x": (0, 1), "y": (0, 1)}, n, seed=7, **levels)
    pd.testing.assert_frame_equal(same, cli, check_exact=True)
    plain = umbrella.sample(method, str(PARAMS), n, seed=7, as_frame=False, **levels)
    assert np.array_equal(plain["y"], cli["y"].to_numpy())


def test_sample_warns_as_the_command_does():
    with pytest.warns(UserWarning, match="-n 6 is not a power of 2"):
        umbrella.sample("saltelli", str(PARAMS), 6)
    with pytest.raises(umbrella.UsageError, match="^levels applies to method morris only$"):
        umbrella.sample("lhs", str(PARAMS), 4, levels=4)


@pytest.mark.parametrize("method, sampler, n", [("sobol", "saltelli", 64), ("morris", "morris", 10)])
def test_analyze_is_the_commands(method, sampler, n, tmp_path):
    design = umbrella.sample(sampler, str(PARAMS), n, seed=3)
    outputs = pd.DataFrame({"f": np.sin(6 * design["x"]) + design["y"] ** 2,
                            "g": design["x"] * design["y"]})
    design.to_csv(tmp_path / "design.csv", index=False, float_format="%.17g")
    outputs.to_csv(tmp_path / "outputs.csv", index=False, float_format="%.17g")
    files = ["--method", method, "--params", PARAMS, "--design", tmp_path / "design.csv",
             "--outputs", tmp_path / "outputs.csv", "--seed", 2]
    cli_json = run_cli("analyze", *files, "--json").stdout
    cli_text = run_cli("analyze", *files).stdout
    for given in (dict(design=design, outputs=outputs),
                  dict(design=str(tmp_path / "design.csv"), outputs=str(tmp_path / "outputs.csv")),
                  dict(design={c: design[c].to_numpy() for c in design}, outputs=outputs)):
        result = umbrella.analyze(method, str(PARAMS), seed=2, **given)
        assert result.to_json() + "\n" == cli_json
        assert result.text() == cli_text
    table = result.indices()
    parsed = json.loads(cli_json)
    index = "ST" if method == "sobol" else "mu_star"
    assert list(table["output"]) == ["f", "f", "g", "g"]
    assert list(table["parameter"]) == ["x", "y", "x", "y"]
    assert list(table[index]) == [parsed[o][index][p] for o in "fg" for p in "xy"]


def test_analyze_reads_tables_as_the_command_reads_files():
    design = umbrella.sample("saltelli", str(PARAMS), 4)
    with pytest.raises(umbrella.InputError, match="^design:1:1: "):
        umbrella.analyze("sobol", str(PARAMS), design.rename(columns={"x": "z"}),
                         pd.DataFrame({"f": np.zeros(len(design))}))
    with pytest.raises(umbrella.InputError, match="^outputs:"):
        umbrella.analyze("sobol", str(PARAMS), design,
                         pd.DataFrame({"f": np.full(len(design), np.nan)}))


def test_sensitivity_is_the_commands(saltelli):
    cli_json = run_cli("sensitivity", saltelli, "--json", "--resamples", 20).stdout
    cli_text = run_cli("sensitivity", saltelli, "--policy", "trust", "--resamples", 20).stdout
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a constant outcome is the command's warning too
        assert umbrella.sensitivity(saltelli, resamples=20).to_json() + "\n" == cli_json
        results = umbrella.open_results(saltelli)
        result = results.sensitivity(policy="trust", resamples=20)
    assert result.text() == cli_text
    assert set(result.indices()["output"]) == {"cred_KOR_2032", "jpn_hedges", "armed_peak"}
    with pytest.raises(umbrella.UsageError, match="morris indices need an experiment sampled"):
        results.sensitivity(method="morris")


def test_discover_is_the_commands(lhs):
    experiments, outcomes = umbrella.open_results(lhs).to_frames()
    baseline = (experiments["policy"] == "baseline").to_numpy()
    threshold = f">= {np.median(outcomes['cred_KOR_2032'][baseline])!r}"
    args = ["discover", lhs, "--outcome", "cred_KOR_2032", "--threshold", threshold]
    cli_text = run_cli(*args).stdout
    cli_json = run_cli(*args, "--json", "--paste").stdout
    results = umbrella.open_results(lhs)
    found = results.discover("cred_KOR_2032", threshold=threshold)
    assert found.text() == cli_text
    assert umbrella.discover(lhs, "cred_KOR_2032", threshold=threshold,
                             paste=True).to_json() + "\n" == cli_json
    parsed = json.loads(run_cli(*args, "--json").stdout)
    trajectory = found.trajectory()
    assert list(trajectory["coverage"]) == [s["coverage"] for s in parsed["trajectory"]]
    assert list(trajectory["rows"]) == [s["rows"] for s in parsed["trajectory"]]
    box = found.box()
    assert list(box["uncertainty"]) == [r["uncertainty"] for r in parsed["box"]["restrictions"]]
    assert list(box["p_value"]) == [r["p_value"] for r in parsed["box"]["restrictions"]]
    assert (found.chosen, found.cases, found.samples) == (parsed["box"]["step"], parsed["cases"],
                                                          40)
    assert repr(found).startswith("<umbrella.Discovery cred_KOR_2032 >= ")
    with pytest.raises(umbrella.UsageError, match="^outcome: no outcome named 'nope'"):
        results.discover("nope")


def test_to_frames_is_the_ema_workbench_pair(lhs):
    results = umbrella.open_results(lhs)
    experiments, outcomes = results.to_frames()
    assert len(experiments) == len(outcomes) == 2 * 40
    assert list(experiments.columns) == results.uncertainties + ["scenario", "policy"]
    assert list(outcomes.columns) == [o.name for o in results.outcomes]
    assert list(experiments["policy"]) == ["baseline"] * 40 + ["trust"] * 40
    assert list(experiments["scenario"]) == list(range(40)) * 2
    design = results.design()
    for name in results.uncertainties:
        assert np.array_equal(experiments[name][:40], design[name])
    runs = results.runs("trust")
    means = runs.groupby(level="sample").mean()
    np.testing.assert_allclose(outcomes["cred_KOR_2032"][40:], means["cred_KOR_2032"], rtol=1e-12)
    hedged = runs["jpn_hedges"].notna().groupby(level="sample").mean()
    np.testing.assert_allclose(outcomes["jpn_hedges"][40:], hedged, rtol=1e-12)

    every, values = results.to_frames(replicates="all")
    assert len(every) == 2 * 40 * 4
    assert list(every.columns) == results.uncertainties + ["scenario", "replicate", "policy"]
    trust = (every["policy"] == "trust").to_numpy()
    assert np.array_equal(every["replicate"][trust], runs.index.get_level_values("replicate"))
    assert np.array_equal(values["armed_peak"][trust], runs["armed_peak"])

    plain, plain_outcomes = results.to_frames(as_frame=False)
    assert isinstance(plain, dict) and isinstance(plain["policy"], np.ndarray)
    assert np.array_equal(plain_outcomes["armed_peak"], outcomes["armed_peak"])
    with pytest.raises(ValueError, match="replicates: expected 'mean' or 'all'"):
        results.to_frames(replicates="some")
