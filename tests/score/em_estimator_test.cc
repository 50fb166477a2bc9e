// EM for the Fellegi-Sunter mixture: recovers known parameters from pairs
// drawn from a known mixture, agrees with a naive row-by-row EM, never lowers
// the likelihood, and stays finite on degenerate input.
#include "src/score/em_estimator.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "absl/status/status.h"

namespace dqe::internal {
namespace {

using ::testing::HasSubstr;

// ---- A known mixture and pairs drawn from it.

struct TrueField {
  std::vector<double> m, u;
  double missing;  // share of pairs where either side is empty
};

struct Truth {
  double prior;
  std::vector<TrueField> fields;
};

// Three comparisons with 2, 3 and 4 levels, the shapes of a phone (agree /
// disagree), an email (exact / same local part / different) and a name
// (exact / close / somewhat close / different).
Truth CrmTruth() {
  return {0.05,
          {{{0.92, 0.08}, {0.03, 0.97}, 0.30},
           {{0.75, 0.15, 0.10}, {0.002, 0.018, 0.98}, 0.20},
           {{0.65, 0.20, 0.10, 0.05}, {0.01, 0.04, 0.15, 0.80}, 0.05}}};
}

// Uniform in [0, 1) from the top 53 bits: the same on every platform, unlike
// std::uniform_real_distribution.
double Uniform(std::mt19937_64& rng) {
  return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

uint8_t Draw(const std::vector<double>& p, std::mt19937_64& rng) {
  double x = Uniform(rng);
  for (size_t l = 0; l + 1 < p.size(); ++l) {
    if (x < p[l]) return static_cast<uint8_t>(l);
    x -= p[l];
  }
  return static_cast<uint8_t>(p.size() - 1);
}

GammaMatrix Generate(const Truth& truth, size_t num_pairs, uint64_t seed) {
  std::mt19937_64 rng(seed);
  GammaMatrix pairs;
  pairs.num_fields = truth.fields.size();
  pairs.levels.reserve(num_pairs * pairs.num_fields);
  for (size_t p = 0; p < num_pairs; ++p) {
    const bool match = Uniform(rng) < truth.prior;
    for (const TrueField& field : truth.fields) {
      const uint8_t level = Draw(match ? field.m : field.u, rng);
      pairs.levels.push_back(Uniform(rng) < field.missing ? kNullLevel : level);
    }
  }
  return pairs;
}

std::vector<EmField> WrongInit(const Truth& truth, bool estimate_u) {
  // m too flat, u fixed to the truth or (when estimated) far from it.
  std::vector<EmField> init = {
      {{0.6, 0.4}, {0.3, 0.7}},
      {{0.4, 0.3, 0.3}, {0.2, 0.3, 0.5}},
      {{0.3, 0.3, 0.2, 0.2}, {0.1, 0.2, 0.3, 0.4}},
  };
  for (size_t f = 0; f < init.size(); ++f) {
    init[f].estimate_u = estimate_u;
    if (!estimate_u) init[f].u = truth.fields[f].u;
  }
  return init;
}

void ExpectNear(const std::vector<double>& actual,
                const std::vector<double>& expected, double tolerance) {
  ASSERT_EQ(actual.size(), expected.size());
  for (size_t l = 0; l < actual.size(); ++l) {
    EXPECT_NEAR(actual[l], expected[l], tolerance) << "level " << l;
  }
}

void ExpectFiniteDistribution(const std::vector<double>& p) {
  double sum = 0;
  for (double v : p) {
    EXPECT_TRUE(std::isfinite(v));
    EXPECT_GE(v, 0.0);
    sum += v;
  }
  EXPECT_NEAR(sum, 1.0, 1e-12);
}

// ---- Recovery of known parameters.

class EmRecoveryTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    pairs_ = new GammaMatrix(Generate(CrmTruth(), 200000, 42));
  }
  static void TearDownTestSuite() { delete pairs_; }
  static GammaMatrix* pairs_;
};
GammaMatrix* EmRecoveryTest::pairs_ = nullptr;

TEST_F(EmRecoveryTest, RecoversMAndPriorWithUFixed) {
  const Truth truth = CrmTruth();
  absl::StatusOr<EmResult> fit =
      RunEm(*pairs_, WrongInit(truth, false), 0.3, {});
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_TRUE(fit->converged);
  EXPECT_LT(fit->iterations, 100);
  EXPECT_NEAR(fit->prior, truth.prior, 0.005);
  for (size_t f = 0; f < truth.fields.size(); ++f) {
    SCOPED_TRACE(f);
    ExpectNear(fit->fields[f].m, truth.fields[f].m, 0.015);
    EXPECT_EQ(fit->fields[f].u, truth.fields[f].u);  // not estimated: untouched
    ExpectFiniteDistribution(fit->fields[f].m);
  }
  // 2 * 3 * 4 patterns, each field possibly missing: 3 * 4 * 5 at most.
  EXPECT_LE(fit->num_patterns, 60u);
}

TEST_F(EmRecoveryTest, RecoversMUAndPriorTogether) {
  const Truth truth = CrmTruth();
  EmOptions options;
  options.max_iterations = 1000;
  absl::StatusOr<EmResult> fit =
      RunEm(*pairs_, WrongInit(truth, true), 0.3, options);
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_TRUE(fit->converged);
  EXPECT_NEAR(fit->prior, truth.prior, 0.005);
  for (size_t f = 0; f < truth.fields.size(); ++f) {
    SCOPED_TRACE(f);
    ExpectNear(fit->fields[f].m, truth.fields[f].m, 0.02);
    ExpectNear(fit->fields[f].u, truth.fields[f].u, 0.01);
    ExpectFiniteDistribution(fit->fields[f].m);
    ExpectFiniteDistribution(fit->fields[f].u);
  }
}

TEST_F(EmRecoveryTest, UFromRandomPairsThenEm) {
  // The intended workflow: u from (almost all non-matching) random pairs,
  // then m and the prior by EM on the candidates.
  const Truth truth = CrmTruth();
  Truth random = truth;
  random.prior = 0.0;
  const GammaMatrix random_pairs = Generate(random, 100000, 7);
  absl::StatusOr<std::vector<std::vector<double>>> u =
      EstimateLevelFrequencies(random_pairs, {2, 3, 4}, 1.0);
  ASSERT_TRUE(u.ok()) << u.status();
  std::vector<EmField> init = WrongInit(truth, false);
  for (size_t f = 0; f < init.size(); ++f) {
    ExpectNear((*u)[f], truth.fields[f].u, 0.005);
    init[f].u = (*u)[f];
  }
  absl::StatusOr<EmResult> fit = RunEm(*pairs_, init, 0.3, {});
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_TRUE(fit->converged);
  EXPECT_NEAR(fit->prior, truth.prior, 0.005);
  for (size_t f = 0; f < truth.fields.size(); ++f) {
    ExpectNear(fit->fields[f].m, truth.fields[f].m, 0.02);
  }
}

TEST_F(EmRecoveryTest, FixedMIsKeptExactly) {
  // The blocking rule made the phone agree: its m must not be re-estimated.
  const Truth truth = CrmTruth();
  std::vector<EmField> init = WrongInit(truth, false);
  init[0].m = {0.7, 0.3};
  init[0].estimate_m = false;
  absl::StatusOr<EmResult> fit = RunEm(*pairs_, init, 0.3, {});
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_EQ(fit->fields[0].m, (std::vector<double>{0.7, 0.3}));
  EXPECT_FALSE(fit->fields[0].estimate_m);
  EXPECT_NE(fit->fields[1].m, init[1].m);
}

TEST_F(EmRecoveryTest, FixedPriorIsKeptExactly) {
  const Truth truth = CrmTruth();
  EmOptions options;
  options.estimate_prior = false;
  absl::StatusOr<EmResult> fit =
      RunEm(*pairs_, WrongInit(truth, false), 0.05, options);
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_EQ(fit->prior, 0.05);
  ExpectNear(fit->fields[2].m, truth.fields[2].m, 0.02);
}

TEST_F(EmRecoveryTest, Deterministic) {
  const Truth truth = CrmTruth();
  absl::StatusOr<EmResult> a = RunEm(*pairs_, WrongInit(truth, true), 0.3, {});
  absl::StatusOr<EmResult> b = RunEm(*pairs_, WrongInit(truth, true), 0.3, {});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->prior, b->prior);
  EXPECT_EQ(a->iterations, b->iterations);
  EXPECT_EQ(a->log_likelihood, b->log_likelihood);
  for (size_t f = 0; f < a->fields.size(); ++f) {
    EXPECT_EQ(a->fields[f].m, b->fields[f].m);
    EXPECT_EQ(a->fields[f].u, b->fields[f].u);
  }
}

