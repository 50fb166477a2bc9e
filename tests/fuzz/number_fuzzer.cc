// Fuzz target: NormalizeNumber (plain, percent and day-count fields) and
// NormalizeDate on any bytes; what they call valid is a finite number and an
// existing date.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dqe/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (int mode = 0; mode < 3; ++mode) {
    dqe::NumberOptions options;
    options.percent_field = mode == 1;
    options.days_field = mode == 2;
    dqe::NormalizedNumber n = dqe::NormalizeNumber(text, options);
    if (n.valid && !std::isfinite(n.value)) std::abort();
  }
  for (bool day_first : {true, false}) {
    dqe::DateOptions options;
    options.day_first = day_first;
    dqe::NormalizedDate d = dqe::NormalizeDate(text, options);
    if (d.valid && (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31))
      std::abort();
  }
  return 0;
}
