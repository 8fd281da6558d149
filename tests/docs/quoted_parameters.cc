#include "quoted_parameters.h"

#include <fmt/format.h>

#include <algorithm>
#include <regex>

#include "core/yaml_reader.h"

namespace umbrella::testing {
namespace {

// A number as the docs write it: an ASCII or a typographic minus (U+2212), digits, decimals.
const std::string kNumber = R"(((?:-|\xE2\x88\x92)?[0-9]+(?:\.[0-9]+)?))";
const std::string kKey = R"(`([a-z_]+(?:\.[a-z_]+)+)`)";

// Prose wraps anywhere: each space of the patterns below may be a line break and indentation.
// `key` (value[,] [low, high]...
const std::regex kQuote(kKey + R"(\s+\()" + kNumber + R"((?:,?\s+\[)" + kNumber + R"(,\s+)" +
                        kNumber + R"(\])?)");
// A number next to a key otherwise: after `,`, `:` or ` =`.
const std::regex kLoose(kKey + R"((?:,|:|\s+=)\s+)" + kNumber);
// An abbreviated key (`...name`, `.name`) with a number.
const std::regex kAbbreviated(R"(`\.[.a-z_]+`(?:\s+\(|,\s+|:\s+|\s+=\s+))" + kNumber);

double number(const std::string& text) {
  const std::string minus = "\xE2\x88\x92";
  const bool negative = text.starts_with(minus) || text.starts_with("-");
  const std::string digits = text.substr(text.starts_with(minus) ? minus.size() : negative ? 1 : 0);
  const double magnitude = std::stod(digits);
  return negative ? -magnitude : magnitude;
}

// The sections of the model's parameter names: a key under one of them names a parameter.
bool looks_like_a_parameter(const std::string& key) {
  for (const char* section :
       {"credibility.", "patron.", "arsenal.", "proliferation.", "regime.", "crisis."}) {
    if (key.starts_with(section)) return true;
  }
  return false;
}

void check_quote(const std::smatch& quote, const Scenario& scenario, const Parameters& in_force,
                 int line, std::vector<DocProblem>& problems) {
  const std::string key = quote[1];
  const std::optional<ParamId> id = find_param(key);
  if (!id) {
    if (looks_like_a_parameter(key)) {
      problems.push_back({line, fmt::format("`{}`: no parameter of that name", key)});
    }
    return;
  }
  const double value = number(quote[2]);
  if (value != in_force[*id]) {
    problems.push_back({line, fmt::format("`{}`: quoted {}, the scenario's value is {}", key,
                                          format_number(value), format_number(in_force[*id]))});
  }
  if (!quote[3].matched) return;
  const Distribution& dist = scenario.parameters[static_cast<std::size_t>(*id)].uncertainty;
  const double lower = number(quote[3]);
  const double upper = number(quote[4]);
  if (dist.kind == Distribution::Kind::fixed || lower != dist.lower || upper != dist.upper) {
    problems.push_back({line, fmt::format("`{}`: quoted the range [{}, {}], the scenario's is {}",
                                          key, format_number(lower), format_number(upper),
                                          dist.kind == Distribution::Kind::fixed
                                              ? std::string("none")
                                              : fmt::format("[{}, {}]", format_number(dist.lower),
                                                            format_number(dist.upper)))});
  }
}

}  // namespace

std::vector<DocProblem> check_quoted_parameters(std::string_view text, const Scenario& scenario) {
  const Parameters in_force = scenario.parameter_values();
  const std::string doc(text);
  const auto line_of = [&doc](const std::smatch& match) {
    return 1 + static_cast<int>(std::count(doc.begin(), doc.begin() + match.position(), '\n'));
  };
  std::vector<DocProblem> problems;
  for (std::sregex_iterator it(doc.begin(), doc.end(), kQuote), end; it != end; ++it) {
    check_quote(*it, scenario, in_force, line_of(*it), problems);
  }
  for (std::sregex_iterator it(doc.begin(), doc.end(), kLoose), end; it != end; ++it) {
    const std::string key = (*it)[1];
    if (!find_param(key)) continue;
    problems.push_back({line_of(*it), fmt::format("`{}`: a number after it not in parentheses, "
                                                  "write `{}` (VALUE[, [LOW, HIGH]])",
                                                  key, key)});
  }
  for (std::sregex_iterator it(doc.begin(), doc.end(), kAbbreviated), end; it != end; ++it) {
    const std::string quoted = std::regex_replace(it->str(), std::regex(R"(\s+)"), " ");
    problems.push_back({line_of(*it), fmt::format("{}: a number after an abbreviated key, "
                                                  "write the full key",
                                                  quoted)});
  }
  return problems;
}

}  // namespace umbrella::testing
