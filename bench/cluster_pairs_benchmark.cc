// ClusterPairs on a nightly-job-sized input: 1M rows with ids "C0000000"…
// in shuffled row order, 3M (and 5M) random pairs with weights from a few
// values (sums of level weights, so ties are common).
//
//   BM_PlainUnionFind_3M          floor: Union() over the pairs as given (no
//                                 order, no ids, no guards)
//   BM_NaiveClusterPairs_3M       baseline: the obvious implementation of the
//                                 same contract (std::sort with string
//                                 comparisons, union-find, representatives
//                                 by string comparison), no cannot-links
//   BM_ClusterPairs_3M            dqe, no cannot-links
//   BM_ClusterPairs_3M_Guards     dqe, plus 200k random cannot-links
//   BM_ClusterPairs_5M            dqe, 5M pairs
//   BM_ClusterPairs_Entities      dqe on a match graph shaped like real data
//                                 (below), with its cannot-links
//
// Random pairs at this density join most rows into one giant cluster, the
// worst case for the guards (every late pair meets a long cannot-link list).
// Real match graphs are mostly small clusters: in BM_ClusterPairs_Entities
// the 1M rows are ~285k people with 1–6 records each, every two records of a
// person form a strong pair (~1.3M pairs), and 1.7M weaker pairs join
// records of different people, half of them known to differ (cannot-link);
// that much noise above the threshold makes it a hard case too.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bench/ratio_reporter.h"
#include "dqe/cluster.h"
#include "src/cluster/union_find.h"

