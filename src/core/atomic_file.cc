#include "core/atomic_file.h"

#include <unistd.h>

#include <cstdio>
#include <stdexcept>

namespace umbrella {
namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& path) {
  // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on a chain of operator+.
  std::string name = ".";
  name += path.filename().string();
  name += ".tmp";
  name += std::to_string(::getpid());
  return path.parent_path() / name;
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path path)
    : path_(std::move(path)), temporary_(temporary_beside(path_)) {
  out_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!out_) throw std::runtime_error("cannot write " + temporary_.string());
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  out_.close();
  std::remove(temporary_.c_str());
}

void AtomicFile::write(std::string_view text) {
  out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out_) throw std::runtime_error("cannot write " + temporary_.string());
}

void AtomicFile::commit() {
  out_.flush();
  out_.close();
  if (!out_) throw std::runtime_error("cannot write " + temporary_.string());
  std::error_code ec;
  std::filesystem::rename(temporary_, path_, ec);
  if (ec) {
    throw std::runtime_error("cannot move " + temporary_.string() + " to " + path_.string() + ": " +
                             ec.message());
  }
  committed_ = true;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  AtomicFile file(path);
  file.write(content);
  file.commit();
}

}  // namespace umbrella
