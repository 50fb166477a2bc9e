// ClusterPairs: what users rely on, on CRM-looking ids (chains merge, the
// strongest pair wins, a cannot-link is never bridged by a third record,
// cluster ids are the smallest member id in byte order), then properties on
// random inputs: the result equals a slow reference that follows the header
// word for word, representatives are members with the smallest id, no
// cluster holds a cannot-link, every unused pair was blocked by one, and
// neither the order of the pairs nor the order of the rows changes the
// clusters or their ids. Without cannot-links, clusters are the connected
// components (checked by BFS).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <numeric>
#include <queue>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dqe/cluster.h"

namespace dqe {
namespace {

using ::testing::ElementsAre;

// Owns the id strings so that the views handed to ClusterPairs stay valid.
struct Rows {
  std::vector<std::string> ids;
  std::vector<std::string_view> Views() const {
    return std::vector<std::string_view>(ids.begin(), ids.end());
  }
};

ClusterResult Cluster(const Rows& rows, const std::vector<ScoredPair>& pairs,
                      const std::vector<CannotLink>& cannot_link = {}) {
  const std::vector<std::string_view> views = rows.Views();
  return ClusterPairs(views, pairs, cannot_link);
}

// The cluster id (the representative's external id) of every row.
std::vector<std::string> ClusterIds(const Rows& rows, const ClusterResult& r) {
  std::vector<std::string> out;
  for (uint32_t rep : r.representative) out.push_back(rows.ids[rep]);
  return out;
}

// ------------------------------------------------------ user-level cases ----

TEST(ClusterPairsTest, HeaderExample) {
  const Rows rows{{"c3", "c1", "c2"}};
  const ClusterResult r = Cluster(rows, {{0, 1, 12.5}, {1, 2, 3.0}});
  EXPECT_THAT(r.representative, ElementsAre(1, 1, 1));
  EXPECT_EQ(r.num_clusters, 1u);
  EXPECT_EQ(r.pairs_blocked_by_guard, 0u);
}

TEST(ClusterPairsTest, EmptyInputs) {
  const ClusterResult none = Cluster(Rows{}, {});
  EXPECT_TRUE(none.representative.empty());
  EXPECT_EQ(none.num_clusters, 0u);
  EXPECT_EQ(none.pairs_blocked_by_guard, 0u);

  // Pairs and cannot-links over no rows are all out of range.
  const ClusterResult stray = Cluster(Rows{}, {{0, 1, 9.0}}, {{0, 1}});
  EXPECT_TRUE(stray.representative.empty());
  EXPECT_EQ(stray.num_clusters, 0u);

  // Rows without pairs: every row is its own cluster.
  const Rows rows{{"C0000123", "C0000007", "C0000456"}};
  const ClusterResult alone = Cluster(rows, {});
  EXPECT_THAT(alone.representative, ElementsAre(0, 1, 2));
  EXPECT_EQ(alone.num_clusters, 3u);
}

TEST(ClusterPairsTest, ChainOfDuplicatesMergesIntoOneCluster) {
  // rec-12-org was duplicated twice by an import; the duplicates match each
  // other and the original only through the chain. rec-40-org is unrelated.
  const Rows rows{{"rec-12-org", "rec-40-org", "rec-12-dup-1", "rec-12-dup-0"}};
  const ClusterResult r = Cluster(rows, {{0, 2, 11.0}, {2, 3, 8.5}});
  EXPECT_EQ(r.num_clusters, 2u);
  // The id is the smallest member id in byte order, not the "original".
  EXPECT_EQ(ClusterIds(rows, r),
            (std::vector<std::string>{"rec-12-dup-0", "rec-40-org",
                                      "rec-12-dup-0", "rec-12-dup-0"}));
}

TEST(ClusterPairsTest, CannotLinkIsNotBridgedByAThirdRecord) {
  // KH-001 and KH-002 are two customers named Nguyễn Văn An with different
  // valid phones and e-mails: cannot-link. KH-003 has the name only and
  // matches KH-001 more strongly than KH-002.
  const Rows rows{{"KH-001", "KH-002", "KH-003"}};
  const ClusterResult r = Cluster(rows, {{0, 2, 14.0}, {1, 2, 9.0}}, {{0, 1}});
  EXPECT_EQ(ClusterIds(rows, r),
            (std::vector<std::string>{"KH-001", "KH-002", "KH-001"}));
  EXPECT_EQ(r.num_clusters, 2u);
  EXPECT_EQ(r.pairs_blocked_by_guard, 1u);
}

TEST(ClusterPairsTest, StrongestPairWins) {
  // The same three customers, but KH-003 is closer to KH-002.
  const Rows rows{{"KH-001", "KH-002", "KH-003"}};
  const ClusterResult r = Cluster(rows, {{0, 2, 9.0}, {1, 2, 14.0}}, {{1, 0}});
  EXPECT_EQ(ClusterIds(rows, r),
            (std::vector<std::string>{"KH-001", "KH-002", "KH-002"}));
  EXPECT_EQ(r.pairs_blocked_by_guard, 1u);
}

TEST(ClusterPairsTest, GuardHoldsBetweenWholeClusters) {
  // 张伟 (客户-0001) and 張偉 (客户-0002) are known to be different people.
  // Each has collected a duplicate; the duplicates match each other, which
  // would join the two people through them.
  const Rows rows{{"客户-0001", "客户-0002", "客户-0001-dup", "客户-0002-dup"}};
  const ClusterResult r = Cluster(
      rows, {{0, 2, 20.0}, {1, 3, 20.0}, {2, 3, 15.0}, {0, 3, 4.0}}, {{0, 1}});
  EXPECT_EQ(ClusterIds(rows, r),
            (std::vector<std::string>{"客户-0001", "客户-0002", "客户-0001",
                                      "客户-0002"}));
  EXPECT_EQ(r.num_clusters, 2u);
  EXPECT_EQ(r.pairs_blocked_by_guard, 2u);
}

TEST(ClusterPairsTest, PairInsideAClusterIsNotCountedAsBlocked) {
  const Rows rows{{"C0000001", "C0000002", "C0000003", "C0000004"}};
  const ClusterResult r = Cluster(
      rows, {{0, 1, 10.0}, {1, 2, 9.0}, {0, 2, 8.0}, {2, 3, 7.0}}, {{0, 3}});
  EXPECT_EQ(ClusterIds(rows, r),
            (std::vector<std::string>{"C0000001", "C0000001", "C0000001",
                                      "C0000004"}));
  EXPECT_EQ(r.pairs_blocked_by_guard, 1u);  // 2–3 only
}

TEST(ClusterPairsTest, EqualWeightsAreTakenBySmallerIdNotByInputOrder) {
  // Weights are often equal (sums of the same level weights). KH-003 matches
  // KH-001 and KH-002 equally; the pair with the smaller id goes first.
  const Rows rows{{"KH-002", "KH-003", "KH-001"}};
  const std::vector<CannotLink> guard = {{0, 2}};
  const std::vector<std::vector<ScoredPair>> orders = {
      {{0, 1, 6.5}, {2, 1, 6.5}},
      {{2, 1, 6.5}, {0, 1, 6.5}},
      {{1, 0, 6.5}, {1, 2, 6.5}},
  };
  for (const auto& pairs : orders) {
    const ClusterResult r = Cluster(rows, pairs, guard);
    EXPECT_EQ(ClusterIds(rows, r),
              (std::vector<std::string>{"KH-002", "KH-001", "KH-001"}));
  }
  // Same smaller id (KH-001): the smaller larger id (KH-002) goes first.
  const std::vector<CannotLink> guard2 = {{0, 1}};
  for (const auto& pairs : std::vector<std::vector<ScoredPair>>{
           {{2, 1, 6.5}, {2, 0, 6.5}}, {{0, 2, 6.5}, {1, 2, 6.5}}}) {
    const ClusterResult r = Cluster(rows, pairs, guard2);
    EXPECT_EQ(ClusterIds(rows, r),
              (std::vector<std::string>{"KH-001", "KH-003", "KH-001"}));
  }
}

TEST(ClusterPairsTest, NanWeightIsWeakest) {
  const Rows rows{{"KH-001", "KH-002", "KH-003"}};
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const ClusterResult r = Cluster(rows, {{0, 2, nan}, {1, 2, -3.0}}, {{0, 1}});
  EXPECT_EQ(ClusterIds(rows, r),
            (std::vector<std::string>{"KH-001", "KH-002", "KH-002"}));
  EXPECT_EQ(r.pairs_blocked_by_guard, 1u);
}

TEST(ClusterPairsTest, IdsCompareAsBytes) {
  // Not numeric ("C10" < "C9"), not locale collation ("Z" < "Đ", since
  // ASCII bytes sort before the UTF-8 lead bytes), not case-folded.
  struct Case {
    std::vector<std::string> ids;
    std::string cluster_id;
  };
  const Case cases[] = {
      {{"C9", "C10"}, "C10"},
      {{"KH-Đ01", "KH-Z01"}, "KH-Z01"},
      {{"kh-001", "KH-001"}, "KH-001"},
      {{"客户-0010", "客户-0002"}, "客户-0002"},
      {{"顧客-0001", "客户-0001"}, "客户-0001"},  // U+5BA2 < U+9867
      {{"C0000123", "C0000123 "}, "C0000123"},    // a prefix sorts first
      {{"rec-1", ""}, ""},
  };
  for (const Case& c : cases) {
    const Rows rows{c.ids};
    const ClusterResult r = Cluster(rows, {{0, 1, 1.0}});
    EXPECT_EQ(ClusterIds(rows, r)[0], c.cluster_id) << c.ids[0];
    EXPECT_EQ(ClusterIds(rows, r)[1], c.cluster_id) << c.ids[0];
  }
}

TEST(ClusterPairsTest, DuplicateIdsAreTiedByRowNumber) {
  // The same external id on three rows (a re-imported file): the first row
  // names the cluster, whatever the pair order.
  const Rows rows{{"C0000042", "C0000042", "C0000099", "C0000042"}};
  for (const auto& pairs : std::vector<std::vector<ScoredPair>>{
           {{3, 2, 5.0}, {2, 1, 5.0}, {1, 0, 5.0}},
           {{0, 1, 5.0}, {1, 2, 5.0}, {2, 3, 5.0}}}) {
    const ClusterResult r = Cluster(rows, pairs);
    EXPECT_THAT(r.representative, ElementsAre(0, 0, 0, 0));
  }
  // With a guard, equal ids and weights fall back to row numbers: (0,2) goes
  // before (3,2), so row 2 joins row 0.
  const ClusterResult r = Cluster(rows, {{3, 2, 5.0}, {0, 2, 5.0}}, {{0, 3}});
  EXPECT_THAT(r.representative, ElementsAre(0, 1, 0, 3));
  EXPECT_EQ(r.pairs_blocked_by_guard, 1u);
}

TEST(ClusterPairsTest, IgnoresSelfPairsAndRowsOutOfRange) {
  const Rows rows{{"C0000001", "C0000002", "C0000003"}};
  const ClusterResult r =
      Cluster(rows, {{0, 0, 50.0}, {1, 3, 40.0}, {7, 1, 30.0}, {1, 2, 1.0}},
              {{0, 9}, {9, 0}, {2, 2}, {1, 1}});
  EXPECT_THAT(r.representative, ElementsAre(0, 1, 1));
  EXPECT_EQ(r.num_clusters, 2u);
  EXPECT_EQ(r.pairs_blocked_by_guard, 0u);
}

TEST(ClusterPairsTest, RepeatedPairsAndCannotLinks) {
  const Rows rows{{"KH-001", "KH-002", "KH-003"}};
  const ClusterResult r = Cluster(
      rows, {{0, 1, 3.0}, {1, 0, 3.0}, {0, 1, 3.0}, {0, 2, 2.0}, {2, 1, 2.0}},
      {{0, 1}, {1, 0}, {0, 1}});
  EXPECT_THAT(r.representative, ElementsAre(0, 1, 0));
  EXPECT_EQ(r.pairs_blocked_by_guard, 4u);  // three 0–1, then 2–1
}

TEST(ClusterPairsTest, ManyGuardsOnOneHub) {
  // One record matches 2 000 others, all known to differ from the strongest
  // match (and many from each other): the strongest goes in, every other is
  // blocked.
  constexpr uint32_t kOthers = 2000;
  Rows rows;
  rows.ids.push_back("HUB");
  std::vector<ScoredPair> pairs;
  std::vector<CannotLink> guards;
  for (uint32_t i = 1; i <= kOthers; ++i) {
    char id[16];
    std::snprintf(id, sizeof(id), "C%07u", i);
    rows.ids.push_back(id);
    pairs.push_back({0, i, static_cast<double>(i)});
    for (uint32_t j = 1; j < i; j += 97) guards.push_back({i, j});
  }
  for (uint32_t i = 1; i < kOthers; ++i) guards.push_back({kOthers, i});
  const ClusterResult r = Cluster(rows, pairs, guards);
  EXPECT_EQ(r.num_clusters, kOthers);
  EXPECT_EQ(r.pairs_blocked_by_guard, kOthers - 1);
  EXPECT_EQ(r.representative[0], kOthers);  // "C0002000" < "HUB"
  EXPECT_EQ(r.representative[kOthers], kOthers);
}

// -------------------------------------------------------------- reference ----

struct Expected {
  std::vector<uint32_t> representative;
  size_t num_clusters = 0;
  size_t pairs_blocked_by_guard = 0;
};

bool Valid(uint32_t a, uint32_t b, size_t n) {
  return a < n && b < n && a != b;
}

// The header, read literally and implemented without cleverness: cluster
// labels relabelled on each join, every cannot-link checked on each join.
Expected SlowCluster(const std::vector<std::string>& ids,
                     std::vector<ScoredPair> pairs,
                     const std::vector<CannotLink>& cannot_link) {
  const size_t n = ids.size();
  auto id_row_less = [&](uint32_t x, uint32_t y) {
    return ids[x] != ids[y] ? ids[x] < ids[y] : x < y;
  };
  std::erase_if(pairs,
                [&](const ScoredPair& p) { return !Valid(p.a, p.b, n); });
  for (ScoredPair& p : pairs) {
    if (id_row_less(p.b, p.a)) std::swap(p.a, p.b);
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [&](const ScoredPair& x, const ScoredPair& y) {
                     const bool xn = std::isnan(x.weight);
                     const bool yn = std::isnan(y.weight);
                     if (xn != yn) return yn;
                     if (!xn && x.weight != y.weight)
                       return x.weight > y.weight;
                     if (ids[x.a] != ids[y.a]) return ids[x.a] < ids[y.a];
                     if (ids[x.b] != ids[y.b]) return ids[x.b] < ids[y.b];
                     if (x.a != y.a) return x.a < y.a;
                     return x.b < y.b;
                   });
  std::vector<size_t> label(n);
  std::iota(label.begin(), label.end(), 0);
  Expected out;
  for (const ScoredPair& p : pairs) {
    const size_t la = label[p.a], lb = label[p.b];
    if (la == lb) continue;
    bool blocked = false;
    for (const CannotLink& c : cannot_link) {
      if (!Valid(c.a, c.b, n)) continue;
      const size_t lx = label[c.a], ly = label[c.b];
      if ((lx == la && ly == lb) || (lx == lb && ly == la)) blocked = true;
    }
    if (blocked) {
      ++out.pairs_blocked_by_guard;
      continue;
    }
    for (size_t& l : label) {
      if (l == lb) l = la;
    }
  }
  out.representative.resize(n);
  std::set<size_t> labels;
  for (uint32_t r = 0; r < n; ++r) {
    labels.insert(label[r]);
    uint32_t best = r;
    for (uint32_t s = 0; s < n; ++s) {
      if (label[s] == label[r] && id_row_less(s, best)) best = s;
    }
    out.representative[r] = best;
  }
  out.num_clusters = labels.size();
  return out;
}

// Connected components by breadth-first search; component[r] is the
// smallest row of r's component.
std::vector<uint32_t> Components(size_t n,
                                 const std::vector<ScoredPair>& pairs) {
  std::vector<std::vector<uint32_t>> adjacent(n);
  for (const ScoredPair& p : pairs) {
    if (!Valid(p.a, p.b, n)) continue;
    adjacent[p.a].push_back(p.b);
    adjacent[p.b].push_back(p.a);
  }
  std::vector<uint32_t> component(n, std::numeric_limits<uint32_t>::max());
  for (uint32_t start = 0; start < n; ++start) {
    if (component[start] != std::numeric_limits<uint32_t>::max()) continue;
    std::queue<uint32_t> queue;
    queue.push(start);
    component[start] = start;
    while (!queue.empty()) {
      const uint32_t r = queue.front();
      queue.pop();
      for (uint32_t s : adjacent[r]) {
        if (component[s] == std::numeric_limits<uint32_t>::max()) {
          component[s] = start;
          queue.push(s);
        }
      }
    }
  }
  return component;
}

// -------------------------------------------------------- random inputs ----

struct Input {
  Rows rows;
  std::vector<ScoredPair> pairs;
  std::vector<CannotLink> cannot_link;
};

std::string RandomId(std::mt19937_64& rng) {
  char buf[64];
  const unsigned k = static_cast<unsigned>(rng() % 20000);
  switch (rng() % 6) {
    case 0:
      std::snprintf(buf, sizeof(buf), "C%07u", k);
      break;
    case 1:
      std::snprintf(buf, sizeof(buf), "rec-%u-dup-%u", k % 50,
                    static_cast<unsigned>(rng() % 3));
      break;
    case 2:
      std::snprintf(buf, sizeof(buf), "rec-%u-org", k % 50);
      break;
    case 3:
      std::snprintf(buf, sizeof(buf), "KH-%03u", k % 1000);
      break;
    case 4:
      std::snprintf(buf, sizeof(buf), "客户-%04u", k % 10000);
      break;
    default:
      std::snprintf(buf, sizeof(buf), "Nguyễn-%u", k % 100);
      break;
  }
  return buf;
}

// n rows with distinct ids (or, with duplicate_ids, ids drawn from a pool
// small enough to repeat), pairs with weights from a few values (so that
// ties are common), a few invalid pairs and cannot-links mixed in.
Input RandomInput(std::mt19937_64& rng, bool duplicate_ids,
                  bool with_cannot_links, size_t max_rows = 40,
                  const std::string& id_prefix = "") {
  Input in;
  const size_t n = rng() % (max_rows + 1);
  if (duplicate_ids) {
    std::vector<std::string> pool;
    const size_t pool_size = 1 + n / 3;
    for (size_t i = 0; i < pool_size; ++i) {
      pool.push_back(id_prefix + RandomId(rng));
    }
    for (size_t i = 0; i < n; ++i)
      in.rows.ids.push_back(pool[rng() % pool_size]);
  } else {
    std::set<std::string> seen;
    while (in.rows.ids.size() < n) {
      std::string id = id_prefix + RandomId(rng);
      if (seen.insert(id).second) in.rows.ids.push_back(id);
    }
  }
  const double kWeights[] = {2.5, 5.0, 7.5, 10.0, 12.5, -0.0, 0.0};
  const uint32_t range = static_cast<uint32_t>(n) + 1;  // n: out of range
  const size_t num_pairs = n == 0 ? rng() % 3 : rng() % (2 * n + 1);
  for (size_t i = 0; i < num_pairs; ++i) {
    ScoredPair p;
    p.a = static_cast<uint32_t>(rng() % range);
    p.b = static_cast<uint32_t>(rng() % range);
    switch (rng() % 10) {
      case 0:
        p.weight = std::uniform_real_distribution<double>(-5, 20)(rng);
        break;
      case 1:
        p.weight = rng() % 4 == 0 ? std::numeric_limits<double>::quiet_NaN()
                                  : std::numeric_limits<double>::infinity();
        break;
      default:
        p.weight = kWeights[rng() % std::size(kWeights)];
    }
    in.pairs.push_back(p);
  }
  if (with_cannot_links) {
    const size_t num_links = rng() % (n / 2 + 2);
    for (size_t i = 0; i < num_links; ++i) {
      in.cannot_link.push_back({static_cast<uint32_t>(rng() % range),
                                static_cast<uint32_t>(rng() % range)});
    }
  }
  return in;
}

// Checks what holds for any result: representatives, guards, maximality.
void CheckInvariants(const Input& in, const ClusterResult& r) {
  const size_t n = in.rows.ids.size();
  const auto& ids = in.rows.ids;
  ASSERT_EQ(r.representative.size(), n);
  std::set<uint32_t> reps;
  for (uint32_t row = 0; row < n; ++row) {
    const uint32_t rep = r.representative[row];
    ASSERT_LT(rep, n);
    // The representative is a member of its own cluster, named by itself…
    ASSERT_EQ(r.representative[rep], rep);
    // …and has the smallest (id, row) in it.
    ASSERT_TRUE(ids[rep] < ids[row] || (ids[rep] == ids[row] && rep <= row))
        << ids[rep] << " vs " << ids[row];
    reps.insert(rep);
  }
  ASSERT_EQ(r.num_clusters, reps.size());
  auto cluster_holds_link = [&](uint32_t ca, uint32_t cb) {
    for (const CannotLink& c : in.cannot_link) {
      if (!Valid(c.a, c.b, n)) continue;
      const uint32_t x = r.representative[c.a], y = r.representative[c.b];
      if ((x == ca && y == cb) || (x == cb && y == ca)) return true;
    }
    return false;
  };
  // No cluster holds a cannot-link.
  for (const CannotLink& c : in.cannot_link) {
    if (!Valid(c.a, c.b, n)) continue;
    ASSERT_NE(r.representative[c.a], r.representative[c.b])
        << ids[c.a] << " / " << ids[c.b];
  }
  // Every pair left across two clusters was blocked: joining them now would
  // put a cannot-link together.
  for (const ScoredPair& p : in.pairs) {
    if (!Valid(p.a, p.b, n)) continue;
    const uint32_t ca = r.representative[p.a], cb = r.representative[p.b];
    if (ca != cb) {
      ASSERT_TRUE(cluster_holds_link(ca, cb)) << ids[p.a] << " / " << ids[p.b];
    }
  }
}

constexpr int kTrials = 3000;

TEST(ClusterPairsPropertyTest, EqualsSlowReference) {
  std::mt19937_64 rng(20250101);
  for (int trial = 0; trial < kTrials; ++trial) {
    const Input in = RandomInput(rng, /*duplicate_ids=*/trial % 3 == 0,
                                 /*with_cannot_links=*/trial % 4 != 0);
    const ClusterResult r = Cluster(in.rows, in.pairs, in.cannot_link);
    const Expected e = SlowCluster(in.rows.ids, in.pairs, in.cannot_link);
    ASSERT_EQ(r.representative, e.representative) << "trial " << trial;
    ASSERT_EQ(r.num_clusters, e.num_clusters) << "trial " << trial;
    ASSERT_EQ(r.pairs_blocked_by_guard, e.pairs_blocked_by_guard)
        << "trial " << trial;
    CheckInvariants(in, r);
    if (HasFatalFailure()) FAIL() << "trial " << trial;
  }
}

TEST(ClusterPairsPropertyTest, PairOrderDoesNotMatter) {
  // Shuffled pairs, a and b swapped at random, cannot-links shuffled and
  // swapped: the same result, row for row, even with duplicate ids.
  std::mt19937_64 rng(20240611);
  for (int trial = 0; trial < kTrials; ++trial) {
    Input in = RandomInput(rng, /*duplicate_ids=*/trial % 2 == 0,
                           /*with_cannot_links=*/true);
    const ClusterResult before = Cluster(in.rows, in.pairs, in.cannot_link);
    std::shuffle(in.pairs.begin(), in.pairs.end(), rng);
    for (ScoredPair& p : in.pairs) {
      if (rng() % 2) std::swap(p.a, p.b);
    }
    std::shuffle(in.cannot_link.begin(), in.cannot_link.end(), rng);
    for (CannotLink& c : in.cannot_link) {
      if (rng() % 2) std::swap(c.a, c.b);
    }
    const ClusterResult after = Cluster(in.rows, in.pairs, in.cannot_link);
    ASSERT_EQ(after.representative, before.representative) << "trial " << trial;
    ASSERT_EQ(after.num_clusters, before.num_clusters);
    ASSERT_EQ(after.pairs_blocked_by_guard, before.pairs_blocked_by_guard);
  }
}

TEST(ClusterPairsPropertyTest, RowOrderDoesNotMatter) {
  // The same records in another row order (pairs and cannot-links renumbered
  // to match, then shuffled): every id lands in a cluster with the same id.
  std::mt19937_64 rng(77);
  for (int trial = 0; trial < kTrials; ++trial) {
    const Input in = RandomInput(rng, /*duplicate_ids=*/false,
                                 /*with_cannot_links=*/trial % 4 != 0);
    const size_t n = in.rows.ids.size();
    std::vector<uint32_t> moved_to(n);
    std::iota(moved_to.begin(), moved_to.end(), 0);
    std::shuffle(moved_to.begin(), moved_to.end(), rng);
    auto move = [&](uint32_t row) { return row < n ? moved_to[row] : row; };
    Input shuffled;
    shuffled.rows.ids.resize(n);
    for (uint32_t row = 0; row < n; ++row) {
      shuffled.rows.ids[moved_to[row]] = in.rows.ids[row];
    }
    for (const ScoredPair& p : in.pairs) {
      shuffled.pairs.push_back({move(p.a), move(p.b), p.weight});
    }
    for (const CannotLink& c : in.cannot_link) {
      shuffled.cannot_link.push_back({move(c.a), move(c.b)});
    }
    std::shuffle(shuffled.pairs.begin(), shuffled.pairs.end(), rng);
    std::shuffle(shuffled.cannot_link.begin(), shuffled.cannot_link.end(), rng);

    const ClusterResult r = Cluster(in.rows, in.pairs, in.cannot_link);
    const ClusterResult s =
        Cluster(shuffled.rows, shuffled.pairs, shuffled.cannot_link);
    const std::vector<std::string> r_ids = ClusterIds(in.rows, r);
    const std::vector<std::string> s_ids = ClusterIds(shuffled.rows, s);
    for (uint32_t row = 0; row < n; ++row) {
      ASSERT_EQ(r_ids[row], s_ids[moved_to[row]])
          << "trial " << trial << ", id " << in.rows.ids[row];
    }
    ASSERT_EQ(r.num_clusters, s.num_clusters);
    ASSERT_EQ(r.pairs_blocked_by_guard, s.pairs_blocked_by_guard);
  }
}

TEST(ClusterPairsPropertyTest, WithoutCannotLinksClustersAreComponents) {
  std::mt19937_64 rng(4711);
  for (int trial = 0; trial < kTrials; ++trial) {
    const Input in = RandomInput(rng, /*duplicate_ids=*/trial % 2 == 0,
                                 /*with_cannot_links=*/false);
    const size_t n = in.rows.ids.size();
    const ClusterResult r = Cluster(in.rows, in.pairs);
    const std::vector<uint32_t> component = Components(n, in.pairs);
    // Same partition: representative and component determine each other.
    std::map<uint32_t, uint32_t> rep_of_component, component_of_rep;
    for (uint32_t row = 0; row < n; ++row) {
      const auto [i, new_c] =
          rep_of_component.emplace(component[row], r.representative[row]);
      ASSERT_EQ(i->second, r.representative[row]) << "trial " << trial;
      const auto [j, new_r] =
          component_of_rep.emplace(r.representative[row], component[row]);
      ASSERT_EQ(j->second, component[row]) << "trial " << trial;
    }
    ASSERT_EQ(r.num_clusters, rep_of_component.size());
    ASSERT_EQ(r.pairs_blocked_by_guard, 0u);
    CheckInvariants(in, r);
    if (HasFatalFailure()) FAIL() << "trial " << trial;
  }
}

TEST(ClusterPairsPropertyTest, LargeInputsEqualSlowReference) {
  // Enough rows and pairs for the radix sorts, ids with a long common prefix
  // (as exports write them) and ids that tie on their first bytes after it.
  std::mt19937_64 rng(31337);
  const std::string prefixes[] = {"", "CRM-EXPORT/2024/", "KH-"};
  for (int trial = 0; trial < 24; ++trial) {
    Input in = RandomInput(rng, /*duplicate_ids=*/trial % 2 == 0,
                           /*with_cannot_links=*/trial % 3 != 0,
                           /*max_rows=*/1500, prefixes[trial % 3]);
    const ClusterResult r = Cluster(in.rows, in.pairs, in.cannot_link);
    const Expected e = SlowCluster(in.rows.ids, in.pairs, in.cannot_link);
    ASSERT_EQ(r.representative, e.representative) << "trial " << trial;
    ASSERT_EQ(r.num_clusters, e.num_clusters) << "trial " << trial;
    ASSERT_EQ(r.pairs_blocked_by_guard, e.pairs_blocked_by_guard)
        << "trial " << trial;
    CheckInvariants(in, r);
    if (HasFatalFailure()) FAIL() << "trial " << trial;

    std::shuffle(in.pairs.begin(), in.pairs.end(), rng);
    for (ScoredPair& p : in.pairs) {
      if (rng() % 2) std::swap(p.a, p.b);
    }
    const ClusterResult shuffled = Cluster(in.rows, in.pairs, in.cannot_link);
    ASSERT_EQ(shuffled.representative, r.representative) << "trial " << trial;
  }
}

TEST(ClusterPairsPropertyTest, LargerRandomGraphsKeepInvariants) {
  // Fewer, larger inputs: long chains and big clusters with many guards.
  std::mt19937_64 rng(99);
  for (int trial = 0; trial < 20; ++trial) {
    Input in;
    const uint32_t n = 2000;
    for (uint32_t i = 0; i < n; ++i) {
      char id[16];
      std::snprintf(id, sizeof(id), "C%07u",
                    static_cast<unsigned>(rng() % 10000000));
      in.rows.ids.push_back(id);  // duplicates possible, rarely
    }
    for (uint32_t i = 0; i < 3 * n; ++i) {
      in.pairs.push_back({static_cast<uint32_t>(rng() % n),
                          static_cast<uint32_t>(rng() % n),
                          static_cast<double>(rng() % 20)});
    }
    for (uint32_t i = 0; i < n / 4; ++i) {
      in.cannot_link.push_back(
          {static_cast<uint32_t>(rng() % n), static_cast<uint32_t>(rng() % n)});
    }
    const ClusterResult r = Cluster(in.rows, in.pairs, in.cannot_link);
    CheckInvariants(in, r);
    if (HasFatalFailure()) FAIL() << "trial " << trial;
    if (trial < 3) {
      const Expected e = SlowCluster(in.rows.ids, in.pairs, in.cannot_link);
      ASSERT_EQ(r.representative, e.representative);
      ASSERT_EQ(r.pairs_blocked_by_guard, e.pairs_blocked_by_guard);
    }
  }
}

}  // namespace
}  // namespace dqe

