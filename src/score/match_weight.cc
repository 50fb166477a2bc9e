// Fellegi-Sunter weights in log2 space. The ratios are never formed: m / u
// overflows for a denormal u, and 2^w overflows long before |w| = 1e300, so
// weights are differences of logarithms and the probability is a logistic
// function evaluated on the side where the exponential cannot overflow.
#include <cmath>
#include <numbers>

#include "dqe/score.h"

namespace dqe {

double MatchWeight(double m, double u) {
  // A level neither class ever falls in carries no evidence; without this,
  // log2(0) - log2(0) would be NaN.
  if (m == 0.0 && u == 0.0) return 0.0;
  return std::log2(m) - std::log2(u);
}

double PriorWeight(double prior) {
  // log2(1 - prior) through log1p keeps the digits of a small prior.
  return std::log2(prior) - std::log1p(-prior) / std::numbers::ln2;
}

double MatchProbability(double weight) {
  // 2^w / (1 + 2^w) = 1 / (1 + 2^-w): take the form whose exponent is <= 0,
  // so the exponential only ever underflows (to 0), never overflows.
  if (weight >= 0.0) return 1.0 / (1.0 + std::exp2(-weight));
  const double e = std::exp2(weight);
  return e / (1.0 + e);
}

}  // namespace dqe
