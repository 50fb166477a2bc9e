// dqe/compare.h: string metrics for comparing match keys.
//
// The comparison stage puts each field of a candidate pair into a level
// (exact, close, different) by these scores. They work on Unicode code points,
// not bytes: "Nguyễn" and "Nguyen" are one substitution apart, "张伟" and
// "张为" one. Text that is not valid UTF-8 never crashes them: each byte that
// does not start a valid sequence counts as one symbol of its own, equal only
// to the same byte.
//
//   dqe::LevenshteinDistance("nguyen van an", "nguyen vam an");     // 1
//   dqe::JaroWinklerSimilarity("martha", "marhta");                 // 0.9611…
//   dqe::TokenSetRatio("an nguyen van", "nguyen van an");           // 1.0
//
//   // One query against many candidates: precompute the query once.
//   dqe::CachedJaroWinkler query("nguyen van an");
//   for (std::string_view key : candidates) {
//     if (query.Similarity(key, /*score_cutoff=*/0.88) > 0) ...
//   }
//
// score_cutoff: every function takes one. A distance function returns
// score_cutoff + 1 as soon as it knows the distance exceeds score_cutoff; a
// similarity function returns 0.0 when the similarity is below score_cutoff.
// Otherwise both return the exact value, so a cutoff never changes an answer
// that passes it; it only makes failing comparisons cheaper.
//
// Cost: Levenshtein and Jaro-Winkler are bit-parallel (one 64-bit word per 64
// code points of the shorter string, or of the query for the Cached* forms).
// On name keys Jaro-Winkler is the cheapest; the token functions split,
// sort and compare several strings and cost several times as much: run them on
// candidates that passed a cheaper check. bench/README.md has the figures.
//
// Thread-safety: the free functions keep no state and may be called from any
// number of threads. A Cached* object is immutable after construction: its
// const methods may be called concurrently.
#ifndef DQE_COMPARE_H_
#define DQE_COMPARE_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/export.h"

namespace dqe {

// The default score_cutoff of the distance functions: no cutoff.
inline constexpr size_t kNoDistanceCutoff = std::numeric_limits<size_t>::max();

namespace internal {
// The bit masks of a query's code points, precomputed for the Cached* scorers.
// Implementation detail; see src/compare/symbol_masks.h.
struct QueryMasks {
  size_t words = 0;                  // 64-bit words per symbol: ceil(len/64)
  std::vector<uint64_t> ascii;       // 256 rows of `words` words, by byte
  std::vector<char32_t> wide;        // hash table of symbols >= 256 (0: free)
  std::vector<uint64_t> wide_masks;  // `words` words per slot of `wide`
};
}  // namespace internal

// ---------------------------------------------------------- Levenshtein ----

// LevenshteinDistance returns the least number of code-point insertions,
// deletions and substitutions that turn `a` into `b`. When the distance
// exceeds `score_cutoff`, returns score_cutoff + 1 (and stops early).
DQE_EXPORT size_t LevenshteinDistance(std::string_view a, std::string_view b,
                                      size_t score_cutoff = kNoDistanceCutoff);

// LevenshteinSimilarity returns 1 - distance / max(len(a), len(b)) in code
// points: 1.0 for equal strings (two empty strings included), 0.0 when one is
// empty and the other not. Returns 0.0 when the result is below
// `score_cutoff` (in [0, 1]).
DQE_EXPORT double LevenshteinSimilarity(std::string_view a, std::string_view b,
                                        double score_cutoff = 0.0);

// CachedLevenshtein compares one query with many texts: the query's bit masks
// are built once, in the constructor. Results equal the free functions' with
// the query as `a`.
class DQE_EXPORT CachedLevenshtein {
 public:
  explicit CachedLevenshtein(std::string_view query);

  // Distance returns LevenshteinDistance(query, text, score_cutoff).
  size_t Distance(std::string_view text,
                  size_t score_cutoff = kNoDistanceCutoff) const;
  // Similarity returns LevenshteinSimilarity(query, text, score_cutoff).
  double Similarity(std::string_view text, double score_cutoff = 0.0) const;

  // size returns the query's length in code points.
  size_t size() const { return query_.size(); }

