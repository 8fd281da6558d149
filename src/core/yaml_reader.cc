#include "core/yaml_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>

#include "core/limits.h"
#include "core/text.h"

namespace umbrella {
namespace {

// Keys are quoted back in messages only when they look like names. A file that is not a
// scenario at all (an include of /etc/shadow) can still parse as YAML, as a map whose keys are
// its lines or as one long scalar, and an error must not print a line of it.
std::string quoted_key(const std::string& key) {
  const bool name_like =
      !key.empty() && key.size() <= limits::kMaxNameLength &&
      std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
      });
  return name_like ? "key '" + key + "'" : "key that is not a name (not shown)";
}

std::optional<double> parse_number(const std::string& text) {
  double value = 0.0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

bool Bounds::contains(double x) const {
  const bool above_lowest = open_below ? x > lowest : x >= lowest;
  return above_lowest && x <= highest;
}

std::string Bounds::describe() const {
  const bool has_lowest = std::isfinite(lowest);
  const bool has_highest = std::isfinite(highest);
  if (has_lowest && has_highest) {
    return fmt::format("a number in {}{}, {}]", open_below ? "(" : "[", format_number(lowest),
                       format_number(highest));
  }
  if (has_lowest)
    return fmt::format("a number {} {}", open_below ? ">" : ">=", format_number(lowest));
  if (has_highest) return fmt::format("a number <= {}", format_number(highest));
  return "a number";
}

Bounds at_least(double lowest) {
  return Bounds{lowest, Bounds{}.highest, false};
}

Bounds above(double lowest) {
  return Bounds{lowest, Bounds{}.highest, true};
}

std::string format_number(double x) {
  return fmt::format("{}", x);
}

Field::Field(const YamlNode& document, const std::string& file)
    : node_(document), where_(document.location(file)) {}

Field::Field(YamlNode node, std::string path, SourceLocation where)
    : node_(std::move(node)), path_(std::move(path)), where_(std::move(where)) {}

Field Field::renamed(std::string path) const {
  return Field(node_, std::move(path), where_);
}

void Field::fail(const std::string& message) const {
  throw InputError(where_, path_, message);
}

std::string Field::describe() const {
  if (node_.is_map()) return "a map";
  if (node_.is_sequence()) return "a list";
  if (!node_.is_scalar()) return "nothing";
  const std::string& text = node_.scalar();
  if (text.empty()) return "\"\"";
  // A whole file that is one scalar is not a scenario at all, and may be anything (see quoted_key).
  if (path_.empty()) return "a single value (not shown)";
  // An error stays one readable line, whatever the text.
  constexpr std::size_t kShown = 60;
  const std::size_t end = std::min(text.find('\n'), kShown);
  return end < text.size() ? text.substr(0, end) + "..." : text;
}

double Field::number(const Bounds& bounds) const {
  const std::optional<double> value =
      node_.is_scalar() ? parse_number(node_.scalar()) : std::nullopt;
  if (!value || !bounds.contains(*value)) {
    fail("expected " + bounds.describe() + ", got " + describe());
  }
  return *value;
}

int Field::whole_number(int lowest, int highest) const {
  int value = 0;
  bool ok = false;
  if (node_.is_scalar()) {
    const std::string& text = node_.scalar();
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    ok = ec == std::errc() && ptr == end && value >= lowest && value <= highest;
  }
  if (!ok)
    fail(fmt::format("expected a whole number in [{}, {}], got {}", lowest, highest, describe()));
  return value;
}

bool Field::boolean() const {
  if (node_.is_scalar() && node_.scalar() == "true") return true;
  if (node_.is_scalar() && node_.scalar() == "false") return false;
  fail("expected true or false, got " + describe());
}

std::string Field::text() const {
  if (!node_.is_scalar() || node_.scalar().empty()) {
    fail("expected a non-empty string, got " + describe());
  }
  // UTF-8, as summary.json's writer needs: parse_yaml refuses a file with any other byte.
  return node_.scalar();
}

Date Field::date() const {
  const std::optional<Date> date = node_.is_scalar() ? parse_date(node_.scalar()) : std::nullopt;
  if (!date) fail("expected a date YYYY, YYYY-MM or YYYY-MM-DD, got " + describe());
  return *date;
}

std::size_t Field::choice_index(const std::vector<std::string_view>& names) const {
  if (node_.is_scalar()) {
    auto it = std::find(names.begin(), names.end(), node_.scalar());
    if (it != names.end()) return static_cast<std::size_t>(it - names.begin());
  }
  fail("expected one of " + join(names) + ", got " + describe());
}

std::vector<Field> Field::list() const {
  if (!node_.is_sequence()) fail("expected a list, got " + describe());
  std::vector<Field> out;
  for (const YamlNode& element : node_.elements()) {
    out.push_back(child(element, path_ + "[" + std::to_string(out.size()) + "]", element));
  }
  return out;
}

Map Field::map(const std::vector<std::string_view>& keys) const {
  if (!node_.is_map()) fail("expected a map, got " + describe());
  Map out(*this);
  for (const auto& [key_node, value] : node_.pairs()) {
    const Field key(key_node, path_, key_node.location(where_.file));
    if (!key_node.is_scalar()) key.fail("expected a key name, got " + key.describe());
    const std::string& name = key_node.scalar();
    if (std::find(keys.begin(), keys.end(), name) == keys.end()) {
      key.fail("unknown " + quoted_key(name) + " (expected one of " + join(keys) + ")");
    }
    if (out.has(name)) key.fail("duplicate " + quoted_key(name));
    out.values_.emplace_back(name, child(value, child_path(name), key_node));
  }
  return out;
}

std::optional<Field> Field::peek(std::string_view key) const {
  if (!node_.is_map()) return std::nullopt;
  for (const auto& [key_node, value] : node_.pairs()) {
    if (key_node.is_scalar() && key_node.scalar() == key) {
      return child(value, child_path(key), key_node);
    }
  }
  return std::nullopt;
}

Field Field::identifying_key(std::string_view key,
                             const std::vector<std::string_view>& keys) const {
  if (std::optional<Field> value = peek(key)) return *value;
  return map(keys).require(key);
}

std::vector<NamedField> Field::entries() const {
  if (!node_.is_map()) fail("expected a map, got " + describe());
  std::vector<NamedField> out;
  std::set<std::string> names;
  for (const auto& [key_node, value] : node_.pairs()) {
    const Field key(key_node, path_, key_node.location(where_.file));
    const std::string name = key.text();
    if (!names.insert(name).second) key.fail("duplicate " + quoted_key(name));
    std::string path = path_ + "[" + name + "]";
    out.push_back(NamedField{name, key.renamed(path), child(value, path, key_node)});
  }
  return out;
}

Field Field::child(const YamlNode& node, std::string path, const YamlNode& key) const {
  // An empty value (`latency:`) is marked at the next token, often on the next line; its key
  // is where the author looks.
  return Field(node, std::move(path), (node.is_null() ? key : node).location(where_.file));
}

std::string Field::child_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void check_room(const Field& element, std::size_t count, std::size_t limit, const char* what,
                const std::string& id) {
  if (count >= limit) {
    element.fail(fmt::format("expected at most {} {} in all, got one more{}{}", limit, what,
                             id.empty() ? "" : ": ", id));
  }
}

void check_identifier(const Field& key, const std::string& name, const char* what) {
  const bool starts_with_letter =
      !name.empty() && std::isalpha(static_cast<unsigned char>(name[0]));
  const bool rest_ok = std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
  });
  if (!starts_with_letter || !rest_ok) {
    key.fail(
        fmt::format("expected a {} name of letters, digits, '_' and '-' that starts with a "
                    "letter, got '{}'",
                    what, name));
  }
  if (name.size() > limits::kMaxNameLength) {
    key.fail(fmt::format("expected a {} name of at most {} characters, got {}", what,
                         limits::kMaxNameLength, name.size()));
  }
}

bool Map::has(std::string_view key) const {
  return find(key).has_value();
}

std::optional<Field> Map::find(std::string_view key) const {
  for (const auto& [name, value] : values_) {
    if (name == key) return value;
  }
  return std::nullopt;
}

Field Map::require(std::string_view key) const {
  std::optional<Field> value = find(key);
  if (!value) self_.fail("missing required key '" + std::string(key) + "'");
  return *value;
}

void Map::require_all(const std::vector<std::string_view>& keys) const {
  for (std::string_view key : keys) require(key);
}

}  // namespace umbrella
