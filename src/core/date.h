#pragma once
// Calendar dates at day, month or year precision. The engine steps in whole years; a date's
// position inside its year orders the events of that year.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace umbrella {

struct Date {
  int year = 0;
  int month = 0;  // 1-12, or 0 when only the year is known
  int day = 0;    // 1-31, or 0 when only the month is known

  // Fraction of the year elapsed at the start of this date, in [0, 1).
  double fraction_of_year() const;
  // The date plus a number of whole months (day precision kept).
  Date plus_months(int months) const;
  std::string to_string() const;

  // clang-tidy 14 misreads the defaulted comparison as a literal 0 (a known false positive).
  auto operator<=>(const Date& other) const = default;  // NOLINT(modernize-use-nullptr)
};

// The calendar day at a point given as a year with fraction (inverse of fraction_of_year).
Date date_at(double when);

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; std::nullopt if malformed or out of range.
std::optional<Date> parse_date(std::string_view text);

}  // namespace umbrella
