#include "engine/summary_io.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace umbrella {

namespace {
const char* kind_name(OutcomeKind kind) {
  return kind == OutcomeKind::probability ? "probability" : "quantity";
}
}  // namespace

std::string summary_to_json(const Summary& summary) {
  nlohmann::ordered_json out;
  out["scenario"] = summary.scenario;
  out["seed"] = summary.seed;
  out["replicates"] = summary.replicates;
  out["levers"] = summary.levers;
  out["assumptions"] = summary.assumptions;
  out["sample_uncertainty"] = summary.sample_uncertainty;
  out["years"] = summary.years;
  nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
  nlohmann::ordered_json outcomes = nlohmann::ordered_json::object();
  for (const SeriesSummary& s : summary.series) {
    kinds[s.name] = kind_name(s.kind);
    outcomes[s.name][s.subject] = {{"mean", s.mean}, {"p05", s.p05}, {"p95", s.p95}};
  }
  out["outcome_kinds"] = kinds;
  out["outcomes"] = outcomes;
  return out.dump(1) + "\n";
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

Summary summary_from_json(const std::string& text, const std::string& file_name) {
  nlohmann::ordered_json in;
  try {
    in = nlohmann::ordered_json::parse(text);
  } catch (const nlohmann::ordered_json::parse_error& e) {
    throw InputError({file_name, 0, 0}, "", std::string("malformed JSON: ") + e.what());
  }
  try {
    Summary summary;
    summary.scenario = in.at("scenario").get<std::string>();
    summary.seed = in.at("seed").get<std::uint64_t>();
    summary.replicates = in.at("replicates").get<int>();
    summary.levers = in.at("levers").get<std::vector<std::string>>();
    summary.years = in.at("years").get<std::vector<int>>();
    summary.sample_uncertainty = in.value("sample_uncertainty", false);
    if (in.contains("assumptions")) {
      summary.assumptions = in.at("assumptions").get<std::vector<std::string>>();
    }
    const auto& kinds = in.at("outcome_kinds");
    for (const auto& [name, subjects] : in.at("outcomes").items()) {
      const OutcomeKind kind = kinds.at(name).get<std::string>() == "probability"
                                   ? OutcomeKind::probability
                                   : OutcomeKind::quantity;
      for (const auto& [subject, values] : subjects.items()) {
        summary.series.push_back({name, subject, kind, values.at("mean").get<std::vector<double>>(),
                                  values.at("p05").get<std::vector<double>>(),
                                  values.at("p95").get<std::vector<double>>()});
      }
    }
    return summary;
  } catch (const nlohmann::ordered_json::exception& e) {
    throw InputError({file_name, 0, 0}, "", std::string("not an umbrella summary: ") + e.what());
  }
}

}  // namespace umbrella
