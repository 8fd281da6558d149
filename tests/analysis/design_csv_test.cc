// Designs and outputs as CSV: exact round trips, and the messages of malformed files.
#include "analysis/design_csv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "../error_catalogue.h"

namespace umbrella::sa {
namespace {

const std::vector<std::string> kNames = {"x1", "x2", "x3"};

std::string design_error(const std::string& text) {
  try {
    parse_table(text, "d.csv", kNames, "p.txt");
  } catch (const InputError& e) {
    umbrella::testing::expect_catalogued(e.what());
    return e.what();
  }
  return "no error";
}

TEST(DesignCsv, RoundTripsEveryDoubleExactly) {
  Table table;
  table.columns = kNames;
  table.values = {
      0.1, 1.0 / 3.0, -2.5e-300, std::numeric_limits<double>::max(), std::nextafter(1.0, 0.0),
      -0.0};
  const std::string text = format_table(table);
  EXPECT_EQ(text.substr(0, text.find('\n')), "x1,x2,x3");
  const Table read = parse_table(text, "d.csv", kNames, "p.txt");
  ASSERT_EQ(read.rows(), 2U);
  for (std::size_t i = 0; i < table.values.size(); ++i) {
    EXPECT_EQ(std::signbit(read.values[i]), std::signbit(table.values[i]));
    EXPECT_EQ(read.values[i], table.values[i]) << i;
  }
  EXPECT_EQ(read.lines, (std::vector<int>{2, 3}));
  EXPECT_EQ(read.column(1), (std::vector<double>{1.0 / 3.0, std::nextafter(1.0, 0.0)}));
}

TEST(DesignCsv, AcceptsBlanksAroundCellsCrlfAndBlankLines) {
  const Table table = parse_table("x1, x2 ,x3\r\n\r\n 1 ,2,\t3\r\n", "d.csv", kNames, "p.txt");
  ASSERT_EQ(table.rows(), 1U);
  EXPECT_EQ(table.values, (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(table.lines, (std::vector<int>{3}));
}

TEST(DesignCsv, MalformedFilesNameTheirPlace) {
  EXPECT_EQ(design_error("x1,x3,x2\n"),
            "d.csv:1:4: header: expected column 2 to be x2, the 2nd parameter of p.txt, got 'x3'");
  EXPECT_EQ(design_error("x1,x2\n"),
            "d.csv:1:6: header: expected 3 columns, the parameters of p.txt (x1, x2, x3), got 2");
  EXPECT_EQ(design_error("x1,x2,x3,x4\n"),
            "d.csv:1:10: header: expected 3 columns, the parameters of p.txt (x1, x2, x3), got 4");
  EXPECT_EQ(design_error("x1,x2,x3\n1,2,3\n4,5\n"),
            "d.csv:3:4: expected 3 comma-separated values, one per column of the header, got 2");
  EXPECT_EQ(design_error("x1,x2,x3\n1,2,3,4\n"),
            "d.csv:2:7: expected 3 comma-separated values, one per column of the header, got 4");
  EXPECT_EQ(design_error("x1,x2,x3\n1, 2x ,3\n"),
            "d.csv:2:4: x2: expected a finite number, got '2x'");
  EXPECT_EQ(design_error("x1,x2,x3\n1,,3\n"),
            "d.csv:2:3: x2: expected a finite number, got nothing");
  EXPECT_EQ(design_error("x1,x2,x3\n1,2,inf\n"),
            "d.csv:2:5: x3: expected a finite number, got 'inf'");
  EXPECT_EQ(design_error("\n\n"),
            "d.csv: expected a header row of column names, got an empty file");
}

TEST(OutputsCsv, AnyUniqueHeaderAndOneRowPerDesignRow) {
  const Table design = parse_table("x1,x2,x3\n1,2,3\n4,5,6\n", "d.csv", kNames, "p.txt");
  const Table outputs = parse_table("y,z\n1,2\n3,4\n", "y.csv");
  EXPECT_NO_THROW(check_same_rows(outputs, design));
  const Table longer = parse_table("y\n1\n2\n3\n", "y.csv");
  try {
    check_same_rows(longer, design);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "y.csv:4: expected 2 rows of outputs, one per row of d.csv, got 3");
    umbrella::testing::expect_catalogued(e.what());
  }
  try {
    parse_table("y,y\n1,2\n", "y.csv");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "y.csv:1:3: header: duplicate column y");
    umbrella::testing::expect_catalogued(e.what());
  }
}

}  // namespace
}  // namespace umbrella::sa
