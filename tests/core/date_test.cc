#include "core/date.h"

#include <gtest/gtest.h>

namespace umbrella {
namespace {

TEST(Date, ParsesThreePrecisions) {
  EXPECT_EQ(parse_date("2025"), (Date{2025, 0, 0}));
  EXPECT_EQ(parse_date("2025-03"), (Date{2025, 3, 0}));
  EXPECT_EQ(parse_date("2026-02-05"), (Date{2026, 2, 5}));
}

TEST(Date, RejectsMalformedAndOutOfRange) {
  EXPECT_FALSE(parse_date("25"));
  EXPECT_FALSE(parse_date("2025-13"));
  EXPECT_FALSE(parse_date("2025-02-30"));
  EXPECT_FALSE(parse_date("2025-3-1"));
  EXPECT_FALSE(parse_date("2025-03-01x"));
  EXPECT_TRUE(parse_date("2024-02-29"));
  EXPECT_FALSE(parse_date("2025-02-29"));
}

TEST(Date, OrdersWithinYear) {
  EXPECT_LT(*parse_date("2025-03-05"), *parse_date("2025-03-09"));
  EXPECT_DOUBLE_EQ(parse_date("2025-01-01")->fraction_of_year(), 0.0);
  EXPECT_NEAR(parse_date("2025-07-02")->fraction_of_year(), 182.0 / 365.0, 1e-12);
}

TEST(Date, FractionRoundTrips) {
  for (const char* text : {"2024-11-01", "2025-01-01", "2025-03-05", "2025-12-31", "2024-02-29"}) {
    const Date date = *parse_date(text);
    EXPECT_EQ(date_at(date.year + date.fraction_of_year()), date) << text;
  }
}

TEST(Date, AddsMonthsAcrossYearEnd) {
  EXPECT_EQ(parse_date("2025-11-30")->plus_months(3), (Date{2026, 2, 28}));
  EXPECT_EQ(parse_date("2003-01-10")->plus_months(3), (Date{2003, 4, 10}));
}

}  // namespace
}  // namespace umbrella
