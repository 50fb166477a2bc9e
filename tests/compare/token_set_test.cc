// Token ratios on name keys whose tokens come in another order or another
// spacing. Expected values are worked out by hand;
// string_metrics_property_test checks both functions against a naive
// implementation of their definitions on generated pairs.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>
#include <string_view>

#include "dqe/compare.h"
#include "src/compare/field_comparator.h"

namespace dqe {
namespace {

struct Case {
  std::string_view a, b;
  double token_set, spaceless;
};

TEST(TokenRatioTest, Cases) {
  const Case cases[] = {
      // No tokens: missing, not a match.
      {"", "", 0.0, 0.0},
      {"", "nguyen van an", 0.0, 0.0},
      {"   ", "an", 0.0, 0.0},
      // Order: Vietnamese given name first, Chinese given name first.
      {"an nguyen van", "nguyen van an", 1.0, 1.0},
      {"zhang wei", "wei zhang", 1.0, 1.0},
      {"John Smith", "Smith John", 1.0, 1.0},
      // Whitespace runs and repeats do not count.
      {" nguyen\tvan  an ", "nguyen van an", 1.0, 1.0},
      {"nguyen nguyen an", "nguyen an", 1.0, 1.0 - 6.0 / 14},
      // Syllable spacing (ICU writes 王秀英 "wang xiu ying"):
      // I "wang", SA "wang xiuying" (12), SB "wang xiu ying" (13), A and B one
      // edit apart; spaceless both read "wangxiuying".
      {"wang xiuying", "wang xiu ying", 1.0 - 1.0 / 13, 1.0},
      {"xiuying wang", "wang xiu ying", 1.0 - 1.0 / 13, 1.0},
      // A typo in one token: SA "nguyen van an" (13), SB "nguyen van anh"
      // (14); spaceless "annguyenvan" (11) vs "anhnguyenvan" (12).
      {"nguyen van an", "nguyen van anh", 1.0 - 1.0 / 14, 1.0 - 1.0 / 12},
      // A subset scores 1.0 (see the header); spaceless sees the missing
      // "van": "annguyen" vs "annguyenvan".
      {"nguyen an", "nguyen van an", 1.0, 1.0 - 3.0 / 11},
      // Diacritics left in one key: SA "garcia jose" vs SB "garcia josé".
      {"jose garcia", "garcia josé", 1.0 - 1.0 / 11, 1.0 - 1.0 / 10},
      // Han keys without spaces are one token each.
      {"张伟", "张为", 0.5, 0.5},
      {"王 秀英", "秀英 王", 1.0, 1.0},
      // Invalid bytes are symbols: "\xFF" and "\xFE" differ.
      {"an \xFF", "\xFE an", 1.0 - 1.0 / 4, 1.0 - 1.0 / 3},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " | " + std::string(c.b));
    EXPECT_NEAR(TokenSetRatio(c.a, c.b), c.token_set, 1e-12);
    EXPECT_NEAR(TokenSetRatio(c.b, c.a), c.token_set, 1e-12);
    EXPECT_NEAR(SpacelessTokenSortRatio(c.a, c.b), c.spaceless, 1e-12);
    EXPECT_NEAR(SpacelessTokenSortRatio(c.b, c.a), c.spaceless, 1e-12);
  }
}

TEST(TokenRatioTest, CutoffReturnsZeroBelowIt) {
  const double xiuying = 1.0 - 1.0 / 13;
  EXPECT_EQ(TokenSetRatio("wang xiuying", "wang xiu ying", 0.95), 0.0);
  EXPECT_NEAR(TokenSetRatio("wang xiuying", "wang xiu ying", xiuying), xiuying,
              1e-15);
  EXPECT_EQ(TokenSetRatio("an nguyen van", "nguyen van an", 1.0), 1.0);
  EXPECT_EQ(TokenSetRatio("an", "an", 1.5), 0.0);
  EXPECT_EQ(SpacelessTokenSortRatio("nguyen an", "nguyen van an", 0.8), 0.0);
  EXPECT_NEAR(SpacelessTokenSortRatio("nguyen an", "nguyen van an", 0.7),
              1.0 - 3.0 / 11, 1e-12);
}

// Values whose tokens are stored sorted (a company's and an address's
// SourceFeatures::sorted) give the same ratio without sorting again.
TEST(TokenRatioTest, SortedTokensGiveTheSameRatio) {
  std::mt19937 rng(5);
  const std::vector<std::string> words = {"phuong", "p7", "q10", "le", "loi", "241",
                                          "truong", "chinh", "hoang", "long", "an",
                                          "tmdv", "dien", "bien", "phu", "ba"};
  auto phrase = [&] {
    std::vector<std::string> t;
    const int n = 1 + static_cast<int>(rng() % 6);
    for (int i = 0; i < n; ++i) t.push_back(words[rng() % words.size()]);
    return t;
  };
  auto join = [](std::vector<std::string> t, bool sort) {
    if (sort) std::sort(t.begin(), t.end());
    std::string s;
    for (const std::string& w : t) s += (s.empty() ? "" : " ") + w;
    return s;
  };
  for (int i = 0; i < 5000; ++i) {
    const std::vector<std::string> a = phrase(), b = phrase();
    const double cutoff = (rng() % 10) / 10.0;
    for (bool address : {false, true}) {
      const double plain = address ? internal::AddressTokenSetRatio(join(a, false), join(b, false), cutoff)
                                   : TokenSetRatio(join(a, false), join(b, false), cutoff);
      EXPECT_EQ(internal::SortedTokenSetRatio(join(a, true), join(b, true), cutoff, address),
                plain)
          << join(a, false) << " / " << join(b, false);
    }
  }
}

}  // namespace
}  // namespace dqe
