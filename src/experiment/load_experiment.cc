// The experiment file's top level: the scenario it runs, the design's size and seed, the years,
// and the order in which the other sections are read (each may depend on the ones before).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <limits>

#include "analysis/sobol_sequence.h"
#include "core/input_file.h"
#include "core/limits.h"
#include "experiment/sections.h"
#include "scenario/loader.h"

namespace umbrella::experiment {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string_view> kTopKeys = {
    "name",     "description", "scenario", "overlays", "uncertainties", "assumptions", "levers",
    "policies", "outcomes",    "sampler",  "samples",  "replicates",    "seed",        "years"};

// A path written in the experiment file, relative to that file; it must exist.
std::string resolve_path(const Field& field, const std::string& experiment_file) {
  std::string path =
      (fs::path(experiment_file).parent_path() / field.text()).lexically_normal().string();
  if (!fs::is_regular_file(path)) field.fail("cannot open " + path);
  return path;
}

std::uint64_t read_seed(const Field& field) {
  // A scalar describes itself by its text; a map or a list as "a map", "a list", which fail.
  const std::string text = field.describe();
  std::uint64_t seed = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, seed);
  if (text.empty() || ec != std::errc() || ptr != end) {
    field.fail("expected a whole number >= 0, got " + field.describe());
  }
  return seed;
}

void load_years(const Field& field, Experiment& experiment) {
  const Scenario& scenario = experiment.scenario;
  const Map map = field.map({"from", "to"});
  map.require_all({"from", "to"});
  experiment.from_year = map.require("from").whole_number(scenario.start_year, scenario.end_year);
  const Field to = map.require("to");
  experiment.to_year = to.whole_number(scenario.start_year, scenario.end_year);
  if (experiment.to_year < experiment.from_year) {
    to.fail(fmt::format("expected a year >= from ({}), got {}", experiment.from_year,
                        experiment.to_year));
  }
}

// The design must suit the estimator that will read it.
void check_design(const Field& sampler, const Field& samples, const Experiment& experiment) {
  const std::size_t d = experiment.uncertainties.size();
  const bool saltelli = experiment.sampler == sa::SampleMethod::saltelli;
  if (saltelli && (d == 0 || 2 * d > sa::kMaxSobolDimensions)) {
    sampler.fail(fmt::format("expected 1 to {} uncertainties for a saltelli design, got {}",
                             sa::kMaxSobolDimensions / 2, d));
  }
  if (experiment.sampler == sa::SampleMethod::morris) {
    if (d == 0) sampler.fail("expected at least one uncertainty for a morris design, got none");
    for (const Uncertainty& u : experiment.uncertainties) {
      if (u.distribution.kind == Distribution::Kind::discrete) {
        sampler.fail(fmt::format(
            "expected continuous uncertainties for a morris design, got discrete {}", u.name));
      }
    }
    if (experiment.samples < 2) {
      samples.fail("expected at least 2 trajectories for a morris design, got 1");
    }
  }
  const std::uint64_t rows = sa::design_rows(experiment.sampler, experiment.samples, d);
  if (const std::string error = sa::design_size_error(rows, d); !error.empty()) samples.fail(error);
  const std::uint64_t runs =
      limits::times(limits::times(rows, experiment.replicates), experiment.policies.size());
  if (runs > limits::kMaxRuns) {
    samples.fail(fmt::format(
        "expected at most {} runs (samples x replicates x policies), got {} "
        "({} x {} x {})",
        limits::kMaxRuns, runs, rows, experiment.replicates, experiment.policies.size()));
  }
  if (runs * experiment.outcomes.size() > limits::kMaxStoredValues) {
    samples.fail(
        fmt::format("expected a store of at most {} values (runs x outcomes), got {} "
                    "({} x {})",
                    limits::kMaxStoredValues, runs * experiment.outcomes.size(), runs,
                    experiment.outcomes.size()));
  }
}

}  // namespace

Experiment load_experiment(const std::string& path) {
  Experiment experiment;
  experiment.file = path;
  experiment.text = read_input_file(path);
  const Field document(parse_yaml(experiment.text, path), path);
  const Map top = document.map(kTopKeys);
  top.require_all({"scenario", "outcomes", "samples", "replicates", "seed"});

  if (std::optional<Field> name = top.find("name")) {
    experiment.name = name->text();
    check_identifier(*name, experiment.name, "experiment");
  } else {
    experiment.name = fs::path(path).stem().string();
  }
  if (std::optional<Field> description = top.find("description")) {
    experiment.description = description->text();
  }

  const std::string scenario_path = resolve_path(top.require("scenario"), path);
  std::vector<std::string> overlays;
  if (std::optional<Field> list = top.find("overlays")) {
    for (const Field& overlay : list->list()) overlays.push_back(resolve_path(overlay, path));
  }
  experiment.scenario = load_scenario(scenario_path, overlays);

  experiment.from_year = experiment.scenario.start_year;
  experiment.to_year = experiment.scenario.end_year;
  if (std::optional<Field> years = top.find("years")) load_years(*years, experiment);
  if (std::optional<Field> section = top.find("assumptions")) {
    load_assumption_choices(*section, experiment);
  }
  if (std::optional<Field> section = top.find("uncertainties")) {
    load_uncertainties(*section, experiment);
  }
  load_policies(top.find("levers"), top.find("policies"), experiment);
  load_outcomes(top.require("outcomes"), experiment);

  const std::optional<Field> sampler = top.find("sampler");
  if (sampler) {
    sampler->choice_index({"mc", "lhs", "saltelli", "morris"});
    experiment.sampler = sa::parse_sample_method(sampler->text());
  }
  const Field samples = top.require("samples");
  constexpr int kMostRuns = static_cast<int>(limits::kMaxRuns);
  experiment.samples = static_cast<std::size_t>(samples.whole_number(1, kMostRuns));
  experiment.replicates =
      static_cast<std::uint32_t>(top.require("replicates").whole_number(1, kMostRuns));
  experiment.seed = read_seed(top.require("seed"));
  check_design(sampler.value_or(samples), samples, experiment);
  return experiment;
}

}  // namespace umbrella::experiment
