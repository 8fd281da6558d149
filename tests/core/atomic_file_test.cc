// An output file is either absent (or the previous one) or complete, whatever happens while it
// is written, and no temporary file is ever left behind.
#include "core/atomic_file.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"

namespace umbrella {
namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("umbrella-atomic-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  // Every name in the folder, hidden ones included.
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(folder_)) {
      out.push_back(entry.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  static std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }

  // Runs `body` in a child process and returns how it ended (waitpid's status).
  template <typename Body>
  static int in_child(Body body) {
    const pid_t child = ::fork();
    if (child == 0) {
      body();
      ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return status;
  }

  fs::path folder_;
};

TEST_F(AtomicFileTest, WritesTheWholeFileAndNothingElse) {
  write_file_atomically(folder_ / "out.txt", "hello\n");
  EXPECT_EQ(read(folder_ / "out.txt"), "hello\n");
  EXPECT_EQ(names(), std::vector<std::string>{"out.txt"});
}

TEST_F(AtomicFileTest, ReplacesAnOlderFile) {
  write_file_atomically(folder_ / "out.txt", "old");
  write_file_atomically(folder_ / "out.txt", "new");
  EXPECT_EQ(read(folder_ / "out.txt"), "new");
  EXPECT_EQ(names(), std::vector<std::string>{"out.txt"});
}

TEST_F(AtomicFileTest, WritesLargeFilesInBlocks) {
  const std::string block(3 << 20, 'x');
  AtomicFile file(folder_ / "big.txt");
  file.write("head ");
  file.write(block);
  file.write(" tail");
  file.commit();
  EXPECT_EQ(read(folder_ / "big.txt"), "head " + block + " tail");
}

TEST_F(AtomicFileTest, AWriterDroppedBeforeCommitLeavesTheOldFileAlone) {
  write_file_atomically(folder_ / "out.txt", "old");
  {
    AtomicFile file(folder_ / "out.txt");
    file.write(std::string(2 << 20, 'x'));
  }
  EXPECT_EQ(read(folder_ / "out.txt"), "old");
  EXPECT_EQ(names(), std::vector<std::string>{"out.txt"});
}

TEST_F(AtomicFileTest, AMissingFolderIsAFileErrorNamingThePath) {
  const fs::path file = folder_ / "no" / "out.txt";
  try {
    write_file_atomically(file, "x");
    FAIL() << "wrote into a missing folder";
  } catch (const FileError& error) {
    EXPECT_EQ(std::string(error.what()),
              file.string() + ": cannot write the file: No such file or directory");
  }
}

// A rename onto /dev/null (as root) replaced the device with a file (issue 15).
TEST_F(AtomicFileTest, ADeviceIsRefusedNotReplaced) {
  try {
    write_file_atomically("/dev/null", "x");
    FAIL() << "wrote onto /dev/null";
  } catch (const UsageError& error) {
    EXPECT_EQ(std::string(error.what()),
              "/dev/null: expected a regular file or a new name to write, got a device, a FIFO "
              "or a socket");
  }
  EXPECT_FALSE(fs::is_regular_file("/dev/null"));
}

// A symbolic link named as the output is written through: the link stays, its target changes.
TEST_F(AtomicFileTest, ASymbolicLinkIsWrittenThrough) {
  fs::create_directories(folder_ / "real");
  write_file_atomically(folder_ / "real" / "out.txt", "old");
  fs::create_symlink("real/out.txt", folder_ / "link.txt");
  write_file_atomically(folder_ / "link.txt", "new");
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(folder_ / "link.txt")));
  EXPECT_EQ(read(folder_ / "real" / "out.txt"), "new");
  EXPECT_EQ(names(), (std::vector<std::string>{"link.txt", "real"}));
}

TEST_F(AtomicFileTest, AFailedMoveLeavesNoTemporaryFile) {
  // A folder in the way: the data is written, the move into place fails.
  fs::create_directories(folder_ / "out.txt" / "inside");
  EXPECT_THROW(write_file_atomically(folder_ / "out.txt", "x"), FileError);
  EXPECT_EQ(names(), std::vector<std::string>{"out.txt"});
  EXPECT_TRUE(fs::is_directory(folder_ / "out.txt"));
}

TEST_F(AtomicFileTest, AWriteThatFailsHalfWayLeavesNothing) {
  write_file_atomically(folder_ / "out.txt", "old");
  // The file size limit makes the second megabyte fail, as a full disk would.
  const int status = in_child([&] {
    ::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{1 << 20, 1 << 20};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    try {
      write_file_atomically(folder_ / "out.txt", std::string(4 << 20, 'x'));
    } catch (const FileError& error) {
      ::_exit(std::string(error.what()).find("cannot write the file: File too large") !=
                      std::string::npos
                  ? 3
                  : 4);
    }
  });
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3);
  EXPECT_EQ(read(folder_ / "out.txt"), "old");
  EXPECT_EQ(names(), std::vector<std::string>{"out.txt"});
}

TEST_F(AtomicFileTest, AKilledWriteLeavesNothing) {
  const int status = in_child([&] {
    AtomicFile file(folder_ / "out.txt");
    file.write(std::string(4 << 20, 'x'));  // written out past the buffer: data on disk
    ::raise(SIGKILL);
  });
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_TRUE(names().empty());
}

TEST_F(AtomicFileTest, AKilledReplacementLeavesTheOldFile) {
  write_file_atomically(folder_ / "out.txt", "old");
  const int status = in_child([&] {
    AtomicFile file(folder_ / "out.txt");
    file.write(std::string(4 << 20, 'x'));
    ::raise(SIGKILL);
  });
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(read(folder_ / "out.txt"), "old");
  EXPECT_EQ(names(), std::vector<std::string>{"out.txt"});
}

}  // namespace
}  // namespace umbrella
