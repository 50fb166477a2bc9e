#!/usr/bin/env bash
# dedupe_payment_terms.sh: collapse payment terms that clerks cloned per
# customer ("ABC Trading payment term", "Điều khoản thanh toán - Công ty Minh
# Phát", "張記貿易付款條件" all meaning Net 30) into one term each, and write
# the remap a CRM needs to re-point its customers to the surviving terms.
#
#   examples/cli/dedupe_payment_terms.sh [TERMS.csv] [OUT_DIR]
#
# Uses `dqe` from $DQE (default: dqe on the PATH), the config
# examples/configs/payment_terms.json (rows are the same term when due days,
# basis and discount read the same; names are ignored), and by default the
# shipped sample examples/data/payment_terms.csv.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dqe=${DQE:-dqe}
input=${1:-$here/data/payment_terms.csv}
out=${2:-$(mktemp -d)}
mkdir -p "$out"

"$dqe" dedupe --config "$here/configs/payment_terms.json" "$input" \
  --clusters "$out/clusters.csv" --golden "$out/golden.csv" \
  --lineage "$out/lineage.csv" --remap "$out/remap.csv" 2> "$out/log.txt" || {
  cat "$out/log.txt" >&2
  exit 1
}
# Rows dqe could not read (a due date of "see contract") are kept as they are.
grep -E "column|rows kept alone" "$out/log.txt" | sed 's/^dqe: [^:]*: /  kept alone: /' || true

rows=$(($(wc -l < "$out/remap.csv") - 1))
terms=$(($(wc -l < "$out/golden.csv") - 1))
moved=$(awk -F, 'NR > 1 && $1 != $2' "$out/remap.csv" | wc -l)
echo "$rows payment terms collapsed into $terms; $moved clones re-point to a surviving term"
echo "Surviving terms (golden_id, clones merged, name, due days, basis, discount %, discount days):"
python3 - "$out/golden.csv" <<'PY' 2>/dev/null || cut -d, -f1-7 "$out/golden.csv"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
for r in sorted(rows[1:], key=lambda r: -int(r[1])):
    print('  %s  %3s  %-28s %-8s %-14s %-6s %s' % (r[0], r[1], r[3], r[4], r[5], r[6], r[7]))
PY
echo "Remap (old_id,golden_id) for the customers' foreign keys: $out/remap.csv"
