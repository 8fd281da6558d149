// umbrella calibrate-eruption SCENARIO: fits the eruption hazard's coefficients on the crisis
// record along a history with flashpoints (docs/validation.md#the-eruption-hazard) and writes
// the estimates, the panel and an overlay.
#include <fmt/core.h>

#include <cmath>
#include <memory>

#include "calibration/eruption_fit.h"
#include "cli/commands.h"
#include "cli/scenario_options.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace umbrella::cli {
namespace {

struct CalibrateEruptionOptions {
  ScenarioOptions scenario;
  std::string crises = "data/record/crises.csv";
  std::string record = "data/record/proliferation.csv";
  std::string coding{kPrimaryCoding};
  int replays = 16;
  int since = 1950;
  int until = 2024;
  EruptionFitOptions fit;
  std::string out;
  std::string write_overlay;
};

std::string interval(const EruptionEstimate& e) {
  return std::isfinite(e.se) ? fmt::format("[{:.2f}, {:.2f}]", e.lower, e.upper) : "-";
}

void print_table(const EruptionFit& fit) {
  fmt::print(
      "{} flashpoint-years {}-{}, {} recorded crises; log-likelihood {:.2f} (the exogenous "
      "hazard, intercepts alone: {:.2f}); likelihood-ratio p = {:.3f}{}\n\n",
      fit.rows, fit.first_year, fit.last_year, fit.events, fit.log_likelihood,
      fit.constant_log_likelihood, fit.lr_p_value, fit.converged ? "" : "  NOT CONVERGED");
  fmt::print("{:<28} {:>10} {:>9} {:>8} {:>18}\n", "", "judgment*", "estimate", "se", "90% Wald");
  for (const auto* list : {&fit.intercepts, &fit.coefficients}) {
    for (const EruptionEstimate& e : *list) {
      fmt::print("{:<28} {:>10.3f} {:>9.3f} {:>8.3f} {:>18}{}\n",
                 e.param == ParamId::count ? "intercept " + e.name : e.name, e.judgment, e.estimate,
                 e.se, interval(e),
                 !e.identified ? "  not identified: it does not vary over the training years"
                 : e.at_bound  ? "  at the domain's edge"
                               : "");
    }
  }
  fmt::print("* for an intercept, the exogenous hazard's estimate\n");
  if (fit.held_out.rows > 0) {
    fmt::print(
        "\nheld out, {} flashpoint-years after {} with {} crises: log score {:.4f} (exogenous "
        "{:.4f}), Brier {:.4f} (exogenous {:.4f})\n",
        fit.held_out.rows, fit.options.train_until, fit.held_out.events, fit.held_out.log_score,
        fit.held_out_constant.log_score, fit.held_out.brier, fit.held_out_constant.brier);
  }
}

int calibrate_eruption(const CalibrateEruptionOptions& options) {
  if (options.replays < 1) throw UsageError("--replays must be at least 1");
  const ProliferationRecord record = ProliferationRecord::read(options.record);
  if (!record.has_coding(options.coding)) {
    throw UsageError("--coding: the record has no rows coded '" + options.coding + "'");
  }
  const CrisisRecord crises = read_crisis_record(options.crises);
  const Scenario scenario = options.scenario.load();
  const EruptionPanel panel =
      build_eruption_panel({&scenario, options.scenario.resolve(), &crises, &record, options.coding,
                            options.replays, options.since, options.until});
  const EruptionFit fit = fit_eruption(panel, scenario.parameter_values(), options.fit);
  // Everything is formatted before anything is written: a refused run leaves no file.
  const std::string overlay =
      options.write_overlay.empty()
          ? std::string()
          : format_eruption_overlay(
                fit, fmt::format("Fitted on {} along {} ({} replays, seed {}), training years "
                                 "{}-{}.",
                                 options.crises, options.scenario.scenario_path, options.replays,
                                 options.scenario.resolve().seed, fit.first_year, fit.last_year));
  print_table(fit);
  if (!options.out.empty()) {
    create_output_folder(options.out);
    write_file_atomically(std::filesystem::path(options.out) / "eruption.json",
                          to_json(fit, panel).dump(2) + "\n");
    write_file_atomically(std::filesystem::path(options.out) / "eruption-panel.csv",
                          format_eruption_panel_csv(panel));
    fmt::print("wrote {}/eruption.json and {}/eruption-panel.csv\n", options.out, options.out);
  }
  if (!overlay.empty()) {
    write_file_atomically(options.write_overlay, overlay);
    fmt::print("wrote {}\n", options.write_overlay);
  }
  return 0;
}

}  // namespace

void add_calibrate_eruption_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<CalibrateEruptionOptions>();
  CLI::App* sub = app.add_subcommand(
      "calibrate-eruption",
      "Fit the crisis eruption hazard on the crisis record along a history (maximum likelihood)");
  options->scenario.add_to(*sub);
  sub->add_option("--crisis-record", options->crises, "The crisis record (CSV)")
      ->capture_default_str();
  sub->add_option("--record", options->record,
                  "The proliferation record the history follows (CSV of stage spells)")
      ->capture_default_str();
  sub->add_option("--coding", options->coding, "Which coding of the proliferation record")
      ->capture_default_str();
  sub->add_option("--since", options->since, "First year at risk in the panel")
      ->capture_default_str();
  sub->add_option("--until", options->until, "Last year at risk in the panel")
      ->capture_default_str();
  sub->add_option("--train-until", options->fit.train_until,
                  "Last training year; the panel's later years are scored")
      ->capture_default_str();
  sub->add_option("--replays", options->replays,
                  "Replicates whose covariates are averaged (the patron's drawn acts differ)")
      ->capture_default_str();
  sub->add_option("--out", options->out, "Folder for eruption.json and eruption-panel.csv");
  sub->add_option("--write-overlay", options->write_overlay,
                  "Write the estimates as a parameter overlay (YAML)");
  commands.push_back({sub, [options] { return calibrate_eruption(*options); }});
}

}  // namespace umbrella::cli
