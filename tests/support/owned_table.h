// owned_table.h: a table of cells a test owns, with the TableView the
// engine reads (rows as the test writes them; columns as the engine wants).
#ifndef DQE_TESTS_SUPPORT_OWNED_TABLE_H_
#define DQE_TESTS_SUPPORT_OWNED_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dqe/schema.h"
#include "dqe/table.h"

namespace dqe::testing {

struct OwnedTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<std::string_view>> cells;
  TableView view;

  OwnedTable() = default;
  OwnedTable(std::vector<std::string> h, std::vector<std::vector<std::string>> r)
      : header(std::move(h)), rows(std::move(r)) {
    Bind();
  }
  OwnedTable(const OwnedTable& other) : header(other.header), rows(other.rows) { Bind(); }
  OwnedTable& operator=(const OwnedTable& other) {
    header = other.header;
    rows = other.rows;
    Bind();
    return *this;
  }

  // Bind rebuilds the view after `rows` changed.
  void Bind() {
    cells.assign(header.size(), {});
    for (size_t c = 0; c < header.size(); ++c) {
      for (const auto& row : rows) cells[c].push_back(row[c]);
    }
    view = TableView();
    view.header = header;
    for (const auto& col : cells) view.columns.push_back(col);
    view.num_rows = rows.size();
  }

  // The schema InferSchema reads off the header.
  Schema InferredSchema() const {
    std::vector<std::string_view> h(header.begin(), header.end());
    return InferSchema(h);
  }
};

}  // namespace dqe::testing

#endif  // DQE_TESTS_SUPPORT_OWNED_TABLE_H_
