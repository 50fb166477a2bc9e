// pairs_output.h: writing accepted pairs with their explanation
// (id1,id2,weight,probability, then per comparison its level and weight).
#ifndef DQE_CLI_PAIRS_OUTPUT_H_
#define DQE_CLI_PAIRS_OUTPUT_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "dqe/engine.h"

namespace dqe::cli {

// WritePairs writes `pairs` to `path`; id_a / id_b give the ids of a pair's
// rows.
absl::Status WritePairs(const std::string& path,
                        const std::vector<ComparisonInfo>& comparisons,
                        const std::vector<MatchedPair>& pairs,
                        const std::function<std::string_view(uint32_t)>& id_a,
                        const std::function<std::string_view(uint32_t)>& id_b);

}  // namespace dqe::cli

#endif  // DQE_CLI_PAIRS_OUTPUT_H_
