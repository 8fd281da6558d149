#pragma once
// Reading a whole input file, with the error every reader reports when it cannot.
#include <filesystem>
#include <string>

namespace umbrella {

// The file's bytes; InputError naming the file when it cannot be read.
std::string read_text_file(const std::filesystem::path& file);

}  // namespace umbrella
