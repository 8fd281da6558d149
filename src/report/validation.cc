#include "report/validation.h"

#include "core/error.h"

namespace umbrella::report {
namespace {

using Json = nlohmann::ordered_json;

// The member `key` of `object`, of the type `check` accepts.
const Json& member(const Json& object, const std::string& key, const std::string& path,
                   const std::string& file, bool (Json::*check)() const, const char* expected) {
  const auto it = object.find(key);
  if (it == object.end() || !((*it).*check)()) {
    throw InputError({file, 0, 0}, path + key, std::string("expected ") + expected);
  }
  return *it;
}

double number(const Json& object, const std::string& key, const std::string& path,
              const std::string& file) {
  return member(object, key, path, file, &Json::is_number, "a number").get<double>();
}

std::vector<double> numbers(const Json& object, const std::string& key, const std::string& path,
                            const std::string& file, std::size_t size) {
  const Json& list = member(object, key, path, file, &Json::is_array, "a list of numbers");
  std::vector<double> out;
  for (const Json& v : list) {
    if (!v.is_number() || out.size() >= size) break;
    out.push_back(v.get<double>());
  }
  if (out.size() != size || list.size() != size) {
    throw InputError({file, 0, 0}, path + key,
                     "expected a list of " + std::to_string(size) + " numbers, one per year");
  }
  return out;
}

}  // namespace

Validation read_validation(const Json& json, const std::string& file) {
  Validation v;
  v.file = file;
  if (!json.is_object()) throw InputError({file, 0, 0}, "", "expected a JSON object");
  v.last_year = static_cast<int>(number(json, "last_year", "", file));
  const std::size_t years =
      member(json, "years", "", file, &Json::is_array, "a list of numbers").size();
  for (double y : numbers(json, "years", "", file, years)) v.years.push_back(static_cast<int>(y));
  const Json& origins = member(json, "origins", "", file, &Json::is_array, "a list of origins");
  if (origins.empty() || !origins[0].is_object()) {
    throw InputError({file, 0, 0}, "origins", "expected at least one origin");
  }
  const Json& o = origins[0];
  v.train_until = static_cast<int>(number(o, "train_until", "origins[0].", file));
  const Json& counts =
      member(o, "cumulative_states", "origins[0].", file, &Json::is_object, "an object by stage");
  for (const char* stage : {"explore", "pursue", "acquire"}) {
    const std::string path = std::string("origins[0].cumulative_states.") + stage + ".";
    const Json& c = member(counts, stage, "origins[0].cumulative_states.", file, &Json::is_object,
                           "an object of observed, mean, p05 and p95");
    v.counts.push_back({stage, numbers(c, "observed", path, file, v.years.size()),
                        numbers(c, "mean", path, file, v.years.size()),
                        numbers(c, "p05", path, file, v.years.size()),
                        numbers(c, "p95", path, file, v.years.size())});
  }
  const Json& models =
      member(o, "held_out_scores", "origins[0].", file, &Json::is_array, "a list of models");
  for (const Json& m : models) {
    const std::string model =
        member(m, "model", "origins[0].held_out_scores[].", file, &Json::is_string, "a name")
            .get<std::string>();
    const std::string path = "origins[0].held_out_scores[" + model + "].";
    const Json& stages = member(m, "scores", path, file, &Json::is_object, "an object by stage");
    for (const auto& [stage, s] : stages.items()) {
      std::string at = path;
      at += "scores.";
      at += stage;
      at += ".";
      if (!s.is_object()) throw InputError({file, 0, 0}, at, "expected an object of scores");
      const auto auc = s.find("auc");
      v.scores.push_back({model, stage, static_cast<int>(number(s, "states_at_risk", at, file)),
                          static_cast<int>(number(s, "onsets", at, file)),
                          number(s, "brier", at, file), number(s, "log_score", at, file),
                          auc != s.end() && auc->is_number()
                              ? std::optional<double>(auc->get<double>())
                              : std::nullopt});
    }
  }
  const Json& bins =
      member(o, "reliability", "origins[0].", file, &Json::is_array, "a list of bins");
  for (const Json& b : bins) {
    if (!b.is_object()) {
      throw InputError({file, 0, 0}, "origins[0].reliability", "expected a list of bins");
    }
    v.reliability.push_back(
        {number(b, "mean_predicted", "origins[0].reliability[].", file),
         number(b, "observed", "origins[0].reliability[].", file),
         static_cast<int>(number(b, "count", "origins[0].reliability[].", file))});
  }
  return v;
}

}  // namespace umbrella::report
