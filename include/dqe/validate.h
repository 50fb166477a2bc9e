// dqe/validate.h: checking a table against validation rules.
//
// ValidateTable reads every row of a table and reports what is wrong with it,
// as data: one ValidationIssue per problem (row, column, rule, stable code,
// severity, a message for people, the offending value), plus per-column
// completeness and validity rates for the whole table. Rules come from the
// "validation" object of the config (ValidationSpec::FromJson); without one,
// the columns' kinds decide: phone, e-mail and date values must be valid
// when they are present, and nothing is required.
//
//   absl::StatusOr<dqe::ValidationSpec> spec = dqe::ValidationSpec::FromJson(
//       R"({"required": ["full_name"], "at_least_one": [["phone", "email"]],
//           "picklists": [{"column": "city", "values": ["Hà Nội", "Đà Nẵng"]}]})");
//   absl::StatusOr<dqe::ValidationResult> r =
//       dqe::ValidateTable(schema, *spec, table);
//   for (const dqe::ValidationIssue& i : r->issues) std::cerr << i.message;
//   // row 12 (id C0012), column phone: "0912 345" is not a valid phone
//   // number for VN (too short)
//
// Values are read with the normalizers of normalize.h: a phone in the
// region of its row's country (RegionForCountry), else the column's region,
// else ValidationOptions::default_region; picklist values are matched after
// folding case, diacritics, spacing and punctuation ("hà nội" is "Hà Nội").
//
// Everything here is a plain value; ValidateTable is thread-safe.
#ifndef DQE_VALIDATE_H_
#define DQE_VALIDATE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/export.h"
#include "dqe/schema.h"
#include "dqe/table.h"

namespace dqe {

// What a validation issue is about. The names (IssueCodeName) are stable:
// hosts match on them.
enum class IssueCode : uint8_t {
  kRequiredMissing,      // "required_missing": a required cell is empty
  kAtLeastOneMissing,    // "at_least_one_missing": all of a group are empty
  kInvalidPhone,         // "invalid_phone"
  kInvalidEmail,         // "invalid_email"
  kEmailTypoDomain,      // "email_typo_domain": gmial.com (a warning)
  kInvalidDate,          // "invalid_date": unrecognised or 31/02/2026
  kNotInPicklist,        // "not_in_picklist"
  kTooLong,              // "too_long": more characters than allowed
  kPhoneRegionMismatch,  // "phone_region_mismatch": a TW number, country VN
  kInvalidUtf8,          // "invalid_utf8": the cell's bytes are not UTF-8
  kRaggedRow,            // "ragged_row": the record has the wrong number of
                         // fields (reported by the reader of the table)
};
inline constexpr size_t kIssueCodeCount = 11;

// IssueCodeName returns the stable name of a code ("invalid_phone" ...).
DQE_EXPORT std::string_view IssueCodeName(IssueCode code);
// IssueCodeFromName is IssueCodeName's inverse; nullopt for an unknown name.
DQE_EXPORT std::optional<IssueCode> IssueCodeFromName(std::string_view name);

enum class Severity : uint8_t {
  kError,    // the value is wrong: the cell does not count as valid
  kWarning,  // the value is suspect but usable: the cell stays valid
};

// SeverityName returns "error" or "warning".
DQE_EXPORT std::string_view SeverityName(Severity severity);
// DefaultSeverity returns a code's severity unless the spec overrides it:
// kWarning for email_typo_domain and phone_region_mismatch (people do have
// foreign numbers), kError for every other code.
DQE_EXPORT Severity DefaultSeverity(IssueCode code);

// A column's values must be one of a list.
struct PicklistRule {
  std::string column;
  // The allowed values, as they should be written. A cell matches a value
  // when both fold to the same key: case, diacritics (đ → d), spacing and
  // punctuation do not count, Han is read as pinyin.
  std::vector<std::string> values;
};

// The rules. In the config JSON they are the "validation" object:
//
//   "validation": {
//     "required": ["full_name", "phone"],          // cells that must be given
//     "at_least_one": [["phone", "email"]],         // one of each group
//     "formats": true,                              // phone/email/date by kind
//     "picklists": [{"column": "city", "values": ["Hà Nội", "Đà Nẵng"]}],
//     "max_length": {"full_name": 120, "address": 250},
//     "phone_matches_country": true,                // cross-field check
//     "email_typos": true,                          // gmial.com warnings
//     "date_day_first": true,                       // 03/04/2026 is 3 April
//     "missing_values": ["-", "N/A", "null"],       // read as empty
//     "severity": {"too_long": "warning"}           // per-code overrides
//   }
struct ValidationSpec {
  // Columns whose cells must not be missing, besides the schema's columns
  // marked `required`. Default: none.
  std::vector<std::string> required;
  // Groups of columns of which each row must give at least one ("phone or
  // email"). Default: none.
  std::vector<std::vector<std::string>> at_least_one;
  // Check the values of phone, e-mail and date columns (by the schema's
  // kinds) when they are present. Default: true.
  bool formats = true;
  std::vector<PicklistRule> picklists;
  // The most characters (Unicode code points) a column's cells may hold.
  // Default: no limit.
  std::vector<std::pair<std::string, size_t>> max_length;
  // Cross-field: a valid phone number must belong to the region of the row's
  // country column, when the row has a country dqe recognises. Default: true.
  bool phone_matches_country = true;
  // Warn about e-mail domains that look like typos (gmial.com). Default: true.
  bool email_typos = true;
  // Dates: read an ambiguous all-numeric date (03/04/2026) day first.
  // Default: true.
  bool date_day_first = true;
  // Cell texts that stand for "no value": such a cell is missing, as an empty
  // or blank one is. Compared trimmed and ignoring ASCII case. Default: "-",
  // "--", "n/a", "null", "none", "không có", "khong co", "chưa có",
  // "chua co", "无".
  std::vector<std::string> missing_values = {
      "-",        "--",      "n/a",     "null", "none", "không có",
      "khong co", "chưa có", "chua co", "无"};
  // Severity overrides per code. Default: none (DefaultSeverity).
  std::vector<std::pair<IssueCode, Severity>> severity;

