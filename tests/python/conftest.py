"""Shared fixtures of the Python module's tests, run by CTest (tests/CMakeLists.txt) with
PYTHONPATH at the built module and these variables set: UMBRELLA_CLI (the command line, to compare
with), UMBRELLA_SOURCE_DIR (scenarios, fixtures) and UMBRELLA_BUILD_DIR (for the install test)."""
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(os.environ["UMBRELLA_SOURCE_DIR"])
CLI = Path(os.environ["UMBRELLA_CLI"])
BASELINE = ROOT / "scenarios" / "baseline-2025.yaml"
EVENTS = ROOT / "scenarios" / "events-2026.yaml"


def run_cli(*args, cwd=None, check=True):
    """Runs the command line; returns the CompletedProcess (text)."""
    done = subprocess.run([str(CLI), *map(str, args)], cwd=cwd, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise AssertionError(f"umbrella {' '.join(map(str, args))} failed:\n{done.stderr}")
    return done


def cli_error(*args, cwd=None):
    """The message of a command line that fails with exit 2, without its "error: " prefix."""
    done = run_cli(*args, cwd=cwd, check=False)
    assert done.returncode == 2, done.stderr
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith("error: "), line
    return line[len("error: "):]


@pytest.fixture(scope="session")
def baseline():
    import umbrella

    return umbrella.load_scenario(BASELINE, overlays=[EVENTS])


def assert_runs_in_venv(venv, cwd, env, extra=""):
    """Imports the module with the venv's interpreter (no PYTHONPATH in `env`) and runs a
    five-replicate baseline there, with `extra` keyword arguments to Simulation; the module must
    come from the venv, with its stubs beside it."""
    check = f"""
import umbrella
print(umbrella.__file__)
simulation = umbrella.Simulation(umbrella.load_scenario({str(BASELINE)!r}), replicates=5{extra})
print(simulation.run().replicates)
"""
    done = subprocess.run([str(venv / "bin" / "python"), "-c", check], capture_output=True,
                          text=True, env=env, cwd=cwd)
    assert done.returncode == 0, done.stderr
    module, replicates = done.stdout.split()
    assert Path(module).is_relative_to(venv)
    assert Path(module).with_name("umbrella.pyi").is_file()
    assert replicates == "5"
