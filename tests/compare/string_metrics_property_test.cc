// The fast string metrics against naive implementations of their definitions
// (written here, O(n·m), on std::u32string) on generated pairs: ASCII,
// Vietnamese, Han, 4-byte code points and invalid bytes; lengths 0–200, so
// that both sides of the 64-symbol word boundary are exercised; pairs that
// are random, and pairs that are a few edits apart. Distances must be equal;
// similarities within 1e-12; with score_cutoff as well, including cutoffs
// equal to the exact score.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "dqe/compare.h"
#include "src/common/utf8.h"
#include "src/compare/field_comparator.h"
#include "tests/support/under_asan.h"

namespace dqe {
namespace {

// Under AddressSanitizer a quarter of the pairs (tests/support/under_asan.h).
#ifdef DQE_UNDER_ASAN
constexpr int kPairs = 30000;
#else
constexpr int kPairs = 120000;
#endif
constexpr double kTolerance = 1e-12;

// ------------------------------------------------------------ reference ----

// Decode: code points; a byte that does not start a valid sequence is the
// symbol 0x110000 + byte.
std::u32string Decode(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = internal::DecodeUtf8(s, &pos);
    if (cp == internal::kInvalidCodePoint) {
      out.push_back(0x110000 + static_cast<unsigned char>(s[pos]));
      ++pos;
    } else {
      out.push_back(cp);
    }
  }
  return out;
}

size_t NaiveLevenshtein(const std::u32string& a, const std::u32string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      size_t best = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      if (up + 1 < best) best = up + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      row[j] = best;
      diagonal = up;
    }
  }
  return row[b.size()];
}

double NaiveLevenshteinSimilarity(const std::u32string& a,
                                  const std::u32string& b) {
  const size_t len = std::max(a.size(), b.size());
  if (len == 0) return 1.0;
  return 1.0 - static_cast<double>(NaiveLevenshtein(a, b)) /
                   static_cast<double>(len);
}

double NaiveJaro(const std::u32string& a, const std::u32string& b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  const long window =
      std::max<long>(0, static_cast<long>(std::max(a.size(), b.size())) / 2 - 1);
  std::vector<bool> a_matched(a.size()), b_matched(b.size());
  size_t m = 0;
  for (long i = 0; i < static_cast<long>(a.size()); ++i) {
    for (long j = std::max<long>(0, i - window);
         j <= std::min<long>(static_cast<long>(b.size()) - 1, i + window); ++j) {
      if (!b_matched[j] && a[i] == b[j]) {
        a_matched[i] = b_matched[j] = true;
        ++m;
        break;
      }
    }
  }
  if (m == 0) return 0.0;
  std::u32string a_seq, b_seq;
  for (size_t i = 0; i < a.size(); ++i) if (a_matched[i]) a_seq += a[i];
  for (size_t j = 0; j < b.size(); ++j) if (b_matched[j]) b_seq += b[j];
  size_t out_of_order = 0;
  for (size_t k = 0; k < m; ++k) out_of_order += a_seq[k] != b_seq[k];
  const double md = static_cast<double>(m);
  const double t = static_cast<double>(out_of_order / 2);
  return (md / static_cast<double>(a.size()) + md / static_cast<double>(b.size()) +
          (md - t) / md) /
         3.0;
}

// NaiveJaroWinkler boosts `jaro`, NaiveJaro(a, b).
double NaiveJaroWinkler(const std::u32string& a, const std::u32string& b,
                        double jaro, double prefix_weight) {
  if (jaro <= 0.7) return jaro;
  size_t l = 0;
  while (l < 4 && l < a.size() && l < b.size() && a[l] == b[l]) ++l;
  return jaro + static_cast<double>(l) * prefix_weight * (1.0 - jaro);
}

std::vector<std::string> NaiveTokens(std::string_view s) {
  std::vector<std::string> out;
  std::string token;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r') {
      if (!token.empty()) out.push_back(token);
      token.clear();
    } else {
      token += c;
    }
  }
  if (!token.empty()) out.push_back(token);
  return out;
}

std::string JoinTokens(const std::vector<std::string>& tokens,
                       std::string_view sep) {
  std::string out;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (k > 0) out += sep;
    out += tokens[k];
  }
  return out;
}

