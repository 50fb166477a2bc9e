// picklist_key.cc: folding picklist values and cells to one key.
#include "src/validate/picklist_key.h"

#include "absl/strings/ascii.h"
#include "src/normalize/text_fold.h"

namespace dqe::internal {

std::string PicklistKey(std::string_view text) {
  std::string folded;
  bool latin = false;
  if (!FoldLatinKey(text, &folded, &latin)) {
    std::string nfkc;
    size_t invalid_at = 0;
    if (ToNfkc(text, &nfkc, &invalid_at)) {
      FoldToKey(nfkc, HanRuns::kJoined, &folded);
    }
  }
  std::string key;
  key.reserve(folded.size());
  for (char c : folded) {
    if (c != ' ') key.push_back(c);
  }
  if (key.empty()) {
    std::string_view t = text;
    while (!t.empty() && absl::ascii_isspace(static_cast<unsigned char>(t.front()))) {
      t.remove_prefix(1);
    }
    while (!t.empty() && absl::ascii_isspace(static_cast<unsigned char>(t.back()))) {
      t.remove_suffix(1);
    }
    key.assign(t);
    for (char& c : key) c = absl::ascii_tolower(static_cast<unsigned char>(c));
  }
  return key;
}

}  // namespace dqe::internal
