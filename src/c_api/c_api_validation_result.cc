// The C API's accessors of a dqe_validation_result: issues with their texts,
// counts, per-column rates; and the names of issue codes and severities.
// Nothing here allocates or can throw, so the accessors need no exception
// guard.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dqe.h"
#include "dqe/validate.h"
#include "src/c_api/c_api_internal.h"

using dqe::c_api::Out;

namespace {

// The C codes are the C++ codes plus one, in the same order.
#define DQE_PIN(c_name, cxx_name)                 \
  static_assert(static_cast<int>(c_name) ==       \
                static_cast<int>(dqe::IssueCode::cxx_name) + 1)
DQE_PIN(DQE_ISSUE_REQUIRED_MISSING, kRequiredMissing);
DQE_PIN(DQE_ISSUE_AT_LEAST_ONE_MISSING, kAtLeastOneMissing);
DQE_PIN(DQE_ISSUE_INVALID_PHONE, kInvalidPhone);
DQE_PIN(DQE_ISSUE_INVALID_EMAIL, kInvalidEmail);
DQE_PIN(DQE_ISSUE_EMAIL_TYPO_DOMAIN, kEmailTypoDomain);
DQE_PIN(DQE_ISSUE_INVALID_DATE, kInvalidDate);
DQE_PIN(DQE_ISSUE_NOT_IN_PICKLIST, kNotInPicklist);
DQE_PIN(DQE_ISSUE_TOO_LONG, kTooLong);
DQE_PIN(DQE_ISSUE_PHONE_REGION_MISMATCH, kPhoneRegionMismatch);
DQE_PIN(DQE_ISSUE_INVALID_UTF8, kInvalidUtf8);
DQE_PIN(DQE_ISSUE_RAGGED_ROW, kRaggedRow);
#undef DQE_PIN
static_assert(dqe::kIssueCodeCount == DQE_ISSUE_RAGGED_ROW,
              "a new IssueCode needs its dqe_issue_code");
static_assert(static_cast<int>(DQE_SEVERITY_ERROR) ==
              static_cast<int>(dqe::Severity::kError) + 1);
static_assert(static_cast<int>(DQE_SEVERITY_WARNING) ==
              static_cast<int>(dqe::Severity::kWarning) + 1);

bool FromC(dqe_issue_code code, dqe::IssueCode* out) {
  const int i = static_cast<int>(code) - 1;
  if (i < 0 || static_cast<size_t>(i) >= dqe::kIssueCodeCount) return false;
  *out = static_cast<dqe::IssueCode>(i);
  return true;
}

dqe_issue_code ToC(dqe::IssueCode code) {
  return static_cast<dqe_issue_code>(static_cast<int>(code) + 1);
}

dqe_severity ToC(dqe::Severity severity) {
  return static_cast<dqe_severity>(static_cast<int>(severity) + 1);
}

// The names are string literals: NUL-terminated, static storage.
const char* Literal(std::string_view name) { return name.data(); }

}  // namespace

