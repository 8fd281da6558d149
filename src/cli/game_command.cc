// umbrella game solve FILE.efg [--method spe|cfr+|lp|lcp] [--iterations N] [--json]
#include <fmt/core.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "cli/commands.h"
#include "core/error.h"
#include "game/efg_reader.h"
#include "game/solve.h"

namespace umbrella::cli {
namespace {

struct GameSolveOptions {
  std::string file;
  std::string method;  // empty: chosen from the game
  int iterations = 1000;
  bool json = false;
};

int run_game_solve(const GameSolveOptions& options) {
  // A malformed file raises InputError, which main reports with exit code 2.
  const game::EfgReadResult read = game::read_efg_file(options.file);
  for (const game::EfgWarning& warning : read.warnings) {
    fmt::print(stderr, "warning: {}\n", game::to_string(warning));
  }
  const game::Method method =
      options.method.empty() ? game::default_method(read.game) : game::parse_method(options.method);
  game::SolveResult result;
  try {
    result = game::solve(read.game, method, {.iterations = options.iterations});
  } catch (const std::invalid_argument& error) {
    // The method does not fit this game: a usage error, not an internal one.
    throw UsageError(error.what());
  }
  if (options.json) {
    fmt::print("{}\n", game::to_json(result, read.game));
  } else {
    fmt::print("{}\n\n{}", game::to_gambit_line(result, read.game),
               game::to_table(result, read.game));
  }
  return 0;
}

}  // namespace

void add_game_command(CLI::App& app, Commands& commands) {
  CLI::App* game = app.add_subcommand("game", "Extensive-form games in Gambit's .efg format");
  game->require_subcommand(1);
  auto options = std::make_shared<GameSolveOptions>();
  CLI::App* solve = game->add_subcommand(
      "solve", "Compute an equilibrium: behaviour strategies, payoffs and exploitability");
  solve->add_option("FILE", options->file, "The game, a Gambit .efg file (EFG 2 R or D)")
      ->required();
  solve
      ->add_option("--method", options->method,
                   "spe: subgame-perfect, perfect information only; cfr+: approximate, any "
                   "number of players; lp: exact, two-player zero-sum; lcp: two players, "
                   "general-sum. Default: spe for perfect information, else lp for two-player "
                   "zero-sum, else lcp for two players, else cfr+")
      ->check(CLI::IsMember({"spe", "cfr+", "lp", "lcp"}));
  solve->add_option("--iterations", options->iterations, "CFR+ iterations (default 1000)")
      ->check(CLI::PositiveNumber);
  solve->add_flag("--json", options->json,
                  "Print {method, payoffs, exploitability, strategies} as JSON");
  commands.push_back({solve, [options] { return run_game_solve(*options); }});
}

}  // namespace umbrella::cli
