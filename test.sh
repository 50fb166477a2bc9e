#!/usr/bin/env bash
# test.sh: installs what dqe needs (install-deps.sh), builds everything
# (Release, in build/: library, tool, tests, benchmarks, examples, Python
# bindings) and runs every test, bindings/python/tests too. DQE_BUILD_DIR=dir
# builds elsewhere.
set -euo pipefail
cd "$(dirname "$0")"
build=${DQE_BUILD_DIR:-build}

./install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDQE_BUILD_PYTHON=ON
cmake --build "$build"
cd "$build"
ctest --output-on-failure -j2
