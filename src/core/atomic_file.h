#pragma once
// Every output file is written to a temporary file in its folder, synced to disk and then moved
// into place, so a killed or failed run never leaves a half-written file that looks complete:
// the name holds the previous file or the whole new one. Where the file system allows (Linux's
// O_TMPFILE: ext4, xfs, btrfs, tmpfs) the temporary file has no name until it is complete, so a
// killed run leaves no stray file either; elsewhere it is a hidden `.NAME.tmpPID` beside the
// file, removed on any failure the process survives.
#include <filesystem>
#include <string>
#include <string_view>

namespace umbrella {

// Creates the folder `--out` names (and its parents); throws UsageError if it cannot.
void create_output_folder(const std::filesystem::path& dir);

// Throws FileError naming the path if the file cannot be written, UsageError if the path names
// something other than a regular file (a device, a folder). A symbolic link is written through:
// the file it points to is replaced, beside it, and the link is kept.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// The same for a file too large to build in memory first: write() appends to the temporary
// file, commit() moves it into place. A writer destroyed before commit() drops it.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view text);
  // Writes out what is buffered, syncs it to disk, moves it into place (replacing an older
  // file) and syncs the folder, so that the new name survives a power cut too.
  void commit();

 private:
  void flush();
  void write_all(std::string_view bytes);
  // Gives the unnamed temporary file its final name, or the hidden name when a file is there.
  void link_into_place();
  [[noreturn]] void fail(const char* what) const;

  std::filesystem::path path_;
  std::filesystem::path named_;  // the hidden temporary file, while it exists
  int fd_ = -1;
  std::string buffer_;
};

}  // namespace umbrella
