// Fuzz target: NormalizePhone on any bytes, the first two bytes choosing
// the region (a real one, a lower-case one, or garbage). Every number it
// reports valid has an E.164 form.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dqe/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kRegions[] = {"VN", "CN", "TW", "HK", "US",
                                         "",   "vn", "ZZ", "X"};
  std::string_view region = size > 0 ? kRegions[data[0] % 9] : "VN";
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (size > 0) text.remove_prefix(1);
  dqe::NormalizedPhone p = dqe::NormalizePhone(text, region);
  for (const dqe::PhoneNumber& n : p.numbers) {
    if (n.valid && (n.e164.empty() || n.e164[0] != '+')) std::abort();
  }
  if (p.numbers.size() > 8) std::abort();  // max_numbers_per_cell
  return 0;
}
