// The crisis record: the shipped data/record/crises.csv loads and holds what the validation
// needs, and each malformed line fails with its catalogued message (docs/errors.md).
#include "scenario/crisis_record.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "../error_catalogue.h"

namespace umbrella {
namespace {

const std::string kHeader =
    "id,year,challenger,target,patron,dyad_class,highest_group,war,nuclear_signal,source,note\n";

TEST(CrisisRecord, TheShippedRecordLoads) {
  const CrisisRecord record = read_crisis_record(UMBRELLA_SOURCE_DIR "/data/record/crises.csv");
  EXPECT_GE(record.crises.size(), 30U);
  const auto taiwan = std::count_if(
      record.crises.begin(), record.crises.end(),
      [](const RecordedCrisis& c) { return c.challenger == "CHN" && c.target == "TWN"; });
  EXPECT_EQ(taiwan, 4);  // 1954-55, 1958, 1995-96, 2022
  for (const RecordedCrisis& c : record.crises) {
    if (c.challenger == "CHN" && c.target == "TWN") {
      EXPECT_FALSE(c.war) << c.id;
      EXPECT_EQ(c.patron, "USA") << c.id;
    }
    EXPECT_GE(c.year, 1945) << c.id;
  }
  const RecordedCrisis& cuba =
      *std::find_if(record.crises.begin(), record.crises.end(),
                    [](const RecordedCrisis& c) { return c.id == "cuba-1962"; });
  EXPECT_EQ(cuba.highest, LadderGroup::nuclear_threshold);
  EXPECT_TRUE(cuba.nuclear_signal);
  EXPECT_EQ(cuba.dyad_class, DyadClass::nuclear_vs_nuclear);
  EXPECT_EQ(cuba.where.line, 9);
}

TEST(CrisisRecord, ReadsQuotedFieldsWithCommasAndQuotes) {
  const CrisisRecord record =
      parse_crisis_record(kHeader +
                              "a,1958,CHN,TWN,USA,nuclear_vs_protected,conventional,1,0,"
                              "\"ICB 166, \"\"Taiwan\"\" [U]\",\"a, b\"\n",
                          "r.csv");
  ASSERT_EQ(record.crises.size(), 1U);
  const RecordedCrisis& c = record.crises[0];
  EXPECT_EQ(c.source, "ICB 166, \"Taiwan\" [U]");
  EXPECT_EQ(c.note, "a, b");
  EXPECT_TRUE(c.war);
  EXPECT_FALSE(c.nuclear_signal);
  EXPECT_EQ(c.highest, LadderGroup::conventional);
}

struct BadLine {
  const char* line;
  const char* message;
};

class MalformedRecord : public ::testing::TestWithParam<BadLine> {};

TEST_P(MalformedRecord, FailsAtTheFieldWithTheCataloguedMessage) {
  const std::string text = kHeader +
                           "ok,1958,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,x [U],\n" +
                           GetParam().line + "\n";
  try {
    parse_crisis_record(text, "crises.csv");
    FAIL() << "loaded: " << GetParam().line;
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), GetParam().message);
  }
  testing::expect_catalogued(GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, MalformedRecord,
    ::testing::Values(
        BadLine{"b,1940,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,x [U],",
                "crises.csv:3:3: crises[b].year: expected a year from 1945 to 2100, got 1940"},
        BadLine{"b,1958,China,TWN,USA,nuclear_vs_protected,coercion,0,0,x [U],",
                "crises.csv:3:8: crises[b].challenger: expected a state code of three capital "
                "letters, got 'China'"},
        BadLine{"b,1958,CHN,TWN,,nuclear_vs_protected,coercion,0,0,x [U],",
                "crises.csv:3:16: crises[b].patron: expected the target's nuclear-armed patron "
                "for dyad class nuclear_vs_protected, got none"},
        BadLine{"b,1962,RUS,USA,GBR,nuclear_vs_nuclear,coercion,0,0,x [U],",
                "crises.csv:3:16: crises[b].patron: expected no patron for dyad class "
                "nuclear_vs_nuclear (the target has none behind it or its own weapons), got GBR"},
        BadLine{"b,1958,CHN,TWN,USA,extended,coercion,0,0,x [U],",
                "crises.csv:3:20: crises[b].dyad_class: expected one of nuclear_vs_protected, "
                "nuclear_vs_nuclear, nuclear_vs_unprotected, conventional_vs_protected, "
                "conventional_vs_nuclear, got 'extended'"},
        BadLine{"b,1958,CHN,TWN,USA,nuclear_vs_protected,war,0,0,x [U],",
                "crises.csv:3:41: crises[b].highest_group: expected one of sub_crisis, coercion, "
                "conventional, nuclear_threshold, limited_nuclear, theater_nuclear_war, "
                "strategic_exchange, got 'war'"},
        BadLine{"b,1958,CHN,TWN,USA,nuclear_vs_protected,coercion,yes,0,x [U],",
                "crises.csv:3:50: crises[b].war: expected 0 or 1, got 'yes'"},
        BadLine{"b,1958,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,ICB,",
                "crises.csv:3:54: crises[b].source: expected a source tagged [V], [S] or [U], got "
                "'ICB'"},
        BadLine{",1958,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,x [U],",
                "crises.csv:3:1: crises[].id: expected an id, got an empty field"},
        BadLine{"ok,1958,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,x [U],",
                "crises.csv:3:1: crises[ok].id: duplicate crisis id ok (first listed at line 2)"},
        BadLine{"b,1958,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,x [U]",
                "crises.csv:3:1: record: expected 11 fields, got 10"},
        BadLine{"b,1958,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,\"x [U],",
                "crises.csv:3:54: record: expected a closing quote, got the end of the line"},
        BadLine{"b,1958,CHN,TWN,USA,nuclear_vs_protected,coercion,0,0,\"x [U]\"y,",
                "crises.csv:3:61: record: expected a comma after a quoted field, got y"}));

TEST(CrisisRecord, AWrongHeaderOrNoCrisisFails) {
  const auto message = [](const std::string& text) {
    try {
      parse_crisis_record(text, "crises.csv");
    } catch (const InputError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  const std::string wrong = message("id,year\n");
  EXPECT_EQ(wrong,
            "crises.csv:1:1: header: expected the columns id,year,challenger,target,patron,"
            "dyad_class,highest_group,war,nuclear_signal,source,note, got id,year");
  testing::expect_catalogued(wrong);
  const std::string none = message(kHeader);
  EXPECT_EQ(none, "crises.csv:1:1: record: expected at least one crisis, got none");
  testing::expect_catalogued(none);
  const std::string empty = message("");
  EXPECT_EQ(empty,
            "crises.csv:1:1: header: expected the columns id,year,challenger,target,patron,"
            "dyad_class,highest_group,war,nuclear_signal,source,note, got an empty file");
  testing::expect_catalogued(empty);
}

}  // namespace
}  // namespace umbrella
