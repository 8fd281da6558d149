#include "report/outcome_labels.h"

#include <fmt/format.h>

#include <array>

namespace umbrella::report {
namespace {

constexpr std::array kCrisisSeries = {"p_crisis", "p_invasion", "p_invasion_success", "p_coercion",
                                      "p_nuclear_use"};

Topic topic_of_series(const std::string& series) {
  if (series == "credibility" || series == "assurance") return Topic::belief;
  if (series == "p_hedging" || series == "p_pursuit") return Topic::pursuit;
  if (series == "p_acquired") return Topic::armed;
  if (series == "npt_strength" || series == "nuclear_armed_states" || series == "warheads") {
    return Topic::world;
  }
  for (const char* crisis : kCrisisSeries) {
    if (series == crisis) return Topic::crisis;
  }
  if (series.starts_with("p_highest_")) return Topic::crisis;
  return Topic::other;
}

Unit unit_of_series(const std::string& series) {
  return series == "nuclear_armed_states" || series == "warheads" ? Unit::count : Unit::percent;
}

// An id says what it measures only by its words: the experiments' files name crises this way
// (taiwan_invaded_by_2035, nuclear_use_over_taiwan).
Topic topic_of_id(const std::string& id) {
  const auto has = [&id](const char* word) { return id.find(word) != std::string::npos; };
  if (has("invad") || has("taken") || has("crisis") || has("war") || has("nuclear_use") ||
      has("coercion")) {
    return Topic::crisis;
  }
  if (has("credibility") || has("assurance")) return Topic::belief;
  if (has("armed_states") || has("npt") || has("warheads")) return Topic::world;
  if (has("pursuit") || has("hedging")) return Topic::pursuit;
  if (has("acquired")) return Topic::armed;
  return Topic::other;
}

std::string measure_name(const std::string& series, Lang lang) {
  const std::string key = "outcome." + series;
  if (has_text(key)) return text(lang, key);
  if (series.starts_with("p_highest_")) {
    const std::string group = "group." + series.substr(10);
    if (has_text(group)) return text(lang, group);
  }
  return series;
}

// A state by its name, a flashpoint (CHN-TWN) by its two states' names, the world by none.
std::string subject_name(const std::string& subject, Lang lang) {
  if (subject == "world") return "";
  const auto dash = subject.find('-');
  if (dash == std::string::npos) return state_name(lang, subject);
  return state_name(lang, subject.substr(0, dash)) + "–" +
         state_name(lang, subject.substr(dash + 1));
}

std::string join_label(const std::string& measure, const std::string& subject,
                       const std::string& when) {
  std::string out = measure;
  if (!subject.empty()) out += " · " + subject;
  return out + " · " + when;
}

std::string with(Lang lang, const char* key, int a, int b = 0) {
  return fmt::format(fmt::runtime(text(lang, key)), a, b);
}

OutcomeLabel from_definition(const OutcomeDefinition& d, const std::string& part, Lang lang,
                             int first_year, int last_year) {
  OutcomeLabel out{"", topic_of_series(d.series), unit_of_series(d.series)};
  const std::string measure = measure_name(d.series, lang);
  const std::string subject = subject_name(d.subject, lang);
  std::string when;
  if (d.reduce == "value" && d.year) {
    when = std::to_string(*d.year);
  } else if (d.reduce == "max") {
    // The largest yearly value of a run: for a probability, whether it happened by the end.
    when = out.unit == Unit::percent && d.series.starts_with("p_")
               ? with(lang, "label.by", last_year)
               : with(lang, "label.peak", first_year, last_year);
  } else if (d.reduce == "mean") {
    when = with(lang, "label.mean", first_year, last_year);
  } else if (d.reduce == "first_year") {
    if (part == "year") {
      out.unit = Unit::year;
      when = text(lang, "label.first_year");
    } else {
      out.unit = Unit::percent;
      when = with(lang, "label.ever", last_year);
    }
  } else {
    when = d.reduce;
  }
  out.text = join_label(measure, subject, when);
  return out;
}

}  // namespace

OutcomeLabel label_outcome(const Comparison& comparison, const PairedDifference& difference,
                           Lang lang, int first_year, int last_year) {
  if (const OutcomeDefinition* d = comparison.definition(difference.name)) {
    return from_definition(*d, difference.part, lang, first_year, last_year);
  }
  std::string words = difference.outcome;
  for (char& c : words) c = c == '_' ? ' ' : c;
  if (!words.empty() && words[0] >= 'a' && words[0] <= 'z') words[0] = char(words[0] - 'a' + 'A');
  const std::string& id = difference.name;
  const Unit unit =
      difference.part == "year" ? Unit::year
      : id.find("armed_states") != std::string::npos || id.find("warheads") != std::string::npos
          ? Unit::count
          : Unit::percent;
  return {words, topic_of_id(id), unit};
}

OutcomeLabel label_series(const std::string& series, const std::string& subject, int year,
                          Lang lang) {
  return {join_label(measure_name(series, lang), subject_name(subject, lang), std::to_string(year)),
          topic_of_series(series), unit_of_series(series)};
}

const std::string& topic_title(Topic topic, Lang lang) {
  switch (topic) {
    case Topic::belief:
      return text(lang, "topic.belief");
    case Topic::pursuit:
      return text(lang, "topic.pursuit");
    case Topic::armed:
      return text(lang, "topic.armed");
    case Topic::world:
      return text(lang, "topic.world");
    case Topic::crisis:
      return text(lang, "topic.crisis");
    case Topic::other:
      break;
  }
  return text(lang, "topic.other");
}

double unit_scale(Unit unit) {
  return unit == Unit::percent ? 100.0 : 1.0;
}

}  // namespace umbrella::report
