#include "distributed/mpi_ranks.h"

#include <fmt/core.h>
#include <mpi.h>

#include <climits>
#include <cstdio>
#include <cstdlib>

#include "core/error.h"

namespace umbrella::distributed {
namespace {

void check(int code, const char* what) {
  if (code != MPI_SUCCESS) throw std::runtime_error(std::string("MPI: ") + what + " failed");
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

MpiRanks::MpiRanks() {
  int provided = 0;
  check(MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided), "MPI_Init_thread");
  check(MPI_Comm_rank(MPI_COMM_WORLD, &rank_), "MPI_Comm_rank");
  check(MPI_Comm_size(MPI_COMM_WORLD, &size_), "MPI_Comm_size");
}

MpiRanks::~MpiRanks() {
  MPI_Finalize();
}

int MpiRanks::first_failing(bool failed) {
  const int mine = failed ? rank_ : size_;
  int first = size_;
  check(MPI_Allreduce(&mine, &first, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD), "MPI_Allreduce");
  return first;
}

std::string MpiRanks::broadcast(const std::string& text) {
  unsigned long long length = text.size();
  check(MPI_Bcast(&length, 1, MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD), "MPI_Bcast");
  std::string rank_zeros = rank_ == 0 ? text : std::string(static_cast<std::size_t>(length), ' ');
  check(MPI_Bcast(rank_zeros.data(), count_of(rank_zeros.size()), MPI_CHAR, 0, MPI_COMM_WORLD),
        "MPI_Bcast");
  return rank_zeros;
}

experiment::RankStart MpiRanks::share(const experiment::RankStart& start) {
  unsigned long long values[2] = {start.first_chunk, start.units_per_chunk};
  check(MPI_Bcast(values, 2, MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD), "MPI_Bcast");
  return {values[0], values[1]};
}

void MpiRanks::send_chunk(std::uint64_t chunk, std::span<const double> results) {
  // Synchronous: the sender waits for rank 0 to take the chunk, so no rank runs far ahead.
  check(MPI_Ssend(results.data(), count_of(results.size()), MPI_DOUBLE, 0, tag_of(chunk),
                  MPI_COMM_WORLD),
        "MPI_Ssend");
}

void MpiRanks::receive_chunk(std::uint64_t chunk, int from, std::span<double> results) {
  MPI_Status status;
  check(MPI_Recv(results.data(), count_of(results.size()), MPI_DOUBLE, from, tag_of(chunk),
                 MPI_COMM_WORLD, &status),
        "MPI_Recv");
  int count = 0;
  check(MPI_Get_count(&status, MPI_DOUBLE, &count), "MPI_Get_count");
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
  MPI_Abort(MPI_COMM_WORLD, 2);
  std::abort();  // MPI_Abort does not return
}

}  // namespace umbrella::distributed
