#include "experiment/experiment.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <utility>

#include "core/yaml_reader.h"

namespace umbrella::experiment {

const char* name(Reduction reduction) {
  switch (reduction) {
    case Reduction::value:
      return "value";
    case Reduction::first_year:
      return "first_year";
    case Reduction::max:
      return "max";
    case Reduction::mean:
      return "mean";
  }
  return "?";
}

bool Condition::holds(double x) const {
  switch (inequality) {
    case Inequality::at_least:
      return x >= threshold;
    case Inequality::above:
      return x > threshold;
    case Inequality::at_most:
      return x <= threshold;
    case Inequality::below:
      return x < threshold;
  }
  return false;
}

std::optional<Condition> parse_condition(std::string_view text) {
  static constexpr std::pair<std::string_view, Inequality> kOperators[] = {
      {">=", Inequality::at_least},
      {"<=", Inequality::at_most},
      {">", Inequality::above},
      {"<", Inequality::below}};
  for (const auto& [symbol, inequality] : kOperators) {
    if (!text.starts_with(symbol)) continue;
    const std::size_t start = text.find_first_not_of(' ', symbol.size());
    if (start == std::string_view::npos) return std::nullopt;
    double threshold = 0.0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data() + start, end, threshold);
    if (ec != std::errc() || ptr != end || !std::isfinite(threshold)) return std::nullopt;
    return Condition{inequality, threshold};
  }
  return std::nullopt;
}

std::string Condition::text() const {
  static constexpr const char* kSymbols[] = {">=", ">", "<=", "<"};
  return fmt::format("{} {}", kSymbols[static_cast<int>(inequality)], format_number(threshold));
}

std::string OutcomeSpec::describe() const {
  std::string series_text = series + " " + subject;
  switch (reduction) {
    case Reduction::value:
      return fmt::format("{} in {}", series_text, year);
    case Reduction::first_year:
      return fmt::format("first year {} {}", series_text, condition.text());
    case Reduction::max:
      return fmt::format("max of {}", series_text);
    case Reduction::mean:
      return fmt::format("mean of {}", series_text);
  }
  return series_text;
}

std::vector<std::string> scenario_texts(const Experiment& experiment) {
  std::vector<std::string> texts;
  for (const std::string& file : experiment.scenario.files) {
    std::ifstream in(file, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return texts;
}

}  // namespace umbrella::experiment
