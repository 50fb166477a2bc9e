// given_name_variants.h: the formal given name behind an English short form.
//
// CRM rows write the same person as "Bob Ortiz" and "Robert C. Ortiz", "Jen
// Torres" and "Jennifer M. Torres". Matching keys map each common short form
// (a fact of English usage, not a guess) to its usual formal name, so that
// both rows share a name key. Forms that are names in their own right and
// belong to several formal names ("Chris", "Pat", "Alex") map to themselves
// are left out, and so is "Dan", a Vietnamese and pinyin syllable (Dân, 丹).
#ifndef DQE_NORMALIZE_GIVEN_NAME_VARIANTS_H_
#define DQE_NORMALIZE_GIVEN_NAME_VARIANTS_H_

#include <string_view>

namespace dqe::internal {

// FormalGivenName returns the formal name for a lower-case ASCII key token
// ("bob" → "robert"), or the token itself.
std::string_view FormalGivenName(std::string_view token);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_GIVEN_NAME_VARIANTS_H_
