#include "engine/run_options.h"

#include <charconv>

#include "core/error.h"

namespace umbrella {

LeverSetting parse_lever_setting(const std::string& text) {
  LeverSetting setting;
  const auto eq = text.find('=');
  setting.name = text.substr(0, eq);
  if (setting.name.empty())
    throw UsageError("lever", "expected NAME or NAME=VALUE, got '" + text + "'");
  if (eq == std::string::npos) return setting;
  const std::string value = text.substr(eq + 1);
  double intensity = 0.0;
  auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), intensity);
  // Written so that NaN fails too.
  if (ec != std::errc() || ptr != value.data() + value.size() ||
      !(intensity >= 0.0 && intensity <= 1.0)) {
    throw UsageError(mention("lever") + " " + setting.name +
                     ": expected an intensity in [0, 1], got '" + value + "'");
  }
  setting.intensity = intensity;
  return setting;
}

AssumptionChoice parse_assumption_choice(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) {
    throw UsageError("assume", "expected NAME=VIEW, got '" + text + "'");
  }
  return {text.substr(0, eq), text.substr(eq + 1)};
}

}  // namespace umbrella
