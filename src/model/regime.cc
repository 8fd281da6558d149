#include "model/regime.h"

#include <algorithm>

namespace umbrella {

void update_regime(const World& world, const Parameters& params, RuntimeState& rt, Trace* trace) {
  // The year's end is worked out once, and the state's index only for the narrative: the loop
  // writes into rt, so the compiler would read rt.year and the states' size again on every pass.
  const double year_end = rt.year + 1.0;
  for (StateDynamics& d : rt.states) {
    if (d.npt == NptStatus::non_weapon_state && d.notice_effective <= year_end) {
      d.npt = NptStatus::withdrawn;
      ++rt.withdrawals_this_year;
      if (trace != nullptr) {
        const auto i = static_cast<std::size_t>(&d - rt.states.data());
        trace->add(d.notice_effective, world.states[i].code, "leaves the NPT");
      }
    }
  }
  const double before = rt.regime_strength;
  const double initial =
      rt.regime_target_set ? rt.regime_target : params[ParamId::regime_initial_strength];
  double strength = before + params[ParamId::regime_recovery] * (initial - before);
  strength -= params[ParamId::regime_acquisition_shock] * rt.acquisitions_this_year;
  strength -= params[ParamId::regime_withdrawal_shock] * rt.withdrawals_this_year;
  strength -= params[ParamId::regime_nuclear_use_shock] * rt.nuclear_uses_this_year;
  rt.regime_strength = std::clamp(strength, 0.0, 1.0);
  if (trace != nullptr && (rt.acquisitions_this_year > 0 || rt.withdrawals_this_year > 0 ||
                           rt.nuclear_uses_this_year > 0)) {
    trace->add(rt.year + kYearEnd, "world",
               "NPT regime strength {:.2f} -> {:.2f} after {} acquisition(s), {} withdrawal(s) "
               "and {} crisis(es) with nuclear use",
               before, rt.regime_strength, rt.acquisitions_this_year, rt.withdrawals_this_year,
               rt.nuclear_uses_this_year);
  }
  rt.acquisitions_this_year = 0;
  rt.withdrawals_this_year = 0;
  rt.nuclear_uses_this_year = 0;
}

}  // namespace umbrella
