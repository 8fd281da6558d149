#pragma once
// Reading an input file whole, within limits::kMaxInputBytes: a larger file is refused after
// reading one byte past the limit, never read to the end. Anything but a regular file (a FIFO,
// /dev/zero, a socket) is refused before it is read, so that it can neither block nor run on.
#include <optional>
#include <string>

namespace umbrella {

// The file's bytes; nullopt when it cannot be opened (or is a folder), so that the caller can
// say where the file was named. Throws InputError naming the file when it is too large or is
// not a regular file.
std::optional<std::string> try_read_input_file(const std::string& path);

// The same, with "PATH: cannot open the file" (an InputError) when it cannot be opened.
std::string read_input_file(const std::string& path);

}  // namespace umbrella
