#include "src/common/utf8.h"

#include <cstring>

namespace dqe::internal {

bool IsAscii(std::string_view s) {
  // Eight bytes at a time: a set high bit in any byte means non-ASCII.
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (DecodeUtf8(s, &i) == kInvalidCodePoint) return i;
  }
  return std::string_view::npos;
}

std::string InvalidUtf8Reason(size_t offset) {
  return "invalid UTF-8 at byte " + std::to_string(offset);
}

}  // namespace dqe::internal
