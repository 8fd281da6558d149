#!/usr/bin/env bash
# End-to-end checks of `umbrella report`: the same results give the same bytes, sections appear
# only with their data, the report stays light as replicates grow, and bad input is exit 2 with
# the file and field named and nothing written.
set -uo pipefail
source "$(dirname "$0")/../check.sh"
source "$(dirname "$0")/make_results.sh"

make_results "$work/a" 7 40
make_results "$work/b" 7 40
"$umbrella" report "$work/a" --out "$work/a.html" >/dev/null
check "report exits 0" [ $? -eq 0 ]
"$umbrella" report "$work/b" --out "$work/b.html" >/dev/null
check "the same seed gives a byte-identical report" cmp -s "$work/a.html" "$work/b.html"
check "the report names no folder of the run" bash -c "! grep -q '$work' $work/a.html"
for section in summary allies world crises policies sensitivity narrative assumptions; do
  check "the report has the $section section" grep -q "<section id=\"$section\">" "$work/a.html"
done
check "the paired differences of comparison.json are drawn" grep -q 'data-chart="paired_differences"' "$work/a.html"
check "the crises under each policy come right after the answers" \
  bash -c "grep -o '<section id=\"[a-z_]*\">' $work/a.html | head -3 | tr -d '\n' | grep -q 'answers.*crisis_effects.*summary'"
check "the parameter table opens on demand" grep -q '<details class="parameters"><summary>' "$work/a.html"

# An experiment's folder (make run's out/essay-remedies): its crisis outcomes by name, with each
# remedy's paired effect in percentage points; the policy figures on the same outcomes.
make_experiment "$work/remedies"
"$umbrella" report "$work/remedies" --out "$work/remedies.html" >/dev/null
check "an experiment's report exits 0" [ $? -eq 0 ]
check "it has the crisis section" grep -q '<section id="crisis_effects">' "$work/remedies.html"
for label in "Invasion · China–Taiwan · by 2035" "Successful invasion · China–Taiwan · by 2035" \
  "Invasion · China–Japan · by 2035" "Nuclear use · China–Taiwan · by 2035"; do
  check "it names $label" grep -q "<tr><th>$label</th><td class=\"num\">[0-9.]*%</td>" "$work/remedies.html"
done
check "each remedy's effect on them in pp with its interval" \
  grep -qE '<td class="num">[-+][0-9]+\.[0-9]{2} pp \[[-+][0-9]+\.[0-9]{2}, [-+][0-9]+\.[0-9]{2}\]</td>' "$work/remedies.html"
check "no raw outcome id is shown as a row" bash -c "! grep -q '<th>taiwan_invaded_by_2035</th>' $work/remedies.html"
check "the policy figures group the outcomes by question" grep -q 'Do the allies pursue the bomb?' "$work/remedies.html"
check "the charts are inlined, not fetched" bash -c "! grep -qE '<script[^>]+src=' $work/a.html"
check "the assumptions table lists every parameter" \
  [ "$(grep -c '<tr[^>]*><td>[a-z_]*\.[a-z_.]*</td>' "$work/a.html")" -ge 70 ]
check "the overlay's changes are listed" grep -q "event added by an overlay" "$work/a.html"
check "the levers pulled are described" grep -q "<td>bilateral_sharing</td>" "$work/a.html"
check "the Sobol' bars follow the known order a, b, c" \
  bash -c "grep -o '\"parameter\":\"[abc]\"' $work/a.html | head -3 | tr -d '\n' | grep -q 'a.*b.*c'"

"$umbrella" report "$work/a" --out "$work/ja.html" --lang ja >/dev/null
check "--lang ja writes Japanese labels" bash -c "grep -q '<html lang=\"ja\">' $work/ja.html && grep -q '信頼性' $work/ja.html"
check "--lang ja shows the same numbers" \
  [ "$(grep -o 'data-value="[^"]*"' "$work/a.html" | md5sum)" = "$(grep -o 'data-value="[^"]*"' "$work/ja.html" | md5sum)" ]

