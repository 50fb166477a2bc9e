// Fuzz target: the model reader on any bytes; a model it accepts writes
// JSON that reads back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dqe/score.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<dqe::Model> model = dqe::Model::FromJson(text);
  if (model.ok() && !dqe::Model::FromJson(model->ToJson()).ok()) std::abort();
  return 0;
}
