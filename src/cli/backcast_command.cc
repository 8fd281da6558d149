// umbrella backcast SCENARIO --record FILE --train-until Y: the history simulated with hazards
// fitted on the years up to Y, scored on the years after it (docs/validation.md).
#include <fmt/core.h>

#include <memory>

#include "calibration/backcast.h"
#include "cli/commands.h"
#include "cli/scenario_options.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace umbrella::cli {
namespace {

struct BackcastCommandOptions {
  ScenarioOptions scenario;
  std::string record;
  int train_until = 1989;
  std::vector<int> rolling;
  BackcastOptions backcast;
  std::string out;
};

void print_scores(const Backcast& b) {
  fmt::print("{:<8} {:<16} {:<8} {:>6} {:>7} {:>8} {:>8} {:>6}\n", "origin", "model", "stage",
             "states", "onsets", "Brier", "log", "AUC");
  for (const OriginResult& o : b.origins) {
    for (const ModelScores& m : o.models) {
      for (const StageScore& s : m.stages) {
        fmt::print("{:<8} {:<16} {:<8} {:>6} {:>7} {:>8.4f} {:>8.4f} {:>6}\n", o.origin, m.model,
                   name(s.stage), s.states, s.events, s.brier, s.log,
                   s.auc ? fmt::format("{:.3f}", *s.auc) : "-");
      }
    }
  }
}

int backcast_command(BackcastCommandOptions options) {
  if (options.backcast.replicates < 1) throw UsageError("--replicates must be at least 1");
  if (options.backcast.threads < 1) throw UsageError("--threads must be at least 1");
  if (options.backcast.replays < 1) throw UsageError("--replays must be at least 1");
  options.backcast.origins = {options.train_until};
  for (int y : options.rolling) {
    if (y != options.train_until) options.backcast.origins.push_back(y);
  }
  const ProliferationRecord record = ProliferationRecord::read(options.record);
  if (!record.has_coding(options.backcast.coding)) {
    throw UsageError("--coding: the record has no rows coded '" + options.backcast.coding + "'");
  }
  RunOptions run = options.scenario.resolve();
  run.replicates = options.backcast.replicates;
  const Scenario scenario = options.scenario.load();
  const Simulation simulation(scenario, run);
  const Backcast backcast = run_backcast(simulation, record, options.backcast);
  const std::string json = to_json(backcast).dump(1) + "\n";
  print_scores(backcast);
  create_output_folder(options.out);
  const auto file = std::filesystem::path(options.out) / "backcast.json";
  write_file_atomically(file, json);
  fmt::print("wrote {}\n", file.string());
  return 0;
}

}  // namespace

void add_backcast_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<BackcastCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "backcast", "Simulate the history with hazards fitted up to a year; score the years after");
  options->scenario.add_to(*sub);
  sub->add_option("--record", options->record, "The proliferation record (CSV of stage spells)")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--train-until", options->train_until, "Last year the hazards are fitted on")
      ->capture_default_str();
  sub->add_option("--rolling", options->rolling,
                  "Further training origins to compare (e.g. --rolling 1969 1979 1999)");
  sub->add_option("--replicates", options->backcast.replicates, "Simulated histories per model")
      ->capture_default_str();
  sub->add_option("--threads", options->backcast.threads, "Threads (results do not depend on it)")
      ->capture_default_str();
  sub->add_option("--replays", options->backcast.replays,
                  "Replicates whose covariates the fit averages")
      ->capture_default_str();
  sub->add_option("--coding", options->backcast.coding, "Which coding of the record")
      ->capture_default_str();
  sub->add_option("--bootstrap", options->backcast.fit.bootstrap,
                  "Resamples of whole states for the fit's intervals")
      ->default_val(0);
  sub->add_option("--out", options->out, "Folder for backcast.json")->required();
  commands.push_back({sub, [options] { return backcast_command(*options); }});
}

}  // namespace umbrella::cli
