#include "model/arsenal.h"

#include <gtest/gtest.h>

#include "test_world.h"

namespace umbrella {
namespace {

ArsenalPath china_like_path() {
  ArsenalPath path;
  path.state = 4;
  path.component = ArsenalComponent::stockpile;
  path.points = {{2023.4, 500}, {2025, 600}, {2030, 1000}, {2035, 1500}};
  return path;
}

TEST(ArsenalPath, InterpolatesAndExtrapolates) {
  const ArsenalPath path = china_like_path();
  EXPECT_DOUBLE_EQ(path_value(path, 2020, 0.0), 500);
  EXPECT_DOUBLE_EQ(path_value(path, 2025, 0.0), 600);
  EXPECT_DOUBLE_EQ(path_value(path, 2027.5, 0.0), 800);
  EXPECT_DOUBLE_EQ(path_value(path, 2035, 0.0), 1500);
  EXPECT_DOUBLE_EQ(path_value(path, 2040, 0.0), 1500);
  EXPECT_NEAR(path_value(path, 2037, 0.1), 1500 * 1.21, 1e-9);
}

TEST(Arsenal, StockpilePathScalesEveryComponent) {
  World w = testing::small_world();
  w.arsenal_paths.push_back(china_like_path());
  const Parameters p = testing::test_parameters();
  RuntimeState rt = initial_runtime(w);
  rt.year = 2030;
  update_arsenals(w, p, rt, nullptr);
  const Arsenal& a = rt.states[4].arsenal;
  EXPECT_NEAR(a.total(), 1000, 1e-9);
  // Proportions kept: 100:300:200 of 600.
  EXPECT_NEAR(a.strategic.deployed, 1000.0 / 6.0, 1e-9);
  EXPECT_NEAR(a.theater[0].reserve, 1000.0 / 3.0, 1e-9);
}

TEST(Arsenal, RivalGrowthTriggersBoundedUploads) {
  World w = testing::small_world();
  w.arsenal_paths.push_back(china_like_path());
  w.states[0].reacts_to = {4};
  const Parameters p = testing::test_parameters();
  RuntimeState rt = initial_runtime(w);
  rt.year = 2035;  // adversary strategic total 400 -> 1000: growth 600
  update_arsenals(w, p, rt, nullptr);
  const Forces& s = rt.states[0].arsenal.strategic;
  // Wanted 0.2 * 600 = 120, within 0.2 * reserve: uploads exactly 120.
  EXPECT_NEAR(s.deployed, 1620, 1e-9);
  EXPECT_NEAR(s.reserve, 1880, 1e-9);
  // A second year does not compound the same growth.
  update_arsenals(w, p, rt, nullptr);
  EXPECT_NEAR(s.deployed, 1620, 1e-9);
}

TEST(Arsenal, TreatyCapBindsOnlyWhileInForce) {
  World w = testing::small_world();
  Treaty t;
  t.id = "cap";
  t.parties = {0};
  t.cap_strategic_deployed = 1400;
  t.in_force = {2011, 2, 5};
  t.expires = {2026, 2, 5};
  w.treaties.push_back(t);
  const Parameters p = testing::test_parameters();
  RuntimeState rt = initial_runtime(w);
  rt.year = 2025;
  update_arsenals(w, p, rt, nullptr);
  EXPECT_DOUBLE_EQ(rt.states[0].arsenal.strategic.deployed, 1400);
  EXPECT_DOUBLE_EQ(rt.states[0].arsenal.strategic.total(), 3500);
  EXPECT_TRUE(t.in_force_at(2026.0));
  EXPECT_FALSE(t.in_force_at(2026.2));
}

}  // namespace
}  // namespace umbrella
