"""Games and crises solve as `umbrella game solve` and `umbrella crisis` solve them."""
import json

import numpy as np
import pytest
import umbrella
from conftest import BASELINE, EVENTS, ROOT, run_cli

GAMES = ROOT / "tests" / "game" / "games"


@pytest.mark.parametrize("name, method", [("kuhn_poker", None), ("kuhn_poker", "lcp"),
                                          ("centipede", None), ("beer_quiche", None),
                                          ("three_player_weather", None)])
def test_a_game_solves_as_the_command_line_solves_it(name, method):
    file = GAMES / f"{name}.efg"
    options = [] if method is None else ["--method", method]
    solution = umbrella.solve_game(file, method)
    assert solution.to_json() + "\n" == run_cli("game", "solve", file, "--json", *options).stdout
    table = run_cli("game", "solve", file, *options).stdout
    assert table == solution.gambit_line() + "\n\n" + solution.table()


def test_kuhn_poker_has_its_known_value():
    solution = umbrella.solve_game(umbrella.read_efg(GAMES / "kuhn_poker.efg"), "lp")
    assert solution.method == "lp"
    assert solution.payoffs[0] == pytest.approx(-1 / 18, abs=1e-9)
    assert solution.exploitability < 1e-9
    game = solution.game
    assert game.players == ["Player 1", "Player 2"]
    assert solution.profile.shape == (game.num_actions,)
    assert solution.profile.base is solution
    strategies = solution.strategies
    assert len(strategies) == 2
    for infosets in strategies.values():
        for actions in infosets.values():
            assert sum(actions.values()) == pytest.approx(1.0)


def test_a_method_that_does_not_fit_the_game_is_a_value_error():
    with pytest.raises(ValueError):
        umbrella.solve_game(GAMES / "three_player_weather.efg", "lp")
    with pytest.raises(ValueError):
        umbrella.solve_game(GAMES / "kuhn_poker.efg", "simplex")


def test_a_game_writes_back_as_efg(tmp_path):
    game = umbrella.read_efg(GAMES / "kuhn_poker.efg")
    (tmp_path / "again.efg").write_text(game.to_efg())
    again = umbrella.read_efg(tmp_path / "again.efg")
    assert again.to_efg() == game.to_efg()
    assert umbrella.solve_game(again).to_json() == umbrella.solve_game(game).to_json()


@pytest.fixture(scope="module")
def crisis(baseline):
    simulation = umbrella.Simulation(baseline, seed=2025, levers={"theater_forces": 1})
    return simulation.solve_crisis("CHN-TWN", 2032, replicate=3)


def test_a_crisis_is_explained_as_the_command_line_explains_it(crisis, tmp_path):
    out = run_cli("crisis", BASELINE, "--overlay", EVENTS, "--lever", "theater_forces",
                  "--flashpoint", "CHN-TWN", "--year", "2032", "--replicate", "3",
                  "--efg", tmp_path / "crisis.efg").stdout
    header = "crisis CHN-TWN at the start of 2032 (replicate 3, seed 2025)\n\n"
    assert out.startswith(header + crisis.explain())
    assert crisis.game(5).to_efg() == (tmp_path / "crisis.efg").read_text()


def test_a_crisis_gives_its_setting_equilibrium_and_outcome(crisis):
    assert (crisis.flashpoint, crisis.year, crisis.replicate) == ("CHN-TWN", 2032, 3)
    setting, equilibrium, outcome = crisis.setting, crisis.equilibrium, crisis.outcome
    assert setting.stakes > 0 and 0 <= setting.p_tactical <= 1
    assert setting.conventional.challenger >= 0
    assert set(equilibrium.respond) == {"HH", "HS", "SH", "SS"}
    for responses in equilibrium.respond.values():
        assert sum(responses.values()) == pytest.approx(1.0)
    assert outcome.p_invasion == pytest.approx(equilibrium.p_invade, abs=1e-12)
    assert outcome.p_invasion_success <= outcome.p_invasion
    assert sum(outcome.highest_group.values()) == pytest.approx(1.0)
    assert f"invasion {outcome.p_invasion:.4f}" in crisis.explain()


def test_the_crisis_game_solved_by_lemke_agrees_with_the_direct_solver(crisis):
    solution = umbrella.solve_game(crisis.game(5), "lcp")
    assert solution.nash_conv < 1e-6
    assert np.all(solution.profile >= -1e-12)
    with pytest.raises(ValueError):
        crisis.game(0)
