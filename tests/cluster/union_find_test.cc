// UnionFind: the operations on small cases, a million-element chain, and
// random unions checked against a naive relabelling reference.
#include "src/cluster/union_find.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

namespace dqe::internal {
namespace {

TEST(UnionFindTest, StartsAsSingletons) {
  UnionFind uf(5);
  EXPECT_EQ(uf.size(), 5u);
  EXPECT_EQ(uf.num_sets(), 5u);
  for (uint32_t i = 0; i < 5; ++i) {
    EXPECT_EQ(uf.Find(i), i);
    EXPECT_TRUE(uf.IsRoot(i));
    EXPECT_EQ(uf.SetSize(i), 1u);
  }
}

TEST(UnionFindTest, EmptyIsFine) {
  UnionFind uf(0);
  EXPECT_EQ(uf.size(), 0u);
  EXPECT_EQ(uf.num_sets(), 0u);
}

TEST(UnionFindTest, UnionJoinsAndReportsWhetherItDid) {
  UnionFind uf(6);
  EXPECT_TRUE(uf.Union(0, 1));
  EXPECT_TRUE(uf.Union(2, 1));
  EXPECT_FALSE(uf.Union(0, 2));  // already one set
  EXPECT_FALSE(uf.Union(3, 3));
  EXPECT_TRUE(uf.Connected(0, 2));
  EXPECT_FALSE(uf.Connected(0, 3));
  EXPECT_EQ(uf.SetSize(2), 3u);
  EXPECT_EQ(uf.SetSize(3), 1u);
  EXPECT_EQ(uf.num_sets(), 4u);  // {0,1,2} {3} {4} {5}
}

TEST(UnionFindTest, LinkRootsKeepsTheLargerSetsRoot) {
  UnionFind uf(5);
  uf.Union(0, 1);
  uf.Union(0, 2);
  const uint32_t big = uf.Find(0);
  EXPECT_EQ(uf.LinkRoots(3, big), big);
  EXPECT_EQ(uf.Find(3), big);
  EXPECT_EQ(uf.SetSize(3), 4u);
  // Equal sizes: the first root stays.
  UnionFind pair(2);
  EXPECT_EQ(pair.LinkRoots(1, 0), 1u);
  EXPECT_FALSE(pair.IsRoot(0));
}

TEST(UnionFindTest, LongChainDoesNotOverflowTheStack) {
  // A million records joined one after another, as a long chain of
  // duplicates would be.
  constexpr uint32_t kN = 1'000'000;
  UnionFind uf(kN);
  for (uint32_t i = 1; i < kN; ++i) ASSERT_TRUE(uf.Union(i - 1, i));
  EXPECT_EQ(uf.num_sets(), 1u);
  const uint32_t root = uf.Find(0);
  for (uint32_t i = 0; i < kN; ++i) ASSERT_EQ(uf.Find(i), root);
  EXPECT_EQ(uf.SetSize(kN - 1), kN);
}

TEST(UnionFindTest, MatchesNaiveRelabellingOnRandomUnions) {
  std::mt19937 rng(20240611);
  for (int trial = 0; trial < 200; ++trial) {
    const uint32_t n = 1 + rng() % 80;
    UnionFind uf(n);
    std::vector<uint32_t> label(n);
    for (uint32_t i = 0; i < n; ++i) label[i] = i;
    uint32_t sets = n;
    const int ops = static_cast<int>(rng() % (3 * n));
    for (int op = 0; op < ops; ++op) {
      const uint32_t x = rng() % n, y = rng() % n;
      const bool differ = label[x] != label[y];
      ASSERT_EQ(uf.Union(x, y), differ);
      if (differ) {
        const uint32_t old = label[y];
        for (uint32_t& l : label) {
          if (l == old) l = label[x];
        }
        --sets;
      }
    }
    ASSERT_EQ(uf.num_sets(), sets);
    for (uint32_t x = 0; x < n; ++x) {
      uint32_t members = 0;
      for (uint32_t y = 0; y < n; ++y) {
        ASSERT_EQ(uf.Connected(x, y), label[x] == label[y]);
        members += label[x] == label[y];
      }
      ASSERT_EQ(uf.SetSize(x), members);
    }
  }
}

}  // namespace
}  // namespace dqe::internal
