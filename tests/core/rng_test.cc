#include "core/rng.h"

#include <Random123/philox.h>
#include <gtest/gtest.h>

#include <cmath>

namespace umbrella {
namespace {

TEST(Rng, SameKeySameStream) {
  Rng a({42, 0, 7, 2030, StreamPurpose::proliferation});
  Rng b({42, 0, 7, 2030, StreamPurpose::proliferation});
  for (int i = 0; i < 100; ++i) EXPECT_EQ(a.uniform(), b.uniform());
}

TEST(Rng, DifferentKeysDiffer) {
  Rng base({42, 0, 7, 2030, StreamPurpose::proliferation});
  Rng other_replicate({42, 0, 8, 2030, StreamPurpose::proliferation});
  Rng other_year({42, 0, 7, 2031, StreamPurpose::proliferation});
  Rng other_purpose({42, 0, 7, 2030, StreamPurpose::credibility});
  Rng other_seed({43, 0, 7, 2030, StreamPurpose::proliferation});
  const double x = base.uniform();
  EXPECT_NE(x, other_replicate.uniform());
  EXPECT_NE(x, other_year.uniform());
  EXPECT_NE(x, other_purpose.uniform());
  EXPECT_NE(x, other_seed.uniform());
}

TEST(Rng, SubstreamsAreLaterStretchesOfTheStream) {
  const StreamKey key{5, 0, 3, 2030, StreamPurpose::crisis};
  Rng whole(key);
  for (int i = 0; i < (1 << 21); ++i) whole.uniform();  // 2^20 blocks of two uniforms
  Rng second(key, 1);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(second.uniform(), whole.uniform()) << i;
  Rng first(key), again(key, 0);
  EXPECT_EQ(first.uniform(), again.uniform());
}

// The two blocks a refill computes at once are Random123's blocks of the counter and the next,
// to the bit, including a last counter word that wraps around.
TEST(Rng, PhiloxPairIsTwoBlocksOfRandom123) {
  const std::uint32_t last_words[] = {0u, 1u, 12345u, 0xFFFFFFFEu, 0xFFFFFFFFu};
  for (std::uint32_t i = 0; i < 200; ++i) {
    const PhiloxCounter ctr = {
        {i * 2654435761u, ~i, i << 8 | 5u, last_words[i % 5] + (i % 5 < 2 ? i : 0u)}};
    const PhiloxKey key = {{0x9E3779B9u * (i + 1), i ^ 0xDEADBEEFu}};
    PhiloxCounter next = ctr;
    next.v[3] += 1;
    const PhiloxCounter first = r123::Philox4x32()(ctr, key);
    const PhiloxCounter second = r123::Philox4x32()(next, key);
    const PhiloxPair pair = philox_pair(ctr, key);
    for (std::size_t w = 0; w < 4; ++w) {
      EXPECT_EQ(pair[w], first.v[w]) << i << " " << w;
      EXPECT_EQ(pair[w + 4], second.v[w]) << i << " " << w;
    }
  }
}

TEST(Rng, UniformMomentsAndRange) {
  Rng rng({1, 0, 0, 2025, StreamPurpose::events});
  const int n = 200000;
  double sum = 0.0, sum_sq = 0.0;
  for (int i = 0; i < n; ++i) {
    const double u = rng.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
    sum_sq += u * u;
  }
  const double mean = sum / n;
  EXPECT_NEAR(mean, 0.5, 0.005);
  EXPECT_NEAR(sum_sq / n - mean * mean, 1.0 / 12.0, 0.002);
}

TEST(Rng, PoissonMean) {
  Rng rng({3, 0, 0, 2025, StreamPurpose::events});
  const int n = 100000;
  double sum = 0.0;
  for (int i = 0; i < n; ++i) sum += rng.poisson(2.5);
  EXPECT_NEAR(sum / n, 2.5, 0.03);
}

}  // namespace
}  // namespace umbrella
