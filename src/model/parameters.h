#pragma once
// Model parameters as a flat array indexed by ParamId (the hot path reads them without lookup),
// and the per-parameter metadata the scenario layer fills: uncertainty and source.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "model/parameter_list.h"

namespace umbrella {

enum class ParamId : std::size_t {
#define UMBRELLA_PARAM_ENUM(id, scenario_name, lo, hi, doc) id,
  UMBRELLA_PARAMETERS(UMBRELLA_PARAM_ENUM)
#undef UMBRELLA_PARAM_ENUM
      count
};
inline constexpr std::size_t kParamCount = static_cast<std::size_t>(ParamId::count);

struct ParamInfo {
  const char* name;
  double lowest;
  double highest;
  const char* doc;
};

const ParamInfo& info(ParamId id);
std::optional<ParamId> find_param(std::string_view scenario_name);

// The probability distribution of an uncertain number. `fixed` means no uncertainty.
struct Distribution {
  enum class Kind { fixed, uniform, triangular, normal, beta, discrete };
  Kind kind = Kind::fixed;
  double a = 0.0;  // uniform/triangular: lower; normal: mean; beta: alpha
  double b = 0.0;  // uniform/triangular: upper; normal: sd;   beta: beta
  double c = 0.0;  // triangular: mode; normal/beta: [a,b] is then rescaled to [lower, upper]
  double lower = 0.0, upper = 0.0;  // the support (range) for every kind
  std::vector<double> values;       // discrete: the values
  std::vector<double> weights;      // discrete: their relative weights; empty: equally likely
};

const char* name(Distribution::Kind kind);

// Draws from `dist` given a uniform u in [0, 1) (inverse CDF), so draws are reproducible from
// counter-based streams and usable by Latin hypercube designs.
double quantile(const Distribution& dist, double u);

struct ParamSpec {
  double value = 0.0;
  Distribution uncertainty;
  std::string source;
  SourceLocation where;
  bool defined = false;
};

struct Parameters {
  std::array<double, kParamCount> values{};
  double operator[](ParamId id) const { return values[static_cast<std::size_t>(id)]; }
  double& operator[](ParamId id) { return values[static_cast<std::size_t>(id)]; }
};

}  // namespace umbrella
