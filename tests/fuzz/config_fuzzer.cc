// Fuzz target: the JSON config reader (with its "validation", "merge" and
// "identity" objects) on any bytes. A config it accepts builds an engine,
// the effective config it explains reads back, and the engine deduplicates,
// merges and validates a small contacts table whatever the config's numbers
// (windows, block sizes, thresholds, cell limits): every row ends in one
// cluster and one golden record.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/merge.h"
#include "dqe/validate.h"
#include "tests/fuzz/contacts_sample.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<dqe::Config> config = dqe::Config::FromJson(text);
  if (!config.ok()) return 0;
  if (!config->validation_json.empty()) {
    (void)dqe::ValidationSpec::FromJson(config->validation_json);
  }
  absl::StatusOr<std::unique_ptr<dqe::Engine>> engine =
      dqe::Engine::Create(*config);
  if (!engine.ok()) return 0;
  const std::vector<std::string> header = {"id",    "full_name", "phone",
                                           "email", "company",   "address",
                                           "city",  "country",   "updated_at"};
  absl::StatusOr<std::string> explained = (*engine)->ExplainSchema(header);
  if (explained.ok() && !dqe::Config::FromJson(*explained).ok()) std::abort();

  const dqe::TableView& table = dqe::fuzz::ContactsSample();
  dqe::MatchOptions options;
  options.threads = 1;
  absl::StatusOr<dqe::DedupeResult> dedupe = (*engine)->Dedupe(table, options);
  if (!dedupe.ok()) return 0;  // e.g. a config naming a column the table lacks
  if (dedupe->cluster_of_row.size() != table.num_rows) std::abort();
  absl::StatusOr<dqe::MergeResult> merge =
      (*engine)->Merge(table, *dedupe, options);
  if (merge.ok()) {
    size_t members = 0;
    for (const dqe::GoldenRecord& g : merge->golden)
      members += g.members.size();
    if (members != table.num_rows) std::abort();
  }
  if (!config->validation_json.empty()) {
    absl::StatusOr<dqe::ValidationSpec> spec =
        dqe::ValidationSpec::FromJson(config->validation_json);
    if (spec.ok()) (void)dqe::ValidateTable(dedupe->schema, *spec, table);
  }
  return 0;
}