// NaiveTokenSetRatio: with `address`, one token set inside the other scores
// 1 only when the shared tokens hold a number (a token starting with a
// digit) and a word (another token of two bytes or more); else the share
// of the larger set's joined symbols that the shared ones make.
double NaiveTokenSetRatio(std::string_view a, std::string_view b,
                          bool address = false) {
  const std::vector<std::string> va = NaiveTokens(a), vb = NaiveTokens(b);
  const std::set<std::string> sa(va.begin(), va.end()), sb(vb.begin(), vb.end());
  if (sa.empty() || sb.empty()) return 0.0;
  std::vector<std::string> both, only_a, only_b;
  for (const std::string& t : sa) (sb.count(t) ? both : only_a).push_back(t);
  for (const std::string& t : sb) if (!sa.count(t)) only_b.push_back(t);
  if (!both.empty() && (only_a.empty() || only_b.empty())) {
    bool number = false, word = false;
    for (const std::string& t : both) {
      if (t[0] >= '0' && t[0] <= '9') {
        number = true;
      } else if (t.size() >= 2) {
        word = true;
      }
    }
    if (!address || (number && word)) return 1.0;
    const std::set<std::string>& larger = only_a.empty() ? sb : sa;
    const std::vector<std::string> all(larger.begin(), larger.end());
    const double shared = static_cast<double>(Decode(JoinTokens(both, " ")).size());
    const double whole = static_cast<double>(Decode(JoinTokens(all, " ")).size());
    return 1.0 - (whole - shared) / whole;
  }
  std::vector<std::string> with_a = both, with_b = both;
  with_a.insert(with_a.end(), only_a.begin(), only_a.end());
  with_b.insert(with_b.end(), only_b.begin(), only_b.end());
  const std::u32string i = Decode(JoinTokens(both, " "));
  const std::u32string ia = Decode(JoinTokens(with_a, " "));
  const std::u32string ib = Decode(JoinTokens(with_b, " "));
  double best = NaiveLevenshteinSimilarity(ia, ib);
  if (!both.empty()) {
    best = std::max({best, NaiveLevenshteinSimilarity(i, ia),
                     NaiveLevenshteinSimilarity(i, ib)});
  }
  return best;
}

// SortedJoin: the tokens of `s` sorted by bytes, repeats kept, one space
// between them.
std::string SortedJoin(std::string_view s) {
  std::vector<std::string> t = NaiveTokens(s);
  std::sort(t.begin(), t.end());
  return JoinTokens(t, " ");
}

double NaiveSpacelessTokenSortRatio(std::string_view a, std::string_view b) {
  std::vector<std::string> va = NaiveTokens(a), vb = NaiveTokens(b);
  if (va.empty() || vb.empty()) return 0.0;
  std::sort(va.begin(), va.end());
  std::sort(vb.begin(), vb.end());
  // The tokens' symbols are concatenated, not their bytes: "\xC3" and
  // "\x80" stay two invalid bytes and do not become "À".
  std::u32string ja, jb;
  for (const std::string& t : va) ja += Decode(t);
  for (const std::string& t : vb) jb += Decode(t);
  return NaiveLevenshteinSimilarity(ja, jb);
}

size_t WithCutoff(size_t d, size_t cutoff) { return d > cutoff ? cutoff + 1 : d; }
double WithCutoff(double s, double cutoff) { return s >= cutoff ? s : 0.0; }

// ------------------------------------------------------------ generator ----

// Pieces text is made of: ASCII, Vietnamese, Han, 4-byte code points and
// bytes that are not UTF-8 (a lone lead byte, a lone continuation byte, a
// truncated sequence, 0xFF, leads of overlong forms and surrogates).
// Neighbouring pieces may join into valid UTF-8 ("\xC3" + "\x80" is "À") or
// into overlong forms and surrogates ("\xE0\x80\x80", "\xED\xA0\x80");
// the reference decodes the same bytes.
const std::vector<std::string>& Pieces() {
  static const std::vector<std::string> pieces = {
      "a", "b", "c", "e", "n", "g", "u", "y", " ", "A",
      "ă", "â", "đ", "ê", "ễ", "ầ", "ị", "ạ", "ư", "ơ",
      "张", "王", "李", "伟", "秀", "英", "𠀋", "😀",
      "\xC3", "\x80", "\xE4\xB8", "\xFF", "\xE0", "\xED", "\xA0", "\xF0"};
  return pieces;
}