// ---- Against a naive EM over the rows, one iteration at a time.

struct NaiveState {
  std::vector<EmField> fields;
  double prior;
};

// The textbook EM step over every row, without patterns, logs or the
// water-filling (its inputs stay away from the floor).
NaiveState NaiveStep(const GammaMatrix& pairs, const NaiveState& s) {
  const size_t nf = pairs.num_fields;
  std::vector<std::vector<double>> a(nf), b(nf);
  for (size_t f = 0; f < nf; ++f) {
    a[f].assign(s.fields[f].m.size(), 0.0);
    b[f].assign(s.fields[f].m.size(), 0.0);
  }
  double matches = 0;
  for (size_t p = 0; p < pairs.num_pairs(); ++p) {
    double pm = s.prior, pu = 1 - s.prior;
    for (size_t f = 0; f < nf; ++f) {
      const uint8_t l = pairs.levels[p * nf + f];
      if (l == kNullLevel) continue;
      pm *= s.fields[f].m[l];
      pu *= s.fields[f].u[l];
    }
    const double r = pm / (pm + pu);
    matches += r;
    for (size_t f = 0; f < nf; ++f) {
      const uint8_t l = pairs.levels[p * nf + f];
      if (l == kNullLevel) continue;
      a[f][l] += r;
      b[f][l] += 1 - r;
    }
  }
  NaiveState next = s;
  next.prior = matches / static_cast<double>(pairs.num_pairs());
  for (size_t f = 0; f < nf; ++f) {
    double sa = 0, sb = 0;
    for (size_t l = 0; l < a[f].size(); ++l) sa += a[f][l], sb += b[f][l];
    for (size_t l = 0; l < a[f].size(); ++l) {
      if (next.fields[f].estimate_m) next.fields[f].m[l] = a[f][l] / sa;
      if (next.fields[f].estimate_u) next.fields[f].u[l] = b[f][l] / sb;
    }
  }
  return next;
}

