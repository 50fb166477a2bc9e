// Fuzz target: the model reader on any bytes. A model it accepts writes JSON
// that reads back, and scoring a small table with it under the contacts
// config either works (every row gets a cluster) or says what does not fit
// (a model trained for another config): it never crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/score.h"
#include "tests/fuzz/contacts_sample.h"

namespace {

const dqe::Engine& ContactsEngine() {
  static const dqe::Engine* engine = [] {
    absl::StatusOr<dqe::Config> config =
        dqe::Config::FromFile(DQE_SOURCE_DIR "/examples/configs/contacts.json");
    if (!config.ok()) std::abort();
    absl::StatusOr<std::unique_ptr<dqe::Engine>> made =
        dqe::Engine::Create(*config);
    if (!made.ok()) std::abort();
    return made->release();
  }();
  return *engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<dqe::Model> model = dqe::Model::FromJson(text);
  if (!model.ok()) return 0;
  if (!dqe::Model::FromJson(model->ToJson()).ok()) std::abort();

  const dqe::TableView& table = dqe::fuzz::ContactsSample();
  dqe::MatchOptions options;
  options.threads = 1;
  options.model = &*model;
  absl::StatusOr<dqe::DedupeResult> r = ContactsEngine().Dedupe(table, options);
  if (r.ok() && r->cluster_of_row.size() != table.num_rows) std::abort();
  return 0;
}
