#pragma once
// How the report names an outcome for people, which question it answers and in which unit it is
// read: "Invasion · China–Taiwan · by 2035" rather than taiwan_invaded_by_2035. An experiment's
// outcome is named from its definition in comparison.json; one without a definition (an older
// file) from its id.
#include <optional>
#include <string>

#include "report/comparison.h"
#include "report/translations.h"

namespace umbrella::report {

// The questions the policy comparison groups its outcomes by, in the order it shows them.
enum class Topic { belief, pursuit, armed, world, crisis, other };
constexpr Topic kTopics[] = {Topic::belief, Topic::pursuit, Topic::armed,
                             Topic::world,  Topic::crisis,  Topic::other};

// percent: a share or index in [0, 1], shown times 100 (a difference in percentage points);
// count and year: as they are.
enum class Unit { percent, count, year };

struct OutcomeLabel {
  std::string text;
  Topic topic = Topic::other;
  Unit unit = Unit::percent;
};

// The years are the results' first and last.
OutcomeLabel label_outcome(const Comparison& comparison, const PairedDifference& difference,
                           Lang lang, int first_year, int last_year);
// A series of a summary in one year, as the key outcomes name it.
OutcomeLabel label_series(const std::string& series, const std::string& subject, int year,
                          Lang lang);

const std::string& topic_title(Topic topic, Lang lang);
// 100 for Unit::percent, else 1.
double unit_scale(Unit unit);

}  // namespace umbrella::report