TEST(EmEstimatorTest, AgreesWithNaiveRowByRowEm) {
  const Truth truth = CrmTruth();
  const GammaMatrix pairs = Generate(truth, 3000, 99);
  for (bool estimate_u : {false, true}) {
    SCOPED_TRACE(estimate_u);
    NaiveState naive{WrongInit(truth, estimate_u), 0.3};
    naive.fields[1].estimate_m = false;
    for (int iterations = 1; iterations <= 8; ++iterations) {
      naive = NaiveStep(pairs, naive);
      EmOptions options;
      options.max_iterations = iterations;
      options.tolerance = 0;
      std::vector<EmField> init = WrongInit(truth, estimate_u);
      init[1].estimate_m = false;
      absl::StatusOr<EmResult> fit = RunEm(pairs, init, 0.3, options);
      ASSERT_TRUE(fit.ok()) << fit.status();
      EXPECT_EQ(fit->iterations, iterations);
      EXPECT_FALSE(fit->converged);
      EXPECT_NEAR(fit->prior, naive.prior, 1e-12);
      for (size_t f = 0; f < pairs.num_fields; ++f) {
        ExpectNear(fit->fields[f].m, naive.fields[f].m, 1e-12);
        ExpectNear(fit->fields[f].u, naive.fields[f].u, 1e-12);
      }
    }
  }
}

TEST(EmEstimatorTest, LikelihoodNeverDecreases) {
  const Truth truth = CrmTruth();
  const GammaMatrix pairs = Generate(truth, 20000, 5);
  // A large floor makes the constraint bite: the constrained M step must
  // still never lower the likelihood.
  for (double floor : {1e-6, 0.03}) {
    double previous = -INFINITY;
    for (int iterations = 0; iterations <= 30; ++iterations) {
      EmOptions options;
      options.max_iterations = iterations;
      options.tolerance = 0;
      options.min_probability = floor;
      absl::StatusOr<EmResult> fit =
          RunEm(pairs, WrongInit(truth, true), 0.3, options);
      ASSERT_TRUE(fit.ok()) << fit.status();
      EXPECT_TRUE(std::isfinite(fit->log_likelihood));
      EXPECT_GE(fit->log_likelihood, previous - 1e-9 * std::abs(previous))
          << "floor " << floor << " iteration " << iterations;
      previous = fit->log_likelihood;
      for (const EmField& field : fit->fields) {
        for (double p : field.m) EXPECT_GE(p, floor * (1 - 1e-12));
        for (double p : field.u) EXPECT_GE(p, floor * (1 - 1e-12));
      }
    }
  }
}

