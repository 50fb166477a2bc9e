// company_core.h: the distinctive part of a company name.
//
// Company names are built from parts that say little about which company it
// is: a place (深圳市, Shenzhen, Taiwan), a line of business (Thương mại
// Dịch vụ, TMDV, Trading, 贸易, 科技), a legal form (removed before this).
// Chinese names are regulated as place + trade name + business + form;
// Vietnamese ones open with the business. The core is what is left — the
// trade name — folded to lower-case ASCII without spaces, Han as pinyin, so
// that "Công ty TNHH TMDV Hoàng Long" and "Hoang Long Trading Co., Ltd.",
// or "武汉市瑞丰电子有限公司" and "Wuhan Ruifeng Electronics Co Ltd", have one
// core ("hoanglong", "ruifeng").
#ifndef DQE_NORMALIZE_COMPANY_CORE_H_
#define DQE_NORMALIZE_COMPANY_CORE_H_

#include <string>
#include <string_view>

namespace dqe::internal {

// CompanyCore returns the core of `name` (valid UTF-8, NFKC, legal forms
// already removed). When the name is made only of places and business words
// ("Thương mại Dịch vụ", "Beijing Trading"), the core is the whole name
// folded; empty only when the name has no letter or digit.
std::string CompanyCore(std::string_view name);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_COMPANY_CORE_H_
