// Fuzz target: NormalizeAddress on any bytes. A valid result's key is its
// tokens joined by one space, each token non-empty, without spaces, ASCII
// punctuation or capitals (letters of scripts ICU cannot write in ASCII
// stay as they are), and valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dqe/normalize.h"
#include "src/common/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dqe::NormalizedAddress a = dqe::NormalizeAddress(text);
  if (!a.valid) {
    if (a.reason.empty() || !a.key.empty()) std::abort();
    return 0;
  }
  std::string joined;
  for (const std::string& t : a.tokens) {
    if (t.empty()) std::abort();
    for (char c : t) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        std::abort();
      }
    }
    if (dqe::internal::FindInvalidUtf8(t) != std::string_view::npos)
      std::abort();
    if (!joined.empty()) joined.push_back(' ');
    joined += t;
  }
  if (joined != a.key) std::abort();
  return 0;
}
