// dqe/engine.h: find duplicates in a table, or link two tables.
//
// An Engine is built once from a Config and is then immutable: share one
// between threads and call it concurrently. Each call binds the config to the
// table's header (inferring what the config leaves out), normalizes the
// matched columns, blocks, compares and scores the candidate pairs, and (for
// Dedupe) clusters the accepted ones.
//
//   absl::StatusOr<dqe::Config> config = dqe::Config::FromFile("contacts.json");
//   absl::StatusOr<std::unique_ptr<dqe::Engine>> engine =
//       dqe::Engine::Create(*config);
//   absl::StatusOr<dqe::DedupeResult> r = (*engine)->Dedupe(table);
//   // r->cluster_of_row[i]: the row naming row i's cluster.
//   // r->pairs: accepted pairs with their per-comparison explanation.
//
// With an "identity" object in the config (identity.h), Dedupe groups rows by
// their parsed identity fields instead (reference data such as payment
// terms), and reports rows it could not read in row_issues; Link matches a
// right row to the left row (smallest id) with the same identity.
//
// Weights come, in order of preference, from MatchOptions::model (a trained
// Model, e.g. from Train or `dqe train`), or from the config's levels (m and
// u given or defaulted).
#ifndef DQE_ENGINE_H_
#define DQE_ENGINE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/config.h"
#include "dqe/export.h"
#include "dqe/merge.h"
#include "dqe/schema.h"
#include "dqe/score.h"
#include "dqe/table.h"

namespace dqe {

struct MatchOptions {
  // Worker threads; 0: as many as the machine has. Results do not depend on
  // it.
  int threads = 0;
  // A trained model; nullptr: the config's weights. Must name the same
  // comparisons and levels as the config (an error says what differs).
  const Model* model = nullptr;
  // Report scored pairs down to this match probability in the result's
  // `pairs` (for reviewing the threshold); pairs below the config's
  // threshold are reported but never clustered or linked. -1: report the
  // accepted pairs only.
  double report_probability = -1;
};

// One accepted pair, with its explanation.
struct MatchedPair {
  uint32_t a = 0;  // rows; in linkage a is the left row, b the right row
  uint32_t b = 0;
  double weight = 0.0;       // prior weight + the sum of `weights`
  double probability = 0.0;  // MatchProbability(weight)
  bool accepted = true;      // at or above the threshold, not cannot-linked
  // Per comparison (in MatchResultInfo::comparisons order): the level index
  // (kMissing for missing) and the weight it added (term-frequency adjusted).
  std::vector<uint8_t> levels;
  std::vector<double> weights;
  static constexpr uint8_t kMissing = 255;
};

struct BlockingRuleStats {
  std::string rule;
  size_t keyed_rows = 0;
  size_t blocks = 0;
  size_t largest_block = 0;
  std::string largest_block_key;
  size_t oversized_blocks = 0;  // split (window) or skipped, as configured
  size_t oversized_rows = 0;
  size_t pairs = 0;
};

struct MatchStats {
  size_t rows = 0;
  size_t flagged_rows = 0;
  size_t candidate_pairs = 0;  // after deduplication across rules
  size_t largest_block = 0;
  size_t accepted_pairs = 0;
  size_t pairs_blocked_by_guard = 0;  // cannot-link pairs and cluster joins refused
  size_t clusters = 0;
  double seconds_normalize = 0, seconds_block = 0, seconds_score = 0,
         seconds_cluster = 0;
  std::vector<BlockingRuleStats> rules;
};

// What the comparisons are, to read MatchedPair::levels.
struct ComparisonInfo {
  std::string name;
  std::vector<std::string> levels;  // level names; index = level
};

// A row the engine could not use for matching (a cell longer than
// Config::max_cell_bytes; in identity mode, a field that does not parse); it
// is kept, as a cluster of its own.
struct RowIssue {
  uint32_t row = 0;
  std::string column;
  std::string message;
};

struct DedupeResult {
  Schema schema;
  std::vector<ComparisonInfo> comparisons;
  std::vector<MatchedPair> pairs;  // accepted pairs, by (a, b)
  // For every row, the row whose id names its cluster (the member with the
  // smallest id; see cluster.h).
  std::vector<uint32_t> cluster_of_row;
  MatchStats stats;
  // Rows kept alone because a value they are matched on could not be read.
  std::vector<RowIssue> row_issues;
};

struct LinkMatch {
  // The right row's best left match at or above the threshold; -1: "new".
  int64_t left = -1;
  double weight = 0.0;
  double probability = 0.0;
};

struct LinkResult {
  Schema schema;  // the left table's
  std::vector<ComparisonInfo> comparisons;
  std::vector<MatchedPair> pairs;  // accepted pairs (a: left row, b: right row)
  std::vector<LinkMatch> best;     // one per right row
  MatchStats stats;
  // Rows kept out of matching because a cell they are matched on could not
  // be used (longer than Config::max_cell_bytes), per table.
  std::vector<RowIssue> left_issues;
  std::vector<RowIssue> right_issues;
};

class DQE_EXPORT Engine {
 public:
  // Create checks the config (names, levels, thresholds) and returns an
  // engine; InvalidArgument says what is wrong.
  static absl::StatusOr<std::unique_ptr<Engine>> Create(const Config& config);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  const Config& config() const;

  // Schema returns the schema the engine uses for a table with this header.
  absl::StatusOr<Schema> SchemaFor(const std::vector<std::string>& header) const;
  // ExplainSchema returns the effective config for this header as JSON: the
  // columns with kinds and roles, the blocking rules and comparisons with
  // every default spelled out.
  absl::StatusOr<std::string> ExplainSchema(
      const std::vector<std::string>& header) const;

  // Dedupe finds the duplicate rows of one table.
  absl::StatusOr<DedupeResult> Dedupe(const TableView& table,
                                      const MatchOptions& options = {}) const;
  // Merge builds the golden records of a deduplicated table with the
  // config's survivorship rules ("merge", see merge.h): `dedupe` is what
  // Dedupe returned for this table.
  absl::StatusOr<MergeResult> Merge(const TableView& table,
                                    const DedupeResult& dedupe,
                                    const MatchOptions& options = {}) const;
  // Link finds, for every row of `right`, its best match in `left` (or none).
  // The right table's columns are found by name (their order may differ);
  // a column the comparisons or rules read that the right table lacks is
  // empty (missing) for every right row.
  absl::StatusOr<LinkResult> Link(const TableView& left, const TableView& right,
                                  const MatchOptions& options = {}) const;
  // Train estimates a model from the table without labels: u-probabilities
  // from random pairs, m-probabilities by expectation-maximisation over each
  // blocking rule's pairs (not for the comparisons the rule blocks on), and
  // the prior over all candidate pairs.
  absl::StatusOr<Model> Train(const TableView& table,
                              const MatchOptions& options = {}) const;

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dqe

#endif  // DQE_ENGINE_H_
