// States, alliances and rivalries that begin and end on dates, and the events that move the
// history's World (tests/engine/fixtures/dated-world.yaml): each takes effect on its date and not
// before, in every replicate.
#include <gtest/gtest.h>

#include "engine/simulation.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

const Scenario& dated_world() {
  static const Scenario s =
      load_scenario(std::string(UMBRELLA_SOURCE_DIR) + "/tests/engine/fixtures/dated-world.yaml");
  return s;
}

struct Ids {
  StateId ally, newcomer;
  AllianceId alliance = 0;
  std::size_t ally_rivalry = 0, newcomer_rivalry = 0;
};

Ids ids(const World& w) {
  Ids i{w.find_state("ALY"), w.find_state("NEW")};
  for (std::size_t r = 0; r < w.rivalries.size(); ++r) {
    (w.rivalries[r].state == i.ally ? i.ally_rivalry : i.newcomer_rivalry) = r;
  }
  return i;
}

constexpr std::uint32_t kReplicates = 20;

TEST(DatedObjects, AnAllianceGivesNoAssuranceBeforeItBegins) {
  const Simulation sim(dated_world(), {});
  const Ids i = ids(sim.world());
  for (std::uint32_t r = 0; r < kReplicates; ++r) {
    const auto before = sim.moment(r, 1953);  // the end of 1952
    EXPECT_FALSE(before.state.alliances[i.alliance].active);
    EXPECT_EQ(before.state.states[i.ally].assurance, 0.0);
    const auto after = sim.moment(r, 1954);  // the end of 1953: signed in October
    EXPECT_TRUE(after.state.alliances[i.alliance].active);
    EXPECT_GT(after.state.states[i.ally].assurance, 0.0);
  }
}

TEST(DatedObjects, AStateDoesNotMoveBeforeItExists) {
  const Simulation sim(dated_world(), {});
  const Ids i = ids(sim.world());
  int explored_in_its_first_year = 0;
  for (std::uint32_t r = 0; r < kReplicates; ++r) {
    const auto before = sim.moment(r, 1960);
    EXPECT_FALSE(before.state.states[i.newcomer].exists);
    EXPECT_EQ(before.state.states[i.newcomer].stage, Stage::none);
    const auto after = sim.moment(r, 1961);
    EXPECT_TRUE(after.state.states[i.newcomer].exists);
    explored_in_its_first_year += after.state.states[i.newcomer].stage >= Stage::hedging ? 1 : 0;
  }
  // Its norms offset of 10 makes exploring all but certain once it exists.
  EXPECT_EQ(explored_in_its_first_year, static_cast<int>(kReplicates));
}

TEST(DatedObjects, ARivalryEndsAndAnotherChangesOnTheirDates) {
  const Simulation sim(dated_world(), {});
  const Ids i = ids(sim.world());
  const auto in_1969 = sim.moment(0, 1970);
  EXPECT_TRUE(in_1969.state.rivalries[i.ally_rivalry].active);
  EXPECT_GT(in_1969.state.states[i.ally].threat, 0.0);
  EXPECT_EQ(in_1969.state.rivalries[i.newcomer_rivalry].threat, 0.2);
  const auto in_1970 = sim.moment(0, 1971);
  EXPECT_FALSE(in_1970.state.rivalries[i.ally_rivalry].active);
  EXPECT_EQ(in_1970.state.states[i.ally].threat, 0.0);  // its only rivalry has ended
  EXPECT_EQ(sim.moment(0, 1964).state.rivalries[i.newcomer_rivalry].threat, 0.5);
}

TEST(DatedObjects, AnAccessionAndTheTreatysEntryIntoForceTakeEffectOnTheirDates) {
  const Simulation sim(dated_world(), {});
  const Ids i = ids(sim.world());
  EXPECT_EQ(sim.moment(0, 1968).state.states[i.ally].npt, NptStatus::non_party);
  EXPECT_EQ(sim.moment(0, 1969).state.states[i.ally].npt, NptStatus::non_weapon_state);
  const auto before = sim.moment(0, 1970);
  EXPECT_EQ(before.state.regime_strength, 0.0);
  const auto after = sim.moment(0, 1971);
  EXPECT_TRUE(after.state.regime_target_set);
  EXPECT_EQ(after.state.regime_target, 0.5);
  // Set in March, then a year's recovery toward 0.5 and any shock of the year: near 0.5.
  EXPECT_NEAR(after.state.regime_strength, 0.5, 0.11);
}

}  // namespace
}  // namespace umbrella
