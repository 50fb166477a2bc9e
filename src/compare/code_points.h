// code_points.h: the symbols the string metrics compare, decoded from UTF-8.
//
// A symbol is a code point; a byte that does not start a valid UTF-8 sequence
// is a symbol of its own, kInvalidByteBase + byte, above U+10FFFF so that it
// never equals a real code point. ASCII text needs no decoding: its bytes are
// its symbols, and the metrics run on the bytes directly (VisitSymbols).
#ifndef DQE_COMPARE_CODE_POINTS_H_
#define DQE_COMPARE_CODE_POINTS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "src/common/utf8.h"

namespace dqe::internal {

inline constexpr char32_t kInvalidByteBase = 0x110000;

// AsBytes views text as unsigned bytes: the symbols of ASCII text.
inline std::span<const uint8_t> AsBytes(std::string_view s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

// DecodeSymbols writes the symbols of `s` to `out`, which has room for
// s.size() of them (never more symbols than bytes), and returns how many.
// Well-formed 2- and 3-byte sequences (Vietnamese letters, Han) are decoded
// inline; anything else goes through the strict DecodeUtf8.
inline size_t DecodeSymbols(std::string_view s, char32_t* out) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t size = s.size();
  size_t n = 0;
  size_t pos = 0;
  while (pos < size) {
    const char32_t b = p[pos];
    if (b < 0x80) {
      out[n++] = b;
      ++pos;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF && pos + 1 < size && (p[pos + 1] & 0xC0) == 0x80) {
      out[n++] = ((b & 0x1F) << 6) | (p[pos + 1] & 0x3F);
      pos += 2;
      continue;
    }
    if ((b & 0xF0) == 0xE0 && pos + 2 < size && (p[pos + 1] & 0xC0) == 0x80 &&
        (p[pos + 2] & 0xC0) == 0x80) {
      const char32_t cp =
          ((b & 0x0F) << 12) | ((p[pos + 1] & 0x3F) << 6) | (p[pos + 2] & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        out[n++] = cp;
        pos += 3;
        continue;
      }
    }
    char32_t cp = DecodeUtf8(s, &pos);
    if (cp == kInvalidCodePoint) {
      cp = kInvalidByteBase + b;
      ++pos;
    }
    out[n++] = cp;
  }
  return n;
}

// CountSymbols returns how many symbols `s` decodes into.
inline size_t CountSymbols(std::string_view s) {
  size_t n = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80 ||
        DecodeUtf8(s, &pos) == kInvalidCodePoint) {
      ++pos;
    }
    ++n;
  }
  return n;
}

// CodePointBuffer holds the decoded symbols of one string; up to 128 bytes of
// text decode into the object itself, longer text into a heap buffer.
class CodePointBuffer {
 public:
  CodePointBuffer() = default;
  CodePointBuffer(const CodePointBuffer&) = delete;
  CodePointBuffer& operator=(const CodePointBuffer&) = delete;

  // Decode decodes `s`; the span is valid until the next Decode.
  std::span<const char32_t> Decode(std::string_view s) {
    char32_t* out = inline_;
    if (s.size() > kInline) {
      heap_.resize(s.size());
      out = heap_.data();
    }
    return {out, DecodeSymbols(s, out)};
  }

 private:
  static constexpr size_t kInline = 128;
  char32_t inline_[kInline];
  std::vector<char32_t> heap_;
};

// VisitSymbols returns f(symbols of a, symbols of b): both as
// std::span<const uint8_t> when both are ASCII, else both as
// std::span<const char32_t>. `f` must return the same type for both.
template <typename F>
decltype(auto) VisitSymbols(std::string_view a, std::string_view b, F&& f) {
  if (IsAscii(a) && IsAscii(b)) return f(AsBytes(a), AsBytes(b));
  CodePointBuffer da, db;
  return f(da.Decode(a), db.Decode(b));
}

// VisitSymbols returns f(symbols of s), as bytes when `s` is ASCII.
template <typename F>
decltype(auto) VisitSymbols(std::string_view s, F&& f) {
  if (IsAscii(s)) return f(AsBytes(s));
  CodePointBuffer d;
  return f(d.Decode(s));
}

}  // namespace dqe::internal

#endif  // DQE_COMPARE_CODE_POINTS_H_
