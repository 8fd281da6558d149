// The proliferation record's reader: stage spells, codings, and file:line errors.
#include "calibration/record.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace umbrella {
namespace {

constexpr const char* kHeader = "state,stage,start,end,coding,source,note\n";

ProliferationRecord parse(const std::string& rows) {
  return ProliferationRecord::parse(std::string(kHeader) + rows, "record.csv");
}

TEST(ProliferationRecord, StatusIsTheHighestStageCoveringTheYear) {
  const ProliferationRecord record = parse(
      "KOR,explore,1959,1978,bleek2017,\"Bleek 2017, p. 30\",\n"
      "KOR,pursue,1970,1978,bleek2017,Bleek 2017,\n"
      "ZAF,acquire,1979,1991,bleek2017,Bleek 2017,dismantled\n");
  EXPECT_EQ(record.status("KOR", 1958, "bleek2017"), Stage::none);
  EXPECT_EQ(record.status("KOR", 1959, "bleek2017"), Stage::hedging);
  EXPECT_EQ(record.status("KOR", 1970, "bleek2017"), Stage::pursuit);
  EXPECT_EQ(record.status("KOR", 1979, "bleek2017"), Stage::none);
  EXPECT_EQ(record.status("ZAF", 1991, "bleek2017"), Stage::acquired);
  EXPECT_EQ(record.status("ZAF", 1992, "bleek2017"), Stage::none);
  EXPECT_EQ(record.spells()[0].source, "Bleek 2017, p. 30");
  EXPECT_EQ(record.states(), (std::vector<std::string>{"KOR", "ZAF"}));
}

TEST(ProliferationRecord, AnOpenSpellRunsOnAndAnotherCodingReplacesTheStateWhole) {
  const ProliferationRecord record = parse(
      "ISR,explore,1949,,bleek2017,Bleek 2017,\n"
      "ISR,acquire,1967,,bleek2017,Bleek 2017,\n"
      "ISR,acquire,1972,,singh_way2004,Singh & Way 2004,\n"
      "IRN,pursue,1989,2003,bleek2017,Bleek 2017,\n");
  EXPECT_EQ(record.status("ISR", 2024, "bleek2017"), Stage::acquired);
  EXPECT_EQ(record.status("ISR", 1969, "bleek2017"), Stage::acquired);
  // Singh & Way's rows for Israel replace Bleek's whole: no exploration spell there.
  EXPECT_EQ(record.status("ISR", 1969, "singh_way2004"), Stage::none);
  EXPECT_EQ(record.status("ISR", 1972, "singh_way2004"), Stage::acquired);
  // A state without rows in a coding keeps the primary coding's.
  EXPECT_EQ(record.status("IRN", 1990, "singh_way2004"), Stage::pursuit);
  EXPECT_TRUE(record.has_coding("singh_way2004"));
  EXPECT_FALSE(record.has_coding("jo_gartzke2007"));
}

void expect_error(const std::string& text, const std::string& where, const std::string& message) {
  try {
    ProliferationRecord::parse(text, "record.csv");
    FAIL() << "accepted: " << text;
  } catch (const InputError& e) {
    EXPECT_EQ(to_string(e.where()), where);
    EXPECT_EQ(e.message(), message);
  }
}

TEST(ProliferationRecord, MalformedRowsNameFileLineAndColumn) {
  const std::string h = kHeader;
  expect_error("state,stage,start\n", "record.csv:1",
               "expected the header state,stage,start,end,coding,source,note");
  expect_error("", "record.csv:1", "the file is empty");
  expect_error(h + "KOR,explore,1959,1978,bleek2017,src\n", "record.csv:2",
               "expected 7 fields (state,stage,start,end,coding,source,note), got 6");
  expect_error(h + "Korea,explore,1959,,bleek2017,src,\n", "record.csv:2:1",
               "expected an ISO 3166 alpha-3 code (three capital letters), got 'Korea'");
  expect_error(h + "KOR,build,1959,,bleek2017,src,\n", "record.csv:2:5",
               "expected explore, pursue or acquire, got 'build'");
  expect_error(h + "KOR,explore,59,,bleek2017,src,\n", "record.csv:2:13",
               "expected a year in 1900..2200, got '59'");
  expect_error(h + "KOR,explore,1959,1950,bleek2017,src,\n", "record.csv:2:18",
               "the spell ends (1950) before it starts (1959)");
  expect_error(h + "KOR,explore,1959,,Bleek,src,\n", "record.csv:2:19",
               "expected a coding name (lower-case letters, digits, _), got 'Bleek'");
  expect_error(h + "KOR,explore,1959,,bleek2017,,\n", "record.csv:2:29",
               "every spell needs a source");
  expect_error(h + "KOR,explore,1959,,bleek2017,\"open,\n", "record.csv:2:29",
               "expected a closing quote, got the end of the line");
  expect_error(h + "KOR,explore,1959,,bleek2017,\"a\"b,\n", "record.csv:2:32",
               "expected a comma after a quoted field, got b");
  expect_error(h + "KOR,explore,1959,1970,bleek2017,a,\nKOR,explore,1970,,bleek2017,b,\n",
               "record.csv:3",
               "this spell of KOR overlaps the one on line 2 (same stage and coding)");
}

}  // namespace
}  // namespace umbrella
