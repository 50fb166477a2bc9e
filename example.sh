#!/usr/bin/env bash
# example.sh: installs what dqe needs (install-deps.sh), builds the dqe tool
# (Release, in build/), and runs the main job on the example CRM export:
#   dqe dedupe --config examples/configs/contacts.json examples/data/contacts.csv \
#       --clusters build/contacts.clusters.csv --pairs build/contacts.pairs.csv \
#       --golden build/contacts.golden.csv --lineage build/contacts.lineage.csv \
#       --remap build/contacts.remap.csv
# then shows which rows it found to be the same contact, why, and the golden
# records they merge into.
# DQE_BUILD_DIR=dir builds elsewhere.
set -euo pipefail
cd "$(dirname "$0")"
build=${DQE_BUILD_DIR:-build}

./install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target dqe_cli

dqe=$build/src/dqe
clusters=$build/contacts.clusters.csv
pairs=$build/contacts.pairs.csv
golden=$build/contacts.golden.csv
echo
echo "\$ dqe dedupe --config examples/configs/contacts.json examples/data/contacts.csv --clusters $clusters --pairs $pairs --golden $golden --lineage $build/contacts.lineage.csv --remap $build/contacts.remap.csv"
"$dqe" dedupe --config examples/configs/contacts.json examples/data/contacts.csv \
  --clusters "$clusters" --pairs "$pairs" --golden "$golden" \
  --lineage "$build/contacts.lineage.csv" --remap "$build/contacts.remap.csv"
echo
echo "Rows that are duplicates of another row (id,cluster_id; the rest are alone):"
awk -F, 'NR > 1 && $1 != $2' "$clusters"
echo
echo "The first accepted pairs, explained (weight per comparison):"
head -n 6 "$pairs" | cut -d, -f1-4,6-
echo
echo "Golden records of the merged contacts (golden_id,members,id,full_name,phone,email,...):"
awk -F, 'NR == 1 || $2 > 1' "$golden" | head -n 8
