// dqe/table.h: a table handed to the engine, as columns of UTF-8 cells.
//
// The engine borrows the cells for the duration of a call; it copies nothing
// it keeps. Cells are std::string_view into storage the caller owns (a CSV
// reader's arena, a host's buffers).
//
//   std::vector<std::string_view> names = {"Nguyễn Văn An", "NGUYEN VAN AN"};
//   std::vector<std::string_view> phones = {"0912 345 678", "+84912345678"};
//   dqe::TableView t;
//   t.header = {"full_name", "phone"};
//   t.columns = {names, phones};
//   t.num_rows = 2;
#ifndef DQE_TABLE_H_
#define DQE_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dqe {

struct TableView {
  std::vector<std::string> header;
  // One span per header column, each num_rows cells long.
  std::vector<std::span<const std::string_view>> columns;
  size_t num_rows = 0;
  // Rows the caller found unreadable (ragged, invalid UTF-8): empty, or one
  // flag per row. Flagged rows are kept in every output but never matched:
  // each is a cluster of its own.
  std::span<const uint8_t> flagged;
};

}  // namespace dqe

#endif  // DQE_TABLE_H_
