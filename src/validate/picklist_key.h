// picklist_key.h: the key a picklist value and a cell are compared on.
#ifndef DQE_VALIDATE_PICKLIST_KEY_H_
#define DQE_VALIDATE_PICKLIST_KEY_H_

#include <string>
#include <string_view>

namespace dqe::internal {

// PicklistKey folds `text` (valid UTF-8) so that the spellings clerks type
// for one value meet: NFKC, lower-case ASCII with diacritics folded
// (đ → d), Han read as pinyin, and spaces and punctuation dropped:
// "hà nội", "Hà Nội", "HA NOI" and "Hanoi" all give "hanoi". Text with
// nothing left after folding (only punctuation) is its own key, trimmed
// and lower-cased.
std::string PicklistKey(std::string_view text);

}  // namespace dqe::internal

#endif  // DQE_VALIDATE_PICKLIST_KEY_H_
