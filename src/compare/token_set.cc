// Token ratios: order-insensitive (TokenSetRatio) and order- and
// spacing-insensitive (SpacelessTokenSortRatio) comparison of keys, both on
// top of the Levenshtein core. Tokens are cut at ASCII whitespace bytes, which
// never occur inside a multi-byte UTF-8 sequence, so cutting bytes and cutting
// symbols agree; comparing tokens as bytes is comparing them as symbols.
#include <absl/container/inlined_vector.h>

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "dqe/compare.h"
#include "src/compare/code_points.h"
#include "src/compare/field_comparator.h"
#include "src/compare/levenshtein_core.h"

namespace dqe {
namespace internal {
namespace {

using Tokens = absl::InlinedVector<std::string_view, 16>;
using Symbols = absl::InlinedVector<char32_t, 64>;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}

// SplitTokens returns the tokens of `s` in the order they stand.
Tokens SplitTokens(std::string_view s) {
  Tokens out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    const size_t start = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// SortedTokens returns the tokens of `s` sorted by bytes; without repeats
// when `unique`.
Tokens SortedTokens(std::string_view s, bool unique) {
  Tokens out = SplitTokens(s);
  std::sort(out.begin(), out.end());
  if (unique) out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// SplitSortedTokens returns the tokens of `s`, whose tokens are sorted
// already (SourceFeatures::sorted), without repeats: no sort needed.
Tokens SplitSortedTokens(std::string_view s) {
  Tokens out = SplitTokens(s);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Join appends the symbols of `tokens` to `out`, one space between tokens
// when `spaced`.
void Join(const Tokens& tokens, bool spaced, Symbols* out) {
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (spaced && k > 0) out->push_back(U' ');
    const size_t old = out->size();
    out->resize(old + tokens[k].size());
    out->resize(old + DecodeSymbols(tokens[k], out->data() + old));
  }
}

// JoinedLength returns the symbol count of `tokens` joined with spaces.
size_t JoinedLength(const Tokens& tokens) {
  size_t n = tokens.empty() ? 0 : tokens.size() - 1;
  for (std::string_view t : tokens) n += CountSymbols(t);
  return n;
}

// Whether the shared tokens place an address: a number and a word.
bool PlacesAddress(const Tokens& both) {
  bool number = false, word = false;
  for (std::string_view t : both) {
    if (t[0] >= '0' && t[0] <= '9') {
      number = true;
    } else if (t.size() >= 2) {
      word = true;
    }
  }
  return number && word;
}

}  // namespace

double TokenSetRatioImpl(std::string_view a, std::string_view b,
                         double score_cutoff, bool address, bool sorted) {
  using internal::NormalizedSimilarity;
  if (score_cutoff > 1.0) return 0.0;
  const internal::Tokens ta = sorted ? internal::SplitSortedTokens(a)
                                     : internal::SortedTokens(a, /*unique=*/true);
  const internal::Tokens tb = sorted ? internal::SplitSortedTokens(b)
                                     : internal::SortedTokens(b, /*unique=*/true);
  if (ta.empty() || tb.empty()) return 0.0;

  // Both sorted: one merge pass splits them into I, A and B.
  Tokens both, only_a, only_b;
  size_t i = 0, j = 0;
  while (i < ta.size() || j < tb.size()) {
    if (j == tb.size() || (i < ta.size() && ta[i] < tb[j])) {
      only_a.push_back(ta[i++]);
    } else if (i == ta.size() || tb[j] < ta[i]) {
      only_b.push_back(tb[j++]);
    } else {
      both.push_back(ta[i++]);
      ++j;
    }
  }
  if (!both.empty() && (only_a.empty() || only_b.empty())) {
    if (!address || PlacesAddress(both)) return 1.0;
    // An address's district or city alone: as similar as its share of the
    // longer address.
    const size_t len_i = internal::JoinedLength(both);
    const size_t len = internal::JoinedLength(only_a.empty() ? tb : ta);
    const double sim = NormalizedSimilarity(len - len_i, len);
    return sim >= score_cutoff ? sim : 0.0;
  }

  const size_t len_i = internal::JoinedLength(both);
  internal::Symbols sym_a, sym_b;
  internal::Join(only_a, /*spaced=*/true, &sym_a);
  internal::Join(only_b, /*spaced=*/true, &sym_b);
  const size_t sep = both.empty() ? 0 : 1;
  const size_t len_sa = len_i + sep + sym_a.size();
  const size_t len_sb = len_i + sep + sym_b.size();

  double best = 0.0;
  if (!both.empty()) {
    // I is a prefix of SA and of SB: their distance is the length difference.
    best = std::max(NormalizedSimilarity(len_sa - len_i, len_sa),
                    NormalizedSimilarity(len_sb - len_i, len_sb));
  }
  // SA and SB share the prefix I + " ": their distance is that of A and B.
  // Only a result above `best` (and the cutoff) matters, so bound it.
  const size_t len = std::max(len_sa, len_sb);
  const size_t max_d = internal::MaxDistanceFor(len, std::max(best, score_cutoff));
  const size_t d = internal::LevenshteinSymbols(sym_a, sym_b, max_d);
  if (d <= max_d) best = std::max(best, NormalizedSimilarity(d, len));
  return best >= score_cutoff ? best : 0.0;
}

double SortedTokenSetRatio(std::string_view a, std::string_view b,
                           double score_cutoff, bool address) {
  return TokenSetRatioImpl(a, b, score_cutoff, address, /*sorted=*/true);
}

double AddressTokenSetRatio(std::string_view a, std::string_view b,
                            double score_cutoff) {
  return TokenSetRatioImpl(a, b, score_cutoff, /*address=*/true, /*sorted=*/false);
}

}  // namespace internal

double TokenSetRatio(std::string_view a, std::string_view b,
                     double score_cutoff) {
  return internal::TokenSetRatioImpl(a, b, score_cutoff, /*address=*/false,
                                     /*sorted=*/false);
}

double SpacelessTokenSortRatio(std::string_view a, std::string_view b,
                               double score_cutoff) {
  const internal::Tokens ta = internal::SortedTokens(a, /*unique=*/false);
  const internal::Tokens tb = internal::SortedTokens(b, /*unique=*/false);
  if (ta.empty() || tb.empty()) return 0.0;
  internal::Symbols sym_a, sym_b;
  internal::Join(ta, /*spaced=*/false, &sym_a);
  internal::Join(tb, /*spaced=*/false, &sym_b);
  return internal::LevenshteinSimilaritySymbols(sym_a, sym_b, score_cutoff);
}

}  // namespace dqe
