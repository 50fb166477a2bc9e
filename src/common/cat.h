// cat.h: string concatenation that takes std::string_view.
//
// Debian's Abseil has its own absl::string_view, which absl::StrCat's
// AlphaNum does not build from a std::string_view. Cat takes the same
// pieces StrCat does (text, integers, doubles as StrCat prints them) plus
// std::string_view.
#ifndef DQE_COMMON_CAT_H_
#define DQE_COMMON_CAT_H_

#include <string>
#include <string_view>
#include <type_traits>

#include "absl/strings/str_cat.h"

namespace dqe::internal {

inline void AppendPiece(std::string* out, std::string_view s) { out->append(s); }
inline void AppendPiece(std::string* out, const char* s) { out->append(s); }
inline void AppendPiece(std::string* out, const std::string& s) { out->append(s); }
inline void AppendPiece(std::string* out, char c) { out->push_back(c); }
inline void AppendPiece(std::string* out, absl::string_view s) {
  out->append(s.data(), s.size());
}
template <typename T,
          typename = std::enable_if_t<std::is_arithmetic_v<T> &&
                                      !std::is_same_v<T, char> &&
                                      !std::is_same_v<T, bool>>>
void AppendPiece(std::string* out, T value) {
  absl::StrAppend(out, value);
}

template <typename... Pieces>
std::string Cat(const Pieces&... pieces) {
  std::string out;
  (AppendPiece(&out, pieces), ...);
  return out;
}

}  // namespace dqe::internal

#endif  // DQE_COMMON_CAT_H_
