#pragma once
// How often a flashpoint erupts into a crisis (docs/model.md#crises, "Eruption"): a yearly
// logistic hazard whose log-odds are the flashpoint's eruption rate's, moved by how the World has
// changed since the first year the flashpoint was at risk. The rate is thus the rate of the World
// the run starts in (of 2025 in the baseline), and with every coefficient at zero (the default)
// the hazard is the rate itself, exactly: the exogenous hazard is a special case.
#include <array>

#include "model/parameters.h"
#include "model/runtime.h"

namespace umbrella {

// What the hazard reads off the World, in the order of kEruptionCoefficients.
enum class EruptionCovariate { doubt, theater, shift, recurrence };
inline constexpr int kEruptionCovariateCount = 4;
using EruptionCovariates = std::array<double, kEruptionCovariateCount>;
inline constexpr std::array<ParamId, kEruptionCovariateCount> kEruptionCoefficients = {
    ParamId::eruption_doubt, ParamId::eruption_theater, ParamId::eruption_shift,
    ParamId::eruption_recurrence};
const char* name(EruptionCovariate covariate);

// Remembers this year's strategic share of flashpoint `f`'s challenger; call once a year for
// every flashpoint, at risk or not, before eruption_covariates.
void note_strategic_share(const World& world, RuntimeState& rt, std::size_t f);

// The covariates of flashpoint `f` this year:
//   doubt: 1 - the challenger's belief that the patron defends (Huth 1988: deterrence fails more
//     often where the defender's commitment is doubted);
//   theater: the challenger's share of the theater warheads in the region (the essay's claim);
//   shift: the challenger's gain in its share of the dyad's strategic warheads over the last
//     kShiftYears years (a shift of power, Fearon 1995's commitment problem);
//   recurrence: 1 if the flashpoint saw a crisis in the last three years (crises recur in
//     rivalries, Hewitt 2003), else 0.
EruptionCovariates eruption_covariates(const World& world, const RuntimeState& rt, std::size_t f);

// Whether any coefficient is non-zero, i.e. the World moves the hazard at all.
bool eruption_depends_on_world(const Parameters& params);

// logistic(logit(rate) + sum_k b_k (x_k - reference_k)); the rate itself, exactly, when the sum is
// zero, and for a rate of 0 or 1.
double eruption_hazard(double rate, const Parameters& params, const EruptionCovariates& x,
                       const EruptionCovariates& reference);

}  // namespace umbrella
