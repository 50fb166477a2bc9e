// field_comparator.h: puts one comparison of a candidate pair into a level.
//
// A pair falls into the first level whose test passes (see config.h for the
// tests); kMissingLevel when either row has no value.
#ifndef DQE_COMPARE_FIELD_COMPARATOR_H_
#define DQE_COMPARE_FIELD_COMPARATOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "src/engine/record_features.h"

namespace dqe::internal {

inline constexpr uint8_t kMissingLevel = 255;

struct BoundComparison {
  std::string name;
  Kind kind = Kind::kText;
  std::vector<LevelSpec> levels;
  const SourceFeatures* features = nullptr;
  // Per LevelTest: the smallest threshold of the levels using it, so that a
  // similarity is computed once per pair with the loosest cutoff (filled by
  // PrepareComparison).
  double min_threshold[static_cast<int>(LevelTest::kElse) + 1] = {};
};

// AddressTokenSetRatio is TokenSetRatio for address keys: one address being
// a part of the other ("241 Trường Chinh" of "Số 241 Đường Trường Chinh,
// Phường Tương Mai") scores 1 only when the tokens they share hold a number
// and a word, so that "Quận 7" is not a part of every address in it.
double AddressTokenSetRatio(std::string_view a, std::string_view b,
                            double score_cutoff);

// PrepareComparison fills min_threshold from the levels.
void PrepareComparison(BoundComparison* comparison);

// CompareLevel returns the level index of rows a and b, or kMissingLevel.
uint8_t CompareLevel(const BoundComparison& comparison, uint32_t a, uint32_t b);

// LevelTestPasses returns whether `test` (with `threshold`) holds for the two
// rows' values. Both are present.
bool LevelTestPasses(const BoundComparison& comparison, LevelTest test,
                     double threshold, uint32_t a, uint32_t b);

}  // namespace dqe::internal

#endif  // DQE_COMPARE_FIELD_COMPARATOR_H_
