// The answers first: each question of the essay a policy of the results can answer, with the paired
// effect in percentage points, its interval and what it says, before any chart.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/html.h"
#include "report/outcome_labels.h"
#include "report/section.h"

namespace umbrella::report {
namespace {

// A question, the policy that answers it, and the outcome that measures the answer (a prefix: the
// experiments name outcomes by their year, e.g. pursuit_KOR_2035).
struct Question {
  const char* text_key;
  const char* policy;
  const char* outcome_prefix;
};

constexpr Question kQuestions[] = {
    {"answer.q.trust_korea", "restore_trust", "pursuit_KOR_"},
    {"answer.q.trust_japan", "restore_trust", "pursuit_JPN_"},
    {"answer.q.sharing_japan", "bilateral_sharing", "credibility_JPN_"},
    {"answer.q.sharing_korea", "bilateral_sharing", "credibility_KOR_"},
    {"answer.q.sharing_pursuit", "bilateral_sharing", "pursuit_KOR_"},
    {"answer.q.theater_taiwan", "theater_forces", "taiwan_invaded_by_"},
    {"answer.q.all_taiwan", "all_four", "taiwan_invaded_by_"},
    {"answer.q.french_germany", "french_umbrella", "pursuit_DEU_"},
};

std::string points(double share) {
  const double pp = 100.0 * share;
  return fmt::format("{:+.2f}", std::abs(pp) < 0.005 ? 0.0 : pp);
}

const PairedDifference* find(const Comparison& c, const Question& q) {
  auto it = std::find_if(c.differences.begin(), c.differences.end(), [&](const auto& d) {
    return d.policy == q.policy && d.outcome.starts_with(q.outcome_prefix) &&
           d.outcome.find(' ') == std::string::npos;
  });
  return it == c.differences.end() ? nullptr : &*it;
}

}  // namespace

std::optional<Section> answers_section(const ReportContext& context) {
  if (!context.results->comparison) return std::nullopt;
  const Comparison& c = *context.results->comparison;
  const std::vector<int>& years = context.reference().summary.years;
  std::string rows;
  for (const Question& q : kQuestions) {
    const PairedDifference* d = find(c, q);
    if (d == nullptr) continue;
    std::string effect = points(d->difference) + " pp";
    std::string verdict = context.t("answer.verdict.unclear");
    if (d->low && d->high) {
      effect += " [" + points(*d->low) + ", " + points(*d->high) + "]";
      if (*d->low > 0.0) verdict = context.t("answer.verdict.raises");
      if (*d->high < 0.0) verdict = context.t("answer.verdict.lowers");
    }
    rows += fmt::format(
        "<tr><th>{}</th><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
        escape_html(context.t(q.text_key)), escape_html(q.policy),
        escape_html(label_outcome(c, *d, context.lang, years.front(), years.back()).text),
        escape_html(effect), escape_html(verdict));
  }
  if (rows.empty()) return std::nullopt;
  const bool drawn = context.reference().summary.sample_uncertainty;
  std::string html = "<p>" +
                     escape_html(fmt::format(fmt::runtime(context.t("answer.intro")),
                                             std::lround(100.0 * c.confidence), c.baseline)) +
                     " " + escape_html(context.t(drawn ? "answer.drawn" : "answer.fixed")) +
                     "</p>\n";
  html += "<table class=\"numbers\"><thead><tr><th>" +
          escape_html(context.t("answer.col.question")) + "</th><th>" +
          escape_html(context.t("col.policy")) + "</th><th>" +
          escape_html(context.t("answer.col.outcome")) + "</th><th>" +
          escape_html(context.t("answer.col.effect")) + "</th><th>" +
          escape_html(context.t("answer.col.verdict")) + "</th></tr></thead><tbody>\n" + rows +
          "</tbody></table>\n";
  html += "<p>" + escape_html(context.t("answer.boundary")) + "</p>\n";
  return Section{"answers", context.t("section.answers"), html, {}};
}

}  // namespace umbrella::report
