#include "report/number_format.h"

#include <fmt/format.h>

namespace umbrella::report {
namespace {

// A value that rounds to zero prints without its sign.
std::string without_negative_zero(std::string text) {
  if (text.front() == '-' && text.find_first_not_of("0.", 1) == std::string::npos) text.erase(0, 1);
  return text;
}

}  // namespace

std::string fixed(double value, int decimals) {
  return without_negative_zero(fmt::format("{:.{}f}", value, decimals));
}

std::string signed_fixed(double value, int decimals) {
  std::string text = fixed(value, decimals);
  if (text.front() == '-' || text.find_first_not_of("0.") == std::string::npos) return text;
  return "+" + text;
}

std::string percent(double probability, int decimals) {
  return fixed(probability * 100.0, decimals) + "%";
}

std::string exact(double value) {
  return fmt::format("{}", value);
}

}  // namespace umbrella::report
