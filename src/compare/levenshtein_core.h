// levenshtein_core.h: Levenshtein distance and similarity on decoded symbols,
// for the metrics built on top of it (the token ratios).
#ifndef DQE_COMPARE_LEVENSHTEIN_CORE_H_
#define DQE_COMPARE_LEVENSHTEIN_CORE_H_

#include <cstddef>
#include <cstdint>
#include <span>

namespace dqe::internal {

// LevenshteinSymbols returns the Levenshtein distance of `a` and `b`, or
// score_cutoff + 1 when it exceeds score_cutoff.
size_t LevenshteinSymbols(std::span<const char32_t> a,
                          std::span<const char32_t> b, size_t score_cutoff);

// LevenshteinBytes is LevenshteinSymbols for ASCII text, whose bytes are its
// symbols.
size_t LevenshteinBytes(std::span<const uint8_t> a, std::span<const uint8_t> b,
                        size_t score_cutoff);

// LevenshteinSimilaritySymbols returns what dqe::LevenshteinSimilarity
// returns for the strings these symbols were decoded from.
double LevenshteinSimilaritySymbols(std::span<const char32_t> a,
                                    std::span<const char32_t> b,
                                    double score_cutoff);

// NormalizedSimilarity is the one formula every normalized score uses:
// 1 - distance / len, 1.0 when len == 0.
inline double NormalizedSimilarity(size_t distance, size_t len) {
  if (len == 0) return 1.0;
  return 1.0 - static_cast<double>(distance) / static_cast<double>(len);
}

// MaxDistanceFor returns the largest distance d <= len whose
// NormalizedSimilarity(d, len) is >= score_cutoff, computed with that same
// formula so that a cutoff never changes a result that passes it. Requires
// score_cutoff <= 1.
size_t MaxDistanceFor(size_t len, double score_cutoff);

}  // namespace dqe::internal

#endif  // DQE_COMPARE_LEVENSHTEIN_CORE_H_
