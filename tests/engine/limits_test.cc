// The limits that keep a batch bounded on pathological data: one block of a
// million identical names (max_block_size + window), and a 100 MB cell
// (max_cell_bytes). Each holds: the run ends, compares a bounded
// number of pairs, and keeps every row.
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/under_asan.h"

namespace {

using ::testing::HasSubstr;

std::unique_ptr<dqe::Engine> MakeEngine(const std::string& json) {
  absl::StatusOr<dqe::Config> config = dqe::Config::FromJson(json);
  EXPECT_TRUE(config.ok()) << config.status();
  return *dqe::Engine::Create(*config);
}

TEST(Limits, OneHugeBlockOfIdenticalNamesIsSplitNotComparedAllPairs) {
  // A million people all called Nguyễn Văn An, each with their own phone and
  // e-mail: all-pairs would be 500 billion comparisons. (100,000 under ASan,
  // where the million takes minutes: still 5 billion.)
#ifdef DQE_UNDER_ASAN
  const size_t n = 100000;
#else
  const size_t n = 1000000;
#endif
  std::vector<std::string> phones(n), emails(n), ids(n);
  std::vector<std::string_view> name(n, "Nguyễn Văn An"), phone(n), email(n), id(n);
  for (size_t i = 0; i < n; ++i) {
    ids[i] = "C" + std::to_string(i);
    phones[i] = "09" + std::to_string(10000000 + i);
    emails[i] = "an" + std::to_string(i) + "@example.vn";
    id[i] = ids[i];
    phone[i] = phones[i];
    email[i] = emails[i];
  }
  dqe::TableView t;
  t.header = {"id", "full_name", "phone", "email"};
  t.columns = {id, name, phone, email};
  t.num_rows = n;
  absl::StatusOr<dqe::DedupeResult> r = MakeEngine("{}")->Dedupe(t);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->cluster_of_row.size(), n);
  // Every rule's pairs are bounded by rows x window (8 by default).
  const dqe::Config defaults = *dqe::Config::FromJson("{}");
  EXPECT_EQ(defaults.blocking.max_block_size, 50u);
  EXPECT_LE(r->stats.candidate_pairs, n * defaults.blocking.window * r->stats.rules.size());
  bool split = false;
  for (const dqe::BlockingRuleStats& rule : r->stats.rules) {
    split |= rule.oversized_blocks > 0 && rule.largest_block == n;
  }
  EXPECT_TRUE(split);
  // Different phones and e-mails: no one is merged on the name alone.
  EXPECT_EQ(r->stats.clusters, n);

  // "skip" compares none of an oversized block's pairs.
  absl::StatusOr<dqe::DedupeResult> skipped =
      MakeEngine(R"({"blocking": {"oversized": "skip"}})")->Dedupe(t);
  ASSERT_TRUE(skipped.ok());
  EXPECT_EQ(skipped->stats.clusters, n);
}

TEST(Limits, AHundredMegabyteCellIsKeptButNotMatched) {
  std::string huge(100 << 20, 'x');
  std::vector<std::string_view> id = {"1", "2", "3", "4"};
  std::vector<std::string_view> name = {huge, huge, "Trần Minh Khoa", "TRAN MINH KHOA"};
  std::vector<std::string_view> phone = {"0903111222", "0903111222", "0903111222",
                                         "+84 903 111 222"};
  dqe::TableView t;
  t.header = {"id", "full_name", "phone"};
  t.columns = {id, name, phone};
  t.num_rows = 4;
  absl::StatusOr<dqe::DedupeResult> r = MakeEngine("{}")->Dedupe(t);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->cluster_of_row, (std::vector<uint32_t>{0, 1, 2, 2}));
  ASSERT_EQ(r->row_issues.size(), 2u);
  EXPECT_EQ(r->row_issues[0].row, 0u);
  EXPECT_EQ(r->row_issues[0].column, "full_name");
  EXPECT_THAT(r->row_issues[0].message, HasSubstr("104857600 bytes"));
  EXPECT_EQ(r->stats.flagged_rows, 2u);

  // The limit is an option: raised, the same rows are matched.
  std::vector<std::string_view> long_name = {std::string_view(huge).substr(0, 5000),
                                             std::string_view(huge).substr(0, 5000),
                                             "Trần Minh Khoa", "TRAN MINH KHOA"};
  t.columns = {id, long_name, phone};
  absl::StatusOr<dqe::DedupeResult> raised =
      MakeEngine(R"({"max_cell_bytes": 10000})")->Dedupe(t);
  ASSERT_TRUE(raised.ok());
  EXPECT_TRUE(raised->row_issues.empty());
  EXPECT_EQ(raised->cluster_of_row[1], 0u);
  EXPECT_THAT(std::string(dqe::Config::FromJson(R"({"max_cell_bytes": 3})").status().message()),
              HasSubstr("max_cell_bytes: must be at least 16"));
}

}  // namespace
