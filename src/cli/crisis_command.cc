// umbrella crisis SCENARIO --flashpoint ID --year Y: builds one flashpoint's crisis game from a
// replicate's World at the start of that year, solves it exactly and explains the equilibrium.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "cli/scenario_options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "engine/simulation.h"
#include "game/efg_writer.h"
#include "model/crisis.h"

namespace umbrella::cli {
namespace {

struct CrisisOptions {
  ScenarioOptions scenario;
  std::string flashpoint;
  int year = 2030;
  std::uint32_t replicate = 0;
  std::string efg_path;
};

int crisis(const CrisisOptions& options) {
  RunOptions run_options = options.scenario.resolve();
  run_options.replicates = 1;
  const Scenario scenario = options.scenario.load();
  const Simulation simulation(scenario, run_options);
  const int flashpoint = simulation.world().find_flashpoint(options.flashpoint);
  if (flashpoint < 0) {
    std::string known;
    for (const Flashpoint& f : simulation.world().flashpoints)
      known += (known.empty() ? "" : ", ") + f.id;
    throw UsageError("--flashpoint: no flashpoint '" + options.flashpoint +
                     "' (flashpoints: " + known + ")");
  }
  const Simulation::Moment m = simulation.moment(options.replicate, options.year);
  CrisisSetting s;
  try {
    s = crisis_setting(m.world, m.index, m.params, m.state, flashpoint);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const game::Game game = build_crisis_game(s);
  const CrisisOutcome out = solve_crisis(game, s);
  fmt::print("crisis {} at the start of {} (replicate {}, seed {})\n\n", s.flashpoint, options.year,
             options.replicate, run_options.seed);
  fmt::print("stakes {:.2f}; patron tactically Hard with prior {:.2f}, strategically Hard {:.2f}\n",
             s.stakes, s.p_tactical, s.p_strategic);
  fmt::print(
      "invasion succeeds: against the ally alone {:.2f}, with the patron {:.2f}; challenger "
      "prevails in a theater nuclear war {:.2f}; the ally {} alone\n",
      s.success_alone, s.success_defended, s.success_theater,
      s.ally_resists ? "would fight" : "would yield");
  for (const bool tactical : {true, false}) {
    for (const bool strategic : {true, false}) {
      const PatronWeights w = patron_weights(s, tactical, strategic);
      fmt::print("patron {}{}: values the ally at {:.2f}, weighs nuclear costs x{:.2f}\n",
                 tactical ? 'H' : 'S', strategic ? 'H' : 'S', w.ally_value, w.nuclear_aversion);
    }
  }
  fmt::print("loss of control from a theater nuclear war: {:.2f}\n\n", s.loss_of_control);
  fmt::print("{}\n", game::to_table(out.solution, game));
  fmt::print(
      "given the crisis: invasion {:.3f}, nuclear coercion {:.3f}, nuclear use {:.3f}, "
      "invasion succeeds {:.3f}, strategic exchange {:.3f}\n",
      out.p_invasion, out.p_coercion, out.p_nuclear_use, out.p_invasion_success,
      out.p_strategic_exchange);
  fmt::print("highest group reached:");
  for (std::size_t g = 0; g < out.highest_group.size(); ++g) {
    fmt::print(" {} {:.3f}", name(static_cast<LadderGroup>(g)), out.highest_group[g]);
  }
  fmt::print("\n");
  if (!options.efg_path.empty()) {
    write_file_atomically(options.efg_path, game::write_efg(game));
    fmt::print("wrote {}\n", options.efg_path);
  }
  return 0;
}

}  // namespace

void add_crisis_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<CrisisOptions>();
  CLI::App* sub = app.add_subcommand(
      "crisis", "Solve and explain one flashpoint's crisis game (not yet part of `run`)");
  options->scenario.add_to(*sub);
  sub->add_option("--flashpoint", options->flashpoint, "Flashpoint id, e.g. CHN-TWN")->required();
  sub->add_option("--year", options->year, "The crisis erupts at the start of this year")
      ->capture_default_str();
  sub->add_option("--replicate", options->replicate, "Whose World")->capture_default_str();
  sub->add_option("--efg", options->efg_path, "Also write the game as a Gambit .efg file");
  commands.push_back({sub, [options] { return crisis(*options); }});
}

}  // namespace umbrella::cli
