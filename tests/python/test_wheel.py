"""A wheel is made offline from the built module (src/python/wheel, Debian's setuptools), installs
into a fresh virtual environment with pip, and runs a simulation there (docs/python.md)."""
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import BASELINE, ROOT

BUILD = Path(os.environ["UMBRELLA_BUILD_DIR"])

CHECK = f"""
import umbrella
print(umbrella.__file__)
simulation = umbrella.Simulation(umbrella.load_scenario({str(BASELINE)!r}), replicates=5,
                                 parameters={{"crisis.eruption.doubt": 1.0}})
print(simulation.run().replicates)
"""


def test_a_wheel_installs_and_runs(tmp_path):
    # A copy of the project, so that setuptools' build/ and egg-info stay out of the sources.
    project = tmp_path / "project"
    shutil.copytree(ROOT / "src" / "python" / "wheel", project)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(UMBRELLA_BUILD_DIR=str(BUILD), UMBRELLA_SOURCE_DIR=str(ROOT))
    dist = tmp_path / "dist"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-index",
                           "--no-build-isolation", "--no-deps", "-w", str(dist), str(project)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = dist.glob("umbrella-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "umbrella.pyi" in names
    assert any(n.startswith("umbrella.cpython") and n.endswith(".so") for n in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True)
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--no-index",
                           str(wheel)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    done = subprocess.run([str(venv / "bin" / "python"), "-c", CHECK], capture_output=True,
                          text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    module, replicates = done.stdout.split()
    assert Path(module).is_relative_to(venv)
    assert Path(module).with_name("umbrella.pyi").is_file()
    assert replicates == "5"
