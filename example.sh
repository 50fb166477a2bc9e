#!/usr/bin/env bash
# example.sh: installs what dqe needs (install-deps.sh), builds the dqe tool
# (Release, in build/), and runs the main job on the example CRM export:
#   dqe clean examples/data/contacts.csv --out build/contacts.clean.csv
# DQE_BUILD_DIR=dir builds elsewhere.
set -euo pipefail
cd "$(dirname "$0")"
build=${DQE_BUILD_DIR:-build}

./install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target dqe_cli

dqe=$build/src/dqe
out=$build/contacts.clean.csv
echo
echo "\$ dqe clean examples/data/contacts.csv --out $out"
"$dqe" clean examples/data/contacts.csv --out "$out"
echo
echo "First rows of $out:"
head -n 4 "$out"
echo
echo "\$ dqe normalize --kind phone '0168 123 4567'"
"$dqe" normalize --kind phone '0168 123 4567'
echo "\$ dqe normalize --kind name 'Ðặng Thị Hoà' '張偉'"
"$dqe" normalize --kind name 'Ðặng Thị Hoà' '張偉'
