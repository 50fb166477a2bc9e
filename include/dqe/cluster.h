// dqe/cluster.h: groups records into clusters from scored candidate pairs.
//
// Clustering is union-find over the accepted pairs, taken strongest first,
// with cannot-link guards: two records known to be different people (say,
// both have valid phones that differ and e-mails that differ) never end up in
// one cluster, neither directly nor through a chain of other records.
//
// Cluster ids are stable: a cluster's id is the smallest member id (byte
// order of the external id; the row number breaks ties between equal ids), so
// the same input gives the same clusters and the same ids whatever the row
// order or the number of threads that scored the pairs.
//
//   std::vector<std::string_view> ids = {"c3", "c1", "c2"};
//   std::vector<dqe::ScoredPair> pairs = {{0, 1, 12.5}, {1, 2, 3.0}};
//   dqe::ClusterResult r = dqe::ClusterPairs(ids, pairs, /*cannot_link=*/{});
//   // r.representative == {1, 1, 1}: one cluster, id "c1".
#ifndef DQE_CLUSTER_H_
#define DQE_CLUSTER_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "dqe/export.h"

namespace dqe {

// A pair of rows (0-based row numbers) with its match weight. Only pairs the
// caller accepted (weight at or above its threshold) are given to ClusterPairs.
struct ScoredPair {
  uint32_t a = 0;
  uint32_t b = 0;
  double weight = 0.0;
};

// Two rows that must never share a cluster. A soft cannot-link (the rows
// differ where they were compared, but fields that could have told them apart
// further are missing) gives way to strong evidence joining their clusters
// through other rows (see strong_weight); a hard one never does.
struct CannotLink {
  uint32_t a = 0;
  uint32_t b = 0;
  bool soft = false;
};

struct ClusterResult {
  // For every row, the row whose id names its cluster: the member with the
  // smallest id. A singleton is its own representative.
  std::vector<uint32_t> representative;
  // Number of clusters, singletons included.
  size_t num_clusters = 0;
  // Accepted pairs that were not used because joining their two clusters
  // would have put a cannot-link pair together.
  size_t pairs_blocked_by_guard = 0;
};

// ClusterPairs clusters ids.size() rows. Pairs are applied in order of
// decreasing weight (ties: by the smaller id, then the larger id, then the
// row numbers; a NaN weight counts as weaker than any other, -0.0 as 0.0),
// each joining the clusters of its two rows unless the joined cluster would
// hold both rows of some CannotLink; such a refused pair is counted in
// pairs_blocked_by_guard. A pair whose rows already share a cluster changes
// nothing and is not counted. Pairs and cannot-links naming a row >=
// ids.size() or a row with itself are ignored; the order of pairs, the order
// of cannot-links and the order of a and b within either do not matter.
//
// Deterministic; with distinct ids, reordering the rows (and renumbering the
// pairs to match) gives the same clusters with the same ids. Throws nothing
// but std::bad_alloc. Time O(n log n + p log p + c log c) for n rows, p pairs
// and c cannot-links, plus, for a refused pair, at worst a scan of the
// shorter cannot-link list of its two clusters; about 48 bytes of working
// memory per pair. Requires ids.size() < 2^32 - 1. The ids are only read
// during the call. Safe to call from several threads at once.
//
// strong_weight (default: none) softens the transitive guard: a pair whose
// weight is at or above it joins its two clusters even when other members of
// the two are soft cannot-links (a person with two mobiles and two e-mails
// over the years, tied together by rows that share them); the pair's own
// cannot-link and hard cannot-links between the clusters still refuse it.
DQE_EXPORT ClusterResult ClusterPairs(
    std::span<const std::string_view> ids, std::span<const ScoredPair> pairs,
    std::span<const CannotLink> cannot_link,
    double strong_weight = std::numeric_limits<double>::infinity());

}  // namespace dqe

#endif  // DQE_CLUSTER_H_
