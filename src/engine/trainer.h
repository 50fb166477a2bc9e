// trainer.h: estimating a Model from unlabelled data (Engine::Train).
#ifndef DQE_ENGINE_TRAINER_H_
#define DQE_ENGINE_TRAINER_H_

#include "absl/status/statusor.h"
#include "dqe/config.h"
#include "dqe/score.h"
#include "src/engine/matcher.h"

namespace dqe::internal {

// TrainModel estimates the model of the matcher's plan on its rows:
//  1. u: the level frequencies of `training.random_pairs` random pairs
//     (almost all of them non-matches), smoothed by one pair per level;
//  2. m and the prior: classification EM over all candidate pairs, starting
//     from the config's m — score every pair, then for each comparison take
//     the level distribution over the pairs the other comparisons alone call
//     a sure match, and the prior from the expected number of matches;
//     repeated until m settles (at most 10 rounds).
// The matcher's weights are changed on the way. Deterministic for a given
// table, config and seed, whatever the threads.
absl::StatusOr<Model> TrainModel(Matcher* matcher,
                                 const TrainingSpec& training);

}  // namespace dqe::internal

#endif  // DQE_ENGINE_TRAINER_H_
