#pragma once
// Ranks over MPI (Open MPI from Debian): `mpirun -np N umbrella experiment FILE` splits an
// experiment's chunks across N processes (docs/experiments.md, "On several processes"). MPI
// itself is in the module beside the executable (mpi_api.h), loaded when the first MpiRanks is
// made.
#include <cstdint>
#include <span>
#include <string>

#include "distributed/mpi_api.h"
#include "experiment/ranks.h"

namespace umbrella::distributed {

// MPI for the life of one command: initialised on construction, finalised on destruction. The
// thread that made it is the only one that calls MPI. UsageError when the module cannot be
// loaded.
class MpiRanks final : public experiment::Ranks {
 public:
  MpiRanks();
  ~MpiRanks() override;
  MpiRanks(const MpiRanks&) = delete;
  MpiRanks& operator=(const MpiRanks&) = delete;

  int rank() const override { return rank_; }
  int size() const override { return size_; }
  int first_failing(bool failed) override;
  std::string broadcast(const std::string& text) override;
  experiment::RankStart share(const experiment::RankStart& start) override;
  void send_chunk(std::uint64_t chunk, std::span<const double> results) override;
  void receive_chunk(std::uint64_t chunk, int from, std::span<double> results) override;
  [[noreturn]] void abort(const std::exception_ptr& error) override;

 private:
  const UmbrellaMpi* mpi_;
  int rank_ = 0;
  int size_ = 1;
};

}  // namespace umbrella::distributed
