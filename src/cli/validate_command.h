// validate_command.h: `dqe validate`.
//
//   dqe validate [--config CFG.json] INPUT.csv --issues ISSUES.csv
//       [--summary SUMMARY.json] [--threads N]
//
// checks every row of INPUT.csv against the "validation" rules of the config
// (without them: phone, e-mail and date columns must hold valid values when
// they hold any) and writes one line per issue to ISSUES.csv:
// row,id,column,rule,code,severity,message,value. `row` is the 1-based row
// under the header; `id` the id column's cell (the row number without one);
// `code` one of the stable codes of dqe/validate.h (invalid_phone,
// required_missing ...). SUMMARY.json holds the counts (rows, errors,
// warnings, issues per code) and per column its completeness and validity.
// Stderr gets a short summary.
//
// Exit codes: 0 the input was read and checked (issues are data, not
// failures), 1 the input or the config could not be read or an output not
// written, 2 a bad command line.
#ifndef DQE_CLI_VALIDATE_COMMAND_H_
#define DQE_CLI_VALIDATE_COMMAND_H_

#include <cstdio>
#include <string>

namespace dqe::cli {

struct ValidateRequest {
  std::string config;
  std::string input;
  std::string issues;
  std::string summary;  // optional
  int threads = 0;
};

int RunValidate(const ValidateRequest& request, FILE* log);

}  // namespace dqe::cli

#endif  // DQE_CLI_VALIDATE_COMMAND_H_
