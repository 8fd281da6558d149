#!/usr/bin/env bash
# End-to-end checks of the umbrella command line: exit codes, error messages with their location,
# no partial output on bad input, determinism across thread counts, the output formats.
set -uo pipefail
source "$(dirname "$0")/../check.sh"
baseline=$root/scenarios/baseline-2025.yaml
overlay=$root/scenarios/events-2026.yaml

"$umbrella" validate "$baseline" --overlay "$overlay" >"$work/validate.out" 2>&1
check "validate accepts the baseline" [ $? -eq 0 ]
check "validate describes the scenario" grep -q "23 states" "$work/validate.out"

"$umbrella" validate "$root/tests/scenario/malformed/latency_out_of_range.yaml" >"$work/bad.out" 2>&1
code=$?
check "validate rejects bad input with exit 2" [ $code -eq 2 ]
check "the error names file:line:column and field" \
  grep -qE "latency_out_of_range.yaml:[0-9]+:[0-9]+: states\[[A-Z]{3}\]\.latency: expected" "$work/bad.out"

"$umbrella" run "$baseline" --lever no_such_lever --replicates 10 --quiet --out "$work/nolever" >"$work/nolever.out" 2>&1
code=$?
check "an unknown lever is exit 2" [ $code -eq 2 ]
check "an unknown lever lists the levers" grep -q "restore_trust" "$work/nolever.out"
check "nothing is written on bad input" [ ! -e "$work/nolever/summary.json" ]

"$umbrella" run "$baseline" --lever restore_trust=1.5 --replicates 10 --quiet >"$work/bad_intensity.out" 2>&1
check "an intensity outside [0, 1] is exit 2" [ $? -eq 2 ]
"$umbrella" run "$baseline" --lever restore_trust=nan --replicates 10 --quiet >"$work/nan_intensity.out" 2>&1
check "a NaN intensity is exit 2" [ $? -eq 2 ]
check "and says what was expected" grep -q "expected an intensity in \[0, 1\], got 'nan'" "$work/nan_intensity.out"

# Issue 15: numbers the parser would take silently.
"$umbrella" run "$baseline" --seed -1 --replicates 10 --quiet --out "$work/negseed" >"$work/negseed.out" 2>&1
check "a negative seed is exit 2" [ $? -eq 2 ]
check "and writes nothing" [ ! -e "$work/negseed" ]
"$umbrella" explain "$baseline" --seed 123456789012345678901234 >"$work/bigseed.out" 2>&1
check "a seed above 2^64-1 is exit 2" [ $? -eq 2 ]
"$umbrella" run "$baseline" --seed 18446744073709551615 --replicates 2 --quiet >/dev/null 2>&1
check "the largest seed is taken" [ $? -eq 0 ]
# Found by options_fuzz: an option left out of the help was nameless in its errors.
tiny=$root/tests/errors/inputs/tiny-experiment.yaml
"$umbrella" experiment "$tiny" --kill-after-chunks -1 >"$work/kill_negative.out" 2>&1
check "a negative --kill-after-chunks is exit 2" [ $? -eq 2 ]
check "and names the option" grep -q "^error: --kill-after-chunks: expected a decimal" "$work/kill_negative.out"
"$umbrella" experiment "$tiny" --kill-after-chunks many >"$work/kill_word.out" 2>&1
check "a word as --kill-after-chunks names the option" grep -q "^Could not convert: --kill-after-chunks = many" "$work/kill_word.out"
"$umbrella" experiment "$tiny" --kill-after-chunks >"$work/kill_missing.out" 2>&1
check "a missing --kill-after-chunks value names the option" grep -q "^--kill-after-chunks: 1 required UINT missing" "$work/kill_missing.out"
"$umbrella" run "$baseline" --milestone 3000 --replicates 10 --quiet >"$work/milestone.out" 2>&1
check "a milestone outside the run's years is exit 2" [ $? -eq 2 ]
"$umbrella" run "$baseline" --lever restore_trust=0.5 --lever restore_trust=1 --replicates 10 --quiet >"$work/twice.out" 2>&1
check "one lever twice with different intensities is exit 2" [ $? -eq 2 ]

