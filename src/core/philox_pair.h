#pragma once
// Two consecutive blocks of Philox4x32-10 at once. A stream's blocks are drawn in counter order,
// and the two 32x32-bit multiplications of a round of one block fill only half of an SSE2
// multiply: computing the next block alongside costs little more than one block alone, so each
// refill of an Rng (core/rng.h) yields two blocks for nearly the instructions of one.
#include <Random123/philox.h>

#include <array>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace umbrella {

using PhiloxCounter = r123::Philox4x32::ctr_type;
using PhiloxKey = r123::Philox4x32::key_type;
using PhiloxPair = std::array<std::uint32_t, 8>;

// The blocks of counter `ctr` and of `ctr` with its last word one higher (modulo 2^32), under
// `key`: words 0-3 and 4-7, the same bits as r123::Philox4x32()(ctr, key) for each.
inline PhiloxPair philox_pair(const PhiloxCounter& ctr, const PhiloxKey& key) {
  PhiloxPair out;
#if defined(__SSE2__)
  // Words 0 and 1 of both blocks in `low`, words 2 and 3 in `high`, the first block in the lower
  // 64 bits: _mm_mul_epu32 multiplies the 32-bit lanes 0 and 2, word 0 (or 2) of each block.
  const auto word = [](std::uint32_t w) { return static_cast<int>(w); };
  __m128i low = _mm_set_epi32(word(ctr.v[1]), word(ctr.v[0]), word(ctr.v[1]), word(ctr.v[0]));
  __m128i high = _mm_set_epi32(word(ctr.v[3] + 1), word(ctr.v[2]), word(ctr.v[3]), word(ctr.v[2]));
  const __m128i m0 = _mm_set_epi32(0, word(PHILOX_M4x32_0), 0, word(PHILOX_M4x32_0));
  const __m128i m1 = _mm_set_epi32(0, word(PHILOX_M4x32_1), 0, word(PHILOX_M4x32_1));
  const __m128i w0 = _mm_set_epi32(0, word(PHILOX_W32_0), 0, word(PHILOX_W32_0));
  const __m128i w1 = _mm_set_epi32(0, word(PHILOX_W32_1), 0, word(PHILOX_W32_1));
  __m128i k0 = _mm_set_epi32(0, word(key.v[0]), 0, word(key.v[0]));
  __m128i k1 = _mm_set_epi32(0, word(key.v[1]), 0, word(key.v[1]));
  // Unrolled: a loop's counter and test would cost a third of a round.
#pragma GCC unroll 10
  for (int round = 0; round < 10; ++round) {
    // Each 64-bit lane: lo in its lower word, hi in its upper word.
    const __m128i p0 = _mm_mul_epu32(low, m0);
    const __m128i p1 = _mm_mul_epu32(high, m1);
    // A round maps (c0, c1, c2, c3) to (hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0).
    const __m128i next_low = _mm_xor_si128(
        _mm_xor_si128(_mm_shuffle_epi32(p1, _MM_SHUFFLE(2, 3, 0, 1)), _mm_srli_epi64(low, 32)), k0);
    high = _mm_xor_si128(
        _mm_xor_si128(_mm_shuffle_epi32(p0, _MM_SHUFFLE(2, 3, 0, 1)), _mm_srli_epi64(high, 32)),
        k1);
    low = next_low;
    // The key is bumped between rounds.
    k0 = _mm_add_epi32(k0, w0);
    k1 = _mm_add_epi32(k1, w1);
  }
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out.data()), _mm_unpacklo_epi64(low, high));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out.data() + 4), _mm_unpackhi_epi64(low, high));
#else
  PhiloxCounter next = ctr;
  next.v[3] += 1;
  const PhiloxCounter first = r123::Philox4x32()(ctr, key);
  const PhiloxCounter second = r123::Philox4x32()(next, key);
  for (std::size_t i = 0; i < 4; ++i) {
    out[i] = first.v[i];
    out[i + 4] = second.v[i];
  }
#endif
  return out;
}

}  // namespace umbrella
