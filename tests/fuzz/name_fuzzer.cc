// Fuzz target: NormalizeName and NameKey on any bytes. They must not crash,
// must agree on the key, and must say invalid (not "fix") bad UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dqe/normalize.h"
#include "src/common/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dqe::NameOptions options;
  options.fix_case = size % 2 == 0;
  options.drop_honorifics = size % 3 != 0;
  dqe::NormalizedName n = dqe::NormalizeName(text, options);
  std::string key;
  const bool ok = dqe::NameKey(text, options, &key);
  if (ok != n.valid || (ok && key != n.key)) std::abort();
  if (dqe::internal::FindInvalidUtf8(text) != std::string_view::npos && n.valid) std::abort();
  return 0;
}
