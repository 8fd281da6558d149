// Input files are read whole, but never past limits::kMaxInputBytes.
#include "core/input_file.h"

#include <gtest/gtest.h>

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

TEST(InputFile, AnEndlessFileIsRefusedAtTheLimit) {
  try {
    read_input_file("/dev/zero");
    FAIL() << "read /dev/zero";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()),
              "/dev/zero: expected a file of at most 64 MiB, got a larger one");
  }
}

}  // namespace
}  // namespace umbrella
