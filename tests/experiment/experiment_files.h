#pragma once
// Small experiments on the 2025 baseline for the tests: written to a fresh temporary folder,
// run there, and read back.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace umbrella::testing {

inline const std::string kBaselineScenario =
    std::string(UMBRELLA_SOURCE_DIR) + "/scenarios/baseline-2025.yaml";

// A folder of its own under the system's temporary folder, removed with the object. CTest runs
// tests in parallel processes, so the name carries the process id.
class TemporaryFolder {
 public:
  explicit TemporaryFolder(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TemporaryFolder() { std::filesystem::remove_all(path_); }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::filesystem::path write_file(const std::filesystem::path& file,
                                        const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
  return file;
}

}  // namespace umbrella::testing
