// field_comparator.cc: the level tests on normalized values.
#include "src/compare/field_comparator.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "src/common/split.h"
#include "dqe/compare.h"
#include "src/normalize/cantonese.h"

namespace dqe::internal {
namespace {

bool IsName(Kind k) { return k == Kind::kPersonName; }

// The value most tests read: a name's sorted tokens (so that order does not
// matter), anything else's key.
std::string_view TestValue(const BoundComparison& c, uint32_t row) {
  return IsName(c.kind) ? c.features->sorted(row) : c.features->key(row);
}

// Whether pred(x, y, threshold) holds for a value x of `a` and a value y of
// `b` (values separated by '\n': a phone cell's numbers, a name's Cantonese
// forms).
template <typename Pred>
bool AnyValuePair(std::string_view a, std::string_view b, Pred&& pred,
                  double threshold) {
  // Most cells hold one value: no splitting then.
  const bool single_a = a.find('\n') == std::string_view::npos;
  const bool single_b = b.find('\n') == std::string_view::npos;
  if (single_a && single_b) return pred(a, b, threshold);
  for (size_t i = 0; i <= a.size();) {
    size_t ia = a.find('\n', i);
    if (ia == std::string_view::npos) ia = a.size();
    std::string_view x = a.substr(i, ia - i);
    for (size_t j = 0; j <= b.size();) {
      size_t jb = b.find('\n', j);
      if (jb == std::string_view::npos) jb = b.size();
      if (pred(x, b.substr(j, jb - j), threshold)) return true;
      j = jb + 1;
    }
    i = ia + 1;
  }
  return false;
}

// The same number, whether or not either row marked it a shared line.
bool Equal(std::string_view x, std::string_view y, double) {
  return UnmarkedNumber(x) == UnmarkedNumber(y);
}
// The same number, and neither row says it is a shared line.
bool EqualMobile(std::string_view x, std::string_view y, double) {
  return x == y && !x.empty() && x[0] != kSharedLineMark;
}

// Equal but for spaces, where one's words are the other's cut further:
// "wang xiu ying" = "wang xiuying", but "hoa nguyen xuan" is not
// "hoang uyen xuan" (each has a cut the other lacks).
bool EqualSpaceless(std::string_view x, std::string_view y) {
  size_t i = 0, j = 0;
  bool x_cut = false, y_cut = false;  // a cut one has and the other lacks
  while (true) {
    const size_t i0 = i, j0 = j;
    while (i < x.size() && x[i] == ' ') ++i;
    while (j < y.size() && y[j] == ' ') ++j;
    if (i == x.size() || j == y.size()) return i == x.size() && j == y.size();
    if (i0 > 0 && j0 > 0) {
      const bool cx = i > i0, cy = j > j0;
      x_cut |= cx && !cy;
      y_cut |= cy && !cx;
      if (x_cut && y_cut) return false;
    }
    if (x[i] != y[j]) return false;
    ++i;
    ++j;
  }
}
bool WithinEdits(std::string_view x, std::string_view y, double t) {
  size_t k = t < 0 ? 0 : static_cast<size_t>(t);
  return LevenshteinDistance(UnmarkedNumber(x), UnmarkedNumber(y), k) <= k;
}

// Every token of the value with fewer tokens is in the other: a name with a
// part left out ("Noah" and "Noah Morris", "Nguyễn An" and "Nguyễn Văn An")
// is incomplete, not different.
bool TokenSubset(std::string_view a, std::string_view b) {
  std::vector<std::string_view> ta = SplitView(a, ' ', true);
  std::vector<std::string_view> tb = SplitView(b, ' ', true);
  if (ta.size() > tb.size()) std::swap(ta, tb);
  if (ta.empty() || ta.size() == tb.size()) return false;
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

// The user part as a person: without dots and +tag, since Gmail keys drop
// them and other providers keep them (Nguyen.Van.An@yahoo.com vs
// nguyenvanan@gmail.com).
bool SameUser(std::string_view a, std::string_view b) {
  auto clean = [](std::string_view local) {
    std::string out;
    for (char c : local.substr(0, local.find('+'))) {
      if (c != '.') out.push_back(c);
    }
    return out;
  };
  return clean(LocalPart(a)) == clean(LocalPart(b));
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

bool IsSimilarity(LevelTest t) {
  return t == LevelTest::kJaroWinkler || t == LevelTest::kLevenshteinSimilarity ||
         t == LevelTest::kTokenSet || t == LevelTest::kTokenSort;
}

// The similarity a test computes, with `cutoff` (0 when below it). E-mails
// compare their user names: the shared "@gmail.com" says nothing.
double Similarity(const BoundComparison& c, LevelTest test, double cutoff,
                  uint32_t a, uint32_t b) {
  const SourceFeatures& f = *c.features;
  std::string_view x = TestValue(c, a), y = TestValue(c, b);
  if (c.kind == Kind::kEmail && test != LevelTest::kTokenSet &&
      test != LevelTest::kTokenSort) {
    x = LocalPart(f.key(a));
    y = LocalPart(f.key(b));
  }
  switch (test) {
    case LevelTest::kJaroWinkler:
      return JaroWinklerSimilarity(x, y, 0.1, cutoff);
    case LevelTest::kLevenshteinSimilarity:
      return LevenshteinSimilarity(x, y, cutoff);
    case LevelTest::kTokenSet:
      // A company's and an address's tokens are stored sorted.
      if (c.kind == Kind::kAddress || c.kind == Kind::kCompany) {
        return SortedTokenSetRatio(f.sorted(a), f.sorted(b), cutoff,
                                   c.kind == Kind::kAddress);
      }
      return TokenSetRatio(f.key(a), f.key(b), cutoff);
    case LevelTest::kTokenSort: {
      if (!IsName(c.kind)) return SpacelessTokenSortRatio(f.key(a), f.key(b), cutoff);
      // A name's sorted tokens are stored: drop the spaces and compare.
      thread_local std::string sa, sb;
      sa.clear();
      sb.clear();
      AppendWithoutSpaces(f.sorted(a), &sa);
      AppendWithoutSpaces(f.sorted(b), &sb);
      return LevenshteinSimilarity(sa, sb, cutoff);
    }
    default:
      return 0.0;
  }
}


}  // namespace

bool UserSpelledFromName(std::string_view email_key, std::string_view name_key) {
  std::string user;
  std::string_view local = LocalPart(email_key);
  local = local.substr(0, local.find('+'));
  for (char c : local) {
    if (c == '.' || c == '_' || c == '-') continue;
    if (c < 'a' || c > 'z') return false;
    user.push_back(c);
  }
  const std::vector<std::string_view> tokens = SplitView(name_key, ' ', true);
  if (user.empty() || tokens.empty() || tokens.size() > 8) return false;
  // reach[i]: the sets of tokens (bit masks) that spell user[0, i).
  std::vector<std::vector<uint32_t>> reach(user.size() + 1);
  reach[0].push_back(0);
  for (size_t i = 0; i < user.size(); ++i) {
    for (uint32_t used : reach[i]) {
      for (size_t t = 0; t < tokens.size(); ++t) {
        if (used & (1u << t)) continue;
        const std::string_view tok = tokens[t];
        for (size_t len : {tok.size(), size_t{1}}) {
          if (len == 0 || i + len > user.size() ||
              user.compare(i, len, tok.substr(0, len)) != 0) {
            continue;
          }
          std::vector<uint32_t>& next = reach[i + len];
          const uint32_t mask = used | (1u << t);
          if (std::find(next.begin(), next.end(), mask) == next.end()) {
            next.push_back(mask);
          }
        }
      }
    }
  }
  return !reach[user.size()].empty();
}

bool LevelTestPasses(const BoundComparison& c, LevelTest test,
                     double threshold, uint32_t a, uint32_t b) {
  const SourceFeatures& f = *c.features;
  if (IsSimilarity(test)) return Similarity(c, test, threshold, a, b) >= threshold;
  if (c.kind == Kind::kEmail && test == LevelTest::kLevenshtein) {
    // Similar addresses are similar user names (see Similarity).
    return WithinEdits(LocalPart(f.key(a)), LocalPart(f.key(b)), threshold);
  }
  const bool multi = !f.values(a).empty() && !f.values(b).empty();
  switch (test) {
    case LevelTest::kEqualMobile:
      if (!multi) return f.key(a) == f.key(b);
      if (c.shared_values == nullptr || c.shared_values->empty()) {
        return AnyValuePair(f.values(a), f.values(b), EqualMobile, 0);
      }
      // Numbers found in use as shared lines are not a person's either.
      return AnyValuePair(
          f.values(a), f.values(b),
          [&](std::string_view x, std::string_view y, double) {
            return EqualMobile(x, y, 0) && !c.shared_values->contains(x);
          },
          0);
    case LevelTest::kEqual:
      if (multi) return AnyValuePair(f.values(a), f.values(b), Equal, 0);
      if (IsName(c.kind)) {
        return EqualSpaceless(f.sorted(a), f.sorted(b)) ||
               EqualSpaceless(f.key(a), f.key(b)) ||
               (!f.core(a).empty() && f.core(a) == f.core(b)) ||
               CantoneseFormsMeet(f.cantonese(a), f.cantonese(b));
      }
      if (TestValue(c, a) != TestValue(c, b)) return false;
      // A mailbox unrelated people use (a family's, an office's) is not one
      // person's: it agrees as the same user at most.
      return c.kind != Kind::kEmail || c.shared_values == nullptr ||
             !c.shared_values->contains(f.key(a));
    case LevelTest::kLevenshtein:
      if (multi) {
        return AnyValuePair(f.values(a), f.values(b), WithinEdits, threshold);
      }
      return WithinEdits(TestValue(c, a), TestValue(c, b), threshold);
    case LevelTest::kJaroWinkler:
    case LevelTest::kLevenshteinSimilarity:
    case LevelTest::kTokenSet:
    case LevelTest::kTokenSort:
      return false;  // handled above
    case LevelTest::kTokenSubset:
      return TokenSubset(f.key(a), f.key(b));
    case LevelTest::kCoreName:
      if (c.kind == Kind::kCompany) {
        return !f.core(a).empty() && f.core(a) == f.core(b);
      }
      return f.key(a) == f.key(b);
    case LevelTest::kInitials:
      return Initials(f.key(a), f.key(b));
    case LevelTest::kEmailLocal:
      if (c.name_like_user != nullptr && (*c.name_like_user)[a] &&
          (*c.name_like_user)[b]) {
        return false;  // the names agree, not two people's own choices
      }
      return SameUser(f.key(a), f.key(b));
    case LevelTest::kDateTypo:
      return DateTypo(f.key(a), f.key(b));
    case LevelTest::kWithin: {
      double x = f.number(a), y = f.number(b);
      if (std::isnan(x) || std::isnan(y)) return false;
      return std::fabs(x - y) <= threshold;
    }
    case LevelTest::kOtherKind:
      // Kinds one person holds side by side: a mobile and an office line,
      // a private and a work address.
      if (c.kind == Kind::kPhone) return !f.personal_line(a) || !f.personal_line(b);
      if (c.kind == Kind::kEmail) return f.mail_provider(a) != f.mail_provider(b);
      // A name in characters and one in letters: 鄭語媛 and "Connie Cheng"
      // cannot be compared letter by letter.
      if (c.kind == Kind::kPersonName) return f.han_script(a) != f.han_script(b);
      return false;
    case LevelTest::kElse:
      return true;
  }
  return false;
}

void PrepareComparison(BoundComparison* c) {
  for (double& t : c->min_threshold) t = 2.0;
  for (const LevelSpec& l : c->levels) {
    double& t = c->min_threshold[static_cast<int>(l.test)];
    t = std::min(t, l.threshold);
  }
}


uint8_t CompareLevel(const BoundComparison& c, uint32_t a, uint32_t b) {
  if (c.features->missing(a) || c.features->missing(b)) return kMissingLevel;
  constexpr int kTests = static_cast<int>(LevelTest::kElse) + 1;
  double cached[kTests];
  for (double& v : cached) v = -1.0;
  for (size_t i = 0; i < c.levels.size(); ++i) {
    const LevelSpec& l = c.levels[i];
    bool pass;
    if (IsSimilarity(l.test)) {
      double& v = cached[static_cast<int>(l.test)];
      if (v < 0) {
        v = Similarity(c, l.test, c.min_threshold[static_cast<int>(l.test)], a, b);
      }
      pass = v >= l.threshold;
    } else {
      pass = LevelTestPasses(c, l.test, l.threshold, a, b);
    }
    if (pass) return static_cast<uint8_t>(i);
  }
  return static_cast<uint8_t>(c.levels.size() - 1);
}

bool InFirstLevel(const BoundComparison& c, uint32_t a, uint32_t b) {
  if (c.levels.empty() || c.features->missing(a) || c.features->missing(b)) {
    return false;
  }
  const LevelSpec& first = c.levels[0];
  if (IsSimilarity(first.test)) {
    // With CompareLevel's cutoff, so that the similarity is the same.
    const double cutoff = c.min_threshold[static_cast<int>(first.test)];
    return Similarity(c, first.test, cutoff, a, b) >= first.threshold;
  }
  return c.levels.size() == 1 ||
         LevelTestPasses(c, first.test, first.threshold, a, b);
}

}  // namespace dqe::internal
