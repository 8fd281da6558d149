#include "core/text.h"

#include <gtest/gtest.h>

#include <string>

namespace umbrella {
namespace {

constexpr std::size_t kValid = std::string_view::npos;

TEST(Utf8, AcceptsAsciiAndWellFormedSequences) {
  EXPECT_EQ(invalid_utf8_at(""), kValid);
  EXPECT_EQ(invalid_utf8_at("Korea"), kValid);
  EXPECT_EQ(invalid_utf8_at("Sc\xC3\xA9nario \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x8C\x82"), kValid);
  EXPECT_EQ(invalid_utf8_at("\xF4\x8F\xBF\xBF"), kValid);  // U+10FFFF
}

// Each of these once passed `validate` and then stopped `run --out` with an internal error from
// the JSON writer.
TEST(Utf8, FindsTheFirstByteThatIsNot) {
  EXPECT_EQ(invalid_utf8_at("Sc\xE9nario"), 2u);       // Latin-1
  EXPECT_EQ(invalid_utf8_at("ab\xFF"), 2u);            // never in UTF-8
  EXPECT_EQ(invalid_utf8_at("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(invalid_utf8_at("\xE0\x80\xAF"), 0u);      // overlong, three bytes
  EXPECT_EQ(invalid_utf8_at("x\xED\xA0\x80"), 1u);     // a surrogate
  EXPECT_EQ(invalid_utf8_at("\xF4\x90\x80\x80"), 0u);  // past U+10FFFF
  EXPECT_EQ(invalid_utf8_at("ok\xE6\x97"), 2u);        // cut short
  EXPECT_EQ(invalid_utf8_at("\x80"), 0u);              // a lone continuation byte
  EXPECT_EQ(invalid_utf8_at("\xC3\xA9\xC3("), 2u);     // a bad continuation
}

}  // namespace
}  // namespace umbrella
