"""The module installs into a virtual environment with no network: a venv that sees Debian's
numpy and pandas, and CMake's install component `python` (docs/python.md)."""
import os
import subprocess
import sys
from pathlib import Path

from conftest import assert_runs_in_venv

BUILD = Path(os.environ["UMBRELLA_BUILD_DIR"])
CMAKE = os.environ.get("UMBRELLA_CMAKE", "cmake")

def test_the_module_installs_into_a_virtual_environment(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(venv)], check=True)
    subprocess.run([CMAKE, "--install", str(BUILD), "--component", "python", "--prefix",
                    str(venv)], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    assert_runs_in_venv(venv, tmp_path, env)
