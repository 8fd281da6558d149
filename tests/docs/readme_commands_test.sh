#!/usr/bin/env bash
# Every example command of README.md runs: each command line of its ```sh blocks (a line ending
# in "\" continues on the next) and its ```python session (the lines after ">>> "), in order, in
# one scratch folder that sees the repository's files, with `umbrella` the built binary. A
# command that cannot run here is skipped by name below, with the reason; any other line that is
# not run fails the test, so a new README command is run or explicitly skipped, never ignored.
#
# Sizes shrink where the meaning does not change: `make run` is its recipe, scripts/run-baseline,
# with 40 replicates (as `make run REPLICATES=40`); every --replicates N (and Python's
# replicates=N) above 40 becomes 40, and an experiment runs 2 replicates per sample: the same
# commands, fewer runs. CONTRIBUTING.md ("README commands") states the convention.
set -uo pipefail
source "$(dirname "$0")/../check.sh"
build=$3
small=40
umbrella=$(realpath "$umbrella")

# The scratch folder: the repository's inputs by link, outputs written here.
cd "$work" || exit 1
for entry in scenarios data tests examples scripts report; do ln -s "$root/$entry" "$entry"; done
ln -s "$build" build
mkdir bin
ln -s "$umbrella" bin/umbrella
export PATH="$work/bin:$PATH"

# skip_reason COMMAND: why a README command is not run here, or nothing.
skip_reason() {
  if ! ls "$build"/python/umbrella*.so >/dev/null 2>&1; then
    case "$1" in
      python:* | *"venv"* | "cmake --install"*) echo "the build has no Python module" && return ;;
    esac
  fi
  case "$1" in
    "make test"*) echo "it is the test suite this test belongs to" ;;
    "mpirun "*) echo "many MPI ranks on a shared 2-core machine; experiment_mpi_test runs the same command shape with 2 ranks" ;;
  esac
}

# smaller COMMAND: the same command with fewer runs.
smaller() {
  local command=$1
  if [[ $command == "make run"* ]]; then
    echo "scripts/run-baseline umbrella out 2025 $small"
    return
  fi
  command=$(sed -E "s/--replicates ([0-9]{3,})/--replicates $small/g" <<<"$command")
  if [[ $command == "umbrella experiment "* && $command != *"--replicates"* ]]; then
    command="$command --replicates 2"
  fi
  echo "$command"
}

# The commands, one per line (continuations joined), then the Python session as one entry.
/usr/bin/python3 - "$root/README.md" "$work/session.py" >"$work/commands.txt" <<'PY'
import sys
lines = open(sys.argv[1]).read().splitlines()
block, pending, session = None, "", []
for line in lines:
    if line.startswith("```"):
        block = line[3:].strip() if block is None else None
        continue
    if block == "sh":
        text = pending + line.strip()
        if text.endswith("\\"):
            pending = text[:-1].rstrip() + " "
            continue
        pending = ""
        if text and not text.startswith("#"):
            print(text)
    elif block == "python" and line.startswith(">>> "):
        session.append(line[4:])
if session:
    open(sys.argv[2], "w").write("\n".join(session) + "\n")
    print("python: the session of README.md")
PY
check "README.md has commands to run" [ "$(wc -l <"$work/commands.txt")" -ge 30 ]

ran=0
skipped=0
while IFS= read -r command; do
  reason=$(skip_reason "$command")
  if [ -n "$reason" ]; then
    echo "skip $command: $reason"
    skipped=$((skipped + 1))
    continue
  fi
  if [[ $command == "python: "* ]]; then
    sed -Ei "s/replicates=([0-9]{3,})/replicates=$small/g" "$work/session.py"
    PYTHONPATH=build/python /usr/bin/python3 "$work/session.py" >"$work/last.out" 2>&1
    status=$?
    check "the Python session of README.md runs" [ $status -eq 0 ]
    [ $status -eq 0 ] || tail -5 "$work/last.out"
    ran=$((ran + 1))
    continue
  fi
  actual=$(smaller "$command")
  start=$SECONDS
  bash -c "$actual" </dev/null >"$work/last.out" 2>&1
  status=$?
  check "$command ($((SECONDS - start)) s)" [ $status -eq 0 ]
  [ $status -eq 0 ] || { echo "  ran: $actual"; tail -5 "$work/last.out"; }
  ran=$((ran + 1))
done <"$work/commands.txt"
# Every command ran or was skipped with its reason (a build without the Python module skips the
# venv lines and the session), and most of them ran.
check "every command ran or was skipped with a reason" \
  [ $((ran + skipped)) -eq "$(wc -l <"$work/commands.txt")" ]
check "the commands ran" [ "$ran" -ge 25 ]
report
