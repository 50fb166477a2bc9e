// dqe/identity.h: identity by structured fields, for reference data.
//
// Some tables are not people but reference records that clerks cloned
// instead of reusing: the payment term "Net 30" saved forty times as "ABC
// Trading payment term", "Điều khoản thanh toán - Công ty Minh Phát",
// "張記貿易付款條件". Their names say nothing; their meaning is a few parsed
// fields. With an "identity" object in the config, Engine::Dedupe groups the
// rows whose identity fields all read the same, and ignores every other
// column (names, descriptions) for matching:
//
//   "identity": {"fields": [
//     {"column": "due_days", "kind": "days"},
//     {"column": "basis", "kind": "enum",
//      "values": {"invoice": ["invoice date", "net"],
//                 "end_of_month": ["EOM", "end of month", "cuối tháng", "月結"]},
//      "missing": "invoice", "end_of_month": "end_of_month"},
//     {"column": "discount_percent", "kind": "percent", "missing": "0"},
//     {"column": "discount_days", "kind": "days", "missing": "0",
//      "requires_nonzero": "discount_percent"}]}
//
// Each field's cell is read by its kind: days ("30", "30 days", "30 ngày",
// "三十天", "net 30", "月結30天"), percent ("2", "2%", "2.0", "0.02"),
// integer, decimal, date, or enum (the cell must be one of `values`' spellings
// after folding case, diacritics, spacing and punctuation; a value's own name
// is one of its spellings). Text kinds compare folded. An empty cell reads as
// `missing` when the field gives one. A days cell that says end of month
// ("EOM 30", "月結30天") sets the enum field that names an `end_of_month`
// value, when that cell is empty; a cell that contradicts it ("invoice date")
// makes the row unreadable. A field with `requires_nonzero` is ignored (for
// that row) when the named field reads zero. A row with a cell that cannot be read (or is
// empty without a `missing`) is matched with nothing and reported, naming the
// row, the column and the problem.
#ifndef DQE_IDENTITY_H_
#define DQE_IDENTITY_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/export.h"
#include "dqe/schema.h"

namespace dqe {

struct IdentityField {
  std::string column;
  // days, percent, integer, decimal, date, enum; any other kind compares
  // the folded text. Default: the column's kind in the schema.
  std::optional<Kind> kind;
  // Enum: canonical value → its other spellings. For a field of another
  // kind (given in "kind"), spellings that stand for a value of that kind:
  // {"0": ["due on receipt", "COD", "thanh toán ngay", "貨到付款"]}.
  std::vector<std::pair<std::string, std::vector<std::string>>> values;
  // What an empty cell reads as (in the field's own terms: "0", "invoice").
  std::optional<std::string> missing;
  // Enum: the value a days field's "end of month" implies.
  std::string end_of_month;
  // Another identity field's column: this field counts only when that one
  // reads a non-zero number (discount days mean nothing without a discount
  // percent). Empty: always.
  std::string requires_nonzero;
};

struct DQE_EXPORT IdentitySpec {
  std::vector<IdentityField> fields;

  // FromJson reads the "identity" object of a config. Errors name the JSON
  // path ("identity.fields[1].values.invoice: expected an array of
  // strings, got a string"); unknown keys are errors.
  static absl::StatusOr<IdentitySpec> FromJson(std::string_view json);
};

}  // namespace dqe

#endif  // DQE_IDENTITY_H_
