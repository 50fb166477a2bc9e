// ClusterPairs: union-find over the pairs, strongest first, with transitive
// cannot-link guards.
//
// The work is two sorts and one pass:
//  1. ids are ranked once in byte order (radix sort on 8 bytes, string
//     comparisons only among ties), so that neither the pair order nor the
//     representatives need a string comparison afterwards;
//  2. pairs become fixed-size records keyed by (weight, id rank of the smaller
//     id, id rank of the larger id, rows) and are radix-sorted on those
//     integers;
//  3. one pass over the sorted pairs joins clusters (union-find), checking
//     each join against the cannot-link graph between clusters (Guards).
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "dqe/cluster.h"
#include "src/cluster/union_find.h"

namespace dqe {
namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

// RadixSort sorts v stably by key(element), an unsigned 64-bit integer, in
// 11-bit digits from the least significant; a digit in which every element
// falls in one bucket (e.g. the high bits of a small rank) costs no pass.
// scratch is working space (resized to v.size()).
template <typename T, typename KeyFn>
void RadixSort(std::vector<T>& v, std::vector<T>& scratch, KeyFn key) {
  constexpr int kBits = 11;
  constexpr int kDigits = (64 + kBits - 1) / kBits;
  constexpr size_t kBuckets = size_t{1} << kBits;
  constexpr uint64_t kMask = kBuckets - 1;
  if (v.size() < 256) {  // not worth the counting
    std::stable_sort(v.begin(), v.end(), [&key](const T& x, const T& y) {
      return key(x) < key(y);
    });
    return;
  }
  std::vector<size_t> count(kDigits * kBuckets, 0);
  for (const T& x : v) {
    const uint64_t k = key(x);
    for (int d = 0; d < kDigits; ++d) {
      ++count[d * kBuckets + ((k >> (d * kBits)) & kMask)];
    }
  }
  scratch.resize(v.size());
  for (int d = 0; d < kDigits; ++d) {
    size_t* c = &count[d * kBuckets];
    const uint64_t first = (key(v[0]) >> (d * kBits)) & kMask;
    if (c[first] == v.size()) continue;  // one bucket: nothing to reorder
    size_t offset = 0;
    for (size_t b = 0; b < kBuckets; ++b) offset += std::exchange(c[b], offset);
    for (const T& x : v) scratch[c[(key(x) >> (d * kBits)) & kMask]++] = x;
    v.swap(scratch);
  }
}

// The length of the prefix all ids share.
size_t CommonPrefixLength(std::span<const std::string_view> ids) {
  if (ids.empty()) return 0;
  size_t lcp = ids[0].size();
  for (std::string_view id : ids) {
    lcp = std::min(lcp, id.size());
    size_t i = 0;
    while (i < lcp && id[i] == ids[0][i]) ++i;
    lcp = i;
    if (lcp == 0) break;
  }
  return lcp;
}

// The first 8 bytes of s, big-endian, zero-padded: comparing two prefixes as
// integers orders them as their bytes would (a tie needs the full strings).
uint64_t Prefix8(std::string_view s) {
  unsigned char bytes[8] = {};
  if (!s.empty()) std::memcpy(bytes, s.data(), std::min<size_t>(s.size(), 8));
  uint64_t prefix = 0;
  for (unsigned char b : bytes) prefix = (prefix << 8) | b;
  return prefix;
}

// IdRanks returns, for every row, the rank of its id among the distinct ids
// in byte order (equal ids, equal rank). Rows are sorted on the 8 bytes after
// the ids' common prefix (e.g. after "CUST-"); only rows whose 8 bytes tie
// are compared as strings.
std::vector<uint32_t> IdRanks(std::span<const std::string_view> ids) {
  const uint32_t n = static_cast<uint32_t>(ids.size());
  const size_t lcp = CommonPrefixLength(ids);
  struct Entry {
    uint64_t prefix;
    uint32_t row;
  };
  std::vector<Entry> entries(n);
  for (uint32_t r = 0; r < n; ++r) {
    entries[r] = {Prefix8(ids[r].substr(lcp)), r};
  }
  {
    std::vector<Entry> scratch;
    RadixSort(entries, scratch, [](const Entry& e) { return e.prefix; });
  }
  // Runs of equal prefixes: order by the whole id, then by row (char_traits
  // <char> compares as unsigned char, i.e. in byte order).
  for (size_t begin = 0; begin < n;) {
    size_t end = begin + 1;
    while (end < n && entries[end].prefix == entries[begin].prefix) ++end;
    if (end - begin > 1) {
      std::sort(entries.begin() + begin, entries.begin() + end,
                [ids](const Entry& x, const Entry& y) {
                  const int c = ids[x.row].compare(ids[y.row]);
                  return c != 0 ? c < 0 : x.row < y.row;
                });
    }
    begin = end;
  }
  std::vector<uint32_t> id_rank(n);
  uint32_t rank = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t row = entries[i].row;
    if (i > 0 && (entries[i].prefix != entries[i - 1].prefix ||
                  ids[row] != ids[entries[i - 1].row])) {
      ++rank;
    }
    id_rank[row] = rank;
  }
  return id_rank;
}

