#!/usr/bin/env bash
# tests/fuzz/run.sh: fuzz every target of a -DDQE_BUILD_FUZZERS=ON build for
# SECONDS each (default 30), starting from the seed corpus in
# tests/fuzz/corpus (copied: new inputs go to the work directory, not the
# repository), and report the first crash, leak, hang or sanitizer report.
#
#   tests/fuzz/run.sh BUILD_DIR [SECONDS] [WORK_DIR]
#
# FUZZ_JOBS=N runs N targets at a time (default 1). Prints one line per
# target: runs, seconds, corpus size. A crashing input is left in
# WORK_DIR/TARGET/ (crash-*, timeout-*, leak-*, oom-*) and the exit status
# is 1.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR [SECONDS] [WORK_DIR]}" && pwd)
seconds=${2:-30}
work=${3:-$(mktemp -d)}
jobs=${FUZZ_JOBS:-1}
mkdir -p "$work"
work=$(cd "$work" && pwd)

fuzz_one() {
  local name=$1 bin=$build/tests/$1
  if [[ ! -x $bin ]]; then
    echo "$name: FAILED: $bin is missing (build with -DDQE_BUILD_FUZZERS=ON)"
    return 2
  fi
  mkdir -p "$work/$name/corpus"
  cp -n "$here/corpus/$name"/* "$work/$name/corpus/" 2>/dev/null || true
  local log=$work/$name/fuzz.log
  (cd "$work/$name" && "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
      -max_len=65536 -print_final_stats=1 corpus > "$log" 2>&1)
  local rc=$?
  local runs
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$')
  if [[ $rc -ne 0 ]]; then
    echo "$name: FAILED (exit $rc) after ${runs:-?} runs; see $log"
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5
    return 1
  fi
  echo "$name: ${runs:-?} runs in ${seconds} s, corpus $(ls "$work/$name/corpus" | wc -l) inputs"
}

status=0
pids=()
for src in "$here"/*_fuzzer.cc; do
  name=$(basename "$src" .cc)
  fuzz_one "$name" > "$work/$name.result" 2>&1 &
  pids+=($!)
  if (( ${#pids[@]} >= jobs )); then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
cat "$work"/*.result
exit $status