  // SeverityOf returns the severity the spec gives `code`.
  Severity SeverityOf(IssueCode code) const;

  // FromJson reads the "validation" object of a config (`json` is that
  // object's text, e.g. Config::validation_json; empty text gives the
  // defaults). Errors (InvalidArgument) name the JSON path from the config's
  // root: "validation.picklists[0].values: expected an array of strings,
  // got a string". Unknown keys are errors.
  static absl::StatusOr<ValidationSpec> FromJson(std::string_view json);
};

// A problem found before validation, by whatever read the table: a CSV
// reader's ragged rows. ValidateTable merges these into its issues.
struct InputIssue {
  uint32_t row = 0;  // 0-based row of the table
  IssueCode code = IssueCode::kRaggedRow;
  int column = -1;   // the header's column, or -1 for the whole record
  std::string message;  // what the reader said ("line 81: 11 fields ...")
  std::string value;
};

struct ValidationOptions {
  // The region phones are read in when the row has no recognised country and
  // the column no region. Default: "VN" (Config::default_region).
  std::string default_region = "VN";
  // Issues found by the table's reader; a row with a kRaggedRow issue is not
  // otherwise checked (its cells are not where the header says) and is left
  // out of the column statistics. Default: none.
  std::span<const InputIssue> input_issues;
  // Worker threads; 0 uses every core. Default: 0.
  int threads = 0;
};

struct ValidationIssue {
  uint32_t row = 0;  // 0-based row of the table (messages say row + 1)
  // The row's id: the record id column's cell, else the 1-based row number.
  std::string id;
  // The header's column, or -1 for a rule about the whole row (a ragged row,
  // an at-least-one group).
  int column = -1;
  // The column's name, or the group's columns joined by '|'.
  std::string column_name;
  // The rule that fired: "required", "at_least_one", "format", "picklist",
  // "max_length", "phone_matches_country" or "input" (the table's reader).
  std::string rule;
  IssueCode code = IssueCode::kRequiredMissing;
  Severity severity = Severity::kError;
  // For people: row (1-based), id, column, the value and what is wrong:
  // row 12 (id C0012), column phone: "0912 345" is not a valid phone number
  // for VN (too short)
  std::string message;
  // The offending cell as given (bytes that are not UTF-8 written as \xHH).
  std::string value;
};

struct ColumnValidationStats {
  std::string column;
  Kind kind = Kind::kText;
  // Rows checked: every row but those with a ragged_row input issue.
  size_t rows = 0;
  // Cells neither empty, blank nor one of the missing values.
  size_t present = 0;
  // Present cells without an error (warnings do not count against them).
  size_t valid = 0;
  // present / rows (1 for a table without rows).
  double completeness = 1;
  // valid / present (1 when nothing is present).
  double validity = 1;
};

struct ValidationResult {
  // Issues in row order; within a row, by column (whole-row issues last).
  std::vector<ValidationIssue> issues;
  // One per header column, in header order.
  std::vector<ColumnValidationStats> columns;
  size_t rows = 0;               // rows of the table
  size_t rows_skipped = 0;       // ragged rows, reported but not checked
  size_t rows_with_errors = 0;   // rows with at least one error
  size_t rows_with_warnings = 0; // rows with at least one warning
  size_t errors = 0;
  size_t warnings = 0;
  // Issues per code, indexed by static_cast<size_t>(IssueCode).
  std::array<size_t, kIssueCodeCount> issues_by_code{};
};

// ValidateTable checks every row of `table` (its header must be the one the
// schema was resolved from) against `spec`. Returns InvalidArgument, naming
// the rule's JSON path, when a rule names a column the table does not have
// ("validation.required[1]: no column \"mobile\" in the header"); problems in
// the data are never errors, they are issues. `table.flagged` is not read:
// pass a reader's issues in `options.input_issues`.
DQE_EXPORT absl::StatusOr<ValidationResult> ValidateTable(
    const Schema& schema, const ValidationSpec& spec, const TableView& table,
    const ValidationOptions& options = {});

}  // namespace dqe

#endif  // DQE_VALIDATE_H_