// An unsigned key that orders weights from strongest to weakest. -0.0 counts
// as 0.0, and every NaN as weaker than anything else (so the order is total).
uint64_t DescendingWeightKey(double weight) {
  if (std::isnan(weight)) return std::numeric_limits<uint64_t>::max();
  if (weight == 0.0) weight = 0.0;
  const uint64_t bits = std::bit_cast<uint64_t>(weight);
  constexpr uint64_t kSign = uint64_t{1} << 63;
  const uint64_t ascending = (bits & kSign) ? ~bits : (bits | kSign);
  return ~ascending;
}

// A pair ready to apply: lo is the row with the smaller (id, row).
struct Edge {
  uint64_t weight_key;  // DescendingWeightKey
  uint64_t id_key;      // id rank of lo, then id rank of hi, packed
  uint32_t lo;
  uint32_t hi;
};

// SortedEdges returns the valid pairs in the order they are applied:
// weight_key, then id_key, then rows.
std::vector<Edge> SortedEdges(std::span<const ScoredPair> pairs,
                              const std::vector<uint32_t>& id_rank) {
  const uint32_t n = static_cast<uint32_t>(id_rank.size());
  // Pack two ranks into as few bits as they need (at most 32 each), so that
  // fewer radix digits vary.
  const int rank_bits = n <= 1 ? 1 : std::bit_width(n - 1);
  std::vector<Edge> edges;
  edges.reserve(pairs.size());
  for (const ScoredPair& p : pairs) {
    if (p.a >= n || p.b >= n || p.a == p.b) continue;
    uint32_t lo = p.a, hi = p.b;
    uint64_t rank_lo = id_rank[lo], rank_hi = id_rank[hi];
    if (rank_hi < rank_lo || (rank_hi == rank_lo && hi < lo)) {
      std::swap(lo, hi);
      std::swap(rank_lo, rank_hi);
    }
    edges.push_back({DescendingWeightKey(p.weight),
                     (rank_lo << rank_bits) | rank_hi, lo, hi});
  }
  {
    std::vector<Edge> scratch;
    RadixSort(edges, scratch, [](const Edge& e) { return e.id_key; });
    RadixSort(edges, scratch, [](const Edge& e) { return e.weight_key; });
  }
  // Equal keys: the same pair given twice, or equal ids; order by rows.
  const size_t m = edges.size();
  for (size_t begin = 0; begin < m;) {
    size_t end = begin + 1;
    while (end < m && edges[end].weight_key == edges[begin].weight_key &&
           edges[end].id_key == edges[begin].id_key) {
      ++end;
    }
    if (end - begin > 1) {
      std::sort(edges.begin() + begin, edges.begin() + end,
                [](const Edge& x, const Edge& y) {
                  return x.lo != y.lo ? x.lo < y.lo : x.hi < y.hi;
                });
    }
    begin = end;
  }
  return edges;
}

