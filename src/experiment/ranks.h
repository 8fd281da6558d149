#pragma once
// The processes one experiment is split across (docs/experiments.md, "On several processes").
// Chunk c is computed by rank c % size. Rank 0 alone touches the results store: it receives
// the other ranks' chunks and commits every chunk in order, so the store and the exports are
// byte for byte those of a single process.
#include <cstdint>
#include <exception>
#include <span>
#include <stdexcept>
#include <string>

namespace umbrella::experiment {

// Where every rank begins, decided by rank 0 from the store (a resumed store starts after its
// last committed chunk).
struct RankStart {
  std::uint64_t first_chunk = 0;
  std::uint64_t units_per_chunk = 0;
};

class Ranks {
 public:
  virtual ~Ranks() = default;
  virtual int rank() const = 0;
  virtual int size() const = 0;
  // Collective: the lowest rank that failed, or size() when none did.
  virtual int first_failing(bool failed) = 0;
  // Collective: rank 0's text, on every rank.
  virtual std::string broadcast(const std::string& text) = 0;
  // Collective: rank 0's start, on every rank.
  virtual RankStart share(const RankStart& start) = 0;
  // From a rank other than 0 to rank 0; blocks until rank 0 takes it, which keeps no more than
  // a few chunks in flight.
  virtual void send_chunk(std::uint64_t chunk, std::span<const double> results) = 0;
  virtual void receive_chunk(std::uint64_t chunk, int from, std::span<double> results) = 0;
  // Ends every rank at once, after printing `error`: the way out of an error once the ranks
  // exchange chunks, when the others would otherwise wait for this one forever.
  [[noreturn]] virtual void abort(const std::exception_ptr& error) = 0;
};

// Thrown on every rank but the one that failed, which reports its own error.
class StoppedByAnotherRank : public std::runtime_error {
 public:
  explicit StoppedByAnotherRank(int rank)
      : std::runtime_error("rank " + std::to_string(rank) + " stopped the experiment") {}
};

// Collective when `ranks` is not null: every rank learns whether any failed. The lowest rank
// that failed rethrows its error, the others throw StoppedByAnotherRank, so one error is
// printed once and no rank waits for another that has given up.
void agree(Ranks* ranks, const std::exception_ptr& failure);

}  // namespace umbrella::experiment
