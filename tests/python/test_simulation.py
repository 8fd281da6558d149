"""Simulation runs the command line's library: the same scenario, options and seed give the
command line's numbers, bit for bit."""
import json

import numpy as np
import pytest
import umbrella
from conftest import BASELINE, EVENTS, run_cli


def cli_summary(tmp_path, *options):
    run_cli("run", BASELINE, "--overlay", EVENTS, *options, "--quiet", "--out", tmp_path / "cli")
    return (tmp_path / "cli" / "summary.json").read_text()


def test_the_scenario_lists_its_levers_assumptions_and_flashpoints(baseline):
    levers = [lever.name for lever in baseline.levers]
    remedies = {"restore_trust", "theater_forces", "japan_introduction", "bilateral_sharing"}
    assert remedies <= set(levers)
    assert all(lever.from_year >= baseline.start_year for lever in baseline.levers)
    assumption = next(a for a in baseline.assumptions if a.name == "forward_weapons")
    assert assumption.default_view in [view.name for view in assumption.views]
    assert "CHN-TWN" in baseline.flashpoints
    assert "JPN" in baseline.states
    assert baseline.files[-1].endswith("events-2026.yaml")


def test_a_run_equals_the_command_lines_summary_byte_for_byte(baseline, tmp_path):
    simulation = umbrella.Simulation(baseline, seed=7, replicates=300, threads=2,
                                     levers={"bilateral_sharing": 1, "restore_trust": 0.5},
                                     assumptions={"forward_weapons": "no_added_effect"})
    summary = simulation.run()
    expected = cli_summary(tmp_path, "--seed", "7", "--replicates", "300", "--threads", "1",
                           "--lever", "bilateral_sharing", "--lever", "restore_trust=0.5",
                           "--assume", "forward_weapons=no_added_effect")
    assert summary.to_json() == expected
    written = summary.write(tmp_path / "python")
    assert written.read_text() == expected
    with pytest.raises(umbrella.UsageError, match="^format: expected json or csv, got 'xml'$"):
        summary.write(tmp_path / "xml", format="xml")
    assert not (tmp_path / "xml").exists()
    # A folder the machine will not let anyone write in: the command line's exit code 1.
    with pytest.raises(OSError, match="^/proc/self/summary.json: cannot write the file"):
        summary.write("/proc/self")


def test_years_and_sampled_uncertainty_follow_the_command_line(baseline, tmp_path):
    summary = umbrella.Simulation(baseline, seed=11, replicates=100, from_year=2030, to_year=2035,
                                  sample_uncertainty=True).run()
    assert summary.to_json() == cli_summary(tmp_path, "--seed", "11", "--replicates", "100",
                                            "--from", "2030", "--to", "2035",
                                            "--sample-uncertainty")
    assert list(summary.years) == list(range(2030, 2036))


def test_one_replicate_is_the_command_lines_run_of_one(baseline, tmp_path):
    simulation = umbrella.Simulation(baseline, seed=5, replicates=1)
    table = simulation.run_replicate(0, as_frame=False)
    cli = json.loads(cli_summary(tmp_path, "--seed", "5", "--replicates", "1"))
    assert list(table["year"]) == cli["years"]
    for outcome, subject in simulation.columns:
        assert list(table[outcome, subject]) == cli["outcomes"][outcome][subject]["mean"]


def test_records_aggregate_to_the_summary(baseline):
    simulation = umbrella.Simulation(baseline, seed=3, replicates=400, threads=2)
    records = simulation.run_replicates()
    summary = simulation.run()
    assert records.shape == (400, len(simulation.years), len(simulation.columns))
    kinds = summary.kinds
    for outcome, subject in [("credibility", "JPN"), ("p_pursuit", "KOR"),
                             ("p_invasion", "CHN-TWN"), ("npt_strength", "world")]:
        column = records[:, :, simulation.outcome_index(outcome, subject)]
        series = summary.series(outcome, subject)
        np.testing.assert_allclose(column.mean(axis=0), series["mean"], rtol=1e-12, atol=1e-15)
        if kinds[outcome] == "quantity":
            # The summary's quantiles estimate numpy's default (linear, type 7) from a streaming
            # histogram: within one bin, 1/2000 for a belief or strength (docs/outputs.md).
            np.testing.assert_allclose(np.percentile(column, [5, 25, 50, 75, 95], axis=0),
                                       [series[k] for k in ("p05", "p25", "p50", "p75", "p95")],
                                       rtol=0, atol=1 / 2000)
        else:
            assert set(np.unique(column)) <= {0.0, 1.0}


def test_records_do_not_depend_on_the_threads(baseline):
    one = umbrella.Simulation(baseline, seed=9, replicates=50, threads=1).run_replicates()
    two = umbrella.Simulation(baseline, seed=9, replicates=50, threads=2).run_replicates()
    assert np.array_equal(one, two)
    single = umbrella.Simulation(baseline, seed=9, replicates=1)
    alone = single.run_replicate(17, as_frame=False)
    for index, column in enumerate(single.columns):
        assert np.array_equal(two[17, :, index], alone[column])


def test_a_lever_moves_the_outcomes_it_should(baseline):
    base = umbrella.Simulation(baseline, seed=2025, replicates=300).run()
    sharing = umbrella.Simulation(baseline, seed=2025, replicates=300,
                                  levers=["bilateral_sharing"]).run()
    assert sharing.levers == ["bilateral_sharing=1"]
    assert sharing.mean("credibility", "KOR", 2035) > base.mean("credibility", "KOR", 2035)


def test_the_narrative_is_the_command_lines(baseline):
    simulation = umbrella.Simulation(baseline, seed=2025, replicates=1)
    cli = run_cli("explain", BASELINE, "--overlay", EVENTS, "--replicate", "7").stdout
    story = simulation.narrative(7)
    assert story.strip() and story in cli


def test_tables_label_years_and_outcome_columns(baseline):
    pandas = pytest.importorskip("pandas")
    simulation = umbrella.Simulation(baseline, replicates=1)
    frame = simulation.run_replicate(3)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.index) == list(simulation.years)
    assert frame.index.name == "year"
    assert list(frame.columns) == simulation.columns
    assert frame.columns.names == ["outcome", "subject"]
    as_dict = simulation.run_replicate(3, as_frame=False)
    assert np.array_equal(frame["p_pursuit", "KOR"].to_numpy(), as_dict["p_pursuit", "KOR"])
    summary = umbrella.Simulation(baseline, replicates=50).run()
    means = summary.table()
    assert means.loc[2035, ("credibility", "JPN")] == summary.mean("credibility", "JPN", 2035)
    assert np.isnan(summary.table("p50").loc[2035, ("p_pursuit", "KOR")])


def test_a_summary_reads_back_from_its_file(baseline, tmp_path):
    summary = umbrella.Simulation(baseline, replicates=20).run()
    again = umbrella.read_summary(summary.write(tmp_path))
    assert again.to_json() == summary.to_json()
    assert again.scenario_path == str(BASELINE)
    with pytest.raises(KeyError):
        summary.series("credibility", "XXX")
    with pytest.raises(ValueError):
        summary.table("p42")