// The cannot-links, kept per cluster: each cluster root with cannot-links owns
// the list of their other rows (which may lie in any cluster). Two clusters
// conflict when a row of one's list lies in the other. A cannot-link is in
// the lists of both its clusters, so scanning the shorter list suffices, and
// lists merge small into large, so an entry moves O(log c) times in all.
// Two shortcuts: a pair that is itself a cannot-link (the usual refusal: two
// rows with different phones and e-mails) is one lookup, and two clusters
// found in conflict stay in conflict (clusters only grow), so their roots are
// remembered and a later pair between them is one lookup too.
class Guards {
 public:
  // Guards records the cannot-links among n rows; those naming a row >= n or
  // a row with itself are dropped.
  Guards(uint32_t n, std::span<const CannotLink> cannot_link) {
    auto valid = [n](const CannotLink& c) {
      return c.a < n && c.b < n && c.a != c.b;
    };
    std::vector<uint32_t> degree;
    for (const CannotLink& c : cannot_link) {
      if (!valid(c)) continue;
      if (degree.empty()) degree.assign(n, 0);
      ++degree[c.a];
      ++degree[c.b];
    }
    if (degree.empty()) return;
    slot_.assign(n, kNone);
    direct_.reserve(cannot_link.size());
    for (const CannotLink& c : cannot_link) {
      if (!valid(c) || !direct_.insert(Key(c.a, c.b)).second) continue;
      ListOf(c.a, degree[c.a]).push_back(c.b);
      ListOf(c.b, degree[c.b]).push_back(c.a);
    }
  }

  bool empty() const { return slot_.empty(); }

  // Conflict returns whether the clusters rooted at ra and rb (different
  // roots), which hold the rows a and b, hold the two rows of some
  // cannot-link.
  // Direct returns whether a and b are themselves a cannot-link.
  bool Direct(uint32_t a, uint32_t b) const { return direct_.contains(Key(a, b)); }

  bool Conflict(uint32_t a, uint32_t b, uint32_t ra, uint32_t rb,
                internal::UnionFind& uf) {
    const uint32_t sa = slot_[ra], sb = slot_[rb];
    if (sa == kNone || sb == kNone) return false;  // a link needs both lists
    if (direct_.contains(Key(a, b))) return true;
    if (apart_.contains(Key(ra, rb))) return true;
    std::vector<uint32_t>& list =
        lists_[sb].size() < lists_[sa].size() ? lists_[sb] : lists_[sa];
    const uint32_t other = &list == &lists_[sb] ? ra : rb;
    for (size_t i = 0; i < list.size(); ++i) {
      if (uf.Find(list[i]) == other) {
        apart_.insert(Key(ra, rb));
        return true;
      }
    }
    return false;
  }

  // Joined moves the cannot-links of the clusters rooted at ra and rb to
  // root, the root (ra or rb) of their union.
  void Joined(uint32_t ra, uint32_t rb, uint32_t root) {
    uint32_t sa = slot_[ra], sb = slot_[rb];
    if (sa == kNone || sb == kNone) {
      slot_[root] = sa == kNone ? sb : sa;
      return;
    }
    if (lists_[sa].size() < lists_[sb].size()) std::swap(sa, sb);
    std::vector<uint32_t>& big = lists_[sa];
    std::vector<uint32_t>& small = lists_[sb];
    big.insert(big.end(), small.begin(), small.end());
    std::vector<uint32_t>().swap(small);
    slot_[root] = sa;
  }

 private:
  static uint64_t Key(uint32_t a, uint32_t b) {
    if (b < a) std::swap(a, b);
    return (uint64_t{a} << 32) | b;
  }

  std::vector<uint32_t>& ListOf(uint32_t row, uint32_t degree) {
    if (slot_[row] == kNone) {
      slot_[row] = static_cast<uint32_t>(lists_.size());
      lists_.emplace_back().reserve(degree);
    }
    return lists_[slot_[row]];
  }

