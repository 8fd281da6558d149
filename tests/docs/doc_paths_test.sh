#!/usr/bin/env bash
# Every file the docs name exists: each backquoted path under src/, tests/ or scenarios/ (with an
# extension, or a trailing slash for a folder) in docs/*.md, CONTRIBUTING.md, README.md and the
# READMEs under src/, so moving a file without its references fails here rather than leaving a
# reader at a dead end. A `::function` or `:line` after the path is dropped; globs are matched;
# an upper-case placeholder (`src/cli/NAME_command.cc`) stands for any name.
# Usage: doc_paths_test.sh ROOT
set -uo pipefail
root=${1:?usage: doc_paths_test.sh ROOT}
cd "$root" || exit 1
shopt -s nullglob

docs=(docs/*.md CONTRIBUTING.md README.md)
while IFS= read -r readme; do docs+=("$readme"); done < <(find src -name README.md | sort)

# exists PATH: the path, a glob, or a template with placeholders, names at least one file.
exists() {
  local path=$1 matches
  [[ -e $path ]] && return 0
  # shellcheck disable=SC2206
  matches=($path)
  [[ ${#matches[@]} -gt 0 && -e ${matches[0]} ]] && return 0
  local template
  template=$(sed -E 's/(^|[^A-Za-z])[A-Z][A-Z_]*[A-Z]([^A-Za-z]|$)/\1*\2/g' <<<"$path")
  [[ $template == "$path" ]] && return 1
  # shellcheck disable=SC2206
  matches=($template)
  [[ ${#matches[@]} -gt 0 ]]
}

# shellcheck disable=SC2016 # the backquotes are markdown's, not the shell's
pattern='`(src|tests|scenarios)/[^` ]+`'
missing=0
checked=0
for doc in "${docs[@]}"; do
  while IFS=: read -r line span; do
    path=${span//\`/}
    path=${path%%::*}
    [[ $path =~ ^(.*):[0-9]+(-[0-9]+)?$ ]] && path=${BASH_REMATCH[1]}
    [[ $path == */ || $path =~ \.[A-Za-z0-9]+$ ]] || continue
    checked=$((checked + 1))
    if ! exists "$path"; then
      echo "FAIL $doc:$line: \`$path\` does not exist"
      missing=$((missing + 1))
    fi
  done < <(grep -noE "$pattern" "$doc")
done
echo "$checked paths checked in ${#docs[@]} files, $missing missing"
[[ $missing -eq 0 ]]
