#pragma once
// What the fuzz targets share (docs/hardening.md). A Sandbox is a folder of the target's own
// holding the fixture files an input may name and the input itself, so that a run reads nothing
// outside it and is reproducible from the input alone. expect_clear_error() holds a reader to
// the project's contract for bad input.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace umbrella::fuzz {

// A file of the source tree and where its copy goes in the sandbox.
struct Fixture {
  std::filesystem::path source;
  std::filesystem::path target;
};

// The baseline scenario's files (scenarios/), each copied to the sandbox's top folder.
std::vector<Fixture> baseline_files();

class Sandbox {
 public:
  // A fresh folder under the system's temporary folder, named after the target and the process
  // (libFuzzer's -jobs run several at once), holding copies of `fixtures`; removed with the
  // object.
  Sandbox(const std::string& target, const std::vector<Fixture>& fixtures);
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `bytes` to `name` in the folder; returns the file's path.
  std::string write(const std::string& name, std::string_view bytes) const;

 private:
  std::filesystem::path path_;
};

// The text as raw bytes: the fuzz input.
inline std::string_view as_text(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Whether every path a YAML text may name stays inside the folder that holds it: no absolute
// path, no `..`, no escape sequence or UTF-16/32 text that could spell either. Inputs that fail
// are skipped: the loaders resolve a path relative to its file, so the others read only inside
// the sandbox.
bool names_only_files_beside(std::string_view yaml);

// Runs `read`: it may succeed or throw an InputError or UsageError that says where the bad input
// is; any other exception escapes and libFuzzer reports it as a crash.
template <typename Read>
void expect_clear_error(const Read& read) {
  try {
    read();
  } catch (const InputError& error) {
    if (error.where().file.empty() || error.message().empty()) throw;
  } catch (const UsageError&) {
  }
}

}  // namespace umbrella::fuzz
