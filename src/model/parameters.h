#pragma once
// Model parameters as a flat array indexed by ParamId (the hot path reads them without lookup),
// and the per-parameter metadata the scenario layer fills: uncertainty and source.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/distribution.h"
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
