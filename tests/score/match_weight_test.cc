// Match weights and probabilities, including the extremes a trained model or
// a hand-edited one can produce: m and u at EM's clamp limit (1e-6) and at 1,
// denormal u, and total weights far beyond what 2^w can hold.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "dqe/score.h"

namespace dqe {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(MatchWeightTest, IsLog2OfTheRatio) {
  EXPECT_DOUBLE_EQ(MatchWeight(0.9, 0.1), std::log2(9.0));
  EXPECT_DOUBLE_EQ(MatchWeight(0.5, 0.5), 0.0);
  EXPECT_DOUBLE_EQ(MatchWeight(1.0, 0.25), 2.0);
  EXPECT_DOUBLE_EQ(MatchWeight(0.25, 1.0), -2.0);
  // The header's example: "exact" of a name.
  EXPECT_NEAR(MatchWeight(0.82, 0.0001), 13.001, 1e-3);
}

TEST(MatchWeightTest, FiniteAtTheClampLimits) {
  for (double m : {1e-6, 1.0}) {
    for (double u : {1e-6, 1.0}) {
      SCOPED_TRACE(testing::Message() << "m=" << m << " u=" << u);
      EXPECT_TRUE(std::isfinite(MatchWeight(m, u)));
    }
  }
  EXPECT_NEAR(MatchWeight(1.0, 1e-6), 19.93157, 1e-5);
  EXPECT_NEAR(MatchWeight(1e-6, 1.0), -19.93157, 1e-5);
}

TEST(MatchWeightTest, DenormalUDoesNotOverflow) {
  // m / u would be +inf here; the difference of logs is not.
  const double u = std::numeric_limits<double>::denorm_min();
  EXPECT_NEAR(MatchWeight(1.0, u), 1074.0, 1e-9);
  EXPECT_NEAR(MatchWeight(u, 1.0), -1074.0, 1e-9);
}

TEST(MatchWeightTest, ZeroProbabilities) {
  EXPECT_EQ(MatchWeight(0.5, 0.0), kInf);
  EXPECT_EQ(MatchWeight(0.0, 0.5), -kInf);
  // A level no pair of either class falls in weighs nothing, not NaN.
  EXPECT_EQ(MatchWeight(0.0, 0.0), 0.0);
}

TEST(PriorWeightTest, IsLog2OfTheOdds) {
  EXPECT_DOUBLE_EQ(PriorWeight(0.5), 0.0);
  EXPECT_DOUBLE_EQ(PriorWeight(0.2), -2.0);
  EXPECT_DOUBLE_EQ(PriorWeight(0.8), 2.0);
  EXPECT_NEAR(PriorWeight(1e-4), std::log2(1e-4 / (1 - 1e-4)), 1e-12);
  // Small priors keep their digits.
  EXPECT_NEAR(PriorWeight(1e-300), std::log2(1e-300), 1e-9);
  EXPECT_EQ(PriorWeight(0.0), -kInf);
  EXPECT_EQ(PriorWeight(1.0), kInf);
}

TEST(MatchProbabilityTest, IsTheLogisticOfTheWeight) {
  EXPECT_DOUBLE_EQ(MatchProbability(0.0), 0.5);
  EXPECT_DOUBLE_EQ(MatchProbability(1.0), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(MatchProbability(-1.0), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(MatchProbability(3.0), 8.0 / 9.0);
  EXPECT_DOUBLE_EQ(MatchProbability(-10.0), 1.0 / 1025.0);
}

TEST(MatchProbabilityTest, NoOverflowForHugeWeights) {
  for (double w :
       {1100.0, 1e10, 1e300, std::numeric_limits<double>::max(), kInf}) {
    SCOPED_TRACE(w);
    EXPECT_EQ(MatchProbability(w), 1.0);
    EXPECT_EQ(MatchProbability(-w), 0.0);
  }
  // Far out but still representable: 2^-1000.
  EXPECT_DOUBLE_EQ(MatchProbability(-1000.0), std::ldexp(1.0, -1000));
}

TEST(MatchProbabilityTest, SymmetricAndMonotone) {
  double previous = 0.0;
  for (double w = -60.0; w <= 60.0; w += 0.25) {
    const double p = MatchProbability(w);
    EXPECT_NEAR(p + MatchProbability(-w), 1.0, 1e-15) << w;
    EXPECT_GE(p, previous) << w;
    EXPECT_GE(p, 0.0);
    EXPECT_LE(p, 1.0);
    previous = p;
  }
}

TEST(MatchProbabilityTest, InvertsPriorWeight) {
  for (double prior : {1e-9, 1e-4, 0.0003, 0.05, 0.5, 0.9, 0.999}) {
    EXPECT_NEAR(MatchProbability(PriorWeight(prior)) / prior, 1.0, 1e-12)
        << prior;
  }
}

TEST(MatchProbabilityTest, NaNStaysNaN) {
  EXPECT_TRUE(
      std::isnan(MatchProbability(std::numeric_limits<double>::quiet_NaN())));
}

}  // namespace
}  // namespace dqe
