// umbrella crisis SCENARIO --flashpoint ID --year Y: builds one flashpoint's crisis game from a
// replicate's World at the start of that year, solves it exactly and explains the equilibrium:
// each move and why it is chosen.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.h"
#include "cli/scenario_options.h"
#include "core/error.h"
#include "core/limits.h"
#include "engine/simulation.h"
#include "game/best_response.h"
#include "game/efg_writer.h"
#include "game/solve.h"
#include "model/crisis_game.h"

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

const char* kResponseNames[] = {"concede", "defend", "escalate"};

void print_setting(const CrisisSetting& s) {
  fmt::print("stakes {:.2f}; patron tactically Hard with prior {:.3f}, strategically Hard {:.3f}\n",
             s.stakes, s.p_tactical, s.p_strategic);
  fmt::print(
      "invasion succeeds: against the ally alone {:.3f}, with the patron {:.3f}; the challenger "
      "prevails in a theater nuclear war {:.3f}; the ally {} alone\n",
      s.success_alone, s.success_defended, s.success_theater,
      s.ally_resists ? "would fight" : "would yield");
  fmt::print(
      "costs (challenger/defender): conventional {:.2f}/{:.2f}, limited nuclear use {:.2f}/{:.2f} "
      "(first user/struck), theater war {:.2f}/{:.2f}, strategic exchange {:.2f}/{:.2f}; loss of "
      "control from limited use to theater war {:.2f}, from theater war to a strategic exchange "
      "{:.2f}\n\n",
      s.conventional.challenger, s.conventional.defender, s.limited_nuclear.challenger,
      s.limited_nuclear.defender, s.theater_war.challenger, s.theater_war.defender,
      s.strategic.challenger, s.strategic.defender, s.limited_loss_of_control, s.loss_of_control);
}

void explain(const CrisisSetting& s, const CrisisEquilibrium& eq) {
  const Endings e = crisis_endings(s);
  auto challenger = [&](EndingId id) { return challenger_payoff(s, ending(e, id)); };
  fmt::print("why, from the last move back:\n");
  fmt::print(
      "- after a patron's first use the challenger {}: theater war is worth {:.3f} to it, backing "
      "down {:.3f}\n",
      eq.counter_escalates ? "counter-escalates" : "backs down",
      challenger(EndingId::war_after_first_use), challenger(EndingId::challenger_backs_down));
  const std::array<double, kPatronTypeCount> priors = patron_type_priors(s);
  for (std::size_t t = 0; t < kPatronTypes.size(); ++t) {
    const PatronWeights w = patron_weights(s, kPatronTypes[t]);
    auto patron = [&](EndingId id) { return patron_payoff(w, ending(e, id)); };
    const double defend =
        (1.0 - eq.coerce) * patron(EndingId::conventional_war) +
        eq.coerce * patron(eq.retaliates[t] ? EndingId::war_after_coercion : EndingId::coerced);
    const double escalate = patron(eq.counter_escalates ? EndingId::war_after_first_use
                                                        : EndingId::challenger_backs_down);
    fmt::print(
        "- patron {} (prior {:.3f}; values the ally at {:.2f}, weighs nuclear costs x{:.2f}): "
        "after coercion it {} (retaliating {:.3f}, backing down {:.3f}); to an invasion: "
        "concede {:.3f}, defend {:.3f}, escalate {:.3f}, so",
        kPatronTypes[t].label, priors[t], w.ally_value, w.nuclear_aversion,
        eq.retaliates[t] ? "retaliates" : "backs down", patron(EndingId::war_after_coercion),
        patron(EndingId::coerced), patron(EndingId::patron_concedes), defend, escalate);
    for (std::size_t r = 0; r < kResponseCount; ++r) {
      if (eq.respond[t][r] > 0.0) fmt::print(" {} {:.3f}", kResponseNames[r], eq.respond[t][r]);
    }
    fmt::print("\n");
  }
  fmt::print(
      "- after a defence the challenger believes the patron retaliates with probability {:.3f}; "
      "nuclear coercion pays below {:.3f}, so it coerces with probability {:.3f} (fighting on is "
      "worth {:.3f}, coercion {:.3f} if the patron backs down and {:.3f} if it retaliates)\n",
      eq.belief_retaliates, eq.coerce_threshold, eq.coerce, challenger(EndingId::conventional_war),
      challenger(EndingId::coerced), challenger(EndingId::war_after_coercion));
  fmt::print(
      "- invading is worth {:.3f} to the challenger before its private resolve (logistic, scale "
      "{:.3f}), so it invades in {:.4f} of crises\n\n",
      eq.continuation, s.resolve_dispersion * s.stakes, eq.p_invade);
}

void print_outcome(const char* title, const CrisisOutcome& out) {
  fmt::print(
      "{}: invasion {:.4f}, nuclear coercion {:.4f}, nuclear use {:.4f}, invasion succeeds "
      "{:.4f}, strategic exchange {:.5f}\n",
      title, out.p_invasion, out.p_coercion, out.p_nuclear_use, out.p_invasion_success,
      out.p_strategic_exchange);
  fmt::print("highest group reached:");
  for (std::size_t g = 1; g < out.highest_group.size(); ++g) {
    fmt::print(" {} {:.4f}", name(static_cast<LadderGroup>(g)), out.highest_group[g]);
  }
  fmt::print("\n");
}

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
  fmt::print("crisis {} at the start of {} (replicate {}, seed {})\n\n", s.flashpoint, options.year,
             options.replicate, run_options.seed);
  print_setting(s);
  const CrisisEquilibrium eq = solve_crisis_equilibrium(s);
  explain(s, eq);
  print_outcome("given the crisis", eq.outcome);
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
      print_outcome("direct solver", discrete.outcome);
      print_outcome("Lemke", outcome_of_profile(game, lemke.profile, s));
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