 private:
  std::u32string query_;
  internal::QueryMasks masks_;
};

// --------------------------------------------------------- Jaro-Winkler ----
//
// Conventions (those of Winkler's strcmp95 and of rapidfuzz). With m the
// number of matching code points and t the transpositions:
//   - two code points match when they are equal and their positions differ
//     by at most max(len(a), len(b)) / 2 - 1 (integer division, at least 0);
//     each is matched at most once, scanning `a` left to right and taking the
//     leftmost unmatched match in `b`;
//   - t = (matched code points that are out of order) / 2, integer division;
//   - Jaro = (m / len(a) + m / len(b) + (m - t) / m) / 3, and 0 when m == 0;
//   - Jaro-Winkler = Jaro + l * prefix_weight * (1 - Jaro), l the common
//     prefix length capped at 4 code points, applied only when Jaro > 0.7;
//   - two empty strings score 1.0, one empty string 0.0.

// JaroSimilarity returns the Jaro similarity of `a` and `b`, in [0, 1];
// 0.0 when it is below `score_cutoff`.
DQE_EXPORT double JaroSimilarity(std::string_view a, std::string_view b,
                                 double score_cutoff = 0.0);

// JaroWinklerSimilarity returns the Jaro-Winkler similarity of `a` and `b`,
// in [0, 1]; 0.0 when it is below `score_cutoff`. `prefix_weight` (default
// 0.1, Winkler's) is clamped to [0, 0.25] so that the result stays <= 1.
DQE_EXPORT double JaroWinklerSimilarity(std::string_view a, std::string_view b,
                                        double prefix_weight = 0.1,
                                        double score_cutoff = 0.0);

// CachedJaroWinkler compares one query with many texts: the query's bit
// masks are built once, in the constructor. Results equal the free
// function's with the query as `a`.
class DQE_EXPORT CachedJaroWinkler {
 public:
  explicit CachedJaroWinkler(std::string_view query,
                             double prefix_weight = 0.1);

  // Similarity returns JaroWinklerSimilarity(query, text, prefix_weight,
  // score_cutoff).
  double Similarity(std::string_view text, double score_cutoff = 0.0) const;

  // size returns the query's length in code points.
  size_t size() const { return query_.size(); }

 private:
  std::u32string query_;
  double prefix_weight_;
  internal::QueryMasks masks_;
};

// --------------------------------------------------------------- tokens ----
//
// Both functions see a key as tokens separated by runs of ASCII whitespace
// (space, \t, \n, \v, \f, \r); leading and trailing whitespace is ignored.
// A key with no token scores 0.0 against anything, another empty key included:
// a missing value is not a match. Both return 0.0 when the result is below
// `score_cutoff`. Lengths are in code points.

// TokenSetRatio compares the sets of tokens, so that order and repeats do not
// count ("an nguyen van" vs "nguyen van an": 1.0). It is rapidfuzz's
// token_set_ratio with normalized Levenshtein similarity (see
// LevenshteinSimilarity) as the ratio:
//   - I = tokens in both; A = tokens only in `a`; B = tokens only in `b`;
//     each deduplicated, sorted by bytes (= code point order) and joined with
//     one space;
//   - if I is not empty and A or B is empty, the result is 1.0: a key whose
//     tokens are all in the other scores 1.0 ("nguyen an" vs "nguyen van an"),
//     so pair this with a check of the token counts where that matters;
//   - otherwise, with SA = I + " " + A and SB = I + " " + B (just A and B when
//     I is empty), the result is the largest of LevenshteinSimilarity(SA, SB)
//     and, when I is not empty, LevenshteinSimilarity(I, SA) and
//     LevenshteinSimilarity(I, SB).
// "wang xiuying" vs "wang xiu ying" scores 1 - 1/13 (≈ 0.923).
DQE_EXPORT double TokenSetRatio(std::string_view a, std::string_view b,
                                double score_cutoff = 0.0);

// SpacelessTokenSortRatio is the cheap order- and spacing-insensitive
// comparison: each key's tokens are sorted by bytes (repeats kept), their
// code points concatenated without separators (bytes of two tokens never join
// into one code point), and the result is the normalized Levenshtein
// similarity of the two concatenations. "an nguyen van" vs
// "nguyen van an" and "wang xiuying" vs "wang xiu ying" both score 1.0.
// It costs one Levenshtein comparison plus splitting and sorting the tokens.
DQE_EXPORT double SpacelessTokenSortRatio(std::string_view a,
                                          std::string_view b,
                                          double score_cutoff = 0.0);

}  // namespace dqe

#endif  // DQE_COMPARE_H_