namespace {

constexpr uint32_t kRows = 1'000'000;

struct Data {
  std::vector<std::string> id_storage;
  std::vector<std::string_view> ids;
  std::vector<dqe::ScoredPair> pairs_3m;
  std::vector<dqe::ScoredPair> pairs_5m;
  std::vector<dqe::CannotLink> cannot_link;
  std::vector<dqe::ScoredPair> entity_pairs;
  std::vector<dqe::CannotLink> entity_cannot_link;
};

const Data& GetData() {
  static const Data* data = [] {
    auto* d = new Data;
    std::mt19937_64 rng(42);
    std::vector<uint32_t> order(kRows);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    d->id_storage.resize(kRows);
    for (uint32_t r = 0; r < kRows; ++r) {
      char buf[16];
      std::snprintf(buf, sizeof(buf), "C%07u", order[r]);
      d->id_storage[r] = buf;
    }
    d->ids.assign(d->id_storage.begin(), d->id_storage.end());
    auto random_pairs = [&](size_t count) {
      std::vector<dqe::ScoredPair> pairs(count);
      for (dqe::ScoredPair& p : pairs) {
        p.a = static_cast<uint32_t>(rng() % kRows);
        p.b = static_cast<uint32_t>(rng() % kRows);
        p.weight = 8.0 + 0.5 * static_cast<double>(rng() % 40);
      }
      return pairs;
    };
    d->pairs_3m = random_pairs(3'000'000);
    d->pairs_5m = random_pairs(5'000'000);
    d->cannot_link.resize(200'000);
    for (dqe::CannotLink& c : d->cannot_link) {
      c.a = static_cast<uint32_t>(rng() % kRows);
      c.b = static_cast<uint32_t>(rng() % kRows);
    }
    // People of 1–6 records (rows in shuffled order), then the noise.
    std::vector<uint32_t> rows(kRows);
    std::iota(rows.begin(), rows.end(), 0);
    std::shuffle(rows.begin(), rows.end(), rng);
    for (size_t start = 0; start < kRows;) {
      const size_t size = std::min<size_t>(1 + rng() % 6, kRows - start);
      for (size_t i = start; i < start + size; ++i) {
        for (size_t j = i + 1; j < start + size; ++j) {
          d->entity_pairs.push_back(
              {rows[i], rows[j], 15.0 + 0.5 * static_cast<double>(rng() % 20)});
        }
      }
      start += size;
    }
    for (int i = 0; i < 1'700'000; ++i) {
      const auto a = static_cast<uint32_t>(rng() % kRows);
      const auto b = static_cast<uint32_t>(rng() % kRows);
      d->entity_pairs.push_back(
          {a, b, 8.0 + 0.5 * static_cast<double>(rng() % 8)});
      if (i % 2 == 0) d->entity_cannot_link.push_back({a, b});
    }
    std::shuffle(d->entity_pairs.begin(), d->entity_pairs.end(), rng);
    return d;
  }();
  return *data;
}

void Run(benchmark::State& state, const std::vector<dqe::ScoredPair>& pairs,
         const std::vector<dqe::CannotLink>& cannot_link) {
  const Data& d = GetData();
  size_t clusters = 0, blocked = 0;
  for (auto _ : state) {
    dqe::ClusterResult r = dqe::ClusterPairs(d.ids, pairs, cannot_link);
    clusters = r.num_clusters;
    blocked = r.pairs_blocked_by_guard;
    benchmark::DoNotOptimize(r.representative.data());
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(pairs.size()));
  state.counters["clusters"] = static_cast<double>(clusters);
  state.counters["blocked"] = static_cast<double>(blocked);
}

void BM_PlainUnionFind_3M(benchmark::State& state) {
  const Data& d = GetData();
  for (auto _ : state) {
    dqe::internal::UnionFind uf(kRows);
    for (const dqe::ScoredPair& p : d.pairs_3m) uf.Union(p.a, p.b);
    benchmark::DoNotOptimize(uf.num_sets());
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(d.pairs_3m.size()));
}
// The contract implemented the obvious way, without cannot-links.
std::vector<uint32_t> NaiveClusterPairs(std::span<const std::string_view> ids,
                                        std::vector<dqe::ScoredPair> pairs) {
  const auto n = static_cast<uint32_t>(ids.size());
  auto less = [&](uint32_t x, uint32_t y) {
    return ids[x] != ids[y] ? ids[x] < ids[y] : x < y;
  };
  std::erase_if(pairs, [n](const dqe::ScoredPair& p) {
    return p.a >= n || p.b >= n || p.a == p.b;
  });
  for (dqe::ScoredPair& p : pairs) {
    if (less(p.b, p.a)) std::swap(p.a, p.b);
  }
  std::sort(pairs.begin(), pairs.end(),
            [&](const dqe::ScoredPair& x, const dqe::ScoredPair& y) {
              if (x.weight != y.weight) return x.weight > y.weight;
              if (ids[x.a] != ids[y.a]) return ids[x.a] < ids[y.a];
              if (ids[x.b] != ids[y.b]) return ids[x.b] < ids[y.b];
              return x.a != y.a ? x.a < y.a : x.b < y.b;
            });
  dqe::internal::UnionFind uf(n);
  for (const dqe::ScoredPair& p : pairs) uf.Union(p.a, p.b);
  std::vector<uint32_t> best(n, UINT32_MAX), rep(n);
  for (uint32_t r = 0; r < n; ++r) {
    uint32_t& b = best[uf.Find(r)];
    if (b == UINT32_MAX || less(r, b)) b = r;
  }
  for (uint32_t r = 0; r < n; ++r) rep[r] = best[uf.Find(r)];
  return rep;
}

void BM_NaiveClusterPairs_3M(benchmark::State& state) {
  const Data& d = GetData();
  for (auto _ : state) {
    std::vector<uint32_t> rep = NaiveClusterPairs(d.ids, d.pairs_3m);
    benchmark::DoNotOptimize(rep.data());
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(d.pairs_3m.size()));
}
void BM_ClusterPairs_3M(benchmark::State& state) {
  Run(state, GetData().pairs_3m, {});
}
void BM_ClusterPairs_3M_Guards(benchmark::State& state) {
  Run(state, GetData().pairs_3m, GetData().cannot_link);
}
void BM_ClusterPairs_5M(benchmark::State& state) {
  Run(state, GetData().pairs_5m, {});
}
void BM_ClusterPairs_Entities(benchmark::State& state) {
  Run(state, GetData().entity_pairs, GetData().entity_cannot_link);
}

BENCHMARK(BM_PlainUnionFind_3M)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NaiveClusterPairs_3M)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClusterPairs_3M)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClusterPairs_3M_Guards)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClusterPairs_5M)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClusterPairs_Entities)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  dqe::bench::RatioReporter reporter({
      {"BM_ClusterPairs_3M", "BM_NaiveClusterPairs_3M"},
      {"BM_ClusterPairs_3M_Guards", "BM_NaiveClusterPairs_3M"},
  });
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
