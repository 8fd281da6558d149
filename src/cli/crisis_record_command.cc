// umbrella crisis-record SCENARIO --record FILE: the crisis record's rates and shares by dyad
// class, beside what the scenario's crisis game gives at each flashpoint, and how probable the
// model finds each flashpoint's recorded crises (docs/validation.md, "Crises against the record").
#include <fmt/core.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/scenario_options.h"
#include "engine/crisis_record_score.h"

namespace umbrella::cli {
namespace {

struct CrisisRecordOptions {
  ScenarioOptions scenario;
  std::string record = "data/record/crises.csv";
  int year = 0;  // 0: the scenario's start
  int since = 1950;
  bool json = false;
};

nlohmann::json to_json(const Proportion& p) {
  return {{"events", p.events},
          {"crises", p.trials},
          {"estimate", p.estimate},
          {"lower", p.lower},
          {"upper", p.upper}};
}

nlohmann::json to_json(const CrisisRecordScore& score) {
  nlohmann::json out = {{"record", score.record_file},
                        {"year", score.year},
                        {"since", score.since},
                        {"until", score.until},
                        {"interval", "95%: Jeffreys for shares, exact Poisson for rates"}};
  for (const ClassRecord& c : score.classes) {
    out["classes"][name(c.dyad_class)] = {{"crises", c.crises},
                                          {"p_war", to_json(c.war)},
                                          {"p_force", to_json(c.force)},
                                          {"p_nuclear_signal", to_json(c.nuclear_signal)},
                                          {"p_war_under_signal", to_json(c.war_under_signal)}};
  }
  for (const FlashpointScore& f : score.flashpoints) {
    out["flashpoints"][f.flashpoint] = {{"record",
                                         {{"crises", f.recorded},
                                          {"wars", f.recorded_wars},
                                          {"crises_nuclear_vs_protected", f.recorded_nuclear},
                                          {"rate",
                                           {{"crises_in_window", f.record_rate.events},
                                            {"years", f.record_rate.years},
                                            {"estimate", f.record_rate.estimate},
                                            {"lower", f.record_rate.lower},
                                            {"upper", f.record_rate.upper}}}}},
                                        {"model",
                                         {{"eruption_rate", f.model_rate},
                                          {"p_invasion", f.p_invasion},
                                          {"p_invasion_success", f.p_invasion_success},
                                          {"p_threat", f.p_threat},
                                          {"p_coercion", f.p_coercion},
                                          {"p_nuclear_use", f.p_nuclear_use}}},
                                        {"p_record", f.p_record},
                                        {"p_record_nuclear_vs_protected", f.p_record_nuclear}};
  }
  return out;
}

std::string share(const Proportion& p) {
  if (p.trials == 0) return "-";
  return fmt::format("{}/{} {:.2f} [{:.2f}, {:.2f}]", p.events, p.trials, p.estimate, p.lower,
                     p.upper);
}

void print_table(const CrisisRecordScore& score) {
  fmt::print("the record ({}), by dyad class; 95% Jeffreys intervals\n", score.record_file);
  fmt::print("{:<26} {:>7}  {:<26} {:<26} {:<26} {:<26}\n", "class", "crises", "P(war | crisis)",
             "P(force | crisis)", "P(nuclear signal | crisis)", "P(war, signal | crisis)");
  for (const ClassRecord& c : score.classes) {
    fmt::print("{:<26} {:>7}  {:<26} {:<26} {:<26} {:<26}\n", name(c.dyad_class), c.crises,
               share(c.war), share(c.force), share(c.nuclear_signal), share(c.war_under_signal));
  }
  fmt::print(
      "\nthe model's crises at the start of {} (replicate 0) beside each flashpoint's record; "
      "rates over {}-{}, exact 95% intervals\n",
      score.year, score.since, score.until);
  fmt::print("{:<9} {:>22} {:>7} {:>8} {:>6} {:>9} {:>10} {:>9} {:>9} {:>9} {:>10}\n", "",
             "record rate", "model", "recorded", "wars", "P(inv)", "P(success)", "P(threat)",
             "P(nuc)", "P(record)", "P(rec, nuc)");
  for (const FlashpointScore& f : score.flashpoints) {
    fmt::print(
        "{:<9} {:>22} {:>7.3f} {:>8} {:>6} {:>9.3f} {:>10.3f} {:>9.3f} {:>9.3f} {:>9.3f} "
        "{:>10.3f}\n",
        f.flashpoint,
        fmt::format("{:.3f} [{:.3f}, {:.3f}]", f.record_rate.estimate, f.record_rate.lower,
                    f.record_rate.upper),
        f.model_rate, f.recorded, f.recorded_wars, f.p_invasion, f.p_invasion_success, f.p_threat,
        f.p_nuclear_use, f.p_record, f.p_record_nuclear);
  }
}

int crisis_record(const CrisisRecordOptions& options) {
  RunOptions run_options = options.scenario.resolve();
  run_options.replicates = 1;
  const Scenario scenario = options.scenario.load();
  const Simulation simulation(scenario, run_options);
  const CrisisRecord record = read_crisis_record(options.record);
  const int year = options.year != 0 ? options.year : simulation.start_year();
  const CrisisRecordScore score = score_crisis_record(simulation, record, year, options.since);
  if (options.json) {
    fmt::print("{}\n", to_json(score).dump(2));
  } else {
    print_table(score);
  }
  return 0;
}

}  // namespace

void add_crisis_record_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<CrisisRecordOptions>();
  CLI::App* sub = app.add_subcommand(
      "crisis-record",
      "Score the crisis game against the record of crises since 1945 (docs/validation.md)");
  options->scenario.add_to(*sub);
  sub->add_option("--record", options->record, "The crisis record (CSV, data/record/crises.md)")
      ->capture_default_str();
  sub->add_option("--year", options->year,
                  "Solve the model's crises at the start of this year (default: the scenario's "
                  "start)");
  sub->add_option("--since", options->since, "Count the record's crises from this year")
      ->capture_default_str();
  sub->add_flag("--json", options->json, "Print JSON instead of tables");
  commands.push_back({sub, [options] { return crisis_record(*options); }});
}

}  // namespace umbrella::cli
