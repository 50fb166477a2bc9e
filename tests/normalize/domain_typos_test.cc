#include "src/normalize/domain_typos.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace dqe::internal {
namespace {

// The textbook optimal-string-alignment recurrence over the full matrix,
// without the cap or the row trick: the reference OsaDistance must agree with.
int ReferenceOsa(const std::string& a, const std::string& b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] =
          std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

TEST(OsaDistanceTest, KnownPairs) {
  EXPECT_EQ(OsaDistance("gmail", "gmail", 1), 0);
  EXPECT_EQ(OsaDistance("gmial", "gmail", 1), 1);   // swap
  EXPECT_EQ(OsaDistance("gmai", "gmail", 1), 1);    // deletion
  EXPECT_EQ(OsaDistance("gmaill", "gmail", 1), 1);  // insertion
  EXPECT_EQ(OsaDistance("gnail", "gmail", 1), 1);   // substitution
  EXPECT_EQ(OsaDistance("gmx", "gmail", 1), 2);     // capped: cap + 1
  EXPECT_EQ(OsaDistance("gmx", "gmail", 5), 3);
  EXPECT_EQ(OsaDistance("", "com", 5), 3);
  EXPECT_EQ(OsaDistance("ca", "abc", 5), 3);  // OSA, not full Damerau (2)
}

TEST(OsaDistanceTest, AgreesWithTheReference) {
  std::mt19937 rng(3);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string a, b;
    const size_t na = rng() % 9, nb = rng() % 9;
    for (size_t i = 0; i < na; ++i) a.push_back("abc."[rng() % 4]);
    for (size_t i = 0; i < nb; ++i) b.push_back("abc."[rng() % 4]);
    const int cap = static_cast<int>(rng() % 4);
    const int want = std::min(ReferenceOsa(a, b), cap + 1);
    ASSERT_EQ(OsaDistance(a, b, cap), want)
        << a << " / " << b << " cap " << cap;
  }
  // Longer than the stack buffer.
  const std::string long_a(100, 'a');
  std::string long_b = long_a;
  long_b[50] = 'b';
  EXPECT_EQ(OsaDistance(long_a, long_b, 3), 1);
}

TEST(SuggestEmailDomainTest, NoSuggestionForLongOrDotlessDomains) {
  EXPECT_EQ(SuggestEmailDomain("gmailcom"), "");
  EXPECT_EQ(SuggestEmailDomain(std::string(40, 'g') + ".com"), "");
}

}  // namespace
}  // namespace dqe::internal
