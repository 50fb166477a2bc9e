#!/usr/bin/env bash
# tests/sanitize.sh: the sanitizer runs, after ./test.sh in CI.
#
#  1. AddressSanitizer + UndefinedBehaviorSanitizer (clang, with libFuzzer
#     instrumentation): the whole test suite, then every fuzz target for
#     FUZZ_SECONDS (default 30) on its seed corpus (tests/fuzz/run.sh).
#  2. ThreadSanitizer (gcc): the tests that use one engine, normalizer or
#     validator from several threads at once (with tests/tsan.supp: Debian's
#     TBB is not instrumented).
#
#   tests/sanitize.sh [asan|tsan|all]      (default: all)
#
# Builds in build-asan/ and build-tsan/ (DQE_SANITIZE_DIR=dir puts them in
# dir). Installs clang if it is missing. Exit status 0 only when every test
# passed and no sanitizer reported anything.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
root=${DQE_SANITIZE_DIR:-.}
fuzz_seconds=${FUZZ_SECONDS:-30}

./install-deps.sh
# clang and its sanitizer and libFuzzer runtimes (libclang-rt-N-dev, which
# clang only recommends).
if ! command -v clang++ >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang
fi
clang_major=$(clang++ --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
if ! dpkg -s "libclang-rt-$clang_major-dev" >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "libclang-rt-$clang_major-dev"
fi

if [[ $what == all || $what == asan ]]; then
  build=$root/build-asan
  # A build directory configured earlier with another compiler keeps it:
  # start that one afresh.
  if [[ -f $build/CMakeCache.txt ]] &&
     ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang' "$build/CMakeCache.txt"; then
    rm -rf "$build"
  fi
  # -O1 with line tables only: quick to build, stack traces with lines.
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_C_FLAGS="-O1 -gline-tables-only" -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
    -DDQE_SANITIZE=ON -DDQE_BUILD_FUZZERS=ON -DDQE_BUILD_BENCHMARKS=OFF \
    -DDQE_BUILD_PYTHON=OFF -DDQE_INSTALL=OFF >/dev/null
  start=$SECONDS
  cmake --build "$build"
  echo "sanitize: asan build took $((SECONDS - start)) s"
  # Leaks are errors too; a UBSan report stops the test (see CMakeLists.txt).
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  # The fuzz targets' corpus runs are plain tests here as elsewhere.
  start=$SECONDS
  (cd "$build" && ctest --output-on-failure -j2)
  echo "sanitize: asan tests took $((SECONDS - start)) s"
  start=$SECONDS
  FUZZ_JOBS=${FUZZ_JOBS:-2} tests/fuzz/run.sh "$build" "$fuzz_seconds" "$build/fuzz-work"
  echo "sanitize: fuzzing took $((SECONDS - start)) s"
fi

if [[ $what == all || $what == tsan ]]; then
  build=$root/build-tsan
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_C_FLAGS="-O1 -g" -DCMAKE_CXX_FLAGS="-O1 -g" -DDQE_TSAN=ON \
    -DDQE_BUILD_BENCHMARKS=OFF -DDQE_BUILD_PYTHON=OFF -DDQE_BUILD_EXAMPLES=OFF \
    -DDQE_INSTALL=OFF >/dev/null
  targets=(blocker_test c_api_threads_test engine_test number_normalizer_test
           phone_normalizer_test validator_test dedupe_cli_test dqe_cli)
  cmake --build "$build" --target "${targets[@]}"
  export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/tsan.supp"
  # tests/tsan.supp says why reports through TBB are suppressed.
  # CandidatePairs.SameWithOneAndTwoThreads and
  # EstimateNameShares.SameOnOneAndTwoThreads are left out (the second's
  # binary is not among the targets, but an older build may hold it): they
  # call a function that runs its own task_arena directly, whose functor TBB
  # may run on one of its (uninstrumented) workers, so every container it
  # hands back is reported.
  (cd "$build" && ctest --output-on-failure -j2 \
     -R 'Threads|TwoThreads|ManyThreads|InParallel|SeveralThreads' \
     -E '^(CandidatePairs|EstimateNameShares)\.')
fi
