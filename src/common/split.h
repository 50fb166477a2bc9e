// split.h: splitting std::string_view text without copies, and dropping
// spaces.
//
// Debian's Abseil is built with its own absl::string_view (not an alias of
// std::string_view), so absl::StrSplit does not take or yield the
// std::string_view the library uses everywhere. These two helpers do.
#ifndef DQE_COMMON_SPLIT_H_
#define DQE_COMMON_SPLIT_H_

#include <string>
#include <string_view>
#include <vector>

namespace dqe::internal {

// SplitView returns the pieces of `text` between `sep` characters; empty
// pieces are dropped when `skip_empty`.
inline std::vector<std::string_view> SplitView(std::string_view text, char sep,
                                               bool skip_empty) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t end = text.find(sep, start);
    if (end == std::string_view::npos) end = text.size();
    if (!skip_empty || end > start) out.push_back(text.substr(start, end - start));
    if (end == text.size()) break;
    start = end + 1;
  }
  return out;
}

// JoinViews joins `pieces` with `sep` between them.
inline std::string JoinViews(const std::vector<std::string_view>& pieces,
                             std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) out.append(sep);
    out.append(pieces[i]);
  }
  return out;
}

// AppendWithoutSpaces appends `text` without its ' ' characters to *out:
// keys compared or blocked regardless of how a clerk spaced the syllables.
inline void AppendWithoutSpaces(std::string_view text, std::string* out) {
  for (char c : text) {
    if (c != ' ') out->push_back(c);
  }
}

// WithoutSpaces returns `text` without its ' ' characters.
inline std::string WithoutSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendWithoutSpaces(text, &out);
  return out;
}

}  // namespace dqe::internal

#endif  // DQE_COMMON_SPLIT_H_
