#include "core/atomic_file.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace umbrella {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on a chain of operator+.
  std::string name = ".";
  name += path.filename().string();
  name += ".tmp";
  name += std::to_string(::getpid());
  const std::filesystem::path temporary = path.parent_path() / name;
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + temporary.string());
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      throw std::runtime_error("cannot write " + temporary.string());
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::remove(temporary.c_str());
    throw std::runtime_error("cannot move " + temporary.string() + " to " + path.string() + ": " +
                             ec.message());
  }
}

}  // namespace umbrella
