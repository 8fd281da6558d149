#!/usr/bin/env bash
# End-to-end checks of `umbrella experiment`, `compare` and `sensitivity`: byte-identical exports
# on one and two threads, a run killed mid-way (deterministically after a chosen commit, and by a
# real kill -9) that resumes to the bytes of an uninterrupted run, refused resumes, a policy
# compared with itself, sensitivity on a Saltelli design, and bad input.
set -uo pipefail
source "$(dirname "$0")/../check.sh"

cat >"$work/kill.yaml" <<YAML
scenario: $root/scenarios/baseline-2025.yaml
uncertainties:
  parameters:
    credibility.memory: {range: [0.8, 1.0]}
levers: [restore_trust]
policies:
  trust: {restore_trust: 1}
outcomes:
  cred_KOR_2035: {series: credibility KOR, reduce: value, year: 2035}
  jpn_hedges: {series: p_hedging JPN, reduce: first_year, when: ">= 1"}
  armed_peak: {series: nuclear_armed_states world, reduce: max}
sampler: mc
samples: 120
replicates: 50
seed: 5
years: {from: 2025, to: 2045}
YAML
run() {  # run OUT [options...]
  local out=$1
  shift
  "$umbrella" experiment "$work/kill.yaml" --out "$work/$out" --chunk-runs 500 --quiet "$@" >"$work/$out.log" 2>&1
}
same_exports() {  # same_exports A B
  for f in runs.csv design.csv baseline/summary.json trust/summary.json; do
    cmp -s "$work/$1/$f" "$work/$2/$f" || return 1
  done
}

run whole --threads 1
check "an experiment exits 0" [ $? -eq 0 ]
check "it writes the store, runs.csv, design.csv and each policy's summary" \
  bash -c "[ -s $work/whole/results.sqlite ] && [ -s $work/whole/runs.csv ] && [ -s $work/whole/design.csv ] && [ -s $work/whole/baseline/summary.json ] && [ -s $work/whole/trust/summary.json ]"
check "runs.csv has a header and one row per run" [ "$(wc -l <"$work/whole/runs.csv")" -eq 12001 ]
check "a first year that never comes is an empty cell" grep -qE '^baseline,[0-9]+,[0-9]+,[0-9.e-]+,,' "$work/whole/runs.csv"
run two --threads 2
check "one and two threads give byte-identical exports" same_exports whole two
check "and a byte-identical store" cmp -s "$work/whole/results.sqlite" "$work/two/results.sqlite"

run planned --threads 2 --kill-after-chunks 5
check "the planned kill ends the run as kill -9 does" [ $? -eq 137 ]
check "a killed run leaves no exports" [ ! -e "$work/planned/runs.csv" ]
run planned --threads 1
check "an existing store is not overwritten without --resume" [ $? -eq 2 ]
check "the refusal says to pass --resume" grep -q "pass --resume" "$work/planned.log"
run planned --threads 1 --resume
check "the planned kill resumes" grep -q "resumed after 5 of 24 chunks" "$work/planned.log"
check "the resumed run's exports equal the uninterrupted run's" same_exports whole planned

"$umbrella" experiment "$work/kill.yaml" --out "$work/real" --chunk-runs 500 --quiet >/dev/null 2>&1 &
pid=$!
# Kill mid-way: once the store's write-ahead log exists, the first chunk is being committed.
for _ in $(seq 1 1000); do
  [ -s "$work/real/results.sqlite-wal" ] && break
  sleep 0.01
done
kill -9 $pid
wait $pid
check "kill -9 stopped the run before its end" [ $? -eq 137 ]
run real --resume
check "the killed run resumes" grep -qE "resumed after [0-9]+ of 24 chunks" "$work/real.log"
check "after kill -9 and resume the exports equal the uninterrupted run's" same_exports whole real

# Ctrl-C: the process ends as SIGINT ends it (exit 130) after saying how to resume, and resumes.
"$umbrella" experiment "$work/kill.yaml" --out "$work/ctrl-c" --chunk-runs 500 --quiet \
  >/dev/null 2>"$work/ctrl-c.err" &
pid=$!
for _ in $(seq 1 1000); do
  [ -s "$work/ctrl-c/results.sqlite-wal" ] && break
  sleep 0.01
done
kill -INT $pid
wait $pid
check "Ctrl-C stops the run as SIGINT does" [ $? -eq 130 ]
check "Ctrl-C says how to resume" grep -q -- "--out $work/ctrl-c --resume" "$work/ctrl-c.err"
run ctrl-c --resume
check "after Ctrl-C and resume the exports equal the uninterrupted run's" same_exports whole ctrl-c

cp "$work/kill.yaml" "$work/kill.orig"
echo "# an edit" >>"$work/kill.yaml"
run whole --resume
check "a changed definition is not resumed" [ $? -eq 2 ]
check "the refusal names the change" grep -q "kill.yaml changed" "$work/whole.log"
cp "$work/kill.orig" "$work/kill.yaml"

