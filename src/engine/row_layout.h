// row_layout.h: the order a matcher keeps its rows in memory.
//
// Scoring a candidate pair reads both rows' normalized values. In a table of
// a million rows laid out as the file has them, the two rows of a pair lie
// far apart, and nearly every read misses the CPU caches: scoring waits on
// memory. Most candidate pairs share a name (the sorted-name blocking rule
// and its windows), so the matcher lays its rows out by name: the rows of a
// block sit side by side and are read from cache after the first. The order
// changes where rows live, never which pairs are compared or how they score.
#ifndef DQE_ENGINE_ROW_LAYOUT_H_
#define DQE_ENGINE_ROW_LAYOUT_H_

#include <cstdint>
#include <span>
#include <vector>

#include "src/engine/record_features.h"

namespace dqe::internal {

// LocalityOrder returns the table rows in the order to lay them out:
// grouped by `key`'s sorted value (rows with the same value side by side,
// values in roughly alphabetical order), ties in table order. With
// left_rows > 0 (linkage) the left rows stay first: each side is ordered on
// its own. `key` null: table order.
std::vector<uint32_t> LocalityOrder(const SourceFeatures* key, size_t num_rows,
                                    size_t left_rows, int threads);

// PermuteRows rewrites every source so that its row i holds what table row
// row_of[i] held.
void PermuteRows(std::span<const uint32_t> row_of, int threads,
                 std::vector<SourceFeatures>* features);

}  // namespace dqe::internal

#endif  // DQE_ENGINE_ROW_LAYOUT_H_
