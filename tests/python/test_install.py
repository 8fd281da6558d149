"""The module installs into a virtual environment with no network: a venv that sees Debian's
numpy and pandas, and CMake's install component `python` (docs/python.md)."""
import os
import subprocess
import sys
from pathlib import Path

from conftest import BASELINE

BUILD = Path(os.environ["UMBRELLA_BUILD_DIR"])
CMAKE = os.environ.get("UMBRELLA_CMAKE", "cmake")

CHECK = f"""
import umbrella
print(umbrella.__file__)
simulation = umbrella.Simulation(umbrella.load_scenario({str(BASELINE)!r}), replicates=5)
print(simulation.run().replicates)
"""


def test_the_module_installs_into_a_virtual_environment(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(venv)], check=True)
    subprocess.run([CMAKE, "--install", str(BUILD), "--component", "python", "--prefix",
                    str(venv)], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([str(venv / "bin" / "python"), "-c", CHECK], capture_output=True,
                          text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    module, replicates = done.stdout.split()
    assert Path(module).is_relative_to(venv)
    assert Path(module).with_name("umbrella.pyi").is_file()
    assert replicates == "5"
