// blocker.h: candidate pairs from blocking rules.
//
// Each rule gives every row zero or more keys (one per combination of its
// parts' values: a cell with two phones gives two keys). Rows sharing a key
// form a block; every pair in a block is a candidate. A block with more rows
// than max_block_size is oversized: with OversizedBlocks::kWindow its rows
// are sorted by a sort key and each is paired with its `window` next
// neighbours only (sorted neighbourhood), with kSkip it gives no pairs. Pairs
// are deduplicated across rules.
//
// In linkage (left_rows > 0) rows [0, left_rows) are the left table and the
// rest the right one; only left-right pairs are made.
#ifndef DQE_BLOCK_BLOCKER_H_
#define DQE_BLOCK_BLOCKER_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "src/engine/record_features.h"

namespace dqe::internal {

// A rule bound to a table: the features each of its parts reads.
struct BoundRule {
  std::string name;
  std::vector<KeyPart> parts;
  std::vector<const SourceFeatures*> features;  // one per part
};

struct BlockingOptions {
  size_t max_block_size = 300;
  OversizedBlocks oversized = OversizedBlocks::kWindow;
  size_t window = 8;
  // Linkage: the number of left rows; 0 for deduplication.
  size_t left_rows = 0;
  // Rows that take no part in matching (unreadable rows): empty, or one flag
  // per row.
  std::span<const uint8_t> excluded;
  // Orders the rows of an oversized block (kWindow); rows with equal sort
  // keys keep row order.
  std::function<std::string(uint32_t row)> sort_key;
};

struct RuleStats {
  std::string rule;
  size_t keyed_rows = 0;      // rows with at least one key
  size_t blocks = 0;          // blocks of two rows or more
  size_t largest_block = 0;   // rows in the largest block
  std::string largest_block_key;  // one member's key of the largest block
  size_t oversized_blocks = 0;
  size_t oversized_rows = 0;
  size_t pairs = 0;           // distinct pairs this rule made (some may
                              // also come from other rules)
};

// Pairs are packed as (smaller row << 32) | larger row, sorted, unique.
inline uint64_t PackPair(uint32_t a, uint32_t b) {
  return a < b ? (uint64_t{a} << 32) | b : (uint64_t{b} << 32) | a;
}
inline uint32_t PairFirst(uint64_t p) { return static_cast<uint32_t>(p >> 32); }
inline uint32_t PairSecond(uint64_t p) { return static_cast<uint32_t>(p); }

// RuleKeys appends to *keys each key `rule` gives `row` (as text; empty when
// a part is missing).
void RuleKeys(const BoundRule& rule, uint32_t row, std::vector<std::string>* keys);

// RulePairs returns the sorted, unique candidate pairs of one rule over
// `num_rows` rows, and fills *stats.
std::vector<uint64_t> RulePairs(const BoundRule& rule, size_t num_rows,
                                const BlockingOptions& options,
                                RuleStats* stats);

// CandidatePairs returns the union of every rule's pairs, sorted and unique,
// with one RuleStats per rule.
std::vector<uint64_t> CandidatePairs(std::span<const BoundRule> rules,
                                     size_t num_rows,
                                     const BlockingOptions& options,
                                     std::vector<RuleStats>* stats,
                                     int threads);

}  // namespace dqe::internal

#endif  // DQE_BLOCK_BLOCKER_H_
