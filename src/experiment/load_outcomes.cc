// `outcomes:` of an experiment file: for each recorded outcome, an outcome series and subject
// of the scenario and how a run's years reduce to one number.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <sstream>

#include "core/limits.h"
#include "core/text.h"
#include "engine/outcomes.h"
#include "engine/quantile_histogram.h"
#include "experiment/sections.h"
#include "model/world_index.h"

namespace umbrella::experiment {
namespace {

const std::vector<std::string_view> kReductionNames = {"value", "first_year", "max", "mean"};

const std::vector<std::string_view>& keys_of(Reduction reduction) {
  static const std::vector<std::string_view> kValue = {"series", "reduce", "year"};
  static const std::vector<std::string_view> kFirstYear = {"series", "reduce", "when"};
  static const std::vector<std::string_view> kOverYears = {"series", "reduce"};
  if (reduction == Reduction::value) return kValue;
  if (reduction == Reduction::first_year) return kFirstYear;
  return kOverYears;
}

// `NAME SUBJECT`, checked against the scenario's outcome catalogue.
void read_series(const Field& field, const std::vector<Series>& catalog, OutcomeSpec& spec) {
  std::istringstream words(field.text());
  std::string extra;
  words >> spec.series >> spec.subject >> extra;
  if (spec.subject.empty() || !extra.empty()) {
    field.fail("expected an outcome series and its subject, such as 'p_pursuit KOR', got " +
               field.describe());
  }
  std::vector<std::string> names;
  std::vector<std::string> subjects;
  for (const Series& series : catalog) {
    if (std::find(names.begin(), names.end(), series.name) == names.end()) {
      names.push_back(series.name);
    }
    if (series.name == spec.series) subjects.push_back(series.subject);
  }
  if (subjects.empty()) {
    field.fail(fmt::format("expected an outcome series ({}), got {}", join(names), spec.series));
  }
  if (std::find(subjects.begin(), subjects.end(), spec.subject) == subjects.end()) {
    field.fail(fmt::format("expected a subject of {} ({}), got {}", spec.series, join(subjects),
                           spec.subject));
  }
}

Condition read_condition(const Field& field) {
  const std::string text = field.text();
  if (std::optional<Condition> condition = parse_condition(text)) return *condition;
  field.fail("expected a condition such as '>= 1' (>=, >, <= or < and a number), got " + text);
}

OutcomeSpec read_outcome(const NamedField& entry, const std::vector<Series>& catalog,
                         const Experiment& experiment) {
  check_identifier(entry.key, entry.name, "outcome");
  OutcomeSpec spec;
  spec.name = entry.name;
  // The reduction decides which other keys are allowed, so it is read from a permissive view.
  const Map any = entry.value.map({"series", "reduce", "year", "when"});
  spec.reduction = static_cast<Reduction>(any.require("reduce").choice_index(kReductionNames));
  const Map map = entry.value.map(keys_of(spec.reduction));
  read_series(map.require("series"), catalog, spec);
  if (spec.reduction == Reduction::value) {
    spec.year = map.require("year").whole_number(experiment.from_year, experiment.to_year);
  }
  if (spec.reduction == Reduction::first_year) spec.condition = read_condition(map.require("when"));
  return spec;
}

// The policies' streaming summaries keep a histogram for every year of every quantity series an
// outcome names (docs/experiments.md): their bins must fit in memory.
void check_summary_bins(const Field& section, const std::vector<Series>& catalog,
                        const Experiment& experiment) {
  std::set<std::pair<std::string, std::string>> named;
  std::uint64_t bins = 0;
  for (const OutcomeSpec& spec : experiment.outcomes) {
    if (!named.insert({spec.series, spec.subject}).second) continue;
    const auto series = std::find_if(catalog.begin(), catalog.end(), [&](const Series& s) {
      return s.name == spec.series && s.subject == spec.subject;
    });
    if (series->kind == OutcomeKind::quantity) {
      bins += bin_layout(series->probe.measure, experiment.scenario.world.states.size()).bins;
    }
  }
  const auto years =
      static_cast<std::uint64_t>(std::int64_t{experiment.to_year} - experiment.from_year + 1);
  const std::uint64_t total = bins * years * experiment.policies.size();
  if (total > limits::kMaxSummaryBins) {
    section.fail(fmt::format(
        "expected summaries of at most {} histogram bins (the bins of every quantity series x "
        "years x policies), got {} ({} x {} x {}): record fewer series, years or policies",
        limits::kMaxSummaryBins, total, bins, years, experiment.policies.size()));
  }
}

}  // namespace

void load_outcomes(const Field& section, Experiment& experiment) {
  const World& world = experiment.scenario.world;
  const std::vector<Series> catalog = outcome_catalog(world, build_index(world));
  for (const NamedField& entry : section.entries()) {
    check_room(entry.key, experiment.outcomes.size(), limits::kMaxOutcomes, "outcomes", entry.name);
    experiment.outcomes.push_back(read_outcome(entry, catalog, experiment));
  }
  if (experiment.outcomes.empty()) section.fail("expected at least one outcome, got none");
  check_summary_bins(section, catalog, experiment);
}

}  // namespace umbrella::experiment
