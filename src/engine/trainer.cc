// trainer.cc: u from random pairs; m and the prior by classification EM over
// the candidate pairs.
#include "src/engine/trainer.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>

#include "absl/status/status.h"
#include "src/common/cat.h"
#include "absl/strings/str_cat.h"
#include "src/block/blocker.h"
#include "src/block/key_hash.h"
#include "dqe/score.h"
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

absl::StatusOr<Model> TrainModel(Matcher* matcher_ptr,
                                 const TrainingSpec& training) {
  Matcher* matcher = matcher_ptr;
  const MatchPlan& plan = matcher->plan();
  const size_t nc = plan.comparisons.size();
  std::vector<size_t> num_levels;
  for (const PlannedComparison& pc : plan.comparisons) {
    num_levels.push_back(pc.spec.levels.size());
  }
  if (matcher->num_rows() < 2) {
    return absl::FailedPreconditionError("training needs at least two rows");
  }

  // 1. u from random pairs.
  std::vector<uint64_t> random =
      RandomPairs(matcher->num_rows(), training.random_pairs, training.seed);
  // Drawn as pairs of table rows, whatever the matcher's layout.
  for (uint64_t& p : random) {
    p = PackPair(matcher->LayoutRow(PairFirst(p)), matcher->LayoutRow(PairSecond(p)));
  }
  GammaMatrix random_gammas = Gammas(*matcher, random);
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
  // The config's u count beside the random pairs as training.u_prior_pairs
  // pairs drawn at random would: near-agreements (a shared line, the same
  // e-mail user at another domain, a part of a name) are rare among random
  // pairs but common among relatives, colleagues and namesakes, whom the
  // candidate pairs are full of and the config's u allow for.
  if (training.u_prior_pairs > 0) {
    for (size_t c = 0; c < nc; ++c) {
      double seen = 0, sum = 0;
      for (size_t p = 0; p < random_gammas.num_pairs(); ++p) {
        seen += random_gammas.levels[p * nc + c] != kNullLevel;
      }
      for (const LevelSpec& l : plan.comparisons[c].spec.levels) sum += l.u;
      if (!(sum > 0)) continue;
      for (size_t l = 0; l < num_levels[c]; ++l) {
        const double prior_u = plan.comparisons[c].spec.levels[l].u / sum;
        init[c].u[l] = (init[c].u[l] * seen + prior_u * training.u_prior_pairs) /
                       (seen + training.u_prior_pairs);
      }
    }
  }

  // 2. m and the prior by classification EM over all candidate pairs, each
  //    comparison judged by the others: the E-step scores every candidate
  //    pair with the current weights; the M-step takes, for each comparison,
  //    the level distribution over the pairs that the *other* comparisons
  //    alone call a match (probability >= kSureMatch), so a field never
  //    votes for its own weights, and the prior from the expected number of
  //    matches. Within blocks, non-matches agree far more than random pairs
  //    (colleagues share a company, relatives an address), which draws a
  //    plain two-class EM into calling them matches; this stays with the
  //    pairs the evidence makes sure of.
  std::vector<RuleStats> all_stats;
  std::vector<uint64_t> candidates = matcher->Candidates(&all_stats);
  std::vector<std::vector<double>> m(nc), u_levels(nc);
  for (size_t c = 0; c < nc; ++c) {
    m[c] = init[c].m;
    u_levels[c] = init[c].u;
  }
  double prior = matcher->prior();
  const double n = static_cast<double>(matcher->num_rows());
  const double all_pairs = 0.5 * n * (n - 1);
  constexpr double kSureMatch = 0.99;
  const double sure_weight = PriorWeight(kSureMatch);
  for (int iteration = 0; iteration < std::min(training.max_iterations, 10);
       ++iteration) {
    matcher->SetProbabilities(m, u_levels, prior);
    struct Tally {
      std::vector<std::vector<double>> counts;
      double expected = 0;
    };
    const size_t chunk = 16384;
    const size_t chunks = (candidates.size() + chunk - 1) / chunk;
    std::vector<Tally> tallies(chunks);
    tbb::parallel_for(size_t{0}, chunks, [&](size_t k) {
      Tally& t = tallies[k];
      t.counts.resize(nc);
      for (size_t c = 0; c < nc; ++c) t.counts[c].assign(num_levels[c], 0.0);
      std::vector<uint8_t> levels(nc);
      std::vector<double> weights(nc);
      const size_t end = std::min(candidates.size(), (k + 1) * chunk);
      for (size_t i = k * chunk; i < end; ++i) {
        const double total = matcher->Explain(PairFirst(candidates[i]),
                                              PairSecond(candidates[i]),
                                              levels.data(), weights.data());
        t.expected += MatchProbability(total);
        for (size_t c = 0; c < nc; ++c) {
          if (levels[c] == kNullLevel) continue;
          if (total - weights[c] >= sure_weight) t.counts[c][levels[c]] += 1;
        }
      }
    });
    std::vector<std::vector<double>> counts(nc);
    double expected = 0;
    for (size_t c = 0; c < nc; ++c) counts[c].assign(num_levels[c], 0.0);
    for (const Tally& t : tallies) {
      expected += t.expected;
      for (size_t c = 0; c < nc; ++c) {
        for (size_t l = 0; l < num_levels[c]; ++l) counts[c][l] += t.counts[c][l];
      }
    }
    double change = 0;
    for (size_t c = 0; c < nc; ++c) {
      double sure = 0;
      for (double x : counts[c]) sure += x;
      if (sure < 20) continue;  // too few sure matches to say
      for (size_t l = 0; l < num_levels[c]; ++l) {
        const double next = (counts[c][l] + 0.5) / (sure + 0.5 * num_levels[c]);
        change = std::max(change, std::fabs(next - m[c][l]));
        m[c][l] = next;
      }
    }
    const double next_prior =
        std::clamp(expected / std::max(all_pairs, 1.0), 1e-12, 0.5);
    change = std::max(change, std::fabs(std::log2(next_prior / prior)) * 1e-3);
    prior = next_prior;
    if (change < 1e-3) break;
  }
  for (size_t c = 0; c < nc; ++c) init[c].m = m[c];

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
