"""Packs the module the CMake build made into a wheel; compiles nothing. The extension and its
stubs are copied from UMBRELLA_BUILD_DIR/python (default: the source tree's build/), so a wheel
takes a second and holds exactly the module the tests ran. The interpreter that runs pip must be
the one the module was built for: the file's name carries its ABI (cpython-311-x86_64-linux-gnu).
"""
import os
import re
import shutil
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

SOURCE = Path(os.environ.get("UMBRELLA_SOURCE_DIR", Path(__file__).resolve().parents[3]))
BUILD = Path(os.environ.get("UMBRELLA_BUILD_DIR", SOURCE / "build"))


def version():
    text = (SOURCE / "CMakeLists.txt").read_text()
    return re.search(r"project\(umbrella VERSION ([0-9.]+)", text).group(1)


class CopyBuiltModule(build_ext):
    """build_ext that copies the built extension instead of compiling one."""

    def build_extension(self, ext):
        target = Path(self.get_ext_fullpath(ext.name))
        built = BUILD / "python" / target.name
        if not built.is_file():
            raise SystemExit(f"{built} is missing: build the module first "
                             f"(cmake --build {BUILD}) with this interpreter")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)
        shutil.copyfile(BUILD / "python" / "umbrella.pyi", target.with_name("umbrella.pyi"))


setup(version=version(),
      ext_modules=[Extension("umbrella", sources=[])],
      cmdclass={"build_ext": CopyBuiltModule})
