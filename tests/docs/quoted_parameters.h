#pragma once
// The convention by which docs/model.md quotes a parameter's number, so that a test can hold
// every such number to the scenario: the full key in backquotes, then its value in parentheses,
// optionally with its range, then any prose:
//
//   `credibility.memory` (0.9, [0.8, 0.97]: ...)     `arsenal.reaction` (0.2)
//
// The value is the one in force in the scenario (an assumption's default view gives the value
// of a parameter it sets); the range is the scenario's. A number placed otherwise next to a
// parameter (`...memory` (0.9), `credibility.memory`, 0.9) escapes the check, so it is reported.
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario.h"

namespace umbrella::testing {

struct DocProblem {
  int line = 0;  // 1-based line of the text
  std::string message;
};

std::vector<DocProblem> check_quoted_parameters(std::string_view text, const Scenario& scenario);

}  // namespace umbrella::testing
