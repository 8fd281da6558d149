#!/usr/bin/env bash
# End-to-end checks of `umbrella sample` and `umbrella analyze`: a sample -> model -> analyze
# round trip on the Ishigami function and on a linear function, byte-identical designs for one
# seed, atomic --out, and the exit code and located message of each kind of bad input.
set -uo pipefail
source "$(dirname "$0")/../check.sh"
# within FILE PARAMETER COLUMN VALUE TOLERANCE: the table row of PARAMETER has COLUMN near VALUE.
within() {
  awk -v p="$2" -v c="$3" -v v="$4" -v t="$5" \
    '$1 == p { found = 1; d = $c - v; if (d < 0) d = -d; if (d > t) bad = 1 }
     END { exit !(found && !bad) }' "$1"
}

pi=3.141592653589793
printf '# Ishigami & Homma (1990)\nx1 -%s %s\nx2 -%s %s\n\nx3 -%s %s  # no first-order effect\n' \
  $pi $pi $pi $pi $pi $pi >"$work/ishigami.txt"

"$umbrella" sample --method saltelli --params "$work/ishigami.txt" -n 8192 --seed 3 --out "$work/design.csv"
check "sample --out exits 0" [ $? -eq 0 ]
check "the design has a header and N(D+2) rows" [ "$(wc -l <"$work/design.csv")" -eq $((1 + 8192 * 5)) ]
check "the header names the parameters" [ "$(head -1 "$work/design.csv")" = "x1,x2,x3" ]
"$umbrella" sample --method saltelli --params "$work/ishigami.txt" -n 8192 --seed 3 >"$work/stdout.csv"
check "stdout and --out give the same bytes" cmp -s "$work/design.csv" "$work/stdout.csv"
"$umbrella" sample --method saltelli --params "$work/ishigami.txt" -n 8192 --seed 4 >"$work/seed4.csv"
check "another seed gives another design" bash -c "! cmp -s $work/design.csv $work/seed4.csv"
check "no temporary files are left" [ -z "$(find "$work" -name '.*.tmp*')" ]

awk -F, 'NR == 1 { print "ishigami,x1_only"; next }
         { printf "%.17g,%.17g\n", sin($1) + 7 * sin($2)^2 + 0.1 * $3^4 * sin($1), 2 * $1 }' \
  "$work/design.csv" >"$work/y.csv"
"$umbrella" analyze --method sobol --params "$work/ishigami.txt" --design "$work/design.csv" \
  --outputs "$work/y.csv" >"$work/sobol.txt"
check "analyze sobol exits 0" [ $? -eq 0 ]
sed -n '/^ishigami:/,/^$/p' "$work/sobol.txt" >"$work/ishigami.table"
check "S1 of x1 is 0.3139 within 0.02" within "$work/ishigami.table" x1 2 0.3139 0.02
check "S1 of x2 is 0.4424 within 0.02" within "$work/ishigami.table" x2 2 0.4424 0.02
check "ST of x1 is 0.5576 within 0.02" within "$work/ishigami.table" x1 4 0.5576 0.02
check "ST of x3 is 0.2437 within 0.02" within "$work/ishigami.table" x3 4 0.2437 0.02
sed -n '/^x1_only:/,/^$/p' "$work/sobol.txt" >"$work/x1_only.table"
check "an output of x1 alone has S1 = 1 for x1" within "$work/x1_only.table" x1 2 1 1e-9
check "and 0 for x2" within "$work/x1_only.table" x2 4 0 1e-9

"$umbrella" analyze --method sobol --params "$work/ishigami.txt" --design "$work/design.csv" \
  --outputs "$work/y.csv" --json >"$work/sobol.json"
check "--json has one object per output with S1, S1_conf, ST, ST_conf" \
  [ "$(tr -d ' \n' <"$work/sobol.json" | grep -o '"[A-Za-z_0-9]*":{"S1":{"x1":[^}]*},"S1_conf":{[^}]*},"ST":{[^}]*},"ST_conf":{[^}]*}' | wc -l)" -eq 2 ]
check "--json is deterministic" cmp -s "$work/sobol.json" <("$umbrella" analyze --method sobol \
  --params "$work/ishigami.txt" --design "$work/design.csv" --outputs "$work/y.csv" --json)

