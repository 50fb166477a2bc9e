// field_comparator.cc: the level tests on normalized values.
#include "src/compare/field_comparator.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "src/common/split.h"
#include "dqe/compare.h"

namespace dqe::internal {
namespace {

bool IsName(Kind k) { return k == Kind::kPersonName; }

// The value most tests read: a name's sorted tokens (so that order does not
// matter), anything else's key.
std::string_view TestValue(const BoundComparison& c, uint32_t row) {
  return IsName(c.kind) ? c.features->sorted(row) : c.features->key(row);
}

bool AnyValuePair(std::string_view a, std::string_view b,
                  bool (*pred)(std::string_view, std::string_view, double),
                  double threshold) {
  for (std::string_view x : SplitView(a, '\n', false)) {
    for (std::string_view y : SplitView(b, '\n', false)) {
      if (pred(x, y, threshold)) return true;
    }
  }
  return false;
}

bool Equal(std::string_view x, std::string_view y, double) { return x == y; }

// Equal but for spaces: "wang xiu ying" = "wang xiuying".
bool EqualSpaceless(std::string_view x, std::string_view y) {
  size_t i = 0, j = 0;
  while (true) {
    while (i < x.size() && x[i] == ' ') ++i;
    while (j < y.size() && y[j] == ' ') ++j;
    if (i == x.size() || j == y.size()) return i == x.size() && j == y.size();
    if (x[i] != y[j]) return false;
    ++i;
    ++j;
  }
}
bool WithinEdits(std::string_view x, std::string_view y, double t) {
  size_t k = t < 0 ? 0 : static_cast<size_t>(t);
  return LevenshteinDistance(x, y, k) <= k;
}

// Every token of the value with fewer tokens is in the other; the shorter
// needs two tokens, so that "An" is not a part of every "... An".
bool TokenSubset(std::string_view a, std::string_view b) {
  std::vector<std::string_view> ta = SplitView(a, ' ', true);
  std::vector<std::string_view> tb = SplitView(b, ' ', true);
  if (ta.size() > tb.size()) std::swap(ta, tb);
  if (ta.size() < 2 || ta.size() == tb.size()) return false;
  std::sort(ta.begin(), ta.end());
  std::sort(tb.begin(), tb.end());
  return std::includes(tb.begin(), tb.end(), ta.begin(), ta.end());
}

// The first tokens agree on their initial and one of them is the initial
// alone: "j smith" vs "john smith", "j" vs "john".
bool Initials(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  size_t ea = a.find(' '), eb = b.find(' ');
  size_t la = ea == std::string_view::npos ? a.size() : ea;
  size_t lb = eb == std::string_view::npos ? b.size() : eb;
  return la == 1 || lb == 1;
}

std::string_view LocalPart(std::string_view email) {
  size_t at = email.rfind('@');
  return at == std::string_view::npos ? email : email.substr(0, at);
}

// YYYYMMDD keys one digit apart, or with day and month swapped.
bool DateTypo(std::string_view a, std::string_view b) {
  if (a.size() != 8 || b.size() != 8) return false;
  int diff = 0;
  for (size_t i = 0; i < 8; ++i) diff += a[i] != b[i];
  if (diff <= 1) return true;
  return a.substr(0, 4) == b.substr(0, 4) && a.substr(4, 2) == b.substr(6, 2) &&
         a.substr(6, 2) == b.substr(4, 2);
}

}  // namespace

bool LevelTestPasses(const BoundComparison& c, LevelTest test,
                     double threshold, uint32_t a, uint32_t b) {
  const SourceFeatures& f = *c.features;
  if (c.kind == Kind::kEmail &&
      (test == LevelTest::kJaroWinkler || test == LevelTest::kLevenshtein ||
       test == LevelTest::kLevenshteinSimilarity)) {
    // Similar addresses are similar user names: the shared "@gmail.com"
    // says nothing.
    std::string_view x = LocalPart(f.key(a)), y = LocalPart(f.key(b));
    switch (test) {
      case LevelTest::kJaroWinkler:
        return JaroWinklerSimilarity(x, y, 0.1, threshold) >= threshold;
      case LevelTest::kLevenshtein:
        return WithinEdits(x, y, threshold);
      default:
        return LevenshteinSimilarity(x, y, threshold) >= threshold;
    }
  }
  const bool multi = !f.values(a).empty() && !f.values(b).empty();
  switch (test) {
    case LevelTest::kEqual:
      if (multi) return AnyValuePair(f.values(a), f.values(b), Equal, 0);
      if (IsName(c.kind)) return EqualSpaceless(f.sorted(a), f.sorted(b));
      return TestValue(c, a) == TestValue(c, b);
    case LevelTest::kJaroWinkler:
      return JaroWinklerSimilarity(TestValue(c, a), TestValue(c, b), 0.1,
                                   threshold) >= threshold;
    case LevelTest::kLevenshtein:
      if (multi) {
        return AnyValuePair(f.values(a), f.values(b), WithinEdits, threshold);
      }
      return WithinEdits(TestValue(c, a), TestValue(c, b), threshold);
    case LevelTest::kLevenshteinSimilarity:
      return LevenshteinSimilarity(TestValue(c, a), TestValue(c, b),
                                   threshold) >= threshold;
    case LevelTest::kTokenSet:
      return TokenSetRatio(f.key(a), f.key(b), threshold) >= threshold;
    case LevelTest::kTokenSort:
      return SpacelessTokenSortRatio(f.key(a), f.key(b), threshold) >= threshold;
    case LevelTest::kTokenSubset:
      return TokenSubset(f.key(a), f.key(b));
    case LevelTest::kInitials:
      return Initials(f.key(a), f.key(b));
    case LevelTest::kEmailLocal:
      return LocalPart(f.key(a)) == LocalPart(f.key(b));
    case LevelTest::kDateTypo:
      return DateTypo(f.key(a), f.key(b));
    case LevelTest::kWithin: {
      double x = f.number(a), y = f.number(b);
      if (std::isnan(x) || std::isnan(y)) return false;
      return std::fabs(x - y) <= threshold;
    }
    case LevelTest::kElse:
      return true;
  }
  return false;
}

uint8_t CompareLevel(const BoundComparison& c, uint32_t a, uint32_t b) {
  if (c.features->missing(a) || c.features->missing(b)) return kMissingLevel;
  for (size_t i = 0; i < c.levels.size(); ++i) {
    const LevelSpec& l = c.levels[i];
    if (LevelTestPasses(c, l.test, l.threshold, a, b)) {
      return static_cast<uint8_t>(i);
    }
  }
  return static_cast<uint8_t>(c.levels.size() - 1);
}

}  // namespace dqe::internal
