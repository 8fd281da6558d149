#include "core/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>

#include "core/error.h"
#include "core/limits.h"

namespace umbrella {
namespace {

// What a non-regular file is, for the error.
const char* kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

void refuse_unless_regular(const std::string& path, mode_t mode) {
  if (!S_ISREG(mode)) {
    throw InputError({path, 0, 0}, "",
                     std::string("expected a regular file, got ") + kind_of(mode));
  }
}

}  // namespace

std::optional<std::string> try_read_input_file(const std::string& path) {
  // Stat first, and open without blocking: a FIFO must be refused, not waited on.
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0 || S_ISDIR(before.st_mode)) return std::nullopt;
  refuse_unless_regular(path, before.st_mode);
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) return std::nullopt;
  struct stat opened {};
  if (::fstat(fd.get(), &opened) != 0) return std::nullopt;
  if (S_ISDIR(opened.st_mode)) return std::nullopt;
  refuse_unless_regular(path, opened.st_mode);  // replaced between the stat and the open
  std::string text;
  std::array<char, 1 << 16> block{};
  for (;;) {
    const ssize_t got = ::read(fd.get(), block.data(), block.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return std::nullopt;
    if (got == 0) break;
    text.append(block.data(), static_cast<std::size_t>(got));
    if (text.size() > limits::kMaxInputBytes) {
      throw InputError({path, 0, 0}, "",
                       "expected a file of at most " +
                           std::to_string(limits::kMaxInputBytes >> 20) + " MiB, got a larger one");
    }
  }
  return text;
}

std::string read_input_file(const std::string& path) {
  std::optional<std::string> text = try_read_input_file(path);
  if (!text) throw InputError({path, 0, 0}, "", "cannot open the file");
  return std::move(*text);
}

}  // namespace umbrella
