// Jaro and Jaro-Winkler on the names users type. Expected values are worked
// out by hand (m matches, t transpositions, l common prefix);
// string_metrics_property_test checks the same functions against a naive
// implementation on generated pairs.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "dqe/compare.h"

namespace dqe {
namespace {

// Jaro from its parts.
constexpr double J(double m, double la, double lb, double t) {
  return (m / la + m / lb + (m - t) / m) / 3.0;
}
// Winkler's boost with prefix weight 0.1.
constexpr double W(double jaro, double l) { return jaro + l * 0.1 * (1 - jaro); }

struct Case {
  std::string_view a, b;
  double jaro, jaro_winkler;
};

TEST(JaroWinklerTest, Cases) {
  const Case cases[] = {
      // Empty strings.
      {"", "", 1.0, 1.0},
      {"", "an", 0.0, 0.0},
      {"an", "", 0.0, 0.0},
      {"a", "a", 1.0, 1.0},
      // Winkler's examples. MARTHA/MARHTA: m 6, TH/HT one transposition.
      {"MARTHA", "MARHTA", J(6, 6, 6, 1), W(J(6, 6, 6, 1), 3)},
      {"DWAYNE", "DUANE", J(4, 6, 5, 0), W(J(4, 6, 5, 0), 1)},
      {"DIXON", "DICKSONX", J(4, 5, 8, 0), W(J(4, 5, 8, 0), 2)},
      // Window 5/2-1 = 1: only R, A, E match; no common prefix.
      {"CRATE", "TRACE", J(3, 5, 5, 0), J(3, 5, 5, 0)},
      // Window 0: nothing matches across positions.
      {"ab", "ba", 0.0, 0.0},
      // Jaro 2/3 <= 0.7: no prefix boost although they share "a".
      {"ab", "ac", J(1, 2, 2, 0), J(1, 2, 2, 0)},
      // Vietnamese: ễ is one symbol, unequal to e; window 2 lets the final
      // n match.
      {"nguyen", "nguyễn", J(5, 6, 6, 0), W(J(5, 6, 6, 0), 4)},
      {"Nguyễn", "Nguyen", J(5, 6, 6, 0), W(J(5, 6, 6, 0), 4)},
      {"nguyen van an", "nguyen van an", 1.0, 1.0},
      // Han.
      {"张伟", "张为", J(1, 2, 2, 0), J(1, 2, 2, 0)},
      {"王秀英", "王秀英", 1.0, 1.0},
      {"王秀英", "王秀", J(2, 3, 2, 0), W(J(2, 3, 2, 0), 2)},
      {"張偉", "张伟", 0.0, 0.0},
      // Western.
      {"Smith", "Smyth", J(4, 5, 5, 0), W(J(4, 5, 5, 0), 2)},
      // Pinyin spacing: window 5; "wang xiu" and "ying" all match.
      {"wang xiuying", "wang xiu ying", J(12, 12, 13, 0), W(J(12, 12, 13, 0), 4)},
      // Invalid bytes are symbols; equal bytes match.
      {"\xFF" "a", "\xFF" "a", 1.0, 1.0},
      {"\xFF" "abc", "\xFE" "abc", J(3, 4, 4, 0), J(3, 4, 4, 0)},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " | " + std::string(c.b));
    EXPECT_NEAR(JaroSimilarity(c.a, c.b), c.jaro, 1e-12);
    EXPECT_NEAR(JaroSimilarity(c.b, c.a), c.jaro, 1e-12);
    EXPECT_NEAR(JaroWinklerSimilarity(c.a, c.b), c.jaro_winkler, 1e-12);
    EXPECT_NEAR(JaroWinklerSimilarity(c.b, c.a), c.jaro_winkler, 1e-12);
    EXPECT_NEAR(CachedJaroWinkler(c.a).Similarity(c.b), c.jaro_winkler, 1e-12);
    EXPECT_NEAR(CachedJaroWinkler(c.b).Similarity(c.a), c.jaro_winkler, 1e-12);
  }
}

TEST(JaroWinklerTest, KnownValues) {
  EXPECT_NEAR(JaroWinklerSimilarity("MARTHA", "MARHTA"), 0.961111111111, 1e-12);
  EXPECT_NEAR(JaroWinklerSimilarity("DWAYNE", "DUANE"), 0.84, 1e-12);
  EXPECT_NEAR(JaroWinklerSimilarity("DIXON", "DICKSONX"), 0.813333333333, 1e-12);
}

TEST(JaroWinklerTest, PrefixWeight) {
  const double jaro = J(6, 6, 6, 1);
  EXPECT_NEAR(JaroWinklerSimilarity("MARTHA", "MARHTA", 0.0), jaro, 1e-12);
  EXPECT_NEAR(JaroWinklerSimilarity("MARTHA", "MARHTA", 0.2),
              jaro + 3 * 0.2 * (1 - jaro), 1e-12);
  // Clamped to 0.25 so that four common symbols cannot pass 1.
  EXPECT_NEAR(JaroWinklerSimilarity("MARTHA", "MARHTA", 1.0),
              jaro + 3 * 0.25 * (1 - jaro), 1e-12);
  EXPECT_NEAR(CachedJaroWinkler("MARTHA", 1.0).Similarity("MARHTA"),
              jaro + 3 * 0.25 * (1 - jaro), 1e-12);
  EXPECT_NEAR(JaroWinklerSimilarity("MARTHA", "MARHTA", -1.0), jaro, 1e-12);
  // The prefix counts at most four symbols.
  EXPECT_NEAR(JaroWinklerSimilarity("nguyenx", "nguyeny"),
              W(J(6, 7, 7, 0), 4), 1e-12);
}

TEST(JaroWinklerTest, CutoffReturnsZeroBelowIt) {
  EXPECT_EQ(JaroWinklerSimilarity("DWAYNE", "DUANE", 0.1, 0.85), 0.0);
  EXPECT_NEAR(JaroWinklerSimilarity("DWAYNE", "DUANE", 0.1, 0.84), 0.84, 1e-12);
  const double martha = W(J(6, 6, 6, 1), 3);
  EXPECT_NEAR(JaroWinklerSimilarity("MARTHA", "MARHTA", 0.1, martha), martha,
              1e-15);
  EXPECT_EQ(JaroSimilarity("MARTHA", "MARHTA", 0.95), 0.0);
  // Lengths alone rule this out: at best (1/1 + 1/10 + 1) / 3.
  EXPECT_EQ(JaroWinklerSimilarity("a", "aaaaaaaaaa", 0.1, 0.8), 0.0);
  const CachedJaroWinkler dwayne("DWAYNE");
  EXPECT_EQ(dwayne.Similarity("DUANE", 0.85), 0.0);
  EXPECT_NEAR(dwayne.Similarity("DUANE", 0.84), 0.84, 1e-12);
  EXPECT_EQ(JaroWinklerSimilarity("", "", 0.1, 1.0), 1.0);
}

TEST(JaroWinklerTest, LongStringsUseTheFallback) {
  // 100 symbols: beyond one 64-bit word.
  std::string a, b;
  for (int i = 0; i < 25; ++i) {
    a += "nguy";
    b += i == 20 ? "ngyu" : "nguy";
  }
  const double expected = W(J(100, 100, 100, 1), 4);
  EXPECT_NEAR(JaroWinklerSimilarity(a, b), expected, 1e-12);
  EXPECT_NEAR(CachedJaroWinkler(a).Similarity(b), expected, 1e-12);
  EXPECT_NEAR(CachedJaroWinkler(a.substr(0, 40)).Similarity(b),
              JaroWinklerSimilarity(a.substr(0, 40), b), 1e-12);
}

}  // namespace
}  // namespace dqe
