#include "src/cli/normalize_command.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "absl/strings/ascii.h"
#include "dqe/normalize.h"
#include "src/cli/json_output.h"

namespace dqe::cli {

int RunNormalize(const NormalizeRequest& request, std::FILE* out) {
  const std::string region = absl::AsciiStrToUpper(request.region);
  NumberOptions number_options;
  number_options.percent_field = request.percent;
  number_options.days_field = request.days;
  for (const std::string& value : request.values) {
    nlohmann::ordered_json j;
    if (request.kind == "name") {
      j = NameToJson(value, NormalizeName(value));
    } else if (request.kind == "phone") {
      j = PhoneToJson(value, NormalizePhone(value, region));
    } else if (request.kind == "email") {
      j = EmailToJson(value, NormalizeEmail(value));
    } else if (request.kind == "company") {
      j = CompanyToJson(value, NormalizeCompany(value));
    } else if (request.kind == "address") {
      j = AddressToJson(value, NormalizeAddress(value));
    } else if (request.kind == "number") {
      j = NumberToJson(value, NormalizeNumber(value, number_options));
    } else {
      std::fprintf(stderr, "dqe normalize: unknown --kind %s\n",
                   request.kind.c_str());
      return 2;
    }
    const std::string line = DumpLine(j) + "\n";
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) {
      std::fprintf(stderr, "dqe normalize: cannot write the output: %s\n",
                   std::strerror(errno));
      return 1;
    }
  }
  if (std::fflush(out) != 0) {
    std::fprintf(stderr, "dqe normalize: cannot write the output: %s\n",
                 std::strerror(errno));
    return 1;
  }
  return 0;
}

}  // namespace dqe::cli
