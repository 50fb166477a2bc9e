// Property tests on random CRM tables: whatever the rows, every row is in
// exactly one cluster named by its smallest id; the clusters do not depend
// on row order or thread count; the merge puts every row in exactly one
// golden record and accounts for every cell.
#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/merge.h"
#include "gtest/gtest.h"
#include "tests/support/owned_table.h"

namespace {

const std::vector<std::string> kHeader = {"id", "full_name", "phone", "email", "company", "city"};

using RandomTable = ::dqe::testing::OwnedTable;

// People typed several ways: names with and without diacritics, in capitals,
// in Han and pinyin; phones in local and international form; e-mails in
// other cases; empty cells; and unrelated people sharing names.
RandomTable Generate(unsigned seed, size_t people) {
  std::mt19937 rng(seed);
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& {
    return v[rng() % v.size()];
  };
  const std::vector<std::vector<std::string>> names = {
      {"Nguyễn Văn An", "NGUYEN VAN AN", "Anh Nguyễn Văn An", "An Nguyễn Văn"},
      {"Trần Thị Mai", "Tran Thi Mai", "TRẦN THỊ MAI"},
      {"Đặng Thị Hoà", "Ðặng Thị Hòa", "Dang Thi Hoa"},
      {"張偉", "张伟", "Zhang Wei", "Wei Zhang"},
      {"王秀英", "Wang Xiuying", "王秀英女士"},
      {"John O'Neil", "O'Neil, John", "JOHN ONEIL"},
      {"Lê Quốc Thiện", "Le Quoc Thien"},
      {"陈大文", "Chan Tai Man", "陳大文"}};
  const std::vector<std::string> companies = {"Công ty TNHH Minh Phát", "Minh Phát Co., Ltd.",
                                              "ACME Corp", "上海華信貿易有限公司", ""};
  const std::vector<std::string> cities = {"Hà Nội", "HCM", "Sài Gòn", "台北", "Taipei", ""};
  RandomTable t;
  t.header = kHeader;
  size_t id = 100000;
  for (size_t p = 0; p < people; ++p) {
    const auto& spellings = names[rng() % names.size()];
    const unsigned number = 10000000 + rng() % 89999999;
    const std::string local = "09" + std::to_string(number).substr(0, 8);
    const std::string intl = "+849" + std::to_string(number).substr(0, 8);
    const std::string user = "user" + std::to_string(rng() % 100000);
    const std::string company = pick(companies), city = pick(cities);
    const size_t copies = 1 + (rng() % 10 < 3 ? rng() % 4 : 0);
    for (size_t k = 0; k < copies; ++k) {
      std::vector<std::string> row(kHeader.size());
      row[0] = "R" + std::to_string(id -= 1 + rng() % 7);
      row[1] = pick(spellings);
      row[2] = rng() % 5 == 0 ? "" : (rng() % 2 ? local : intl);
      row[3] = rng() % 4 == 0 ? "" : (rng() % 2 ? user + "@gmail.com" : "  " + user + "@GMAIL.com");
      row[4] = rng() % 3 == 0 ? "" : company;
      row[5] = city;
      t.rows.push_back(std::move(row));
    }
  }
  std::shuffle(t.rows.begin(), t.rows.end(), rng);
  t.Bind();
  return t;
}

std::map<std::string, std::string> ClustersById(const RandomTable& t,
                                                const dqe::DedupeResult& r) {
  std::map<std::string, std::string> out;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    out[t.rows[i][0]] = t.rows[r.cluster_of_row[i]][0];
  }
  return out;
}

class DedupeProperty : public ::testing::TestWithParam<unsigned> {};