// ---- Clamping and degenerate input.

TEST(EmEstimatorTest, UnseenLevelsAreClampedAndTheRestRenormalised) {
  // Field 0 is always level 0 among these pairs: its other levels get
  // exactly the floor, level 0 the rest.
  GammaMatrix pairs{2, {}};
  for (int i = 0; i < 1000; ++i) {
    pairs.levels.push_back(0);
    pairs.levels.push_back(static_cast<uint8_t>(i % 2));
  }
  std::vector<EmField> init = {{{0.5, 0.3, 0.2}, {0.1, 0.3, 0.6}},
                               {{0.6, 0.4}, {0.5, 0.5}}};
  EmOptions options;
  options.min_probability = 1e-3;
  absl::StatusOr<EmResult> fit = RunEm(pairs, init, 0.5, options);
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_EQ(fit->fields[0].m[1], 1e-3);
  EXPECT_EQ(fit->fields[0].m[2], 1e-3);
  EXPECT_NEAR(fit->fields[0].m[0], 1 - 2e-3, 1e-15);
  for (const EmField& field : fit->fields) ExpectFiniteDistribution(field.m);
  EXPECT_GE(fit->prior, 1e-3);
  EXPECT_LE(fit->prior, 1 - 1e-3);
}

TEST(EmEstimatorTest, NoPairs) {
  const std::vector<EmField> init = {{{0.9, 0.1}, {0.2, 0.8}}};
  absl::StatusOr<EmResult> fit = RunEm(GammaMatrix{1, {}}, init, 0.01, {});
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_FALSE(fit->converged);
  EXPECT_EQ(fit->iterations, 0);
  EXPECT_EQ(fit->prior, 0.01);
  EXPECT_EQ(fit->fields[0].m, init[0].m);
  EXPECT_EQ(fit->log_likelihood, 0.0);

  // No fields either.
  fit = RunEm(GammaMatrix{}, {}, 0.01, {});
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_FALSE(fit->converged);
}

TEST(EmEstimatorTest, AllMissingKeepsTheParameters) {
  GammaMatrix pairs{2, std::vector<uint8_t>(2000, kNullLevel)};
  const std::vector<EmField> init = {
      {{0.9, 0.1}, {0.2, 0.8}, true, true},
      {{0.5, 0.3, 0.2}, {0.1, 0.1, 0.8}, true, true}};
  absl::StatusOr<EmResult> fit = RunEm(pairs, init, 0.01, {});
  ASSERT_TRUE(fit.ok()) << fit.status();
  // Nothing to learn: the prior stays, m and u stay, and that is convergence.
  EXPECT_TRUE(fit->converged);
  EXPECT_EQ(fit->iterations, 1);
  EXPECT_DOUBLE_EQ(fit->prior, 0.01);
  EXPECT_EQ(fit->fields[0].m, init[0].m);
  EXPECT_EQ(fit->fields[1].u, init[1].u);
  EXPECT_EQ(fit->num_patterns, 1u);
  EXPECT_NEAR(fit->log_likelihood, 0.0, 1e-9);  // every pair has probability 1
}

TEST(EmEstimatorTest, SinglePatternStaysFinite) {
  // Every pair agrees on everything. With u estimated too, the two classes
  // cannot be told apart; the answer must still be finite and a distribution.
  GammaMatrix pairs{3, {}};
  for (int i = 0; i < 5000; ++i)
    pairs.levels.insert(pairs.levels.end(), {0, 0, 0});
  for (bool estimate_u : {false, true}) {
    SCOPED_TRACE(estimate_u);
    std::vector<EmField> init = {
        {{0.9, 0.1}, {0.05, 0.95}, true, estimate_u},
        {{0.8, 0.2}, {0.1, 0.9}, true, estimate_u},
        {{0.7, 0.2, 0.1}, {0.1, 0.2, 0.7}, true, estimate_u}};
    absl::StatusOr<EmResult> fit = RunEm(pairs, init, 0.5, {});
    ASSERT_TRUE(fit.ok()) << fit.status();
    EXPECT_TRUE(fit->converged);
    EXPECT_EQ(fit->num_patterns, 1u);
    EXPECT_TRUE(std::isfinite(fit->prior));
    EXPECT_GT(fit->prior, 0.0);
    EXPECT_LT(fit->prior, 1.0);
    EXPECT_TRUE(std::isfinite(fit->log_likelihood));
    for (const EmField& field : fit->fields) {
      ExpectFiniteDistribution(field.m);
      ExpectFiniteDistribution(field.u);
      EXPECT_NEAR(field.m[0], 1.0, 1e-5);  // the floor on the others
    }
    if (!estimate_u) {
      // Agreeing everywhere is far likelier for matches: all of them are.
      EXPECT_NEAR(fit->prior, 1.0, 1e-5);
    }
  }
}

