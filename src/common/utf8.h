// utf8.h: strict UTF-8 decoding and encoding for the hot paths.
//
// Strict means: overlong forms, surrogates and code points above U+10FFFF are
// invalid, as RFC 3629 says. Callers report invalid text; they never repair it.
#ifndef DQE_COMMON_UTF8_H_
#define DQE_COMMON_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dqe::internal {

inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// DecodeUtf8 decodes the code point starting at s[*pos] and advances *pos past
// it. Returns kInvalidCodePoint (and leaves *pos unchanged) when the bytes
// there are not valid UTF-8. Requires *pos < s.size().
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const size_t i = *pos;
  const unsigned char b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  }
  const size_t n = s.size();
  auto cont = [&](size_t k) -> int {
    if (i + k >= n) return -1;
    const unsigned char b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    const int c1 = cont(1);
    if (c1 < 0) return kInvalidCodePoint;
    *pos = i + 2;
    return (char32_t{b0 & 0x1Fu} << 6) | c1;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const int c1 = cont(1), c2 = cont(2);
    if (c1 < 0 || c2 < 0) return kInvalidCodePoint;
    const char32_t cp = (char32_t{b0 & 0x0Fu} << 12) | (c1 << 6) | c2;
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalidCodePoint;
    *pos = i + 3;
    return cp;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 < 0 || c2 < 0 || c3 < 0) return kInvalidCodePoint;
    const char32_t cp =
        (char32_t{b0 & 0x07u} << 18) | (c1 << 12) | (c2 << 6) | c3;
    if (cp < 0x10000 || cp > 0x10FFFF) return kInvalidCodePoint;
    *pos = i + 4;
    return cp;
  }
  return kInvalidCodePoint;
}

// AppendUtf8 appends the UTF-8 encoding of `cp` (a valid scalar value).
inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// FindInvalidUtf8 returns the byte offset of the first invalid sequence in
// `s`, or std::string_view::npos when all of `s` is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

// InvalidUtf8Reason returns the message normalizers give for text that is
// not UTF-8: "invalid UTF-8 at byte N".
std::string InvalidUtf8Reason(size_t offset);

// IsAscii returns true when every byte of `s` is below 0x80.
bool IsAscii(std::string_view s);

}  // namespace dqe::internal

#endif  // DQE_COMMON_UTF8_H_
