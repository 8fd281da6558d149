#include "core/text_file.h"

#include <fstream>
#include <sstream>

#include "core/error.h"

namespace umbrella {

std::string read_text_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError({file.string(), 0, 0}, "", "cannot read the file");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace umbrella
