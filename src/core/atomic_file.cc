#include "core/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "core/error.h"

namespace umbrella {
namespace {

namespace fs = std::filesystem;

// Written out in blocks of this size, so that a large file is never held whole.
constexpr std::size_t kBlockBytes = std::size_t{1} << 20;

fs::path folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

fs::path hidden_beside(const fs::path& path) {
  // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on a chain of operator+.
  std::string name = ".";
  name += path.filename().string();
  name += ".tmp";
  name += std::to_string(::getpid());
  return path.parent_path() / name;
}

// An unnamed file is named through /proc/self/fd; without /proc it cannot be.
bool can_name_unnamed_files() {
  return ::access("/proc/self/fd", X_OK) == 0;
}

// Best effort: some file systems cannot sync a folder, and the data itself is already synced.
void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// The file `path` names once its symbolic links are followed (a link is written through, not
// replaced). Throws UsageError if something other than a regular file is there: a rename onto
// /dev/null would replace the device with a file.
fs::path output_target(fs::path path) {
  std::error_code ec;
  for (int links = 0; fs::is_symlink(fs::symlink_status(path, ec)); ++links) {
    const fs::path target = fs::read_symlink(path, ec);
    if (ec || links == 40) throw FileError(path.string(), "cannot write the file", ELOOP);
    path = target.is_absolute() ? target : folder_of(path) / target;
  }
  const fs::file_status status = fs::status(path, ec);
  if (fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status)) {
    throw UsageError(path.string() +
                     ": expected a regular file or a new name to write, got a device, a FIFO "
                     "or a socket");
  }
  return path;
}

}  // namespace

AtomicFile::AtomicFile(fs::path path) : path_(output_target(std::move(path))) {
  if (can_name_unnamed_files()) {
    fd_ = ::open(folder_of(path_).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd_ >= 0) return;
    // Only a file system without unnamed files gets a named one; other failures are real.
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) fail("cannot write the file");
  }
  named_ = hidden_beside(path_);
  fd_ = ::open(named_.c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0666);
  if (fd_ < 0) {
    named_.clear();
    fail("cannot write the file");
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!named_.empty()) ::unlink(named_.c_str());
}

void AtomicFile::fail(const char* what) const {
  throw FileError(path_.string(), what, errno);
}

void AtomicFile::write(std::string_view text) {
  if (buffer_.size() + text.size() > kBlockBytes) {
    flush();
    if (text.size() > kBlockBytes) {
      write_all(text);
      return;
    }
  }
  buffer_ += text;
}

void AtomicFile::flush() {
  write_all(buffer_);
  buffer_.clear();
}

void AtomicFile::write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("cannot write the file");
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

void AtomicFile::link_into_place() {
  const std::string self = "/proc/self/fd/" + std::to_string(fd_);
  if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path_.c_str(), AT_SYMLINK_FOLLOW) == 0) return;
  if (errno != EEXIST) fail("cannot write the file");
  // An older file is there: linkat() cannot replace it, rename() can, atomically.
  named_ = hidden_beside(path_);
  ::unlink(named_.c_str());  // left by a killed process whose id this one has now
  if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, named_.c_str(), AT_SYMLINK_FOLLOW) != 0) {
    named_.clear();
    fail("cannot write the file");
  }
}

void AtomicFile::commit() {
  flush();
  if (::fsync(fd_) != 0) fail("cannot write the file");
  if (named_.empty()) link_into_place();
  if (!named_.empty()) {
    if (std::rename(named_.c_str(), path_.c_str()) != 0) fail("cannot replace the file");
    named_.clear();
  }
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) fail("cannot write the file");
  sync_folder(folder_of(path_));
}

void create_output_folder(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw UsageError(mention("out") + " " + dir.string() + ": " + ec.message());
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  AtomicFile file(path);
  file.write(content);
  file.commit();
}

}  // namespace umbrella
