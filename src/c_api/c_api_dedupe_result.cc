// The C API's accessors of a dqe_dedupe_result: clusters, comparisons and
// their levels, pairs with their explanation, counts. Nothing here allocates
// or can throw, so the accessors need no exception guard.
#include <cstdint>
#include <string_view>

#include "dqe.h"
#include "dqe/engine.h"
#include "src/c_api/c_api_internal.h"

using dqe::c_api::Out;

extern "C" {

void dqe_dedupe_result_destroy(dqe_dedupe_result* result) { delete result; }

size_t dqe_dedupe_result_rows(const dqe_dedupe_result* result) {
  return result == nullptr ? 0 : result->result.cluster_of_row.size();
}

dqe_status dqe_dedupe_result_cluster(const dqe_dedupe_result* result,
                                     size_t row, size_t* cluster_row) {
  if (result == nullptr || cluster_row == nullptr) return DQE_INVALID_ARGUMENT;
  if (row >= result->result.cluster_of_row.size()) return DQE_OUT_OF_RANGE;
  *cluster_row = result->result.cluster_of_row[row];
  return DQE_OK;
}

dqe_status dqe_dedupe_result_clusters(const dqe_dedupe_result* result,
                                      size_t* cluster_rows, size_t n) {
  if (result == nullptr) return DQE_INVALID_ARGUMENT;
  const auto& clusters = result->result.cluster_of_row;
  if (n != clusters.size() || (cluster_rows == nullptr && n != 0)) {
    return DQE_INVALID_ARGUMENT;
  }
  for (size_t i = 0; i < n; ++i) cluster_rows[i] = clusters[i];
  return DQE_OK;
}

size_t dqe_dedupe_result_comparisons(const dqe_dedupe_result* result) {
  return result == nullptr ? 0 : result->result.comparisons.size();
}

dqe_status dqe_dedupe_result_comparison_name(const dqe_dedupe_result* result,
                                             size_t comparison,
                                             dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  if (comparison >= result->result.comparisons.size()) return DQE_OUT_OF_RANGE;
  *out = Out(result->result.comparisons[comparison].name);
  return DQE_OK;
}

dqe_status dqe_dedupe_result_comparison_levels(const dqe_dedupe_result* result,
                                               size_t comparison, size_t* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  if (comparison >= result->result.comparisons.size()) return DQE_OUT_OF_RANGE;
  *out = result->result.comparisons[comparison].levels.size();
  return DQE_OK;
}

dqe_status dqe_dedupe_result_level_name(const dqe_dedupe_result* result,
                                        size_t comparison, size_t level,
                                        dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  const auto& comparisons = result->result.comparisons;
  if (comparison >= comparisons.size() ||
      level >= comparisons[comparison].levels.size()) {
    return DQE_OUT_OF_RANGE;
  }
  *out = Out(comparisons[comparison].levels[level]);
  return DQE_OK;
}

size_t dqe_dedupe_result_pairs(const dqe_dedupe_result* result) {
  return result == nullptr ? 0 : result->result.pairs.size();
}

dqe_status dqe_dedupe_result_pair(const dqe_dedupe_result* result, size_t i,
                                  size_t* row_a, size_t* row_b, double* weight,
                                  double* probability) {
  if (result == nullptr) return DQE_INVALID_ARGUMENT;
  if (i >= result->result.pairs.size()) return DQE_OUT_OF_RANGE;
  const dqe::MatchedPair& pair = result->result.pairs[i];
  if (row_a != nullptr) *row_a = pair.a;
  if (row_b != nullptr) *row_b = pair.b;
  if (weight != nullptr) *weight = pair.weight;
  if (probability != nullptr) *probability = pair.probability;
  return DQE_OK;
}

dqe_status dqe_dedupe_result_pair_level(const dqe_dedupe_result* result,
                                        size_t i, size_t comparison,
                                        int* level, dqe_string* level_name,
                                        double* weight) {
  if (result == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::DedupeResult& r = result->result;
  if (i >= r.pairs.size() || comparison >= r.comparisons.size()) {
    return DQE_OUT_OF_RANGE;
  }
  const dqe::MatchedPair& pair = r.pairs[i];
  const uint8_t l =
      comparison < pair.levels.size() ? pair.levels[comparison]
                                      : dqe::MatchedPair::kMissing;
  const auto& names = r.comparisons[comparison].levels;
  const bool missing = l == dqe::MatchedPair::kMissing || l >= names.size();
  if (level != nullptr) *level = missing ? DQE_LEVEL_MISSING : l;
  if (level_name != nullptr) {
    *level_name = missing ? Out("missing") : Out(names[l]);
  }
  if (weight != nullptr) {
    *weight = comparison < pair.weights.size() ? pair.weights[comparison] : 0.0;
  }
  return DQE_OK;
}

dqe_status dqe_dedupe_result_stat(const dqe_dedupe_result* result,
                                  dqe_stat stat, uint64_t* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::MatchStats& s = result->result.stats;
  switch (stat) {
    case DQE_STAT_ROWS: *out = s.rows; return DQE_OK;
    case DQE_STAT_FLAGGED_ROWS: *out = s.flagged_rows; return DQE_OK;
    case DQE_STAT_CANDIDATE_PAIRS: *out = s.candidate_pairs; return DQE_OK;
    case DQE_STAT_ACCEPTED_PAIRS: *out = s.accepted_pairs; return DQE_OK;
    case DQE_STAT_PAIRS_BLOCKED_BY_GUARD:
      *out = s.pairs_blocked_by_guard;
      return DQE_OK;
    case DQE_STAT_CLUSTERS: *out = s.clusters; return DQE_OK;
    case DQE_STAT_LARGEST_BLOCK: *out = s.largest_block; return DQE_OK;
  }
  return DQE_INVALID_ARGUMENT;
}

}  // extern "C"
