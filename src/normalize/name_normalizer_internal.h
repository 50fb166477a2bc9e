// name_normalizer_internal.h: the name normalizer's general path, exposed
// for the test that holds the Latin fast path to the same results.
#ifndef DQE_NORMALIZE_NAME_NORMALIZER_INTERNAL_H_
#define DQE_NORMALIZE_NAME_NORMALIZER_INTERNAL_H_

#include <string_view>

#include "dqe/normalize.h"

namespace dqe::internal {

// NormalizeNameGeneralPath is NormalizeName without the Latin fast path.
void NormalizeNameGeneralPath(std::string_view text, const NameOptions& options,
                              NormalizedName* out);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_NAME_NORMALIZER_INTERNAL_H_
