#include "src/io/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <utility>

#include "absl/strings/str_cat.h"
#include "src/common/utf8.h"

namespace dqe::internal {
namespace {

// libcsv's parser states (csv_parser::pstate). csv.h exposes the field but
// not the names; the values are fixed in libcsv 3.
constexpr int kRowNotBegun = 0;
constexpr int kFieldBegun = 2;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace

// Arena holds the bytes of every cell in large blocks, so that the views the
// table hands out stay put while it grows and when it is moved.
class CsvTable::Arena {
 public:
  std::string_view Copy(const void* data, size_t size) {
    if (size == 0) return {};
    if (size > left_) {
      const size_t block = std::max(size, kBlockSize);
      blocks_.push_back(std::make_unique<char[]>(block));
      next_ = blocks_.back().get();
      left_ = block;
    }
    std::memcpy(next_, data, size);
    std::string_view view(next_, size);
    next_ += size;
    left_ -= size;
    return view;
  }

 private:
  static constexpr size_t kBlockSize = size_t{1} << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
};

CsvTable::CsvTable() : arena_(std::make_unique<Arena>()) {}
CsvTable::CsvTable(CsvTable&&) noexcept = default;
CsvTable& CsvTable::operator=(CsvTable&&) noexcept = default;
CsvTable::~CsvTable() = default;

size_t CsvTable::field_count(size_t row) const {
  auto it = std::lower_bound(
      ragged_.begin(), ragged_.end(), row,
      [](const RaggedRow& r, size_t wanted) { return r.row < wanted; });
  return it != ragged_.end() && it->row == row ? it->fields : num_columns();
}

std::span<const std::string_view> CsvTable::extra_cells(size_t row) const {
  auto it = std::lower_bound(
      ragged_.begin(), ragged_.end(), row,
      [](const RaggedRow& r, size_t wanted) { return r.row < wanted; });
  if (it == ragged_.end() || it->row != row) return {};
  return it->extra;
}

// CsvTableBuilder receives libcsv's callbacks (one per field, one per record)
// and files the records into a CsvTable.
class CsvTableBuilder {
 public:
  CsvTableBuilder() = default;

  absl::StatusOr<CsvTable> Parse(std::string_view data,
                                 const CsvReadOptions& options) {
    if (data.starts_with(kUtf8Bom)) data.remove_prefix(kUtf8Bom.size());
    csv_parser parser;
    if (csv_init(&parser, 0) != 0) {
      return absl::ResourceExhaustedError("cannot set up the CSV parser");
    }
    csv_set_delim(&parser, static_cast<unsigned char>(options.delimiter));
    // libcsv grows its field buffer by a fixed block (128 bytes unless
    // told): a 10 MB cell would take 80,000 reallocations, each a copy where
    // the allocator cannot grow in place. Blocks of an eighth of the input
    // (64 KiB to 64 MiB) keep any cell to a handful.
    csv_set_blk_size(&parser, std::clamp<size_t>(data.size() / 8, size_t{64} << 10,
                                                 size_t{64} << 20));
    // Fed one line at a time, so that each record knows the line it starts
    // on: a record starts on the line fed while the parser is between rows.
    size_t pos = 0;
    uint64_t line = 0;
    while (pos < data.size() && !out_of_memory_) {
      size_t end = data.find_first_of("\r\n", pos);
      if (end == std::string_view::npos) {
        end = data.size();
      } else {
        end += (data[end] == '\r' && end + 1 < data.size() &&
                data[end + 1] == '\n')
                   ? 2
                   : 1;
      }
      ++line;
      if (parser.pstate == kRowNotBegun) record_line_ = line;
      if (csv_parse(&parser, data.data() + pos, end - pos, &OnField, &OnRecord,
                    this) != end - pos) {
        break;  // only out of memory stops libcsv's lenient mode
      }
      pos = end;
    }
    if (parser.pstate == kFieldBegun && parser.quoted) unterminated_ = true;
    const bool parser_failed = csv_error(&parser) != CSV_SUCCESS;
    csv_fini(&parser, &OnField, &OnRecord, this);
    csv_free(&parser);
    if (parser_failed || out_of_memory_) {
      return absl::ResourceExhaustedError(
          absl::StrCat("out of memory reading CSV at line ", line));
    }
    return std::move(table_);
  }

 private:
  static void OnField(void* data, size_t size, void* self) {
    auto* builder = static_cast<CsvTableBuilder*>(self);
    if (builder->out_of_memory_) return;
    try {
      builder->record_.push_back(builder->table_.arena_->Copy(data, size));
    } catch (const std::bad_alloc&) {
      builder->out_of_memory_ = true;  // no exception may cross libcsv's C
    }
  }

