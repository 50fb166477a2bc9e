// domain_typos.h: likely typos of common mail providers' domains.
//
// A domain is a likely typo when it is not itself a known domain and lies one
// keystroke (an insertion, deletion, substitution or swap of two neighbours)
// from a common provider, in its name ("gmial.com", "yaho.com") or in its
// suffix ("gmail.con", "gmail.co"), or one in each ("gmial.con"). Names
// shorter than five letters (qq, 163, fpt) only match exactly, since a
// keystroke away from them lie many real domains.
#ifndef DQE_NORMALIZE_DOMAIN_TYPOS_H_
#define DQE_NORMALIZE_DOMAIN_TYPOS_H_

#include <string_view>

namespace dqe::internal {

// SuggestEmailDomain returns the provider domain `domain` (ASCII, lower case,
// not itself in the provider table: FindEmailProvider gave nullptr) is
// probably a typo of, or an empty view when it looks like no typo. The view
// points into a static table. Thread-safe.
std::string_view SuggestEmailDomain(std::string_view domain);

// OsaDistance returns the optimal string alignment distance (Levenshtein
// plus swaps of adjacent bytes) between `a` and `b`, or `cap + 1` when it is
// larger than `cap`. For short ASCII strings.
int OsaDistance(std::string_view a, std::string_view b, int cap);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_DOMAIN_TYPOS_H_
