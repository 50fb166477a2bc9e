#!/usr/bin/env bash
# install_test.sh CMAKE GENERATOR CXX BUILD_DIR CONSUMER_DIR WORK_DIR VERSION
#
# Installs BUILD_DIR into WORK_DIR/prefix with `cmake --install`, then builds
# the consumer in CONSUMER_DIR against that prefix twice -- with
# find_package(dqe CONFIG REQUIRED) (shared and static library) and with a
# plain compiler command line from `pkg-config --cflags --libs dqe` -- and
# runs each program, checking what it prints.
set -euo pipefail
cmake=$1 generator=$2 cxx=$3 build=$4 consumer=$5 work=$6 version=$7

rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix
expected=$work/expected.txt
printf 'version %s\nkey nguyen van an\n' "$version" >"$expected"

check() {  # check NAME PROGRAM: runs PROGRAM, compares with the expected output
  local name=$1 program=$2
  if ! "$program" >"$work/$name.out" 2>&1 || ! cmp -s "$expected" "$work/$name.out"; then
    echo "FAIL: $name printed:"; cat "$work/$name.out"; echo "expected:"; cat "$expected"
    exit 1
  fi
  echo "ok: $name"
}

echo "== cmake --install $build --prefix $prefix"
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log"
test -f "$prefix/include/dqe/normalize.h"
if [ -x "$prefix/bin/dqe" ]; then
  [ "$("$prefix/bin/dqe" --version)" = "$version" ] ||
    { echo "FAIL: installed dqe --version"; exit 1; }
  echo "ok: installed dqe --version"
fi

echo "== find_package(dqe CONFIG REQUIRED) with CMAKE_PREFIX_PATH=$prefix"
"$cmake" -S "$consumer" -B "$work/cmake-build" -G "$generator" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF \
  >"$work/cmake-configure.log" || { cat "$work/cmake-configure.log"; exit 1; }
# The package must come from the scratch prefix, not from the build tree or
# the system.
grep -q "dqe_DIR: $prefix/" "$work/cmake-configure.log" ||
  { echo "FAIL: dqe was not found in $prefix"; grep dqe_DIR "$work/cmake-configure.log"; exit 1; }
"$cmake" --build "$work/cmake-build" >"$work/cmake-build.log" 2>&1 ||
  { cat "$work/cmake-build.log"; exit 1; }
check cmake_shared "$work/cmake-build/consumer_shared"
check cmake_static "$work/cmake-build/consumer_static"

echo "== pkg-config --cflags --libs dqe"
pc=$(find "$prefix" -name dqe.pc | head -1)
test -n "$pc" || { echo "FAIL: no dqe.pc installed"; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
# dqe.pc finds its prefix from where it is installed: no --define-variable.
flags=$(pkg-config --cflags --libs dqe)
libdir=$(pkg-config --variable=libdir dqe)
case "$libdir" in
  "$prefix"/*) ;;
  *) echo "FAIL: dqe.pc gives libdir $libdir, outside $prefix"; exit 1 ;;
esac
echo "c++ main.cc $flags"
# shellcheck disable=SC2086  # the flags are words
"$cxx" -std=c++20 "$consumer/main.cc" -o "$work/consumer_pkgconfig" $flags \
  -Wl,-rpath,"$libdir"
check pkgconfig "$work/consumer_pkgconfig"
echo "install test passed"