class PairGenerator {
 public:
  explicit PairGenerator(uint32_t seed) : rng_(seed) {}

  int Uniform(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng_);
  }

  // Length: mostly name-sized, often around the 64 boundary, up to 200.
  int Length() {
    const int k = Uniform(0, 19);
    if (k < 8) return Uniform(0, 20);
    if (k < 13) return Uniform(55, 75);
    if (k < 17) return Uniform(0, 80);
    return Uniform(0, 200);
  }

  // Alphabet: a few pieces, so that symbols repeat and match.
  std::vector<std::string> Alphabet() {
    const auto& pieces = Pieces();
    std::vector<std::string> alphabet;
    const bool ascii_only = Uniform(0, 9) < 4;
    const int size = Uniform(1, 8);
    for (int k = 0; k < size; ++k) {
      const int limit = ascii_only ? 9 : static_cast<int>(pieces.size()) - 1;
      alphabet.push_back(pieces[static_cast<size_t>(Uniform(0, limit))]);
    }
    return alphabet;
  }

  std::string Random(const std::vector<std::string>& alphabet, int length) {
    std::string s;
    for (int k = 0; k < length; ++k) {
      s += alphabet[static_cast<size_t>(
          Uniform(0, static_cast<int>(alphabet.size()) - 1))];
    }
    return s;
  }

  // Edit: a few insertions, deletions, substitutions and swaps of pieces.
  std::string Edit(const std::vector<std::string>& alphabet,
                   const std::vector<std::string>& parts) {
    std::vector<std::string> p = parts;
    const int edits = Uniform(0, 6);
    for (int e = 0; e < edits; ++e) {
      const std::string piece = alphabet[static_cast<size_t>(
          Uniform(0, static_cast<int>(alphabet.size()) - 1))];
      const int where = Uniform(0, static_cast<int>(p.size()));
      switch (Uniform(0, 3)) {
        case 0:
          p.insert(p.begin() + where, piece);
          break;
        case 1:
          if (where < static_cast<int>(p.size())) p.erase(p.begin() + where);
          break;
        case 2:
          if (where < static_cast<int>(p.size())) p[static_cast<size_t>(where)] = piece;
          break;
        default:
          if (where + 1 < static_cast<int>(p.size())) {
            std::swap(p[static_cast<size_t>(where)], p[static_cast<size_t>(where) + 1]);
          }
          break;
      }
    }
    std::string s;
    for (const std::string& piece : p) s += piece;
    return s;
  }

  // Pair: independent strings, or one and an edited copy of it.
  std::pair<std::string, std::string> Pair() {
    const std::vector<std::string> alphabet = Alphabet();
    if (Uniform(0, 2) == 0) {
      return {Random(alphabet, Length()), Random(alphabet, Length())};
    }
    std::vector<std::string> parts;
    const int length = Length();
    for (int k = 0; k < length; ++k) {
      parts.push_back(alphabet[static_cast<size_t>(
          Uniform(0, static_cast<int>(alphabet.size()) - 1))]);
    }
    std::string a;
    for (const std::string& piece : parts) a += piece;
    return {a, Edit(alphabet, parts)};
  }

  // Key: name-like and address-like tokens (some equal, some a typo apart,
  // some split or joined syllables, house numbers) separated by whitespace
  // runs.
  std::string Key() {
    static const std::vector<std::string> tokens = {
        "nguyen", "van", "an", "anh", "thi", "tran", "hoa", "hoà", "wang",
        "xiu", "ying", "xiuying", "zhang", "wei", "张伟", "王", "秀英",
        "josé", "jose", "garcia", "nguyễn", "ngyuen", "a", "\xFF", "\xC3",
        "241", "24", "7", "q7", "p"};
    static const std::vector<std::string> spaces = {" ", " ", " ", "  ", "\t"};
    std::string s = Uniform(0, 9) == 0 ? " " : "";
    const int n = Uniform(0, 5);
    for (int k = 0; k < n; ++k) {
      if (k > 0) s += spaces[static_cast<size_t>(Uniform(0, 4))];
      s += tokens[static_cast<size_t>(
          Uniform(0, static_cast<int>(tokens.size()) - 1))];
    }
    if (Uniform(0, 9) == 0) s += " ";
    return s;
  }

 private:
  std::mt19937 rng_;
};

