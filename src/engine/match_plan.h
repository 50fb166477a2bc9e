// match_plan.h: a config bound to a table's header — which columns each
// comparison and blocking key reads, how they are normalized, and the
// weight of every level.
#ifndef DQE_ENGINE_MATCH_PLAN_H_
#define DQE_ENGINE_MATCH_PLAN_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/schema.h"
#include "dqe/score.h"
#include "src/engine/record_features.h"

namespace dqe::internal {

struct PlannedComparison {
  ComparisonSpec spec;  // levels with m and u filled in
  Kind kind = Kind::kText;
  int source = -1;      // index into MatchPlan::sources
  bool term_frequency = false;
  std::vector<int> columns;  // schema column indices
};

struct PlannedRule {
  BlockingRule rule;
  std::vector<int> sources;  // one per key part
  std::vector<int> columns;  // schema column indices the parts read
};

struct MatchPlan {
  Schema schema;
  std::vector<SourceSpec> sources;
  std::vector<PlannedComparison> comparisons;
  std::vector<PlannedRule> rules;
  // Cannot-link guards as comparison indices (see Config::cannot_link).
  struct Guard {
    std::vector<int> differ, unless;
  };
  std::vector<Guard> cannot_link;
  BlockingSpec blocking;
  double threshold = 0.95;
  // The probability that two random rows match; 0: from duplicates_per_row
  // and the table's size (see Config).
  double prior = 0.0;
  double duplicates_per_row = 0.5;
  std::string default_region = "VN";
};

// The default levels (with m and u) of a kind; see config_defaults.cc.
std::vector<LevelSpec> DefaultLevels(Kind kind, Role role);

// BuildPlan binds `config` to a header.
absl::StatusOr<MatchPlan> BuildPlan(const Config& config,
                                    const std::vector<std::string>& header);

// ApplyModel replaces the plan's m, u and prior with the model's; the model
// must name the same comparisons with the same levels.
absl::Status ApplyModel(const Model& model, MatchPlan* plan);

// CityColumn returns the index of the schema's first city column, -1 when
// there is none: rows without a country read their phones in its country.
inline int CityColumn(const Schema& schema) {
  for (size_t i = 0; i < schema.columns.size(); ++i) {
    if (schema.columns[i].kind == Kind::kCity) return static_cast<int>(i);
  }
  return -1;
}

// Comparisons describes the plan's comparisons for results.
std::vector<ComparisonInfo> Comparisons(const MatchPlan& plan);

}  // namespace dqe::internal

#endif  // DQE_ENGINE_MATCH_PLAN_H_
