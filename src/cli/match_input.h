// match_input.h: what `dqe dedupe`, `dqe link` and `dqe train` share —
// reading the CSV into a table view (bad rows reported and flagged), the
// config and the model, and printing the summary.
#ifndef DQE_CLI_MATCH_INPUT_H_
#define DQE_CLI_MATCH_INPUT_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/engine.h"
#include "dqe/score.h"
#include "dqe/table.h"
#include "src/io/csv_reader.h"

namespace dqe::cli {

struct LoadedTable {
  internal::CsvTable csv;
  std::vector<uint8_t> flagged;  // rows the reader found wrong
  TableView view;
  // Row ids as written to outputs: the id column's cell, or the 1-based row
  // number when there is no id column.
  std::vector<std::string> row_numbers;  // only without an id column
  std::string_view Id(size_t row) const;
  int id_column = -1;
};

// LoadTable reads a CSV and reports each issue the reader found on `log`
// ("contacts.csv: line 12, column phone: invalid UTF-8 at byte 3; the row is
// kept and matched with nothing").
absl::Status LoadTable(const std::string& path, FILE* log, LoadedTable* out);

// SetIds picks the id column (from the schema) and fills row numbers.
void SetIds(int id_column, LoadedTable* table);

// ReportDuplicateIds warns on `log` about ids that name several rows (at
// most 10 are listed): the rows are all kept, but outputs name them alike.
void ReportDuplicateIds(const LoadedTable& table, const std::string& path, FILE* log);

// ReportRowIssues lists (at most 100 of) the rows the engine kept out of
// matching, with their row number, id, column and why.
void ReportRowIssues(const std::vector<RowIssue>& issues, const LoadedTable& table,
                     const std::string& path, FILE* log);

// LoadEngine builds the engine from a config file, or from `{}` when the
// path is empty.
absl::StatusOr<std::unique_ptr<Engine>> LoadEngine(const std::string& path);

// LoadModel reads a model file; nullopt when the path is empty.
absl::StatusOr<std::optional<Model>> LoadModel(const std::string& path);

// PrintStats writes the summary lines (rows, candidate pairs, largest block,
// oversized blocks per rule, clusters, seconds).
void PrintStats(const MatchStats& stats, double seconds, bool link, FILE* log);

// Progress writes a progress line on `log` when it is a terminal.
void Progress(FILE* log, const std::string& line);
// ProgressDone clears the progress line.
void ProgressDone(FILE* log);

// OpenOutput opens a file for writing; the error names the path.
absl::StatusOr<FILE*> OpenOutput(const std::string& path);

}  // namespace dqe::cli

#endif  // DQE_CLI_MATCH_INPUT_H_
