#!/usr/bin/env bash
# Opens the report of the baseline and the essay's levers, in English and in Japanese, and the
# report of the essay's remedies as an experiment, in headless Chromium (browser_check.mjs); the
# screenshots stay in ARTIFACTS.
set -uo pipefail
umbrella=$1
root=$2
artifacts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/make_results.sh"
mkdir -p "$artifacts"

make_results "$work/results" 2025 60
status=0
for lang in en ja; do
  "$umbrella" report "$work/results" --lang "$lang" --out "$work/report-$lang.html" >/dev/null || status=1
  echo "== report --lang $lang"
  node "$(dirname "$0")/browser_check.mjs" "$root/web" "$work/report-$lang.html" "$work/results" \
    "$artifacts/report-$lang.png" || status=1
done

# An experiment's folder, as make run's out/essay-remedies: the crisis section and the grouped
# figures of the remedies report.
make_experiment "$work/remedies"
"$umbrella" report "$work/remedies" --out "$work/report-remedies.html" >/dev/null || status=1
echo "== report of an experiment (essay-remedies)"
node "$(dirname "$0")/browser_check.mjs" "$root/web" "$work/report-remedies.html" "$work/remedies" \
  "$artifacts/report-remedies.png" || status=1
exit $status