// Cutoffs for a similarity `s`: exactly s (it must pass), and one of none,
// just above s, just below, a little above or below, random, 1.0 — one per
// pair keeps the test fast under sanitizers; 120 000 pairs try them all.
std::vector<double> SimilarityCutoffs(double s, PairGenerator& gen) {
  const double others[] = {0.0,        std::nextafter(s, 2.0),
                           std::nextafter(s, -1.0), s - 0.05,
                           s + 0.05,   gen.Uniform(0, 1000) / 1000.0,
                           1.0};
  return {s, others[gen.Uniform(0, 6)]};
}

// Cutoffs for a distance `d`: exactly d, and one of 0, d - 1, d + 1, random.
std::vector<size_t> DistanceCutoffs(size_t d, PairGenerator& gen) {
  const size_t others[] = {0, d > 0 ? d - 1 : 0, d + 1,
                           static_cast<size_t>(gen.Uniform(0, 20))};
  return {d, others[gen.Uniform(0, 3)]};
}

std::string Show(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\x%02X", c);
      out += buf;
    }
  }
  return out + "\"";
}

#define PAIR_TRACE " a=" << Show(a) << " b=" << Show(b)

TEST(StringMetricsPropertyTest, LevenshteinMatchesNaive) {
  PairGenerator gen(20260101);
  for (int n = 0; n < kPairs; ++n) {
    const auto [a, b] = gen.Pair();
    const std::u32string ua = Decode(a), ub = Decode(b);
    const size_t d = NaiveLevenshtein(ua, ub);
    ASSERT_EQ(LevenshteinDistance(a, b), d) << PAIR_TRACE;
    ASSERT_EQ(LevenshteinDistance(b, a), d) << PAIR_TRACE;
    const CachedLevenshtein cached(a);
    ASSERT_EQ(cached.Distance(b), d) << PAIR_TRACE;
    ASSERT_EQ(cached.size(), ua.size());
    for (size_t c : DistanceCutoffs(d, gen)) {
      ASSERT_EQ(LevenshteinDistance(a, b, c), WithCutoff(d, c))
          << PAIR_TRACE << " cutoff=" << c;
      ASSERT_EQ(cached.Distance(b, c), WithCutoff(d, c))
          << PAIR_TRACE << " cutoff=" << c;
    }
    const double s = NaiveLevenshteinSimilarity(ua, ub);
    ASSERT_NEAR(LevenshteinSimilarity(a, b), s, kTolerance) << PAIR_TRACE;
    ASSERT_NEAR(cached.Similarity(b), s, kTolerance) << PAIR_TRACE;
    for (double c : SimilarityCutoffs(s, gen)) {
      ASSERT_NEAR(LevenshteinSimilarity(a, b, c), WithCutoff(s, c), kTolerance)
          << PAIR_TRACE << " cutoff=" << c;
      ASSERT_NEAR(cached.Similarity(b, c), WithCutoff(s, c), kTolerance)
          << PAIR_TRACE << " cutoff=" << c;
    }
  }
}

TEST(StringMetricsPropertyTest, JaroWinklerMatchesNaive) {
  PairGenerator gen(20260102);
  for (int n = 0; n < kPairs; ++n) {
    const auto [a, b] = gen.Pair();
    const std::u32string ua = Decode(a), ub = Decode(b);
    const double jaro = NaiveJaro(ua, ub);
    ASSERT_NEAR(JaroSimilarity(a, b), jaro, kTolerance) << PAIR_TRACE;
    ASSERT_NEAR(JaroSimilarity(b, a), jaro, kTolerance) << PAIR_TRACE;
    const double weight = n % 5 == 0 ? 0.2 : 0.1;
    const double jw = NaiveJaroWinkler(ua, ub, jaro, weight);
    ASSERT_NEAR(JaroWinklerSimilarity(a, b, weight), jw, kTolerance) << PAIR_TRACE;
    ASSERT_NEAR(JaroWinklerSimilarity(b, a, weight), jw, kTolerance) << PAIR_TRACE;
    const CachedJaroWinkler cached(a, weight);
    ASSERT_NEAR(cached.Similarity(b), jw, kTolerance) << PAIR_TRACE;
    for (double c : SimilarityCutoffs(jw, gen)) {
      ASSERT_NEAR(JaroWinklerSimilarity(a, b, weight, c), WithCutoff(jw, c),
                  kTolerance)
          << PAIR_TRACE << " cutoff=" << c;
      ASSERT_NEAR(cached.Similarity(b, c), WithCutoff(jw, c), kTolerance)
          << PAIR_TRACE << " cutoff=" << c;
    }
    for (double c : SimilarityCutoffs(jaro, gen)) {
      ASSERT_NEAR(JaroSimilarity(a, b, c), WithCutoff(jaro, c), kTolerance)
          << PAIR_TRACE << " cutoff=" << c;
    }
  }
}