TEST_P(DedupeProperty, EveryRowOnceNamedBySmallestIdWhateverOrderAndThreads) {
  RandomTable t = Generate(GetParam(), 400);
  auto engine = *dqe::Engine::Create(*dqe::Config::FromJson(
      R"({"merge": {"fields": {"phone": "union", "email": "union"}}})"));
  dqe::MatchOptions one;
  one.threads = 1;
  absl::StatusOr<dqe::DedupeResult> r = engine->Dedupe(t.view, one);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->cluster_of_row.size(), t.rows.size());
  std::map<uint32_t, std::vector<uint32_t>> members;
  for (uint32_t i = 0; i < t.rows.size(); ++i) {
    const uint32_t rep = r->cluster_of_row[i];
    ASSERT_LT(rep, t.rows.size());
    EXPECT_EQ(r->cluster_of_row[rep], rep) << "a cluster is named by one of its rows";
    members[rep].push_back(i);
  }
  size_t total = 0;
  for (const auto& [rep, rows] : members) {
    total += rows.size();
    for (uint32_t m : rows) EXPECT_LE(t.rows[rep][0], t.rows[m][0]) << "smallest id names it";
  }
  EXPECT_EQ(total, t.rows.size());
  EXPECT_EQ(members.size(), r->stats.clusters);

  const auto expected = ClustersById(t, *r);
  std::mt19937 rng(GetParam() * 7 + 1);
  for (int round = 0; round < 3; ++round) {
    RandomTable s = t;
    std::shuffle(s.rows.begin(), s.rows.end(), rng);
    s.Bind();
    for (int threads : {1, 2}) {
      dqe::MatchOptions options;
      options.threads = threads;
      absl::StatusOr<dqe::DedupeResult> again = engine->Dedupe(s.view, options);
      ASSERT_TRUE(again.ok());
      EXPECT_EQ(ClustersById(s, *again), expected) << "round " << round << " threads " << threads;
    }
  }

  // Merge: each row in exactly one golden record, whose members are its
  // cluster; every cell has a fate, empty exactly for blank cells.
  absl::StatusOr<dqe::MergeResult> m = engine->Merge(t.view, *r, one);
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->golden.size(), members.size());
  std::vector<int> seen(t.rows.size(), 0);
  for (const dqe::GoldenRecord& g : m->golden) {
    EXPECT_EQ(g.golden_id, t.rows[r->cluster_of_row[g.members[0]]][0]);
    for (uint32_t row : g.members) {
      ++seen[row];
      EXPECT_EQ(r->cluster_of_row[row], r->cluster_of_row[g.members[0]]);
    }
  }
  for (int s : seen) EXPECT_EQ(s, 1);
  for (size_t row = 0; row < t.rows.size(); ++row) {
    EXPECT_EQ(m->Fate(row, 0), dqe::CellFate::kId);
    for (size_t c = 1; c < kHeader.size(); ++c) {
      const bool blank =
          t.rows[row][c].find_first_not_of(" \t") == std::string::npos;
      EXPECT_EQ(m->Fate(row, c) == dqe::CellFate::kEmpty, blank) << row << "," << c;
    }
  }
  // The golden records do not depend on row order either.
  RandomTable s = t;
  std::shuffle(s.rows.begin(), s.rows.end(), rng);
  s.Bind();
  absl::StatusOr<dqe::DedupeResult> rs = engine->Dedupe(s.view, one);
  absl::StatusOr<dqe::MergeResult> ms = engine->Merge(s.view, *rs, one);
  ASSERT_TRUE(ms.ok());
  std::map<std::string, std::vector<std::string>> a, b;
  for (const auto& g : m->golden) a[g.golden_id] = g.values;
  for (const auto& g : ms->golden) b[g.golden_id] = g.values;
  EXPECT_EQ(a, b);
}

// Scoring skips the comparisons a pair no longer needs (a cannot-link guard
// forbids it, or it cannot reach the threshold) unless pairs are reported:
// reporting every scored pair must change nothing else.
TEST_P(DedupeProperty, ReportingEveryPairChangesNoPairNorCluster) {
  RandomTable t = Generate(GetParam() + 100, 400);
  auto engine = *dqe::Engine::Create(*dqe::Config::FromJson("{}"));
  absl::StatusOr<dqe::DedupeResult> plain = engine->Dedupe(t.view);
  dqe::MatchOptions all;
  all.report_probability = 0.0;
  absl::StatusOr<dqe::DedupeResult> reported = engine->Dedupe(t.view, all);
  ASSERT_TRUE(plain.ok() && reported.ok());
  EXPECT_GT(plain->stats.pairs_blocked_by_guard, 0u) << "the table has namesakes";
  EXPECT_EQ(plain->stats.pairs_blocked_by_guard, reported->stats.pairs_blocked_by_guard);
  EXPECT_EQ(plain->cluster_of_row, reported->cluster_of_row);
  // Each pair's weight is the prior's plus every comparison's, however the
  // comparisons were worked out.
  std::vector<const dqe::MatchedPair*> accepted;
  ASSERT_FALSE(reported->pairs.empty());
  auto prior = [](const dqe::MatchedPair& p) {
    double rest = p.weight;
    for (double w : p.weights) rest -= w;
    return rest;
  };
  for (const dqe::MatchedPair& p : reported->pairs) {
    EXPECT_NEAR(prior(p), prior(reported->pairs[0]), 1e-9);
    if (p.accepted) accepted.push_back(&p);
  }
  EXPECT_GT(reported->pairs.size(), accepted.size());
  ASSERT_EQ(plain->pairs.size(), accepted.size());
  for (size_t i = 0; i < accepted.size(); ++i) {
    const dqe::MatchedPair& x = plain->pairs[i];
    const dqe::MatchedPair& y = *accepted[i];
    EXPECT_EQ(std::pair(x.a, x.b), std::pair(y.a, y.b));
    EXPECT_EQ(x.weight, y.weight);
    EXPECT_EQ(x.levels, y.levels);
    EXPECT_EQ(x.weights, y.weights);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, DedupeProperty, ::testing::Values(1u, 2u, 3u, 4u, 5u));

}  // namespace
