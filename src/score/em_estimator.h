// em_estimator.h: estimating Fellegi-Sunter m and u probabilities from the
// data, by expectation-maximisation of the two-class mixture.
//
// Each candidate pair is a row of comparison levels, one per comparison
// ("gamma pattern"). Under the model, a pair is a match with probability
// `prior`; given its class, its comparisons are independent, each falling in
// level l with probability m[l] (matches) or u[l] (non-matches). A missing
// comparison (kNullLevel) says nothing about the class and is skipped.
//
// Typical use, as Splink does it: u from random pairs (almost all
// non-matches), then m and the prior by EM on the blocked candidate pairs.
//
//   GammaMatrix random = ...;   // comparisons of random record pairs
//   StatusOr<std::vector<std::vector<double>>> u =
//       EstimateLevelFrequencies(random, {3, 4, 2}, /*pseudo_count=*/1);
//   std::vector<EmField> init = ...;  // m guesses, u = (*u)[f]
//   StatusOr<EmResult> fit = RunEm(candidates, init, /*init_prior=*/0.01, {});
//
// RunEm collapses identical rows into (pattern, count) first, so its cost
// per iteration is that of the distinct patterns, not of the pairs. Results
// are deterministic: patterns are visited in order of first occurrence.
#ifndef DQE_SCORE_EM_ESTIMATOR_H_
#define DQE_SCORE_EM_ESTIMATOR_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"

namespace dqe::internal {

// kNullLevel marks a missing comparison: it contributes nothing.
inline constexpr uint8_t kNullLevel = 255;

// GammaMatrix: one row per pair, one level per comparison, row-major:
// levels[p * num_fields + f]. Levels are 0 .. (number of levels - 1) or
// kNullLevel.
struct GammaMatrix {
  size_t num_fields = 0;
  std::vector<uint8_t> levels;

  size_t num_pairs() const {
    return num_fields == 0 ? 0 : levels.size() / num_fields;
  }
};

// EmField: the parameters of one comparison, in and out of RunEm.
struct EmField {
  std::vector<double> m,
      u;  // per level (size = number of levels, without missing)
  bool estimate_m = true;  // false: keep m as given (e.g. a field the blocking
                           // rule made agree)
  bool estimate_u =
      false;  // u usually comes from random pairs (EstimateLevelFrequencies)
};

struct EmOptions {
  // Stop after this many iterations even when not converged. Default: 100.
  int max_iterations = 100;
  // Converged when no estimated parameter (m, u, prior) moved by this much
  // or more in an iteration. Default: 1e-6.
  double tolerance = 1e-6;
  // Estimated probabilities are kept >= this (a level seen in no pair would
  // otherwise weigh -infinity); the prior is kept in
  // [min_probability, 1 - min_probability]. Default: 1e-6.
  double min_probability = 1e-6;
  // False: the prior stays init_prior. Default: true.
  bool estimate_prior = true;
};

struct EmResult {
  std::vector<EmField> fields;  // as given, with the estimated parts replaced
  double prior = 0;
  int iterations = 0;  // EM iterations run
  bool converged = false;
  // Natural-log likelihood of the pairs under the returned parameters; EM
  // never lowers it from one iteration to the next.
  double log_likelihood = 0;
  size_t num_patterns = 0;  // distinct rows of the input
};

// RunEm runs expectation-maximisation of the two-class Fellegi-Sunter mixture
// on `pairs`, starting from `init` (one EmField per column of `pairs`) and
// `init_prior` (clamped into [min_probability, 1 - min_probability]).
// Estimated probabilities are the constrained maximum: each field's
// distribution is kept >= min_probability and sums to 1. A field none of
// whose pairs is in a class keeps its parameters. With no pairs, returns
// `init` unchanged, not converged.
// Errors (InvalidArgument): init.size() != pairs.num_fields, m and u of
// different or zero sizes (or more than 255 levels), probabilities outside
// [0, 1], a level in `pairs` outside a field's levels, a row count that is
// not whole, options out of range.
absl::StatusOr<EmResult> RunEm(const GammaMatrix& pairs,
                               std::vector<EmField> init, double init_prior,
                               const EmOptions& options);

// EstimateLevelFrequencies returns, per field, the share of pairs in each
// level among the pairs where the field is not missing, with `pseudo_count`
// added to every level's count (Laplace smoothing): (count[l] + c) /
// (n + c * num_levels[f]). A field with no pairs and no pseudo count gets a
// uniform distribution. Used for u from random pairs.
// Errors (InvalidArgument): num_levels.size() != pairs.num_fields, a level
// outside its field's levels, more than 255 levels, a negative or
// non-finite pseudo count.
absl::StatusOr<std::vector<std::vector<double>>> EstimateLevelFrequencies(
    const GammaMatrix& pairs, const std::vector<size_t>& num_levels,
    double pseudo_count);

}  // namespace dqe::internal

#endif  // DQE_SCORE_EM_ESTIMATOR_H_
