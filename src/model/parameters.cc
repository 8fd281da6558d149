#include "model/parameters.h"

namespace umbrella {
namespace {

constexpr std::array<ParamInfo, kParamCount> kInfo = {{
#define UMBRELLA_PARAM_INFO(id, scenario_name, lo, hi, doc) {scenario_name, lo, hi, doc},
    UMBRELLA_PARAMETERS(UMBRELLA_PARAM_INFO)
#undef UMBRELLA_PARAM_INFO
}};

}  // namespace

const ParamInfo& info(ParamId id) {
  return kInfo[static_cast<std::size_t>(id)];
}

std::optional<ParamId> find_param(std::string_view scenario_name) {
  for (std::size_t i = 0; i < kParamCount; ++i) {
    if (scenario_name == kInfo[i].name) return static_cast<ParamId>(i);
  }
  return std::nullopt;
}

}  // namespace umbrella
