// Token ratios: order-insensitive (TokenSetRatio) and order- and
// spacing-insensitive (SpacelessTokenSortRatio) comparison of keys, both on
// top of the Levenshtein core. Tokens are cut at ASCII whitespace bytes, which
// never occur inside a multi-byte UTF-8 sequence, so cutting bytes and cutting
// symbols agree; comparing tokens as bytes is comparing them as symbols.
#include <absl/container/inlined_vector.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
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
using Bytes = absl::InlinedVector<uint8_t, 128>;

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

// TokenCursor walks the tokens of a value whose tokens are sorted already
// (SourceFeatures::sorted), skipping repeats: no list, no sort.
class TokenCursor {
 public:
  explicit TokenCursor(std::string_view s) : s_(s) { Advance(); }
  bool done() const { return token_.empty(); }
  std::string_view token() const { return token_; }
  void Next() {
    const std::string_view previous = token_;
    do {
      Advance();
    } while (!token_.empty() && token_ == previous);
  }

 private:
  void Advance() {
    while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
    const size_t start = pos_;
    while (pos_ < s_.size() && !IsSpace(s_[pos_])) ++pos_;
    token_ = s_.substr(start, pos_ - start);
  }
  std::string_view s_;
  size_t pos_ = 0;
  std::string_view token_;
};

// ListCursor walks a sorted list of tokens without repeats the same way.
class ListCursor {
 public:
  explicit ListCursor(const Tokens& tokens) : tokens_(tokens) {}
  bool done() const { return k_ == tokens_.size(); }
  std::string_view token() const { return tokens_[k_]; }
  void Next() { ++k_; }

 private:
  const Tokens& tokens_;
  size_t k_ = 0;
};

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

// JoinBytes appends the bytes of ASCII `tokens` to `out`, one space between
// tokens: their symbols, with no decoding.
void JoinBytes(const Tokens& tokens, Bytes* out) {
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (k > 0) out->push_back(' ');
    out->insert(out->end(), tokens[k].begin(), tokens[k].end());
  }
}

// TokenSymbols returns how many symbols token `t` has; clears `ascii` when
// it is not ASCII.
size_t TokenSymbols(std::string_view t, bool* ascii) {
  for (char c : t) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      *ascii = false;
      return CountSymbols(t);
    }
  }
  return t.size();
}

// Symbols of `count` tokens of `symbols` symbols in all, joined with spaces.
size_t JoinedLength(size_t symbols, size_t count) {
  return count == 0 ? 0 : symbols + count - 1;
}

// TokenSetRatioOf is TokenSetRatio over two cursors of sorted tokens without
// repeats.
template <typename Cursor>
double TokenSetRatioOf(Cursor ca, Cursor cb, double score_cutoff,
                       bool address) {
  if (ca.done() || cb.done()) return 0.0;
  // One merge pass splits them into I (in both), A and B (in one only),
  // counting their symbols.
  Tokens both, only_a, only_b;
  size_t sym_i = 0, sym_a = 0, sym_b = 0;
  bool ascii = true;                  // A and B
  bool shared_ascii = true;           // I's (not needed: I is not compared)
  bool number = false, word = false;  // among I
  while (!ca.done() || !cb.done()) {
    if (cb.done() || (!ca.done() && ca.token() < cb.token())) {
      sym_a += TokenSymbols(ca.token(), &ascii);
      only_a.push_back(ca.token());
      ca.Next();
    } else if (ca.done() || cb.token() < ca.token()) {
      sym_b += TokenSymbols(cb.token(), &ascii);
      only_b.push_back(cb.token());
      cb.Next();
    } else {
      const std::string_view t = ca.token();
      sym_i += TokenSymbols(t, &shared_ascii);
      if (t[0] >= '0' && t[0] <= '9') {
        number = true;
      } else if (t.size() >= 2) {
        word = true;
      }
      both.push_back(t);
      ca.Next();
      cb.Next();
    }
  }
  const size_t len_i = JoinedLength(sym_i, both.size());
  const size_t len_a = JoinedLength(sym_a, only_a.size());
  const size_t len_b = JoinedLength(sym_b, only_b.size());
  if (!both.empty() && (only_a.empty() || only_b.empty())) {
    // The shared tokens place an address when they hold a number and a word.
    if (!address || (number && word)) return 1.0;
    // An address's district or city alone: as similar as its share of the
    // longer address.
    const size_t len_rest = only_a.empty() ? len_b : len_a;
    const size_t len = len_i + (len_rest == 0 ? 0 : 1 + len_rest);
    const double sim = NormalizedSimilarity(len - len_i, len);
    return sim >= score_cutoff ? sim : 0.0;
  }

  const size_t sep = both.empty() ? 0 : 1;
  const size_t len_sa = len_i + sep + len_a;
  const size_t len_sb = len_i + sep + len_b;
  double best = 0.0;
  if (!both.empty()) {
    // I is a prefix of SA and of SB: their distance is the length difference.
    best = std::max(NormalizedSimilarity(len_sa - len_i, len_sa),
                    NormalizedSimilarity(len_sb - len_i, len_sb));
  }
  // SA and SB share the prefix I + " ": their distance is that of A and B,
  // at least the difference of their lengths. Only a result above `best`
  // (and the cutoff) matters, so bound it.
  const size_t len = std::max(len_sa, len_sb);
  const size_t max_d = MaxDistanceFor(len, std::max(best, score_cutoff));
  if ((len_a > len_b ? len_a - len_b : len_b - len_a) <= max_d) {
    size_t d;
    if (ascii) {
      Bytes bytes_a, bytes_b;
      JoinBytes(only_a, &bytes_a);
      JoinBytes(only_b, &bytes_b);
      d = LevenshteinBytes(bytes_a, bytes_b, max_d);
    } else {
      Symbols symbols_a, symbols_b;
      Join(only_a, /*spaced=*/true, &symbols_a);
      Join(only_b, /*spaced=*/true, &symbols_b);
      d = LevenshteinSymbols(symbols_a, symbols_b, max_d);
    }
    if (d <= max_d) best = std::max(best, NormalizedSimilarity(d, len));
  }
  return best >= score_cutoff ? best : 0.0;
}

}  // namespace

double TokenSetRatioImpl(std::string_view a, std::string_view b,
                         double score_cutoff, bool address, bool sorted) {
  if (score_cutoff > 1.0) return 0.0;
  if (sorted) {
    return TokenSetRatioOf(TokenCursor(a), TokenCursor(b), score_cutoff,
                           address);
  }
  const Tokens ta = SortedTokens(a, /*unique=*/true);
  const Tokens tb = SortedTokens(b, /*unique=*/true);
  return TokenSetRatioOf(ListCursor(ta), ListCursor(tb), score_cutoff, address);
}

double SortedTokenSetRatio(std::string_view a, std::string_view b,
                           double score_cutoff, bool address) {
  return TokenSetRatioImpl(a, b, score_cutoff, address, /*sorted=*/true);
}

double AddressTokenSetRatio(std::string_view a, std::string_view b,
                            double score_cutoff) {
  return TokenSetRatioImpl(a, b, score_cutoff, /*address=*/true,
                           /*sorted=*/false);
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
