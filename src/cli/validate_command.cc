// validate_command.cc: `dqe validate` (see validate_command.h).
#include "src/cli/validate_command.h"

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "dqe/config.h"
#include "dqe/validate.h"
#include "src/cli/match_input.h"
#include "src/common/cat.h"
#include "src/io/csv_reader.h"
#include "src/io/csv_writer.h"

namespace dqe::cli {
namespace {

using internal::Cat;

int Fail(FILE* log, const std::string& message) {
  std::fprintf(log, "dqe: %s\n", message.c_str());
  return 1;
}

// The reader's broken records as validation issues: ragged rows and a quote
// never closed (the record swallowed the rest of the file). Cells that are
// not UTF-8 are found by the validator itself.
std::vector<InputIssue> ReaderIssues(const internal::CsvTable& csv) {
  std::vector<InputIssue> out;
  for (const internal::CsvIssue& i : csv.issues()) {
    if (i.row == internal::CsvIssue::kHeaderRow ||
        i.code == internal::CsvIssueCode::kInvalidUtf8) {
      continue;
    }
    InputIssue issue;
    issue.row = static_cast<uint32_t>(i.row);
    issue.code = IssueCode::kRaggedRow;
    issue.column = i.code == internal::CsvIssueCode::kRaggedRow
                       ? -1
                       : static_cast<int>(i.column);
    issue.message = Cat(i.message, "; the row is not checked");
    // The record as read, its fields joined by commas.
    const size_t fields = csv.field_count(i.row);
    for (size_t c = 0; c < fields && c < csv.num_columns(); ++c) {
      if (c > 0) issue.value += ',';
      issue.value += csv.cell(i.row, c);
    }
    for (std::string_view extra : csv.extra_cells(i.row)) {
      issue.value += ',';
      issue.value += extra;
    }
    out.push_back(std::move(issue));
  }
  return out;
}

size_t RowsWithIssues(const ValidationResult& result) {
  size_t rows = 0;
  int64_t last = -1;
  for (const ValidationIssue& i : result.issues) {
    rows += static_cast<int64_t>(i.row) != last;
    last = i.row;
  }
  return rows;
}

std::string Percent(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", rate * 100);
  return buffer;
}

absl::Status WriteIssues(const std::string& path, const ValidationResult& result) {
  absl::StatusOr<FILE*> file = OpenOutput(path);
  if (!file.ok()) return file.status();
  absl::Status written;
  {
    internal::CsvWriter writer(*file);
    writer.WriteRow(
        {"row", "id", "column", "rule", "code", "severity", "message", "value"});
    std::string row;
    for (const ValidationIssue& i : result.issues) {
      row = Cat(i.row + 1);
      writer.WriteRow({row, i.id, i.column_name, i.rule, IssueCodeName(i.code),
                       SeverityName(i.severity), i.message, i.value});
    }
    written = writer.Flush();
  }
  if (std::fclose(*file) != 0 && written.ok()) {
    written = absl::DataLossError(Cat(path, ": could not be written"));
  }
  return written;
}

absl::Status WriteSummary(const std::string& path, const std::string& input,
                          const ValidationResult& result, double seconds) {
  nlohmann::ordered_json j;
  j["input"] = input;
  j["rows"] = result.rows;
  j["rows_skipped"] = result.rows_skipped;
  j["rows_with_errors"] = result.rows_with_errors;
  j["rows_with_warnings"] = result.rows_with_warnings;
  j["errors"] = result.errors;
  j["warnings"] = result.warnings;
  nlohmann::ordered_json codes = nlohmann::ordered_json::object();
  for (size_t c = 0; c < kIssueCodeCount; ++c) {
    codes[std::string(IssueCodeName(static_cast<IssueCode>(c)))] =
        result.issues_by_code[c];
  }
  j["issues_by_code"] = codes;
  nlohmann::ordered_json columns = nlohmann::ordered_json::array();
  for (const ColumnValidationStats& s : result.columns) {
    nlohmann::ordered_json col;
    col["column"] = s.column;
    col["kind"] = std::string(KindName(s.kind));
    col["rows"] = s.rows;
    col["present"] = s.present;
    col["valid"] = s.valid;
    col["completeness"] = s.completeness;
    col["validity"] = s.validity;
    columns.push_back(std::move(col));
  }
  j["columns"] = columns;
  j["seconds"] = seconds;
  absl::StatusOr<FILE*> file = OpenOutput(path);
  if (!file.ok()) return file.status();
  // Cells that are not UTF-8 were escaped by the validator; replace anything
  // else rather than throw.
  const std::string text =
      j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  const bool ok = std::fwrite(text.data(), 1, text.size(), *file) == text.size();
  if (std::fclose(*file) != 0 || !ok) {
    return absl::DataLossError(Cat(path, ": could not be written"));
  }
  return absl::OkStatus();
}

}  // namespace

int RunValidate(const ValidateRequest& request, FILE* log) {
  const auto start = std::chrono::steady_clock::now();
  absl::StatusOr<Config> config = request.config.empty()
                                      ? Config::FromJson("{}")
                                      : Config::FromFile(request.config);
  if (!config.ok()) return Fail(log, std::string(config.status().message()));
  absl::StatusOr<ValidationSpec> spec =
      ValidationSpec::FromJson(config->validation_json);
  if (!spec.ok()) {
    return Fail(log, Cat(request.config, ": ", spec.status().message()));
  }
  Progress(log, "reading " + request.input);
  absl::StatusOr<internal::CsvTable> csv = internal::ReadCsvFile(request.input);
  ProgressDone(log);
  if (!csv.ok()) return Fail(log, std::string(csv.status().message()));
  if (csv->num_columns() == 0) {
    return Fail(log, Cat(request.input, ": the file is empty (no header)"));
  }
  for (const internal::CsvIssue& i : csv->issues()) {
    if (i.row == internal::CsvIssue::kHeaderRow) {
      std::fprintf(log, "dqe: %s: %s\n", request.input.c_str(), i.message.c_str());
    }
  }
  absl::StatusOr<Schema> schema = ResolveSchema(*config, csv->header());
  if (!schema.ok()) {
    return Fail(log, Cat(request.input, ": ", schema.status().message()));
  }
  TableView view;
  view.header = csv->header();
  for (size_t c = 0; c < csv->num_columns(); ++c) view.columns.push_back(csv->column(c));
  view.num_rows = csv->num_rows();
  const std::vector<InputIssue> reader_issues = ReaderIssues(*csv);

  const auto read_done = std::chrono::steady_clock::now();
  Progress(log, Cat("validating ", view.num_rows, " rows"));
  ValidationOptions options;
  options.default_region = config->default_region;
  options.input_issues = reader_issues;
  options.threads = request.threads;
  absl::StatusOr<ValidationResult> result =
      ValidateTable(*schema, *spec, view, options);
  ProgressDone(log);
  if (!result.ok()) {
    return Fail(log, Cat(request.config.empty() ? request.input : request.config,
                         ": ", result.status().message()));
  }
  const auto validate_done = std::chrono::steady_clock::now();
  if (absl::Status s = WriteIssues(request.issues, *result); !s.ok()) {
    return Fail(log, std::string(s.message()));
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!request.summary.empty()) {
    if (absl::Status s = WriteSummary(request.summary, request.input, *result, seconds);
        !s.ok()) {
      return Fail(log, std::string(s.message()));
    }
  }

  auto span = [](auto from, auto to) {
    return std::chrono::duration<double>(to - from).count();
  };
  std::fprintf(log,
               "dqe: %zu rows (%zu not checked), %zu errors and %zu warnings in "
               "%zu rows, %.2f s (read %.2f, validate %.2f, write %.2f)\n",
               result->rows, result->rows_skipped, result->errors,
               result->warnings, RowsWithIssues(*result), seconds,
               span(start, read_done), span(read_done, validate_done),
               span(validate_done, std::chrono::steady_clock::now()));
  std::string codes;
  for (size_t c = 0; c < kIssueCodeCount; ++c) {
    if (result->issues_by_code[c] == 0) continue;
    codes += Cat(codes.empty() ? "" : ", ",
                 IssueCodeName(static_cast<IssueCode>(c)), " ",
                 result->issues_by_code[c]);
  }
  if (!codes.empty()) std::fprintf(log, "dqe:   %s\n", codes.c_str());
  for (const ColumnValidationStats& s : result->columns) {
    std::fprintf(log, "dqe:   %-20s %-12s complete %7s  valid %7s\n",
                 s.column.c_str(), std::string(KindName(s.kind)).c_str(),
                 Percent(s.completeness).c_str(), Percent(s.validity).c_str());
  }
  return 0;
}

}  // namespace dqe::cli
