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

#include "absl/container/flat_hash_set.h"
#include "dqe/config.h"
#include "src/engine/record_features.h"

namespace dqe::internal {

inline constexpr uint8_t kMissingLevel = 255;

struct BoundComparison {
  std::string name;
  Kind kind = Kind::kText;
  std::vector<LevelSpec> levels;
  const SourceFeatures* features = nullptr;
  // Phones: numbers (E.164, unmarked) found in use as shared lines (held by
  // rows with unrelated names; see Matcher::FindSharedLines): never a
  // person's own, whatever their type. E-mails: keys held by rows with
  // unrelated names (a family's or an office's mailbox): never "equal".
  // Null: none.
  const absl::flat_hash_set<std::string_view>* shared_values = nullptr;
  // E-mails: per row, whether the address's user part is spelled from the
  // row's own name (nguyenvanan@, an.nv@, keung.lee@; see
  // Matcher::FindNameLikeUsers). Two such users agree because the names
  // do, which the name comparison has counted already. Null: not known.
  const std::vector<uint8_t>* name_like_user = nullptr;
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

// SortedTokenSetRatio is TokenSetRatio (AddressTokenSetRatio when
// `address`) of two values whose tokens are sorted already, as
// SourceFeatures::sorted holds a company's or an address's: the same
// result, without sorting them again for every pair.
double SortedTokenSetRatio(std::string_view a, std::string_view b,
                           double score_cutoff, bool address);

// PrepareComparison fills min_threshold from the levels.
void PrepareComparison(BoundComparison* comparison);

// CompareLevel returns the level index of rows a and b, or kMissingLevel.
uint8_t CompareLevel(const BoundComparison& comparison, uint32_t a, uint32_t b);

// InFirstLevel returns whether rows a and b fall into the comparison's
// first level (CompareLevel(...) == 0), testing that level only.
bool InFirstLevel(const BoundComparison& comparison, uint32_t a, uint32_t b);

// UserSpelledFromName returns whether an e-mail user part (before '@' and
// '+', dots, underscores and hyphens aside) is made of the name's tokens
// (lower-case ASCII, as the name key holds them) or their initials, each
// used once, in any order: "nguyenvanan", "an.nguyen", "annv", "nva" for
// "nguyen van an". Digits or other letters make it the person's own.
bool UserSpelledFromName(std::string_view email_key, std::string_view name_key);

// LevelTestPasses returns whether `test` (with `threshold`) holds for the two
// rows' values. Both are present.
bool LevelTestPasses(const BoundComparison& comparison, LevelTest test,
                     double threshold, uint32_t a, uint32_t b);

}  // namespace dqe::internal

#endif  // DQE_COMPARE_FIELD_COMPARATOR_H_
