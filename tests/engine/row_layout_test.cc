// row_layout_test.cc: the matcher's row layout groups rows whose names
// normalize alike, keeps every row once (and linkage's sides apart), and
// moves every normalized value with its row.
#include "src/engine/row_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "src/engine/record_features.h"
#include "tests/support/feature_column.h"

namespace dqe::internal {
namespace {

using ::dqe::testing::FeatureColumn;

const std::vector<std::string> kNames = {
    "Nguyễn Văn An", "Trần Thị Mai",   "王秀英",
    "NGUYEN VAN AN", "An Nguyễn Văn",  "",
    "Tran Thi Mai",  "John Smith",     "王秀英",
    "Smith, John",   "Nguyễn Văn Anh", "Mr. John Smith",
    "Ðặng Thị Hoà",  "Đặng Thị Hòa",   "",
};

void ExpectEveryRowOnce(const std::vector<uint32_t>& row_of, size_t n) {
  ASSERT_EQ(row_of.size(), n);
  std::vector<uint32_t> sorted = row_of;
  std::sort(sorted.begin(), sorted.end());
  for (size_t i = 0; i < n; ++i) EXPECT_EQ(sorted[i], i);
}

TEST(LocalityOrder, RowsWhoseNamesNormalizeAlikeSitSideBySide) {
  const FeatureColumn names(Kind::kPersonName, kNames);
  const SourceFeatures& f = names.features();
  for (int threads : {1, 2}) {
    const std::vector<uint32_t> row_of =
        LocalityOrder(&f, kNames.size(), 0, threads);
    ExpectEveryRowOnce(row_of, kNames.size());
    // Each value's rows form one run, in table order.
    std::map<std::string, std::vector<size_t>> positions;
    for (size_t i = 0; i < row_of.size(); ++i) {
      positions[std::string(f.sorted(row_of[i]))].push_back(i);
    }
    for (const auto& [value, at] : positions) {
      EXPECT_EQ(at.back() - at.front() + 1, at.size())
          << "'" << value << "' split";
      for (size_t k = 1; k < at.size(); ++k) {
        EXPECT_LT(row_of[at[k - 1]], row_of[at[k]]) << value;
      }
    }
    // The spellings that do normalize alike do meet: diacritics, capitals,
    // word order, Ð/Đ and tone placement.
    auto run_of = [&](uint32_t row) {
      return positions[std::string(f.sorted(row))].size();
    };
    EXPECT_EQ(run_of(0), 3u);  // Nguyễn Văn An, NGUYEN VAN AN, An Nguyễn Văn
    EXPECT_EQ(run_of(1), 2u);   // Trần Thị Mai, Tran Thi Mai
    EXPECT_EQ(run_of(2), 2u);   // 王秀英 twice
    EXPECT_EQ(run_of(12), 2u);  // Ðặng Thị Hoà, Đặng Thị Hòa
    EXPECT_EQ(run_of(5), 2u);   // the two rows without a name
    EXPECT_EQ(run_of(10), 1u);  // Nguyễn Văn Anh is another name
  }
}

TEST(LocalityOrder, LinkageKeepsTheLeftRowsFirst) {
  const FeatureColumn names(Kind::kPersonName, kNames);
  const size_t left = 6;
  const std::vector<uint32_t> row_of =
      LocalityOrder(&names.features(), kNames.size(), left, 2);
  ExpectEveryRowOnce(row_of, kNames.size());
  for (size_t i = 0; i < kNames.size(); ++i) {
    EXPECT_EQ(row_of[i] < left, i < left) << i;
  }
}

TEST(LocalityOrder, WithoutAKeyTheTableOrderStays) {
  const std::vector<uint32_t> row_of = LocalityOrder(nullptr, 5, 0, 1);
  EXPECT_EQ(row_of, (std::vector<uint32_t>{0, 1, 2, 3, 4}));
}

// Every value a row has (key, sorted tokens, phone numbers with their
// shared-line marks, a company's core, a name's Cantonese forms, the
// number) moves with it; a kind that stores no core keeps none.
TEST(PermuteRows, EveryValueMovesWithItsRow) {
  const FeatureColumn names(
      Kind::kPersonName,
      {"曾海瑞", "Tsang Hoi-sui", "Nguyễn Văn An", "", "David Ting Yu-kai"});
  const FeatureColumn phones(
      Kind::kPhone, {"0912 345 678; 028 3822 1234", "", "+84 912 345 678",
                     "not a phone", "(028) 38221234"});
  const FeatureColumn companies(
      Kind::kCompany, {"Công ty TNHH Minh Phát", "ACME Corp", "",
                       "上海華信貿易有限公司", "Minh Phát Co., Ltd."});
  const FeatureColumn emails(
      Kind::kEmail, {"An.Nguyen+crm@Gmail.com", "", "an@congty.vn", "x@y",
                     "info@minhphat.vn"});
  const FeatureColumn dates(
      Kind::kDate, {"2024-01-31", "31/01/2024", "", "bad", "1999-12-01"});
  const std::vector<SourceFeatures> before = {
      names.features(), phones.features(), companies.features(),
      emails.features(), dates.features()};
  std::vector<SourceFeatures> after = before;
  const std::vector<uint32_t> row_of = {4, 2, 0, 3, 1};
  PermuteRows(row_of, 2, &after);
  for (size_t s = 0; s < before.size(); ++s) {
    ASSERT_EQ(after[s].size(), row_of.size());
    for (size_t i = 0; i < row_of.size(); ++i) {
      const SourceFeatures& b = before[s];
      const SourceFeatures& a = after[s];
      const uint32_t r = row_of[i];
      SCOPED_TRACE(::testing::Message() << "source " << s << " row " << i);
      EXPECT_EQ(a.key(i), b.key(r));
      EXPECT_EQ(a.sorted(i), b.sorted(r));
      EXPECT_EQ(a.values(i), b.values(r));
      EXPECT_EQ(a.core(i), b.core(r));
      EXPECT_EQ(a.cantonese(i), b.cantonese(r));
      EXPECT_EQ(a.missing(i), b.missing(r));
      EXPECT_TRUE(a.number(i) == b.number(r) ||
                  (std::isnan(a.number(i)) && std::isnan(b.number(r))));
    }
  }
  // The test means something: the values differ from row to row.
  EXPECT_NE(before[1].values(0), before[1].values(4));
  EXPECT_FALSE(before[0].cantonese(0).empty());
  EXPECT_FALSE(before[2].core(0).empty());
}

}  // namespace
}  // namespace dqe::internal
