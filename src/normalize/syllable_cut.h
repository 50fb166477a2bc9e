// syllable_cut.h: cutting a romanised token into the fewest known syllables.
//
// Typed Chinese names run syllables together ("ziping", "hoisui"); the loose
// romanizations (chinese_romanization.cc, cantonese.cc) cut them back apart
// with their own syllable inventories.
#ifndef DQE_NORMALIZE_SYLLABLE_CUT_H_
#define DQE_NORMALIZE_SYLLABLE_CUT_H_

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace dqe::internal {

// CutFewest cuts `token` into the fewest pieces of at most `max_piece` bytes
// that `known(piece)` accepts, and writes them, in order, to *pieces. A
// piece inside the token does not open with a vowel (pinyin would write
// Xi'an), so that "maria" is not ma-ri-a. Returns false (leaving *pieces
// empty) when there is no such cut, or the token is empty or longer than 48
// bytes.
template <typename Known>
bool CutFewest(std::string_view token, size_t max_piece, Known&& known,
               std::vector<std::string_view>* pieces) {
  pieces->clear();
  const size_t n = token.size();
  if (n == 0 || n > 48) return false;
  auto vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  };
  // best[i]: fewest pieces covering token[0, i); from[i]: where the last one
  // starts.
  std::vector<int> best(n + 1, -1);
  std::vector<size_t> from(n + 1, 0);
  best[0] = 0;
  for (size_t i = 0; i < n; ++i) {
    if (best[i] < 0) continue;
    if (i > 0 && vowel(token[i])) continue;
    for (size_t len = 1; len <= max_piece && i + len <= n; ++len) {
      if (!known(token.substr(i, len))) continue;
      if (best[i + len] < 0 || best[i] + 1 < best[i + len]) {
        best[i + len] = best[i] + 1;
        from[i + len] = i;
      }
    }
  }
  if (best[n] < 0) return false;
  for (size_t end = n; end > 0; end = from[end]) {
    pieces->push_back(token.substr(from[end], end - from[end]));
  }
  std::reverse(pieces->begin(), pieces->end());
  return true;
}

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_SYLLABLE_CUT_H_
