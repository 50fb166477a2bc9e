// Fuzz target: the engine under the shipped configs (examples/configs: the
// contacts rules with their cannot-link guards and name shares, FEBRL's,
// and payment terms' identity grouping) on any bytes read as a CSV export.
//
// Input: one byte choosing the config, one choosing the call, then the CSV.
// Calls: Dedupe reporting every scored pair, Link of the first rows against
// the rest, Train then Dedupe with the trained model (and the model read
// back from its JSON), Dedupe then Merge. Whatever the bytes, every row
// ends in one cluster named by one of its rows, every pair names rows of the
// table, and a trained model scores the table it was trained on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/merge.h"
#include "dqe/score.h"
#include "src/io/csv_reader.h"

namespace {

constexpr const char* kConfigs[] = {"contacts.json", "febrl.json",
                                    "payment_terms.json"};
constexpr size_t kNumConfigs = sizeof(kConfigs) / sizeof(kConfigs[0]);

const dqe::Engine* EngineFor(size_t i) {
  static const std::vector<std::unique_ptr<dqe::Engine>>* engines = [] {
    auto* all = new std::vector<std::unique_ptr<dqe::Engine>>;
    for (const char* name : kConfigs) {
      absl::StatusOr<dqe::Config> config = dqe::Config::FromFile(
          std::string(DQE_SOURCE_DIR "/examples/configs/") + name);
      if (!config.ok()) std::abort();  // the shipped configs must read
      absl::StatusOr<std::unique_ptr<dqe::Engine>> engine =
          dqe::Engine::Create(*config);
      if (!engine.ok()) std::abort();
      all->push_back(std::move(*engine));
    }
    return all;
  }();
  return (*engines)[i].get();
}

dqe::TableView Rows(const dqe::internal::CsvTable& csv, size_t begin,
                    size_t end) {
  dqe::TableView view;
  view.header = csv.header();
  for (size_t c = 0; c < csv.num_columns(); ++c) {
    view.columns.push_back(csv.column(c).subspan(begin, end - begin));
  }
  view.num_rows = end - begin;
  return view;
}

void CheckPairs(const std::vector<dqe::MatchedPair>& pairs, size_t rows_a,
                size_t rows_b, size_t comparisons) {
  for (const dqe::MatchedPair& p : pairs) {
    if (p.a >= rows_a || p.b >= rows_b) std::abort();
    if (p.levels.size() != comparisons || p.weights.size() != comparisons)
      std::abort();
    if (!(p.probability >= 0.0 && p.probability <= 1.0)) std::abort();
  }
}

void CheckDedupe(const dqe::DedupeResult& r, size_t rows) {
  if (r.cluster_of_row.size() != rows) std::abort();
  for (size_t i = 0; i < rows; ++i) {
    const uint32_t named = r.cluster_of_row[i];
    // The row naming a cluster is in it, and names it.
    if (named >= rows || r.cluster_of_row[named] != named) std::abort();
  }
  CheckPairs(r.pairs, rows, rows, r.comparisons.size());
  for (const dqe::RowIssue& issue : r.row_issues) {
    if (issue.row >= rows) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const dqe::Engine* engine = EngineFor(data[0] % kNumConfigs);
  const uint8_t call = data[1] % 4;
  std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
  absl::StatusOr<dqe::internal::CsvTable> csv = dqe::internal::ReadCsv(text);
  if (!csv.ok() || csv->num_columns() == 0 || csv->num_rows() > 200) return 0;
  const size_t rows = csv->num_rows();
  dqe::TableView table = Rows(*csv, 0, rows);
  dqe::MatchOptions options;
  options.threads = 1;

  if (call == 0) {
    options.report_probability = 0.0;
    absl::StatusOr<dqe::DedupeResult> r = engine->Dedupe(table, options);
    if (r.ok()) CheckDedupe(*r, rows);
  } else if (call == 1) {
    const size_t left_rows = rows / 2;
    dqe::TableView left = Rows(*csv, 0, left_rows);
    dqe::TableView right = Rows(*csv, left_rows, rows);
    absl::StatusOr<dqe::LinkResult> r = engine->Link(left, right, options);
    if (!r.ok()) return 0;
    if (r->best.size() != right.num_rows) std::abort();
    for (const dqe::LinkMatch& m : r->best) {
      if (m.left < -1 || m.left >= static_cast<int64_t>(left_rows))
        std::abort();
    }
    CheckPairs(r->pairs, left_rows, right.num_rows, r->comparisons.size());
  } else if (call == 2) {
    absl::StatusOr<dqe::Model> model = engine->Train(table, options);
    if (!model.ok()) return 0;
    absl::StatusOr<dqe::Model> read = dqe::Model::FromJson(model->ToJson());
    if (!read.ok()) std::abort();  // a trained model reads back
    options.model = &*read;
    absl::StatusOr<dqe::DedupeResult> r = engine->Dedupe(table, options);
    if (!r.ok()) std::abort();  // it fits the config it was trained with
    CheckDedupe(*r, rows);
  } else {
    absl::StatusOr<dqe::DedupeResult> r = engine->Dedupe(table, options);
    if (!r.ok()) return 0;
    CheckDedupe(*r, rows);
    absl::StatusOr<dqe::MergeResult> merge = engine->Merge(table, *r, options);
    if (!merge.ok()) std::abort();
    size_t members = 0;
    for (const dqe::GoldenRecord& g : merge->golden)
      members += g.members.size();
    if (members != rows) std::abort();
  }
  return 0;
}
