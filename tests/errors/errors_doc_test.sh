#!/usr/bin/env bash
# Runs every example command of docs/errors.md (a table row whose example cell is a command,
# `umbrella ...`) from the source tree, and checks that it prints its row's message: as
# "error: MESSAGE" with a non-zero exit, as "warning: MESSAGE", or, for the command-line
# parser's own messages, as the line itself with a non-zero exit. Examples that write files
# write under /tmp/umbrella-errors, emptied before each.
set -uo pipefail
source "$(dirname "$0")/../check.sh"
binary=$umbrella
umbrella() { "$binary" "$@"; }
scratch=/tmp/umbrella-errors
cd "$root" || exit 1

# The text of a table cell without its code quotes: `x` or ``x `y` z``.
unquote() { sed -E 's/^ *(`+) ?//; s/ ?`+ *$//' <<<"$1"; }

examples=0
while IFS= read -r row; do
  body=${row#| }
  message=$(unquote "${body%% | *}")
  rest=${body#* | }
  command=$(unquote "${rest%% |*}")
  rm -rf "$scratch" && mkdir -p "$scratch"
  stderr=$( { eval "$command"; } 2>&1 >/dev/null)
  code=$?
  examples=$((examples + 1))
  if grep -qxF "warning: $message" <<<"$stderr"; then
    check "$command" true
  elif grep -qxF -e "error: $message" -e "$message" <<<"$stderr"; then
    check "$command" [ "$code" -ne 0 ]
  else
    echo "  expected: $message"
    echo "  printed:  $stderr (exit $code)"
    check "$command" false
  fi
done < <(grep -E '^\| `[^|]*\| `umbrella ' docs/errors.md)
rm -rf "$scratch"
check "docs/errors.md has example commands" [ "$examples" -gt 20 ]
report
