#pragma once
// Every output file is written to a temporary file beside it and renamed into place, so a killed
// run never leaves a half-written file that looks complete.
#include <filesystem>
#include <fstream>
#include <string_view>

namespace umbrella {

// Throws std::runtime_error naming the path if the file cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// The same for a file too large to build in memory first: write() appends to the temporary
// file, commit() renames it into place. A writer destroyed before commit() removes it.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view text);
  void commit();

 private:
  std::filesystem::path path_;
  std::filesystem::path temporary_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace umbrella
