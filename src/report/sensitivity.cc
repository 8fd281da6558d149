#include "report/sensitivity.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/error.h"

namespace umbrella::report {
namespace {

using Json = nlohmann::ordered_json;

struct IndexPair {
  const char* index;
  const char* conf;
};

std::map<std::string, double> read_index(const Json& indices, const std::string& key,
                                         const std::string& field, const std::string& file) {
  const auto it = indices.find(key);
  if (it == indices.end() || !it->is_object()) {
    throw InputError({file, 0, 0}, field + "." + key, "expected an object {parameter: number}");
  }
  std::map<std::string, double> out;
  for (const auto& [parameter, value] : it->items()) {
    if (!value.is_number()) {
      throw InputError({file, 0, 0}, fmt::format("{}.{}.{}", field, key, parameter),
                       std::string("expected a number, got ") + value.type_name());
    }
    out[parameter] = value.get<double>();
  }
  return out;
}

SensitivityOutput read_output(const std::string& output, const Json& indices,
                              const std::string& file) {
  if (!indices.is_object()) {
    throw InputError({file, 0, 0}, output, "expected an object of indices");
  }
  const bool sobol = indices.contains("ST");
  if (!sobol && !indices.contains("mu_star")) {
    throw InputError({file, 0, 0}, output, "expected Sobol' (S1, ST) or Morris (mu_star) indices");
  }
  const std::vector<IndexPair> pairs =
      sobol ? std::vector<IndexPair>{{"S1", "S1_conf"}, {"ST", "ST_conf"}}
            : std::vector<IndexPair>{{"mu_star", "mu_star_conf"}};
  const std::map<std::string, double> order = read_index(indices, pairs.back().index, output, file);
  std::vector<std::string> parameters;
  parameters.reserve(order.size());
  for (const auto& entry : order) parameters.push_back(entry.first);
  std::stable_sort(
      parameters.begin(), parameters.end(),
      [&order](const std::string& a, const std::string& b) { return order.at(a) > order.at(b); });
  SensitivityOutput out{output, {}};
  for (const IndexPair& pair : pairs) {
    const auto values = read_index(indices, pair.index, output, file);
    const auto confs = read_index(indices, pair.conf, output, file);
    for (const std::string& parameter : parameters) {
      if (!values.contains(parameter) || !confs.contains(parameter)) {
        throw InputError({file, 0, 0}, output + "." + pair.index, "no value for " + parameter);
      }
      out.bars.push_back({parameter, pair.index, values.at(parameter), confs.at(parameter)});
    }
  }
  return out;
}

}  // namespace

std::vector<SensitivityOutput> read_sensitivity(const Json& json, const std::string& file) {
  if (!json.is_object()) {
    throw InputError({file, 0, 0}, "",
                     "expected {output: indices} as umbrella analyze --json prints");
  }
  std::vector<SensitivityOutput> outputs;
  for (const auto& [output, indices] : json.items()) {
    outputs.push_back(read_output(output, indices, file));
  }
  return outputs;
}

}  // namespace umbrella::report
