// name_frequency_test.cc: a name's naming culture and its share of the
// people estimated from its words, on names as CRM rows hold them.
#include "src/engine/name_frequency.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "src/cluster/union_find.h"
#include "src/engine/record_features.h"
#include "tests/support/feature_column.h"
#include "tests/support/name_corpus.h"

namespace dqe::internal {
namespace {

// A name column normalized as the engine does.
class Names : public ::dqe::testing::FeatureColumn {
 public:
  explicit Names(std::vector<std::string> cells)
      : FeatureColumn(Kind::kPersonName, std::move(cells)) {}
};

TEST(NameCulture, ScriptAndWordsTellIt) {
  const Names names({"Nguyễn Văn An", "NGUYEN VAN AN", "Tran Thi Mai", "王秀英",
                     "Wang Xiuying", "Lin Tzu-ping", "Tsang Hoi-sui", "John Smith",
                     "Karen Miller"});
  const uint8_t expected[] = {2, 2, 2, 1, 1, 1, 1, 0, 0};
  for (size_t r = 0; r < names.size(); ++r) {
    EXPECT_EQ(NameCulture(names.features(), r), expected[r]) << r;
  }
}

// A table of Vietnamese rows where Nguyễn, Văn and Thị are common: Nguyễn
// Văn Nam is far more common than La Công Minh Tuấn, though the table holds
// each name once; a Chinese name of common words (王伟) more than one of
// rare ones (姚伶紫).
TEST(EstimateNameShares, CommonWordsMakeACommonName) {
  std::vector<std::string> cells;
  const char* const families[] = {"Nguyễn", "Nguyễn", "Trần", "Lê"};
  const char* const givens[] = {"An", "Hùng", "Minh", "Dũng", "Nam", "Long"};
  for (int i = 0; i < 24; ++i) {
    cells.push_back(std::string(families[i % 4]) + (i % 2 ? " Thị " : " Văn ") +
                    givens[i % 6]);
  }
  for (const char* h : {"王芳", "王静", "李伟", "张伟", "刘伟", "王磊"}) cells.push_back(h);
  const size_t common = cells.size();
  cells.push_back("Nguyễn Văn Nam");
  const size_t rare = cells.size();
  cells.push_back("La Công Minh Tuấn");
  const size_t han_common = cells.size();
  cells.push_back("王伟");
  const size_t han_rare = cells.size();
  cells.push_back("姚伶紫");
  const Names names(cells);
  UnionFind people(static_cast<uint32_t>(names.size()));
  const NameShares shares = EstimateNameShares(names.features(), people);
  ASSERT_EQ(shares.own.size(), names.size());
  // log2 shares: a common name is many times (bits) more common.
  EXPECT_GT(shares.own[common], shares.own[rare] + 8);
  EXPECT_GT(shares.own[han_common], shares.own[han_rare] + 2);
  for (size_t r = 0; r < names.size(); ++r) {
    EXPECT_LE(shares.own[r], 0.0f) << r;
    EXPECT_LE(shares.pair[r], shares.own[r]) << r;
  }
}

// Words count once per person: a person's three rows (joined by their own
// number) make their words no more common than one row does.
TEST(EstimateNameShares, WordsCountPeopleNotRows) {
  std::vector<std::string> base = {"Trần Quốc Bảo", "Lê Thị Mai", "Phạm Văn Hùng",
                                   "Nguyễn Thị Hoa", "Võ Văn Kiệt", "Đặng Thu Thảo"};
  std::vector<std::string> repeated = base;
  repeated.push_back("Tran Quoc Bao");
  repeated.push_back("TRẦN QUỐC BẢO");
  const Names one(base), three(repeated);
  UnionFind people_one(static_cast<uint32_t>(one.size()));
  UnionFind people_three(static_cast<uint32_t>(three.size()));
  people_three.Union(0, 6);
  people_three.Union(0, 7);
  const NameShares a = EstimateNameShares(one.features(), people_one);
  const NameShares b = EstimateNameShares(three.features(), people_three);
  EXPECT_FLOAT_EQ(a.own[0], b.own[0]);
  EXPECT_FLOAT_EQ(b.own[0], b.own[7]);
  // The pair (0, 7) is one person: its share beside that person alone.
  EXPECT_FLOAT_EQ(b.Log2Share(0, 7), b.own[0]);
}

// The same shares on one thread and on two, on a table large enough to be
// cut into chunks.
TEST(EstimateNameShares, SameOnOneAndTwoThreads) {
  ::dqe::testing::CorpusGenerator gen(11);
  std::vector<std::string> cells;
  for (int i = 0; i < 30000; ++i) {
    switch (i % 4) {
      case 0: cells.push_back(gen.ChineseSimplified()); break;
      case 1: cells.push_back(gen.Western()); break;
      default: cells.push_back(gen.Vietnamese()); break;
    }
  }
  const Names names(cells);
  UnionFind people_one(static_cast<uint32_t>(names.size()));
  UnionFind people_two(static_cast<uint32_t>(names.size()));
  for (uint32_t r = 0; r + 7 < names.size(); r += 7) {
    people_one.Union(r, r + 3);
    people_two.Union(r, r + 3);
  }
  const NameShares one = EstimateNameShares(names.features(), people_one, 1);
  const NameShares two = EstimateNameShares(names.features(), people_two, 2);
  EXPECT_EQ(one.own, two.own);
  EXPECT_EQ(one.pair, two.pair);
}

TEST(EstimateNameShares, RowsWithoutANameAndEmptyTables) {
  const Names names({"", "   ", "Nguyễn Văn An"});
  UnionFind people(3);
  const NameShares shares = EstimateNameShares(names.features(), people);
  EXPECT_EQ(shares.own[0], 0.0f);
  EXPECT_EQ(shares.own[1], 0.0f);
  EXPECT_LT(shares.own[2], 0.0f);
  const Names none({});
  UnionFind nobody(0);
  EXPECT_TRUE(EstimateNameShares(none.features(), nobody).empty());
}

}  // namespace
}  // namespace dqe::internal
