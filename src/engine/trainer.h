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
//  2. m: for each blocking rule, EM over that rule's candidate pairs with u
//     fixed, estimating m only for comparisons that do not read a column the
//     rule blocks on (those agree by construction); each comparison's m is
//     the mean over the rules that estimated it (the config's m where none
//     did);
//  3. the prior: EM over all candidate pairs with m and u fixed.
// Deterministic for a given table, config and seed, whatever the threads.
absl::StatusOr<Model> TrainModel(const Matcher& matcher,
                                 const TrainingSpec& training);

}  // namespace dqe::internal

#endif  // DQE_ENGINE_TRAINER_H_
