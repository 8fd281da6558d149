#include "cli/summary_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace umbrella::cli {
namespace {

std::string cell(const SeriesSummary* s, std::size_t y) {
  return s == nullptr ? std::string("-") : fmt::format("{:.2f}", s->mean[y]);
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
  out += "\n\n";
  out += fmt::format("{:<6} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}\n", "state",
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
    out += fmt::format(
        "{:<6} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}\n", s.subject, cell(cred, first),
        cell(cred, mid), cell(summary.find("p_hedging", s.subject), mid),
        cell(summary.find("p_pursuit", s.subject), mid), cell(&s, mid), cell(&s, last));
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