TEST(EmEstimatorTest, ExtremeInitialValuesStayFinite) {
  // m and u at 0 and 1, the prior at the floor's edges: no NaN anywhere.
  const GammaMatrix pairs = Generate(CrmTruth(), 5000, 3);
  for (double prior : {0.0, 1e-300, 1.0}) {
    SCOPED_TRACE(prior);
    std::vector<EmField> init = {
        {{1.0, 0.0}, {0.0, 1.0}},
        {{1.0, 0.0, 0.0}, {0.0, 0.0, 1.0}, false, true},
        {{0.0, 0.0, 0.0, 1.0}, {1.0, 0.0, 0.0, 0.0}}};
    for (double floor : {0.0, 1e-6}) {
      EmOptions options;
      options.min_probability = floor;
      absl::StatusOr<EmResult> fit = RunEm(pairs, init, prior, options);
      ASSERT_TRUE(fit.ok()) << fit.status();
      EXPECT_TRUE(std::isfinite(fit->prior));
      EXPECT_FALSE(std::isnan(fit->log_likelihood));
      for (const EmField& field : fit->fields) {
        for (double p : field.m) EXPECT_TRUE(std::isfinite(p));
        for (double p : field.u) EXPECT_TRUE(std::isfinite(p));
      }
    }
  }
}

TEST(EmEstimatorTest, ManyFieldsUseTheWideKey) {
  // 12 fields: rows longer than 8 bytes are keyed by their bytes.
  Truth truth = CrmTruth();
  const std::vector<TrueField> three = truth.fields;
  for (int i = 0; i < 3; ++i)
    truth.fields.insert(truth.fields.end(), three.begin(), three.end());
  ASSERT_EQ(truth.fields.size(), 12u);
  const GammaMatrix pairs = Generate(truth, 100000, 11);
  std::vector<EmField> init;
  for (const TrueField& field : truth.fields) {
    EmField f;
    f.m.assign(field.m.size(), 1.0 / static_cast<double>(field.m.size()));
    f.m[0] += 0.1;
    f.m.back() -= 0.1;
    f.u = field.u;
    init.push_back(f);
  }
  absl::StatusOr<EmResult> fit = RunEm(pairs, init, 0.2, {});
  ASSERT_TRUE(fit.ok()) << fit.status();
  EXPECT_TRUE(fit->converged);
  EXPECT_NEAR(fit->prior, truth.prior, 0.005);
  for (size_t f = 0; f < truth.fields.size(); ++f) {
    ExpectNear(fit->fields[f].m, truth.fields[f].m, 0.03);
  }
}

void ExpectRejected(const GammaMatrix& pairs, const std::vector<EmField>& init,
                    double prior, const EmOptions& options,
                    const char* message) {
  absl::StatusOr<EmResult> fit = RunEm(pairs, init, prior, options);
  ASSERT_FALSE(fit.ok()) << message;
  EXPECT_EQ(fit.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(fit.status().message()), HasSubstr(message));
}

TEST(EmEstimatorTest, RejectsMalformedInput) {
  const std::vector<EmField> one = {{{0.9, 0.1}, {0.2, 0.8}}};
  const GammaMatrix single{1, {0}};
  ExpectRejected({1, {0, 1, 2}}, one, 0.1, {},
                 "level 2 in field 0, which has 2 levels");
  ExpectRejected({2, {0, 1, 0}}, {one[0], one[0]}, 0.1, {},
                 "3 levels are not whole rows of 2 fields");
  ExpectRejected({0, {0}}, {}, 0.1, {}, "not whole rows");
  ExpectRejected({2, {0, 1}}, one, 0.1, {},
                 "1 fields given for a gamma matrix of 2 fields");
  ExpectRejected(single, {{{0.9, 0.1}, {1.0}}}, 0.1, {},
                 "m has 2 levels and u 1");
  ExpectRejected(single, {{{}, {}}}, 0.1, {}, "m has 0 levels");
  ExpectRejected(
      single, {{std::vector<double>(256, 0.1), std::vector<double>(256, 0.1)}},
      0.1, {}, "m has 256 levels");
  ExpectRejected(single, {{{1.5, 0.1}, {0.2, 0.8}}}, 0.1, {},
                 "field 0 level 0: m = 1.5");
  ExpectRejected(single, {{{0.9, NAN}, {0.2, 0.8}}}, 0.1, {},
                 "field 0 level 1");
  ExpectRejected(single, one, 1.5, {}, "initial prior 1.5 is not in [0, 1]");
  EmOptions options;
  options.max_iterations = -1;
  ExpectRejected(single, one, 0.1, options, "max_iterations = -1");
  options = {};
  options.min_probability = 0.5;
  ExpectRejected(single, one, 0.1, options, "min_probability = 0.5");
  options = {};
  options.tolerance = NAN;
  ExpectRejected(single, one, 0.1, options, "tolerance = nan");
}

