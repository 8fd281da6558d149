#include <gtest/gtest.h>

#include <random>
#include <stdexcept>

#include "crisis_fixture.h"
#include "engine/crisis_game.h"
#include "engine/simulation.h"
#include "game/best_response.h"
#include "game/solve.h"
#include "model/crisis/equilibrium.h"
#include "scenario/loader.h"

namespace umbrella {
namespace {

using testing::random_setting;
using testing::round_setting;

void expect_same(const CrisisOutcome& a, const CrisisOutcome& b, const std::string& where) {
  for (int i = 0; i < kEndingCount; ++i) {
    EXPECT_NEAR(a.ending[static_cast<std::size_t>(i)], b.ending[static_cast<std::size_t>(i)], 1e-12)
        << where << " ending " << i;
  }
  EXPECT_NEAR(a.p_threat, b.p_threat, 1e-12) << where;
}

// The direct solver's answer is an exact equilibrium of the game written for the library, and
// the library's accounting of that profile gives the solver's own outcome.
TEST(CrisisEquilibrium, IsAnExactEquilibriumOfTheWrittenGame) {
  std::mt19937_64 rng(20251129);
  int coercing = 0, mixed = 0, escalating = 0, conceding = 0, threatening = 0;
  for (int trial = 0; trial < 4000; ++trial) {
    const CrisisSetting s = random_setting(rng);
    const int types = 1 + trial % 3;
    const CrisisEquilibrium eq = solve_crisis_equilibrium(s, types);
    const game::Game g = build_crisis_game(s, types);
    const game::BehaviorProfile profile = profile_of(g, eq, s, types);
    ASSERT_LT(game::nash_conv(g, profile), 1e-9) << "trial " << trial;
    expect_same(outcome_of_profile(g, profile, s), eq.outcome, "trial " + std::to_string(trial));
    coercing += eq.played().coerce > 0.0;
    mixed += eq.played().coerce > 0.0 && eq.played().coerce < 1.0;
    threatening += eq.threatens;
    for (const auto& mix : eq.played().respond) {
      escalating += mix[static_cast<std::size_t>(Response::escalate)] > 0.0;
      conceding += mix[static_cast<std::size_t>(Response::concede)] > 0.0;
    }
  }
  // The random settings reach every branch of the solver, mixed coercion included.
  EXPECT_GT(coercing, 15);
  EXPECT_GT(mixed, 10);
  EXPECT_GT(escalating, 30);
  EXPECT_GT(conceding, 30);
  EXPECT_GT(threatening, 40);
}

// The written game needs at least one resolve type; the command line's --types range says so
// first.
TEST(CrisisEquilibrium, TheWrittenGameHasAtLeastOneType) {
  std::mt19937_64 rng(3);
  EXPECT_THROW(
      {
        try {
          build_crisis_game(random_setting(rng), 0);
        } catch (const std::invalid_argument& error) {
          EXPECT_STREQ(error.what(), "challenger types must be at least 1");
          throw;
        }
      },
      std::invalid_argument);
}

// Where Lemke's equilibrium and the direct one differ, both must be equilibria (the game has
// several); on most random settings the equilibrium is unique and they agree.
TEST(CrisisEquilibrium, AgreesWithLemkeWhereTheEquilibriumIsUnique) {
  std::mt19937_64 rng(7);
  int agree = 0;
  const int trials = 150;
  for (int trial = 0; trial < trials; ++trial) {
    const CrisisSetting s = random_setting(rng);
    const game::Game g = build_crisis_game(s, 2);
    const game::SolveResult lemke = game::solve(g, game::Method::lcp);
    ASSERT_LT(lemke.nash_conv, 1e-9);
    const CrisisOutcome theirs = outcome_of_profile(g, lemke.profile, s);
    const CrisisOutcome ours = solve_crisis_equilibrium(s, 2).outcome;
    agree += std::abs(theirs.p_invasion - ours.p_invasion) < 1e-9 &&
             std::abs(theirs.p_nuclear_use - ours.p_nuclear_use) < 1e-9;
  }
  EXPECT_GT(agree, trials * 9 / 10);
}

TEST(CrisisEquilibrium, DiscreteResolveConvergesToTheContinuous) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 50; ++trial) {
    const CrisisSetting s = random_setting(rng);
    const double continuous = solve_crisis_equilibrium(s).p_invade;
    const int types = 401;
    EXPECT_NEAR(solve_crisis_equilibrium(s, types).p_invade, continuous, 1.0 / types + 1e-12);
  }
}

