// Fuzz target: a table handed over through the C API (cells split from the
// input at '\x1f', rows at '\x1e'), deduplicated and validated with the
// defaults. Whatever the cells, every row gets a cluster naming a row of the
// table, and no call crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dqe.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kNames[] = {"id", "full_name", "phone", "email", "company", "city"};
  constexpr size_t kColumns = 6;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::vector<dqe_string>> columns(kColumns);
  size_t start = 0, column = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\x1f' && text[i] != '\x1e') continue;
    if (column < kColumns) columns[column].push_back({text.data() + start, i - start});
    ++column;
    if (i == text.size() || text[i] == '\x1e') {
      for (; column < kColumns; ++column) columns[column].push_back({"", 0});
      column = 0;
    }
    start = i + 1;
  }
  if (columns[0].size() > 64) return 0;  // keep each run small
  dqe_table* table = nullptr;
  if (dqe_table_create(&table, nullptr) != DQE_OK) return 0;
  for (size_t c = 0; c < kColumns; ++c) {
    if (dqe_table_add_column(table, kNames[c], std::string_view(kNames[c]).size(),
                             columns[c].data(), columns[c].size(), nullptr) != DQE_OK) {
      std::abort();
    }
  }
  dqe_engine* engine = nullptr;
  if (dqe_engine_create_from_json("{}", 2, &engine, nullptr) != DQE_OK) std::abort();
  dqe_dedupe_result* result = nullptr;
  char* error = nullptr;
  if (dqe_engine_dedupe(engine, table, 1, &result, &error) == DQE_OK) {
    const size_t rows = dqe_dedupe_result_rows(result);
    if (rows != columns[0].size()) std::abort();
    for (size_t r = 0; r < rows; ++r) {
      size_t cluster = 0;
      if (dqe_dedupe_result_cluster(result, r, &cluster) != DQE_OK || cluster >= rows) {
        std::abort();
      }
    }
  }
  dqe_free(error);
  dqe_dedupe_result_destroy(result);
  dqe_engine_destroy(engine);
  dqe_table_destroy(table);
  return 0;
}
