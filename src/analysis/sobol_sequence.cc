#include "analysis/sobol_sequence.h"

#include <fmt/format.h>

#include <array>
#include <bit>
#include <cstdint>

#include "analysis/streams.h"
#include "core/error.h"

namespace umbrella::sa {
namespace {

constexpr int kBits = 32;

// One row of Joe & Kuo's table new-joe-kuo-6.21201 (S. Joe and F. Y. Kuo, "Constructing Sobol
// sequences with better two-dimensional projections", SIAM J. Sci. Comput. 30:2635-2654, 2008):
// the degree s and the inner coefficients a of a primitive polynomial over GF(2), and the
// initial direction integers m_1..m_s (odd, m_k < 2^k).
struct JoeKuoRow {
  int degree;
  std::uint32_t coefficients;
  std::array<std::uint32_t, 8> initial;
};

// Dimensions 2 to 40 of the table; dimension 1 has every m_k = 1.
constexpr std::array<JoeKuoRow, kMaxSobolDimensions - 1> kJoeKuo = {{
    {1, 0, {1}},
    {2, 1, {1, 3}},
    {3, 1, {1, 3, 1}},
    {3, 2, {1, 1, 1}},
    {4, 1, {1, 1, 3, 3}},
    {4, 4, {1, 3, 5, 13}},
    {5, 2, {1, 1, 5, 5, 17}},
    {5, 4, {1, 1, 5, 5, 5}},
    {5, 7, {1, 1, 7, 11, 19}},
    {5, 11, {1, 1, 5, 1, 1}},
    {5, 13, {1, 1, 1, 3, 11}},
    {5, 14, {1, 3, 5, 5, 31}},
    {6, 1, {1, 3, 3, 9, 7, 49}},
    {6, 13, {1, 1, 1, 15, 21, 21}},
    {6, 16, {1, 3, 1, 13, 27, 49}},
    {6, 19, {1, 1, 1, 15, 7, 5}},
    {6, 22, {1, 3, 1, 15, 13, 25}},
    {6, 25, {1, 1, 5, 5, 19, 61}},
    {7, 1, {1, 3, 7, 11, 23, 15, 103}},
    {7, 4, {1, 3, 7, 13, 13, 15, 69}},
    {7, 7, {1, 1, 3, 13, 7, 35, 63}},
    {7, 8, {1, 3, 5, 9, 1, 25, 53}},
    {7, 14, {1, 3, 1, 13, 9, 35, 107}},
    {7, 19, {1, 3, 1, 5, 27, 61, 31}},
    {7, 21, {1, 1, 5, 11, 19, 41, 61}},
    {7, 28, {1, 3, 5, 3, 3, 13, 69}},
    {7, 31, {1, 1, 7, 13, 1, 19, 1}},
    {7, 32, {1, 3, 7, 5, 13, 19, 59}},
    {7, 37, {1, 1, 3, 9, 25, 29, 41}},
    {7, 41, {1, 3, 5, 13, 23, 1, 55}},
    {7, 42, {1, 3, 7, 3, 13, 59, 17}},
    {7, 50, {1, 3, 1, 3, 5, 53, 69}},
    {7, 55, {1, 1, 5, 5, 23, 33, 13}},
    {7, 56, {1, 1, 7, 7, 1, 61, 123}},
    {7, 59, {1, 1, 7, 9, 13, 61, 49}},
    {7, 62, {1, 3, 3, 5, 3, 55, 33}},
    {8, 14, {1, 3, 1, 15, 31, 13, 49, 245}},
    {8, 21, {1, 3, 5, 15, 31, 59, 63, 97}},
    {8, 22, {1, 3, 1, 11, 11, 11, 77, 249}},
}};

using Directions = std::array<std::uint32_t, kBits>;

// v_k = m_k * 2^(32-k), with m_k for k > s from Bratley and Fox's recurrence
// m_k = 2 a_1 m_{k-1} ^ 4 a_2 m_{k-2} ^ ... ^ 2^(s-1) a_{s-1} m_{k-s+1} ^ 2^s m_{k-s} ^ m_{k-s},
// where a_1 is the most significant of the s-1 bits of `coefficients`.
Directions direction_numbers(std::size_t dim) {
  std::array<std::uint32_t, kBits> m{};
  if (dim == 0) {
    m.fill(1);
  } else {
    const JoeKuoRow& row = kJoeKuo[dim - 1];
    const int s = row.degree;
    for (int k = 0; k < s; ++k) m[k] = row.initial[k];
    for (int k = s; k < kBits; ++k) {
      std::uint32_t value = m[k - s] ^ (m[k - s] << s);
      for (int i = 1; i < s; ++i) {
        if ((row.coefficients >> (s - 1 - i)) & 1U) value ^= m[k - i] << i;
      }
      m[k] = value;
    }
  }
  Directions v{};
  for (int k = 0; k < kBits; ++k) v[k] = m[k] << (kBits - 1 - k);
  return v;
}

std::uint32_t random_word(Rng& rng) {
  // uniform() carries 53 random bits; its top 32 are a uniform 32-bit word.
  return static_cast<std::uint32_t>(rng.uniform() * 0x1.0p32);
}

// Multiplies every direction number by a random nonsingular lower-triangular bit matrix L
// (digit 1 is the most significant): output digit k mixes input digits 1..k, with digit k kept.
// Returns the digital shift, which becomes the first point.
std::uint32_t scramble(Directions& v, Rng& rng) {
  std::array<std::uint32_t, kBits> rows{};
  rows[0] = 1U << (kBits - 1);
  for (int k = 1; k < kBits; ++k) {
    const std::uint32_t above = ~0U << (kBits - k);
    rows[k] = (random_word(rng) & above) | (1U << (kBits - 1 - k));
  }
  for (std::uint32_t& direction : v) {
    std::uint32_t mixed = 0;
    for (int k = 0; k < kBits; ++k) {
      const auto digit = static_cast<std::uint32_t>(std::popcount(rows[k] & direction) & 1);
      mixed |= digit << (kBits - 1 - k);
    }
    direction = mixed;
  }
  return random_word(rng);
}

}  // namespace

std::vector<double> sobol_points(std::size_t n, std::size_t dims,
                                 std::optional<std::uint64_t> scramble_seed) {
  if (dims == 0 || dims > kMaxSobolDimensions) {
    throw UsageError(fmt::format(
        "a Sobol' sequence here has 1 to {} dimensions (the Joe-Kuo table written in), got {}",
        kMaxSobolDimensions, dims));
  }
  if (n >= (std::size_t{1} << kBits)) {
    throw UsageError(fmt::format("a Sobol' sequence here has fewer than 2^32 points, got {}", n));
  }
  std::vector<Directions> directions(dims);
  std::vector<std::uint32_t> point(dims, 0);
  for (std::size_t j = 0; j < dims; ++j) {
    directions[j] = direction_numbers(j);
    if (scramble_seed) {
      Rng rng = sa_stream(*scramble_seed, SaStream::sobol_scramble, static_cast<std::uint32_t>(j));
      point[j] = scramble(directions[j], rng);
    }
  }
  std::vector<double> out(n * dims);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) {
      // Gray-code order (Antonov and Saleev 1979): one XOR per dimension and point.
      const int bit = std::countr_zero(static_cast<std::uint32_t>(i));
      for (std::size_t j = 0; j < dims; ++j) point[j] ^= directions[j][bit];
    }
    for (std::size_t j = 0; j < dims; ++j) out[i * dims + j] = point[j] * 0x1.0p-32;
  }
  return out;
}

}  // namespace umbrella::sa
