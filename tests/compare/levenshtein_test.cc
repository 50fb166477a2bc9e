// Levenshtein on the keys and names users type. The expected values are
// worked out by hand; string_metrics_property_test checks the same functions
// against a naive O(n·m) implementation on generated pairs.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "dqe/compare.h"

namespace dqe {
namespace {

struct Case {
  std::string_view a, b;
  size_t distance;
  double similarity;
};

// NFD of "Nguyễn": e, U+0302 COMBINING CIRCUMFLEX, U+0303 COMBINING TILDE.
constexpr std::string_view kNguyenNfd = "Nguye\xCC\x82\xCC\x83n";

TEST(LevenshteinTest, Cases) {
  const Case cases[] = {
      // Empty strings.
      {"", "", 0, 1.0},
      {"", "an", 2, 0.0},
      {"nguyen", "", 6, 0.0},
      // Folded Vietnamese keys with a typo.
      {"nguyen van an", "nguyen van an", 0, 1.0},
      {"nguyen van an", "nguyen vam an", 1, 1.0 - 1.0 / 13},
      {"tran thi hoa", "tran thi hao", 2, 1.0 - 2.0 / 12},
      // Diacritics: one edit per letter, not per byte (ễ is 3 bytes).
      {"Nguyễn", "Nguyen", 1, 1.0 - 1.0 / 6},
      {"Trần Thị Hoà", "Tran Thi Hoa", 3, 1.0 - 3.0 / 12},
      // Old and new tone placement are different strings; the normalizer
      // makes them one.
      {"Hoà", "Hòa", 2, 1.0 - 2.0 / 3},
      // Ð (eth, U+00D0) typed for Đ (U+0110).
      {"Đặng Thị Hoà", "Ðặng Thị Hoà", 1, 1.0 - 1.0 / 12},
      // NFD is 8 code points: compare normalized keys, not raw text.
      {"Nguyễn", kNguyenNfd, 3, 1.0 - 3.0 / 8},
      // Han: one symbol per character.
      {"张伟", "张为", 1, 0.5},
      {"張偉", "张伟", 2, 0.0},
      {"王秀英", "王秀", 1, 1.0 - 1.0 / 3},
      // Pinyin: syllable spacing and order.
      {"wang xiuying", "wang xiu ying", 1, 1.0 - 1.0 / 13},
      {"zhang wei", "wei zhang", 8, 1.0 - 8.0 / 9},
      // Western.
      {"kitten", "sitting", 3, 1.0 - 3.0 / 7},
      {"Müller", "Mueller", 2, 1.0 - 2.0 / 7},
      {"O'Neil", "ONeil", 1, 1.0 - 1.0 / 6},
      {"Smith", "Smyth", 1, 0.8},
      // Invalid UTF-8: each bad byte is one symbol, never equal to a letter.
      {"\xFF", "\xFE", 1, 0.0},
      {"a\xFF" "b", "ab", 1, 1.0 - 1.0 / 3},
      {"\xC3", "\xC3\xA9", 1, 0.0},  // a lone lead byte vs é
      {"\xC3x", "\xC3y", 1, 0.5},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " | " + std::string(c.b));
    EXPECT_EQ(LevenshteinDistance(c.a, c.b), c.distance);
    EXPECT_EQ(LevenshteinDistance(c.b, c.a), c.distance);
    EXPECT_NEAR(LevenshteinSimilarity(c.a, c.b), c.similarity, 1e-12);
    EXPECT_NEAR(LevenshteinSimilarity(c.b, c.a), c.similarity, 1e-12);
    EXPECT_EQ(CachedLevenshtein(c.a).Distance(c.b), c.distance);
    EXPECT_EQ(CachedLevenshtein(c.b).Distance(c.a), c.distance);
    EXPECT_NEAR(CachedLevenshtein(c.a).Similarity(c.b), c.similarity, 1e-12);
  }
}

TEST(LevenshteinTest, DistanceCutoffReturnsCutoffPlusOne) {
  EXPECT_EQ(LevenshteinDistance("kitten", "sitting", 0), 1u);
  EXPECT_EQ(LevenshteinDistance("kitten", "sitting", 2), 3u);
  EXPECT_EQ(LevenshteinDistance("kitten", "sitting", 3), 3u);
  EXPECT_EQ(LevenshteinDistance("kitten", "sitting", 10), 3u);
  EXPECT_EQ(LevenshteinDistance("an", "nguyen van an", 5), 6u);  // by length
  EXPECT_EQ(LevenshteinDistance("nguyen", "nguyen", 0), 0u);
  const CachedLevenshtein kitten("kitten");
  EXPECT_EQ(kitten.Distance("sitting", 0), 1u);
  EXPECT_EQ(kitten.Distance("sitting", 2), 3u);
  EXPECT_EQ(kitten.Distance("sitting", 3), 3u);
  EXPECT_EQ(kitten.Distance("kitten", 0), 0u);
}

TEST(LevenshteinTest, SimilarityCutoffReturnsZeroBelowIt) {
  const double sim = 1.0 - 3.0 / 7;  // kitten / sitting
  EXPECT_EQ(LevenshteinSimilarity("kitten", "sitting", 0.6), 0.0);
  EXPECT_NEAR(LevenshteinSimilarity("kitten", "sitting", 0.5), sim, 1e-12);
  // A cutoff equal to the score passes it.
  EXPECT_NEAR(LevenshteinSimilarity("kitten", "sitting", sim), sim, 1e-12);
  EXPECT_EQ(LevenshteinSimilarity("kitten", "sitting", 1.5), 0.0);
  EXPECT_EQ(LevenshteinSimilarity("an", "an", 1.0), 1.0);
  EXPECT_EQ(LevenshteinSimilarity("", "", 1.0), 1.0);
  EXPECT_EQ(CachedLevenshtein("kitten").Similarity("sitting", 0.6), 0.0);
  EXPECT_NEAR(CachedLevenshtein("kitten").Similarity("sitting", sim), sim,
              1e-12);
}

TEST(LevenshteinTest, LongStringsCrossTheWordBoundary) {
  // 150 symbols: the blocked (three-word) algorithm.
  std::string a, b;
  for (int i = 0; i < 50; ++i) {
    a += "aễb";
    b += i == 30 ? "aeb" : "aễb";  // one substitution at position 91
  }
  EXPECT_EQ(LevenshteinDistance(a, b), 1u);
  EXPECT_EQ(CachedLevenshtein(a).Distance(b), 1u);
  // Shifted by one: no common prefix or suffix to cut.
  EXPECT_EQ(LevenshteinDistance("x" + a, a + "x"), 2u);
  EXPECT_EQ(CachedLevenshtein("x" + a).Distance(a + "x"), 2u);
  EXPECT_EQ(LevenshteinDistance(std::string(200, 'a'), std::string(70, 'b')),
            200u);
  EXPECT_EQ(LevenshteinDistance(std::string(200, 'a'), std::string(70, 'b'), 5),
            6u);
}

}  // namespace
}  // namespace dqe
