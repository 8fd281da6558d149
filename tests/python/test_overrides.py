"""Simulation(parameters=..., world=...) changes a scenario exactly as an overlay file setting the
same numbers does on the command line, and refuses what that overlay would be refused for, as a
UsageError naming the keyword and the key."""
import json
import math

import pytest
import umbrella
from conftest import BASELINE, cli_error, run_cli

RUN = {"seed": 11, "replicates": 40, "to_year": 2032}
PARAMETERS = {"crisis.eruption.doubt": 2.5, "credibility.prior_strength": 12}
WORLD = {"states.KOR.latency": 0.9, "alliances.USA-JPN.credibility": 0.35,
         "flashpoints.CHN-TWN.eruption_rate": 0.12, "states.KOR.breakout_years": 0.75}
OVERLAY = """\
parameters:
  crisis.eruption.doubt: {value: 2.5}
  credibility.prior_strength: {value: 12}
states:
  - {code: KOR, latency: 0.9, breakout_years: 0.75}
alliances:
  - {patron: USA, ally: JPN, credibility: 0.35}
flashpoints:
  - {id: CHN-TWN, eruption_rate: 0.12}
"""


def without_sources(text):
    """A summary's numbers and choices, without the files it names."""
    summary = json.loads(text)
    for key in ("scenario_path", "overlays"):
        summary.pop(key, None)
    return summary


@pytest.fixture(scope="module")
def scenario():
    return umbrella.load_scenario(BASELINE)


def test_overrides_equal_the_overlay_file_on_the_command_line(scenario, tmp_path):
    overlay = tmp_path / "overrides.yaml"
    overlay.write_text(OVERLAY)
    run_cli("run", BASELINE, "--overlay", overlay, "--seed", RUN["seed"], "--replicates",
            RUN["replicates"], "--to", RUN["to_year"], "--out", tmp_path / "cli")
    cli = (tmp_path / "cli" / "summary.json").read_text()
    sim = umbrella.Simulation(scenario, parameters=PARAMETERS, world=WORLD, **RUN)
    ours = sim.run().to_json()
    assert without_sources(ours) == without_sources(cli)
    plain = umbrella.Simulation(scenario, **RUN).run().to_json()
    assert without_sources(plain) != without_sources(ours)
    assert sim.parameters == {"crisis.eruption.doubt": 2.5, "credibility.prior_strength": 12.0}
    assert sim.world == {key: float(value) for key, value in WORLD.items()}
    assert sim.scenario.files[-2:] == ["<parameters>", "<world>"]
    assert "<parameters>" not in scenario.files  # the scenario given is not changed


def test_overrides_add_to_a_scenario_that_has_some(scenario):
    first = umbrella.Simulation(scenario, parameters={"crisis.eruption.doubt": 1.0}, **RUN)
    second = umbrella.Simulation(first.scenario, parameters={"crisis.eruption.doubt": 2.5,
                                                             "credibility.prior_strength": 12},
                                 **RUN)
    both = umbrella.Simulation(scenario, parameters=PARAMETERS, **RUN)
    assert second.parameters == both.parameters
    assert second.run_replicate(3).equals(both.run_replicate(3))


def overlay_error(tmp_path, text):
    """The command line's message for an overlay, without its file:line:column."""
    overlay = tmp_path / "bad.yaml"
    overlay.write_text(text)
    message = cli_error("validate", BASELINE, "--overlay", overlay)
    assert message.startswith(str(overlay) + ":"), message
    return message.split(": ", 1)[1]


@pytest.mark.parametrize("keyword, key, value, overlay", [
    ("parameters", "crisis.eruption.doubt", 99.0,
     "parameters:\n  crisis.eruption.doubt: {value: 99}\n"),
    ("parameters", "crisis.eruption.doubtt", 1.0,
     "parameters:\n  crisis.eruption.doubtt: {value: 1}\n"),
    ("parameters", "credibility.prior_strength", 70.0,  # inside the bounds, outside the range
     "parameters:\n  credibility.prior_strength: {value: 70}\n"),
    ("parameters", "credibility.capability.theater_balance", 1.5,  # an assumption view sets it
     "parameters:\n  credibility.capability.theater_balance: {value: 1.5}\n"),
    ("world", "states.KOR.latency", 1.4, "states:\n  - {code: KOR, latency: 1.4}\n"),
    ("world", "states.KOR.latencyy", 0.5, "states:\n  - {code: KOR, latencyy: 0.5}\n"),
    ("world", "flashpoints.CHN-TWN.eruption_rate", -0.5,
     "flashpoints:\n  - {id: CHN-TWN, eruption_rate: -0.5}\n"),
])
def test_a_bad_override_is_the_overlays_error(scenario, tmp_path, keyword, key, value, overlay):
    expected = overlay_error(tmp_path, overlay)
    with pytest.raises(umbrella.UsageError) as error:
        umbrella.Simulation(scenario, **{keyword: {key: value}})
    assert str(error.value) == f"{keyword}: {expected}"
    assert key.rsplit(".", 1)[-1] in str(error.value)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused(scenario, value):
    with pytest.raises(umbrella.UsageError, match=r"^parameters: parameters\[crisis.eruption.doubt\]"
                       r"\.value: expected a number in \[.*\], got -?(nan|inf)$"):
        umbrella.Simulation(scenario, parameters={"crisis.eruption.doubt": value})
    with pytest.raises(umbrella.UsageError, match=r"^world: states\[KOR\]\.latency: expected a "
                       r"number in \[0, 1\], got -?(nan|inf)$"):
        umbrella.Simulation(scenario, world={"states.KOR.latency": value})


@pytest.mark.parametrize("key, message", [
    ("states.XYZ.latency", "world: states.XYZ.latency: the scenario has no states XYZ"),
    ("alliances.USA-XYZ.credibility",
     "world: alliances.USA-XYZ.credibility: the scenario has no alliances USA-XYZ"),
    ("ladder.brink.loss_of_control", "world: ladder.brink.loss_of_control: expected a key under "
     "states, alliances, rivalries or flashpoints"),
    ("states.KOR", "world: states.KOR: expected SECTION.ID.FIELD, such as states.KOR.latency, "
     "alliances.USA-JPN.credibility or flashpoints.CHN-TWN.eruption_rate"),
])
def test_world_keys_name_an_object_the_scenario_has(scenario, key, message):
    with pytest.raises(umbrella.UsageError) as error:
        umbrella.Simulation(scenario, world={key: 0.5})
    assert str(error.value) == message


def test_values_must_be_numbers(scenario):
    with pytest.raises(TypeError, match="parameters: crisis.eruption.doubt: expected a number, "
                       "got str"):
        umbrella.Simulation(scenario, parameters={"crisis.eruption.doubt": "1"})
    with pytest.raises(TypeError, match="world: expected a mapping"):
        umbrella.Simulation(scenario, world=["states.KOR.latency=1"])
