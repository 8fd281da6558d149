#pragma once
// Reading an input file whole, within limits::kMaxInputBytes: a larger file (or an endless one,
// /dev/zero) is refused after reading one byte past the limit, never read to the end.
#include <optional>
#include <string>

namespace umbrella {

// The file's bytes; nullopt when it cannot be opened (or is a folder), so that the caller can
// say where the file was named. Throws InputError naming the file when it is too large.
std::optional<std::string> try_read_input_file(const std::string& path);

// The same, with "PATH: cannot open the file" (an InputError) when it cannot be opened.
std::string read_input_file(const std::string& path);

}  // namespace umbrella