TEST(CrisisEquilibrium, OutcomeProbabilitiesAreConsistent) {
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 200; ++trial) {
    const CrisisSetting s = random_setting(rng);
    const CrisisOutcome out = solve_crisis_equilibrium(s).outcome;
    double total = 0.0, groups = 0.0;
    for (double p : out.ending) total += p;
    for (double p : out.highest_group) groups += p;
    EXPECT_NEAR(total, 1.0, 1e-12);
    EXPECT_NEAR(groups, 1.0, 1e-12);
    EXPECT_LE(out.p_threat, out.p_invasion + 1e-12);
    EXPECT_LE(out.p_coercion, out.p_nuclear_use + 1e-12);
    EXPECT_LE(out.p_nuclear_use, out.p_invasion + 1e-12);
    EXPECT_LE(out.p_invasion_success, out.p_invasion + 1e-12);
    EXPECT_LE(out.p_strategic_exchange, out.p_nuclear_use + 1e-12);
  }
}

TEST(CrisisEquilibrium, CredibilityDeters) {
  double previous = 1.0;
  for (double p : {0.05, 0.2, 0.4, 0.6, 0.8, 0.95}) {
    const CrisisEquilibrium eq = solve_crisis_equilibrium(round_setting(p, p));
    EXPECT_LE(eq.p_invade, previous + 1e-12) << p;
    previous = eq.p_invade;
  }
  EXPECT_LT(solve_crisis_equilibrium(round_setting(0.95, 0.95)).p_invade,
            0.5 * solve_crisis_equilibrium(round_setting(0.05, 0.05)).p_invade);
}

TEST(CrisisEquilibrium, AWeakerTabooLetsNuclearThreatsDeterTheDefence) {
  // A challenger with theater dominance, whose nuclear use rarely runs out of control, so that it
  // answers a patron's first use in kind: the taboo's price decides whether coercing a defending
  // patron pays.
  CrisisSetting s = round_setting(0.9, 0.1);
  s.success_theater = 0.9;
  s.theater_war = {0.2, 3.0};
  s.limited_loss_of_control = 0.02;
  s.loss_of_control = 0.02;
  const CrisisEquilibrium taboo = solve_crisis_equilibrium(s);
  s.limited_nuclear.challenger *= 0.25;
  const CrisisEquilibrium usable = solve_crisis_equilibrium(s);
  EXPECT_TRUE(usable.counter_escalates);
  EXPECT_EQ(taboo.plain.coerce, 0.0);
  EXPECT_GT(usable.plain.coerce, 0.0);
  // The threat works without being carried out: patrons that would defend against a
  // conventional invasion stand aside, and invading pays more.
  auto defending = [](const CrisisEquilibrium& eq) {
    double sum = 0.0;
    for (const auto& mix : eq.plain.respond) sum += mix[static_cast<std::size_t>(Response::defend)];
    return sum;
  };
  EXPECT_LT(defending(usable), defending(taboo));
  EXPECT_GT(usable.p_invade, taboo.p_invade);
}

TEST(CrisisEquilibrium, BaselineCrisesAreExactEquilibria) {
  const Scenario scenario = load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  RunOptions options;
  options.replicates = 1;
  const Simulation simulation(scenario, options);
  for (int year : {2025, 2035, 2045}) {
    const Simulation::Moment m = simulation.moment(0, year);
    for (std::size_t f = 0; f < m.world.flashpoints.size(); ++f) {
      const CrisisSetting s =
          crisis_setting(m.world, m.index, m.params, m.state, static_cast<int>(f));
      const game::Game g = build_crisis_game(s, 5);
      const CrisisEquilibrium eq = solve_crisis_equilibrium(s, 5);
      EXPECT_LT(game::nash_conv(g, profile_of(g, eq, s, 5)), 1e-9) << s.flashpoint << " " << year;
    }
  }
}

}  // namespace
}  // namespace umbrella
