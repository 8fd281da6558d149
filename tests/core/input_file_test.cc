// Input files are read whole, but never past limits::kMaxInputBytes.
#include "core/input_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "core/error.h"
#include "core/limits.h"

namespace umbrella {
namespace {

TEST(InputFile, ReadsAFileWhole) {
  const std::optional<std::string> text =
      try_read_input_file(UMBRELLA_SOURCE_DIR "/tests/game/games/kuhn_poker.efg");
  ASSERT_TRUE(text.has_value());
  EXPECT_TRUE(text->starts_with("EFG 2 R"));
}

TEST(InputFile, AFileThatCannotBeOpenedIsNone) {
  EXPECT_FALSE(try_read_input_file("/nonexistent/file.yaml").has_value());
  EXPECT_FALSE(try_read_input_file(UMBRELLA_SOURCE_DIR "/tests").has_value());
  try {
    read_input_file("/nonexistent/file.yaml");
    FAIL();
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), "/nonexistent/file.yaml: cannot open the file");
  }
}

// /dev/zero is endless and a FIFO blocks its reader: neither is read (issue 15).
TEST(InputFile, AnythingButARegularFileIsRefusedUnread) {
  const std::string fifo =
      ::testing::TempDir() + "umbrella-input-fifo-" + std::to_string(::getpid());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto error_of = [](const std::string& path) {
    try {
      read_input_file(path);
    } catch (const InputError& error) {
      return std::string(error.what());
    }
    return std::string("read it");
  };
  EXPECT_EQ(error_of(fifo), fifo + ": expected a regular file, got a named pipe (FIFO)");
  ::unlink(fifo.c_str());
  EXPECT_EQ(error_of("/dev/zero"), "/dev/zero: expected a regular file, got a device");
}

}  // namespace
}  // namespace umbrella
