// unmerge_command.h: `dqe unmerge` — the source rows of golden records,
// restored from LINEAGE.csv exactly as they were read.
//
//   dqe unmerge LINEAGE.csv [--golden ID]... [--out ROWS.csv]
//
// writes the header and the rows of the named golden records (all of them
// without --golden) in their original order, every cell byte for byte as
// the input held it; fields beyond the header of a too-long record come back
// after the others. An input written with minimal quoting and LF line ends
// (as dqe writes CSV) comes back byte for byte.
//
// Exit codes: 0 done, 1 the lineage could not be read or is inconsistent
// (the message names the line), or a --golden id is not in it.
#ifndef DQE_CLI_UNMERGE_COMMAND_H_
#define DQE_CLI_UNMERGE_COMMAND_H_

#include <cstdio>
#include <string>
#include <vector>

namespace dqe::cli {

struct UnmergeRequest {
  std::string lineage;
  std::vector<std::string> golden;
  std::string output;  // empty or "-": stdout
};

int RunUnmerge(const UnmergeRequest& request, FILE* out, FILE* log);

}  // namespace dqe::cli

#endif  // DQE_CLI_UNMERGE_COMMAND_H_
