#include "engine/summary_io.h"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/input_file.h"

namespace umbrella {

namespace {
using Json = nlohmann::ordered_json;

const char* kind_name(OutcomeKind kind) {
  return kind == OutcomeKind::probability ? "probability" : "quantity";
}

// JSON has no infinity or NaN (nlohmann writes null): a summary that holds one is a bug, since
// the loader bounds every input so that no outcome can overflow.
void check_finite(const SeriesSummary& s, const std::vector<int>& years) {
  for (const std::vector<double>* values : {&s.mean, &s.p05, &s.p25, &s.p50, &s.p75, &s.p95}) {
    for (std::size_t y = 0; y < values->size(); ++y) {
      if (!std::isfinite((*values)[y])) {
        throw std::logic_error(fmt::format("{} {} is not finite in {}", s.name, s.subject,
                                           y < years.size() ? years[y] : 0));
      }
    }
  }
}

Json series_to_json(const SeriesSummary& s) {
  Json out = {{"mean", s.mean}, {"p05", s.p05}};
  if (!s.p50.empty()) {
    out["p25"] = s.p25;
    out["p50"] = s.p50;
    out["p75"] = s.p75;
  }
  out["p95"] = s.p95;
  return out;
}
}  // namespace

std::string summary_to_json(const Summary& summary) {
  Json out;
  out["scenario"] = summary.scenario;
  if (!summary.scenario_path.empty()) {
    out["scenario_path"] = summary.scenario_path;
    out["overlays"] = summary.overlays;
  }
  out["seed"] = summary.seed;
  out["replicates"] = summary.replicates;
  out["levers"] = summary.levers;
  out["assumptions"] = summary.assumptions;
  out["sample_uncertainty"] = summary.sample_uncertainty;
  out["years"] = summary.years;
  Json kinds = Json::object();
  Json outcomes = Json::object();
  for (const SeriesSummary& s : summary.series) {
    check_finite(s, summary.years);
    kinds[s.name] = kind_name(s.kind);
    outcomes[s.name][s.subject] = series_to_json(s);
  }
  out["outcome_kinds"] = std::move(kinds);
  out["outcomes"] = std::move(outcomes);
  // Scenario strings are UTF-8 (the loader checks them), but the paths come from the command
  // line and a file name may be Latin-1: its bad bytes become U+FFFD rather than stop the run
  // with the JSON writer's error after every replicate has run.
  return out.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string summary_to_csv(const Summary& summary) {
  std::string out = "outcome,subject,year,mean,p05,p95\n";
  for (const SeriesSummary& s : summary.series) {
    for (std::size_t y = 0; y < summary.years.size(); ++y) {
      out += fmt::format("{},{},{},{},{},{}\n", s.name, s.subject, summary.years[y], s.mean[y],
                         s.p05[y], s.p95[y]);
    }
  }
  return out;
}

namespace {

// Reads the fields of one summary.json, naming the file and the field of anything missing or
// mistyped.
class SummaryReader {
 public:
  explicit SummaryReader(std::string file_name) : file_name_(std::move(file_name)) {}

  template <typename T>
  T get(const Json& object, const std::string& key, const std::string& field,
        const char* expected) const {
    const auto it = object.find(key);
    if (it == object.end()) throw error(field, "missing");
    try {
      return it->template get<T>();
    } catch (const Json::exception&) {
      throw error(field, std::string("expected ") + expected + ", got " + it->type_name());
    }
  }

  const Json& object(const Json& parent, const std::string& key, const std::string& field) const {
    const auto it = parent.find(key);
    if (it == parent.end()) throw error(field, "missing");
    if (!it->is_object())
      throw error(field, std::string("expected an object, got ") + it->type_name());
    return *it;
  }

  // One band of a series: a number per year.
  std::vector<double> band(const Json& values, const std::string& key, const std::string& field,
                           std::size_t years) const {
    auto out = get<std::vector<double>>(values, key, field + "." + key, "a list of numbers");
    if (out.size() != years) {
      throw error(field + "." + key, "expected " + std::to_string(years) +
                                         " values (one per year), got " +
                                         std::to_string(out.size()));
    }
    return out;
  }

  InputError error(const std::string& field, const std::string& message) const {
    return InputError({file_name_, 0, 0}, field, message);
  }

 private:
  std::string file_name_;
};

}  // namespace

Summary summary_from_json(const std::string& text, const std::string& file_name) {
  Json in;
  try {
    in = Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw InputError({file_name, 0, 0}, "", std::string("malformed JSON: ") + e.what());
  }
  const SummaryReader read(file_name);
  if (!in.is_object()) throw read.error("", "expected an umbrella summary (a JSON object)");
  Summary summary;
  summary.scenario = read.get<std::string>(in, "scenario", "scenario", "a string");
  if (in.contains("scenario_path")) {
    summary.scenario_path = read.get<std::string>(in, "scenario_path", "scenario_path", "a string");
    summary.overlays =
        read.get<std::vector<std::string>>(in, "overlays", "overlays", "a list of strings");
  }
  summary.seed = read.get<std::uint64_t>(in, "seed", "seed", "an unsigned integer");
  summary.replicates = read.get<int>(in, "replicates", "replicates", "an integer");
  summary.levers = read.get<std::vector<std::string>>(in, "levers", "levers", "a list of strings");
  summary.years = read.get<std::vector<int>>(in, "years", "years", "a list of years");
  if (in.contains("sample_uncertainty")) {
    summary.sample_uncertainty =
        read.get<bool>(in, "sample_uncertainty", "sample_uncertainty", "true or false");
  }
  if (in.contains("assumptions")) {
    summary.assumptions =
        read.get<std::vector<std::string>>(in, "assumptions", "assumptions", "a list of strings");
  }
  const Json& kinds = read.object(in, "outcome_kinds", "outcome_kinds");
  for (const auto& [name, subjects] : read.object(in, "outcomes", "outcomes").items()) {
    const std::string kind_field = "outcome_kinds." + name;
    const auto kind = read.get<std::string>(kinds, name, kind_field, "a string");
    if (kind != "probability" && kind != "quantity") {
      throw read.error(kind_field, "expected probability or quantity, got " + kind);
    }
    if (!subjects.is_object()) throw read.error("outcomes." + name, "expected an object");
    for (const auto& [subject, values] : subjects.items()) {
      const std::string field = fmt::format("outcomes.{}.{}", name, subject);
      if (!values.is_object()) throw read.error(field, "expected an object");
      SeriesSummary series;
      series.name = name;
      series.subject = subject;
      series.kind = kind == "probability" ? OutcomeKind::probability : OutcomeKind::quantity;
      series.mean = read.band(values, "mean", field, summary.years.size());
      series.p05 = read.band(values, "p05", field, summary.years.size());
      series.p95 = read.band(values, "p95", field, summary.years.size());
      if (values.contains("p50")) {
        series.p25 = read.band(values, "p25", field, summary.years.size());
        series.p50 = read.band(values, "p50", field, summary.years.size());
        series.p75 = read.band(values, "p75", field, summary.years.size());
      }
      summary.series.push_back(std::move(series));
    }
  }
  return summary;
}

Summary read_summary(const std::filesystem::path& file) {
  return summary_from_json(read_input_file(file.string()), file.string());
}

std::filesystem::path write_summary(const std::filesystem::path& dir, const std::string& format,
                                    const Summary& summary) {
  if (format != "json" && format != "csv") {
    throw UsageError("format", "expected json or csv, got '" + format + "'");
  }
  create_output_folder(dir);
  std::filesystem::path file = dir / ("summary." + format);
  write_file_atomically(file,
                        format == "json" ? summary_to_json(summary) : summary_to_csv(summary));
  return file;
}

}  // namespace umbrella
