// match_commands.h: `dqe dedupe`, `dqe link` and `dqe train`.
//
//   dqe dedupe [--config CFG.json] [--model MODEL.json] INPUT.csv
//       --clusters OUT.csv [--pairs PAIRS.csv] [--threads N] [--explain-schema]
//       [--golden GOLDEN.csv] [--lineage LINEAGE.csv] [--remap REMAP.csv]
//
// writes OUT.csv with the columns id,cluster_id: every input row exactly
// once, in input order; id is the id column's cell (or the 1-based row
// number when there is none), cluster_id the id of the cluster's member with
// the smallest id. PAIRS.csv lists the accepted pairs: id1,id2,weight,
// probability, then per comparison its level and the weight it added.
// --golden, --lineage and --remap merge each cluster into a golden record
// with the config's survivorship rules and write GOLDEN.csv, LINEAGE.csv and
// REMAP.csv (formats in merge_output.h).
// --explain-schema prints the effective config for the input's header (the
// inferred columns, rules and comparisons with all defaults) and exits.
//
//   dqe link [--config CFG.json] [--model MODEL.json] LEFT.csv RIGHT.csv
//       --matches OUT.csv [--pairs PAIRS.csv] [--threads N]
//
// writes one line per right-hand row: right_id,left_id,status,weight,
// probability, status "match" (left_id its best match) or "new".
//
//   dqe train [--config CFG.json] INPUT.csv --model MODEL.json [--threads N]
//
// estimates the comparison weights from INPUT.csv without labels and writes
// the model.
//
// Exit codes: 0 done (bad rows are reported on stderr and kept as
// singletons), 1 an input could not be read or an output not written, or the
// config or model is wrong.
#ifndef DQE_CLI_MATCH_COMMANDS_H_
#define DQE_CLI_MATCH_COMMANDS_H_

#include <cstdio>
#include <string>

namespace dqe::cli {

struct MatchRequest {
  std::string config;
  std::string model;
  std::string input;        // dedupe, train; link: the left file
  std::string right;        // link
  std::string clusters;     // dedupe
  std::string matches;      // link
  std::string pairs;        // dedupe, link (optional)
  std::string golden;       // dedupe (optional): GOLDEN.csv
  std::string lineage;      // dedupe (optional): LINEAGE.csv
  std::string remap;        // dedupe (optional): REMAP.csv
  std::string model_out;    // train
  int threads = 0;
  double pairs_min_probability = -1;  // --pairs-min-probability
  bool explain_schema = false;
};

int RunDedupe(const MatchRequest& request, FILE* out, FILE* log);
int RunLink(const MatchRequest& request, FILE* log);
int RunTrain(const MatchRequest& request, FILE* log);

}  // namespace dqe::cli

#endif  // DQE_CLI_MATCH_COMMANDS_H_