"$umbrella" run "$root/scenarios/baseline-2025.yaml" --seed 7 --replicates 20 --quiet --out "$work/small" >/dev/null
"$umbrella" run "$root/scenarios/baseline-2025.yaml" --seed 7 --replicates 400 --quiet --out "$work/large" >/dev/null
"$umbrella" report "$work/small" --out "$work/small.html" >/dev/null
"$umbrella" report "$work/large" --out "$work/large.html" >/dev/null
small=$(wc -c <"$work/small.html") large=$(wc -c <"$work/large.html")
check "20 times the replicates, not a larger report" [ "$large" -lt $((small * 21 / 20)) ]
check "a single run has no policy comparison" bash -c "! grep -q '<section id=\"policies\">' $work/small.html"
check "a single run has no sensitivity section" bash -c "! grep -q '<section id=\"sensitivity\">' $work/small.html"

mkdir "$work/bare"
grep -v '"scenario_path"\|"overlays"' "$work/small/summary.json" >"$work/bare/summary.json"
"$umbrella" report "$work/bare" --out "$work/bare.html" >/dev/null
check "results that name no scenario still give a report" [ $? -eq 0 ]
check "... without the sections that need the scenario" \
  bash -c "! grep -q '<section id=\"assumptions\">' $work/bare.html"
"$umbrella" report "$work/bare" --out "$work/given.html" --scenario "$root/scenarios/baseline-2025.yaml" >/dev/null
check "--scenario supplies it" grep -q '<section id="assumptions">' "$work/given.html"

expect_error() {  # expect_error NAME PATTERN ARGS...: exit 2, PATTERN on stderr, no report
  local name=$1 pattern=$2
  shift 2
  rm -f "$work/out.html"
  "$umbrella" report "$@" --out "$work/out.html" >/dev/null 2>"$work/err.txt"
  local code=$?
  check "$name: exit 2" [ $code -eq 2 ]
  check "$name: says where" grep -qE "$pattern" "$work/err.txt"
  check "$name: writes nothing" [ ! -e "$work/out.html" ]
}
expect_error "a missing folder" "$work/nowhere: no such folder" "$work/nowhere"
mkdir "$work/empty"
expect_error "a folder without results" "empty: no summary.json" "$work/empty"
mkdir "$work/malformed"
echo '{"scenario": "x", ' >"$work/malformed/summary.json"
expect_error "malformed JSON" "malformed/summary.json: malformed JSON" "$work/malformed"
mkdir "$work/short"
sed 's/"seed": 7/"seed": "seven"/' "$work/small/summary.json" >"$work/short/summary.json"
expect_error "a mistyped field" "short/summary.json: seed: expected an unsigned integer" "$work/short"
mkdir -p "$work/moved"
sed 's#"scenario_path": "[^"]*"#"scenario_path": "/no/such/scenario.yaml"#' "$work/small/summary.json" >"$work/moved/summary.json"
expect_error "a scenario that moved" "moved/summary.json: scenario_path: /no/such/scenario.yaml does not exist" "$work/moved"
cp -r "$work/a" "$work/badsens"
echo '{"y": {"S1": {"a": 1}}}' >"$work/badsens/sensitivity.json"
expect_error "indices of no known kind" "badsens/sensitivity.json: y: expected Sobol" "$work/badsens"
cp -r "$work/a" "$work/badcomp"
echo '{"policies": {"restore_trust": {"x": {"difference": "big"}}}}' >"$work/badcomp/comparison.json"
expect_error "a mistyped difference" "badcomp/comparison.json: policies.restore_trust.x.difference: expected a number" "$work/badcomp"
expect_error "an unknown language" "lang" "$work/a" --lang fr
check "no temporary files are left" [ -z "$(find "$work" -name '.*.tmp*')" ]

report
