// csv_reader.h: reads a CSV file (RFC 4180) into a columnar table of cells.
//
// The reader is libcsv's lenient parser: quoted fields with "" escapes and
// embedded line breaks, LF, CRLF and CR line ends mixed freely, a UTF-8 byte
// order mark dropped, and spaces and tabs around unquoted fields trimmed (so
// FEBRL's `rec-1-org, mary, smith` reads as "rec-1-org", "mary", "smith").
// Spaces inside quotes are kept. Empty lines are skipped.
//
// Nothing is dropped and nothing is repaired: a record with more or fewer
// fields than the header, a cell that is not valid UTF-8, and a quoted field
// still open at the end of the file are kept as read and reported as
// CsvIssues naming the line and the column.
//
//   absl::StatusOr<CsvTable> table = ReadCsvFile("contacts.csv");
//   if (!table.ok()) return table.status();
//   for (const CsvIssue& issue : table->issues()) std::cerr << issue.message;
//   std::string_view name = table->cell(/*row=*/0, /*column=*/1);
#ifndef DQE_IO_CSV_READER_H_
#define DQE_IO_CSV_READER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace dqe::internal {

enum class CsvIssueCode : uint8_t {
  kRaggedRow,          // a record has more or fewer fields than the header
  kInvalidUtf8,        // a cell is not valid UTF-8
  kUnterminatedQuote,  // the file ends inside a quoted field
};

// One problem found while reading. Issues are listed in file order.
struct CsvIssue {
  // The row of the table (0-based, not counting the header); kHeaderRow when
  // the issue is in the header.
  static constexpr int64_t kHeaderRow = -1;
  CsvIssueCode code = CsvIssueCode::kRaggedRow;
  int64_t row = kHeaderRow;
  // The 1-based line of the file the record starts on.
  uint64_t line = 0;
  // The field the issue is in (0-based; may be >= the header's width for an
  // extra field of a ragged row), or -1 when it concerns the whole record.
  int64_t column = -1;
  // What a person reads: "line 12, column full_name: invalid UTF-8 at byte 3".
  std::string message;
};

struct CsvReadOptions {
  // Field separator. Default: ','.
  char delimiter = ',';
};

// A CSV file read into columns. The first record is the header; every other
// record is a row with exactly header().size() cells: a short record is padded
// with empty cells, the fields beyond the header's width of a long one are kept
// in extra_cells(). Cells are views into storage the table owns, so a table
// can be moved but not copied. Immutable once read; safe to read from several
// threads.
class CsvTable {
 public:
  CsvTable();
  CsvTable(CsvTable&&) noexcept;
  CsvTable& operator=(CsvTable&&) noexcept;
  CsvTable(const CsvTable&) = delete;
  CsvTable& operator=(const CsvTable&) = delete;
  ~CsvTable();

  // The header's cells; empty for an empty file.
  const std::vector<std::string>& header() const { return header_; }
  size_t num_columns() const { return header_.size(); }
  size_t num_rows() const { return lines_.size(); }

  // cell returns the cell at (row, column). Requires row < num_rows() and
  // column < num_columns().
  std::string_view cell(size_t row, size_t column) const {
    return columns_[column][row];
  }
  // column returns all cells of one column, one per row.
  std::span<const std::string_view> column(size_t column) const {
    return columns_[column];
  }
  // line returns the 1-based line of the file that `row` starts on.
  uint64_t line(size_t row) const { return lines_[row]; }
  // field_count returns how many fields the row's record had: num_columns()
  // unless the row is ragged.
  size_t field_count(size_t row) const;
  // extra_cells returns the fields of a long record beyond the header's
  // width; empty for every other row.
  std::span<const std::string_view> extra_cells(size_t row) const;
  // issues returns what was found wrong, in file order.
  const std::vector<CsvIssue>& issues() const { return issues_; }

 private:
  friend class CsvTableBuilder;
  struct RaggedRow {
    size_t row;
    size_t fields;
    std::vector<std::string_view> extra;
  };
  class Arena;

  std::vector<std::string> header_;
  std::vector<std::vector<std::string_view>> columns_;
  std::vector<uint64_t> lines_;
  std::vector<RaggedRow> ragged_;  // sorted by row
  std::vector<CsvIssue> issues_;
  std::unique_ptr<Arena> arena_;  // owns the bytes the cells view
};

// ReadCsv parses `data` (the whole content of a CSV file). Never throws; the
// status is not OK only when memory runs out.
absl::StatusOr<CsvTable> ReadCsv(std::string_view data,
                                 const CsvReadOptions& options = {});

// ReadCsvFile reads and parses the file at `path`; "-" reads standard input.
// Returns NotFound, PermissionDenied ... (with the path and the system's
// message) when the file cannot be read.
absl::StatusOr<CsvTable> ReadCsvFile(const std::string& path,
                                     const CsvReadOptions& options = {});

}  // namespace dqe::internal

#endif  // DQE_IO_CSV_READER_H_
