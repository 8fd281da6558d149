// umbrella discover DIR --outcome NAME: scenario discovery with PRIM. Which box of the
// uncertainties holds the samples where an outcome of interest happens (docs/experiments.md)?
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/error.h"
#include "core/text.h"
#include "experiment/experiment.h"
#include "experiment/prim.h"
#include "experiment/sample_means.h"

namespace umbrella::cli {
namespace {

struct DiscoverCommandOptions {
  std::string dir;
  std::string outcome;
  std::string policy = experiment::kBaselinePolicy;
  std::string against;  // empty: the policy's own means; else the paired difference from it
  std::string threshold = ">= 0.5";
  experiment::PrimOptions prim;
  bool json = false;
};

std::size_t index_of(const std::vector<std::string>& names, const std::string& name,
                     const std::string& option, const std::string& what) {
  auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) {
    throw UsageError(
        fmt::format("{}: no {} named '{}' ({}: {})", option, what, name, what, join(names)));
  }
  return static_cast<std::size_t>(found - names.begin());
}

nlohmann::ordered_json step_json(std::size_t index, const experiment::PrimStep& step) {
  return {{"step", index},
          {"coverage", step.coverage},
          {"density", step.density},
          {"mass", step.mass},
          {"rows", step.rows},
          {"cases", step.cases},
          {"restricted", step.restricted}};
}

nlohmann::ordered_json to_json(const experiment::PrimResult& result,
                               const std::vector<std::string>& names) {
  nlohmann::ordered_json trajectory = nlohmann::ordered_json::array();
  for (std::size_t s = 0; s < result.trajectory.size(); ++s) {
    trajectory.push_back(step_json(s, result.trajectory[s]));
  }
  nlohmann::ordered_json box = step_json(result.chosen, result.box);
  box["restrictions"] = nlohmann::ordered_json::array();
  for (const experiment::PrimRestriction& r : result.restrictions) {
    box["restrictions"].push_back({{"uncertainty", names[r.column]},
                                   {"lower", r.lower},
                                   {"upper", r.upper},
                                   {"full_lower", r.full_lower},
                                   {"full_upper", r.full_upper},
                                   {"p_value", r.p_value}});
  }
  return {{"trajectory", trajectory}, {"box", box}};
}

std::string to_text(const experiment::PrimResult& result, const std::vector<std::string>& names) {
  std::string text = fmt::format("{:>4}  {:>8}  {:>8}  {:>6}  {:>10}\n", "step", "coverage",
                                 "density", "mass", "restricted");
  for (std::size_t s = 0; s < result.trajectory.size(); ++s) {
    const experiment::PrimStep& step = result.trajectory[s];
    text += fmt::format("{:>4}  {:>8.3f}  {:>8.3f}  {:>6.3f}  {:>10}{}\n", s, step.coverage,
                        step.density, step.mass, step.restricted,
                        s == result.chosen ? "  <- chosen" : "");
  }
  const experiment::PrimStep& box = result.box;
  text += fmt::format(
      "\nbox of step {}: coverage {:.3f} ({} of the cases), density {:.3f}, mass {:.3f} ({} "
      "samples)\n",
      result.chosen, box.coverage, box.cases, box.density, box.mass, box.rows);
  if (result.restrictions.empty()) return text + "no uncertainty is restricted\n";
  std::size_t width = 11;
  for (const experiment::PrimRestriction& r : result.restrictions) {
    width = std::max(width, names[r.column].size());
  }
  text += fmt::format("{:<{}}  {:>10}  {:>10}  {:>23}  {:>8}\n", "uncertainty", width, "lower",
                      "upper", "full range", "p-value");
  for (const experiment::PrimRestriction& r : result.restrictions) {
    text += fmt::format("{:<{}}  {:>10.4g}  {:>10.4g}  {:>23}  {:>8.2g}\n", names[r.column], width,
                        r.lower, r.upper,
                        fmt::format("[{:.4g}, {:.4g}]", r.full_lower, r.full_upper), r.p_value);
  }
  return text;
}

int run_discover(const DiscoverCommandOptions& options) {
  const std::optional<experiment::Condition> condition =
      experiment::parse_condition(options.threshold);
  if (!condition) {
    throw UsageError(
        "--threshold: expected a condition such as '>= 0.5' (>=, >, <= or < and a "
        "number), got " +
        options.threshold);
  }
  experiment::ResultsStore store(std::filesystem::path(options.dir) / "results.sqlite");
  const experiment::StoredExperiment stored = store.read();
  std::vector<std::string> outcomes;
  for (const experiment::StoredOutcome& o : stored.outcomes) outcomes.push_back(o.name);
  const std::size_t outcome = index_of(outcomes, options.outcome, "--outcome", "outcome");
  const std::size_t policy = index_of(stored.policies, options.policy, "--policy", "policy");
  if (stored.design.columns.empty()) {
    throw UsageError("the experiment has no uncertainties: there is no space to discover boxes in");
  }
  // With --against, a sample's value is the policy's mean minus the other policy's over the same
  // (sample, replicate) pairs: the effect of switching from that policy to this one. The sums are
  // subtracted before the one division, so a difference of 10 runs in 200 is exactly 0.05.
  std::string measured = options.outcome;
  sa::Table means;
  if (options.against.empty()) {
    means = experiment::sample_means(store, stored, policy);
  } else {
    const std::size_t other = index_of(stored.policies, options.against, "--against", "policy");
    means = experiment::sample_sums(store, stored, policy);
    const sa::Table base = experiment::sample_sums(store, stored, other);
    for (std::size_t v = 0; v < means.values.size(); ++v) {
      means.values[v] = (means.values[v] - base.values[v]) / static_cast<double>(stored.replicates);
    }
    measured = fmt::format("{} minus its value under {}", options.outcome, options.against);
  }
  std::vector<bool> cases(means.rows());
  for (std::size_t s = 0; s < cases.size(); ++s) cases[s] = condition->holds(means.at(s, outcome));
  const auto count = static_cast<std::size_t>(std::count(cases.begin(), cases.end(), true));
  if (count == 0) {
    throw UsageError(fmt::format(
        "no sample has {} {} under policy {}: there is nothing to discover (try another "
        "--threshold)",
        measured, condition->text(), options.policy));
  }
  experiment::PrimResult result = experiment::prim(stored.design, cases, options.prim);
  const std::size_t dimensions = stored.design.columns.size();
  if (cases.size() < 10 * dimensions) {
    fmt::print(stderr,
               "warning: {} samples for {} uncertaint{}: fewer than 10 per uncertainty, so a box "
               "may restrict uncertainties by chance (read the p-values; run more samples)\n",
               cases.size(), dimensions, dimensions == 1 ? "y" : "ies");
  }
  // The most telling restriction first (the smallest quasi-p-value).
  std::stable_sort(result.restrictions.begin(), result.restrictions.end(),
                   [](const experiment::PrimRestriction& a, const experiment::PrimRestriction& b) {
                     return a.p_value < b.p_value;
                   });
  if (options.json) {
    nlohmann::ordered_json json = {
        {"experiment", stored.name},
        {"policy", options.policy},
        {"outcome", options.outcome},
        {"against", options.against.empty() ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(options.against)},
        {"threshold", condition->text()},
        {"replicates", stored.replicates},
        {"samples", cases.size()},
        {"cases", count},
        {"alpha", options.prim.alpha},
        {"min_mass", options.prim.min_mass},
        {"paste", options.prim.paste}};
    json.update(to_json(result, stored.design.columns));
    fmt::print("{}\n", json.dump(2));
  } else {
    fmt::print(
        "{}: policy {}; a case is a sample whose {} (mean over {} replicates) is {}: {} of {} "
        "samples\nPRIM with alpha {}, minimum mass {}{}\n\n{}",
        stored.name, options.policy, measured, stored.replicates, condition->text(), count,
        cases.size(), options.prim.alpha, options.prim.min_mass,
        options.prim.paste ? ", pasting" : "", to_text(result, stored.design.columns));
  }
  return 0;
}

}  // namespace

