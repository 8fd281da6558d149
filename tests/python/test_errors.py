"""Bad input raises the command line's errors, as Python exceptions carrying file:line; a bad
argument names the keyword where the command line names its option."""
import re

import pytest
import umbrella
from conftest import BASELINE, EVENTS, ROOT, cli_error

SCENARIO_CASES = ROOT / "tests" / "scenario" / "malformed"
EXPERIMENT_CASES = ROOT / "tests" / "experiment" / "malformed"
GAME_CASES = ROOT / "tests" / "game" / "games" / "malformed"


def cases(folder):
    return sorted(p.stem for p in folder.glob("*.expected"))


@pytest.mark.parametrize("name", cases(SCENARIO_CASES))
def test_every_malformed_scenario_fails_as_the_command_line_does(name, monkeypatch):
    monkeypatch.chdir(SCENARIO_CASES)
    expected = (SCENARIO_CASES / f"{name}.expected").read_text().splitlines()[0]
    with pytest.raises(umbrella.InputError) as error:
        umbrella.load_scenario(f"{name}.yaml")
    assert str(error.value) == expected
    assert str(error.value) == cli_error("validate", f"{name}.yaml", cwd=SCENARIO_CASES)


@pytest.mark.parametrize("name", cases(EXPERIMENT_CASES))
def test_every_malformed_experiment_fails_as_the_command_line_does(name, monkeypatch, tmp_path):
    monkeypatch.chdir(EXPERIMENT_CASES)
    expected = (EXPERIMENT_CASES / f"{name}.expected").read_text().splitlines()[0]
    with pytest.raises(umbrella.InputError) as error:
        umbrella.load_experiment(f"{name}.yaml")
    assert str(error.value) == expected
    with pytest.raises(umbrella.InputError) as error:
        umbrella.run_experiment(f"{name}.yaml", tmp_path / "out")
    assert str(error.value) == expected
    assert not (tmp_path / "out").exists()
    assert expected == cli_error("experiment", f"{name}.yaml", "--out", tmp_path / "cli",
                                 cwd=EXPERIMENT_CASES)


def test_an_input_error_carries_its_location_as_attributes(monkeypatch):
    monkeypatch.chdir(SCENARIO_CASES)
    with pytest.raises(umbrella.InputError) as error:
        umbrella.load_scenario("bad_date.yaml")
    e = error.value
    assert (e.file, e.line, e.column) == ("bad_date.yaml", 4, 12)
    assert e.field == "events[0].date"
    assert e.message.startswith("expected a date")
    assert str(e).startswith("bad_date.yaml:4:12: events[0].date: ")
    assert isinstance(e, ValueError)


def test_a_malformed_game_names_file_line_and_column():
    bad = sorted(GAME_CASES.glob("*.efg"))[0]
    with pytest.raises(umbrella.InputError) as error:
        umbrella.read_efg(bad)
    assert re.match(rf"{re.escape(str(bad))}:\d+:\d+: ", str(error.value))
    assert error.value.line > 0
    assert str(error.value) == cli_error("game", "solve", bad)


def test_an_unknown_lever_names_the_keyword_where_the_command_line_names_its_option(baseline):
    with pytest.raises(umbrella.UsageError) as error:
        umbrella.Simulation(baseline, levers={"no_such_lever": 1.0})
    e = error.value
    assert (e.keyword, str(e)) == ("levers", f"levers: {e.message}")
    assert e.message.startswith("no lever named 'no_such_lever' (levers: ")
    assert "restore_trust" in e.message
    assert cli_error("run", BASELINE, "--overlay", EVENTS, "--lever", "no_such_lever",
                     "--quiet") == f"--lever: {e.message}"


@pytest.mark.parametrize("levers", [{"restore_trust": 1.5}, {"restore_trust": float("nan")},
                                    ["restore_trust=-0.1"]])
def test_an_intensity_outside_0_1_is_refused(baseline, levers):
    with pytest.raises(umbrella.UsageError, match=r"expected an intensity in \[0, 1\]"):
        umbrella.Simulation(baseline, levers=levers)


