#include "model/crisis/eruption.h"

#include <cmath>
#include <cstddef>

#include "model/crisis/setting.h"
#include "model/logistic.h"

namespace umbrella {
namespace {

// Crises "in the last three years" (Hewitt 2003 counts recurrence within a rivalry's spells;
// three years is a judgment, docs/model.md#crises).
constexpr double kRecurrenceYears = 3.0;

std::size_t slot(double year) {
  return static_cast<std::size_t>(static_cast<long long>(year) % kShiftYears);
}

}  // namespace

const char* name(EruptionCovariate covariate) {
  switch (covariate) {
    case EruptionCovariate::doubt:
      return "doubt";
    case EruptionCovariate::theater:
      return "theater";
    case EruptionCovariate::shift:
      return "shift";
    case EruptionCovariate::recurrence:
      return "recurrence";
  }
  return "?";
}

void note_strategic_share(const World& world, RuntimeState& rt, std::size_t f) {
  EruptionMemory& memory = rt.flashpoints[f].eruption;
  const double share = challenger_strategic_share(rt, world.flashpoints[f]);
  // The first year has no past: the shift starts at zero.
  if (!memory.started) memory.strategic_share.fill(share);
  memory.started = true;
  double& kept = memory.strategic_share[slot(rt.year)];  // the share of kShiftYears years ago
  memory.shift = share - kept;
  kept = share;
}

EruptionCovariates eruption_covariates(const World& world, const RuntimeState& rt, std::size_t f) {
  const Flashpoint& flashpoint = world.flashpoints[f];
  const FlashpointDynamics& d = rt.flashpoints[f];
  EruptionCovariates x{};
  x[static_cast<std::size_t>(EruptionCovariate::doubt)] = 1.0 - d.belief.value;
  x[static_cast<std::size_t>(EruptionCovariate::theater)] =
      challenger_theater_share(rt, flashpoint);
  x[static_cast<std::size_t>(EruptionCovariate::shift)] = d.eruption.shift;
  x[static_cast<std::size_t>(EruptionCovariate::recurrence)] =
      rt.year - d.eruption.last_crisis_year <= kRecurrenceYears ? 1.0 : 0.0;
  return x;
}

bool eruption_depends_on_world(const Parameters& params) {
  for (const ParamId id : kEruptionCoefficients) {
    if (params[id] != 0.0) return true;
  }
  return false;
}

double eruption_hazard(double rate, const Parameters& params, const EruptionCovariates& x,
                       const EruptionCovariates& reference) {
  if (rate <= 0.0 || rate >= 1.0) return rate;
  double shift = 0.0;
  for (std::size_t k = 0; k < kEruptionCoefficients.size(); ++k) {
    shift += params[kEruptionCoefficients[k]] * (x[k] - reference[k]);
  }
  // The round trip through the log-odds is not exact: the World as it was gives the rate itself.
  if (shift == 0.0) return rate;
  return logistic(std::log(rate / (1.0 - rate)) + shift);
}

}  // namespace umbrella
