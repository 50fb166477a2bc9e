// MergeClusters as a whole: golden ids that do not depend on row order,
// lineage that accounts for every cell, the remap, and bad arguments.
#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/merge.h"
#include "dqe/schema.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/owned_table.h"

namespace {

using ::testing::HasSubstr;

using Table = ::dqe::testing::OwnedTable;

// Rows of three people; `entity` says whose each row is.
std::vector<std::vector<std::string>> People() {
  return {{"K07", "Trần Thị Mai", "0903 111 222", "mai.tran@gmail.com", "2023-01-02", "A"},
          {"K03", "TRAN THI MAI", "+84903111222", "", "02/03/2024", "A"},
          {"K11", "王秀英", "+86 138 0013 8000", "wang.xiuying@163.com", "2022年5月1日", "B"},
          {"K05", "Wang Xiuying", "13800138000", "WANG.XIUYING@163.COM", "", "B"},
          {"K09", "John O'Neil", "(415) 555-0132", "john@oneil.com", "2021-07-07", "C"},
          {"K01", "Mai Trần Thị", "", "mai.tran+shop@gmail.com", "2020-12-12", "A"}};
}

const std::vector<std::string> kHeader = {"id", "full_name", "phone", "email", "updated_at",
                                          "entity"};

// Clusters by the entity column: every row names the first row of its entity.
std::vector<uint32_t> ByEntity(const std::vector<std::vector<std::string>>& rows) {
  std::vector<uint32_t> out(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t k = 0; k <= r; ++k) {
      if (rows[k][5] == rows[r][5]) {
        out[r] = static_cast<uint32_t>(k);
        break;
      }
    }
  }
  return out;
}

dqe::MergeResult Merge(const Table& t, const std::string& json = "{}") {
  absl::StatusOr<dqe::MergeSpec> spec = dqe::MergeSpec::FromJson(json);
  EXPECT_TRUE(spec.ok()) << spec.status();
  absl::StatusOr<dqe::MergeResult> r =
      dqe::MergeClusters(t.InferredSchema(), *spec, t.view, ByEntity(t.rows));
  EXPECT_TRUE(r.ok()) << r.status();
  return *std::move(r);
}

TEST(MergeClusters, GoldenIdIsTheSmallestMemberIdWhateverTheOrder) {
  Table t(kHeader, People());
  dqe::MergeResult r = Merge(t);
  ASSERT_EQ(r.golden.size(), 3u);
  std::map<std::string, std::string> remap;
  for (size_t i = 0; i < r.ids.size(); ++i) remap[r.ids[i]] = std::string(r.GoldenIdOf(i));
  EXPECT_EQ(remap["K07"], "K01");
  EXPECT_EQ(remap["K03"], "K01");
  EXPECT_EQ(remap["K01"], "K01");
  EXPECT_EQ(remap["K11"], "K05");
  EXPECT_EQ(remap["K09"], "K09");
  // The id column of a golden record holds its golden id.
  for (const dqe::GoldenRecord& g : r.golden) EXPECT_EQ(g.values[0], g.golden_id);

  std::vector<std::vector<std::string>> rows = People();
  std::mt19937 rng(3);
  for (int round = 0; round < 10; ++round) {
    std::shuffle(rows.begin(), rows.end(), rng);
    Table shuffled(kHeader, rows);
    dqe::MergeResult s = Merge(shuffled, R"({"fields": {"phone": "union"}})");
    dqe::MergeResult base = Merge(t, R"({"fields": {"phone": "union"}})");
    std::map<std::string, std::vector<std::string>> golden_a, golden_b;
    for (const auto& g : base.golden) golden_a[g.golden_id] = g.values;
    for (const auto& g : s.golden) golden_b[g.golden_id] = g.values;
    EXPECT_EQ(golden_a, golden_b) << "round " << round;
  }
}

