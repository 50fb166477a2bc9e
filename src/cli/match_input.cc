// match_input.cc: reading inputs and printing summaries for the match commands.
#include "src/cli/match_input.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "src/common/cat.h"

namespace dqe::cli {

using internal::Cat;

std::string_view LoadedTable::Id(size_t row) const {
  if (id_column >= 0) return csv.cell(row, id_column);
  return row_numbers[row];
}

absl::Status LoadTable(const std::string& path, FILE* log, LoadedTable* out) {
  absl::StatusOr<internal::CsvTable> csv = internal::ReadCsvFile(path);
  if (!csv.ok()) return csv.status();
  out->csv = *std::move(csv);
  const internal::CsvTable& t = out->csv;
  if (t.num_columns() == 0) {
    return absl::InvalidArgumentError(Cat(path, ": the file is empty (no header)"));
  }
  out->flagged.assign(t.num_rows(), 0);
  size_t reported = 0;
  for (const internal::CsvIssue& issue : t.issues()) {
    if (issue.row == internal::CsvIssue::kHeaderRow) {
      std::fprintf(log, "dqe: %s: %s\n", path.c_str(), issue.message.c_str());
      continue;
    }
    const bool first = !out->flagged[issue.row];
    out->flagged[issue.row] = 1;
    if (first && reported < 100) {
      std::fprintf(log, "dqe: %s: %s; the row is kept, matched with nothing\n",
                   path.c_str(), issue.message.c_str());
      ++reported;
    }
  }
  size_t flagged = 0;
  for (uint8_t f : out->flagged) flagged += f;
  if (flagged > reported) {
    std::fprintf(log, "dqe: %s: %zu more rows with issues not listed\n",
                 path.c_str(), flagged - reported);
  }
  out->view.header = t.header();
  out->view.columns.clear();
  for (size_t c = 0; c < t.num_columns(); ++c) out->view.columns.push_back(t.column(c));
  out->view.num_rows = t.num_rows();
  out->view.flagged = out->flagged;
  return absl::OkStatus();
}

void SetIds(int id_column, LoadedTable* table) {
  table->id_column = id_column;
  if (id_column >= 0) return;
  table->row_numbers.resize(table->csv.num_rows());
  for (size_t r = 0; r < table->row_numbers.size(); ++r) {
    table->row_numbers[r] = absl::StrCat(r + 1);
  }
}

void ReportDuplicateIds(const LoadedTable& table, const std::string& path, FILE* log) {
  if (table.id_column < 0) return;
  absl::flat_hash_map<std::string_view, size_t> first;
  size_t reported = 0, more = 0;
  for (size_t r = 0; r < table.view.num_rows; ++r) {
    auto [it, inserted] = first.emplace(table.Id(r), r);
    if (inserted) continue;
    if (reported < 10) {
      std::fprintf(log,
                   "dqe: %s: id \"%s\" is on rows %zu and %zu (ids should be unique; both "
                   "rows are kept, and outputs name both by it)\n",
                   path.c_str(), std::string(table.Id(r)).c_str(), it->second + 1, r + 1);
      ++reported;
    } else {
      ++more;
    }
  }
  if (more > 0) std::fprintf(log, "dqe: %s: %zu more repeated ids not listed\n", path.c_str(), more);
}

void ReportRowIssues(const std::vector<RowIssue>& issues, const LoadedTable& table,
                     const std::string& path, FILE* log) {
  for (size_t i = 0; i < issues.size() && i < 100; ++i) {
    const RowIssue& issue = issues[i];
    std::fprintf(log, "dqe: %s: row %u (id %s), column %s: %s\n", path.c_str(),
                 issue.row + 1, std::string(table.Id(issue.row)).c_str(),
                 issue.column.c_str(), issue.message.c_str());
  }
  if (issues.size() > 100) {
    std::fprintf(log, "dqe: %s: %zu more rows kept alone, not listed\n", path.c_str(),
                 issues.size() - 100);
  }
}

absl::StatusOr<std::unique_ptr<Engine>> LoadEngine(const std::string& path) {
  absl::StatusOr<Config> config =
      path.empty() ? Config::FromJson("{}") : Config::FromFile(path);
  if (!config.ok()) return config.status();
  return Engine::Create(*config);
}

absl::StatusOr<std::optional<Model>> LoadModel(const std::string& path) {
  if (path.empty()) return std::optional<Model>();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        Cat(path, ": cannot open the model (", std::strerror(errno), ")"));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  absl::StatusOr<Model> model = Model::FromJson(buffer.str());
  if (!model.ok()) {
    return absl::InvalidArgumentError(Cat(path, ": ", model.status().message()));
  }
  return std::optional<Model>(*std::move(model));
}

void PrintStats(const MatchStats& s, double seconds, bool link, FILE* log) {
  std::fprintf(log, "dqe: %zu rows%s, %zu candidate pairs, largest block %zu rows\n",
               s.rows,
               s.flagged_rows ? absl::StrFormat(" (%zu flagged)", s.flagged_rows).c_str()
                              : "",
               s.candidate_pairs, s.largest_block);
  for (const BlockingRuleStats& r : s.rules) {
    std::fprintf(log,
                 "dqe:   rule %-28s %9zu pairs, largest block %zu (\"%s\")",
                 r.rule.c_str(), r.pairs, r.largest_block,
                 r.largest_block_key.c_str());
    if (r.oversized_blocks > 0) {
      std::fprintf(log, ", %zu oversized blocks (%zu rows) split", r.oversized_blocks,
                   r.oversized_rows);
    }
    std::fprintf(log, "\n");
  }
  if (link) {
    std::fprintf(log, "dqe: %zu pairs accepted, %zu right rows matched\n",
                 s.accepted_pairs, s.rows - s.clusters);
  } else {
    std::fprintf(log,
                 "dqe: %zu pairs accepted, %zu held apart by cannot-link, "
                 "%zu clusters\n",
                 s.accepted_pairs, s.pairs_blocked_by_guard, s.clusters);
  }
  std::fprintf(log,
               "dqe: %.2f s (normalize %.2f, block %.2f, score %.2f, cluster "
               "%.2f)\n",
               seconds, s.seconds_normalize, s.seconds_block, s.seconds_score,
               s.seconds_cluster);
}

void Progress(FILE* log, const std::string& line) {
  if (isatty(fileno(log))) {
    std::fprintf(log, "\rdqe: %-60s", line.c_str());
    std::fflush(log);
  }
}

void ProgressDone(FILE* log) {
  if (isatty(fileno(log))) std::fprintf(log, "\r\033[K");
}

absl::StatusOr<FILE*> OpenOutput(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    return absl::PermissionDeniedError(
        Cat(path, ": cannot write (", std::strerror(errno), ")"));
  }
  return f;
}

}  // namespace dqe::cli
