# Sourced by the report tests: `make_results DIR SEED REPLICATES` writes the baseline with each
# lever alone (umbrella run --compare-levers) and a sensitivity.json from `umbrella analyze` of a
# linear model, y = 4a + 2b + c, whose Sobol' order is known: a, b, c; and comparison.json, a
# fixture in the format of `umbrella compare --json` (the experiments' paired differences).
make_results() {
  local dir=$1 seed=$2 replicates=$3
  "$umbrella" run "$root/scenarios/baseline-2025.yaml" --overlay "$root/scenarios/events-2026.yaml" \
    --seed "$seed" --replicates "$replicates" --threads 2 --quiet --compare-levers --out "$dir" >/dev/null
  printf 'a 0 1\nb 0 1\nc 0 1\n' >"$dir/params.txt"
  "$umbrella" sample --method saltelli --params "$dir/params.txt" -n 256 --seed 1 --out "$dir/design.csv"
  awk -F, 'NR == 1 { print "y"; next } { print 4 * $1 + 2 * $2 + $3 }' "$dir/design.csv" >"$dir/y.csv"
  "$umbrella" analyze --method sobol --params "$dir/params.txt" --design "$dir/design.csv" \
    --outputs "$dir/y.csv" --json >"$dir/sensitivity.json"
  cp "$root/tests/report/comparison.json" "$dir/comparison.json"
}

# `make_experiment DIR`: the essay's remedies as `make run` writes them (the experiment, its
# paired comparison), at 2 replicates per sample: a report of an experiment's folder.
make_experiment() {
  local dir=$1
  "$umbrella" experiment "$root/scenarios/experiments/essay-remedies.yaml" --replicates 2 \
    --threads 2 --quiet --out "$dir" >/dev/null
  "$umbrella" compare "$dir" --json >"$dir/comparison.json"
}
