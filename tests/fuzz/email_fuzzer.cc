// Fuzz target: NormalizeEmail on any bytes; a valid address has a key and
// an '@' in its normalized form.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dqe/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dqe::NormalizedEmail e = dqe::NormalizeEmail(text);
  if (e.valid && (e.key.empty() || e.normalized.find('@') == std::string::npos))
    std::abort();
  return 0;
}
