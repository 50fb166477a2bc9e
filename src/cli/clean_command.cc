#include "src/cli/clean_command.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "dqe/normalize.h"
#include "src/cli/column_kind.h"
#include "src/io/csv_reader.h"
#include "src/io/csv_writer.h"

namespace dqe::cli {
namespace {

using internal::CsvIssue;
using internal::CsvIssueCode;
using internal::CsvTable;

constexpr std::string_view kIssuesColumn = "dqe_issues";

// What the reader found wrong with the data rows.
struct RowFlags {
  std::vector<std::string> issues;          // per row: messages, "; "-joined
  std::vector<bool> ragged;                 // per row
  absl::flat_hash_set<uint64_t> bad_cells;  // row * columns + column
  size_t flagged_rows = 0;

  bool BadCell(size_t row, size_t column, size_t columns) const {
    return bad_cells.contains(uint64_t{row} * columns + column);
  }
};

RowFlags CollectFlags(const CsvTable& table) {
  RowFlags flags;
  flags.issues.resize(table.num_rows());
  flags.ragged.resize(table.num_rows());
  for (const CsvIssue& issue : table.issues()) {
    if (issue.row == CsvIssue::kHeaderRow) continue;
    const auto row = static_cast<size_t>(issue.row);
    std::string& text = flags.issues[row];
    if (text.empty()) ++flags.flagged_rows;
    absl::StrAppend(&text, text.empty() ? "" : "; ", issue.message);
    if (issue.code == CsvIssueCode::kRaggedRow) flags.ragged[row] = true;
    if (issue.code == CsvIssueCode::kInvalidUtf8 && issue.column >= 0) {
      flags.bad_cells.insert(uint64_t{row} * table.num_columns() +
                             static_cast<uint64_t>(issue.column));
    }
  }
  return flags;
}

bool IsBlank(std::string_view cell) {
  return cell.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// One recognised column: its normalized values and its counts.
struct Normalized {
  ColumnKind kind = ColumnKind::kOther;
  std::vector<NormalizedName> names;
  std::vector<NormalizedPhone> phones;
  std::vector<NormalizedEmail> emails;
  std::vector<NormalizedCompany> companies;
  // Cells counted by what they hold; `flagged` are the cells of ragged rows
  // and cells that are not UTF-8.
  size_t valid = 0, invalid = 0, blank = 0, flagged = 0;

  // The headers of the columns written after the source column.
  std::vector<std::string> Headers(const std::string& source) const {
    switch (kind) {
      case ColumnKind::kName:
      case ColumnKind::kCompany:
        return {source + "_display", source + "_key"};
      case ColumnKind::kPhone:
        return {source + "_e164", source + "_valid"};
      case ColumnKind::kEmail:
        return {source + "_normalized", source + "_key", source + "_warnings"};
      default:
        return {};
    }
  }

  bool Valid(size_t row) const {
    switch (kind) {
      case ColumnKind::kName:
        return names[row].valid;
      case ColumnKind::kPhone:
        return phones[row].valid;
      case ColumnKind::kEmail:
        return emails[row].valid;
      case ColumnKind::kCompany:
        return companies[row].valid;
      default:
        return false;
    }
  }

  // WriteCells writes the normalized cells of `row`. `usable` is false for a
  // blank cell, a cell that is not UTF-8 and a ragged row: then every cell
  // is empty.
  void WriteCells(size_t row, bool usable, internal::CsvWriter* writer) const {
    const bool ok = usable && Valid(row);
    switch (kind) {
      case ColumnKind::kName:
        writer->Add(ok ? names[row].display : "");
        writer->Add(ok ? names[row].key : "");
        break;
      case ColumnKind::kCompany:
        writer->Add(ok ? companies[row].display : "");
        writer->Add(ok ? companies[row].key : "");
        break;
      case ColumnKind::kPhone: {
        std::string e164;
        for (const PhoneNumber& number : phones[row].numbers) {
          if (!ok || !number.valid) continue;
          absl::StrAppend(&e164, e164.empty() ? "" : ";", number.e164);
        }
        writer->Add(e164);
        writer->Add(!usable ? "" : ok ? "true" : "false");
        break;
      }
      case ColumnKind::kEmail: {
        const NormalizedEmail& email = emails[row];
        writer->Add(ok ? email.normalized : "");
        writer->Add(ok ? email.key : "");
        std::string warnings;
        if (usable && !ok)
          absl::StrAppend(&warnings, "invalid: ", email.reason);
        for (const std::string& warning : email.warnings) {
          if (!usable) break;
          absl::StrAppend(&warnings, warnings.empty() ? "" : "; ", warning);
        }
        writer->Add(warnings);
        break;
      }
      default:
        break;
    }
  }
};

// Regions returns, per row, the region its phone numbers are read in: the
// row's country when RegionForCountry knows it, `fallback` otherwise.
std::vector<std::string> Regions(const CsvTable& table,
                                 std::optional<size_t> country_column,
                                 const RowFlags& flags,
                                 const std::string& fallback,
                                 size_t* recognised, size_t* unrecognised) {
  std::vector<std::string> regions(table.num_rows(), fallback);
  if (!country_column) return regions;
  absl::flat_hash_map<std::string_view, std::optional<std::string>> cache;
  for (size_t r = 0; r < table.num_rows(); ++r) {
    const std::string_view country = table.cell(r, *country_column);
    if (IsBlank(country) || flags.ragged[r] ||
        flags.BadCell(r, *country_column, table.num_columns())) {
      continue;
    }
    auto [it, inserted] = cache.try_emplace(country);
    if (inserted) it->second = RegionForCountry(country);
    if (it->second) {
      regions[r] = *it->second;
      ++*recognised;
    } else {
      ++*unrecognised;
    }
  }
  return regions;
}

Normalized NormalizeColumn(const CsvTable& table, size_t column,
                           ColumnKind kind, const RowFlags& flags,
                           const std::vector<std::string>& regions) {
  Normalized result;
  result.kind = kind;
  // Cells of ragged rows (which may belong to another column) and cells that
  // are not UTF-8 are not normalized.
  std::vector<std::string_view> cells(table.column(column).begin(),
                                      table.column(column).end());
  std::vector<bool> flagged(cells.size());
  for (size_t r = 0; r < cells.size(); ++r) {
    flagged[r] =
        flags.ragged[r] || flags.BadCell(r, column, table.num_columns());
    if (flagged[r]) cells[r] = {};
  }
  switch (kind) {
    case ColumnKind::kName:
      result.names = NormalizeNameColumn(cells);
      break;
    case ColumnKind::kPhone: {
      std::vector<std::string_view> region_views(regions.begin(),
                                                 regions.end());
      result.phones = NormalizePhoneColumn(cells, region_views);
      break;
    }
    case ColumnKind::kEmail:
      result.emails = NormalizeEmailColumn(cells);
      break;
    case ColumnKind::kCompany:
      result.companies = NormalizeCompanyColumn(cells);
      break;
    default:
      break;
  }
  for (size_t r = 0; r < cells.size(); ++r) {
    if (flagged[r]) {
      ++result.flagged;
    } else if (IsBlank(cells[r])) {
      ++result.blank;
    } else if (result.Valid(r)) {
      ++result.valid;
    } else {
      ++result.invalid;
    }
  }
  return result;
}

}  // namespace

int RunClean(const CleanRequest& request, std::FILE* out, std::FILE* log) {
  absl::StatusOr<CsvTable> read = internal::ReadCsvFile(request.input);
  if (!read.ok()) {
    std::fprintf(log, "dqe clean: %s\n",
                 std::string(read.status().message()).c_str());
    return 1;
  }
  const CsvTable& table = *read;
  for (const CsvIssue& issue : table.issues()) {
    std::fprintf(log, "dqe clean: %s: %s\n", request.input.c_str(),
                 issue.message.c_str());
  }
  const RowFlags flags = CollectFlags(table);

  // Columns and what they hold.
  std::vector<ColumnKind> kinds;
  std::optional<size_t> country_column;
  for (size_t c = 0; c < table.num_columns(); ++c) {
    kinds.push_back(InferColumnKind(table.header()[c]));
    if (kinds.back() == ColumnKind::kCountry && !country_column) {
      country_column = c;
    }
  }
  size_t countries_recognised = 0, countries_unrecognised = 0;
  const std::string fallback_region =
      request.region.empty() ? PhoneOptions().default_region
                             : absl::AsciiStrToUpper(request.region);
  const bool has_phones =
      std::find(kinds.begin(), kinds.end(), ColumnKind::kPhone) != kinds.end();
  std::vector<std::string> regions;
  if (has_phones) {
    regions = Regions(table, country_column, flags, fallback_region,
                      &countries_recognised, &countries_unrecognised);
  }
  std::vector<std::optional<Normalized>> normalized(table.num_columns());
  for (size_t c = 0; c < table.num_columns(); ++c) {
    if (kinds[c] == ColumnKind::kOther || kinds[c] == ColumnKind::kCountry) {
      continue;
    }
    normalized[c] = NormalizeColumn(table, c, kinds[c], flags, regions);
  }

  // The output.
  std::FILE* file = out;
  const bool to_file = !request.output.empty() && request.output != "-";
  if (to_file) {
    file = std::fopen(request.output.c_str(), "wb");
    if (file == nullptr) {
      std::fprintf(log, "dqe clean: cannot open %s: %s\n",
                   request.output.c_str(), std::strerror(errno));
      return 1;
    }
  }
  absl::Status written;
  {
    internal::CsvWriter writer(file);
    if (table.num_columns() > 0) {
      std::vector<std::string> cells;
      for (size_t c = 0; c < table.num_columns(); ++c) {
        cells.push_back(table.header()[c]);
        if (normalized[c]) {
          for (std::string& h : normalized[c]->Headers(table.header()[c])) {
            cells.push_back(std::move(h));
          }
        }
      }
      cells.emplace_back(kIssuesColumn);
      writer.WriteRow(std::span<const std::string>(cells));
    }
    for (size_t r = 0; r < table.num_rows(); ++r) {
      for (size_t c = 0; c < table.num_columns(); ++c) {
        const std::string_view cell = table.cell(r, c);
        writer.Add(cell);
        if (!normalized[c]) continue;
        const bool usable = !IsBlank(cell) && !flags.ragged[r] &&
                            !flags.BadCell(r, c, table.num_columns());
        normalized[c]->WriteCells(r, usable, &writer);
      }
      writer.Add(flags.issues[r]);
      for (std::string_view extra : table.extra_cells(r)) writer.Add(extra);
      writer.EndRow();
    }
    written = writer.Flush();
  }
  if (to_file && std::fclose(file) != 0 && written.ok()) {
    written = absl::ErrnoToStatus(errno, "cannot close");
  }
  if (!written.ok()) {
    std::fprintf(log, "dqe clean: cannot write %s: %s\n",
                 to_file ? request.output.c_str() : "the output",
                 std::string(written.message()).c_str());
    return 1;
  }

  // The summary.
  if (table.num_columns() == 0) {
    std::fprintf(log, "dqe clean: %s is empty: no header, no rows\n",
                 request.input.c_str());
    return 0;
  }
  std::fprintf(log,
               "dqe clean: %zu rows from %s, %zu with issues (kept, "
               "flagged in %s)\n",
               table.num_rows(), request.input.c_str(), flags.flagged_rows,
               std::string(kIssuesColumn).c_str());
  size_t width = 0;
  for (const std::string& h : table.header()) width = std::max(width, h.size());
  for (size_t c = 0; c < table.num_columns(); ++c) {
    const std::string& header = table.header()[c];
    const std::string kind(ColumnKindName(kinds[c]));
    if (normalized[c]) {
      const Normalized& n = *normalized[c];
      std::fprintf(
          log, "  %-*s %-8s %zu valid, %zu invalid, %zu empty, %zu flagged\n",
          static_cast<int>(width), header.c_str(), kind.c_str(), n.valid,
          n.invalid, n.blank, n.flagged);
    } else if (c == country_column && has_phones) {
      std::fprintf(log,
                   "  %-*s %-8s %zu recognised, %zu not recognised (their "
                   "phones read as %s)\n",
                   static_cast<int>(width), header.c_str(), kind.c_str(),
                   countries_recognised, countries_unrecognised,
                   fallback_region.c_str());
    }
  }
  if (to_file) {
    std::fprintf(log, "dqe clean: wrote %zu rows to %s\n", table.num_rows(),
                 request.output.c_str());
  }
  return 0;
}

}  // namespace dqe::cli
