#include "engine/crisis_record_score.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <cmath>
#include <limits>

#include "core/error.h"
#include "engine/crisis_at.h"
#include "model/crisis/equilibrium.h"

namespace umbrella {

Proportion jeffreys(int events, int trials, double level) {
  Proportion p{events, trials, std::numeric_limits<double>::quiet_NaN(), 0.0, 1.0};
  if (trials <= 0) return p;
  const double tail = (1.0 - level) / 2.0;
  const boost::math::beta_distribution<double> posterior(events + 0.5, trials - events + 0.5);
  p.estimate = static_cast<double>(events) / trials;
  p.lower = events == 0 ? 0.0 : boost::math::quantile(posterior, tail);
  p.upper = events == trials ? 1.0 : boost::math::quantile(posterior, 1.0 - tail);
  return p;
}

Rate poisson_rate(int events, double years, double level) {
  Rate r{events, years, 0.0, 0.0, 0.0};
  if (years <= 0.0) return r;
  const double tail = (1.0 - level) / 2.0;
  r.estimate = events / years;
  if (events > 0) {
    r.lower = boost::math::quantile(boost::math::gamma_distribution<double>(events), tail) / years;
  }
  r.upper =
      boost::math::quantile(boost::math::gamma_distribution<double>(events + 1.0), 1.0 - tail) /
      years;
  return r;
}

namespace {

std::vector<ClassRecord> by_class(const CrisisRecord& record) {
  std::vector<ClassRecord> classes;
  for (int c = 0; c < kDyadClassCount; ++c) {
    const auto dyad_class = static_cast<DyadClass>(c);
    int n = 0, wars = 0, force = 0, signals = 0, signalled_wars = 0;
    for (const RecordedCrisis& crisis : record.crises) {
      if (crisis.dyad_class != dyad_class) continue;
      ++n;
      wars += crisis.war;
      force += crisis.highest >= LadderGroup::conventional;
      signals += crisis.nuclear_signal;
      signalled_wars += crisis.war && crisis.nuclear_signal;
    }
    classes.push_back({dyad_class, n, jeffreys(wars, n), jeffreys(force, n), jeffreys(signals, n),
                       jeffreys(signalled_wars, n)});
  }
  return classes;
}

}  // namespace

CrisisRecordScore score_crisis_record(const Simulation& simulation, const CrisisRecord& record,
                                      int year, int since) {
  CrisisRecordScore score;
  score.record_file = record.file;
  score.year = year;
  score.since = since;
  score.until = simulation.start_year() - 1;
  if (score.until < since) {
    throw UsageError(mention("since") + " " + std::to_string(since) +
                     " is after the year before the "
                     "scenario starts (" +
                     std::to_string(score.until) + ")");
  }
  score.classes = by_class(record);
  const World& world = simulation.world();
  for (const Flashpoint& flashpoint : world.flashpoints) {
    FlashpointScore f;
    f.flashpoint = flashpoint.id;
    f.challenger = world.states[flashpoint.adversary].code;
    f.target = world.states[flashpoint.ally].code;
    f.model_rate = flashpoint.eruption_rate;
    const CrisisSetting setting = crisis_setting_at(simulation, flashpoint.id, year, 0);
    const CrisisOutcome outcome = solve_crisis_equilibrium(setting).outcome;
    f.p_invasion = outcome.p_invasion;
    f.p_invasion_success = outcome.p_invasion_success;
    f.p_threat = outcome.p_threat;
    f.p_coercion = outcome.p_coercion;
    f.p_nuclear_use = outcome.p_nuclear_use;
    int in_window = 0;
    for (const RecordedCrisis& crisis : record.crises) {
      if (crisis.challenger != f.challenger || crisis.target != f.target) continue;
      ++f.recorded;
      f.recorded_wars += crisis.war;
      const double likelihood = crisis.war ? f.p_invasion : 1.0 - f.p_invasion;
      f.p_record *= likelihood;
      if (crisis.dyad_class == DyadClass::nuclear_vs_protected) {
        ++f.recorded_nuclear;
        f.p_record_nuclear *= likelihood;
      }
      in_window += crisis.year >= since && crisis.year <= score.until;
    }
    f.record_rate = poisson_rate(in_window, score.until - since + 1.0);
    score.flashpoints.push_back(std::move(f));
  }
  return score;
}

}  // namespace umbrella
