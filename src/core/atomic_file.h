#pragma once
// Every output file is written to a temporary file beside it and renamed into place, so a killed
// run never leaves a half-written file that looks complete.
#include <filesystem>
#include <string_view>

namespace umbrella {

// Throws std::runtime_error naming the path if the file cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace umbrella
