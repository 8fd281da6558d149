#pragma once
// Sobol' low-discrepancy points (Sobol' 1967) with the direction numbers of Joe & Kuo (2008),
// optionally randomised by a linear matrix scramble and a digital shift (Matoušek 1998), the
// randomisation scipy.stats.qmc.Sobol(scramble=True) applies for SALib. Both keep the points'
// net structure: every block of 2^m points from the start fills each elementary interval of
// volume 2^-m per dimension exactly once.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace umbrella::sa {

// The Joe-Kuo table written here covers this many dimensions (the first is van der Corput's).
inline constexpr std::size_t kMaxSobolDimensions = 40;

// The first `n` points of the `dims`-dimensional sequence, row-major (point i, dimension j at
// i * dims + j), in Gray-code order, the order scipy uses. Without a seed the sequence is the
// plain one and starts at the origin; with a seed it is scrambled by streams keyed by that seed.
// Throws UsageError when dims is 0 or above kMaxSobolDimensions, or n is 2^32 or more.
std::vector<double> sobol_points(std::size_t n, std::size_t dims,
                                 std::optional<std::uint64_t> scramble_seed);

}  // namespace umbrella::sa
