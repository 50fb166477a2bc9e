#!/usr/bin/env bash
# tests/fuzz/run.sh: fuzz every target of a -DDQE_BUILD_FUZZERS=ON build for
# SECONDS each (default 30), starting from the seed corpus in
# tests/fuzz/corpus (copied: new inputs go to the work directory, not the
# repository), and stop at the first crash, leak, hang or sanitizer report.
#
#   tests/fuzz/run.sh BUILD_DIR [SECONDS] [WORK_DIR]
#
# Prints one line per target: runs, seconds, new corpus size. A crashing
# input is left in WORK_DIR/TARGET/ (crash-*, timeout-*, leak-*) and the
# exit status is 1.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR [SECONDS] [WORK_DIR]}" && pwd)
seconds=${2:-30}
work=${3:-$(mktemp -d)}
status=0
for src in "$here"/*_fuzzer.cc; do
  name=$(basename "$src" .cc)
  bin=$build/tests/$name
  if [[ ! -x $bin ]]; then
    echo "run.sh: $bin is missing (build with -DDQE_BUILD_FUZZERS=ON)" >&2
    exit 2
  fi
  mkdir -p "$work/$name/corpus"
  cp -n "$here/corpus/$name"/* "$work/$name/corpus/" 2>/dev/null || true
  log=$work/$name/fuzz.log
  (cd "$work/$name" && "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
      -max_len=65536 -print_final_stats=1 corpus > "$log" 2>&1)
  rc=$?
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$')
  files=$(ls "$work/$name/corpus" | wc -l)
  if [[ $rc -ne 0 ]]; then
    echo "$name: FAILED (exit $rc) after ${runs:-?} runs; see $log"
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5
    status=1
  else
    echo "$name: ${runs:-?} runs in ${seconds} s, corpus ${files} inputs"
  fi
done
exit $status
