#include "core/date.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace umbrella {
namespace {

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::optional<int> parse_int(std::string_view text, std::size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

double Date::fraction_of_year() const {
  if (month == 0) return 0.0;
  // Days before the first of each month in a common year: a lookup instead of a walk over the
  // months, as events and treaties ask for it every simulated year.
  static constexpr int kDaysBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  const bool leap = is_leap(year);
  int day_of_year = kDaysBefore[month - 1] + (leap && month > 2 ? 1 : 0);
  if (day > 0) day_of_year += day - 1;
  return static_cast<double>(day_of_year) / (leap ? 366.0 : 365.0);
}

Date Date::plus_months(int months) const {
  Date out = *this;
  int m = (month == 0 ? 1 : month) - 1 + months;
  out.year += m / 12;
  out.month = m % 12 + 1;
  if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
  return out;
}

std::string Date::to_string() const {
  char buffer[16];
  if (month == 0) return std::to_string(year);
  if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

Date date_at(double when) {
  Date date;
  date.year = static_cast<int>(std::floor(when));
  const double days = is_leap(date.year) ? 366.0 : 365.0;
  // A small tolerance so that fraction_of_year() of a date maps back to that date.
  int day_of_year = static_cast<int>(std::floor((when - date.year) * days + 1e-6));
  date.month = 1;
  while (date.month < 12 && day_of_year >= days_in_month(date.year, date.month)) {
    day_of_year -= days_in_month(date.year, date.month);
    ++date.month;
  }
  date.day = std::min(day_of_year + 1, days_in_month(date.year, date.month));
  return date;
}

std::optional<Date> parse_date(std::string_view text) {
  Date date;
  auto year = parse_int(text.substr(0, 4), 4);
  if (!year || *year < 1900 || *year > 2200) return std::nullopt;
  date.year = *year;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  auto month = parse_int(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  auto day = parse_int(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
  date.day = *day;
  return date;
}

}  // namespace umbrella
