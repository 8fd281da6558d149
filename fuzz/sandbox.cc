#include "sandbox.h"

#include <unistd.h>

#include <cctype>
#include <fstream>

namespace umbrella::fuzz {

namespace fs = std::filesystem;

std::vector<Fixture> baseline_files() {
  std::vector<Fixture> files;
  for (const char* name :
       {"baseline-2025.yaml", "model-2025.yaml", "ladder-kahn.yaml", "events-2026.yaml"}) {
    files.push_back({fs::path("scenarios") / name, name});
  }
  return files;
}

Sandbox::Sandbox(const std::string& target, const std::vector<Fixture>& fixtures)
    : path_(fs::temp_directory_path() / ("umbrella-" + target + "-" + std::to_string(::getpid()))) {
  fs::remove_all(path_);
  fs::create_directories(path_);
  for (const Fixture& fixture : fixtures) {
    const fs::path copy = path_ / fixture.target;
    fs::create_directories(copy.parent_path());
    fs::copy_file(fs::path(UMBRELLA_SOURCE_DIR) / fixture.source, copy);
  }
}

Sandbox::~Sandbox() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string Sandbox::write(const std::string& name, std::string_view bytes) const {
  const fs::path file = path_ / name;
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return file.string();
}

bool names_only_files_beside(std::string_view yaml) {
  // Without escapes, NULs (UTF-16/32) or `..`, a scalar's text is made of the input's own
  // characters, line breaks at most becoming blanks; so a path leaves the folder only when
  // a '/' starts it, and a '/' inside a word cannot.
  if (yaml.find_first_of(std::string_view("\\\0", 2)) != std::string_view::npos) return false;
  if (yaml.find("..") != std::string_view::npos) return false;
  for (std::size_t at = yaml.find('/'); at != std::string_view::npos; at = yaml.find('/', at + 1)) {
    const unsigned char before = at == 0 ? ' ' : static_cast<unsigned char>(yaml[at - 1]);
    if (std::isalnum(before) == 0 && before != '_' && before != '-' && before != '.') return false;
  }
  return true;
}

}  // namespace umbrella::fuzz