"$umbrella" experiment "$work/kill.yaml" --out "$work/override" --quiet --replicates 10 --seed 6 >/dev/null 2>&1
check "--replicates overrides the file's" [ "$(wc -l <"$work/override/runs.csv")" -eq 2401 ]
"$umbrella" experiment "$work/kill.yaml" --out "$work/override" --quiet --replicates 10 --seed 7 --resume >"$work/override.log" 2>&1
check "a store is not resumed with another --seed" grep -q "seed 6, now 7" "$work/override.log"

"$umbrella" compare "$work/whole" >"$work/compare.txt" 2>&1
check "compare exits 0" [ $? -eq 0 ]
check "compare prints no rows of the baseline against itself" \
  awk '$1 == "baseline" { n++ } END { exit !(n == 0) }' "$work/compare.txt"
check "compare prints no negative zero" bash -c "! grep -q -- '-0\.0000' $work/compare.txt"
check "the lever moves Korea's credibility" \
  awk '$1 == "trust" && $2 == "cred_KOR_2035" { exit !($5 ~ /^\+0\.0[1-9]/) }' "$work/compare.txt"
"$umbrella" compare "$work/whole" --baseline trust --json >"$work/compare.json" 2>&1
check "compare --json names the baseline" grep -q '"baseline": "trust"' "$work/compare.json"
check "compare --json defines each outcome it shows (series, subject, reduction, year)" \
  /usr/bin/python3 -c "
import json, sys
c = json.load(open('$work/compare.json'))
shown = {o for p in c['policies'].values() for o in p}
assert set(c['outcomes']) == shown, (set(c['outcomes']), shown)
assert c['outcomes']['cred_KOR_2035'] == {'series': 'credibility', 'subject': 'KOR', 'reduce': 'value', 'year': 2035}, c['outcomes']['cred_KOR_2035']
"
"$umbrella" compare "$work/whole" --outcome cred_KOR --wide >"$work/wide.txt" 2>&1
check "compare --wide has one row per matching outcome and a column per policy" \
  bash -c "[ \$(wc -l <$work/wide.txt) -eq 3 ] && grep -q '^cred_KOR_2035 .* +0\.0[1-9][0-9]* \[' $work/wide.txt && head -2 $work/wide.txt | tail -1 | grep -q trust"
"$umbrella" compare "$work/whole" --outcome nothing_like_this >"$work/none.txt" 2>&1
check "a filter that keeps nothing is exit 2" bash -c "[ $? -eq 2 ] && grep -q 'no outcome' $work/none.txt"
"$umbrella" compare "$work/whole" --policy nobody >"$work/nopolicy.txt" 2>&1
check "an unknown --policy is exit 2" bash -c "[ $? -eq 2 ] && grep -q \"no policy named 'nobody'\" $work/nopolicy.txt"
"$umbrella" compare "$work/whole" --baseline nobody >"$work/nobody.txt" 2>&1
check "an unknown baseline is exit 2 and lists the policies" bash -c "[ $? -eq 2 ] && grep -q 'baseline, trust' $work/nobody.txt"

cat >"$work/saltelli.yaml" <<YAML
scenario: $root/scenarios/baseline-2025.yaml
uncertainties:
  parameters:
    patron.neglect_rate: {range: [0, 10]}
    credibility.memory: {range: [0.8, 1.0]}
outcomes:
  cred_JPN_2028: {series: credibility JPN, reduce: value, year: 2028}
sampler: saltelli
samples: 16
replicates: 3
seed: 1
years: {from: 2025, to: 2028}
YAML
"$umbrella" experiment "$work/saltelli.yaml" --out "$work/saltelli" --quiet >/dev/null 2>&1
"$umbrella" sensitivity "$work/saltelli" >"$work/sobol.txt" 2>&1
check "sensitivity on a saltelli experiment exits 0" [ $? -eq 0 ]
check "it prints Sobol' indices for each uncertainty" \
  bash -c "grep -q \"Sobol' indices, N = 16\" $work/sobol.txt && grep -q '^patron.neglect_rate ' $work/sobol.txt"
check "the patron's neglect drives Japan's credibility" \
  awk '$1 == "patron.neglect_rate" { exit !($4 > 0.5) }' "$work/sobol.txt"
sed -e 's/sampler: saltelli/sampler: morris/' -e 's/samples: 16/samples: 4/' "$work/saltelli.yaml" >"$work/morris.yaml"
"$umbrella" experiment "$work/morris.yaml" --out "$work/morris" --quiet >/dev/null 2>&1
"$umbrella" sensitivity "$work/morris" --json >"$work/morris.json" 2>&1
check "sensitivity on a morris experiment gives mu_star per uncertainty" \
  bash -c "grep -q '\"mu_star\"' $work/morris.json && grep -q '\"credibility.memory\"' $work/morris.json"
