// dqe/schema.h: what each column of a table holds.
//
// A Schema lists a table's columns with their Kind (which decides the
// normalizer and the default comparison) and Role (what the pipeline uses the
// column for: the record id, the parts of a name, the timestamp survivorship
// reads ...). A config may spell it out; without one, InferSchema reads it off
// the header, which CRM exports write in English, Vietnamese or Chinese and in
// any case and spacing ("Full Name", "full_name", "Họ tên", "HỌ VÀ TÊN",
// "姓名", "SĐT", "手機", "E-mail", "邮箱", "Công ty", "Quốc gia", "rec_id").
//
//   std::vector<std::string_view> header = {"id", "Họ tên", "SĐT", "邮箱"};
//   dqe::Schema schema = dqe::InferSchema(header);
//   // schema.columns[1].kind == dqe::Kind::kPersonName
//   // schema.record_id == 0
//
// Schemas are plain values: copy them, share them between threads.
#ifndef DQE_SCHEMA_H_
#define DQE_SCHEMA_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/export.h"

namespace dqe {

// What a column holds. Kinds decide the normalizer and default comparison.
enum class Kind : uint8_t {
  kText,        // anything else: kept, compared exactly if at all
  kPersonName,  // a person's name, or a part of it (see Role)
  kCompany,     // a company name
  kPhone,       // one or more phone numbers
  kEmail,       // an e-mail address
  kAddress,     // a street address (or a line of one)
  kCity,        // a city, town, district or suburb
  kCountry,     // the row's country: the region its phones are read in
  kDate,        // a date or a date and time
  kInteger,     // a whole number
  kDecimal,     // a number with a fraction
  kPercent,     // a percent ("2%", "0.02")
  kDays,        // a number of days ("30 days", "Net 30", "三十天")
  kEnum,        // one of a known list of values (a picklist)
  kId,          // an identifier: compared exactly, never fuzzily
};

// KindName returns the config spelling of a kind: "text", "person_name",
// "company", "phone", "email", "address", "city", "country", "date",
// "integer", "decimal", "percent", "days", "enum", "id".
DQE_EXPORT std::string_view KindName(Kind kind);
// KindFromName is KindName's inverse; nullopt for an unknown name.
DQE_EXPORT std::optional<Kind> KindFromName(std::string_view name);

// What the pipeline uses a column for, beyond its kind.
enum class Role : uint8_t {
  kNone,
  kRecordId,    // the row's own id, kept as given (kind kId)
  kFullName,    // a whole person's name (kind kPersonName)
  kGivenName,   // the given (first) name (kind kPersonName)
  kFamilyName,  // the family name, surname (kind kPersonName)
  kBirthDate,   // date of birth (kind kDate)
  kUpdatedAt,   // when the row last changed: "most recent" survivorship reads it
  kCreatedAt,   // when the row was created
  kSource,      // which system or channel the row came from
  kPostcode,    // postcode / ZIP (kind kText)
  kState,       // state, province (kind kText)
};

// RoleName returns "", "record_id", "full_name", "given_name", "family_name",
// "birth_date", "updated_at", "created_at", "source", "postcode" or "state".
DQE_EXPORT std::string_view RoleName(Role role);
// RoleFromName is RoleName's inverse ("" and "none" are kNone); nullopt for
// an unknown name.
DQE_EXPORT std::optional<Role> RoleFromName(std::string_view name);

struct Column {
  std::string name;  // as the header writes it
  Kind kind = Kind::kText;
  Role role = Role::kNone;
  // Validation: the cell must not be empty. Default: false.
  bool required = false;
  // Phones: the ISO 3166 region numbers without a country code are read in
  // when the row has no country column. Empty: the config's default.
  std::string region;
};

struct DQE_EXPORT Schema {
  std::vector<Column> columns;
  // Index of the column with Role::kRecordId; -1 when there is none (rows are
  // then identified by their 1-based row number).
  int record_id = -1;
  // Index of the first column of Kind::kCountry; -1 when there is none.
  int country = -1;

  // Find returns the index of the column named `name` (exactly as in the
  // header), or -1.
  int Find(std::string_view name) const;
};

// InferColumn returns the kind and role a header names. Headers are compared
// NFKC case-folded, without spaces, '_', '-', '.', ':', '/', parentheses and
// trailing digits ("Phone 2" is a phone column); a header ending in "phone",
// "mobile", "email", "电话" … ("work_phone", "公司电话") names that kind.
// Unknown headers are Kind::kText.
DQE_EXPORT Column InferColumn(std::string_view header);

// InferSchema infers every column of a header with InferColumn, then settles
// the whole: the first column that names a record id ("id", "rec_id",
// "unique_id", "Mã khách hàng", "编号" …) is the record id; a Vietnamese
// "Tên" column beside a "Họ" column is the given name, not the full name.
DQE_EXPORT Schema InferSchema(std::span<const std::string_view> header);

}  // namespace dqe

#endif  // DQE_SCHEMA_H_
