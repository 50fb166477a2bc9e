// column_kind.h: what a CSV column holds, guessed from its header.
//
// CRM exports name their columns in English, Vietnamese or Chinese, in any
// case and spacing: "Full Name", "full_name", "Họ tên", "HỌ VÀ TÊN", "姓名",
// "Điện thoại", "SĐT", "手機", "E-mail", "邮箱", "Công ty", "公司", "Quốc gia".
#ifndef DQE_CLI_COLUMN_KIND_H_
#define DQE_CLI_COLUMN_KIND_H_

#include <string_view>

namespace dqe::cli {

enum class ColumnKind {
  kOther,    // passed through unchanged
  kName,     // a person's full name
  kPhone,    // one or more phone numbers
  kEmail,    // an e-mail address
  kCompany,  // a company name
  kCountry,  // the row's country: the region its phone numbers are read in
};

// ColumnKindName returns "other", "name", "phone", "email", "company" or
// "country".
std::string_view ColumnKindName(ColumnKind kind);

// InferColumnKind returns the kind of column a header names. The header is
// compared after NFKC case folding, with spaces, '_', '-', '.', ':' and
// trailing digits removed ("Phone 2" is a phone column, "e-mail" an email
// column); headers ending in "phone", "mobile" or "email" ("work_phone",
// "contact email") are phone and email columns.
ColumnKind InferColumnKind(std::string_view header);

}  // namespace dqe::cli

#endif  // DQE_CLI_COLUMN_KIND_H_
