// Fuzz target: the CSV reader on any bytes. Every row has exactly the
// header's number of cells, and every line it reports is within the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "src/io/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<dqe::internal::CsvTable> t = dqe::internal::ReadCsv(text);
  if (!t.ok()) return 0;
  size_t lines = 1;
  for (char c : text) lines += c == '\n' || c == '\r';
  for (size_t r = 0; r < t->num_rows(); ++r) {
    if (t->line(r) == 0 || t->line(r) > lines) std::abort();
    for (size_t c = 0; c < t->num_columns(); ++c) (void)t->cell(r, c).size();
    (void)t->extra_cells(r).size();
  }
  return 0;
}
