// English short forms of given names meet their formal names in match keys;
// Vietnamese and Chinese names are left alone.
#include "src/normalize/given_name_variants.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/engine/record_features.h"

namespace dqe::internal {
namespace {

TEST(FormalGivenName, ShortFormsAndOthers) {
  EXPECT_EQ(FormalGivenName("bob"), "robert");
  EXPECT_EQ(FormalGivenName("jen"), "jennifer");
  EXPECT_EQ(FormalGivenName("bill"), "william");
  EXPECT_EQ(FormalGivenName("robert"), "robert");
  EXPECT_EQ(FormalGivenName("dan"), "dan");  // Dân, 丹: not Daniel
  EXPECT_EQ(FormalGivenName(""), "");
  EXPECT_EQ(FormalGivenName("zzz"), "zzz");
}

std::vector<std::string> SortedKeys(const std::vector<std::string_view>& cells) {
  TableColumns table;
  table.columns = {cells};
  table.num_rows = cells.size();
  SourceSpec spec;
  spec.columns = {0};
  spec.kind = Kind::kPersonName;
  std::vector<SourceSpec> specs = {spec};
  std::vector<SourceFeatures> f = ComputeFeatures(table, specs, FeatureOptions());
  std::vector<std::string> out;
  for (size_t r = 0; r < cells.size(); ++r) out.emplace_back(f[0].sorted(r));
  return out;
}

TEST(NameFeatures, WesternShortFormsMeetTheFormalName) {
  std::vector<std::string> k =
      SortedKeys({"Bob C. Ortiz", "Robert C. Ortiz", "Mr. BOB C. ORTIZ",
                  "Jen Torres", "Jennifer Torres"});
  EXPECT_EQ(k[0], k[1]);
  EXPECT_EQ(k[0], k[2]);
  EXPECT_EQ(k[3], k[4]);
  EXPECT_NE(k[0], k[3]);
}

TEST(NameFeatures, VietnameseAndChineseNamesAreNotRewritten) {
  // "Tom", "Ben", "Ken" … written by Vietnamese or as pinyin stay as typed.
  std::vector<std::string> k =
      SortedKeys({"Nguyen Ben", "Nguyễn Bến", "Tran Tom", "Ken Nguyen",
                  "Dan Wang", "王丹"});
  EXPECT_EQ(k[0], "ben nguyen");
  EXPECT_EQ(k[2], "tom tran");
  EXPECT_EQ(k[3], "ken nguyen");
  EXPECT_EQ(k[4], k[5]);  // "dan wang" either way
}

}  // namespace
}  // namespace dqe::internal
