// link_command.cc: `dqe link` (see match_commands.h).
#include <chrono>
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "dqe/engine.h"
#include "src/cli/match_commands.h"
#include "src/cli/match_input.h"
#include "src/cli/pairs_output.h"
#include "src/io/csv_writer.h"

namespace dqe::cli {

int RunLink(const MatchRequest& request, FILE* log) {
  const auto start = std::chrono::steady_clock::now();
  absl::StatusOr<std::unique_ptr<Engine>> engine = LoadEngine(request.config);
  if (!engine.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(engine.status().message()).c_str());
    return 1;
  }
  absl::StatusOr<std::optional<Model>> model = LoadModel(request.model);
  if (!model.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(model.status().message()).c_str());
    return 1;
  }
  LoadedTable left, right;
  for (auto [path, table] : {std::pair{&request.input, &left},
                             std::pair{&request.right, &right}}) {
    Progress(log, "reading " + *path);
    if (absl::Status s = LoadTable(*path, log, table); !s.ok()) {
      ProgressDone(log);
      std::fprintf(log, "dqe: %s\n", std::string(s.message()).c_str());
      return 1;
    }
  }
  Progress(log, absl::StrCat("linking ", right.view.num_rows, " rows to ",
                             left.view.num_rows));
  MatchOptions options;
  options.threads = request.threads;
  options.report_probability = request.pairs_min_probability;
  if (*model) options.model = &**model;
  absl::StatusOr<LinkResult> result = (*engine)->Link(left.view, right.view, options);
  ProgressDone(log);
  if (!result.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(result.status().message()).c_str());
    return 1;
  }
  SetIds(result->schema.record_id, &left);
  absl::StatusOr<Schema> right_schema = (*engine)->SchemaFor(right.view.header);
  SetIds(right_schema.ok() ? right_schema->record_id : -1, &right);
  ReportDuplicateIds(left, request.input, log);
  ReportDuplicateIds(right, request.right, log);
  ReportRowIssues(result->left_issues, left, request.input, log);
  ReportRowIssues(result->right_issues, right, request.right, log);

  absl::StatusOr<FILE*> file = OpenOutput(request.matches);
  if (!file.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(file.status().message()).c_str());
    return 1;
  }
  absl::Status written;
  {
    internal::CsvWriter writer(*file);
    writer.WriteRow({"right_id", "left_id", "status", "weight", "probability"});
    std::string weight, probability;
    for (size_t r = 0; r < result->best.size(); ++r) {
      const LinkMatch& m = result->best[r];
      if (m.left < 0) {
        writer.WriteRow({right.Id(r), "", "new", "", ""});
        continue;
      }
      weight = absl::StrFormat("%.3f", m.weight);
      probability = absl::StrFormat("%.6f", m.probability);
      writer.WriteRow({right.Id(r), left.Id(static_cast<size_t>(m.left)), "match",
                       weight, probability});
    }
    written = writer.Flush();
  }
  if (std::fclose(*file) != 0 && written.ok()) {
    written = absl::DataLossError(request.matches + ": could not be written");
  }
  if (written.ok() && !request.pairs.empty()) {
    written = WritePairs(
        request.pairs, result->comparisons, result->pairs,
        [&left](uint32_t row) { return left.Id(row); },
        [&right](uint32_t row) { return right.Id(row); });
  }
  if (!written.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(written.message()).c_str());
    return 1;
  }
  PrintStats(result->stats,
             std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                 .count(),
             /*link=*/true, log);
  return 0;
}

}  // namespace dqe::cli
