// unmerge_command.cc: `dqe unmerge` (unmerge_command.h).
#include "src/cli/unmerge_command.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/numbers.h"
#include "src/cli/match_input.h"
#include "src/common/cat.h"
#include "src/io/csv_reader.h"
#include "src/io/csv_writer.h"

namespace dqe::cli {
namespace {

using internal::Cat;

constexpr std::string_view kColumns[] = {"golden_id", "source_id", "source_row",
                                         "column",    "value",     "fate"};

struct Cell {
  std::string_view column;
  std::string_view value;
  bool extra = false;
  bool absent = false;  // padding of a short record: not written back
};

struct SourceRow {
  uint64_t number = 0;
  uint64_t first_line = 0;
  std::vector<Cell> cells;
};

int Fail(FILE* log, const std::string& message) {
  std::fprintf(log, "dqe: %s\n", message.c_str());
  return 1;
}

}  // namespace

int RunUnmerge(const UnmergeRequest& request, FILE* out, FILE* log) {
  absl::StatusOr<internal::CsvTable> read = internal::ReadCsvFile(request.lineage);
  if (!read.ok()) return Fail(log, std::string(read.status().message()));
  const internal::CsvTable& t = *read;
  const std::string& path = request.lineage;
  if (t.num_columns() != std::size(kColumns) ||
      !std::equal(t.header().begin(), t.header().end(), std::begin(kColumns))) {
    return Fail(log, Cat(path, ": not a lineage file (its header must be "
                               "golden_id,source_id,source_row,column,value,fate)"));
  }
  for (const internal::CsvIssue& issue : t.issues()) {
    // Values are the source cells as read: not being UTF-8 is theirs.
    if (issue.code == internal::CsvIssueCode::kInvalidUtf8 && issue.column == 4) continue;
    return Fail(log, Cat(path, ": ", issue.message));
  }
  absl::flat_hash_set<std::string_view> wanted(request.golden.begin(),
                                                request.golden.end());
  absl::flat_hash_set<std::string_view> found;
  absl::flat_hash_map<uint64_t, size_t> index;  // source row -> rows[i]
  std::vector<SourceRow> rows;
  absl::flat_hash_map<uint64_t, std::string_view> golden_of;
  for (size_t r = 0; r < t.num_rows(); ++r) {
    std::string_view golden = t.cell(r, 0);
    if (!wanted.empty()) {
      if (!wanted.contains(golden)) continue;
      found.insert(golden);
    }
    uint64_t number = 0;
    std::string_view row_text = t.cell(r, 2);
    if (!absl::SimpleAtoi(absl::string_view(row_text.data(), row_text.size()), &number) ||
        number == 0) {
      return Fail(log, Cat(path, ": line ", t.line(r), ", column source_row: \"",
                           row_text, "\" is not a row number"));
    }
    auto [it, inserted] = index.emplace(number, rows.size());
    if (inserted) {
      rows.push_back({number, t.line(r), {}});
      golden_of[number] = golden;
    } else if (golden_of[number] != golden) {
      return Fail(log, Cat(path, ": line ", t.line(r), ": row ", number,
                           " is in two golden records (", golden_of[number],
                           " and ", golden, ")"));
    }
    rows[it->second].cells.push_back({t.cell(r, 3), t.cell(r, 4),
                                      t.cell(r, 5) == "extra",
                                      t.cell(r, 5) == "absent"});
  }
  for (const std::string& g : request.golden) {
    if (!found.contains(g)) {
      return Fail(log, Cat(path, ": golden id \"", g, "\" is not in the lineage"));
    }
  }
  std::sort(rows.begin(), rows.end(),
            [](const SourceRow& a, const SourceRow& b) { return a.number < b.number; });
  // The header: the columns every row has, in order.
  std::vector<std::string_view> header;
  if (!rows.empty()) {
    for (const Cell& c : rows[0].cells) {
      if (!c.extra) header.push_back(c.column);
    }
  }
  for (const SourceRow& row : rows) {
    size_t k = 0;
    bool same = true;
    for (const Cell& c : row.cells) {
      if (c.extra) continue;
      same &= k < header.size() && header[k] == c.column;
      ++k;
    }
    if (!same || k != header.size()) {
      return Fail(log, Cat(path, ": line ", row.first_line, ": row ", row.number,
                           " does not have the columns of row ", rows[0].number));
    }
  }

  FILE* file = out;
  if (!request.output.empty() && request.output != "-") {
    absl::StatusOr<FILE*> opened = OpenOutput(request.output);
    if (!opened.ok()) return Fail(log, std::string(opened.status().message()));
    file = *opened;
  }
  absl::Status written;
  {
    internal::CsvWriter writer(file);
    if (!header.empty()) writer.WriteRow(header);
    for (const SourceRow& row : rows) {
      for (const Cell& c : row.cells) {
        if (!c.extra && !c.absent) writer.Add(c.value);
      }
      for (const Cell& c : row.cells) {
        if (c.extra) writer.Add(c.value);
      }
      writer.EndRow();
    }
    written = writer.Flush();
  }
  if (file != out && std::fclose(file) != 0 && written.ok()) {
    written = absl::DataLossError(request.output + ": could not be written");
  }
  if (!written.ok()) return Fail(log, std::string(written.message()));
  std::fprintf(log, "dqe: %zu rows restored\n", rows.size());
  return 0;
}

}  // namespace dqe::cli
