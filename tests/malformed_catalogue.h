#pragma once
// A catalogue of malformed input files: each NAME.yaml must fail with the one line of
// NAME.expected, paths in it relative to the catalogue's folder, and docs/errors.md must quote
// that line. The scenario and experiment loaders' tests share it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "error_catalogue.h"

namespace umbrella::testing {

// The names (without extension) of the catalogue's files with `extension`, sorted.
inline std::vector<std::string> catalogue_cases(const std::filesystem::path& folder,
                                                const std::string& extension) {
  std::vector<std::string> stems;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == extension) stems.push_back(entry.path().stem().string());
  }
  std::sort(stems.begin(), stems.end());
  return stems;
}

inline std::string expected_message(const std::filesystem::path& folder, const std::string& name) {
  std::ifstream in(folder / (name + ".expected"));
  std::string line;
  std::getline(in, line);
  return line;
}

// Loading case `name` with `load` must throw an InputError whose text is the expected line.
template <typename Load>
void expect_catalogued_error(const std::filesystem::path& folder, const std::string& name,
                             const Load& load) {
  const std::string expected = expected_message(folder, name);
  ASSERT_FALSE(expected.empty()) << name << ".expected is missing or empty";
  try {
    load((folder / (name + ".yaml")).string());
    FAIL() << name << ".yaml loaded without an error";
  } catch (const InputError& error) {
    EXPECT_EQ(relative_to(folder, error.what()), expected);
  }
  expect_catalogued(expected);
}

// Every NAME.expected has its NAME.yaml.
inline void expect_every_message_has_its_file(const std::filesystem::path& folder) {
  const std::vector<std::string> cases = catalogue_cases(folder, ".yaml");
  for (const std::string& name : catalogue_cases(folder, ".expected")) {
    EXPECT_TRUE(std::binary_search(cases.begin(), cases.end(), name)) << name << ".yaml is missing";
  }
}

}  // namespace umbrella::testing
