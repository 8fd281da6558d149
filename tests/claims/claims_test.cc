// The essay's claims as properties of the 2025 baseline (with the 2026 events) at fixed seeds.
// Comparisons are paired on common random numbers; an indicator's change must be significant by
// McNemar's test at 3 standard errors, so a claim that does not hold at the baseline's parameters
// fails here rather than passing by noise. Where a claim holds only under some assumptions, the
// boundary is tested too and documented in docs/model.md.
#include <gtest/gtest.h>

#include "baseline.h"
#include "paired.h"

namespace umbrella {
namespace {

constexpr int kReplicates = testing::kClaimReplicates;
constexpr int kYear = 2035;

Scenario with_neglect_rate(double rate) {
  Scenario scenario = testing::baseline_scenario();
  scenario.parameters[static_cast<std::size_t>(ParamId::patron_neglect_rate)].value = rate;
  return scenario;
}

class NeglectClaim : public ::testing::TestWithParam<const char*> {
 protected:
  NeglectClaim()
      : low_scenario_(with_neglect_rate(0.0)),
        high_scenario_(with_neglect_rate(8.0)),
        low_(low_scenario_, testing::claim_options()),
        high_(high_scenario_, testing::claim_options()) {}
  Scenario low_scenario_, high_scenario_;
  Simulation low_, high_;
};

TEST_P(NeglectClaim, MoreNeglectLowersCredibility) {
  const testing::Paired p = testing::compare(low_, high_, "credibility", GetParam(), kYear, 2000);
  EXPECT_LT(p.mean_after, p.mean_before - 0.03) << GetParam();
}

TEST_P(NeglectClaim, MoreNeglectRaisesPursuitBy2035) {
  const testing::Paired p =
      testing::compare(low_, high_, "p_pursuit", GetParam(), kYear, kReplicates);
  EXPECT_GT(p.z(), 3.0) << GetParam() << ": " << p.mean_before << " -> " << p.mean_after << " ("
                        << p.up << " up, " << p.down << " down)";
}

INSTANTIATE_TEST_SUITE_P(Allies, NeglectClaim, ::testing::Values("KOR", "JPN", "DEU", "TWN"));

TEST(SharingClaim, BilateralSharingRaisesCredibilityAndLowersPursuit) {
  const Scenario& scenario = testing::baseline_scenario();
  const Simulation base(scenario, testing::claim_options());
  const Simulation sharing(scenario, testing::claim_options({{"bilateral_sharing", 1.0}}));
  for (const char* ally : {"JPN", "KOR"}) {
    const testing::Paired cred = testing::compare(base, sharing, "credibility", ally, kYear, 2000);
    EXPECT_GT(cred.mean_after, cred.mean_before + 0.02) << ally;
    const testing::Paired pursuit =
        testing::compare(base, sharing, "p_pursuit", ally, kYear, kReplicates);
    EXPECT_LT(pursuit.z(), -3.0) << ally << ": " << pursuit.mean_before << " -> "
                                 << pursuit.mean_after;
  }
  // An ally outside the arrangement is untouched before any proliferation feedback reaches it.
  const testing::Paired germany = testing::compare(base, sharing, "credibility", "DEU", 2027, 500);
  EXPECT_EQ(germany.up + germany.down, 0);
}

TEST(SharingClaim, BoundaryWithoutReassuranceSharingChangesNothing) {
  const Scenario& scenario = testing::baseline_scenario();
  const std::vector<AssumptionChoice> view{{"forward_weapons", "no_added_effect"}};
  const Simulation base(scenario, testing::claim_options({}, view));
  const Simulation sharing(scenario, testing::claim_options({{"bilateral_sharing", 1.0}}, view));
  for (const char* ally : {"JPN", "KOR"}) {
    const testing::Paired p = testing::compare(base, sharing, "credibility", ally, kYear, 500);
    EXPECT_EQ(p.up + p.down, 0) << ally;
  }
}

TEST(TrustClaim, RestoringTrustLowersProliferation) {
  const Scenario& scenario = testing::baseline_scenario();
  const Simulation base(scenario, testing::claim_options());
  const Simulation trust(scenario, testing::claim_options({{"restore_trust", 1.0}}));
  for (const char* ally : {"JPN", "KOR", "TWN", "DEU"}) {
    const testing::Paired cred = testing::compare(base, trust, "credibility", ally, kYear, 2000);
    EXPECT_GT(cred.mean_after, cred.mean_before + 0.02) << ally;
    const testing::Paired hedging =
        testing::compare(base, trust, "p_hedging", ally, kYear, kReplicates);
    EXPECT_LT(hedging.z(), -3.0) << ally << ": " << hedging.mean_before << " -> "
                                 << hedging.mean_after;
  }
  const testing::Paired korea =
      testing::compare(base, trust, "p_pursuit", "KOR", kYear, kReplicates);
  EXPECT_LT(korea.z(), -3.0) << korea.mean_before << " -> " << korea.mean_after;
}

TEST(CascadeClaim, AcquisitionsLowerTheRegimeInTheBaseline) {
  // Across replicates, every acquisition costs regime strength: in 2045 the regime is weaker
  // where more states are armed.
  const Scenario& scenario = testing::baseline_scenario();
  const Simulation sim(scenario, testing::claim_options());
  const std::size_t armed = sim.cell(sim.find_outcome("nuclear_armed_states", "world"), 2045);
  const std::size_t regime = sim.cell(sim.find_outcome("npt_strength", "world"), 2045);
  std::vector<double> record(sim.record_size());
  double with_new = 0.0, without_new = 0.0;
  int n_with = 0, n_without = 0;
  for (std::uint32_t r = 0; r < 4000; ++r) {
    sim.run_replicate(r, record, nullptr);
    const double count = record[armed];
    const double strength = record[regime];
    if (count > 9.0) {
      with_new += strength;
      ++n_with;
    } else {
      without_new += strength;
      ++n_without;
    }
  }
  ASSERT_GT(n_with, 20);
  ASSERT_GT(n_without, 20);
  EXPECT_LT(with_new / n_with, without_new / n_without - 0.02);
}

}  // namespace
}  // namespace umbrella