"$umbrella" run "$baseline" --overlay "$overlay" --seed 7 --replicates 300 --threads 1 --quiet --out "$work/t1" >/dev/null
"$umbrella" run "$baseline" --overlay "$overlay" --seed 7 --replicates 300 --threads 2 --quiet --out "$work/t2" >/dev/null
check "1 and 2 threads give byte-identical summaries" cmp -s "$work/t1/summary.json" "$work/t2/summary.json"
check "summary.json has the contract's keys" \
  grep -q '"outcomes"' "$work/t1/summary.json"
check "summary.json has the crisis outcomes per flashpoint" grep -q '"p_invasion_success"' "$work/t1/summary.json"
"$umbrella" run "$baseline" --sample-uncertainty --seed 11 --replicates 200 --threads 1 --quiet --out "$work/s1" >/dev/null
"$umbrella" run "$baseline" --sample-uncertainty --seed 11 --replicates 200 --threads 2 --quiet --out "$work/s2" >/dev/null
check "sampled uncertainty is bit-identical on 1 and 2 threads" cmp -s "$work/s1/summary.json" "$work/s2/summary.json"
"$umbrella" run "$baseline" --seed 11 --replicates 200 --quiet --out "$work/s0" >/dev/null
check "sampling uncertainty changes the results" bash -c "! cmp -s $work/s1/summary.json $work/s0/summary.json"
"$umbrella" run "$baseline" --from 2030 --to 2035 --seed 7 --replicates 20 --quiet --out "$work/window" >/dev/null
check "--from and --to set the recorded years" \
  grep -q '"years": \[' "$work/window/summary.json"
check "the window holds 2030 to 2035 only" \
  [ "$(tr -d ' \n' <"$work/window/summary.json" | grep -o '"years":\[[0-9,]*\]')" = '"years":[2030,2031,2032,2033,2034,2035]' ]
"$umbrella" run "$baseline" --from 2020 --replicates 5 --quiet >/dev/null 2>&1
check "--from before the scenario's start is exit 2" [ $? -eq 2 ]
"$umbrella" run "$baseline" --seed 7 --replicates 50 --quiet --format csv --out "$work/csv" >/dev/null
check "csv has the long-table header" grep -qx "outcome,subject,year,mean,p05,p95" <(head -1 "$work/csv/summary.csv")
check "csv has one row per outcome, subject and year" \
  [ "$(grep -c '^p_pursuit,KOR,' "$work/csv/summary.csv")" -eq 21 ]
check "no temporary files are left" [ -z "$(find "$work" -name '.*.tmp*')" ]

"$umbrella" explain "$baseline" --replicate 3 --seed 7 >"$work/explain.out" 2>&1
check "explain tells the aid halt to Ukraine" grep -q "abandonment toward UKR" "$work/explain.out"
check "explain dates its lines" grep -qE "^2025-0[0-9]  " "$work/explain.out"
check "explain tells its lines in date order" bash -c "cut -c1-7 $work/explain.out | grep -E '^[0-9]{4}-[0-9]{2}$' | sort -c"
"$umbrella" explain "$baseline" --replicate 3 --seed 7 --only KOR >"$work/explain-kor.out" 2>&1
check "explain --only KOR keeps KOR's lines and drops the others" bash -c \
  "grep -q 'poll finds 76% support' $work/explain-kor.out && ! grep -q 'Tusk to the Sejm' $work/explain-kor.out && [ \$(grep -c . $work/explain-kor.out) -lt \$(grep -c . $work/explain.out) ]"
"$umbrella" explain "$baseline" --only XYZ >"$work/explain-xyz.out" 2>&1
check "explain --only with an unknown state is exit 2" bash -c "[ $? -eq 2 ] && grep -q \"no state 'XYZ'\" $work/explain-xyz.out"

"$umbrella" game solve "$root/tests/game/games/kuhn_poker.efg" --method lp --json >"$work/kuhn.json" 2>&1
check "game solve gives Kuhn's value -1/18" grep -q -- "-0.0555555" "$work/kuhn.json"

"$umbrella" crisis "$baseline" --flashpoint CHN-TWN --year 2030 --efg "$work/crisis.efg" >"$work/crisis.out" 2>&1
check "crisis solves a flashpoint's game" grep -q "given the crisis: invasion" "$work/crisis.out"
"$umbrella" game solve "$work/crisis.efg" --method lcp --json >"$work/crisis.json" 2>&1
check "the exported crisis game solves with game solve" grep -q '"method": "lcp"' "$work/crisis.json"
check "crisis explains each move" grep -q "why, from the last move back" "$work/crisis.out"
check "crisis explains its patron type codes" grep -q "H = Hard, S = Soft" "$work/crisis.out"
"$umbrella" crisis "$baseline" --flashpoint CHN-TWN --year 2030 --check --types 3 >"$work/check.out" 2>&1
check "crisis --check compares the direct solver with Lemke" \
  bash -c "grep -q 'check with 3 challenger types' $work/check.out && grep -q '^Lemke: invasion' $work/check.out"
