"""A wheel is made offline from the built module (src/python/wheel, Debian's setuptools), installs
into a fresh virtual environment with pip, and runs a simulation there (docs/python.md)."""
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT, assert_runs_in_venv

BUILD = Path(os.environ["UMBRELLA_BUILD_DIR"])

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
    assert_runs_in_venv(venv, tmp_path, env, extra=', parameters={"crisis.eruption.doubt": 1.0}')
