// Fuzz target: the JSON config reader (with its "validation", "merge" and
// "identity" objects) on any bytes. A config it accepts builds an engine,
// and the effective config it explains reads back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<dqe::Config> config = dqe::Config::FromJson(text);
  if (!config.ok()) return 0;
  if (!config->validation_json.empty()) {
    (void)dqe::ValidationSpec::FromJson(config->validation_json);
  }
  absl::StatusOr<std::unique_ptr<dqe::Engine>> engine = dqe::Engine::Create(*config);
  if (!engine.ok()) return 0;
  const std::vector<std::string> header = {"id", "full_name", "phone", "email", "company",
                                           "address", "city", "country", "updated_at"};
  absl::StatusOr<std::string> explained = (*engine)->ExplainSchema(header);
  if (explained.ok() && !dqe::Config::FromJson(*explained).ok()) std::abort();
  return 0;
}
