#include <gtest/gtest.h>

#include <cmath>

#include "baseline_moment.h"
#include "engine/simulation.h"
#include "model/crisis/equilibrium.h"
#include "model/crisis/yearly.h"
#include "model/regime.h"

namespace umbrella {
namespace {

using testing::baseline_moment;

void set_rates(World& world, double rate) {
  for (Flashpoint& f : world.flashpoints) f.eruption_rate = rate;
}

StreamKey stream(std::uint32_t replicate) {
  return {99, 0, replicate, 2030, StreamPurpose::crisis};
}

TEST(Crises, EruptAtTheirHazard) {
  Simulation::Moment m = baseline_moment(2030);
  set_rates(m.world, 0.06);
  const int draws = 20000;
  int crises = 0;
  for (std::uint32_t r = 0; r < draws; ++r) {
    RuntimeState rt = m.state;
    update_crises(m.world, m.index, m.params, rt, stream(r), nullptr);
    for (const FlashpointDynamics& f : rt.flashpoints) crises += f.crisis;
  }
  const double n = draws * static_cast<double>(m.world.flashpoints.size());
  EXPECT_NEAR(crises / n, 0.06, 4.0 * std::sqrt(0.06 * 0.94 / n));
}

TEST(Crises, NoHazardNoCrisis) {
  Simulation::Moment m = baseline_moment(2030);
  set_rates(m.world, 0.0);
  RuntimeState rt = m.state;
  update_crises(m.world, m.index, m.params, rt, stream(0), nullptr);
  for (const FlashpointDynamics& f : rt.flashpoints) EXPECT_FALSE(f.crisis);
  EXPECT_EQ(rt.nuclear_uses_this_year, 0);
}

// Drawn endings follow the equilibrium: the share of crises over Taiwan that become invasions
// and succeed matches the solved game's probabilities.
TEST(Crises, DrawEndingsFromTheEquilibrium) {
  Simulation::Moment m = baseline_moment(2030);
  set_rates(m.world, 1.0);
  const int f = m.world.find_flashpoint("CHN-TWN");
  const CrisisOutcome expected =
      solve_crisis_equilibrium(crisis_setting(m.world, m.index, m.params, m.state, f)).outcome;
  const int draws = 20000;
  double invasions = 0.0, successes = 0.0;
  for (std::uint32_t r = 0; r < draws; ++r) {
    RuntimeState rt = m.state;
    update_crises(m.world, m.index, m.params, rt, stream(r), nullptr);
    const FlashpointDynamics& d = rt.flashpoints[static_cast<std::size_t>(f)];
    ASSERT_TRUE(d.crisis);
    EXPECT_TRUE(!d.invasion_success || d.invasion);
    EXPECT_TRUE(!d.coercion || d.nuclear_use);
    EXPECT_EQ(d.closed, d.invasion_success);
    invasions += d.invasion;
    successes += d.invasion_success;
  }
  auto se = [&](double p) { return std::sqrt(p * (1 - p) / draws); };
  EXPECT_NEAR(invasions / draws, expected.p_invasion, 4.0 * se(expected.p_invasion));
  EXPECT_NEAR(successes / draws, expected.p_invasion_success,
              4.0 * se(expected.p_invasion_success));
}

TEST(Crises, AClosedFlashpointStaysQuiet) {
  Simulation::Moment m = baseline_moment(2030);
  set_rates(m.world, 1.0);
  RuntimeState rt = m.state;
  for (FlashpointDynamics& f : rt.flashpoints) f.closed = true;
  update_crises(m.world, m.index, m.params, rt, stream(0), nullptr);
  for (const FlashpointDynamics& f : rt.flashpoints) EXPECT_FALSE(f.crisis);
}

// A patron that stands aside is read by every ally as abandoning one; one that fights, as
// supporting it. Japan's belief in the United States moves with what happens over Taiwan.
TEST(Crises, AlliesReadWhatThePatronDid) {
  Simulation::Moment m = baseline_moment(2030);
  set_rates(m.world, 0.0);
  const auto taiwan = static_cast<std::size_t>(m.world.find_flashpoint("CHN-TWN"));
  m.world.flashpoints[taiwan].eruption_rate = 1.0;
  const AllianceId japan = m.index.primary_alliance[m.world.find_state("JPN")];
  const double before = m.state.alliances[japan].reputation();
  int abandoned = 0, supported = 0;
  for (std::uint32_t r = 0; r < 300; ++r) {
    RuntimeState rt = m.state;
    update_crises(m.world, m.index, m.params, rt, stream(r), nullptr);
    const double after = rt.alliances[japan].reputation();
    const FlashpointDynamics& d = rt.flashpoints[taiwan];
    if (!d.invasion) {
      EXPECT_EQ(after, before);
    } else if (after < before) {
      ++abandoned;
    } else {
      EXPECT_GT(after, before);
      ++supported;
    }
  }
  EXPECT_GT(abandoned, 0);
  EXPECT_GT(supported, 0);
}

TEST(Crises, NuclearUseShakesTheRegime) {
  Simulation::Moment m = baseline_moment(2030);
  RuntimeState quiet = m.state, shaken = m.state;
  shaken.nuclear_uses_this_year = 1;
  update_regime(m.world, m.params, quiet, nullptr);
  update_regime(m.world, m.params, shaken, nullptr);
  EXPECT_NEAR(quiet.regime_strength - shaken.regime_strength,
              m.params[ParamId::regime_nuclear_use_shock], 1e-12);
  EXPECT_EQ(shaken.nuclear_uses_this_year, 0);
}

}  // namespace
}  // namespace umbrella
