#include "analysis/problem.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <utility>

#include "core/input_file.h"
#include "core/limits.h"
#include "core/text.h"
#include "core/yaml_reader.h"

namespace umbrella::sa {
namespace {

using Kind = Distribution::Kind;

// Names become CSV column headers, so they must survive a comma-separated header unquoted.
bool usable_as_column(std::string_view name) {
  return name.find_first_of(",\"") == std::string_view::npos;
}

void check_new_name(const Problem& problem, const std::string& name, const SourceLocation& where,
                    const std::string& field) {
  if (!usable_as_column(name)) {
    throw InputError(where, field,
                     fmt::format("expected a name without commas or double quotes (it heads a "
                                 "CSV column), got '{}'",
                                 name));
  }
  if (problem.parameters.size() == limits::kMaxProblemParameters) {
    throw InputError(where, field,
                     fmt::format("expected at most {} parameters in all, got one more: {}",
                                 limits::kMaxProblemParameters, name));
  }
  for (const SaParameter& earlier : problem.parameters) {
    if (earlier.name == name) {
      throw InputError(where, field,
                       fmt::format("duplicate parameter {} (first listed at {})", name,
                                   to_string(earlier.where)));
    }
  }
}

// ---- SALib's plain text: `name lower upper` per line ----

struct Token {
  std::string_view text;
  int column = 0;  // 1-based
};

std::vector<Token> blank_separated(std::string_view line) {
  std::vector<Token> tokens;
  std::size_t at = 0;
  while (at < line.size()) {
    const std::size_t start = line.find_first_not_of(" \t", at);
    if (start == std::string_view::npos) break;
    std::size_t end = line.find_first_of(" \t", start);
    if (end == std::string_view::npos) end = line.size();
    tokens.push_back({line.substr(start, end - start), static_cast<int>(start) + 1});
    at = end;
  }
  return tokens;
}

double bound(const Token& token, const SourceLocation& line, const std::string& name,
             const char* which) {
  const std::optional<double> value = parse_number(token.text);
  if (!value) {
    throw InputError(
        {line.file, line.line, token.column}, name,
        fmt::format("expected a number for the {} bound, got '{}'", which, token.text));
  }
  return *value;
}

// ---- the YAML form ----

// A node with the path that names it in messages and the place to point at.
struct Item {
  YamlNode node;
  std::string field;
  SourceLocation where;

  [[noreturn]] void fail(const std::string& message) const {
    throw InputError(where, field, message);
  }

  std::string describe() const {
    if (node.is_map()) return "a map";
    if (node.is_sequence()) return "a list";
    if (!node.is_scalar()) return "nothing";
    return node.scalar().empty() ? std::string("\"\"") : node.scalar();
  }

