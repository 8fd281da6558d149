// Extensive-form games: read a Gambit .efg file, solve it as `umbrella game solve` does.
#include <fmt/format.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <optional>

#include "game/efg_reader.h"
#include "game/efg_writer.h"
#include "game/solve.h"
#include "python/bindings.h"
#include "python/handles.h"

namespace umbrella::python {
namespace {

struct GameSolution {
  std::shared_ptr<LoadedGame> game;
  game::SolveResult result;
};

std::shared_ptr<LoadedGame> read_game(const std::filesystem::path& file) {
  auto loaded = std::make_shared<LoadedGame>();
  std::vector<game::EfgWarning> warnings;
  {
    const py::gil_scoped_release release;
    game::EfgReadResult read = game::read_efg_file(file.string());
    loaded->game = std::move(read.game);
    warnings = std::move(read.warnings);
  }
  for (const game::EfgWarning& warning : warnings) {
    loaded->warnings.push_back(game::to_string(warning));
    if (PyErr_WarnEx(PyExc_UserWarning, loaded->warnings.back().c_str(), 1) != 0) {
      throw py::error_already_set();
    }
  }
  return loaded;
}

std::shared_ptr<GameSolution> solve_game(const py::object& game_or_file,
                                         const std::optional<std::string>& method, int iterations) {
  auto solution = std::make_shared<GameSolution>();
  solution->game = py::isinstance<LoadedGame>(game_or_file)
                       ? game_or_file.cast<std::shared_ptr<LoadedGame>>()
                       : read_game(path_argument(game_or_file, "game",
                                                 "an umbrella.Game or a path to an .efg file"));
  if (iterations < 1) throw py::value_error("iterations must be at least 1");
  const game::Game& game = solution->game->game;
  const game::Method chosen = method ? game::parse_method(*method) : game::default_method(game);
  const py::gil_scoped_release release;
  solution->result = game::solve(game, chosen, {.iterations = iterations});
  return solution;
}

py::array_t<double> profile(const py::object& self) {
  const std::span<const double> values = self.cast<const GameSolution&>().result.profile.values();
  return view_array(values, {static_cast<py::ssize_t>(values.size())}, self);
}

}  // namespace

void bind_game(py::module_& m) {
  py::class_<LoadedGame, std::shared_ptr<LoadedGame>>(
      m, "Game",
      "An extensive-form game (docs/game-library.md), read from a .efg file or built from a "
      "crisis.")
      .def_property_readonly("title", [](const LoadedGame& g) { return g.game.title(); })
      .def_property_readonly(
          "players",
          [](const LoadedGame& g) {
            std::vector<std::string> players(static_cast<std::size_t>(g.game.num_players()));
            for (std::size_t p = 0; p < players.size(); ++p) {
              players[p] = g.game.player_label(static_cast<int>(p));
            }
            return players;
          },
          "The players' labels.")
      .def_property_readonly("num_nodes", [](const LoadedGame& g) { return g.game.num_nodes(); })
      .def_property_readonly("num_infosets",
                             [](const LoadedGame& g) { return g.game.num_infosets(); })
      .def_property_readonly(
          "num_actions", [](const LoadedGame& g) { return g.game.num_actions(); },
          "Decision actions of all players: the length of a solution's profile.")
      .def_property_readonly("perfect_information",
                             [](const LoadedGame& g) { return g.game.is_perfect_information(); })
      .def_property_readonly("perfect_recall",
                             [](const LoadedGame& g) { return g.game.has_perfect_recall(); })
      .def_property_readonly("constant_sum",
                             [](const LoadedGame& g) { return g.game.is_constant_sum(); })
      .def_property_readonly(
          "default_method",
          [](const LoadedGame& g) {
            return std::string(game::to_string(game::default_method(g.game)));
          },
          "The method solve_game uses unless told: spe, lp, lcp or cfr+.")
      .def_readonly("warnings", &LoadedGame::warnings,
                    "What reading the file warned about (also issued as UserWarning).")
      .def(
          "to_efg", [](const LoadedGame& g) { return game::write_efg(g.game); },
          "The game as a Gambit .efg file's text.")
      .def("__repr__", [](const LoadedGame& g) {
        return "<umbrella.Game " + g.game.title() + ", " + std::to_string(g.game.num_nodes()) +
               " nodes>";
      });

  m.def("read_efg", &read_game, py::arg("file"),
        "Reads a Gambit .efg file (EFG 2 R or D). InputError with file:line:column on malformed "
        "input; warnings are issued as UserWarning and kept in Game.warnings.");

  py::class_<GameSolution, std::shared_ptr<GameSolution>>(
      m, "GameSolution", "An equilibrium of a game, as `umbrella game solve` reports it.")
      .def_property_readonly(
          "method",
          [](const GameSolution& s) { return std::string(game::to_string(s.result.method)); })
      .def_property_readonly(
          "payoffs", [](const GameSolution& s) { return s.result.payoffs; },
          "Each player's expected payoff under the profile.")
      .def_property_readonly(
          "nash_conv", [](const GameSolution& s) { return s.result.nash_conv; },
          "The sum over players of the gain from a best response: 0 at an equilibrium.")
      .def_property_readonly(
          "exploitability", [](const GameSolution& s) { return s.result.exploitability; },
          "NashConv / 2 for two-player constant-sum games, NashConv otherwise.")
      .def_property_readonly(
          "iterations", [](const GameSolution& s) { return s.result.iterations; },
          "CFR+ iterations, simplex iterations (lp) or Lemke pivots (lcp); 0 for spe.")
      .def_property_readonly(
          "profile", &profile,
          "Every decision action's probability, player by player (a read-only numpy view).")
      .def_property_readonly(
          "strategies",
          [](const GameSolution& s) -> py::object {
            const py::object parsed =
                py::module_::import("json").attr("loads")(game::to_json(s.result, s.game->game));
            return parsed["strategies"];
          },
          "{player: {information set: {action: probability}}}, named as in to_json().")
      .def_readonly("game", &GameSolution::game)
      .def(
          "to_json", [](const GameSolution& s) { return game::to_json(s.result, s.game->game); },
          "The JSON of `umbrella game solve --json`.")
      .def(
          "gambit_line",
          [](const GameSolution& s) { return game::to_gambit_line(s.result, s.game->game); },
          "Gambit's one-line profile, \"NE,...\".")
      .def(
          "table", [](const GameSolution& s) { return game::to_table(s.result, s.game->game); },
          "The readable table `umbrella game solve` prints.")
      .def("__repr__", [](const GameSolution& s) {
        return fmt::format("<umbrella.GameSolution {}: NashConv {:.3g} after {} iterations>",
                           game::to_string(s.result.method), s.result.nash_conv,
                           s.result.iterations);
      });

  m.def("solve_game", &solve_game, py::arg("game"), py::arg("method") = py::none(),
        py::arg("iterations") = 1000,
        "Solves a Game, or the .efg file at a path, the GIL released: method spe "
        "(subgame-perfect, perfect information), lp (exact, two-player zero-sum), lcp (two "
        "players, general-sum) or cfr+ (approximate, `iterations` of them); by default the one "
        "`umbrella game solve` picks. ValueError when the method does not fit the game.");
}

}  // namespace umbrella::python
