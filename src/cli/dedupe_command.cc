// dedupe_command.cc: `dqe dedupe` (see match_commands.h).
#include <chrono>
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "dqe/engine.h"
#include "src/cli/match_commands.h"
#include "src/cli/match_input.h"
#include "src/cli/merge_output.h"
#include "src/cli/pairs_output.h"
#include "src/io/csv_writer.h"

namespace dqe::cli {

int RunDedupe(const MatchRequest& request, FILE* out, FILE* log) {
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
  Progress(log, "reading " + request.input);
  LoadedTable table;
  if (absl::Status s = LoadTable(request.input, log, &table); !s.ok()) {
    ProgressDone(log);
    std::fprintf(log, "dqe: %s\n", std::string(s.message()).c_str());
    return 1;
  }
  if (request.explain_schema) {
    absl::StatusOr<std::string> json = (*engine)->ExplainSchema(table.view.header);
    if (!json.ok()) {
      std::fprintf(log, "dqe: %s\n", std::string(json.status().message()).c_str());
      return 1;
    }
    std::fprintf(out, "%s\n", json->c_str());
    return 0;
  }
  Progress(log, absl::StrCat("matching ", table.view.num_rows, " rows"));
  MatchOptions options;
  options.threads = request.threads;
  options.report_probability = request.pairs_min_probability;
  if (*model) options.model = &**model;
  absl::StatusOr<DedupeResult> result = (*engine)->Dedupe(table.view, options);
  ProgressDone(log);
  if (!result.ok()) {
    std::fprintf(log, "dqe: %s: %s\n", request.input.c_str(),
                 std::string(result.status().message()).c_str());
    return 1;
  }
  SetIds(result->schema.record_id, &table);
  ReportDuplicateIds(table, request.input, log);
  ReportRowIssues(result->row_issues, table, request.input, log);

  absl::StatusOr<FILE*> file = OpenOutput(request.clusters);
  if (!file.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(file.status().message()).c_str());
    return 1;
  }
  absl::Status written;
  {
    internal::CsvWriter writer(*file);
    writer.WriteRow({"id", "cluster_id"});
    for (size_t r = 0; r < table.view.num_rows; ++r) {
      writer.WriteRow({table.Id(r), table.Id(result->cluster_of_row[r])});
    }
    written = writer.Flush();
  }
  if (std::fclose(*file) != 0 && written.ok()) {
    written = absl::DataLossError(request.clusters + ": could not be written");
  }
  if (written.ok() && !request.pairs.empty()) {
    auto id = [&table](uint32_t row) { return table.Id(row); };
    written = WritePairs(request.pairs, result->comparisons, result->pairs, id, id);
  }
  if (written.ok() &&
      (!request.golden.empty() || !request.lineage.empty() || !request.remap.empty())) {
    const auto merge_start = std::chrono::steady_clock::now();
    absl::StatusOr<MergeResult> merge = (*engine)->Merge(table.view, *result, options);
    if (!merge.ok()) {
      written = merge.status();
    } else {
      if (!request.golden.empty()) written = WriteGolden(request.golden, *merge);
      if (written.ok() && !request.lineage.empty()) {
        written = WriteLineage(request.lineage, *merge, table);
      }
      if (written.ok() && !request.remap.empty()) {
        written = WriteRemap(request.remap, *merge);
      }
      std::fprintf(log, "dqe: merged %zu rows into %zu golden records (%zu rows in "
                   "clusters of two or more), %.2f s\n",
                   table.view.num_rows, merge->golden.size(), merge->merged_rows,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                                 merge_start).count());
    }
  }
  if (!written.ok()) {
    std::fprintf(log, "dqe: %s\n", std::string(written.message()).c_str());
    return 1;
  }
  PrintStats(result->stats,
             std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                 .count(),
             /*link=*/false, log);
  return 0;
}

}  // namespace dqe::cli
