#include "src/cli/column_kind.h"

#include "dqe/schema.h"

namespace dqe::cli {

std::string_view ColumnKindName(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kOther:
      return "other";
    case ColumnKind::kName:
      return "name";
    case ColumnKind::kPhone:
      return "phone";
    case ColumnKind::kEmail:
      return "email";
    case ColumnKind::kCompany:
      return "company";
    case ColumnKind::kCountry:
      return "country";
  }
  return "other";
}

ColumnKind InferColumnKind(std::string_view header) {
  // The library's schema inference decides; `dqe clean` normalizes whole
  // names, phones, emails and companies, and reads the country.
  const Column column = InferColumn(header);
  switch (column.kind) {
    case Kind::kPersonName:
      return column.role == Role::kFullName || column.role == Role::kNone
                 ? ColumnKind::kName
                 : ColumnKind::kOther;
    case Kind::kPhone:
      return ColumnKind::kPhone;
    case Kind::kEmail:
      return ColumnKind::kEmail;
    case Kind::kCompany:
      return ColumnKind::kCompany;
    case Kind::kCountry:
      return ColumnKind::kCountry;
    default:
      return ColumnKind::kOther;
  }
}

}  // namespace dqe::cli
