// honorifics.h: titles and forms of address that are not part of a name.
#ifndef DQE_NORMALIZE_HONORIFICS_H_
#define DQE_NORMALIZE_HONORIFICS_H_

#include <string_view>

namespace dqe::internal {

enum class HonorificKind {
  kNone,
  kTitle,      // always a title before a name: Mr, Dr, Ông, Bà, Chị ...
  kAmbiguous,  // also a common given name: Anh, Em
};

// LeadingHonorific classifies a word (lower case, NFC, trailing '.' removed)
// that stands before a name.
HonorificKind LeadingHonorific(std::string_view lower_word);

// UnaccentedVietnameseTitle returns true for a Vietnamese form of address
// typed without its marks ("ong", "ba", "chi", "co" ...; `lower_word` as for
// LeadingHonorific). Those are surnames and given names too (Ong, Chi), so
// they are titles only before a Vietnamese family name
// (IsVietnameseFamilyKey): "Chi Nguyen Lan Duyen", "Co Pham Yen".
bool UnaccentedVietnameseTitle(std::string_view lower_word);

// IsVietnameseFamilyKey returns true when a key token (lower-case ASCII) is
// the fold of a common Vietnamese family name (Nguyễn, Trần, Lê, Phạm ...).
bool IsVietnameseFamilyKey(std::string_view token);

// IsPostNominal returns true for letters after a name that are not part of
// it (PhD, MD, Esq ...); `lower_word` as for LeadingHonorific.
bool IsPostNominal(std::string_view lower_word);

// HanHonorificSuffix returns the length in bytes of an honorific that ends a
// Han name (先生, 女士, 小姐, 太太, 老师/老師 ...), or 0.
size_t HanHonorificSuffix(std::string_view word);

// MayBeTitleKey returns true when a key token (lower-case ASCII, as
// FoldToKey writes it) is the fold of a title or form of address ("ong" for
// Ông, "anh", "dr"); MayBePostNominalKey, of a post-nominal ("phd"). A name
// whose first token may be a title, or last token a post-nominal, needs the
// full honorific rules.
bool MayBeTitleKey(std::string_view token);
bool MayBePostNominalKey(std::string_view token);

// IsHanHonorific returns true when `word` is one of those honorifics.
bool IsHanHonorific(std::string_view word);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_HONORIFICS_H_