TEST(MergeClusters, LineageAccountsForEveryCell) {
  Table t(kHeader, People());
  dqe::MergeResult r = Merge(t, R"({"fields": {"email": "union"}})");
  ASSERT_EQ(r.fate.size(), t.rows.size() * kHeader.size());
  for (size_t row = 0; row < t.rows.size(); ++row) {
    EXPECT_EQ(r.Fate(row, 0), dqe::CellFate::kId);
    for (size_t c = 1; c < kHeader.size(); ++c) {
      const bool empty = t.rows[row][c].empty();
      EXPECT_EQ(r.Fate(row, c) == dqe::CellFate::kEmpty, empty) << row << "," << c;
    }
  }
  // Mai's phone: K03 (2024) is the most recent and gives it; K07's is the
  // same number; K01 has none.
  EXPECT_EQ(r.Fate(1, 2), dqe::CellFate::kGolden);
  EXPECT_EQ(r.Fate(0, 2), dqe::CellFate::kSame);
  EXPECT_EQ(r.Fate(5, 2), dqe::CellFate::kEmpty);
  // Mai's names: all one key; K03's spelling (most recent), clean.
  const dqe::GoldenRecord& mai = r.golden[r.golden_of_row[0]];
  EXPECT_EQ(mai.values[1], "Trần Thị Mai");
  // Her e-mails: mai.tran@gmail.com and mai.tran+shop@gmail.com are one
  // Gmail account; the union keeps one.
  EXPECT_EQ(mai.values[3], "mai.tran@gmail.com");
  EXPECT_EQ(r.Fate(5, 3), dqe::CellFate::kSame);
  // The dates differ: the most recent gives it, the others lost, kept in the
  // lineage.
  EXPECT_EQ(mai.values[4], "02/03/2024");
  EXPECT_EQ(r.Fate(0, 4), dqe::CellFate::kLost);
  EXPECT_EQ(r.merged_rows, 5u);
}

TEST(MergeClusters, WithoutAnIdColumnRowsAreNumbered) {
  Table t({"full_name", "phone"},
          {{"Lý Văn Phúc", "0988 765 432"}, {"Ly Van Phuc", "0988765432"}, {"Hà Anh", ""}});
  absl::StatusOr<dqe::MergeResult> r =
      dqe::MergeClusters(t.InferredSchema(), dqe::MergeSpec(), t.view, std::vector<uint32_t>{1, 1, 2});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->ids, (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(r->GoldenIdOf(1), "1");
  EXPECT_EQ(r->GoldenIdOf(2), "3");
}

TEST(MergeClusters, BadArgumentsAreErrorsNotCrashes) {
  Table t(kHeader, People());
  dqe::MergeSpec spec;
  EXPECT_THAT(std::string(dqe::MergeClusters(t.InferredSchema(), spec, t.view, std::vector<uint32_t>{0})
                              .status()
                              .message()),
              HasSubstr("cluster_of_row: 1 entries for 6 rows"));
  EXPECT_THAT(std::string(dqe::MergeClusters(t.InferredSchema(), spec, t.view,
                                             std::vector<uint32_t>{0, 0, 0, 0, 0, 99})
                              .status()
                              .message()),
              HasSubstr("cluster_of_row[5]: row 99 is out of range"));
  spec.fields.emplace_back("mobile", dqe::SurvivorshipRule::kUnion);
  EXPECT_THAT(std::string(
                  dqe::MergeClusters(t.InferredSchema(), spec, t.view, ByEntity(t.rows)).status().message()),
              HasSubstr("merge.fields.mobile: the table has no column \"mobile\""));
}

TEST(MergeClusters, InvalidUtf8CellsAreKeptAsTheyAre) {
  Table t({"id", "full_name"}, {{"1", std::string("Nguy\xff\xfe", 6)}, {"2", "Nguyễn"}});
  absl::StatusOr<dqe::MergeResult> r = dqe::MergeClusters(
      t.InferredSchema(), dqe::MergeSpec(), t.view, std::vector<uint32_t>{0, 0});
  ASSERT_TRUE(r.ok()) << r.status();
  // Row 1 is more complete? Both have two cells: the smaller id (1) wins,
  // and its bytes are kept as they are.
  EXPECT_EQ(r->golden[0].values[1], std::string("Nguy\xff\xfe", 6));
  EXPECT_EQ(r->Fate(1, 1), dqe::CellFate::kLost);
}

}  // namespace