TEST(StringMetricsPropertyTest, TokenRatiosMatchNaive) {
  PairGenerator gen(20260103);
  for (int n = 0; n < kPairs; ++n) {
    std::string a, b;
    if (n % 4 == 0) {
      std::tie(a, b) = gen.Pair();  // random text, spaces included
    } else {
      a = gen.Key();
      b = gen.Key();
    }
    const double set = NaiveTokenSetRatio(a, b);
    ASSERT_NEAR(TokenSetRatio(a, b), set, kTolerance) << PAIR_TRACE;
    ASSERT_NEAR(TokenSetRatio(b, a), set, kTolerance) << PAIR_TRACE;
    for (double c : SimilarityCutoffs(set, gen)) {
      ASSERT_NEAR(TokenSetRatio(a, b, c), WithCutoff(set, c), kTolerance)
          << PAIR_TRACE << " cutoff=" << c;
    }
    // Addresses; values stored with their tokens sorted (a company's, an
    // address's SourceFeatures::sorted). Every other pair: the naive
    // reference is slow under the sanitizers.
    const std::string sorted_a = SortedJoin(a), sorted_b = SortedJoin(b);
    for (bool address : {false, true}) {
      if (n % 2 == 1) break;
      const double r = NaiveTokenSetRatio(a, b, address);
      if (address) {
        ASSERT_NEAR(internal::AddressTokenSetRatio(a, b, 0.0), r, kTolerance)
            << PAIR_TRACE;
      }
      ASSERT_NEAR(internal::SortedTokenSetRatio(sorted_a, sorted_b, 0.0, address),
                  r, kTolerance)
          << PAIR_TRACE << " address=" << address;
      for (double c : SimilarityCutoffs(r, gen)) {
        ASSERT_NEAR(internal::SortedTokenSetRatio(sorted_b, sorted_a, c, address),
                    WithCutoff(r, c), kTolerance)
            << PAIR_TRACE << " address=" << address << " cutoff=" << c;
      }
    }
    const double spaceless = NaiveSpacelessTokenSortRatio(a, b);
    ASSERT_NEAR(SpacelessTokenSortRatio(a, b), spaceless, kTolerance)
        << PAIR_TRACE;
    for (double c : SimilarityCutoffs(spaceless, gen)) {
      ASSERT_NEAR(SpacelessTokenSortRatio(a, b, c), WithCutoff(spaceless, c),
                  kTolerance)
          << PAIR_TRACE << " cutoff=" << c;
    }
  }
}

// The generator must reach what the tests claim: both sides of 64 symbols,
// non-ASCII, invalid bytes.
TEST(StringMetricsPropertyTest, GeneratorCoversTheCases) {
  PairGenerator gen(20260101);
  int short_ascii = 0, non_ascii = 0, invalid = 0, over_64 = 0, over_128 = 0;
  for (int n = 0; n < 10000; ++n) {
    const auto [a, b] = gen.Pair();
    const std::u32string ua = Decode(a);
    short_ascii += internal::IsAscii(a) && ua.size() <= 64;
    non_ascii += !internal::IsAscii(a);
    invalid += internal::FindInvalidUtf8(a) != std::string_view::npos;
    over_64 += ua.size() > 64;
    over_128 += ua.size() > 128;
  }
  EXPECT_GT(short_ascii, 1000);
  EXPECT_GT(non_ascii, 3000);
  EXPECT_GT(invalid, 1000);
  EXPECT_GT(over_64, 1000);
  EXPECT_GT(over_128, 300);
}

}  // namespace
}  // namespace dqe