"$umbrella" crisis "$baseline" --flashpoint CHN-TWN --year 2030 --types 0 >"$work/types.out" 2>&1
check "crisis --types 0 is exit 2" bash -c "[ $? -eq 2 ] && grep -q 'not in range' $work/types.out"
"$umbrella" crisis "$baseline" --flashpoint XXX-YYY --year 2030 >"$work/nocrisis.out" 2>&1
check "an unknown flashpoint is exit 2 and lists them" bash -c "[ $? -eq 2 ] && grep -q CHN-JPN $work/nocrisis.out"

# list: what a scenario offers by name, each usable as written.
"$umbrella" list levers "$baseline" >"$work/levers.out" 2>&1
check "list levers names the essay's remedies" \
  bash -c "grep -q '^restore_trust  *2026' $work/levers.out && grep -q '^bilateral_sharing' $work/levers.out"
lever=$(awk 'NR == 3 {print $1}' "$work/levers.out")
"$umbrella" run "$baseline" --replicates 2 --to 2026 --lever "$lever" >/dev/null 2>&1
check "a listed lever is accepted by run" [ $? -eq 0 ]
"$umbrella" list assumptions "$baseline" >"$work/assumptions.out" 2>&1
check "list assumptions marks the default view" grep -q '^  \* matters_some' "$work/assumptions.out"
"$umbrella" list outcomes "$baseline" >"$work/outcomes.out" 2>&1
check "list outcomes gives each series its subjects" grep -q '^p_crisis  *CHN-TWN CHN-JPN PRK-KOR RUS-NATO$' "$work/outcomes.out"
"$umbrella" list flashpoints "$baseline" >"$work/flashpoints.out" 2>&1
check "list flashpoints gives challenger, ally and patron" grep -q '^CHN-TWN  *CHN  *TWN  *USA' "$work/flashpoints.out"
"$umbrella" list uncertainties "$baseline" >"$work/uncertain.out" 2>&1
check "list uncertainties holds parameters and world numbers" \
  bash -c "grep -q '^credibility.memory ' $work/uncertain.out && grep -q '^flashpoints.CHN-TWN.eruption_rate ' $work/uncertain.out"
"$umbrella" list views "$baseline" >"$work/badlist.out" 2>&1
check "an unknown list is exit 2" [ $? -eq 2 ]

"$umbrella" run "$root/does/not/exist.yaml" >"$work/missing.out" 2>&1
check "a missing scenario is exit 2" [ $? -eq 2 ]

# Writing: explain --out writes the narrative atomically; a file that cannot be written is
# exit 1 with the path and the reason, and leaves nothing behind.
"$umbrella" explain "$baseline" --replicate 3 --seed 7 --out "$work/narrative.txt" >/dev/null 2>&1
check "explain --out writes what explain prints" cmp -s "$work/narrative.txt" "$work/explain.out"
"$umbrella" explain "$baseline" --out "$work/no/such/folder/narrative.txt" >/dev/null 2>"$work/nowrite.err"
check "a file that cannot be written is exit 1" [ $? -eq 1 ]
check "the error names the file and the reason" \
  grep -qx "error: $work/no/such/folder/narrative.txt: cannot write the file: No such file or directory" "$work/nowrite.err"
check "no temporary file is left" [ -z "$(find "$work" -name '.*tmp*')" ]

# A scenario file whose name is not UTF-8 (Latin-1): its path goes into summary.json, whose writer
# stopped the run with an internal error after every replicate had run.
latin1=$'sc\xe9nario.yaml'
printf 'include: [%s]\n' "$baseline" >"$work/$latin1"
"$umbrella" run "$work/$latin1" --replicates 2 --quiet --out "$work/latin1" >"$work/latin1.out" 2>&1
check "a scenario path that is not UTF-8 runs" [ $? -eq 0 ]
check "and is written with U+FFFD in its place" grep -q $'sc\xef\xbf\xbdnario.yaml' "$work/latin1/summary.json"

report