printf 'parameters:\n  a: {range: [0, 2]}\n  b: {range: [-1, 1], dist: {kind: triangular, mode: 0}}\n' \
  >"$work/linear.yaml"
"$umbrella" sample --method morris --params "$work/linear.yaml" -n 10 --seed 1 >"$work/morris.csv"
check "a Morris design has r(D+1) rows" [ "$(wc -l <"$work/morris.csv")" -eq $((1 + 10 * 3)) ]
awk -F, 'NR == 1 { print "y"; next } { printf "%.17g\n", 3 * $1 }' "$work/morris.csv" >"$work/morris_y.csv"
"$umbrella" analyze --method morris --params "$work/linear.yaml" --design "$work/morris.csv" \
  --outputs "$work/morris_y.csv" >"$work/morris.txt"
check "analyze morris exits 0" [ $? -eq 0 ]
check "mu_star of a is 3 x its range" within "$work/morris.txt" a 3 6 1e-9
check "sigma of a is 0" within "$work/morris.txt" a 4 0 1e-9
check "b has no effect" within "$work/morris.txt" b 3 0 1e-12

# Bad input: exit 2, the message names file:line:column, nothing is written.
printf 'x1 0 1\nx2 0\n' >"$work/short.txt"
"$umbrella" sample --method mc --params "$work/short.txt" -n 4 --out "$work/never.csv" >"$work/err.out" 2>&1
check "a short params line is exit 2" [ $? -eq 2 ]
check "its message names file:line:column" \
  grep -qx "error: $work/short.txt:2:5: expected 3 fields \`name lower upper\` separated by blanks, got 2" "$work/err.out"
check "nothing is written on bad input" [ ! -e "$work/never.csv" ]

printf 'x1,x3,x2\n' >"$work/bad_header.csv"
"$umbrella" analyze --method sobol --params "$work/ishigami.txt" --design "$work/bad_header.csv" \
  --outputs "$work/y.csv" >"$work/err.out" 2>&1
check "a design header that does not match the params is exit 2" [ $? -eq 2 ]
check "its message names the column" \
  grep -qx "error: $work/bad_header.csv:1:4: header: expected column 2 to be x2, the 2nd parameter of $work/ishigami.txt, got 'x3'" "$work/err.out"

head -100 "$work/y.csv" >"$work/y_short.csv"
"$umbrella" analyze --method sobol --params "$work/ishigami.txt" --design "$work/design.csv" \
  --outputs "$work/y_short.csv" >"$work/err.out" 2>&1
check "outputs with too few rows are exit 2" [ $? -eq 2 ]
check "its message counts the rows" \
  grep -qx "error: $work/y_short.csv: expected 40960 rows of outputs, one per row of $work/design.csv, got 99" "$work/err.out"

"$umbrella" sample --method lhs --params "$work/ishigami.txt" -n 10 --seed 1 >"$work/lhs.csv"
awk -F, 'NR == 1 { print "y"; next } { print $1 }' "$work/lhs.csv" >"$work/lhs_y.csv"
"$umbrella" analyze --method sobol --params "$work/ishigami.txt" --design "$work/lhs.csv" \
  --outputs "$work/lhs_y.csv" >"$work/err.out" 2>&1
check "a Latin hypercube analysed as Sobol' is exit 2" [ $? -eq 2 ]
check "its message names the first row that is not AB" \
  grep -q "^error: $work/lhs.csv:3: x1: expected row AB^(1) of base point 1 of a Saltelli design" "$work/err.out"

"$umbrella" analyze --method morris --params "$work/linear.yaml" --design "$work/morris.csv" \
  --outputs "$work/morris_y.csv" --levels 6 >"$work/err.out" 2>&1
check "Morris analysed with other --levels is exit 2" [ $? -eq 2 ]
check "its message asks about --levels" grep -q "was the design sampled with other --levels?" "$work/err.out"

"$umbrella" sample --method saltelli --params "$work/ishigami.txt" -n 10 >/dev/null 2>"$work/err.out"
check "a Saltelli N that is no power of 2 is allowed with a warning" \
  grep -q "^warning: -n 10 is not a power of 2" "$work/err.out"

report
