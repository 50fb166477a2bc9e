// dqe/score.h: Fellegi-Sunter match weights, and the model that holds them.
//
// Each comparison (a field, or a group of fields such as a name) puts a
// candidate pair into one of its levels: "exact", "close", "different" ...
// plus "missing" when either side is empty. Each level has an m-probability
// (how often true matches fall in it) and a u-probability (how often
// non-matches do); its match weight is log2(m / u). A pair's total weight is
// log2(prior / (1 - prior)) plus the weights of its levels ("missing" adds 0),
// where prior is the probability that two records drawn at random match,
// and its match probability is 2^w / (1 + 2^w).
//
// A Model is what `dqe train` writes and `dqe dedupe --model` reads: plain
// JSON, stable across versions (the "dqe_model" key holds the format version).
//
//   {"dqe_model": 1,
//    "prior": 0.0003,
//    "comparisons": [
//      {"name": "name", "levels": [
//         {"name": "exact", "m": 0.82, "u": 0.0001},
//         {"name": "close", "m": 0.12, "u": 0.002},
//         {"name": "different", "m": 0.06, "u": 0.9979}]}]}
//
// Models are plain values: copy them, share them between threads.
#ifndef DQE_SCORE_H_
#define DQE_SCORE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/export.h"

namespace dqe {

struct LevelModel {
  std::string name;
  double m = 0.5;  // P(level | match), in (0, 1]
  double u = 0.5;  // P(level | non-match), in (0, 1]
};

struct ComparisonModel {
  std::string name;
  // The comparison's levels in the config's order, without "missing" (which
  // always weighs 0).
  std::vector<LevelModel> levels;
};

struct DQE_EXPORT Model {
  // The probability that two records drawn at random from the table the
  // model was trained on match, before looking at their fields; in (0, 1).
  // (It shrinks as tables grow: a model is best used on tables of about the
  // size it was trained on.)
  double prior = 1e-4;
  std::vector<ComparisonModel> comparisons;

  // ToJson writes the model as the JSON above (pretty-printed, keys in a
  // fixed order, numbers with enough digits to read back exactly).
  std::string ToJson() const;
  // FromJson reads a model. Errors (InvalidArgument) name the JSON path and
  // the problem: "comparisons[2].levels[0].m: must be a number in (0, 1]".
  // Unknown keys are errors too, so that a typo is not silently ignored.
  static absl::StatusOr<Model> FromJson(std::string_view json);
};

// MatchWeight returns log2(m / u), the weight of a level.
DQE_EXPORT double MatchWeight(double m, double u);
// PriorWeight returns log2(prior / (1 - prior)).
DQE_EXPORT double PriorWeight(double prior);
// MatchProbability returns 2^w / (1 + 2^w), computed without overflow.
DQE_EXPORT double MatchProbability(double weight);

}  // namespace dqe

#endif  // DQE_SCORE_H_
