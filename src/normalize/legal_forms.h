// legal_forms.h: the legal forms in company names, and their canonical
// spellings.
//
// Vietnamese names open with the form ("Công ty TNHH Minh Phát", "CTCP
// Vinamilk"), English ones close with it ("ABC Co., Ltd.", "Apple Inc."),
// Chinese ones end in it ("腾讯科技有限公司"). Latin forms are matched on the
// folded words of a name (lower-case ASCII, as FoldToKey spells them), so
// "CÔNG TY CỔ PHẦN", "Cong ty co phan" and "công ty cổ phần" are one form.
#ifndef DQE_NORMALIZE_LEGAL_FORMS_H_
#define DQE_NORMALIZE_LEGAL_FORMS_H_

#include <span>
#include <string>
#include <string_view>

namespace dqe::internal {

struct LegalFormMatch {
  // "TNHH", "TNHH MTV", "CP", "DNTN", "Co Ltd", "Ltd", "LLC", "有限公司" ...
  std::string_view canonical;
  // Words (Latin) or bytes (Han) the form takes; 0 when there is none.
  size_t length = 0;
};

// MatchLegalFormPrefix returns the longest legal form that the first folded
// words of a name spell ("cong ty tnhh" → "TNHH").
LegalFormMatch MatchLegalFormPrefix(std::span<const std::string> words);

// MatchLegalFormSuffix returns the longest legal form that the last folded
// words of a name spell ("co ltd" → "Co Ltd").
LegalFormMatch MatchLegalFormSuffix(std::span<const std::string> words);

// MatchHanLegalFormSuffix returns the longest Han legal form (Simplified or
// Traditional) that `text` ends with ("股份有限公司" → "股份有限公司",
// "有限責任公司" → "有限责任公司").
LegalFormMatch MatchHanLegalFormSuffix(std::string_view text);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_LEGAL_FORMS_H_
