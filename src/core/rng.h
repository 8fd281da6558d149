#pragma once
// Counter-based random streams (Philox4x32-10, Random123). A stream is a pure function of
// (seed, sample, replicate, year, mechanism): any replicate can be replayed alone, and results do
// not depend on how replicates are spread over threads or processes.
#include <cmath>
#include <cstdint>

#include "core/philox_pair.h"

namespace umbrella {

// Which part of the model draws from a stream. Streams of different purposes never overlap.
enum class StreamPurpose : std::uint32_t {
  parameters = 0,  // uncertainty draws for a replicate's parameters
  events = 1,      // the patron's stochastic acts
  arsenal = 2,
  credibility = 3,
  crisis = 4,
  proliferation = 5,
  regime = 6,
  sensitivity = 7,  // designs and bootstraps of sensitivity analysis (src/experiment/)
  calibration = 8,  // bootstraps of the calibration (src/calibration/)
};

struct StreamKey {
  std::uint64_t seed = 0;
  std::uint32_t sample = 0;
  std::uint32_t replicate = 0;
  std::int32_t year = 0;
  StreamPurpose purpose = StreamPurpose::parameters;
};

class Rng {
 public:
  // Substream k of a stream starts 2^20 blocks (2^21 uniforms) into it, so substreams never
  // overlap in practice and a mechanism can give each of its parts its own draws.
  explicit Rng(const StreamKey& key, std::uint32_t substream = 0) {
    key_ = {{static_cast<std::uint32_t>(key.seed), static_cast<std::uint32_t>(key.seed >> 32)}};
    counter_ = {
        {key.sample, key.replicate,
         (static_cast<std::uint32_t>(key.year) << 8) | static_cast<std::uint32_t>(key.purpose),
         substream << 20}};
  }

  // Uniform on [0, 1), 53 random bits: two 32-bit words of a block, two uniforms a block.
  double uniform() {
    if (used_ == kUniformsPerRefill) refill();
    const std::uint64_t hi = words_[2 * used_];
    const std::uint64_t lo = words_[2 * used_ + 1];
    ++used_;
    const std::uint64_t bits = ((hi << 32) | lo) >> 11;
    return static_cast<double>(bits) * 0x1.0p-53;
  }

  bool bernoulli(double p) { return uniform() < p; }

  // Poisson by inversion of its CDF with a single uniform; meant for small means (yearly event
  // counts). One draw per call keeps the streams of later draws independent of the count.
  int poisson(double mean) {
    if (mean <= 0.0) return 0;
    const double u = uniform();
    double term = std::exp(-mean);
    double cumulative = term;
    int count = 0;
    while (u >= cumulative && term > 0.0) {
      ++count;
      term *= mean / count;
      cumulative += term;
    }
    return count;
  }

  // Integer uniform on [0, n).
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(uniform() * static_cast<double>(n));
  }

 private:
  // The stream's next two blocks (core/philox_pair.h): the same words, in the same order, as
  // drawing them one at a time.
  static constexpr std::size_t kUniformsPerRefill = 4;
  void refill() {
    words_ = philox_pair(counter_, key_);
    counter_.v[3] += 2;
    used_ = 0;
  }

  PhiloxKey key_;
  PhiloxCounter counter_;
  PhiloxPair words_{};
  std::size_t used_ = kUniformsPerRefill;
};

}  // namespace umbrella
