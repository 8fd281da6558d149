#pragma once
// The output contract (docs/outputs.md): summary.json and the long CSV table. The report, the
// Python module and other tools read these; change them only together with the docs.
#include <filesystem>
#include <string>

#include "engine/summary.h"

namespace umbrella {

std::string summary_to_json(const Summary& summary);
std::string summary_to_csv(const Summary& summary);
// Reads a summary.json written by summary_to_json; throws InputError on a malformed file.
Summary summary_from_json(const std::string& text, const std::string& file_name);

}  // namespace umbrella
