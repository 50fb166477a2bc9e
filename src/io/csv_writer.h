// csv_writer.h: writes rows as CSV (RFC 4180) that CsvReader reads back as
// written.
//
// A cell is quoted (libcsv's csv_write2, quotes doubled) only when it has to
// be: when it holds the delimiter, a quote or a line break, or starts or ends
// with a space or tab (which readers trim from unquoted fields). Bytes are
// written as given; the writer does not check or change the encoding.
//
//   CsvWriter writer(stdout);
//   writer.WriteRow({"id", "full_name"});
//   writer.Add("1");
//   writer.Add("Nguyễn Văn An, Jr.");  // written as "Nguyễn Văn An, Jr."
//   writer.EndRow();
//   if (absl::Status s = writer.Flush(); !s.ok()) ...
#ifndef DQE_IO_CSV_WRITER_H_
#define DQE_IO_CSV_WRITER_H_

#include <cstdio>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace dqe::internal {

struct CsvWriteOptions {
  // Field separator. Default: ','.
  char delimiter = ',';
  // End rows with "\r\n", as RFC 4180 says, instead of "\n". Readers, ours
  // included, take either. Default: false.
  bool crlf = false;
};

// CsvWriter buffers rows and writes them to a FILE it does not own. Not
// thread-safe.
class CsvWriter {
 public:
  explicit CsvWriter(std::FILE* out, CsvWriteOptions options = {});
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;
  // Flushes what is still buffered (errors are lost: call Flush to see them).
  ~CsvWriter();

  // Add appends one cell to the current row.
  void Add(std::string_view cell);
  // EndRow ends the current row.
  void EndRow();
  // WriteRow writes a whole row.
  void WriteRow(std::span<const std::string_view> cells);
  void WriteRow(std::initializer_list<std::string_view> cells) {
    WriteRow(std::span<const std::string_view>(cells.begin(), cells.size()));
  }
  void WriteRow(std::span<const std::string> cells);

  // Flush writes the buffered rows to the FILE and flushes it. Returns the
  // system's error when a write failed (now or at an earlier automatic
  // flush).
  absl::Status Flush();

 private:
  void MaybeFlush();

  std::FILE* out_;
  CsvWriteOptions options_;
  std::string buffer_;
  size_t cells_in_row_ = 0;
  bool last_cell_empty_ = false;
  int error_ = 0;  // errno of the first failed write
};

}  // namespace dqe::internal

#endif  // DQE_IO_CSV_WRITER_H_
