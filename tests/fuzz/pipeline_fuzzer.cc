// Fuzz target: the whole batch job on any bytes read as a CSV export: read,
// infer the schema, deduplicate, merge, validate. Every row ends in exactly
// one cluster and one golden record, and the lineage keeps every cell.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/merge.h"
#include "dqe/validate.h"
#include "src/io/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<dqe::internal::CsvTable> csv = dqe::internal::ReadCsv(text);
  if (!csv.ok() || csv->num_columns() == 0 || csv->num_rows() > 200) return 0;
  dqe::TableView view;
  view.header = csv->header();
  for (size_t c = 0; c < csv->num_columns(); ++c)
    view.columns.push_back(csv->column(c));
  view.num_rows = csv->num_rows();
  static const auto* engine = [] {
    absl::StatusOr<dqe::Config> config =
        dqe::Config::FromJson(R"({"merge": {"default": "most_frequent"}})");
    return dqe::Engine::Create(*config)->release();
  }();
  dqe::MatchOptions options;
  options.threads = 1;
  absl::StatusOr<dqe::DedupeResult> dedupe = engine->Dedupe(view, options);
  if (!dedupe.ok()) return 0;  // e.g. a header naming a column twice
  if (dedupe->cluster_of_row.size() != view.num_rows) std::abort();
  absl::StatusOr<dqe::MergeResult> merge =
      engine->Merge(view, *dedupe, options);
  if (!merge.ok()) std::abort();
  size_t members = 0;
  for (const dqe::GoldenRecord& g : merge->golden) members += g.members.size();
  if (members != view.num_rows ||
      merge->fate.size() != view.num_rows * view.header.size()) {
    std::abort();
  }
  absl::StatusOr<dqe::ValidationSpec> spec =
      dqe::ValidationSpec::FromJson("{}");
  if (spec.ok()) (void)dqe::ValidateTable(dedupe->schema, *spec, view);
  return 0;
}