  double number() const {
    const std::optional<double> value =
        node.is_scalar() ? parse_number(node.scalar()) : std::nullopt;
    if (!value) fail("expected a number, got " + describe());
    return *value;
  }
};

struct Entry {
  std::string key;
  SourceLocation key_where;
  Item value;
};

// The entries of a map, each key among `keys` (any key when `keys` is empty) and given once.
// `name_entries` names a child field `field[key]` (a map of names) instead of `field.key`.
std::vector<Entry> entries(const Item& item, const std::vector<std::string_view>& keys,
                           bool name_entries = false) {
  if (!item.node.is_map()) item.fail("expected a map, got " + item.describe());
  std::vector<Entry> out;
  for (const auto& [key_node, value] : item.node.pairs()) {
    const SourceLocation key_where = key_node.location(item.where.file);
    if (!key_node.is_scalar()) {
      throw InputError(key_where, item.field, "expected a key name, got a map or list");
    }
    const std::string& key = key_node.scalar();
    if (!keys.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) {
      throw InputError(key_where, item.field,
                       "unknown key '" + key + "' (expected one of " + join(keys) + ")");
    }
    const bool repeated =
        std::any_of(out.begin(), out.end(), [&](const Entry& e) { return e.key == key; });
    if (repeated) throw InputError(key_where, item.field, "duplicate key '" + key + "'");
    std::string field = name_entries         ? item.field + "[" + key + "]"
                        : item.field.empty() ? key
                                             : item.field + "." + key;
    // An empty value (`x1:`) is marked at the next token; its key is where the author looks.
    const SourceLocation where = value.is_null() ? key_where : value.location(item.where.file);
    out.push_back({key, key_where, Item{value, std::move(field), where}});
  }
  return out;
}

const Item* find(const std::vector<Entry>& map, std::string_view key) {
  for (const Entry& entry : map) {
    if (entry.key == key) return &entry.value;
  }
  return nullptr;
}

std::pair<double, double> read_range(const Item& item) {
  if (!item.node.is_sequence() || item.node.size() != 2) {
    item.fail("expected a range [low, high], got " + item.describe());
  }
  const YamlNode low_node = item.node.element(0);
  const YamlNode high_node = item.node.element(1);
  const Item low{low_node, item.field, low_node.location(item.where.file)};
  const Item high{high_node, item.field, high_node.location(item.where.file)};
  const double lower = low.number();
  const double upper = high.number();
  if (!(lower < upper)) {
    high.fail(
        fmt::format("expected a range [low, high] with low < high, got [{}, {}]", lower, upper));
  }
  return {lower, upper};
}

double positive(const Item& item) {
  const double value = item.number();
  if (!(value > 0.0)) item.fail(fmt::format("expected a number > 0, got {}", value));
  return value;
}

const Item& required(const std::vector<Entry>& map, const Item& owner, std::string_view key) {
  const Item* value = find(map, key);
  if (!value) owner.fail("missing required key '" + std::string(key) + "'");
  return *value;
}

// `dist` as in the scenario format: {kind: uniform|triangular|normal|beta|discrete, ...}, the
// kind's own keys beside it. Fills the shape of `dist`, whose support is already set unless
// the kind is discrete.
void read_shape(const Item& item, Distribution& dist, bool has_range) {
  static const std::vector<std::string_view> kAnyKey = {"kind",  "mode", "mean",  "sd",
                                                        "alpha", "beta", "values"};
  const std::vector<Entry> any = entries(item, kAnyKey);
  dist.kind = Kind::uniform;
  if (const Item* kind = find(any, "kind")) {
    constexpr Kind kKinds[] = {Kind::uniform, Kind::triangular, Kind::normal, Kind::beta,
                               Kind::discrete};
    const std::string text = kind->node.is_scalar() ? kind->node.scalar() : std::string();
    const auto chosen =
        std::find_if(std::begin(kKinds), std::end(kKinds), [&](Kind k) { return text == name(k); });
    if (chosen == std::end(kKinds)) {
      kind->fail("expected one of uniform, triangular, normal, beta, discrete, got " +
                 kind->describe());
    }
    dist.kind = *chosen;
  }
  std::vector<std::string_view> own = {"kind"};
  switch (dist.kind) {
    case Kind::triangular:
      own.push_back("mode");
      break;
    case Kind::normal:
      own.insert(own.end(), {"mean", "sd"});
      break;
    case Kind::beta:
      own.insert(own.end(), {"alpha", "beta"});
      break;
    case Kind::discrete:
      own.push_back("values");
      break;
    case Kind::fixed:
    case Kind::uniform:
      break;
  }
  const std::vector<Entry> map = entries(item, own);
  if (dist.kind != Kind::discrete && !has_range) {
    item.fail(fmt::format("expected a range for a {} distribution, got none", name(dist.kind)));
  }
  switch (dist.kind) {
    case Kind::triangular: {
      const Item& mode = required(map, item, "mode");
      dist.c = mode.number();
      if (dist.c < dist.lower || dist.c > dist.upper) {
        mode.fail(fmt::format("expected a mode inside the range [{}, {}], got {}", dist.lower,
                              dist.upper, dist.c));
      }
      dist.a = dist.lower;
      dist.b = dist.upper;
      break;
    }
    case Kind::normal:
      dist.a = required(map, item, "mean").number();
      dist.b = positive(required(map, item, "sd"));
      break;
    case Kind::beta:
      dist.a = positive(required(map, item, "alpha"));
      dist.b = positive(required(map, item, "beta"));
      break;
    case Kind::discrete: {
      const Item& values = required(map, item, "values");
      if (!values.node.is_sequence())
        values.fail("expected a list of values, got " + values.describe());
      if (values.node.size() > limits::kMaxDiscreteValues) {
        values.fail(fmt::format("expected at most {} values, got {}", limits::kMaxDiscreteValues,
                                values.node.size()));
      }
      for (const YamlNode& value : values.node.elements()) {
        const Item element{value, values.field, value.location(values.where.file)};
        dist.values.push_back(element.number());
        if (has_range && (dist.values.back() < dist.lower || dist.values.back() > dist.upper)) {
          element.fail(fmt::format("expected a value inside the range [{}, {}], got {}", dist.lower,
                                   dist.upper, dist.values.back()));
        }
      }
      if (dist.values.empty())
        values.fail("expected a non-empty list of values, got an empty list");
      const auto [lowest, highest] = std::minmax_element(dist.values.begin(), dist.values.end());
      if (*lowest == *highest) {
        values.fail(fmt::format("expected at least two different values, got only {}", *lowest));
      }
      if (!has_range) {
        dist.lower = *lowest;
        dist.upper = *highest;
      }
      break;
    }
    case Kind::fixed:
    case Kind::uniform:
      dist.a = dist.lower;
      dist.b = dist.upper;
      break;
  }
}

}  // namespace

std::vector<std::string> Problem::names() const {
  std::vector<std::string> out;
  out.reserve(parameters.size());
  for (const SaParameter& p : parameters) out.push_back(p.name);
  return out;
}

std::optional<double> parse_number(std::string_view text) {
  if (text.size() > 1 && text[0] == '+' && text[1] != '-' && text[1] != '+') text.remove_prefix(1);
  double value = 0.0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

SaParameter uniform_parameter(std::string name, double lower, double upper) {
  SaParameter p;
  p.name = std::move(name);
  p.dist.kind = Kind::uniform;
  p.dist.a = p.dist.lower = lower;
  p.dist.b = p.dist.upper = upper;
  return p;
}

Problem parse_plain_problem(std::string_view text, const std::string& file) {
  Problem problem;
  problem.file = file;
  Lines lines(text);
  while (lines.next()) {
    const int number = lines.number();
    const std::string_view line = lines.line().substr(0, lines.line().find('#'));
    const std::vector<Token> tokens = blank_separated(line);
    if (tokens.empty()) continue;
    const SourceLocation here{file, number, 0};
    if (tokens.size() != 3) {
      const int column = tokens.size() > 3
                             ? tokens[3].column
                             : tokens.back().column + static_cast<int>(tokens.back().text.size());
      std::string message = fmt::format(
          "expected 3 fields `name lower upper` separated by blanks, got {}", tokens.size());
      if (tokens.size() > 3) {
        message +=
            " (SALib's optional group and distribution columns are not read here: the "
            "YAML form gives distributions)";
      }
      throw InputError({file, number, column}, "", message);
    }
    const std::string name(tokens[0].text);
    const SourceLocation where{file, number, tokens[0].column};
    check_new_name(problem, name, where, "");
    const double lower = bound(tokens[1], here, name, "lower");
    const double upper = bound(tokens[2], here, name, "upper");
    if (!(lower < upper)) {
      throw InputError(
          {file, number, tokens[2].column}, name,
          fmt::format("expected an upper bound above the lower bound {}, got {}", lower, upper));
    }
    problem.parameters.push_back(uniform_parameter(name, lower, upper));
    problem.parameters.back().where = where;
  }
  if (problem.parameters.empty()) {
    throw InputError({file, 0, 0}, "", "expected at least one line `name lower upper`, got none");
  }
  return problem;
}

Problem parse_yaml_problem(std::string_view text, const std::string& file) {
  const YamlNode document = parse_yaml(std::string(text), file);
  const Item top{document, "", document.location(file)};
  const std::vector<Entry> sections = entries(top, {"parameters"});
  const Item& list = required(sections, top, "parameters");
  Problem problem;
  problem.file = file;
  for (const Entry& entry : entries(list, {}, true)) {
    SaParameter parameter;
    parameter.name = entry.key;
    parameter.where = entry.key_where;
    check_new_name(problem, parameter.name, parameter.where, entry.value.field);
    const std::vector<Entry> spec = entries(entry.value, {"range", "dist"});
    const Item* range = find(spec, "range");
    if (range) {
      std::tie(parameter.dist.lower, parameter.dist.upper) = read_range(*range);
    }
    if (const Item* dist = find(spec, "dist")) {
      read_shape(*dist, parameter.dist, range != nullptr);
    } else if (range) {
      parameter.dist.kind = Kind::uniform;
      parameter.dist.a = parameter.dist.lower;
      parameter.dist.b = parameter.dist.upper;
    } else {
      entry.value.fail("missing required key 'range'");
    }
    problem.parameters.push_back(std::move(parameter));
  }
  if (problem.parameters.empty()) list.fail("expected at least one parameter, got none");
  return problem;
}

Problem read_problem(const std::filesystem::path& file) {
  const std::string text = read_input_file(file.string());
  const std::string extension = file.extension().string();
  if (extension == ".yaml" || extension == ".yml") return parse_yaml_problem(text, file.string());
  return parse_plain_problem(text, file.string());
}

double scale(const SaParameter& parameter, double u) {
  const Distribution& dist = parameter.dist;
  if (dist.kind == Kind::uniform) return dist.lower + u * (dist.upper - dist.lower);
  return quantile(dist, u);
}

}  // namespace umbrella::sa
