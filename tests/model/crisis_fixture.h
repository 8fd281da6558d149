#pragma once
// A crisis setting with round numbers, and random ones spanning the parameter space, for the
// crisis tests.
#include <random>

#include "model/crisis/setting.h"

namespace umbrella::testing {

inline CrisisSetting round_setting(double p_tactical, double p_strategic) {
  CrisisSetting s;
  s.flashpoint = "TEST";
  s.stakes = 0.9;
  s.p_tactical = p_tactical;
  s.p_strategic = p_strategic;
  s.success_alone = 0.6;
  s.success_defended = 0.2;
  s.success_theater = 0.5;
  s.ally_resists = true;
  s.conventional = {0.5, 0.4};
  s.limited_nuclear = {1.5, 1.0};
  s.theater_war = {3.0, 3.0};
  s.strategic = {10.0, 10.0};
  s.limited_loss_of_control = 0.4;
  s.loss_of_control = 0.4;
  s.ally_value = 2.0;
  s.resolve_margin = 0.5;
  s.resolve_dispersion = 0.3;
  return s;
}

// Costs and odds drawn wide enough to reach every ending of the game.
inline CrisisSetting random_setting(std::mt19937_64& rng) {
  std::uniform_real_distribution<double> u(0.0, 1.0);
  CrisisSetting s;
  s.flashpoint = "RANDOM";
  s.stakes = 0.3 + 0.7 * u(rng);
  s.p_tactical = 0.02 + 0.96 * u(rng);
  s.p_strategic = 0.02 + 0.96 * u(rng);
  s.success_alone = u(rng);
  s.success_defended = s.success_alone * u(rng);
  s.success_theater = u(rng);
  s.ally_resists = u(rng) < 0.7;
  s.conventional = {0.05 + u(rng), 0.05 + u(rng)};
  s.limited_nuclear = {0.02 + 1.5 * u(rng), 0.02 + 1.5 * u(rng)};
  s.theater_war = {0.2 + 4.0 * u(rng), 0.2 + 4.0 * u(rng)};
  s.strategic = {2.0 + 10.0 * u(rng), 2.0 + 10.0 * u(rng)};
  s.limited_loss_of_control = 0.3 * u(rng);
  s.loss_of_control = 0.6 * u(rng);
  s.ally_value = 1.0 + 3.0 * u(rng);
  s.resolve_margin = 0.1 + 0.8 * u(rng);
  s.resolve_dispersion = 0.05 + 0.6 * u(rng);
  // A nuclear threat: often none worth making, sometimes a near-certain slide into use.
  s.brink_risk = u(rng) < 0.1 ? 1.0 : 0.4 * u(rng);
  s.threat_cost = 0.2 * u(rng);
  return s;
}

}  // namespace umbrella::testing
