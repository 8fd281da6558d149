# Sourced by the shell tests: `check NAME COMMAND...` runs COMMAND as one named check, and
# `report` prints the closing "N passed, N failed" line and returns non-zero on any failure.
failures=0
passes=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then echo "ok   $name"; passes=$((passes + 1)); else echo "FAIL $name"; failures=$((failures + 1)); fi
}
report() {
  echo "$passes passed, $failures failed"
  [ "$failures" -eq 0 ]
}