namespace {

// A person who changed mobile and e-mail: rows 0 and 2 differ on both (a
// cannot-link), row 1 shares the old mobile with 0 and the new e-mail with
// 2. Strong evidence ties them together when the cannot-link is soft (the
// rows' addresses or companies were missing), never when it is hard.
TEST(ClusterPairsStrong, StrongPairsOutweighSoftCannotLinksOnly) {
  std::vector<std::string_view> ids = {"K1", "K2", "K3"};
  std::vector<dqe::ScoredPair> pairs = {{0, 1, 30.0}, {1, 2, 25.0}};
  std::vector<dqe::CannotLink> soft = {{0, 2, /*soft=*/true}};
  std::vector<dqe::CannotLink> hard = {{0, 2, /*soft=*/false}};

  // Without a strong weight every cannot-link holds through other rows.
  dqe::ClusterResult r = dqe::ClusterPairs(ids, pairs, soft);
  EXPECT_NE(r.representative[0], r.representative[2]);
  EXPECT_EQ(r.pairs_blocked_by_guard, 1u);

  r = dqe::ClusterPairs(ids, pairs, soft, /*strong_weight=*/20.0);
  EXPECT_EQ(r.representative, (std::vector<uint32_t>{0, 0, 0}));
  EXPECT_EQ(r.pairs_blocked_by_guard, 0u);

  r = dqe::ClusterPairs(ids, pairs, hard, 20.0);
  EXPECT_NE(r.representative[0], r.representative[2]);
  EXPECT_EQ(r.pairs_blocked_by_guard, 1u);

  // A pair below the strong weight does not outweigh a soft cannot-link.
  r = dqe::ClusterPairs(ids, pairs, soft, 26.0);
  EXPECT_NE(r.representative[0], r.representative[2]);

  // A soft cannot-link between the pair's own rows still refuses it.
  std::vector<dqe::ScoredPair> direct = {{0, 2, 40.0}};
  r = dqe::ClusterPairs(ids, direct, soft, 20.0);
  EXPECT_NE(r.representative[0], r.representative[2]);
}

}  // namespace