  static void OnRecord(int /*terminator*/, void* self) {
    auto* builder = static_cast<CsvTableBuilder*>(self);
    if (builder->out_of_memory_) return;
    try {
      builder->EndRecord();
    } catch (const std::bad_alloc&) {
      builder->out_of_memory_ = true;
    }
    builder->record_.clear();
  }

  void EndRecord() {
    if (!have_header_) {
      have_header_ = true;
      table_.header_.assign(record_.begin(), record_.end());
      table_.columns_.resize(record_.size());
      CheckUtf8(CsvIssue::kHeaderRow);
      CheckUnterminated(CsvIssue::kHeaderRow);
      return;
    }
    const size_t width = table_.num_columns();
    const int64_t row = static_cast<int64_t>(table_.lines_.size());
    table_.lines_.push_back(record_line_);
    for (size_t c = 0; c < width; ++c) {
      table_.columns_[c].push_back(c < record_.size() ? record_[c]
                                                      : std::string_view());
    }
    if (record_.size() != width) {
      CsvTable::RaggedRow ragged{static_cast<size_t>(row), record_.size(), {}};
      if (record_.size() > width) {
        ragged.extra.assign(record_.begin() + width, record_.end());
      }
      table_.ragged_.push_back(std::move(ragged));
      AddIssue(CsvIssueCode::kRaggedRow, row, -1,
               absl::StrCat("line ", record_line_, ": the record has ",
                            record_.size(), " fields, the header has ", width));
    }
    CheckUtf8(row);
    CheckUnterminated(row);
  }

  void CheckUtf8(int64_t row) {
    for (size_t c = 0; c < record_.size(); ++c) {
      const size_t bad = FindInvalidUtf8(record_[c]);
      if (bad == std::string_view::npos) continue;
      AddIssue(CsvIssueCode::kInvalidUtf8, row, static_cast<int64_t>(c),
               absl::StrCat(Where(row, c), ": ", InvalidUtf8Reason(bad)));
    }
  }

  void CheckUnterminated(int64_t row) {
    if (!unterminated_ || record_.empty()) return;
    const size_t c = record_.size() - 1;
    AddIssue(CsvIssueCode::kUnterminatedQuote, row, static_cast<int64_t>(c),
             absl::StrCat(Where(row, c),
                          ": the quoted field is never closed; it holds the "
                          "rest of the file"));
  }

  // Where names the line and column of a cell of the current record.
  std::string Where(int64_t row, size_t c) const {
    if (row == CsvIssue::kHeaderRow) {
      return absl::StrCat("line ", record_line_, ", header field ", c + 1);
    }
    if (c < table_.num_columns()) {
      return absl::StrCat("line ", record_line_, ", column ",
                          table_.header_[c]);
    }
    return absl::StrCat("line ", record_line_, ", field ", c + 1,
                        " (beyond the header)");
  }

  void AddIssue(CsvIssueCode code, int64_t row, int64_t column,
                std::string message) {
    table_.issues_.push_back(
        CsvIssue{code, row, record_line_, column, std::move(message)});
  }

  CsvTable table_;
  std::vector<std::string_view> record_;
  uint64_t record_line_ = 1;
  bool have_header_ = false;
  bool unterminated_ = false;
  bool out_of_memory_ = false;
};

absl::StatusOr<CsvTable> ReadCsv(std::string_view data,
                                 const CsvReadOptions& options) {
  try {
    CsvTableBuilder builder;
    return builder.Parse(data, options);
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("out of memory reading CSV");
  }
}

absl::StatusOr<CsvTable> ReadCsvFile(const std::string& path,
                                     const CsvReadOptions& options) {
  const bool from_stdin = path == "-";
  std::FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return absl::ErrnoToStatus(errno, absl::StrCat("cannot open ", path));
  }
  std::string data;
  try {
    char buffer[1 << 16];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
      data.append(buffer, n);
    }
  } catch (const std::bad_alloc&) {
    if (!from_stdin) std::fclose(file);
    return absl::ResourceExhaustedError(
        absl::StrCat("out of memory reading ", path));
  }
  const int error = std::ferror(file) ? errno : 0;
  if (!from_stdin) std::fclose(file);
  if (error != 0) {
    return absl::ErrnoToStatus(error, absl::StrCat("cannot read ", path));
  }
  return ReadCsv(data, options);
}

}  // namespace dqe::internal
