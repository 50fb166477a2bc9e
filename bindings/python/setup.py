"""Builds and installs the dqe Python package.

    python3 -m pip install --no-build-isolation --no-deps ./bindings/python

The extension `dqe._dqe` is built by the project's own CMake build (the
top-level CMakeLists.txt with DQE_BUILD_PYTHON=ON, target dqe_python_ext), so
it is compiled and linked exactly as `ctest` tests it. Environment:

  DQE_BUILD_DIR  an absolute path: an existing CMake build directory of this checkout to build
                 the extension in (it is reconfigured with DQE_BUILD_PYTHON=ON);
                 default: bindings/python/build/cmake-<python tag>, configured
                 with tests, benchmarks, examples and the CLI switched off.
  DQE_CMAKE_ARGS extra arguments for the CMake configure step.
"""

import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def version():
    text = (ROOT / "include" / "dqe" / "version.h").read_text(encoding="utf-8")
    return re.search(r'DQE_VERSION_STRING "([^"]+)"', text).group(1)


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        if not (ROOT / "CMakeLists.txt").is_file():
            raise RuntimeError(f"dqe: no CMakeLists.txt in {ROOT}; build from a dqe checkout")
        cmake = shutil.which("cmake")
        if cmake is None:
            raise RuntimeError("dqe: cmake not found (Debian: apt-get install cmake)")
        args = ["-DDQE_BUILD_PYTHON=ON"]
        build_dir = os.environ.get("DQE_BUILD_DIR")
        if build_dir:
            build_dir = pathlib.Path(build_dir)
            if not build_dir.is_absolute():
                # pip runs this script in bindings/python, not where it was called.
                raise RuntimeError(f"dqe: DQE_BUILD_DIR must be an absolute path, got {build_dir}")
            # Keep the Python the directory was configured for (its ctest runs
            # the tests with it); the suffix check below catches a mismatch.
            cache = build_dir / "CMakeCache.txt"
            if not (cache.exists() and "Python3_EXECUTABLE:" in cache.read_text(errors="replace")):
                args.append(f"-DPython3_EXECUTABLE={sys.executable}")
        else:
            args.append(f"-DPython3_EXECUTABLE={sys.executable}")
            build_dir = HERE / "build" / f"cmake-{sys.implementation.cache_tag}"
            args += [
                "-DCMAKE_BUILD_TYPE=Release",
                "-DDQE_BUILD_TESTS=OFF",
                "-DDQE_BUILD_BENCHMARKS=OFF",
                "-DDQE_BUILD_EXAMPLES=OFF",
                "-DDQE_BUILD_CLI=OFF",
                "-DDQE_INSTALL=OFF",
            ]
            if shutil.which("ninja") and not (build_dir / "CMakeCache.txt").exists():
                args += ["-G", "Ninja"]
        args += shlex.split(os.environ.get("DQE_CMAKE_ARGS", ""))
        subprocess.run([cmake, "-S", str(ROOT), "-B", str(build_dir), *args], check=True)
        subprocess.run([cmake, "--build", str(build_dir), "--target", "dqe_python_ext"],
                       check=True)

        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        built = build_dir / "bindings" / "python" / "dqe" / f"_dqe{suffix}"
        if not built.is_file():
            found = [p.name for p in (build_dir / "bindings" / "python" / "dqe").glob("_dqe*")]
            raise RuntimeError(
                f"dqe: no {built.name} in {built.parent} (found {found}): the build directory "
                f"is configured for another Python than {sys.executable}")
        dest = pathlib.Path(self.get_ext_fullpath(ext.name))
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, dest)


setup(
    name="dqe",
    version=version(),
    description="Data quality and deduplication for CRM data (Vietnamese, Chinese, Western)",
    python_requires=">=3.9",
    packages=["dqe"],
    package_dir={"dqe": "dqe"},
    ext_modules=[Extension("dqe._dqe", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
