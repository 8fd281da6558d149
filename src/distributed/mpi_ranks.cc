#include "distributed/mpi_ranks.h"

#include <dlfcn.h>
#include <fmt/core.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "core/error.h"

namespace umbrella::distributed {
namespace {

void check(int code, const char* what) {
  if (code != 0) throw std::runtime_error(std::string("MPI: ") + what + " failed");
}

// Beside the executable, whatever the directory it is started from.
std::filesystem::path module_path() {
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) {
    throw std::runtime_error("cannot find this executable to load the MPI module beside it: " +
                             error.message());
  }
  return executable.parent_path() / UMBRELLA_MPI_MODULE;
}

const UmbrellaMpi& load_mpi() {
  const std::string path = module_path().string();
  // RTLD_GLOBAL: the components Open MPI opens in turn find its symbols there. Never closed: MPI
  // cannot start again in a process once finalised.
  void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_GLOBAL);
  if (module == nullptr) {
    throw UsageError(fmt::format(
        "started by an MPI launcher, but the MPI module cannot be loaded ({}): build the target "
        "umbrella, which builds it beside the executable, or run one process",
        dlerror()));
  }
  using Entry = const UmbrellaMpi* (*)();
  const auto entry = reinterpret_cast<Entry>(dlsym(module, kUmbrellaMpiEntry));
  const UmbrellaMpi* mpi = entry != nullptr ? entry() : nullptr;
  if (mpi == nullptr || mpi->version != kUmbrellaMpiVersion) {
    throw UsageError(fmt::format(
        "the MPI module {} is not the one this umbrella was built with: build the target umbrella "
        "again",
        path));
  }
  return *mpi;
}

// Chunk numbers are message tags, which MPI guarantees only up to 32767; messages between two
// ranks arrive in the order sent, so the tag is a check, not an address.
int tag_of(std::uint64_t chunk) {
  return static_cast<int>(chunk % 32768);
}

int count_of(std::size_t values) {
  if (values > static_cast<std::size_t>(INT_MAX)) {
    throw UsageError("a chunk holds too many results for one MPI message: lower " +
                     mention("chunk-runs"));
  }
  return static_cast<int>(values);
}

}  // namespace

MpiRanks::MpiRanks() : mpi_(&load_mpi()) {
  check(mpi_->init(&rank_, &size_), "MPI_Init_thread, MPI_Comm_rank or MPI_Comm_size");
}

MpiRanks::~MpiRanks() {
  mpi_->finalize();
}

int MpiRanks::first_failing(bool failed) {
  int first = size_;
  check(mpi_->least_int(failed ? rank_ : size_, &first), "MPI_Allreduce");
  return first;
}

std::string MpiRanks::broadcast(const std::string& text) {
  unsigned long long length = text.size();
  check(mpi_->broadcast_u64(&length, 1), "MPI_Bcast");
  std::string rank_zeros = rank_ == 0 ? text : std::string(static_cast<std::size_t>(length), ' ');
  check(mpi_->broadcast_bytes(rank_zeros.data(), count_of(rank_zeros.size())), "MPI_Bcast");
  return rank_zeros;
}

experiment::RankStart MpiRanks::share(const experiment::RankStart& start) {
  unsigned long long values[2] = {start.first_chunk, start.units_per_chunk};
  check(mpi_->broadcast_u64(values, 2), "MPI_Bcast");
  return {values[0], values[1]};
}

void MpiRanks::send_chunk(std::uint64_t chunk, std::span<const double> results) {
  // Synchronous: the sender waits for rank 0 to take the chunk, so no rank runs far ahead.
  check(mpi_->send_doubles(results.data(), count_of(results.size()), tag_of(chunk)), "MPI_Ssend");
}

void MpiRanks::receive_chunk(std::uint64_t chunk, int from, std::span<double> results) {
  int count = 0;
  check(
      mpi_->receive_doubles(results.data(), count_of(results.size()), from, tag_of(chunk), &count),
      "MPI_Recv");
  if (static_cast<std::size_t>(count) != results.size()) {
    throw std::runtime_error("MPI: a chunk arrived with the wrong number of results");
  }
}

void MpiRanks::abort(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    fmt::print(stderr, "error (rank {}): {}\n", rank_, e.what());
  } catch (...) {
    std::fputs("error: unexpected exception\n", stderr);
  }
  std::fflush(stderr);
  mpi_->abort(2);
  std::abort();  // MPI_Abort does not return
}

}  // namespace umbrella::distributed
