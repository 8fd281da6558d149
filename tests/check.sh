# Sourced by the shell tests, whose arguments are the umbrella binary and (for most) the source
# tree: sets `umbrella`, `root` and a scratch folder `work` removed on exit. `check NAME
# COMMAND...` runs COMMAND as one named check, and `report` prints the closing "N passed, N
# failed" line and returns non-zero on any failure.
umbrella=$1
root=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
