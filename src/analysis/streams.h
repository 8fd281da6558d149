#pragma once
// The random streams of sensitivity analysis: core/rng.h's purpose `sensitivity`, with the year
// field naming which design or bootstrap draws and `index` (a row, column, trajectory or
// resample) picking one stream within it. Every draw is a pure function of the seed and of what
// it is for, whatever the order of computation.
#include <cstdint>

#include "core/rng.h"

namespace umbrella::sa {

enum class SaStream : std::int32_t {
  monte_carlo = 1,
  latin_hypercube = 2,
  sobol_scramble = 3,
  morris = 4,
  sobol_bootstrap = 5,
  morris_bootstrap = 6,
};

inline Rng sa_stream(std::uint64_t seed, SaStream which, std::uint32_t index) {
  return Rng(StreamKey{.seed = seed,
                       .sample = index,
                       .replicate = 0,
                       .year = static_cast<std::int32_t>(which),
                       .purpose = StreamPurpose::sensitivity});
}

}  // namespace umbrella::sa
