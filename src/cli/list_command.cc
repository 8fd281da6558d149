// umbrella list WHAT SCENARIO: what a scenario offers an analyst by name (the levers to pull, the
// assumptions and their views, the outcome series, the flashpoints, the uncertain numbers), so
// that --lever, --assume, an experiment's outcomes and uncertainties can be written without
// reading the YAML.
#include <fmt/core.h>

#include <map>
#include <memory>

#include "cli/commands.h"
#include "core/error.h"
#include "engine/simulation.h"
#include "scenario/loader.h"

namespace umbrella::cli {
namespace {

struct ListOptions {
  std::string what;
  std::string path;
  std::vector<std::string> overlays;
};

void list_levers(const Scenario& s) {
  fmt::print("{:<24} {:>5}  {}\n", "lever", "from", "description");
  for (const Lever& lever : s.levers) {
    fmt::print("{:<24} {:>5}  {}\n", lever.name, lever.from_year, lever.description);
  }
}

void list_assumptions(const Scenario& s) {
  for (const Assumption& a : s.assumptions) {
    fmt::print("{}: {}\n", a.name, a.description);
    for (std::size_t v = 0; v < a.views.size(); ++v) {
      const bool chosen = static_cast<int>(v) == a.default_view;
      fmt::print("  {} {:<20} {}\n", chosen ? "*" : " ", a.views[v].name, a.views[v].description);
    }
  }
  fmt::print("(* the default view; choose another with --assume NAME=VIEW)\n");
}

void list_outcomes(const Scenario& s) {
  const Simulation sim(s, RunOptions{});
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::string>> subjects;
  for (const Series& series : sim.outcomes()) {
    if (!subjects.contains(series.name)) order.push_back(series.name);
    subjects[series.name].push_back(series.subject);
  }
  fmt::print("{:<28} subjects (an experiment names one as `series: NAME SUBJECT`)\n", "series");
  for (const std::string& name : order) {
    fmt::print("{:<28} {}\n", name, fmt::join(subjects[name], " "));
  }
}

void list_flashpoints(const Scenario& s) {
  const World& w = s.world;
  fmt::print("{:<12} {:<10} {:<6} {:<6} {:<14} {:>8} {:>8}\n", "flashpoint", "challenger", "ally",
             "patron", "region", "stakes", "eruption");
  for (const Flashpoint& f : w.flashpoints) {
    fmt::print("{:<12} {:<10} {:<6} {:<6} {:<14} {:>8.2f} {:>8.3f}\n", f.id,
               w.states[f.adversary].code, w.states[f.ally].code,
               f.patron == kNoState ? "-" : w.states[f.patron].code, w.regions[f.region], f.stakes,
               f.eruption_rate);
  }
}

void list_uncertainties(const Scenario& s) {
  fmt::print("{:<52} {:>10} {:>10} {:>10}\n", "uncertain number", "value", "lower", "upper");
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const ParamSpec& p = s.parameters[i];
    if (p.uncertainty.kind == Distribution::Kind::fixed) continue;
    fmt::print("{:<52} {:>10.4g} {:>10.4g} {:>10.4g}\n", info(static_cast<ParamId>(i)).name,
               p.value, p.uncertainty.lower, p.uncertainty.upper);
  }
  for (const WorldUncertainty& u : s.uncertainties) {
    fmt::print("{:<52} {:>10.4g} {:>10.4g} {:>10.4g}\n", u.path, u.value, u.distribution.lower,
               u.distribution.upper);
  }
}

int list(const ListOptions& options) {
  const Scenario scenario = load_scenario(options.path, options.overlays);
  if (options.what == "levers") list_levers(scenario);
  if (options.what == "assumptions") list_assumptions(scenario);
  if (options.what == "outcomes") list_outcomes(scenario);
  if (options.what == "flashpoints") list_flashpoints(scenario);
  if (options.what == "uncertainties") list_uncertainties(scenario);
  return 0;
}

}  // namespace

void add_list_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* sub = app.add_subcommand(
      "list", "List a scenario's levers, assumptions, outcomes, flashpoints or uncertainties");
  sub->add_option("what", options->what, "What to list")
      ->required()
      ->check(CLI::IsMember({"levers", "assumptions", "outcomes", "flashpoints", "uncertainties"}));
  sub->add_option("scenario", options->path, "Scenario file (YAML)")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--overlay", options->overlays, "Overlay applied on top (repeatable)")
      ->check(CLI::ExistingFile);
  commands.push_back({sub, [options] { return list(*options); }});
}

}  // namespace umbrella::cli
