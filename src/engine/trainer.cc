// trainer.cc: u from random pairs, m by EM per blocking rule, then the prior.
#include "src/engine/trainer.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>

#include "absl/status/status.h"
#include "src/common/cat.h"
#include "absl/strings/str_cat.h"
#include "src/block/blocker.h"
#include "src/block/key_hash.h"
#include "src/score/em_estimator.h"

namespace dqe::internal {
namespace {

// The level of every comparison for each pair, in parallel.
GammaMatrix Gammas(const Matcher& matcher, std::span<const uint64_t> pairs) {
  GammaMatrix g;
  g.num_fields = matcher.comparisons().size();
  g.levels.resize(pairs.size() * g.num_fields);
  tbb::parallel_for(tbb::blocked_range<size_t>(0, pairs.size(), 4096),
                    [&](const tbb::blocked_range<size_t>& r) {
                      for (size_t i = r.begin(); i != r.end(); ++i) {
                        matcher.Levels(PairFirst(pairs[i]), PairSecond(pairs[i]),
                                       &g.levels[i * g.num_fields]);
                      }
                    });
  return g;
}

// `count` distinct random pairs of rows (not flagged), from a fixed seed.
std::vector<uint64_t> RandomPairs(size_t num_rows, size_t count, uint64_t seed) {
  std::vector<uint64_t> pairs;
  if (num_rows < 2) return pairs;
  const double all = 0.5 * static_cast<double>(num_rows) * (num_rows - 1);
  if (static_cast<double>(count) >= all) {
    for (uint32_t a = 0; a < num_rows; ++a) {
      for (uint32_t b = a + 1; b < num_rows; ++b) pairs.push_back(PackPair(a, b));
    }
    return pairs;
  }
  uint64_t state = seed;
  pairs.reserve(count);
  while (pairs.size() < count) {
    state += 0x9e3779b97f4a7c15ULL;
    uint64_t x = MixBits(state);
    uint32_t a = static_cast<uint32_t>((x >> 32) % num_rows);
    uint32_t b = static_cast<uint32_t>((x & 0xffffffffu) % num_rows);
    if (a != b) pairs.push_back(PackPair(a, b));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace

absl::StatusOr<Model> TrainModel(const Matcher& matcher,
                                 const TrainingSpec& training) {
  const MatchPlan& plan = matcher.plan();
  const size_t nc = plan.comparisons.size();
  std::vector<size_t> num_levels;
  for (const PlannedComparison& pc : plan.comparisons) {
    num_levels.push_back(pc.spec.levels.size());
  }
  if (matcher.num_rows() < 2) {
    return absl::FailedPreconditionError("training needs at least two rows");
  }

  // 1. u from random pairs.
  std::vector<uint64_t> random =
      RandomPairs(matcher.num_rows(), training.random_pairs, training.seed);
  GammaMatrix random_gammas = Gammas(matcher, random);
  absl::StatusOr<std::vector<std::vector<double>>> u =
      EstimateLevelFrequencies(random_gammas, num_levels, 1.0);
  if (!u.ok()) return u.status();

  std::vector<EmField> init(nc);
  for (size_t c = 0; c < nc; ++c) {
    for (const LevelSpec& l : plan.comparisons[c].spec.levels) {
      init[c].m.push_back(l.m);
    }
    // Normalise the config's m so that it is a distribution.
    double sum = 0;
    for (double m : init[c].m) sum += m;
    for (double& m : init[c].m) m /= sum;
    init[c].u = (*u)[c];
    init[c].estimate_u = false;
  }

  // 2. m per blocking rule.
  std::vector<std::vector<double>> m_sum(nc);
  std::vector<int> m_count(nc, 0);
  for (size_t c = 0; c < nc; ++c) m_sum[c].assign(num_levels[c], 0.0);
  EmOptions options;
  options.max_iterations = training.max_iterations;
  options.tolerance = 1e-5;
  for (size_t r = 0; r < plan.rules.size(); ++r) {
    RuleStats stats;
    std::vector<uint64_t> pairs = matcher.RuleCandidates(r, &stats);
    if (pairs.size() < 50) continue;
    std::vector<EmField> fields = init;
    bool any = false;
    for (size_t c = 0; c < nc; ++c) {
      bool blocked = false;
      for (int col : plan.comparisons[c].columns) {
        for (int rc : plan.rules[r].columns) blocked |= col == rc;
      }
      fields[c].estimate_m = !blocked;
      any |= !blocked;
    }
    if (!any) continue;
    GammaMatrix g = Gammas(matcher, pairs);
    absl::StatusOr<EmResult> fit = RunEm(g, fields, 0.3, options);
    if (!fit.ok()) return fit.status();
    for (size_t c = 0; c < nc; ++c) {
      if (!fields[c].estimate_m) continue;
      for (size_t l = 0; l < num_levels[c]; ++l) {
        m_sum[c][l] += fit->fields[c].m[l];
      }
      ++m_count[c];
    }
  }
  for (size_t c = 0; c < nc; ++c) {
    if (m_count[c] == 0) continue;
    for (size_t l = 0; l < num_levels[c]; ++l) {
      init[c].m[l] = m_sum[c][l] / m_count[c];
    }
  }

  // 3. The prior over all candidates, m and u fixed.
  std::vector<RuleStats> all_stats;
  std::vector<uint64_t> candidates = matcher.Candidates(&all_stats);
  double prior = plan.prior;
  if (!candidates.empty()) {
    GammaMatrix g = Gammas(matcher, candidates);
    std::vector<EmField> fixed = init;
    for (EmField& f : fixed) f.estimate_m = f.estimate_u = false;
    absl::StatusOr<EmResult> fit = RunEm(g, fixed, 0.1, options);
    if (!fit.ok()) return fit.status();
    // EM gives P(match) among the candidates; nearly every match is a
    // candidate, so P(match) among all pairs is that times the share of
    // pairs that are candidates.
    const double n = static_cast<double>(matcher.num_rows());
    prior = fit->prior * static_cast<double>(candidates.size()) /
            (0.5 * n * (n - 1));
  }

  Model model;
  model.prior = std::clamp(prior, 1e-9, 1 - 1e-9);
  for (size_t c = 0; c < nc; ++c) {
    ComparisonModel cm;
    cm.name = plan.comparisons[c].spec.name;
    for (size_t l = 0; l < num_levels[c]; ++l) {
      LevelModel lm;
      lm.name = plan.comparisons[c].spec.levels[l].name;
      lm.m = std::clamp(init[c].m[l], 1e-9, 1.0);
      lm.u = std::clamp(init[c].u[l], 1e-9, 1.0);
      cm.levels.push_back(std::move(lm));
    }
    model.comparisons.push_back(std::move(cm));
  }
  return model;
}

}  // namespace dqe::internal
