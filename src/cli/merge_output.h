// merge_output.h: writing a merge (`dqe dedupe --golden --lineage --remap`).
//
// GOLDEN.csv: golden_id,members, then the input's columns (the id column, if
// any, holds the golden id): one line per cluster, in order of the
// cluster's first row.
// LINEAGE.csv: golden_id,source_id,source_row,column,value,fate — one line
// per cell of every input row (empty cells included), grouped by golden
// record, rows in input order, cells in column order; `value` is the cell
// exactly as read, source_row its 1-based row number, fate one of golden
// (gave the golden value, or part of a union), same (agrees with it), lost
// (a different value that did not survive), empty, id; fields beyond the
// header of a too-long record appear with column "#N" (N: the field's
// 1-based place) and fate "extra", and the cells a too-short record lacked
// (read as empty) with fate "absent". `dqe unmerge` reads it back.
// REMAP.csv: old_id,golden_id for every input row, in input order.
#ifndef DQE_CLI_MERGE_OUTPUT_H_
#define DQE_CLI_MERGE_OUTPUT_H_

#include <string>

#include "absl/status/status.h"
#include "dqe/merge.h"
#include "src/cli/match_input.h"

namespace dqe::cli {

absl::Status WriteGolden(const std::string& path, const MergeResult& merge);
absl::Status WriteLineage(const std::string& path, const MergeResult& merge,
                          const LoadedTable& table);
absl::Status WriteRemap(const std::string& path, const MergeResult& merge);

}  // namespace dqe::cli

#endif  // DQE_CLI_MERGE_OUTPUT_H_
