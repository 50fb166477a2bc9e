// Fuzz target: the model reader on any bytes. A model it accepts writes JSON
// that reads back, and scoring a small table with it under the contacts
// config either works (every row gets a cluster) or says what does not fit
// (a model trained for another config): it never crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/score.h"

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

  // Four rows of examples/data/contacts.csv's columns: two spellings of one
  // Vietnamese contact, two of one Hong Kong contact.
  static const std::vector<std::vector<std::string_view>> columns = {
      {"C1", "C2", "C3", "C4"},
      {"Nguyễn Văn An", "NGUYEN VAN AN", "陳大文", "Chan Tai Man"},
      {"0912 345 678", "+84912345678", "+852 9123 4567", "91234567"},
      {"an@gmail.com", "An@GoogleMail.com", "", "taiman.chan@yahoo.com.hk"},
      {"Công ty TNHH Minh Phát", "Minh Phat Co., Ltd", "大文貿易有限公司", ""},
      {"12 Lê Lợi, Quận 1", "12 Le Loi, Q.1", "", "香港灣仔告士打道 1 號"},
      {"TP. Hồ Chí Minh", "HCM", "香港", "Hong Kong"},
      {"Việt Nam", "VN", "", "HK"},
      {"2023-05-14", "14/05/2023", "2022-01-02", ""},
      {"crm", "import_excel", "crm", "web"}};
  dqe::TableView table;
  table.header = {"id",      "full_name", "phone",   "email",      "company",
                  "address", "city",      "country", "updated_at", "source"};
  for (const std::vector<std::string_view>& column : columns)
    table.columns.push_back(column);
  table.num_rows = columns[0].size();
  dqe::MatchOptions options;
  options.threads = 1;
  options.model = &*model;
  absl::StatusOr<dqe::DedupeResult> r = ContactsEngine().Dedupe(table, options);
  if (r.ok() && r->cluster_of_row.size() != table.num_rows) std::abort();
  return 0;
}
