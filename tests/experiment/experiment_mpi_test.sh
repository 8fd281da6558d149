#!/usr/bin/env bash
# `mpirun -np N umbrella experiment`: two and three local ranks write the store and exports of one
# process byte for byte; a run killed under two ranks resumes under three to the same exports;
# ranks that read different files, and a store that exists without --resume, are refused with
# the reason printed once; an umbrella whose MPI module is not beside it, or is another build's,
# says so and writes nothing.
set -uo pipefail
source "$(dirname "$0")/../check.sh"
mpirun=$3
stale_module=$4

# CI runs as root, which Open MPI refuses unless told; more ranks than cores is fine for a test.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_rmaps_base_oversubscribe=1

cat >"$work/ranks.yaml" <<YAML
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
sampler: lhs
samples: 40
replicates: 25
seed: 9
years: {from: 2025, to: 2040}
YAML
exports=(results.sqlite runs.csv design.csv baseline/summary.json trust/summary.json)
same() {  # same A B FILE...
  local a=$1 b=$2
  shift 2
  for f in "$@"; do cmp -s "$work/$a/$f" "$work/$b/$f" || return 1; done
}
experiment() {  # experiment OUT [options...]: one process
  local out=$1
  shift
  "$umbrella" experiment "$work/ranks.yaml" --out "$work/$out" --chunk-runs 100 --quiet "$@" >"$work/$out.log" 2>&1
}
ranks() {  # ranks N OUT [options...]
  local n=$1 out=$2
  shift 2
  "$mpirun" -np "$n" "$umbrella" experiment "$work/ranks.yaml" --out "$work/$out" --chunk-runs 100 --quiet "$@" >"$work/$out.log" 2>&1
}

experiment one
check "one process runs the experiment" [ $? -eq 0 ]
ranks 2 two
check "two ranks run it" [ $? -eq 0 ]
check "rank 0 alone reports, naming the ranks" [ "$(grep -c 'runs on 2 ranks' "$work/two.log")" -eq 1 ]
check "two ranks write the store and exports of one process, byte for byte" same one two "${exports[@]}"
ranks 3 three --threads 2
check "three ranks of two threads write them too" same one three "${exports[@]}"

ranks 2 killed --kill-after-chunks 7
check "a kill of rank 0 ends the job" [ $? -ne 0 ]
check "and leaves no exports" [ ! -e "$work/killed/runs.csv" ]
ranks 3 killed --resume
check "the store resumes under another number of ranks" grep -q "resumed after 7 of 20 chunks" "$work/killed.log"
check "and ends with the exports of an uninterrupted run" same one killed "${exports[@]:1}"

ranks 2 two
check "an existing store without --resume is exit 2" [ $? -ne 0 ]
check "the reason is printed once" [ "$(grep -c 'pass --resume' "$work/two.log")" -eq 1 ]

mkdir -p "$work/a" "$work/b"
cp "$work/ranks.yaml" "$work/a/same.yaml"
sed 's/seed: 9/seed: 10/' "$work/ranks.yaml" >"$work/b/same.yaml"
"$mpirun" -np 1 -wdir "$work/a" "$umbrella" experiment same.yaml --out "$work/mixed" --quiet : \
  -np 1 -wdir "$work/b" "$umbrella" experiment same.yaml --out "$work/mixed" --quiet >"$work/mixed.log" 2>&1
check "ranks that read different files are refused" [ $? -ne 0 ]
check "the refusal names the rank, once" [ "$(grep -c 'rank 1 read other experiment' "$work/mixed.log")" -eq 1 ]
check "and nothing is written" [ ! -e "$work/mixed" ]

# MPI is a module beside the executable, loaded only under a launcher (src/distributed/mpi_api.h).
mkdir "$work/alone"
cp "$umbrella" "$work/alone/umbrella"
launched() {  # launched LOG: the copy, as a launcher would start it (launch.cc reads this variable)
  OMPI_COMM_WORLD_SIZE=1 "$work/alone/umbrella" experiment "$work/ranks.yaml" --out "$work/alone/out" \
    >"$work/$1.log" 2>&1
}
catalogued() {  # catalogued LOG: docs/errors.md holds its message, with the catalogue's folder
  grep -qF "$(sed "s/^error: //; s|$work/alone/|/opt/umbrella/|" "$work/$1.log")" "$root/docs/errors.md"
}
launched missing
check "a launched umbrella without its MPI module is exit 2" [ $? -eq 2 ]
check "naming the module it cannot load" grep -q "the MPI module cannot be loaded (.*umbrella-mpi.so" "$work/missing.log"
check "in a message docs/errors.md catalogues" catalogued missing
check "and writes nothing" [ ! -e "$work/alone/out" ]
cp "$stale_module" "$work/alone/umbrella-mpi.so"
launched stale
check "another build's module is exit 2" [ $? -eq 2 ]
check "saying so in a message docs/errors.md catalogues" catalogued stale
check "and writes nothing either" [ ! -e "$work/alone/out" ]
"$work/alone/umbrella" experiment "$work/ranks.yaml" --out "$work/alone/out" --chunk-runs 100 --quiet \
  >/dev/null 2>&1
check "without a launcher it runs as one process, never loading the module" same one alone/out "${exports[@]}"

report
