#pragma once
// Typed, location-aware access to a parsed YAML document. Each accessor returns a value of the
// expected type and range or throws an InputError naming the file, line, column and field path,
// so the section loaders never handle a malformed node themselves.
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/yaml_tree.h"

namespace umbrella {

// The values a number may take. `open_below` excludes `lowest` itself (a standard deviation).
struct Bounds {
  double lowest = -std::numeric_limits<double>::infinity();
  double highest = std::numeric_limits<double>::infinity();
  bool open_below = false;

  bool contains(double x) const;
  // "a number in [0, 1]", "a number >= 0", "a number > 0" or "a number".
  std::string describe() const;
};

Bounds above(double lowest);

// Renders a number the way a scenario author would write it (1, 0.25, 1000).
std::string format_number(double x);

class Map;
struct NamedField;

class Field {
 public:
  // The whole document read from `file`.
  Field(const YamlNode& document, const std::string& file);

  const std::string& path() const { return path_; }
  const SourceLocation& location() const { return where_; }
  // The same node under another field path (an object is renamed by its id once it is known).
  Field renamed(std::string path) const;
  [[noreturn]] void fail(const std::string& message) const;

  bool is_map() const { return node_.is_map(); }
  // What the node holds, for "got ..." in messages: its text, "a map", "a list" or "nothing".
  std::string describe() const;

  double number(const Bounds& bounds) const;
  int whole_number(int lowest, int highest) const;
  bool boolean() const;
  std::string text() const;  // a non-empty scalar
  Date date() const;
  std::size_t choice_index(const std::vector<std::string_view>& names) const;
  // One of `options`, written by its name(); the enum's name() overload is found by ADL.
  template <typename Enum>
  Enum choice(std::initializer_list<Enum> options) const;

  std::vector<Field> list() const;
  // A map whose keys must all be among `keys`, each at most once.
  Map map(const std::vector<std::string_view>& keys) const;
  // The key that names an object (`code`, `id`), read before the map's other keys are checked
  // so that messages about them can name the object. peek() is empty when this is not a map or
  // lacks `key`; identifying_key() then fails as map(keys).require(key) would.
  std::optional<Field> peek(std::string_view key) const;
  Field identifying_key(std::string_view key, const std::vector<std::string_view>& keys) const;
  // A map from names to specs (parameters, levers, ...): each value is named `path[name]`.
  std::vector<NamedField> entries() const;

 private:
  Field(YamlNode node, std::string path, SourceLocation where);
  Field child(const YamlNode& node, std::string path, const YamlNode& key) const;
  std::string child_path(std::string_view key) const;

  YamlNode node_;
  std::string path_;
  SourceLocation where_;
};

struct NamedField {
  std::string name;
  Field key;
  Field value;
};

// Fails at `element` when `count` objects of a kind are listed already and `limit` is the most
// an input may hold (core/limits.h): "expected at most 300 states in all, got one more: ABC"
// (without ": ABC" when `id` is empty).
void check_room(const Field& element, std::size_t count, std::size_t limit, const char* what,
                const std::string& id);

// Names that become folder names, CSV and SQL columns (levers, policies, outcomes): a letter,
// then letters, digits, '_' or '-', at most limits::kMaxNameLength. So a name can never climb
// out of the output folder (`../x`, `/etc`), hide (`.x`) or hold a NUL. Fails at `key` otherwise.
void check_identifier(const Field& key, const std::string& name, const char* what);

// A map read by Field::map(): look-ups by key, every key already checked to be allowed.
class Map {
 public:
  const Field& field() const { return self_; }
  bool has(std::string_view key) const;
  std::optional<Field> find(std::string_view key) const;
  Field require(std::string_view key) const;
  // Fails on the first of `keys` that is absent (the required keys of a new object).
  void require_all(const std::vector<std::string_view>& keys) const;

 private:
  friend class Field;
  explicit Map(Field self) : self_(std::move(self)) {}

  Field self_;
  std::vector<std::pair<std::string, Field>> values_;
};

template <typename Enum>
Enum Field::choice(std::initializer_list<Enum> options) const {
  std::vector<std::string_view> names;
  for (Enum option : options) names.emplace_back(name(option));
  return *(options.begin() + choice_index(names));
}

}  // namespace umbrella
