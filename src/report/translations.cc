#include "report/translations.h"

#include <stdexcept>

#include "core/error.h"

namespace umbrella::report {
namespace {

struct Entry {
  std::string en;
  std::string ja;
};

struct Keyed {
  std::string_view key;
  Entry entry;
};

// clang-format off
const std::vector<Keyed>& table() {
  static const std::vector<Keyed> kTable = {
    {"report.title", {"umbrella report", "umbrella レポート"}},
    {"report.subtitle", {"Extended nuclear deterrence, allied proliferation and the NPT regime: simulated outcomes with their uncertainty.",
                         "拡大核抑止・同盟国の核拡散・NPT体制：不確実性を含むシミュレーション結果"}},
    {"run.seed", {"seed", "シード"}},
    {"run.replicates", {"replicates", "レプリケート"}},
    {"run.sampled", {"uncertain numbers drawn per replicate", "不確実な数値をレプリケートごとに抽出"}},
    {"run.fixed",
     {"Every parameter and world number is fixed at its value: the bands show only the chance in "
      "events, not what is unknown about the numbers (run with --sample-uncertainty to draw them "
      "from their ranges).",
      "すべてのパラメータと世界の数値は既定値に固定されています。帯は出来事の偶然性のみを示し、"
      "数値そのものの不確実性は含みません（範囲から抽出するには --sample-uncertainty を付けて実行）。"}},
    {"section.answers", {"Answers to the essay's questions", "論考の問いへの答え"}},
    {"section.summary", {"Headline answers", "主な結果"}},
    {"answer.intro",
     {"Each policy against {1}, run against run on common random numbers: the paired difference in "
      "percentage points with its {0}% interval.",
      "各政策を共通乱数で{1}と対にして比較：対差（パーセントポイント）と{0}%区間。"}},
    {"answer.fixed",
     {"The numbers of the scenario are fixed at their values: the intervals show the chance in "
      "events only.",
      "シナリオの数値は既定値に固定：区間は出来事の偶然性のみを示します。"}},
    {"answer.drawn",
     {"The uncertain numbers of the scenario are drawn from their ranges.",
      "シナリオの不確実な数値は範囲から抽出されています。"}},
    {"answer.boundary",
     {"These answers hold under the scenario's assumptions; where the claims fail under other "
      "views or ranges, docs/model.md (\"The essay's claims, tested\") gives the boundary.",
      "これらの答えはシナリオの前提のもとで成り立ちます。他の見方や範囲で主張が崩れる境界は "
      "docs/model.md（「The essay's claims, tested」）に示します。"}},
    {"answer.col.question", {"Question", "問い"}},
    {"answer.col.outcome", {"Measured by", "指標"}},
    {"answer.col.effect", {"Effect (pp)", "効果（pp）"}},
    {"answer.col.verdict", {"Answer", "答え"}},
    {"answer.verdict.raises", {"raises it", "上げる"}},
    {"answer.verdict.lowers", {"lowers it", "下げる"}},
    {"answer.verdict.unclear", {"no clear effect", "明確な効果なし"}},
    {"answer.q.trust_korea",
     {"Does a patron that restores its reliability keep South Korea from pursuing the bomb?",
      "パトロンが信頼性を回復すれば韓国の核開発を防げるか"}},
    {"answer.q.trust_japan",
     {"Does a patron that restores its reliability keep Japan from pursuing the bomb?",
      "パトロンが信頼性を回復すれば日本の核開発を防げるか"}},
    {"answer.q.sharing_japan",
     {"Does bilateral nuclear sharing restore Japan's belief in the umbrella?",
      "二国間核共有は日本の核の傘への信頼を回復するか"}},
    {"answer.q.sharing_korea",
     {"Does bilateral nuclear sharing restore South Korea's belief in the umbrella?",
      "二国間核共有は韓国の核の傘への信頼を回復するか"}},
    {"answer.q.sharing_pursuit",
     {"Does bilateral nuclear sharing keep South Korea from pursuing the bomb?",
      "二国間核共有は韓国の核開発を防ぐか"}},
    {"answer.q.theater_taiwan",
     {"Do theater nuclear forces make an invasion of Taiwan less likely?",
      "戦域核戦力は台湾侵攻の可能性を下げるか"}},
    {"answer.q.all_taiwan",
     {"Do the four remedies together make an invasion of Taiwan less likely?",
      "四つの処方を合わせると台湾侵攻の可能性は下がるか"}},
    {"answer.q.french_germany",
     {"Does a French umbrella keep Germany from pursuing the bomb?",
      "フランスの核の傘はドイツの核開発を防ぐか"}},
    {"section.allies", {"Allies: credibility, pursuit and acquisition", "同盟国：信頼性・核開発・核保有"}},
    {"section.world", {"Nuclear-armed states and the NPT regime", "核保有国数とNPT体制"}},
    {"section.crises", {"Crises at the flashpoints", "発火点における危機"}},
    {"section.policies", {"Policy comparison", "政策比較"}},
    {"section.sensitivity", {"Sensitivity", "感度分析"}},
    {"section.validation", {"Validation against the historical record", "歴史的記録による検証"}},
    {"section.narrative", {"A representative replicate", "代表的なレプリケート"}},
    {"section.assumptions", {"Assumptions", "前提条件"}},
    {"headline.reference", {"Numbers below are for {}; the policy comparison shows the others.",
                            "以下の数値は{}のものです。他の政策は政策比較を参照してください。"}},
    {"headline.allies", {"Allies", "同盟国"}},
    {"headline.world", {"The world", "世界"}},
    {"headline.flashpoints", {"Flashpoints (probability of each outcome in the year)", "発火点（その年に各事象が起きる確率）"}},
    {"col.state", {"State", "国"}},
    {"col.credibility_in", {"credibility {}", "{}年の信頼性"}},
    {"col.pursuit_in", {"pursuit {}", "{}年の核開発"}},
    {"col.acquired_in", {"armed {}", "{}年の核保有"}},
    {"col.flashpoint", {"Flashpoint", "発火点"}},
    {"col.crisis_in", {"crisis {}", "{}年の危機"}},
    {"col.invasion_in", {"invasion {}", "{}年の侵攻"}},
    {"col.nuclear_use_in", {"nuclear use {}", "{}年の核使用"}},
    {"col.policy", {"Policy", "政策"}},
    {"col.item", {"Item", "項目"}},
    {"col.change", {"Change", "変更"}},
    {"col.cause", {"Cause", "理由"}},
    {"col.lever", {"Lever", "政策レバー"}},
    {"col.description", {"Description", "説明"}},
    {"col.from", {"From", "開始年"}},
    {"col.sets", {"Sets", "設定"}},
    {"col.source", {"Source", "出典"}},
    {"col.assumption", {"Assumption", "前提"}},
    {"col.view", {"View in force", "採用した見解"}},
    {"col.parameter", {"Parameter", "パラメータ"}},
    {"col.meaning", {"Meaning", "意味"}},
    {"col.value", {"Value", "値"}},
    {"col.range", {"Range", "範囲"}},
    {"col.baseline_value", {"Baseline value", "ベースライン値"}},
    {"band.90", {"90% band", "90%区間"}},
    {"axis.year", {"year", "年"}},
    {"axis.probability", {"probability", "確率"}},
    {"axis.index", {"index", "指数"}},
    {"axis.states", {"states", "国数"}},
    {"axis.predicted", {"predicted probability", "予測確率"}},
    {"axis.observed", {"observed share", "観測された割合"}},
    {"line.record", {"record", "記録"}},
    {"line.simulated", {"simulated", "シミュレーション"}},
    {"stage.explore", {"explored", "検討"}},
    {"stage.pursue", {"pursued", "開発"}},
    {"stage.acquire", {"acquired", "保有"}},
    {"model.fitted", {"fitted hazards", "推定したハザード"}},
    {"model.constant_hazard", {"constant hazard (null)", "一定ハザード（帰無）"}},
    {"model.judgment", {"judgment values (null)", "判断値（帰無）"}},
    {"column.model", {"Model", "モデル"}},
    {"column.stage", {"Stage", "段階"}},
    {"column.at_risk", {"States at risk", "対象国数"}},
    {"column.onsets", {"Onsets", "開始数"}},
    {"column.log_score", {"Log score", "対数スコア"}},
    {"outcome.credibility", {"Credibility", "信頼性"}},
    {"outcome.assurance", {"Assurance", "安心供与"}},
    {"outcome.p_hedging", {"Hedging", "ヘッジング"}},
    {"outcome.p_pursuit", {"Pursuit", "核開発"}},
    {"outcome.p_acquired", {"Armed", "核保有"}},
    {"outcome.nuclear_armed_states", {"Nuclear-armed states", "核保有国数"}},
    {"outcome.npt_strength", {"NPT regime strength", "NPT体制の強度"}},
    {"outcome.p_crisis", {"Crisis", "危機"}},
    {"outcome.p_invasion", {"Invasion", "侵攻"}},
    {"outcome.p_invasion_success", {"Successful invasion", "侵攻の成功"}},
    {"outcome.p_coercion", {"Nuclear coercion", "核による強要"}},
    {"outcome.p_nuclear_use", {"Nuclear use", "核使用"}},
    {"group.coercion", {"Coercion, no invasion", "強要のみ（侵攻なし）"}},
    {"group.conventional", {"Conventional war", "通常戦争"}},
    {"group.nuclear_threshold", {"Nuclear threshold", "核の敷居"}},
    {"group.limited_nuclear", {"Limited nuclear use", "限定的核使用"}},
    {"group.theater_nuclear_war", {"Theater nuclear war", "戦域核戦争"}},
    {"group.strategic_exchange", {"Strategic exchange", "戦略核の応酬"}},
    {"caption.credibility", {"Each ally's belief that its primary patron will defend it: the median over replicates (line), the middle 50% and 90% of replicates (bands).",
                             "各同盟国が主たる保護国の防衛を信じる度合い。線はレプリケートの中央値、帯はレプリケートの中央50%と90%。"}},
    {"caption.proliferation", {"Probability that each ally is pursuing or holds nuclear weapons, with the 90% confidence band of the estimate.",
                               "各同盟国が核兵器を開発中または保有している確率と、推定の90%信頼区間。"}},
    {"caption.armed_states", {"Number of nuclear-armed states: median, middle 50% and 90% of replicates.",
                              "核保有国の数：中央値、レプリケートの中央50%と90%。"}},
    {"caption.npt_strength", {"Strength of the NPT regime (0 to 1): median, middle 50% and 90% of replicates.",
                              "NPT体制の強度（0〜1）：中央値、レプリケートの中央50%と90%。"}},
    {"caption.crisis_outcomes", {"Yearly probability at each flashpoint that a crisis erupts, that the challenger invades, succeeds, coerces with nuclear weapons, or that anyone uses them (90% confidence bands).",
                                 "各発火点で、その年に危機が起き、挑戦国が侵攻し、侵攻が成功し、核で強要し、または誰かが核を使用する確率（90%信頼区間）。"}},
    {"caption.highest_rung", {"The highest rung of the escalation ladder reached in the year's crisis; the stacked shares add up to the probability of a crisis.",
                              "その年の危機で到達したエスカレーション・ラダーの最高段。積み上げた割合の合計が危機の確率。"}},
    {"caption.policies", {"Each policy's mean on the outcomes compared, grouped by question: probabilities, credibility and NPT strength in percent (times 100), counts as they are. Bars: the summaries' 90% band (the spread over runs for quantities, the 90% confidence interval for probabilities); an outcome reduced over the years (by a year, peak, mean, first year) shows its mean only.",
                          "比較する各指標における各政策の平均（問いごとに分類）。確率・信頼性・NPT体制の強度はパーセント（100倍）、国数はそのまま。線分はサマリーの90%区間（量は実行間のばらつき、確率は90%信頼区間）。年をまたいで集約した指標（ある年まで・最大・平均・初年）は平均のみ。"}},
    {"caption.paired", {"Each policy's mean paired difference from {1} on the same outcomes and years as above (run against run on common random numbers), in percentage points (counts and years as they are), with its {0}% interval as umbrella compare measured it; the dashed line is no difference.",
                        "上と同じ指標・年における{1}との対応のある差の平均（共通乱数で実行ごとに比較）。パーセントポイント（国数と年はそのまま）と、umbrella compare による{0}%区間。破線は差なし。"}},
    {"policies.table_note", {"Means, one outcome per row; under each policy its difference from the baseline: paired, with its interval, where comparison.json gives it, else the difference of the means (pp: percentage points).",
                             "平均値（1行に1指標）。各政策の下にベースラインとの差：comparison.json があれば対応のある差と区間、なければ平均の差（pp：パーセントポイント）。"}},
    {"section.crisis_effects", {"Crises and war under each policy", "各政策のもとでの危機と戦争"}},
    {"crisis_effects.intro", {"Each policy's paired effect on crises, invasions and nuclear use against {1} (run against run on common random numbers), in percentage points with its {0}% interval; the first column is {1}'s own level.",
                              "危機・侵攻・核使用に対する各政策の{1}との対応のある効果（共通乱数で実行ごとに比較）：パーセントポイントと{0}%区間。最初の列は{1}自身の水準。"}},
    {"caption.crisis_effects", {"Paired effect of each policy on the crisis outcomes against {1}, in percentage points, with its {0}% interval; the dashed line is no effect.",
                                "危機に関する指標への各政策の{1}との対応のある効果（パーセントポイント）と{0}%区間。破線は効果なし。"}},
    {"col.outcome", {"Outcome", "指標"}},
    {"label.by", {"by {}", "{}年まで"}},
    {"label.peak", {"peak {}–{}", "{}–{}年の最大"}},
    {"label.mean", {"mean {}–{}", "{}–{}年の平均"}},
    {"label.ever", {"ever by {} (share of runs)", "{}年までに一度でも（実行の割合）"}},
    {"label.first_year", {"first year (runs where it comes under both)", "初年（両方で起きた実行）"}},
    {"topic.belief", {"Do the allies believe in the umbrella?", "同盟国は核の傘を信じるか"}},
    {"topic.pursuit", {"Do the allies pursue the bomb?", "同盟国は核開発に向かうか"}},
    {"topic.armed", {"Do the allies acquire the bomb?", "同盟国は核を保有するか"}},
    {"topic.world", {"How many nuclear-armed states, how strong the NPT?", "核保有国の数とNPT体制の強さ"}},
    {"topic.crisis", {"Crises, invasions and nuclear use", "危機・侵攻・核使用"}},
    {"topic.other", {"Other outcomes", "その他の指標"}},
    {"csv.download", {"Download CSV", "CSVをダウンロード"}},
    {"assumptions.parameters_count", {"{} parameters: show the table", "{}個のパラメータ：表を表示"}},
    {"caption.validation_counts", {"States that have ever explored, pursued or acquired nuclear weapons: the record, and the history simulated with hazards fitted on the years up to {} (mean and 90% of replicates).",
                                   "核兵器を検討・開発・保有したことのある国の数：記録と、{}年までで推定したハザードによるシミュレーション（平均と90%区間）。"}},
    {"caption.validation_scores", {"Onsets in the held-out years {}-{}: scores of the fitted hazards and of two nulls (lower Brier and log scores are better; an AUC of 0.5 is chance).",
                                   "検証期間{}-{}年の開始：推定したハザードと二つの帰無モデルのスコア（ブライアと対数スコアは低いほど良く、AUC 0.5は偶然と同じ）。"}},
    {"caption.validation_reliability", {"Reliability of the fitted hazards' held-out predictions: each point a bin of predicted probability, at the share that happened; the dashed diagonal is perfect calibration.",
                                        "推定したハザードの検証期間予測の信頼性：各点は予測確率の区間と実際に起きた割合。破線の対角線が完全な較正。"}},
    {"caption.sensitivity", {"Sensitivity of {}: each parameter's index with its confidence interval, in decreasing order.",
                             "{}の感度：各パラメータの指数と信頼区間（降順）。"}},
    {"narrative.intro", {"Replicate {} of {}: of the replicates searched, the one whose yearly quantities stay nearest the medians.",
                         "{1}のレプリケート{0}：調べたレプリケートのうち、毎年の量が中央値に最も近いもの。"}},
    {"assumptions.files", {"Files:", "ファイル："}},
    {"assumptions.changes", {"Changes against the baseline", "ベースラインからの変更"}},
    {"assumptions.no_changes", {"None: the run used the baseline file as it is.", "なし：ベースラインのファイルをそのまま使用。"}},
    {"assumptions.by_overlay", {"overlay", "オーバーレイ"}},
    {"assumptions.by_command_line", {"view chosen for the run", "実行時に選択した見解"}},
    {"assumptions.event_added", {"event added by an overlay", "オーバーレイで追加された事象"}},
    {"assumptions.levers", {"Levers pulled by the policies", "各政策が用いたレバー"}},
    {"assumptions.lever_events", {"{} events", "{}件の事象"}},
    {"assumptions.views", {"Contested assumptions", "見解の分かれる前提"}},
    {"assumptions.parameters", {"Parameters", "パラメータ"}},
    {"assumptions.fixed", {"fixed", "固定"}},
    {"embed.menu", {"Export", "書き出し"}},
    {"embed.png", {"Save as PNG", "PNGで保存"}},
    {"embed.svg", {"Save as SVG", "SVGで保存"}},
  };
  return kTable;
}

const std::vector<Keyed>& states() {
  static const std::vector<Keyed> kStates = {
    {"USA", {"United States", "米国"}}, {"RUS", {"Russia", "ロシア"}}, {"CHN", {"China", "中国"}},
    {"FRA", {"France", "フランス"}}, {"GBR", {"United Kingdom", "英国"}}, {"IND", {"India", "インド"}},
    {"PAK", {"Pakistan", "パキスタン"}}, {"ISR", {"Israel", "イスラエル"}}, {"PRK", {"North Korea", "北朝鮮"}},
    {"JPN", {"Japan", "日本"}}, {"KOR", {"South Korea", "韓国"}}, {"TWN", {"Taiwan", "台湾"}},
    {"DEU", {"Germany", "ドイツ"}}, {"POL", {"Poland", "ポーランド"}}, {"UKR", {"Ukraine", "ウクライナ"}},
    {"NLD", {"Netherlands", "オランダ"}}, {"BEL", {"Belgium", "ベルギー"}}, {"ITA", {"Italy", "イタリア"}},
    {"TUR", {"Turkey", "トルコ"}}, {"SAU", {"Saudi Arabia", "サウジアラビア"}}, {"IRN", {"Iran", "イラン"}},
    {"AUS", {"Australia", "オーストラリア"}}, {"PHL", {"Philippines", "フィリピン"}},
  };
  return kStates;
}
// clang-format on

const Entry* find(const std::vector<Keyed>& entries, std::string_view key) {
  for (const Keyed& k : entries) {
    if (k.key == key) return &k.entry;
  }
  return nullptr;
}

const std::string& pick(const Entry& entry, Lang lang) {
  return lang == Lang::ja ? entry.ja : entry.en;
}

}  // namespace

Lang parse_lang(std::string_view code) {
  if (code == "en") return Lang::en;
  if (code == "ja") return Lang::ja;
  throw UsageError(mention("lang") + " " + std::string(code) + ": expected en or ja");
}

const char* code(Lang lang) {
  return lang == Lang::ja ? "ja" : "en";
}

const std::string& text(Lang lang, std::string_view key) {
  const Entry* entry = find(table(), key);
  if (entry == nullptr) throw std::out_of_range("no report text " + std::string(key));
  return pick(*entry, lang);
}

bool has_text(std::string_view key) {
  return find(table(), key) != nullptr;
}

std::string state_name(Lang lang, const std::string& state_code) {
  const Entry* entry = find(states(), state_code);
  return entry == nullptr ? state_code : pick(*entry, lang);
}

std::vector<std::string> translation_keys() {
  std::vector<std::string> keys;
  for (const Keyed& k : table()) keys.emplace_back(k.key);
  return keys;
}

}  // namespace umbrella::report
