// Jaro and Jaro-Winkler similarity. When both strings have at most 64
// symbols (every name key), matching is bit-parallel: one string's symbols
// become position masks, and for each symbol of the other the candidates are
// its mask & the match window & ~already matched; the lowest one is taken.
// Transpositions are then counted by walking both sets of matched positions in
// order. Longer strings use the textbook scan with flag arrays.
//
// The greedy matching gives the same matched positions whichever string is
// scanned (it is the unique leftmost maximum matching of each symbol's
// positions under the window), so the result is symmetric and the pattern can
// be either string: pairwise it is `a`, as for the Cached form's query.
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "dqe/compare.h"
#include "src/compare/code_points.h"
#include "src/compare/symbol_masks.h"

namespace dqe {
namespace internal {
namespace {

struct JaroCounts {
  size_t matches = 0;
  size_t transpositions = 0;  // already halved
};

size_t MatchWindow(size_t la, size_t lb) {
  const size_t longest = std::max(la, lb);
  return longest / 2 > 0 ? longest / 2 - 1 : 0;
}

uint64_t LowBits(size_t k) {
  return k >= 64 ? ~uint64_t{0} : (uint64_t{1} << k) - 1;
}

// JaroBits: pattern of lp symbols (1..64) given by its masks, text of 1..64.
// The window of text position j is pattern bits [j - window, j + window];
// it grows by one bit per step until j reaches `window`, then slides. Mask
// bits at lp and above are zero, so the window needs no upper clamp.
template <typename Masks, typename CT>
JaroCounts JaroBits(const Masks& pm, size_t lp, std::span<const CT> text) {
  const size_t lt = text.size();
  const size_t window = MatchWindow(lp, lt);  // <= 31 here
  uint64_t bound = LowBits(window + 1);
  uint64_t p_flag = 0;
  uint64_t t_flag = 0;
  size_t matches = 0;
  const size_t end = std::min(lt, lp + window);  // later j see no pattern
  auto step = [&](size_t j) {
    const uint64_t candidates = pm.Get(text[j]) & bound & ~p_flag;
    p_flag |= candidates & (0 - candidates);
    t_flag |= static_cast<uint64_t>(candidates != 0) << j;
    matches += candidates != 0;  // std::popcount: a libgcc call without -mpopcnt
  };
  size_t j = 0;
  for (; j < std::min(window, end); ++j) {
    step(j);
    bound = (bound << 1) | 1;
  }
  for (; j < end; ++j) {
    step(j);
    bound <<= 1;
  }
  JaroCounts c;
  c.matches = matches;
  size_t out_of_order = 0;
  while (t_flag != 0) {
    const int k = std::countr_zero(t_flag);
    const uint64_t p_bit = p_flag & (0 - p_flag);
    out_of_order += (pm.Get(text[k]) & p_bit) == 0;
    t_flag &= t_flag - 1;
    p_flag ^= p_bit;
  }
  c.transpositions = out_of_order / 2;
  return c;
}

// JaroFlags: the textbook scan, any lengths.
template <typename CA, typename CB>
JaroCounts JaroFlags(std::span<const CA> a, std::span<const CB> b) {
  const size_t window = MatchWindow(a.size(), b.size());
  std::vector<uint8_t> a_flag(a.size(), 0);
  std::vector<uint8_t> b_flag(b.size(), 0);
  JaroCounts c;
  for (size_t i = 0; i < a.size(); ++i) {
    const size_t lo = i > window ? i - window : 0;
    const size_t hi = std::min(i + window + 1, b.size());
    for (size_t j = lo; j < hi; ++j) {
      if (!b_flag[j] &&
          static_cast<char32_t>(a[i]) == static_cast<char32_t>(b[j])) {
        a_flag[i] = b_flag[j] = 1;
        ++c.matches;
        break;
      }
    }
  }
  size_t out_of_order = 0;
  size_t k = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!a_flag[i]) continue;
    while (!b_flag[k]) ++k;
    out_of_order +=
        static_cast<char32_t>(a[i]) != static_cast<char32_t>(b[k]);
    ++k;
  }
  c.transpositions = out_of_order / 2;
  return c;
}

double JaroFromCounts(size_t la, size_t lb, JaroCounts c) {
  if (c.matches == 0) return 0.0;
  const double m = static_cast<double>(c.matches);
  return (m / static_cast<double>(la) + m / static_cast<double>(lb) +
          (m - static_cast<double>(c.transpositions)) / m) /
         3.0;
}

double WinklerBoost(double jaro, size_t prefix, double prefix_weight) {
  if (jaro <= 0.7) return jaro;
  return jaro + static_cast<double>(prefix) * prefix_weight * (1.0 - jaro);
}

template <typename CA, typename CB>
size_t CommonPrefix4(std::span<const CA> a, std::span<const CB> b) {
  const size_t limit = std::min<size_t>({a.size(), b.size(), 4});
  size_t n = 0;
  while (n < limit &&
         static_cast<char32_t>(a[n]) == static_cast<char32_t>(b[n])) {
    ++n;
  }
  return n;
}

double ClampPrefixWeight(double w) {
  if (!(w > 0.0)) return 0.0;  // NaN too
  return std::min(w, 0.25);
}

// Score: the Jaro-Winkler similarity of strings of la and lb symbols, with
// `count()` giving their JaroCounts; skips count() when even a perfect match
// of the shorter string could not reach score_cutoff.
template <typename CountFn>
double Score(size_t la, size_t lb, size_t prefix, double prefix_weight,
             double score_cutoff, CountFn&& count) {
  if (la == 0 && lb == 0) return 1.0 >= score_cutoff ? 1.0 : 0.0;
  if (la == 0 || lb == 0) return 0.0;
  if (score_cutoff > 0.0) {
    JaroCounts best;
    best.matches = std::min(la, lb);
    const double bound =
        WinklerBoost(JaroFromCounts(la, lb, best), prefix, prefix_weight);
    if (bound + 1e-9 < score_cutoff) return 0.0;
  }
  const double result =
      WinklerBoost(JaroFromCounts(la, lb, count()), prefix, prefix_weight);
  return result >= score_cutoff ? result : 0.0;
}

template <typename C>
double PairJaroWinkler(std::span<const C> a, std::span<const C> b,
                       double prefix_weight, double score_cutoff) {
  const size_t prefix = prefix_weight > 0.0 ? CommonPrefix4(a, b) : 0;
  return Score(a.size(), b.size(), prefix, prefix_weight, score_cutoff, [&] {
    if (a.size() <= 64 && b.size() <= 64) {
      PairMasks64 pm;
      pm.Build(a, b);
      return JaroBits(pm, a.size(), b);
    }
    return JaroFlags(a, b);
  });
}

}  // namespace
}  // namespace internal