  absl::flat_hash_set<uint64_t> direct_;  // the cannot-links, as row pairs
  absl::flat_hash_set<uint64_t> apart_;   // roots found in conflict
  std::vector<uint32_t> slot_;            // root -> index in lists_, or kNone
  std::vector<std::vector<uint32_t>> lists_;
};

}  // namespace

ClusterResult ClusterPairs(std::span<const std::string_view> ids,
                           std::span<const ScoredPair> pairs,
                           std::span<const CannotLink> cannot_link,
                           double strong_weight) {
  const uint32_t n = static_cast<uint32_t>(ids.size());
  const bool has_strong = std::isfinite(strong_weight);
  const uint64_t strong_key = has_strong ? DescendingWeightKey(strong_weight) : 0;
  ClusterResult result;
  const std::vector<uint32_t> id_rank = IdRanks(ids);
  // A cannot-link matters only between rows that some pair would join to
  // another: a row in no pair stays alone whatever it may not be linked
  // to. (Most cannot-links hold two namesakes apart, neither of whom has a
  // duplicate.)
  std::vector<uint8_t> paired(n, 0);
  for (const ScoredPair& p : pairs) {
    if (p.a < n && p.b < n && p.a != p.b) paired[p.a] = paired[p.b] = 1;
  }
  std::vector<CannotLink> links;
  for (const CannotLink& c : cannot_link) {
    if (c.a < n && c.b < n && paired[c.a] && paired[c.b]) links.push_back(c);
  }
  paired = {};
  Guards guards(n, links);
  // The hard cannot-links alone: what strong pairs are checked against.
  std::vector<CannotLink> hard_links;
  if (has_strong) {
    for (const CannotLink& c : links) {
      if (!c.soft) hard_links.push_back(c);
    }
  }
  Guards hard(n, hard_links);
  internal::UnionFind uf(n);
  {
    const std::vector<Edge> edges = SortedEdges(pairs, id_rank);
    const size_t m = edges.size();
    constexpr size_t kAhead = 8;  // Find's first load, issued early
    for (size_t i = 0; i < m; ++i) {
      if (i + kAhead < m) {
        uf.Prefetch(edges[i + kAhead].lo);
        uf.Prefetch(edges[i + kAhead].hi);
      }
      const Edge& e = edges[i];
      const uint32_t ra = uf.Find(e.lo);
      const uint32_t rb = uf.Find(e.hi);
      if (ra == rb) continue;
      if (guards.empty()) {
        uf.LinkRoots(ra, rb);
      } else if (has_strong && e.weight_key <= strong_key) {
        // Strong evidence joins the clusters unless the pair itself, or a
        // hard cannot-link between them, says no.
        if (guards.Direct(e.lo, e.hi) ||
            (!hard.empty() && hard.Conflict(e.lo, e.hi, ra, rb, uf))) {
          ++result.pairs_blocked_by_guard;
        } else {
          const uint32_t root = uf.LinkRoots(ra, rb);
          guards.Joined(ra, rb, root);
          if (!hard.empty()) hard.Joined(ra, rb, root);
        }
      } else if (guards.Conflict(e.lo, e.hi, ra, rb, uf)) {
        ++result.pairs_blocked_by_guard;
      } else {
        const uint32_t root = uf.LinkRoots(ra, rb);
        guards.Joined(ra, rb, root);
        if (!hard.empty()) hard.Joined(ra, rb, root);
      }
    }
  }

  // Each root finds its member with the smallest (id rank, row): rows come in
  // increasing order, so only a strictly smaller id rank replaces the best.
  std::vector<uint32_t> best(n, kNone);
  result.representative.resize(n);
  for (uint32_t r = 0; r < n; ++r) {
    const uint32_t root = uf.Find(r);
    result.representative[r] = root;  // until the second pass
    if (best[root] == kNone || id_rank[r] < id_rank[best[root]]) best[root] = r;
  }
  for (uint32_t r = 0; r < n; ++r) {
    result.representative[r] = best[result.representative[r]];
  }
  result.num_clusters = uf.num_sets();
  return result;
}

}  // namespace dqe
