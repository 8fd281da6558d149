#include "scenario/scenario.h"

#include <algorithm>

namespace umbrella {

Parameters parameter_values(const std::array<ParamSpec, kParamCount>& parameters,
                            const std::vector<Assumption>& assumptions) {
  Parameters out;
  for (std::size_t i = 0; i < kParamCount; ++i) out.values[i] = parameters[i].value;
  for (const Assumption& assumption : assumptions) {
    for (const ParameterOverride& o : assumption.views[assumption.default_view].set) {
      out[o.param] = o.value;
    }
  }
  return out;
}

const Lever* Scenario::find_lever(const std::string& lever_name) const {
  auto it = std::find_if(levers.begin(), levers.end(),
                         [&](const Lever& l) { return l.name == lever_name; });
  return it == levers.end() ? nullptr : &*it;
}

const Assumption* Scenario::find_assumption(const std::string& assumption_name) const {
  auto it = std::find_if(assumptions.begin(), assumptions.end(),
                         [&](const Assumption& a) { return a.name == assumption_name; });
  return it == assumptions.end() ? nullptr : &*it;
}

}  // namespace umbrella
