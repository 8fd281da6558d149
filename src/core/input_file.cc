#include "core/input_file.h"

#include <array>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/limits.h"

namespace umbrella {

std::optional<std::string> try_read_input_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text;
  std::array<char, 1 << 16> block{};
  while (in.read(block.data(), block.size()) || in.gcount() > 0) {
    text.append(block.data(), static_cast<std::size_t>(in.gcount()));
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
