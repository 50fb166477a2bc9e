// Fuzz target: NormalizeCompany on any bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dqe/normalize.h"
#include "src/common/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dqe::NormalizedCompany c = dqe::NormalizeCompany(text);
  if (c.valid &&
      dqe::internal::FindInvalidUtf8(c.display) != std::string_view::npos) {
    std::abort();
  }
  return 0;
}
