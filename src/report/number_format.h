#pragma once
// Numbers as the report prints them: a fixed number of decimals, never locale-dependent, never
// "-0.00", so the same results give the same bytes.
#include <string>

namespace umbrella::report {

std::string fixed(double value, int decimals);
// A signed difference: "+0.012", "-0.004", "0.000".
std::string signed_fixed(double value, int decimals);
// A probability as a percentage: 0.0421 -> "4.2%".
std::string percent(double probability, int decimals);
// Round-trip precision, for the data attributes that the browser check reads back.
std::string exact(double value);

}  // namespace umbrella::report