"$umbrella" sensitivity "$work/whole" >"$work/mc.txt" 2>&1
check "sobol on a Monte Carlo design is exit 2 with the reason" \
  bash -c "[ $? -eq 2 ] && grep -q 'need an experiment sampled with saltelli' $work/mc.txt"

"$umbrella" experiment "$root/tests/experiment/malformed/unknown_parameter.yaml" --out "$work/bad" >"$work/bad.txt" 2>&1
check "a bad experiment file is exit 2" [ $? -eq 2 ]
check "its error names file:line:column and the field" \
  grep -qE 'unknown_parameter.yaml:[0-9]+:[0-9]+: uncertainties.parameters\[credibility.memroy\]: expected' "$work/bad.txt"
check "nothing is written on bad input" [ ! -e "$work/bad" ]
"$umbrella" compare "$work/nowhere" >"$work/nowhere.txt" 2>&1
check "compare without a store is exit 2" [ $? -eq 2 ]

# Kills landing before, during and after the store's first creation: each leaves no store or a
# whole one that resumes to the uninterrupted run's exports, and never a temporary file.
stores=0
for delay in 0 0.02 0.04 0.06 0.08 0.1 0.15 0.2 created; do
  rm -rf "$work/early"
  "$umbrella" experiment "$work/kill.yaml" --out "$work/early" --chunk-runs 500 --quiet >/dev/null 2>&1 &
  pid=$!
  if [ "$delay" = created ]; then
    for _ in $(seq 1 1000); do
      [ -e "$work/early/results.sqlite" ] && break
      sleep 0.01
    done
  else
    sleep "$delay"
  fi
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  check "a kill after ${delay}s leaves no temporary file" [ -z "$(find "$work/early" -name '.*tmp*' 2>/dev/null)" ]
  [ -e "$work/early/results.sqlite" ] || continue
  stores=$((stores + 1))
  run early --resume
  check "a store left by a kill after ${delay}s resumes to the same exports" same_exports whole early
done
check "some kill left a store to resume" [ "$stores" -gt 0 ]
check "no temporary files are left" [ -z "$(find "$work" -name '.*tmp*')" ]


# Issue 15: a store of fewer runs than one default chunk (512), finished or given a larger
# --chunk-runs, resumes.
tiny=$root/tests/errors/inputs/tiny-experiment.yaml
"$umbrella" experiment "$tiny" --out "$work/tiny" --quiet >/dev/null 2>&1
"$umbrella" experiment "$tiny" --out "$work/tiny" --quiet --resume >"$work/tiny.log" 2>&1
check "a finished store smaller than one chunk resumes" [ $? -eq 0 ]
check "and says it was finished" grep -q "resumed after 1 of 1 chunks" "$work/tiny.log"
"$umbrella" experiment "$tiny" --out "$work/tiny-big" --chunk-runs 10000 --quiet >/dev/null 2>&1
"$umbrella" experiment "$tiny" --out "$work/tiny-big" --chunk-runs 10000 --quiet --resume >/dev/null 2>&1
check "a store of one chunk larger than the experiment resumes" [ $? -eq 0 ]
check "and gives the same exports" cmp -s "$work/tiny/runs.csv" "$work/tiny-big/runs.csv"
"$umbrella" experiment "$tiny" --out "$work/badseed" --seed 123456789012345678901234 --quiet >/dev/null 2>&1
check "a seed above 2^64-1 is exit 2" [ $? -eq 2 ]
check "and makes no --out folder" [ ! -e "$work/badseed" ]
mkdir -p "$work/blocked" && touch "$work/blocked/trust"
"$umbrella" experiment "$tiny" --out "$work/blocked" --quiet >"$work/blocked.log" 2>&1
check "an export that cannot be written is refused before any run" [ ! -e "$work/blocked/results.sqlite" ]


# Issue 15: an edited store is refused, and compare never prints nan.
cp -r "$work/tiny" "$work/edited"
python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE runs SET cred_KOR_2026 = 'abc' WHERE sample = 0 AND replicate = 0\"); c.commit()" "$work/edited/results.sqlite"
"$umbrella" compare "$work/edited" >"$work/edited.out" 2>&1
check "a store holding text for a number is exit 2" [ $? -eq 2 ]
check "and the error says it was edited" grep -q "the store was edited or damaged" "$work/edited.out"
check "compare prints no nan" bash -c "! grep -qi nan $work/edited.out"
# Issue 15: a second experiment into a folder one is writing is refused and told who holds it.
mkdir -p "$work/locked" && echo "pid 4242 on host, started then" >"$work/locked/results.sqlite.lock"
flock "$work/locked/results.sqlite.lock" "$umbrella" experiment "$tiny" --out "$work/locked" --quiet >"$work/locked.log" 2>&1
check "a locked --out is exit 2" [ $? -eq 2 ]
check "and the error names the holder" grep -q "another experiment is writing there (pid 4242 on host" "$work/locked.log"
check "and nothing is written" [ ! -e "$work/locked/results.sqlite" ]

report
