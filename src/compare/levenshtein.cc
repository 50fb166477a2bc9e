// Levenshtein distance, bit-parallel: Hyyrö's 2003 formulation of Myers'
// algorithm, one 64-bit word for a pattern of up to 64 symbols, a row of
// words (with carries between them) for longer ones. The pattern is the
// shorter string (pairwise) or the query (CachedLevenshtein).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "dqe/compare.h"
#include "src/compare/code_points.h"
#include "src/compare/levenshtein_core.h"
#include "src/compare/symbol_masks.h"

namespace dqe {
namespace internal {
namespace {

// Hyyro64Loop returns the distance between a pattern of m symbols (1..64),
// given by its masks, and `text`. With kCheck it gives up, returning
// cutoff + 1, once the last row's value minus the columns left exceeds
// `cutoff` (each column changes it by at most one).
template <bool kCheck, typename Masks, typename CT>
size_t Hyyro64Loop(const Masks& pm, size_t m, std::span<const CT> text,
                   size_t cutoff) {
  uint64_t vp = ~uint64_t{0};
  uint64_t vn = 0;
  const uint64_t last = uint64_t{1} << (m - 1);
  size_t score = m;
  const size_t n = text.size();
  for (size_t j = 0; j < n; ++j) {
    const uint64_t x = pm.Get(text[j]) | vn;
    const uint64_t d0 = (((x & vp) + vp) ^ vp) | x;
    uint64_t hp = vn | ~(d0 | vp);
    uint64_t hn = vp & d0;
    score += (hp & last) != 0;
    score -= (hn & last) != 0;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    if constexpr (kCheck) {
      if (score > cutoff + (n - j - 1)) return cutoff + 1;
    }
  }
  return score;
}

template <typename Masks, typename CT>
size_t Hyyro64(const Masks& pm, size_t m, std::span<const CT> text,
               size_t cutoff) {
  const size_t d = cutoff < std::max(m, text.size())
                       ? Hyyro64Loop<true>(pm, m, text, cutoff)
                       : Hyyro64Loop<false>(pm, m, text, cutoff);
  return d > cutoff ? cutoff + 1 : d;
}

// HyyroBlocked is Hyyro64 for a pattern of any length: the column is a row
// of words, and the horizontal deltas leaving one word's top bit enter the
// next word's bit 0 (a negative one through the match mask, as Myers shows).
template <typename CT>
size_t HyyroBlocked(const QueryMaskLookup& pm, size_t m,
                    std::span<const CT> text, size_t cutoff) {
  const size_t words = pm.words();
  std::vector<uint64_t> vp(words, ~uint64_t{0});
  std::vector<uint64_t> vn(words, 0);
  const uint64_t last = uint64_t{1} << ((m - 1) % 64);
  size_t score = m;
  const size_t n = text.size();
  const bool check = cutoff < std::max(m, n);
  for (size_t j = 0; j < n; ++j) {
    const uint64_t* row = pm.Row(text[j]);
    uint64_t hp_carry = 1;  // the top row: D[0][j] = j
    uint64_t hn_carry = 0;
    for (size_t w = 0; w < words; ++w) {
      const uint64_t x = (row != nullptr ? row[w] : 0) | hn_carry;
      const uint64_t d0 = (((x & vp[w]) + vp[w]) ^ vp[w]) | x | vn[w];
      uint64_t hp = vn[w] | ~(d0 | vp[w]);
      uint64_t hn = d0 & vp[w];
      if (w + 1 == words) {
        score += (hp & last) != 0;
        score -= (hn & last) != 0;
      }
      const uint64_t hp_out = hp >> 63;
      const uint64_t hn_out = hn >> 63;
      hp = (hp << 1) | hp_carry;
      hn = (hn << 1) | hn_carry;
      hp_carry = hp_out;
      hn_carry = hn_out;
      vp[w] = hn | ~(d0 | hp);
      vn[w] = hp & d0;
    }
    if (check && score > cutoff + (n - j - 1)) return cutoff + 1;
  }
  return score > cutoff ? cutoff + 1 : score;
}

// PairDistance: both strings given, so common prefix and suffix are cut off
// first (names that differ by a typo share most of theirs), and the shorter
// rest is the pattern.
template <typename C>
size_t PairDistance(std::span<const C> a, std::span<const C> b,
                    size_t cutoff) {
  const size_t common = std::min(a.size(), b.size());
  size_t prefix = 0;
  while (prefix < common && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < common - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  a = a.subspan(prefix, a.size() - prefix - suffix);
  b = b.subspan(prefix, b.size() - prefix - suffix);
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > cutoff) return cutoff + 1;
  if (b.empty()) return a.size();
  if (cutoff == 0) return 1;  // the rests are not empty: they differ
  if (b.size() <= 64) {
    PairMasks64 pm;
    pm.Build(b, a);
    return Hyyro64(pm, b.size(), a, cutoff);
  }
  QueryMasks qm;
  BuildQueryMasks(b, &qm);
  return HyyroBlocked(QueryMaskLookup(qm), b.size(), a, cutoff);
}

// QueryDistance: the query's masks are built already; no prefix or suffix
// is cut, since that would change the pattern.
template <typename CT>
size_t QueryDistance(std::span<const char32_t> query, const QueryMasks& masks,
                     std::span<const CT> text, size_t cutoff) {
  const size_t m = query.size();
  const size_t n = text.size();
  if ((m > n ? m - n : n - m) > cutoff) return cutoff + 1;
  if (m == 0) return n;
  if (n == 0) return m;
  if (cutoff == 0) {
    for (size_t i = 0; i < m; ++i) {
      if (query[i] != static_cast<char32_t>(text[i])) return 1;
    }
    return 0;
  }
  if (m <= 64) return Hyyro64(QueryMaskLookup64(masks), m, text, cutoff);
  return HyyroBlocked(QueryMaskLookup(masks), m, text, cutoff);
}

// Similarity wraps a distance function `distance(max_distance)` over two
// strings of la and lb symbols into the normalized similarity.
template <typename DistanceFn>
double SimilarityOf(size_t la, size_t lb, double score_cutoff,
                    DistanceFn&& distance) {
  if (score_cutoff > 1.0) return 0.0;
  const size_t len = std::max(la, lb);
  if (len == 0) return 1.0;
  const size_t max_distance = MaxDistanceFor(len, score_cutoff);
  const size_t d = distance(max_distance);
  if (d > max_distance) return 0.0;
  return NormalizedSimilarity(d, len);
}

}  // namespace

size_t MaxDistanceFor(size_t len, double score_cutoff) {
  if (!(score_cutoff > 0.0)) return len;  // NaN too: no cutoff
  const double bound = std::floor((1.0 - score_cutoff) * static_cast<double>(len));
  size_t k = bound <= 0.0 ? 0 : std::min(len, static_cast<size_t>(bound));
  // Settle rounding both ways with the formula the result is computed with.
  while (k < len && NormalizedSimilarity(k + 1, len) >= score_cutoff) ++k;
  while (k > 0 && NormalizedSimilarity(k, len) < score_cutoff) --k;
  return k;
}

size_t LevenshteinSymbols(std::span<const char32_t> a,
                          std::span<const char32_t> b, size_t score_cutoff) {
  return PairDistance(a, b, score_cutoff);
}

size_t LevenshteinBytes(std::span<const uint8_t> a, std::span<const uint8_t> b,
                        size_t score_cutoff) {
  return PairDistance(a, b, score_cutoff);
}

double LevenshteinSimilaritySymbols(std::span<const char32_t> a,
                                    std::span<const char32_t> b,
                                    double score_cutoff) {
  return SimilarityOf(a.size(), b.size(), score_cutoff, [&](size_t max_d) {
    return PairDistance(a, b, max_d);
  });
}

}  // namespace internal

size_t LevenshteinDistance(std::string_view a, std::string_view b,
                           size_t score_cutoff) {
  return internal::VisitSymbols(a, b, [&](auto sa, auto sb) {
    return internal::PairDistance(sa, sb, score_cutoff);
  });
}

double LevenshteinSimilarity(std::string_view a, std::string_view b,
                             double score_cutoff) {
  return internal::VisitSymbols(a, b, [&](auto sa, auto sb) {
    return internal::SimilarityOf(
        sa.size(), sb.size(), score_cutoff,
        [&](size_t max_d) { return internal::PairDistance(sa, sb, max_d); });
  });
}

CachedLevenshtein::CachedLevenshtein(std::string_view query) {
  internal::VisitSymbols(query, [&](auto s) {
    query_.assign(s.begin(), s.end());
    return 0;
  });
  internal::BuildQueryMasks(std::span<const char32_t>(query_), &masks_);
}

size_t CachedLevenshtein::Distance(std::string_view text,
                                   size_t score_cutoff) const {
  return internal::VisitSymbols(text, [&](auto t) {
    return internal::QueryDistance(query_, masks_, t, score_cutoff);
  });
}

double CachedLevenshtein::Similarity(std::string_view text,
                                     double score_cutoff) const {
  return internal::VisitSymbols(text, [&](auto t) {
    return internal::SimilarityOf(
        query_.size(), t.size(), score_cutoff, [&](size_t max_d) {
          return internal::QueryDistance(query_, masks_, t, max_d);
        });
  });
}

}  // namespace dqe
