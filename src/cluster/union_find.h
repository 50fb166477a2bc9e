// union_find.h: disjoint sets over the elements 0..n-1, with path compression
// and union by size, so that any sequence of m operations costs
// O(m·α(n)) (α: the inverse Ackermann function, at most 4 in practice).
//
//   dqe::internal::UnionFind uf(4);
//   uf.Union(0, 1);
//   uf.Union(2, 1);
//   // uf.Find(2) == uf.Find(0), uf.SetSize(0) == 3, uf.num_sets() == 2.
//
// Find is iterative (a chain of a million elements does not overflow the
// stack). Not thread-safe: Find writes (it compresses paths).
#ifndef DQE_CLUSTER_UNION_FIND_H_
#define DQE_CLUSTER_UNION_FIND_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace dqe::internal {

class UnionFind {
 public:
  // UnionFind makes n singleton sets {0}, {1}, …, {n-1}.
  explicit UnionFind(uint32_t n) : parent_(n), size_(n, 1), num_sets_(n) {
    for (uint32_t i = 0; i < n; ++i) parent_[i] = i;
  }

  // size returns the number of elements.
  uint32_t size() const { return static_cast<uint32_t>(parent_.size()); }

  // num_sets returns the number of disjoint sets.
  uint32_t num_sets() const { return num_sets_; }

  // Find returns the root of x's set; every element on the way is then made
  // a direct child of that root. Requires x < size().
  uint32_t Find(uint32_t x) {
    uint32_t root = x;
    while (parent_[root] != root) root = parent_[root];
    while (parent_[x] != root) {
      const uint32_t next = parent_[x];
      parent_[x] = root;
      x = next;
    }
    return root;
  }

  // Prefetch asks the CPU to load x's parent link, ahead of a Find(x) a few
  // steps later (the loads of a Find over random elements are cache misses).
  void Prefetch(uint32_t x) const { __builtin_prefetch(&parent_[x]); }

  // IsRoot returns whether x is the root of its set.
  bool IsRoot(uint32_t x) const { return parent_[x] == x; }

  // LinkRoots joins the sets whose roots are ra and rb (two different roots)
  // and returns the root of the joined set: the root of the larger set, ra
  // when the sizes are equal.
  uint32_t LinkRoots(uint32_t ra, uint32_t rb) {
    if (size_[ra] < size_[rb]) std::swap(ra, rb);
    parent_[rb] = ra;
    size_[ra] += size_[rb];
    --num_sets_;
    return ra;
  }

  // Union joins the sets of x and y. Returns false when they were already one
  // set (nothing changes), true otherwise.
  bool Union(uint32_t x, uint32_t y) {
    const uint32_t rx = Find(x);
    const uint32_t ry = Find(y);
    if (rx == ry) return false;
    LinkRoots(rx, ry);
    return true;
  }

  // Connected returns whether x and y are in the same set.
  bool Connected(uint32_t x, uint32_t y) { return Find(x) == Find(y); }

  // SetSize returns the number of elements in x's set.
  uint32_t SetSize(uint32_t x) { return size_[Find(x)]; }

 private:
  std::vector<uint32_t> parent_;
  std::vector<uint32_t> size_;  // meaningful at roots only
  uint32_t num_sets_;
};

}  // namespace dqe::internal

#endif  // DQE_CLUSTER_UNION_FIND_H_
