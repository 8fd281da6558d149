// umbrella crisis SCENARIO --flashpoint ID --year Y: builds one flashpoint's crisis game from a
// replicate's World at the start of that year, solves it exactly and explains the equilibrium:
// each move and why it is chosen.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "cli/scenario_options.h"
#include "core/error.h"
#include "core/limits.h"
#include "engine/crisis_at.h"
#include "engine/crisis_description.h"
#include "engine/crisis_game.h"
#include "engine/simulation.h"
#include "game/best_response.h"
#include "game/efg_writer.h"
#include "game/solve.h"

namespace umbrella::cli {
namespace {

struct CrisisOptions {
  ScenarioOptions scenario;
  std::string flashpoint;
  int year = 2030;
  std::uint32_t replicate = 0;
  int types = 5;
  bool check = false;
  std::string efg_path;
};

int crisis(const CrisisOptions& options) {
  RunOptions run_options = options.scenario.resolve();
  run_options.replicates = 1;
  const Scenario scenario = options.scenario.load();
  const Simulation simulation(scenario, run_options);
  const CrisisSetting s =
      crisis_setting_at(simulation, options.flashpoint, options.year, options.replicate);
  fmt::print("crisis {} at the start of {} (replicate {}, seed {})\n\n", s.flashpoint, options.year,
             options.replicate, run_options.seed);
  const CrisisEquilibrium eq = solve_crisis_equilibrium(s);
  fmt::print("{}", describe_crisis(s, eq));
  if (options.check || !options.efg_path.empty()) {
    const game::Game game = build_crisis_game(s, options.types);
    if (options.check) {
      const CrisisEquilibrium discrete = solve_crisis_equilibrium(s, options.types);
      const game::SolveResult lemke = game::solve(game, game::Method::lcp);
      fmt::print(
          "\ncheck with {} challenger types: the direct equilibrium's NashConv {:.3g}; Lemke's "
          "NashConv {:.3g}\n",
          options.types, game::nash_conv(game, profile_of(game, discrete, s, options.types)),
          lemke.nash_conv);
      fmt::print("{}", describe_outcome("direct solver", discrete.outcome));
      fmt::print("{}", describe_outcome("Lemke", outcome_of_profile(game, lemke.profile, s)));
    }
    if (!options.efg_path.empty()) {
      game::write_efg_file(game, options.efg_path);
      fmt::print("wrote {} ({} challenger types)\n", options.efg_path, options.types);
    }
  }
  return 0;
}

}  // namespace

void add_crisis_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<CrisisOptions>();
  CLI::App* sub = app.add_subcommand(
      "crisis", "Solve and explain one flashpoint's crisis game at the start of a year");
  options->scenario.add_to(*sub);
  sub->add_option("--flashpoint", options->flashpoint, "Flashpoint id, e.g. CHN-TWN")->required();
  sub->add_option("--year", options->year, "The crisis erupts at the start of this year")
      ->capture_default_str();
  sub->add_option("--replicate", options->replicate, "Whose World")->capture_default_str();
  sub->add_option("--types", options->types,
                  "Challenger resolve types in the written/checked discrete game")
      ->capture_default_str()
      ->check(CLI::Range(1, limits::kMaxCrisisTypes));
  sub->add_flag("--check", options->check,
                "Also solve the discrete game with Lemke and compare it with the direct solver");
  sub->add_option("--efg", options->efg_path, "Also write the discrete game as a Gambit .efg file");
  commands.push_back({sub, [options] { return crisis(*options); }});
}

}  // namespace umbrella::cli
