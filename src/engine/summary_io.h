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
// Reads the summary.json `file`; InputError when it cannot be read or is malformed.
Summary read_summary(const std::filesystem::path& file);

// Writes DIR/summary.json (format "json") or DIR/summary.csv ("csv"), creating DIR, atomically,
// and returns the file written. UsageError when DIR cannot be made or the format is unknown.
std::filesystem::path write_summary(const std::filesystem::path& dir, const std::string& format,
                                    const Summary& summary);

}  // namespace umbrella
