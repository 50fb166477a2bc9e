// clean_command.h: `dqe clean`, the batch job over a CRM export.
//
//   dqe clean contacts.csv --out contacts.clean.csv --region VN
//
// reads the CSV, recognises name, phone, email, company and country columns
// by their headers (column_kind.h), and writes every row back with, after
// each recognised column, its normalized forms:
//
//   name, company  <col>_display, <col>_key
//   phone          <col>_e164 (the valid numbers, ';'-separated), <col>_valid
//   email          <col>_normalized, <col>_key, <col>_warnings
//
// and a last column, dqe_issues, that flags rows the reader found wrong
// (a wrong number of fields, a cell that is not UTF-8). Such rows are kept
// with their cells as read; the normalized columns of a ragged row, and of a
// cell that is not UTF-8, stay empty. A country column sets the region each
// row's phone numbers are read in (dqe::RegionForCountry), --region the
// region of rows without one. Issues and a summary (rows, per-column valid
// counts) go to the log stream.
#ifndef DQE_CLI_CLEAN_COMMAND_H_
#define DQE_CLI_CLEAN_COMMAND_H_

#include <cstdio>
#include <string>

namespace dqe::cli {

struct CleanRequest {
  // The CSV file to read; "-" for standard input.
  std::string input;
  // Where to write the result; empty or "-" for `out` (standard output).
  std::string output;
  // ISO 3166 alpha-2 region for the phones of rows whose country is empty
  // or not recognised; empty for PhoneOptions' default.
  std::string region;
};

// RunClean runs the job and returns the exit code: 0 when the output was
// written (also when rows had issues), 1 when the input could not be read or
// the output not written.
int RunClean(const CleanRequest& request, std::FILE* out, std::FILE* log);

}  // namespace dqe::cli

#endif  // DQE_CLI_CLEAN_COMMAND_H_