double JaroSimilarity(std::string_view a, std::string_view b,
                      double score_cutoff) {
  return internal::VisitSymbols(a, b, [&](auto sa, auto sb) {
    return internal::PairJaroWinkler(sa, sb, 0.0, score_cutoff);
  });
}

double JaroWinklerSimilarity(std::string_view a, std::string_view b,
                             double prefix_weight, double score_cutoff) {
  prefix_weight = internal::ClampPrefixWeight(prefix_weight);
  return internal::VisitSymbols(a, b, [&](auto sa, auto sb) {
    return internal::PairJaroWinkler(sa, sb, prefix_weight, score_cutoff);
  });
}

CachedJaroWinkler::CachedJaroWinkler(std::string_view query,
                                     double prefix_weight)
    : prefix_weight_(internal::ClampPrefixWeight(prefix_weight)) {
  internal::VisitSymbols(query, [&](auto s) {
    query_.assign(s.begin(), s.end());
    return 0;
  });
  internal::BuildQueryMasks(std::span<const char32_t>(query_), &masks_);
}

double CachedJaroWinkler::Similarity(std::string_view text,
                                     double score_cutoff) const {
  return internal::VisitSymbols(text, [&](auto t) {
    const std::span<const char32_t> q(query_);
    const size_t prefix =
        prefix_weight_ > 0.0 ? internal::CommonPrefix4(q, t) : 0;
    return internal::Score(
        q.size(), t.size(), prefix, prefix_weight_, score_cutoff, [&] {
          if (q.size() <= 64 && t.size() <= 64) {
            return internal::JaroBits(internal::QueryMaskLookup64(masks_),
                                      q.size(), t);
          }
          return internal::JaroFlags(q, t);
        });
  });
}

}  // namespace dqe
