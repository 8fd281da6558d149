#include "calibration/backcast.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "core/worker_pool.h"

namespace umbrella {
namespace {

constexpr Stage kStages[] = {Stage::hedging, Stage::pursuit, Stage::acquired};

const char* stage_word(Stage stage) {
  switch (stage) {
    case Stage::hedging:
      return "explore";
    case Stage::pursuit:
      return "pursue";
    case Stage::acquired:
      return "acquire";
    case Stage::none:
      break;
  }
  return "none";
}

// Every replicate's stage of every state in every year: [replicate][state][year].
struct Histories {
  int states = 0, years = 0;
  std::vector<std::uint8_t> stage;
  Stage at(int r, int s, int y) const {
    return static_cast<Stage>(
        stage[(static_cast<std::size_t>(r) * static_cast<std::size_t>(states) +
               static_cast<std::size_t>(s)) *
                  static_cast<std::size_t>(years) +
              static_cast<std::size_t>(y)]);
  }
};

// Free-running from the start when `observed` is null; otherwise along it through `origin` and
// free after it (a forecast that knows the history up to the origin).
Histories simulate(const Simulation& sim, const Parameters& params, int replicates, int threads,
                   const ProliferationStep* observed = nullptr, int origin = 0) {
  Histories h;
  h.states = static_cast<int>(sim.world().states.size());
  h.years = sim.years();
  h.stage.resize(static_cast<std::size_t>(replicates) * static_cast<std::size_t>(h.states) *
                 static_cast<std::size_t>(h.years));
  std::vector<std::size_t> series;
  for (const State& state : sim.world().states) {
    for (const char* name : {"p_hedging", "p_pursuit", "p_acquired"}) {
      series.push_back(sim.find_outcome(name, state.code));
    }
  }
  // Only the stages are written: the other outcomes of the catalogue are never read here.
  const Recorder stages = sim.recorder_of(series);
  // Replicate r is the same run whatever the thread that runs it: the split only shares work.
  const WorkerPool pool(threads);
  std::vector<std::vector<double>> records(static_cast<std::size_t>(pool.threads()),
                                           std::vector<double>(sim.record_size()));
  pool.run(static_cast<std::uint64_t>(replicates), [&](std::uint64_t replicate, int worker) {
    const auto r = static_cast<int>(replicate);
    std::vector<double>& record = records[static_cast<std::size_t>(worker)];
    const ReplicateId id{0, static_cast<std::uint32_t>(r)};
    if (observed == nullptr) {
      sim.run_sample_replicate(id, params, {}, record, &stages);
    } else {
      sim.forecast(id, params, *observed, origin, record, &stages);
    }
    for (int s = 0; s < h.states; ++s) {
      for (int y = 0; y < h.years; ++y) {
        int stage = 0;
        for (int k = 0; k < 3; ++k) {
          const std::size_t cell =
              sim.cell(series[3 * static_cast<std::size_t>(s) + static_cast<std::size_t>(k)],
                       sim.first_year() + y);
          if (record[cell] > 0.5) stage = k + 1;
        }
        h.stage[(static_cast<std::size_t>(r) * static_cast<std::size_t>(h.states) +
                 static_cast<std::size_t>(s)) *
                    static_cast<std::size_t>(h.years) +
                static_cast<std::size_t>(y)] = static_cast<std::uint8_t>(stage);
      }
    }
  });
  return h;
}

// The record's stage of each state in each year; a state it does not name never explored, or is
// armed all along if the scenario arms it at the start (as in the panel).
std::vector<std::vector<Stage>> observed_stages(const Simulation& sim,
                                                const ProliferationRecord& record,
                                                const std::string& coding) {
  std::vector<std::vector<Stage>> out;
  for (const State& state : sim.world().states) {
    std::vector<Stage> years;
    for (int y = sim.first_year(); y <= sim.last_year(); ++y) {
      years.push_back(!record.has_state(state.code) && state.stage == Stage::acquired
                          ? Stage::acquired
                          : record.status(state.code, y, coding));
    }
    out.push_back(std::move(years));
  }
  return out;
}

double percentile(std::vector<double>& values, double q) {
  std::sort(values.begin(), values.end());
  const double position = q * static_cast<double>(values.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, values.size() - 1);
  return values[below] + (position - static_cast<double>(below)) * (values[above] - values[below]);
}

std::vector<StageCurve> curves(const Histories& h, const std::vector<std::vector<Stage>>& obs,
                               int replicates) {
  std::vector<StageCurve> out;
  for (Stage k : kStages) {
    StageCurve c;
    c.stage = k;
    std::vector<std::vector<bool>> ever(static_cast<std::size_t>(replicates),
                                        std::vector<bool>(static_cast<std::size_t>(h.states)));
    std::vector<bool> observed_ever(static_cast<std::size_t>(h.states));
    for (int y = 0; y < h.years; ++y) {
      double observed = 0.0;
      for (int s = 0; s < h.states; ++s) {
        const auto si = static_cast<std::size_t>(s);
        if (obs[si][static_cast<std::size_t>(y)] >= k) observed_ever[si] = true;
        observed += observed_ever[si] ? 1.0 : 0.0;
      }
      std::vector<double> counts;
      double sum = 0.0;
      for (int r = 0; r < replicates; ++r) {
        double count = 0.0;
        for (int s = 0; s < h.states; ++s) {
          std::vector<bool>& reached = ever[static_cast<std::size_t>(r)];
          if (h.at(r, s, y) >= k) reached[static_cast<std::size_t>(s)] = true;
          count += reached[static_cast<std::size_t>(s)] ? 1.0 : 0.0;
        }
        counts.push_back(count);
        sum += count;
      }
      c.observed.push_back(observed);
      c.mean.push_back(sum / replicates);
      c.p05.push_back(percentile(counts, 0.05));
      c.p95.push_back(percentile(counts, 0.95));
    }
    out.push_back(std::move(c));
  }
  return out;
}

// For each stage, each state below it in the record at the origin: did it reach the stage in a
// later year, and in what share of replicates did the simulated state stand at it then.
std::vector<std::vector<Prediction>> onsets(const Histories& h,
                                            const std::vector<std::vector<Stage>>& obs,
                                            int origin_index, int replicates) {
  std::vector<std::vector<Prediction>> out;
  for (Stage k : kStages) {
    std::vector<Prediction> predictions;
    for (int s = 0; s < h.states; ++s) {
      const std::vector<Stage>& o = obs[static_cast<std::size_t>(s)];
      if (o[static_cast<std::size_t>(origin_index)] >= k) continue;
      const bool event = std::any_of(o.begin() + origin_index + 1, o.end(),
                                     [&](Stage stage) { return stage >= k; });
      int hits = 0;
      for (int r = 0; r < replicates; ++r) {
        for (int y = origin_index + 1; y < h.years; ++y) {
          if (h.at(r, s, y) >= k) {
            ++hits;
            break;
          }
        }
      }
      predictions.push_back({static_cast<double>(hits) / replicates, event});
    }
    out.push_back(std::move(predictions));
  }
  return out;
}

ModelScores score(const std::string& model, const std::vector<std::vector<Prediction>>& p,
                  int replicates) {
  ModelScores m;
  m.model = model;
  for (std::size_t i = 0; i < p.size(); ++i) {
    StageScore s;
    s.stage = kStages[i];
    s.states = static_cast<int>(p[i].size());
    s.events = static_cast<int>(
        std::count_if(p[i].begin(), p[i].end(), [](const Prediction& x) { return x.event; }));
    s.brier = brier_score(p[i]);
    s.log = log_score(p[i], 0.5 / replicates);
    s.auc = auc(p[i]);
    m.stages.push_back(s);
  }
  return m;
}

// The constant-hazard null: every coefficient of the four transitions but the intercepts is 0.
Parameters constant_hazard_start(const Parameters& base) {
  Parameters p = base;
  for (std::size_t i = 0; i < kParamCount; ++i) {
    const auto id = static_cast<ParamId>(i);
    if (transition_of(id) && id != ParamId::hedge_intercept && id != ParamId::pursue_intercept &&
        id != ParamId::reverse_intercept && id != ParamId::acquire_intercept) {
      p[id] = 0.0;
    }
  }
  return p;
}

}  // namespace

Backcast run_backcast(const Simulation& sim, const ProliferationRecord& record,
                      const BackcastOptions& options) {
  for (int origin : options.origins) {
    if (origin < sim.first_year() || origin >= sim.last_year()) {
      throw UsageError(mention("train-until") + " " + std::to_string(origin) +
                       ": expected a year in the history before its last (" +
                       std::to_string(sim.first_year()) + "-" +
                       std::to_string(sim.last_year() - 1) + ")");
    }
  }
  Backcast out;
  out.first_year = sim.first_year();
  out.last_year = sim.last_year();
  out.replicates = options.replicates;
  out.seed = sim.options().seed;
  out.coding = options.coding;
  out.replays = options.replays;
  const Panel panel = build_panel(sim, record, options.coding, options.replays);
  const auto observed = observed_stages(sim, record, options.coding);
  const Parameters& base = sim.base_parameters();
  const ProliferationStep along_record = follow_record(record, options.coding);
  const Parameters constant_base = constant_hazard_start(base);
  for (int origin : options.origins) {
    OriginResult result;
    result.origin = origin;
    CalibrationOptions fit = options.fit;
    fit.train_until = origin;
    result.calibration = calibrate(panel, base, fit);
    CalibrationOptions constant = fit;
    constant.free = {ParamId::hedge_intercept, ParamId::pursue_intercept,
                     ParamId::reverse_intercept, ParamId::acquire_intercept};
    const Calibration constant_fit = calibrate(panel, constant_base, constant);
    const Parameters fitted_params = with_estimates(base, result.calibration);
    const Parameters flat_params = with_estimates(constant_base, constant_fit);
    const int index = origin - sim.first_year();
    result.curves = curves(simulate(sim, fitted_params, options.replicates, options.threads),
                           observed, options.replicates);
    // The held-out onsets are scored on forecasts from the origin that know the record up to it.
    auto forecast = [&](const Parameters& params) {
      return onsets(
          simulate(sim, params, options.replicates, options.threads, &along_record, origin),
          observed, index, options.replicates);
    };
    const auto fitted_onsets = forecast(fitted_params);
    result.models.push_back(score("fitted", fitted_onsets, options.replicates));
    result.models.push_back(score("constant_hazard", forecast(flat_params), options.replicates));
    result.models.push_back(score("judgment", forecast(base), options.replicates));
    std::vector<Prediction> pooled;
    for (const auto& stage : fitted_onsets) pooled.insert(pooled.end(), stage.begin(), stage.end());
    result.reliability = reliability(pooled, 10);
    out.origins.push_back(std::move(result));
  }
  return out;
}

nlohmann::json to_json(const Backcast& b) {
  Panel panel;
  panel.coding = b.coding;
  panel.replays = b.replays;
  auto number = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); };
  nlohmann::json years = nlohmann::json::array();
  for (int y = b.first_year; y <= b.last_year; ++y) years.push_back(y);
  nlohmann::json origins = nlohmann::json::array();
  for (const OriginResult& o : b.origins) {
    nlohmann::json curves = nlohmann::json::object();
    for (const StageCurve& c : o.curves) {
      curves[stage_word(c.stage)] = {
          {"observed", c.observed}, {"mean", c.mean}, {"p05", c.p05}, {"p95", c.p95}};
    }
    nlohmann::json models = nlohmann::json::array();
    for (const ModelScores& m : o.models) {
      nlohmann::json stages = nlohmann::json::object();
      for (const StageScore& s : m.stages) {
        stages[stage_word(s.stage)] = {{"states_at_risk", s.states},
                                       {"onsets", s.events},
                                       {"brier", number(s.brier)},
                                       {"log_score", number(s.log)},
                                       {"auc", s.auc ? nlohmann::json(*s.auc) : nlohmann::json()}};
      }
      models.push_back({{"model", m.model}, {"scores", stages}});
    }
    nlohmann::json bins = nlohmann::json::array();
    for (const ReliabilityBin& r : o.reliability) {
      bins.push_back({{"lower", r.lower},
                      {"upper", r.upper},
                      {"count", r.count},
                      {"mean_predicted", r.mean_probability},
                      {"observed", r.observed}});
    }
    origins.push_back({{"train_until", o.origin},
                       {"held_out", {o.origin + 1, b.last_year}},
                       {"cumulative_states", curves},
                       {"held_out_scores", models},
                       {"reliability", bins},
                       {"calibration", to_json(o.calibration, panel)}});
  }
  return {{"first_year", b.first_year},
          {"last_year", b.last_year},
          {"replicates", b.replicates},
          {"seed", b.seed},
          {"years", years},
          {"origins", origins}};
}

}  // namespace umbrella