extern "C" {

const char* dqe_issue_code_name(dqe_issue_code code) {
  dqe::IssueCode c;
  return FromC(code, &c) ? Literal(dqe::IssueCodeName(c)) : "unknown";
}

const char* dqe_severity_name(dqe_severity severity) {
  switch (severity) {
    case DQE_SEVERITY_ERROR: return Literal(dqe::SeverityName(dqe::Severity::kError));
    case DQE_SEVERITY_WARNING:
      return Literal(dqe::SeverityName(dqe::Severity::kWarning));
  }
  return "unknown";
}

void dqe_validation_result_destroy(dqe_validation_result* result) {
  delete result;
}

size_t dqe_validation_result_issues(const dqe_validation_result* result) {
  return result == nullptr ? 0 : result->result.issues.size();
}

dqe_status dqe_validation_result_issue(const dqe_validation_result* result,
                                       size_t i, size_t* row, int* column,
                                       dqe_issue_code* code,
                                       dqe_severity* severity) {
  if (result == nullptr) return DQE_INVALID_ARGUMENT;
  if (i >= result->result.issues.size()) return DQE_OUT_OF_RANGE;
  const dqe::ValidationIssue& issue = result->result.issues[i];
  if (row != nullptr) *row = issue.row;
  if (column != nullptr) *column = issue.column;
  if (code != nullptr) *code = ToC(issue.code);
  if (severity != nullptr) *severity = ToC(issue.severity);
  return DQE_OK;
}

dqe_status dqe_validation_result_issue_text(const dqe_validation_result* result,
                                            size_t i, dqe_issue_text text,
                                            dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  if (i >= result->result.issues.size()) return DQE_OUT_OF_RANGE;
  const dqe::ValidationIssue& issue = result->result.issues[i];
  switch (text) {
    case DQE_ISSUE_TEXT_ID: *out = Out(issue.id); return DQE_OK;
    case DQE_ISSUE_TEXT_COLUMN: *out = Out(issue.column_name); return DQE_OK;
    case DQE_ISSUE_TEXT_RULE: *out = Out(issue.rule); return DQE_OK;
    case DQE_ISSUE_TEXT_CODE:
      *out = Out(dqe::IssueCodeName(issue.code));
      return DQE_OK;
    case DQE_ISSUE_TEXT_SEVERITY:
      *out = Out(dqe::SeverityName(issue.severity));
      return DQE_OK;
    case DQE_ISSUE_TEXT_MESSAGE: *out = Out(issue.message); return DQE_OK;
    case DQE_ISSUE_TEXT_VALUE: *out = Out(issue.value); return DQE_OK;
  }
  return DQE_INVALID_ARGUMENT;
}

dqe_status dqe_validation_result_count(const dqe_validation_result* result,
                                       dqe_validation_count count,
                                       uint64_t* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::ValidationResult& r = result->result;
  switch (count) {
    case DQE_VALIDATION_ROWS: *out = r.rows; return DQE_OK;
    case DQE_VALIDATION_ROWS_SKIPPED: *out = r.rows_skipped; return DQE_OK;
    case DQE_VALIDATION_ROWS_WITH_ERRORS:
      *out = r.rows_with_errors;
      return DQE_OK;
    case DQE_VALIDATION_ROWS_WITH_WARNINGS:
      *out = r.rows_with_warnings;
      return DQE_OK;
    case DQE_VALIDATION_ERRORS: *out = r.errors; return DQE_OK;
    case DQE_VALIDATION_WARNINGS: *out = r.warnings; return DQE_OK;
  }
  return DQE_INVALID_ARGUMENT;
}

dqe_status dqe_validation_result_code_count(const dqe_validation_result* result,
                                            dqe_issue_code code,
                                            uint64_t* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  dqe::IssueCode c;
  if (!FromC(code, &c)) return DQE_INVALID_ARGUMENT;
  *out = result->result.issues_by_code[static_cast<size_t>(c)];
  return DQE_OK;
}

size_t dqe_validation_result_columns(const dqe_validation_result* result) {
  return result == nullptr ? 0 : result->result.columns.size();
}

dqe_status dqe_validation_result_column_name(
    const dqe_validation_result* result, size_t column, dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  if (column >= result->result.columns.size()) return DQE_OUT_OF_RANGE;
  *out = Out(result->result.columns[column].column);
  return DQE_OK;
}

dqe_status dqe_validation_result_column_stats(
    const dqe_validation_result* result, size_t column, uint64_t* rows,
    uint64_t* present, uint64_t* valid, double* completeness,
    double* validity) {
  if (result == nullptr) return DQE_INVALID_ARGUMENT;
  if (column >= result->result.columns.size()) return DQE_OUT_OF_RANGE;
  const dqe::ColumnValidationStats& s = result->result.columns[column];
  if (rows != nullptr) *rows = s.rows;
  if (present != nullptr) *present = s.present;
  if (valid != nullptr) *valid = s.valid;
  if (completeness != nullptr) *completeness = s.completeness;
  if (validity != nullptr) *validity = s.validity;
  return DQE_OK;
}

}  // extern "C"
