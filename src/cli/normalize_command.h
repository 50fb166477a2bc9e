// normalize_command.h: `dqe normalize`, one value at a time.
//
//   dqe normalize --kind phone --region VN "0168 123 4567" "+84 (0)
//   912-345-678"
//
// prints one JSON object per value, in order, each on its own line.
#ifndef DQE_CLI_NORMALIZE_COMMAND_H_
#define DQE_CLI_NORMALIZE_COMMAND_H_

#include <cstdio>
#include <string>
#include <vector>

namespace dqe::cli {

struct NormalizeRequest {
  // "name", "phone", "email", "company" or "number".
  std::string kind;
  // ISO 3166 alpha-2 region for phone numbers without a country code; empty
  // for PhoneOptions' default.
  std::string region;
  // NumberOptions::percent_field and days_field.
  bool percent = false;
  bool days = false;
  std::vector<std::string> values;
};

// The kinds `--kind` accepts.
inline const std::vector<std::string>& NormalizeKinds() {
  static const std::vector<std::string> kinds = {"name", "phone", "email",
                                                 "company", "address", "number"};
  return kinds;
}

// RunNormalize writes one JSON line per value to `out` and returns the exit
// code: 0, also when values are not valid (their objects say so); 1 when
// the output cannot be written; 2 for an unknown kind.
int RunNormalize(const NormalizeRequest& request, std::FILE* out);

}  // namespace dqe::cli

#endif  // DQE_CLI_NORMALIZE_COMMAND_H_
