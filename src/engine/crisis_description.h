#pragma once
// The text `umbrella crisis` prints about one crisis: its setting, why each move of the
// equilibrium is chosen, from the last move back, and the consequences. The Python module's
// Crisis.explain() returns the same text.
#include <string>
#include <string_view>

#include "model/crisis/endings.h"
#include "model/crisis/equilibrium.h"

namespace umbrella {

// The setting, the explanation and the outcome "given the crisis", each followed by a blank line
// but the last.
std::string describe_crisis(const CrisisSetting& setting, const CrisisEquilibrium& equilibrium);

// Two lines: the outcome's probabilities and the distribution of the highest group reached.
std::string describe_outcome(std::string_view title, const CrisisOutcome& outcome);

}  // namespace umbrella
