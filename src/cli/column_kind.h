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

// InferColumnKind returns what `dqe clean` does with a column, from the
// kind and role dqe::InferColumn (dqe/schema.h) reads off its header: whole
// names, phones, emails and companies are normalized, the country is read;
// everything else (name parts included) passes through.
ColumnKind InferColumnKind(std::string_view header);

}  // namespace dqe::cli

#endif  // DQE_CLI_COLUMN_KIND_H_
