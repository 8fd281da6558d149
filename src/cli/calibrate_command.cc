// umbrella calibrate SCENARIO --record FILE: fits the proliferation hazards on the historical
// record's training years (docs/validation.md) and writes the estimates, the panel and an overlay.
#include <fmt/core.h>

#include <cmath>
#include <memory>

#include "calibration/calibration.h"
#include "cli/commands.h"
#include "cli/scenario_options.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace umbrella::cli {
namespace {

struct CalibrateOptions {
  ScenarioOptions scenario;
  std::string record;
  std::string coding{kPrimaryCoding};
  int replays = 16;
  std::vector<std::string> free;
  CalibrationOptions fit;
  std::string out;
  std::string write_overlay;
  bool unbounded = false;
};

std::vector<ParamId> parse_free(const std::vector<std::string>& names) {
  std::vector<ParamId> ids;
  for (const std::string& n : names) {
    const std::optional<ParamId> id = find_param(n);
    if (!id || !transition_of(*id)) {
      throw UsageError("--free: '" + n +
                       "' is not a coefficient of the proliferation hazards (see umbrella "
                       "validate --list-parameters, proliferation.hedge/pursue/reverse.*)");
    }
    ids.push_back(*id);
  }
  return ids;
}

void print_table(const Calibration& c) {
  for (const TransitionFit& f : c.fits) {
    fmt::print(
        "{:<8} {} country-years, {} events in {} states; log-likelihood {:.2f} (judgment "
        "values: {:.2f}){}\n",
        name(f.transition), f.rows, f.events, f.states, f.log_likelihood, f.judgment_log_likelihood,
        f.converged ? "" : "  NOT CONVERGED");
  }
  fmt::print("\n{:<40} {:>9} {:>9} {:>8} {:>20} {:>20}\n", "coefficient", "judgment", "estimate",
             "se", "90% Wald", "90% bootstrap");
  for (const CoefficientEstimate& e : c.coefficients) {
    fmt::print("{:<40} {:>9.3f} {:>9.3f} {:>8.3f} {:>20} {:>20}{}\n", info(e.param).name,
               e.judgment, e.estimate, e.se, fmt::format("[{:.2f}, {:.2f}]", e.lower, e.upper),
               std::isnan(e.boot_lower)
                   ? std::string("-")
                   : fmt::format("[{:.2f}, {:.2f}]", e.boot_lower, e.boot_upper),
               e.at_bound ? "  at the domain's edge" : "");
  }
}

int calibrate_command(CalibrateOptions options) {
  if (options.replays < 1) throw UsageError("--replays must be at least 1");
  if (options.fit.bootstrap < 0) throw UsageError("--bootstrap must be 0 or more");
  options.fit.free = parse_free(options.free);
  options.fit.bounded = !options.unbounded;
  const ProliferationRecord record = ProliferationRecord::read(options.record);
  if (!record.has_coding(options.coding)) {
    throw UsageError("--coding: the record has no rows coded '" + options.coding + "'");
  }
  RunOptions run = options.scenario.resolve();
  run.replicates = options.replays;
  const Scenario scenario = options.scenario.load();
  const Simulation simulation(scenario, run);
  const Panel panel = build_panel(simulation, record, options.coding, options.replays);
  const Calibration calibration = calibrate(panel, simulation.base_parameters(), options.fit);
  // Everything is formatted before anything is written: a refused overlay leaves no file.
  std::string overlay;
  if (!options.write_overlay.empty()) {
    overlay = format_overlay(
        calibration,
        fmt::format(
            "Fitted on {} ({} coding) along {} (seed {}, {} replays), training years up to {}.",
            options.record, options.coding, options.scenario.scenario_path, run.seed,
            options.replays, options.fit.train_until));
  }
  // The threshold end state's share: programmes ended up to the training window's last year, seen
  // through the scenario's last year.
  const ThresholdEstimate threshold = estimate_threshold_share(
      record, options.coding, options.fit.train_until, simulation.last_year());
  print_table(calibration);
  fmt::print(
      "\n{}: {} of {} programmes ended without a weapon up to {} stayed at exploration through {}: "
      "{:.3f}, 90% Jeffreys [{:.3f}, {:.3f}]\n",
      info(ParamId::threshold_share).name, threshold.settled, threshold.step_backs, threshold.until,
      threshold.observed_until, threshold.share, threshold.lower, threshold.upper);
  if (!options.out.empty()) {
    create_output_folder(options.out);
    nlohmann::json json = to_json(calibration, panel);
    json["threshold"] = to_json(threshold);
    write_file_atomically(std::filesystem::path(options.out) / "calibration.json",
                          json.dump(2) + "\n");
    write_file_atomically(std::filesystem::path(options.out) / "panel.csv",
                          format_panel_csv(panel));
    fmt::print("wrote {}/calibration.json and {}/panel.csv\n", options.out, options.out);
  }
  if (!overlay.empty()) {
    write_file_atomically(options.write_overlay, overlay);
    fmt::print("wrote {}\n", options.write_overlay);
  }
  return 0;
}

}  // namespace

void add_calibrate_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<CalibrateOptions>();
  CLI::App* sub = app.add_subcommand(
      "calibrate", "Fit the proliferation hazards on the historical record (maximum likelihood)");
  options->scenario.add_to(*sub);
  sub->add_option("--record", options->record, "The proliferation record (CSV of stage spells)")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--coding", options->coding, "Which coding of the record")->capture_default_str();
  sub->add_option("--train-until", options->fit.train_until, "Last year of the training window")
      ->capture_default_str();
  sub->add_option("--replays", options->replays,
                  "Replicates whose covariates are averaged (the patron's drawn acts differ)")
      ->capture_default_str();
  sub->add_option("--bootstrap", options->fit.bootstrap, "Resamples of whole states (0: none)")
      ->capture_default_str();
  sub->add_flag("--unbounded", options->unbounded,
                "Fit each coefficient on the whole line, not within its domain (the literature's "
                "sign)");
  sub->add_option("--free", options->free,
                  "Coefficients to fit (repeatable; default: those the record can inform)");
  sub->add_option("--out", options->out, "Folder for calibration.json and panel.csv");
  sub->add_option("--write-overlay", options->write_overlay,
                  "Write the estimates as a parameter overlay (YAML)");
  commands.push_back({sub, [options] { return calibrate_command(*options); }});
}

}  // namespace umbrella::cli
