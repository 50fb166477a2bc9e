#include "src/io/csv_writer.h"

#include <csv.h>

#include <cerrno>
#include <utility>

namespace dqe::internal {
namespace {

constexpr size_t kFlushThreshold = size_t{1} << 16;

bool NeedsQuotes(std::string_view cell, char delimiter) {
  if (cell.empty()) return false;
  if (cell.front() == ' ' || cell.front() == '\t' || cell.back() == ' ' ||
      cell.back() == '\t') {
    return true;
  }
  for (char c : cell) {
    if (c == delimiter || c == '"' || c == '\n' || c == '\r') return true;
  }
  return false;
}

}  // namespace

CsvWriter::CsvWriter(std::FILE* out, CsvWriteOptions options)
    : out_(out), options_(std::move(options)) {}

CsvWriter::~CsvWriter() { (void)Flush(); }

void CsvWriter::Add(std::string_view cell) {
  if (cells_in_row_ > 0) buffer_.push_back(options_.delimiter);
  ++cells_in_row_;
  last_cell_empty_ = cell.empty();
  if (!NeedsQuotes(cell, options_.delimiter)) {
    buffer_.append(cell);
    return;
  }
  // csv_write2 writes the quoted field; at most every byte doubles.
  const size_t at = buffer_.size();
  buffer_.resize(at + 2 * cell.size() + 2);
  const size_t written = csv_write2(buffer_.data() + at, buffer_.size() - at,
                                    cell.data(), cell.size(), '"');
  buffer_.resize(at + written);
}

void CsvWriter::EndRow() {
  // A row of one empty cell would be an empty line, which readers skip.
  if (cells_in_row_ == 1 && last_cell_empty_) buffer_.append("\"\"");
  buffer_.append(options_.crlf ? "\r\n" : "\n");
  cells_in_row_ = 0;
  MaybeFlush();
}

void CsvWriter::WriteRow(std::span<const std::string_view> cells) {
  for (std::string_view cell : cells) Add(cell);
  EndRow();
}

void CsvWriter::WriteRow(std::span<const std::string> cells) {
  for (const std::string& cell : cells) Add(cell);
  EndRow();
}

void CsvWriter::MaybeFlush() {
  if (buffer_.size() >= kFlushThreshold) (void)Flush();
}

absl::Status CsvWriter::Flush() {
  if (!buffer_.empty() && error_ == 0) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), out_) !=
        buffer_.size()) {
      error_ = errno != 0 ? errno : EIO;
    }
  }
  buffer_.clear();
  if (error_ == 0 && std::fflush(out_) != 0) error_ = errno != 0 ? errno : EIO;
  if (error_ != 0) return absl::ErrnoToStatus(error_, "cannot write CSV");
  return absl::OkStatus();
}

}  // namespace dqe::internal