@pytest.mark.parametrize("to_year", [2**31 - 1, 3000000, 2201])
def test_a_last_year_past_2200_is_refused_before_anything_is_allocated(baseline, to_year):
    with pytest.raises(ValueError) as error:
        umbrella.Simulation(baseline, replicates=1, to_year=to_year)
    e = error.value
    assert isinstance(e, umbrella.UsageError)
    assert e.keyword == "to_year"
    assert str(e) == e.message == (
        f"to_year {to_year} is after the last year a scenario may reach (2200)")
    assert cli_error("run", BASELINE, "--overlay", EVENTS, "--to", str(to_year),
                     "--quiet") == f"--to {to_year} is after the last year a scenario may reach (2200)"


def test_options_named_inside_a_message_are_keywords_too(baseline):
    with pytest.raises(umbrella.UsageError) as error:
        umbrella.Simulation(baseline, from_year=2030, to_year=2029)
    assert error.value.keyword == "to_year"
    assert str(error.value) == "to_year 2029 is before from_year 2030"
    assert cli_error("run", BASELINE, "--overlay", EVENTS, "--from", "2030", "--to", "2029",
                     "--quiet") == "--to 2029 is before --from 2030"


def test_a_keyword_with_an_underscore_is_named_so(tmp_path):
    experiment = ROOT / "scenarios" / "experiments" / "essay-remedies.yaml"
    with pytest.raises(umbrella.UsageError) as error:
        umbrella.run_experiment(experiment, tmp_path / "out", chunk_runs=10**9)
    e = error.value
    assert (e.keyword, str(e)) == ("chunk_runs", f"chunk_runs: {e.message}")
    assert e.message.startswith("expected at most ")
    assert cli_error("experiment", experiment, "--out", tmp_path / "cli", "--chunk-runs",
                     str(10**9)) == f"--chunk-runs: {e.message}"


def test_an_unknown_assumption_view_is_refused(baseline):
    with pytest.raises(umbrella.UsageError) as error:
        umbrella.Simulation(baseline, assumptions={"forward_weapons": "no_such_view"})
    assert error.value.keyword == "assumptions"
    assert str(error.value).startswith("assumptions forward_weapons: no view named 'no_such_view'")
    assert "--" + str(error.value).replace("assumptions", "assume", 1) == cli_error(
        "run", BASELINE, "--overlay", EVENTS, "--assume", "forward_weapons=no_such_view", "--quiet")


def test_an_unknown_flashpoint_lists_the_known_ones(baseline):
    simulation = umbrella.Simulation(baseline, replicates=1)
    with pytest.raises(umbrella.UsageError) as error:
        simulation.solve_crisis("XXX-YYY", 2030)
    assert error.value.keyword == "flashpoint"
    assert "--" + str(error.value) == cli_error(
        "crisis", BASELINE, "--overlay", EVENTS, "--flashpoint", "XXX-YYY")
    assert "CHN-TWN" in str(error.value)


def test_a_missing_results_store_is_a_usage_error(tmp_path):
    with pytest.raises(umbrella.UsageError) as error:
        umbrella.open_results(tmp_path)
    assert error.value.keyword is None
    assert str(error.value) == error.value.message == cli_error("compare", tmp_path)


@pytest.mark.parametrize("call, message", [
    (lambda: umbrella.Simulation(None), "scenario: expected an umbrella.Scenario, got None"),
    (lambda: umbrella.solve_game(None),
     "game: expected an umbrella.Game or a path to an .efg file, got None"),
    (lambda: umbrella.run_experiment(3, "/nonexistent/out"),
     "experiment: expected an umbrella.Experiment or a path to an experiment file, got int"),
])
def test_none_or_a_wrong_object_is_a_type_error_naming_the_argument(call, message):
    """None once reached the library as an empty pointer (Simulation(None) crashed)."""
    with pytest.raises(TypeError) as error:
        call()
    assert str(error.value) == message
