// The C API's tables: columns of UTF-8 cells copied in, one block of memory
// per column, handed to the engine as a dqe::TableView.
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dqe.h"
#include "src/c_api/c_api_internal.h"
#include "src/common/cat.h"

using dqe::c_api::Guard;
using dqe::c_api::SetError;

extern "C" {

dqe_status dqe_table_create(dqe_table** out, char** error) {
  return Guard(error, "dqe_table_create", [&] {
    if (out == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_table_create: out is NULL");
    }
    *out = nullptr;
    *out = new dqe_table();
    return DQE_OK;
  });
}

void dqe_table_destroy(dqe_table* table) { delete table; }

dqe_status dqe_table_add_column(dqe_table* table, const char* name,
                                size_t name_len, const dqe_string* cells,
                                size_t n, char** error) {
  return Guard(error, "dqe_table_add_column", [&]() -> dqe_status {
    if (table == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_table_add_column: table is NULL");
    }
    std::string_view column_name;
    if (!dqe::c_api::View(name, name_len, &column_name)) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_table_add_column: name is NULL with a nonzero length");
    }
    if (cells == nullptr && n != 0) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      dqe::internal::Cat("dqe_table_add_column: column \"",
                                   column_name, "\": cells is NULL and n is ", n));
    }
    for (const dqe_table::Column& c : table->columns) {
      if (c.name == column_name) {
        return SetError(error, DQE_ALREADY_EXISTS,
                        dqe::internal::Cat("dqe_table_add_column: the table already "
                                     "has a column \"",
                                     column_name, "\""));
      }
    }
    if (!table->columns.empty() && n != table->rows) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      dqe::internal::Cat("dqe_table_add_column: column \"",
                                   column_name, "\" has ", n,
                                   " cells, the table has ", table->rows,
                                   " rows"));
    }
    if (n > std::numeric_limits<uint32_t>::max()) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      dqe::internal::Cat("dqe_table_add_column: ", n,
                                   " rows; at most 4294967295"));
    }
    size_t bytes = 0;
    for (size_t i = 0; i < n; ++i) {
      if (cells[i].data == nullptr && cells[i].len != 0) {
        return SetError(error, DQE_INVALID_ARGUMENT,
                        dqe::internal::Cat("dqe_table_add_column: column \"",
                                     column_name, "\", row ", i,
                                     ": data is NULL with length ",
                                     cells[i].len));
      }
      bytes += cells[i].len;
    }
    dqe_table::Column column;
    column.name = std::string(column_name);
    column.bytes = std::make_unique_for_overwrite<char[]>(bytes + 1);
    column.cells.resize(n);
    char* p = column.bytes.get();
    for (size_t i = 0; i < n; ++i) {
      if (cells[i].len != 0) std::memcpy(p, cells[i].data, cells[i].len);
      column.cells[i] = std::string_view(p, cells[i].len);
      p += cells[i].len;
    }
    *p = '\0';
    if (table->columns.empty()) table->rows = n;
    table->columns.push_back(std::move(column));
    return DQE_OK;
  });
}

dqe_status dqe_table_set_flags(dqe_table* table, const uint8_t* flags,
                               size_t n, char** error) {
  return Guard(error, "dqe_table_set_flags", [&]() -> dqe_status {
    if (table == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_table_set_flags: table is NULL");
    }
    if (table->columns.empty()) {
      return SetError(error, DQE_FAILED_PRECONDITION,
                      "dqe_table_set_flags: the table has no column yet");
    }
    if (n != table->rows || (flags == nullptr && n != 0)) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      dqe::internal::Cat("dqe_table_set_flags: ", n,
                                   " flags, the table has ", table->rows,
                                   " rows"));
    }
    table->flags.assign(flags, flags + n);
    return DQE_OK;
  });
}

size_t dqe_table_rows(const dqe_table* table) {
  return table == nullptr ? 0 : table->rows;
}

size_t dqe_table_columns(const dqe_table* table) {
  return table == nullptr ? 0 : table->columns.size();
}

}  // extern "C"
