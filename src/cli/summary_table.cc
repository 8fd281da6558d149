#include "cli/summary_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "engine/crisis_record_score.h"

namespace umbrella::cli {
namespace {

std::string cell(const SeriesSummary* s, std::size_t y) {
  return s == nullptr ? std::string("-") : fmt::format("{:.2f}", s->mean[y]);
}

// A share of replicates as a percentage with its 95% Monte Carlo interval (Jeffreys), so that
// 0.4% does not print as 0.00 and a reader sees how many replicates back it.
std::string percent(double share) {
  return share < 0.1 && share > 0.0 ? fmt::format("{:.1f}", 100.0 * share)
                                    : fmt::format("{:.0f}", 100.0 * share);
}

std::string share_cell(const SeriesSummary* s, std::size_t y, int replicates) {
  if (s == nullptr) return "-";
  const auto events = static_cast<int>(std::lround(s->mean[y] * replicates));
  const Proportion p = jeffreys(events, replicates);
  return fmt::format("{} [{}-{}]", percent(s->mean[y]), percent(p.lower), percent(p.upper));
}

// The expected number of years with the event over the run: yearly probabilities add up.
std::string total(const SeriesSummary* s) {
  if (s == nullptr) return "-";
  double sum = 0.0;
  for (double p : s->mean) sum += p;
  return fmt::format("{:.3f}", sum);
}

std::string crisis_table(const Summary& summary) {
  std::string out = fmt::format("\nCrises {}-{}, expected number per replicate\n",
                                summary.years.front(), summary.years.back());
  out += fmt::format("{:<9} {:>9} {:>9} {:>9} {:>11}\n", "", "crises", "invasions", "succeeded",
                     "nuclear use");
  for (const SeriesSummary& s : summary.series) {
    if (s.name != "p_crisis") continue;
    out += fmt::format("{:<9} {:>9} {:>9} {:>9} {:>11}\n", s.subject, total(&s),
                       total(summary.find("p_invasion", s.subject)),
                       total(summary.find("p_invasion_success", s.subject)),
                       total(summary.find("p_nuclear_use", s.subject)));
  }
  return out;
}

}  // namespace

std::string format_summary_table(const Summary& summary, int milestone_year) {
  const std::size_t first = 0;
  const std::size_t last = summary.years.size() - 1;
  auto at = std::find(summary.years.begin(), summary.years.end(), milestone_year);
  const std::size_t mid =
      at == summary.years.end() ? last : static_cast<std::size_t>(at - summary.years.begin());
  const int y0 = summary.years[first], ym = summary.years[mid], y1 = summary.years[last];

  std::string out = fmt::format("{} | seed {} | {} replicates", summary.scenario, summary.seed,
                                summary.replicates);
  for (const std::string& lever : summary.levers) out += " | lever " + lever;
  for (const std::string& a : summary.assumptions) out += " | assume " + a;
  out += summary.sample_uncertainty
             ? " | uncertain numbers drawn per replicate"
             : " | numbers fixed at their values (--sample-uncertainty draws them)";
  out += "\n\n";
  const int n = summary.replicates;
  out += fmt::format(
      "credibility (mean); hedging, pursuing, armed: % of replicates at or beyond the stage, "
      "[95% interval over {} replicates]\n",
      n);
  out += fmt::format("{:<6} {:>9} {:>9} {:>16} {:>16} {:>16} {:>16}\n", "state",
                     fmt::format("cred {}", y0), fmt::format("cred {}", ym),
                     fmt::format("hedge {}", ym), fmt::format("pursue {}", ym),
                     fmt::format("armed {}", ym), fmt::format("armed {}", y1));
  std::set<std::string> shown;
  for (const SeriesSummary& s : summary.series) {
    if (s.name != "p_acquired" || shown.contains(s.subject)) continue;
    // Armed from the start: nothing to show about proliferation.
    if (s.mean[first] >= 1.0) continue;
    shown.insert(s.subject);
    const SeriesSummary* cred = summary.find("credibility", s.subject);
    out +=
        fmt::format("{:<6} {:>9} {:>9} {:>16} {:>16} {:>16} {:>16}\n", s.subject, cell(cred, first),
                    cell(cred, mid), share_cell(summary.find("p_hedging", s.subject), mid, n),
                    share_cell(summary.find("p_pursuit", s.subject), mid, n),
                    share_cell(&s, mid, n), share_cell(&s, last, n));
  }
  const SeriesSummary* npt = summary.find("npt_strength", "world");
  const SeriesSummary* armed = summary.find("nuclear_armed_states", "world");
  out += fmt::format("\nNPT regime strength   {}: {}   {}: {}   {}: {}\n", y0, cell(npt, first), ym,
                     cell(npt, mid), y1, cell(npt, last));
  out += fmt::format("nuclear-armed states  {}: {}   {}: {}   {}: {}\n", y0, cell(armed, first), ym,
                     cell(armed, mid), y1, cell(armed, last));
  if (std::any_of(summary.series.begin(), summary.series.end(),
                  [](const SeriesSummary& s) { return s.name == "p_crisis"; })) {
    out += crisis_table(summary);
  }
  return out;
}

}  // namespace umbrella::cli
