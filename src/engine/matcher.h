// matcher.h: one matching run over a table (or two, for linkage) — the
// normalized features, the bound rules and comparisons, and the scoring of
// candidate pairs.
#ifndef DQE_ENGINE_MATCHER_H_
#define DQE_ENGINE_MATCHER_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "dqe/cluster.h"
#include "dqe/engine.h"
#include "src/block/blocker.h"
#include "src/cluster/union_find.h"
#include "src/compare/field_comparator.h"
#include "src/engine/match_plan.h"
#include "src/engine/name_frequency.h"
#include "src/engine/record_features.h"

namespace dqe::internal {

struct ScoredPairs {
  std::vector<MatchedPair> accepted;  // sorted by (a, b)
  std::vector<CannotLink> cannot_link;
};

class Matcher {
 public:
  // `table` holds the plan's schema columns for every row (left rows first
  // in linkage; left_rows = 0 for deduplication).
  Matcher(const MatchPlan& plan, const TableColumns& table, size_t left_rows,
          std::span<const uint8_t> flagged, int threads);

  size_t num_rows() const { return num_rows_; }
  const MatchPlan& plan() const { return plan_; }
  // The prior in use: the plan's, or the one derived from
  // duplicates_per_row and the number of rows.
  double prior() const { return prior_; }
  // The prior as a weight (log2 odds): a pair's weight is this plus the
  // evidence of its comparisons.
  double prior_weight() const { return prior_weight_; }

  // The matcher keeps its rows in its own order (row_layout.h): Candidates,
  // RuleCandidates, Levels and Explain speak of rows in that order (any
  // pair of rows below num_rows() is one pair of table rows); Score
  // returns table rows.

  // Candidates returns the candidate pairs of every rule (stats per rule).
  std::vector<uint64_t> Candidates(std::vector<RuleStats>* stats) const;
  // RuleCandidates returns one rule's pairs.
  std::vector<uint64_t> RuleCandidates(size_t rule, RuleStats* stats) const;

  // Levels writes the level of every comparison for the pair (a, b).
  void Levels(uint32_t a, uint32_t b, uint8_t* levels) const;

  // Explain writes every comparison's level and weight for the pair (a, b)
  // and returns the total weight (prior included).
  double Explain(uint32_t a, uint32_t b, uint8_t* levels, double* weights) const;

  // LayoutRow returns the matcher's row of table row `table_row`.
  uint32_t LayoutRow(uint32_t table_row) const { return layout_row_[table_row]; }

  // SetProbabilities replaces the levels' m and u (per comparison, per
  // level) and the prior; used while training. Not thread-safe.
  void SetProbabilities(const std::vector<std::vector<double>>& m,
                        const std::vector<std::vector<double>>& u, double prior);

  // Score scores candidate pairs (from Candidates) and keeps those at or
  // above the threshold that no cannot-link group forbids, in table rows.
  // With report_probability >= 0, pairs down to it are kept too, marked
  // not accepted.
  ScoredPairs Score(std::span<const uint64_t> pairs,
                    double report_probability = -1) const;

  const std::vector<BoundComparison>& comparisons() const { return comparisons_; }

 private:
  double LevelWeight(size_t comparison, uint8_t level, uint32_t a,
                     uint32_t b) const;
  std::string SortKey(uint32_t row) const;
  BlockingOptions Blocking() const;

  // Puts a pair's rows in table order: a pair is scored as (first table
  // row, second table row), whatever the layout.
  void InTableOrder(uint32_t* a, uint32_t* b) const;

  const MatchPlan& plan_;
  size_t num_rows_;
  size_t left_rows_;
  std::span<const uint8_t> flagged_;  // per row of the layout
  std::vector<uint8_t> flagged_storage_;
  // row_of_[row]: the table row laid out at `row`; layout_row_: the inverse.
  std::vector<uint32_t> row_of_;
  std::vector<uint32_t> layout_row_;
  int threads_;
  std::vector<SourceFeatures> features_;
  std::vector<BoundComparison> comparisons_;
  std::vector<BoundRule> rules_;
  // weights_[c][level]: log2(m/u); u_[c][level]: u.
  std::vector<std::vector<double>> weights_;
  std::vector<std::vector<double>> u_;
  // Term frequencies of the first "equal" level's values: counts per value
  // (name: sorted key; phone: each number; other: key), and the number of
  // rows with a value. Empty when the comparison has none.
  struct TermFrequencies {
    absl::flat_hash_map<std::string_view, uint32_t> counts;
    size_t present = 0;
    double u = 0;
  };
  double TfAdjust(size_t comparison, double u, uint32_t a, uint32_t b) const;
  std::vector<TermFrequencies> tf_;
  // Per comparison and level: whether the level is an equality the term
  // frequencies adjust.
  std::vector<std::vector<bool>> tf_level_;
  std::vector<int> tf_first_;  // the first such level, -1: none
  // Per comparison: the first level that says the values differ (an
  // "other_kind" level, else the last): cannot-link guards fire from it on.
  std::vector<uint8_t> differ_level_;
  // Per comparison: whether it compares phones or e-mails, whose values of
  // another kind one person holds side by side.
  std::vector<uint8_t> contact_kind_;
  double prior_weight_ = 0.0;
  double prior_ = 0.0;
  double threshold_weight_ = 0.0;
  // Score works out the cannot-link guards' comparisons first, then the
  // rest in order_: by their largest possible weight, best_[c]
  // (best_total_: all of them). A pair that cannot reach the threshold
  // even with every comparison left at its best is dropped; kDropSlack
  // keeps rounding from dropping one that can.
  std::vector<size_t> order_;
  std::vector<double> best_;
  double best_total_ = 0.0;
  static constexpr double kDropSlack = 1e-9;
  void PlanOrder();
  // FindSharedLines fills shared_lines_ and points the phone comparisons at
  // them.
  void FindSharedLines();
  const SourceFeatures* NameFeatures() const;
  void CountPeople(UnionFind& people);
  // Per name comparison: log2 of each row's name's share estimated from
  // its words (EstimateNameShares); empty for other comparisons.
  std::vector<NameShares> name_shares_;
  // Per comparison: the numbers found in use as shared lines.
  std::vector<absl::flat_hash_set<std::string_view>> shared_lines_;
  // FindNameLikeUsers fills name_like_users_ and points the e-mail
  // comparisons at them.
  void FindNameLikeUsers();
  std::vector<std::vector<uint8_t>> name_like_users_;
};

}  // namespace dqe::internal

#endif  // DQE_ENGINE_MATCHER_H_
