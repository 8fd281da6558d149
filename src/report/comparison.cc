#include "report/comparison.h"

#include <fmt/format.h>

#include "core/error.h"

namespace umbrella::report {
namespace {

using Json = nlohmann::ordered_json;

std::optional<double> number_or_null(const Json& row, const char* key, const std::string& field,
                                     const std::string& file) {
  const auto it = row.find(key);
  if (it == row.end()) throw InputError({file, 0, 0}, field + "." + key, "missing");
  if (it->is_null()) return std::nullopt;
  if (!it->is_number()) {
    throw InputError({file, 0, 0}, field + "." + key,
                     std::string("expected a number or null, got ") + it->type_name());
  }
  return it->get<double>();
}

std::optional<double> optional_number(const Json& row, const char* key, const std::string& field,
                                      const std::string& file) {
  if (!row.contains(key)) return std::nullopt;
  return number_or_null(row, key, field, file);
}

void add_row(Comparison& out, const std::string& policy, const std::string& name,
             const std::string& part, const Json& row, const std::string& field,
             const std::string& file) {
  if (!row.is_object()) throw InputError({file, 0, 0}, field, "expected an object");
  const std::optional<double> difference = number_or_null(row, "difference", field, file);
  if (!difference) return;
  out.differences.push_back(
      {policy, part.empty() ? name : fmt::format("{} ({})", name, part), name, part, *difference,
       number_or_null(row, "low", field, file), number_or_null(row, "high", field, file),
       optional_number(row, "baseline", field, file), optional_number(row, "policy", field, file)});
}

std::string text_field(const Json& definition, const char* key, const std::string& field,
                       const std::string& file) {
  const auto it = definition.find(key);
  if (it == definition.end() || !it->is_string()) {
    throw InputError({file, 0, 0}, field + "." + key, "expected a text");
  }
  return it->get<std::string>();
}

void read_definitions(Comparison& out, const Json& json, const std::string& file) {
  const auto it = json.find("outcomes");
  if (it == json.end()) return;
  if (!it->is_object()) {
    throw InputError({file, 0, 0}, "outcomes", "expected {OUTCOME: {series, subject, reduce}}");
  }
  for (const auto& [name, definition] : it->items()) {
    const std::string field = "outcomes." + name;
    if (!definition.is_object()) throw InputError({file, 0, 0}, field, "expected an object");
    OutcomeDefinition d{name, text_field(definition, "series", field, file),
                        text_field(definition, "subject", field, file),
                        text_field(definition, "reduce", field, file), std::nullopt};
    const auto year = definition.find("year");
    if (year != definition.end() && !year->is_null()) {
      if (!year->is_number_integer()) {
        throw InputError({file, 0, 0}, field + ".year", "expected a year or null");
      }
      d.year = year->get<int>();
    }
    out.outcomes.push_back(std::move(d));
  }
}

}  // namespace

const OutcomeDefinition* Comparison::definition(const std::string& name) const {
  for (const OutcomeDefinition& d : outcomes) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

Comparison read_comparison(const Json& json, const std::string& file) {
  if (!json.is_object() || !json.contains("policies") || !json.at("policies").is_object()) {
    throw InputError({file, 0, 0}, "policies",
                     "expected {POLICY: {OUTCOME: ...}} as umbrella compare --json prints");
  }
  Comparison out;
  out.baseline = json.value("baseline", std::string("baseline"));
  out.confidence = json.value("confidence", 0.95);
  read_definitions(out, json, file);
  for (const auto& [policy, outcomes] : json.at("policies").items()) {
    if (policy == out.baseline) continue;  // its differences from itself are zero
    if (!outcomes.is_object()) {
      throw InputError({file, 0, 0}, "policies." + policy, "expected {OUTCOME: difference}");
    }
    for (const auto& [outcome, row] : outcomes.items()) {
      const std::string field = fmt::format("policies.{}.{}", policy, outcome);
      if (row.contains("share")) {  // a first-year outcome: how often, and when
        for (const char* part : {"share", "year"}) {
          add_row(out, policy, outcome, part, row.at(part), fmt::format("{}.{}", field, part),
                  file);
        }
      } else {
        add_row(out, policy, outcome, "", row, field, file);
      }
    }
  }
  return out;
}

}  // namespace umbrella::report
