#!/usr/bin/env bash
# Runs every example command of docs/errors.md (a table row whose example cell is a command,
# `umbrella ...`) from the source tree, and checks that it prints its row's message: as
# "error: MESSAGE" with a non-zero exit, as "warning: MESSAGE", or, for the command-line
# parser's own messages, as the line itself with a non-zero exit. Examples that write files
# write under /tmp/umbrella-errors, which this test replaces (in commands and messages alike) by
# a folder of its own, emptied before each, so that two runs of it never share one.
set -uo pipefail
source "$(dirname "$0")/../check.sh"
binary=$umbrella
umbrella() { "$binary" "$@"; }
documented=/tmp/umbrella-errors
scratch=$(mktemp -d /tmp/umbrella-errors.XXXXXX) || exit 1
cd "$root" || exit 1

# The text of a table cell without its code quotes: `x` or ``x `y` z``.
unquote() { sed -E 's/^ *(`+) ?//; s/ ?`+ *$//' <<<"$1"; }

examples=0
while IFS= read -r row; do
  body=${row#| }
  message=$(unquote "${body%% | *}")
  message=${message//$documented/$scratch}
  rest=${body#* | }
  command=$(unquote "${rest%% |*}")
  command=${command//$documented/$scratch}
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