void add_discover_command(CLI::App& app, Commands& commands) {
  auto options = std::make_shared<DiscoverCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "discover", "Scenario discovery (PRIM): the box of uncertainties where an outcome happens");
  sub->add_option("dir", options->dir, "The experiment's output folder (holding results.sqlite)")
      ->required();
  sub->add_option("--outcome", options->outcome, "The outcome that defines the cases")->required();
  sub->add_option("--policy", options->policy, "The policy whose runs are analysed")
      ->capture_default_str();
  sub->add_option("--against", options->against,
                  "Make a sample's value the policy's mean minus this policy's (paired runs)");
  sub->add_option("--threshold", options->threshold,
                  "The condition on a sample's mean over its replicates that makes it a case")
      ->capture_default_str();
  sub->add_option("--alpha", options->prim.alpha, "The share of the box each peel removes")
      ->capture_default_str();
  sub->add_option("--min-mass", options->prim.min_mass,
                  "Peeling stops before the box holds fewer than this share of the samples")
      ->capture_default_str();
  sub->add_option("--min-coverage", options->prim.min_coverage,
                  "The chosen box is the densest step covering at least this share of the cases")
      ->capture_default_str();
  sub->add_option("--step", options->prim.step, "Choose this step of the trajectory instead");
  sub->add_flag("--paste", options->prim.paste, "Paste the chosen box out while density rises");
  sub->add_flag("--json", options->json, "Print the trajectory and the box as JSON");
  commands.push_back({sub, [options] { return run_discover(*options); }});
}

}  // namespace umbrella::cli
