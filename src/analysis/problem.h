#pragma once
// The parameters a sensitivity analysis varies: names, bounds and, optionally, a distribution.
// Two file forms are read. SALib's plain text, one `name lower upper` per line (uniform), and a
// YAML form whose parameter specs follow the scenario format's uncertain numbers:
//
//   parameters:
//     x1: {range: [-3.14159, 3.14159]}
//     x2: {range: [0, 10], dist: {kind: triangular, mode: 2}}
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/distribution.h"
#include "core/error.h"

namespace umbrella::sa {

struct SaParameter {
  std::string name;
  Distribution dist;  // dist.lower and dist.upper are the bounds; uniform unless the YAML says
  SourceLocation where;
};

struct Problem {
  std::string file;  // where it was read from, for messages
  std::vector<SaParameter> parameters;

  std::size_t size() const { return parameters.size(); }
  std::vector<std::string> names() const;
};

SaParameter uniform_parameter(std::string name, double lower, double upper);

// Reads a problem file: YAML when its name ends in .yaml or .yml, SALib's plain text otherwise.
// A bad line or key throws an InputError naming file:line:column and what was expected.
Problem read_problem(const std::filesystem::path& file);
Problem parse_plain_problem(std::string_view text, const std::string& file);
Problem parse_yaml_problem(std::string_view text, const std::string& file);

// A finite decimal number filling all of `text` (a leading '+' allowed), the syntax of every
// number in problem and design files; nullopt otherwise.
std::optional<double> parse_number(std::string_view text);

// The value at quantile u of the parameter's distribution. Uniform bounds scale linearly, as
// SALib does, so that u = 1 (a Morris level) reaches the upper bound.
double scale(const SaParameter& parameter, double u);

}  // namespace umbrella::sa