// ---- Level frequencies.

TEST(EstimateLevelFrequenciesTest, CountsByHand) {
  // 5 pairs, 2 fields (2 and 3 levels), missing values in both.
  const GammaMatrix pairs{2,
                          {0, 2,           //
                           1, kNullLevel,  //
                           0, 2,           //
                           kNullLevel, 0,  //
                           0, 1}};
  // Field 0: levels 0,1,0,0 -> 3/4, 1/4. Field 1: 2,2,0,1 -> 1/4, 1/4, 2/4.
  absl::StatusOr<std::vector<std::vector<double>>> f =
      EstimateLevelFrequencies(pairs, {2, 3}, 0.0);
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ((*f)[0], (std::vector<double>{0.75, 0.25}));
  EXPECT_EQ((*f)[1], (std::vector<double>{0.25, 0.25, 0.5}));

  // Laplace: field 0 (3+1)/(4+2), (1+1)/6; field 1 (1+1)/(4+3), 2/7, 3/7.
  f = EstimateLevelFrequencies(pairs, {2, 3}, 1.0);
  ASSERT_TRUE(f.ok()) << f.status();
  ExpectNear((*f)[0], {4.0 / 6, 2.0 / 6}, 1e-15);
  ExpectNear((*f)[1], {2.0 / 7, 2.0 / 7, 3.0 / 7}, 1e-15);

  // A level no pair is in: 0 without smoothing, small with it.
  f = EstimateLevelFrequencies(pairs, {3, 3}, 0.5);
  ASSERT_TRUE(f.ok()) << f.status();
  ExpectNear((*f)[0], {3.5 / 5.5, 1.5 / 5.5, 0.5 / 5.5}, 1e-15);
}

TEST(EstimateLevelFrequenciesTest, AllMissingIsUniformOrSmoothed) {
  const GammaMatrix pairs{1, {kNullLevel, kNullLevel}};
  absl::StatusOr<std::vector<std::vector<double>>> f =
      EstimateLevelFrequencies(pairs, {4}, 0.0);
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ((*f)[0], (std::vector<double>(4, 0.25)));
  f = EstimateLevelFrequencies(GammaMatrix{1, {}}, {2}, 1.0);
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ((*f)[0], (std::vector<double>{0.5, 0.5}));
}

TEST(EstimateLevelFrequenciesTest, RejectsMalformedInput) {
  const GammaMatrix pairs{2, {0, 1, 1, 3}};
  absl::StatusOr<std::vector<std::vector<double>>> f =
      EstimateLevelFrequencies(pairs, {2, 3}, 0.0);
  ASSERT_FALSE(f.ok());
  EXPECT_THAT(std::string(f.status().message()),
              HasSubstr("level 3 in field 1 of pair 1, which has 3 levels"));
  f = EstimateLevelFrequencies(pairs, {2}, 0.0);
  ASSERT_FALSE(f.ok());
  EXPECT_THAT(std::string(f.status().message()),
              HasSubstr("1 level counts given for a gamma matrix of 2"));
  f = EstimateLevelFrequencies(pairs, {2, 4}, -1.0);
  ASSERT_FALSE(f.ok());
  EXPECT_THAT(std::string(f.status().message()), HasSubstr("pseudo count -1"));
  f = EstimateLevelFrequencies(GammaMatrix{2, {0, 1, 0}}, {2, 4}, 0.0);
  ASSERT_FALSE(f.ok());
  EXPECT_THAT(std::string(f.status().message()), HasSubstr("not whole rows"));
}

}  // namespace
}  // namespace dqe::internal
